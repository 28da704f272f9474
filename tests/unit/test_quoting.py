from shopinbox.domain.quoting import split_quoted_html, split_quoted_text


def test_attribution_line_starts_the_history():
    text = "Thanks!\n\nOn Mon, 1 Jan 2024, Shop <a@b.c> wrote:\n> old text\n> more"
    new, quoted = split_quoted_text(text)
    assert new == "Thanks!"
    assert quoted.startswith("On Mon")


def test_polish_and_russian_attributions():
    assert split_quoted_text("Ok\npt., 5 sty 2024 Jan Kowalski napisał:\n> x")[0] == "Ok"
    assert split_quoted_text("Да\n5 янв. Анна написала:\n> x")[0] == "Да"


def test_trailing_quote_block_without_attribution():
    new, quoted = split_quoted_text("Yes please\n> earlier\n>\n> text")
    assert new == "Yes please" and quoted.startswith("> earlier")


def test_inline_quotes_followed_by_answers_stay():
    text = "> question one\nanswer one\n> question two\nanswer two"
    assert split_quoted_text(text) == (text, "")


def test_html_blockquote():
    new, quoted = split_quoted_html("<p>Hi</p><blockquote>old</blockquote>")
    assert new == "<p>Hi</p>" and quoted.startswith("<blockquote")
    assert split_quoted_html("<p>plain</p>") == ("<p>plain</p>", "")
