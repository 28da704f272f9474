"""Merge suggestions on both engines: every reason, accept, dismiss, and decisions that last."""

from __future__ import annotations

import pytest
from sqlalchemy import select, update

from shopinbox.app.identity.merging import list_merges, merge, unmerge
from shopinbox.app.identity.suggestions import (
    SuggestionError,
    accept_suggestion,
    dismiss_suggestion,
    list_suggestions,
    refresh_suggestions,
)
from shopinbox.store.models import Customer, Identity, MergeSuggestion, Message
from tests.identity.shop import (
    add_order,
    add_phone,
    build_shop,
    customer_of,
    email,
    ingest,
    telegram,
)


def _reasons(ctx, customer_id=None):
    """{(customer_a, customer_b): {reason: detail}} of the open suggestions."""
    return {
        (row.customer_a_id, row.customer_b_id): {r.reason: r.detail for r in row.reasons}
        for row in list_suggestions(ctx, customer_id)
    }


def _pair(x, y):
    return (min(x, y), max(x, y))


def test_a_plain_shop_has_no_suggestions(ctx):
    build_shop(ctx)
    assert list_suggestions(ctx) == []


def test_same_email_and_same_phone(ctx):
    people = build_shop(ctx)
    ingest(ctx, [email("<c1@x>", "carol@example.com", "Hi", 300, name="Carol")])
    carol = customer_of(ctx, "email", "carol@example.com")
    # Older data may hold the same address in another case, and phones typed every way.
    with ctx.writer() as session, session.begin():
        session.add(Identity(customer_id=people["boris"], kind="email", value="Carol@Example.com "))
    add_phone(ctx, carol, "8 (916) 123-45-67")  # Boris has +79161234567
    add_phone(ctx, people["anna_tg"], "601 234 567")
    add_phone(ctx, people["anna_mail"], "0048 601-234-567")
    found = _reasons(ctx)
    assert found[_pair(carol, people["boris"])] == {
        "same_email": {"value": "carol@example.com"},
        "same_phone": {"value": "+79161234567"},
    }
    assert found[_pair(people["anna_tg"], people["anna_mail"])] == {
        "same_phone": {"value": "+48601234567"}}
    (row,) = [r for r in list_suggestions(ctx) if carol in (r.customer_a_id, r.customer_b_id)]
    assert [r.text for r in row.reasons] == [
        "both have the email address carol@example.com",
        "both have the phone number +79161234567",
    ]


def test_order_email_and_phone(ctx):
    people = build_shop(ctx)
    ingest(ctx, [email("<c1@x>", "carol@example.com", "Hi", 300, name="Carol")])
    carol = customer_of(ctx, "email", "carol@example.com")
    order = add_order(ctx, "3001", carol, email="BORIS@example.ru", minutes=310)
    add_order(ctx, "3002", carol, phone="+7 916 123 45 67", minutes=320)
    found = _reasons(ctx)
    assert found[_pair(carol, people["boris"])] == {
        "order_email": {"value": "boris@example.ru", "order_id": order, "order_number": "3001",
                        "owner_id": carol, "holder_id": people["boris"]},
        "order_phone": {"value": "+79161234567", "order_id": order + 1, "order_number": "3002",
                        "owner_id": carol, "holder_id": people["boris"]},
    }


def test_telegram_customer_writes_an_email_or_an_order_number(ctx):
    people = build_shop(ctx)
    ingest(ctx, [
        telegram("3:1", 7001, "Hello! I ordered as Boris@Example.ru yesterday", 400, name="B"),
        telegram("4:1", 8001, "Where is order #2001?", 410, name="X"),
        # Its own order, prices and a number it only sends are no reason.
        telegram("1:7", 5001, "My order 1043 cost 1042 zł", 420),
        telegram("1:8", 5001, "See order 1042", 430, direction="out"),
    ])
    writer = customer_of(ctx, "telegram", "7001")
    other = customer_of(ctx, "telegram", "8001")
    found = _reasons(ctx)
    assert set(found) == {_pair(writer, people["boris"]), _pair(other, people["boris"])}
    detail = found[_pair(writer, people["boris"])]["written_email"]
    assert detail["value"] == "boris@example.ru" and detail["writer_id"] == writer
    assert detail["owner_id"] == people["boris"] and detail["matched"] == "email"
    detail = found[_pair(other, people["boris"])]["written_order"]
    assert detail["value"] == "2001" and detail["owner_id"] == people["boris"]
    row = list_suggestions(ctx, other)[0]
    # The customer with the orders and the email address survives by default.
    assert (row.source_id, row.into_id) == (other, people["boris"])
    assert row.reasons[0].text == (
        f"#{other} wrote order number 2001 on Telegram, an order of #{people['boris']}")


