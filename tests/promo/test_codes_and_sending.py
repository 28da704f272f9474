"""Codes handed out at send time through the outbox contract, empty pools, the CSV export and
the library import/export round trip (SQLite and PostgreSQL)."""

from __future__ import annotations

import csv
import io
import json

import pytest

from shopinbox.app.promos import discounts
from shopinbox.app.promos import exchange as promo_exchange
from shopinbox.app.promos import library as promos
from shopinbox.domain.promos.exchange import PromoFormatError
from shopinbox.store.discounts import PoolEmpty
from shopinbox.store.models import DiscountCode, Message
from tests.fixtures.promo_data import make_customers, make_pool, queue_message

BODY = "Hi {{ customer.first_name }} & co, your code: **{{ promo.code }}**"


def _promo_with_pool(ctx, codes):
    promo_id = promos.save_promo(ctx, promos.PromoDetail(
        "Code", "/code", variants={"en": ("Code {{ promo.code }}", BODY)}))
    return promo_id, make_pool(ctx, "POOL", codes, promo_id)


def _queue(ctx, customer_id, channel="email", new_code=False):
    prepared = promos.prepare_promo_reply(ctx, customer_id, "/code", channel, new_code=new_code)
    return queue_message(ctx, customer_id, channel, prepared.subject, prepared.body_text,
                         prepared.body_html, prepared.extra), prepared


def _send(ctx, message_id):
    with ctx.writer() as session, session.begin():
        return promos.finalize_codes_on_send(session, message_id)


def test_code_is_taken_at_send_time_and_reused_for_the_same_customer(ctx):
    promo_id, pool_id = _promo_with_pool(ctx, ["C-1", "C-2", "C-3"])
    ann, bob = make_customers(ctx, ["Ann Lee", "Bob <b>"], "en")

    first, prepared = _queue(ctx, ann)
    assert prepared.body_text == "Hi Ann & co, your code: «code»"
    assert prepared.body_html == "<p>Hi Ann &amp; co, your code: <strong>«code»</strong></p>"
    assert discounts.pool_status(ctx, pool_id).given == 0  # previewing/queueing takes nothing

    assert _send(ctx, first) == "C-1"
    assert _send(ctx, first) == "C-1"  # a retried send keeps its code
    telegram, prepared_tg = _queue(ctx, ann, "telegram")
    assert prepared_tg.body_html == prepared_tg.rendered.markup["telegram"] and prepared_tg.subject == ""
    assert _send(ctx, telegram) == "C-1"  # same customer, same code
    assert _send(ctx, _queue(ctx, bob)[0]) == "C-2"
    assert _send(ctx, _queue(ctx, ann, new_code=True)[0]) == "C-3"  # asked for a new one

    with ctx.reader() as session:
        sent = session.get(Message, first)
        assert sent.subject == "Code C-1" and sent.body_text.endswith("C-1")
        assert sent.body_html.endswith("<strong>C-1</strong></p>")
        assert session.get(Message, telegram).body_html == \
            "Hi Ann &amp; co, your code: <b>C-1</b>"
        row = session.query(DiscountCode).filter_by(code="C-1").one()
        assert (row.given_to_id, row.message_id, row.channel) == (ann, first, "email")
        assert row.given_at is not None
    assert promos.get_promo(ctx, promo_id).usage_count == 4

    exported = list(csv.reader(io.StringIO(discounts.export_given_codes(ctx, "POOL"))))
    assert exported[0] == ["code", "customer_id", "customer_name", "channel", "message_id",
                           "given_at"]
    assert [(r[0], r[1], r[2], r[3]) for r in exported[1:]] == [
        ("C-1", str(ann), "Ann Lee", "email"), ("C-2", str(bob), "Bob <b>", "email"),
        ("C-3", str(ann), "Ann Lee", "email")]
    assert {u.shortcut: (u.sent, u.codes_given) for u in promos.usage_counts(ctx)} == {
        "/code": (4, 3)}


