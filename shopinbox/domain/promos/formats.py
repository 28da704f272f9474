"""One rendered promo text in the form each channel wants: plain text, email HTML, Telegram HTML.

Templates are written as plain text with two light touches that every channel can show:
`**bold**` (on one line) and bare links (`https://…`). The rendered text is converted AFTER the
template ran, so a value such as a customer name `Tom & <Jerry>` is escaped like any other text and
can never inject markup.

- plain text: `**` markers removed, everything else as written;
- email HTML: paragraphs (`<p>`) at blank lines, `<br>` at single newlines, `<strong>`, links;
- Telegram HTML (parse_mode=HTML): only tags Telegram accepts (`<b>`, `<a href>`), newlines kept,
  `<`, `>` and `&` escaped as entities and quotes escaped inside attributes, as its Bot API asks.
"""

from __future__ import annotations

import html
import re

_BOLD = re.compile(r"\*\*(?=\S)([^\n]+?)(?<=\S)\*\*")
_URL = re.compile(r"https?://[^\s<>\"«»]+", re.IGNORECASE)
_TRAILING = ".,;:!?)]}'"
_PARAGRAPH = re.compile(r"\n[ \t]*\n+")


def _split_url(match: str) -> tuple[str, str]:
    """A link ends before trailing punctuation (`see https://x.pl/a.` links `…/a`)."""
    url = match
    while url and url[-1] in _TRAILING:
        if url[-1] == ")" and url.count("(") >= url.count(")"):
            break
        url = url[:-1]
    return url, match[len(url):]


def _linkify(text: str) -> str:
    out: list[str] = []
    position = 0
    for found in _URL.finditer(text):
        out.append(html.escape(text[position:found.start()], quote=False))
        url, tail = _split_url(found.group(0))
        out.append(f'<a href="{html.escape(url, quote=True)}">{html.escape(url, quote=False)}</a>')
        out.append(html.escape(tail, quote=False))
        position = found.end()
    out.append(html.escape(text[position:], quote=False))
    return "".join(out)


def _inline(text: str, bold_tag: str) -> str:
    out: list[str] = []
    position = 0
    for found in _BOLD.finditer(text):
        out.append(_linkify(text[position:found.start()]))
        out.append(f"<{bold_tag}>{_linkify(found.group(1))}</{bold_tag}>")
        position = found.end()
    out.append(_linkify(text[position:]))
    return "".join(out)


def _normalise(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def to_plain_text(text: str) -> str:
    """The text as a plain-text part: bold markers dropped."""
    return _BOLD.sub(r"\1", _normalise(text))


def to_email_html(text: str) -> str:
    """An HTML fragment (no <html>/<body>; the sender wraps it) for the email's HTML part."""
    paragraphs = [p.strip("\n") for p in _PARAGRAPH.split(_normalise(text).strip())]
    rendered = []
    for paragraph in paragraphs:
        if not paragraph.strip():
            continue
        lines = [_inline(line, "strong") for line in paragraph.split("\n")]
        rendered.append("<p>" + "<br>\n".join(lines) + "</p>")
    return "\n".join(rendered)


def to_telegram_html(text: str) -> str:
    """Text for Telegram's sendMessage with parse_mode=HTML."""
    return _inline(_normalise(text).strip(), "b")