def test_written_email_of_an_order_and_unlinked_order_numbers(ctx):
    people = build_shop(ctx)
    ingest(ctx, [email("<c1@x>", "carol@example.com", "Hi", 300, name="Carol")])
    carol = customer_of(ctx, "email", "carol@example.com")
    add_order(ctx, "5005", carol, email="carol.work@example.com", minutes=305)
    # An order not linked to anyone counts as the customer whose address it carries.
    add_order(ctx, "LH-7007", None, email="anna@example.com", minutes=306)
    ingest(ctx, [
        telegram("3:1", 7001, "Please write to carol.work@example.com", 400, name="C"),
        telegram("4:1", 8001, "zamówienie lh-7007, proszę", 410, name="A"),
    ])
    found = _reasons(ctx)
    writer = customer_of(ctx, "telegram", "7001")
    other = customer_of(ctx, "telegram", "8001")
    assert "written_email" in found[_pair(writer, carol)]
    detail = found[_pair(other, people["anna_mail"])]["written_order"]
    assert detail["value"] == "LH-7007"


def test_start_payload(ctx):
    people = build_shop(ctx)
    ingest(ctx, [
        telegram("3:1", 7001, "/start", 400, name="S", extra={"start_payload": "2001"}),
        telegram("4:1", 8001, "/start", 410, name="T",
                 extra={"start_payload": "anna@example.com"}),
        telegram("5:1", 9001, "/start", 420, name="U", extra={"start_payload": "nothing"}),
    ])
    found = _reasons(ctx)
    first = customer_of(ctx, "telegram", "7001")
    second = customer_of(ctx, "telegram", "8001")
    assert found[_pair(first, people["boris"])]["start_payload"]["matched"] == "order"
    detail = found[_pair(second, people["anna_mail"])]["start_payload"]
    assert detail["matched"] == "email" and detail["value"] == "anna@example.com"
    assert len(found) == 2


def test_dismissed_never_comes_back(ctx):
    people = build_shop(ctx)
    ingest(ctx, [telegram("1:7", 5001, "my mail is anna@example.com", 400)])
    pair = _pair(people["anna_tg"], people["anna_mail"])
    (row,) = list_suggestions(ctx)
    assert (row.customer_a_id, row.customer_b_id) == pair
    assert dismiss_suggestion(ctx, row.id) == 1
    assert list_suggestions(ctx) == []
    # The same hint again, and more of it, does not bring it back.
    ingest(ctx, [telegram("1:8", 5001, "again: anna@example.com", 410)])
    assert list_suggestions(ctx) == []
    with pytest.raises(SuggestionError, match="already dismissed"):
        dismiss_suggestion(ctx, row.id)
    # Another reason for the same pair is a new suggestion.
    add_order(ctx, "1099", people["anna_mail"], minutes=500)
    ingest(ctx, [telegram("1:9", 5001, "order 1099", 420)])
    assert set(_reasons(ctx)[pair]) == {"written_order"}


def test_accept_merges_and_stays_decided_after_undo(ctx):
    people = build_shop(ctx)
    ingest(ctx, [telegram("1:7", 5001, "anna@example.com, order 1042", 400)])
    (row,) = list_suggestions(ctx)
    assert {r.reason for r in row.reasons} == {"written_email", "written_order"}
    assert (row.source_id, row.into_id) == (people["anna_tg"], people["anna_mail"])
    merge_id = accept_suggestion(ctx, row.id, actor="owner")
    (record,) = list_merges(ctx)
    assert record.id == merge_id and record.source_id == people["anna_tg"]
    assert record.reason.startswith("suggested: ") and "anna@example.com" in record.reason
    with ctx.reader() as session:
        statuses = set(session.scalars(select(MergeSuggestion.status)))
        assert statuses == {"accepted"}
        assert session.get(Customer, people["anna_tg"]).merged_into_id == people["anna_mail"]
    assert list_suggestions(ctx) == []
    with pytest.raises(SuggestionError, match="already accepted"):
        accept_suggestion(ctx, row.id)
    unmerge(ctx, merge_id)
    # The user undid it: the same reasons do not suggest the pair again.
    assert list_suggestions(ctx) == []