def test_empty_pool_is_reported_before_sending(ctx):
    _promo_with_pool(ctx, ["ONLY"])
    ann, bob = make_customers(ctx, ["Ann", "Bob"])
    assert promos.check_before_send(ctx, "/code", bob).free == 1
    _send(ctx, _queue(ctx, ann)[0])
    with pytest.raises(PoolEmpty, match="no free codes"):
        promos.check_before_send(ctx, "/code", bob)
    with pytest.raises(PoolEmpty):
        promos.prepare_promo_reply(ctx, bob, "/code", "telegram")
    assert promos.check_before_send(ctx, "/code", ann).free == 0  # Ann keeps her code
    with pytest.raises(PoolEmpty):
        promos.check_before_send(ctx, "/code", ann, new_code=True)
    # A message queued while codes were left, sent after the pool ran dry: refused, unchanged.
    discounts.import_codes(ctx, "POOL", "SECOND\n")
    queued, _ = _queue(ctx, bob)
    _send(ctx, _queue(ctx, make_customers(ctx, ["Cy"])[0])[0])
    with pytest.raises(PoolEmpty):
        _send(ctx, queued)
    with ctx.reader() as session:
        assert session.get(Message, queued).body_text.endswith("«code»")


def test_pools_import_generate_and_status(ctx):
    added = discounts.import_codes(ctx, "SPRING", "code\nS-1\nS-2\nS-1\n\nS 3\n")
    assert (added.added, added.duplicates, added.created_pool) == (2, 2, True)
    again = discounts.import_codes(ctx, "SPRING", "S-2\nS-4\n")
    assert (again.added, again.duplicates, again.created_pool) == (1, 1, False)
    generated = discounts.generate_pool_codes(ctx, "SPRING", "SPRING-####-??", 50)
    assert generated.added == 50
    status = discounts.pool_status(ctx, "SPRING")
    assert (status.total, status.given, status.free) == (53, 0, 53)
    with pytest.raises(discounts.PoolNotFound):
        discounts.pool_status(ctx, "NOPE")


def test_library_export_import_round_trip(ctx, tmp_path):
    promos.save_promo(ctx, promos.PromoDetail(
        "Size chart", "/size", "Products",
        variants={"en": ("Sizes", "See the chart {{ ask(\"size\") }}"), "ru": ("Размеры", "См.")},
        attachments=[promos.PromoAttachmentData("chart.png", "image/png",
                                                content=b"\x89PNG fake")]))
    _promo_with_pool(ctx, ["X"])
    path = tmp_path / "library.json"
    assert promo_exchange.export_library_file(ctx, path) == 2
    original = json.loads(path.read_text(encoding="utf-8"))
    assert original["format"] == "shopinbox-promos" and original["promos"][0]["pool"] == "POOL"

    for promo in promos.list_promos(ctx):
        promos.delete_promo(ctx, promo.id)
    summary = promo_exchange.import_library_file(ctx, path)
    assert sorted(summary.created) == ["/code", "/size"] and summary.pools_created == []
    assert promo_exchange.export_library(ctx) == original
    assert promos.render_promo(ctx, "/code", None).pool_name == "POOL"

    original["promos"][1]["title"] = "Size chart v2"
    summary = promo_exchange.import_library(ctx, original)
    assert sorted(summary.updated) == ["/code", "/size"]
    assert promos.get_promo(ctx, "/size").title == "Size chart v2"

    bad = json.loads(json.dumps(original))
    bad["promos"][0]["variants"]["en"]["body"] = "{% include 'x' %}"
    with pytest.raises(promos.PromoInvalid, match="include"):
        promo_exchange.import_library(ctx, bad)
    assert promos.get_promo(ctx, "/code").variants["en"][1] == BODY  # nothing changed
    with pytest.raises(PromoFormatError, match="not a promo library"):
        promo_exchange.import_library(ctx, {"promos": []})


def test_composer_edits_are_reformatted_and_rechecked(ctx):
    _promo_with_pool(ctx, ["E-1"])
    (ann,) = make_customers(ctx, ["Ann"])
    prepared = promos.prepare_promo_reply(ctx, ann, "/code", "telegram")
    edited = promos.reformat_edited(prepared, "Ann <3, code **«code»** for #12")
    assert edited.body_html == "Ann &lt;3, code <b>«code»</b> for #12"
    with pytest.raises(promos.MissingValues) as caught:
        promos.reformat_edited(prepared, "for «order.number» «code»")
    assert caught.value.missing == ["order.number"]
    message = queue_message(ctx, ann, "telegram", edited.subject, edited.body_text,
                            edited.body_html, edited.extra)
    assert _send(ctx, message) == "E-1"