def test_accept_into_the_other_and_errors(ctx):
    people = build_shop(ctx)
    ingest(ctx, [telegram("1:7", 5001, "anna@example.com", 400)])
    (row,) = list_suggestions(ctx)
    with pytest.raises(SuggestionError, match="not"):
        accept_suggestion(ctx, row.id, into_id=people["boris"])
    with pytest.raises(SuggestionError, match="no merge suggestion"):
        accept_suggestion(ctx, 4242)
    merge_id = accept_suggestion(ctx, row.id, into_id=people["anna_tg"])
    (record,) = list_merges(ctx)
    assert (record.id, record.source_id, record.into_id) == (
        merge_id, people["anna_mail"], people["anna_tg"])


def test_stale_and_merged_pairs_go_away(ctx):
    people = build_shop(ctx)
    ingest(ctx, [telegram("1:7", 5001, "anna@example.com", 400),
                 telegram("3:1", 7001, "boris@example.ru", 410, name="B")])
    assert len(list_suggestions(ctx)) == 2
    # The text that gave the hint changes (an edit): the suggestion goes.
    with ctx.writer() as session, session.begin():
        session.execute(update(Message).where(Message.external_id == "1:7")
                        .values(body_text="never mind"))
    assert len(list_suggestions(ctx)) == 1
    # A pair merged by hand is decided too.
    writer = customer_of(ctx, "telegram", "7001")
    merge(ctx, writer, people["boris"])
    assert list_suggestions(ctx) == []
    with ctx.reader() as session:
        assert set(session.scalars(select(MergeSuggestion.status))) == {"accepted"}


def test_refresh_counts_and_customer_filter(ctx):
    people = build_shop(ctx)
    ingest(ctx, [telegram("1:7", 5001, "anna@example.com", 400),
                 telegram("3:1", 7001, "boris@example.ru", 410, name="B")])
    result = refresh_suggestions(ctx)
    assert (result.added, result.removed, result.open) == (2, 0, 2)
    result = refresh_suggestions(ctx)
    assert (result.added, result.removed, result.open) == (0, 0, 2)
    (row,) = list_suggestions(ctx, people["boris"], refresh=False)
    assert people["boris"] in (row.customer_a_id, row.customer_b_id)


def test_same_name_on_different_channels_is_a_weaker_hint_listed_last(ctx):
    people = build_shop(ctx)
    ingest(ctx, [
        email("<k1@x>", "kasia.wojcik@example.pl", "Dzień dobry", 60, name="Katarzyna Wójcik"),
        telegram("9:1", 9001, "Cześć", 70, name="katarzyna wojcik"),  # folded: the same name
        email("<k2@x>", "kw@example.com", "Hello", 80, name="Katarzyna Wójcik"),  # both email
        telegram("9:2", 9002, "Hi", 90, name="Katarzyna"),  # one word: says nothing
    ])
    kasia_mail = customer_of(ctx, "email", "kasia.wojcik@example.pl")
    kasia_tg = customer_of(ctx, "telegram", "9001")
    other_mail = customer_of(ctx, "email", "kw@example.com")
    add_phone(ctx, people["boris"], "+48 601 234 567")
    add_phone(ctx, people["anna_mail"], "601 234 567")  # a strong reason, listed first
    found = _reasons(ctx)
    assert found[_pair(kasia_mail, kasia_tg)] == {"same_name": {"value": "Katarzyna Wójcik"}}
    assert found[_pair(other_mail, kasia_tg)] == {"same_name": {"value": "Katarzyna Wójcik"}}
    assert _pair(kasia_mail, other_mail) not in found  # same channel: not this reason
    assert not any(customer_of(ctx, "telegram", "9002") in pair for pair in found)
    rows = list_suggestions(ctx)
    assert [r.reason for r in rows[0].reasons] == ["same_phone"]  # strong first
    assert all(r.reasons[0].reason == "same_name" for r in rows[1:])
    assert "weaker" in rows[-1].reasons[0].text
