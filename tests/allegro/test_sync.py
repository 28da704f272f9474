"""Sync against the stand-in: threads and messages page by page, attachments downloaded once,
read marks, orders from checkout forms kept current by the events feed, the thread linked to
its order, the buyer's login as an identity and the order's email as a merge suggestion."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from shopinbox.app.identity.suggestions import list_suggestions
from shopinbox.channels import registry
from shopinbox.channels.allegro.pull import FOLDER, load_since
from shopinbox.domain.errors import ShopError
from shopinbox.domain.messages import IdentityRef, IncomingMessage
from shopinbox.store.ingest import store_messages
from shopinbox.store.models import Attachment, Customer, Identity, Message, MessageSource, Order


def _pull(ctx, account):
    return registry.channel("allegro").pull(ctx, account.id)


def _messages(ctx):
    with ctx.reader() as session:
        return {m.external_id: m for m in session.scalars(select(Message))}


def test_threads_messages_and_attachments_are_stored(sqlite_ctx, allegro_server,
                                                     allegro_account):
    s = allegro_server
    first = s.add_message("anna_k", "Dzień dobry, czy bluzka jest w rozmiarze 38?",
                          files=[("zdjęcie.jpg", "image/jpeg", b"\xff\xd8JPEG"),
                                 ("faktura.pdf", "application/pdf", b"%PDF-1.4")])
    s.add_message("anna_k", "Tak, jest.", from_seller=True)
    for n in range(45):  # more than two pages of messages in one thread
        s.add_message("jan_nowak", f"wiadomość {n}")
    for n in range(25):  # more than one page of threads
        s.add_message(f"buyer_{n}", "Pytanie o wysyłkę")
    report = _pull(sqlite_ctx, allegro_account)
    assert report.new_messages == 2 + 45 + 25
    stored = _messages(sqlite_ctx)
    anna = stored[first["id"]]
    assert anna.direction == "in" and anna.body_text.startswith("Dzień dobry")
    assert anna.thread_key == f"allegro:{first['thread']['id']}" and not anna.is_read
    reply = next(m for m in stored.values() if m.body_text == "Tak, jest.")
    assert reply.direction == "out" and reply.customer_id == anna.customer_id
    assert sorted(m.body_text for m in stored.values() if m.sender_address == "jan_nowak") == \
        sorted(f"wiadomość {n}" for n in range(45))
    with sqlite_ctx.reader() as session:
        files = {a.filename: sqlite_ctx.blobs.read(a.sha256) for a in session.scalars(
            select(Attachment).where(Attachment.message_id == anna.id))}
        assert files == {"zdjęcie.jpg": b"\xff\xd8JPEG", "faktura.pdf": b"%PDF-1.4"}
        assert b'"isInterlocutor":true' in session.get(MessageSource, anna.id).raw
        identity = session.scalars(select(Identity).where(Identity.value == "anna_k")).one()
        assert (identity.kind, identity.customer_id) == ("allegro", anna.customer_id)
        assert session.get(Customer, anna.customer_id).display_name == "anna_k"
    assert load_since(sqlite_ctx, allegro_account.id) == max(
        t["lastMessageDateTime"] for t in s.threads.values())
    downloads = len(s.calls_of("download"))
    # Nothing new: the next round lists threads down to the cursor and stores nothing again.
    again = _pull(sqlite_ctx, allegro_account)
    assert again.new_messages == 0 and len(_messages(sqlite_ctx)) == 72
    assert len(s.calls_of("download")) == downloads
    s.add_message("buyer_3", "A jednak inny kolor")
    assert _pull(sqlite_ctx, allegro_account).new_messages == 1


def test_resumes_from_the_cursor_after_a_failure(sqlite_ctx, allegro_server, allegro_account,
                                                monkeypatch):
    from shopinbox.channels.allegro import pull

    monkeypatch.setattr(pull, "BATCH", 5)
    for n in range(30):
        allegro_server.add_message(f"buyer_{n}", f"pytanie {n}")
    # The 11th thread's messages answer 503 three times in a row: the client gives up there.
    eleventh = next(t["id"] for t in allegro_server.threads.values()
                    if t["interlocutor"]["login"] == "buyer_10")
    allegro_server.fail(f"messages:{eleventh}", 503, times=3)
    with pytest.raises(ShopError) as caught:
        _pull(sqlite_ctx, allegro_account)
    assert caught.value.code == "server_error" and caught.value.retryable
    assert len(_messages(sqlite_ctx)) == 10  # the two committed batches of five
    report = _pull(sqlite_ctx, allegro_account)
    stored = _messages(sqlite_ctx)
    assert len(stored) == 30 and report.new_messages == 20
    assert sorted(m.body_text for m in stored.values()) == sorted(f"pytanie {n}"
                                                                  for n in range(30))


def test_orders_arrive_and_a_status_change_comes_through_events(sqlite_ctx, allegro_server,
                                                               allegro_account):
    s = allegro_server
    form = s.add_order("anna_k", email="a8x2+anna@allegromail.pl", phone="+48 601 234 567",
                       items=[("Bluzka lniana", 2, "49.99"), ("Pasek", 1, "20.00")])
    s.add_message("anna_k", "Kiedy wyślecie?", order_id=form["id"])
    for n in range(105):  # more than one page of checkout forms
        s.add_order(f"buyer_{n}", email=f"b{n}@allegromail.pl", items=[("Skarpety", 1, "9.99")],
                    pickup_point=None)
    _pull(sqlite_ctx, allegro_account)
    with sqlite_ctx.reader() as session:
        assert session.scalar(select(func.count()).select_from(Order)) == 106
        order = session.scalars(select(Order).where(Order.external_id == form["id"])).one()
        assert order.status == "new" and order.total == Decimal("128.97")
        assert order.email == "a8x2+anna@allegromail.pl" and order.phone == "+48601234567"
        assert "Paczkomat KRA01M" in order.shipping_address
        assert order.carrier == "Allegro Paczkomaty InPost"
        assert [(ln.name, ln.quantity) for ln in order.lines] == [("Bluzka lniana", 2),
                                                                    ("Pasek", 1)]
        message = session.scalars(select(Message).where(Message.body_text == "Kiedy wyślecie?")
                                  ).one()
        assert message.customer_id == order.customer_id  # the login links message and order
        assert message.extra["allegro_order_id"] == form["id"]
        assert message.extra["order_id"] == order.id
    forms_read = len(s.calls_of("checkout-forms"))
    s.change_status(form["id"], fulfillment="SENT")
    _pull(sqlite_ctx, allegro_account)
    assert len(s.calls_of("checkout-forms")) == forms_read  # no full re-read
    assert s.calls_of("checkout-form")[-1].endswith(form["id"])
    with sqlite_ctx.reader() as session:
        order = session.scalars(select(Order).where(Order.external_id == form["id"])).one()
        assert order.status == "sent"
    s.change_status(form["id"], status="CANCELLED")
    _pull(sqlite_ctx, allegro_account)
    with sqlite_ctx.reader() as session:
        assert session.scalars(select(Order.status).where(
            Order.external_id == form["id"])).one() == "cancelled"


def test_order_email_of_another_customer_is_a_merge_suggestion(sqlite_ctx, allegro_server,
                                                              allegro_account):
    with sqlite_ctx.writer() as session, session.begin():  # she wrote by email before
        store_messages(session, allegro_account.id, [IncomingMessage(
            channel="email", direction="in", external_id="<m1@example.pl>",
            sent_at=datetime(2026, 10, 1, tzinfo=UTC),
            identity=IdentityRef("email", "anna@example.pl", "Anna Kowalska"),
            customer_name="Anna Kowalska", body_text="Dzień dobry")], sqlite_ctx.blobs)
        store_messages(session, allegro_account.id, [IncomingMessage(
            channel="email", direction="in", external_id="<m2@example.pl>",
            sent_at=datetime(2026, 10, 2, tzinfo=UTC),
            identity=IdentityRef("phone", "+48601234567", "Anna K."),
            customer_name="Anna K.", body_text="Dzień dobry")], sqlite_ctx.blobs)
    allegro_server.add_message("anna_k", "Pytanie")
    allegro_server.add_order("anna_k", email="anna@example.pl", phone="601 234 567",
                             items=[("Bluzka", 1, "49.99")])
    _pull(sqlite_ctx, allegro_account)
    suggestions = list_suggestions(sqlite_ctx)
    assert len(suggestions) == 2  # the Allegro buyer with each of the other two
    reasons = {r.reason for s in suggestions for r in s.reasons}
    assert {"order_email", "order_phone"} <= reasons
    assert "anna@example.pl" in " ".join(r.text for s in suggestions for r in s.reasons)


def test_read_marks_go_to_the_server(sqlite_ctx, allegro_server, allegro_account):
    message = allegro_server.add_message("anna_k", "Dzień dobry")
    _pull(sqlite_ctx, allegro_account)
    stored = _messages(sqlite_ctx)[message["id"]]
    done = registry.channel("allegro").mark_read(sqlite_ctx, [stored.id], True)
    assert done == 1
    assert allegro_server.read_marks == [(message["thread"]["id"], True)]
    assert allegro_server.threads[message["thread"]["id"]]["read"] is True


def test_cursor_folder_is_the_channels_own(sqlite_ctx, allegro_server, allegro_account):
    from shopinbox.store.cursors import load_cursor
    from shopinbox.store.orders import ORDERS_FOLDER, get_cursor

    allegro_server.add_message("anna_k", "Dzień dobry")
    allegro_server.add_order("anna_k", email="a@allegromail.pl", items=[("Bluzka", 1, "9.00")])
    _pull(sqlite_ctx, allegro_account)
    with sqlite_ctx.reader() as session:
        assert load_cursor(session, allegro_account.id, FOLDER)["since"]
        cursor = get_cursor(session, allegro_account.id, ORDERS_FOLDER)
    assert cursor is not None and '"event"' in cursor and "offset" not in cursor


def test_an_attachment_that_cannot_be_fetched_gets_a_note(sqlite_ctx, allegro_server,
                                                         allegro_account):
    message = allegro_server.add_message("anna_k", "zdjęcia", files=[
        ("a.jpg", "image/jpeg", b"\xff\xd8A"), ("b.jpg", "image/jpeg", b"\xff\xd8B")])
    broken = message["attachments"][1]["url"].rsplit("/", 1)[1]
    allegro_server.fail(f"download:{broken}", 404)
    _pull(sqlite_ctx, allegro_account)
    with sqlite_ctx.reader() as session:
        stored = session.scalars(select(Message).where(Message.external_id == message["id"])
                                 ).one()
        files = {a.filename: a for a in session.scalars(
            select(Attachment).where(Attachment.message_id == stored.id))}
        assert sqlite_ctx.blobs.read(files["a.jpg"].sha256) == b"\xff\xd8A"
        assert files["b.jpg"].sha256 is None and "allegro.pl" in files["b.jpg"].note


def test_the_order_a_thread_is_about_is_a_link_in_the_timeline(qapp, sqlite_ctx, allegro_server,
                                                               allegro_account):
    """The thread's message names its checkout form; the window's timeline links it to the
    stored order when the window reads the customer, so it holds whichever arrived first."""
    from shopinbox.app.inbox.read_model import customer_view
    from shopinbox.ui.timeline.timeline_html import message_html

    s = allegro_server
    form = s.add_order("ola_m", email="ola@allegromail.pl", items=[("Sukienka", 1, "129.00")])
    s.add_message("ola_m", "Czy mogę zmienić rozmiar?", order_id=form["id"])
    _pull(sqlite_ctx, allegro_account)
    with sqlite_ctx.reader() as session:
        order = session.scalars(select(Order).where(Order.external_id == form["id"])).one()
        customer_id = session.scalars(select(Message.customer_id).where(
            Message.body_text == "Czy mogę zmienić rozmiar?")).one()
    view = customer_view(sqlite_ctx, customer_id)
    message = next(m for m in view.messages if m.text == "Czy mogę zmienić rozmiar?")
    assert message.about_order is not None and message.about_order.order_id == order.id
    shown = message_html(message.as_dict(), unfolded=False, images_allowed=lambda _s: False)
    assert f'href="action:order/{order.id}"' in shown
    assert "about order " + form["id"][:8] in shown
    other = next(m for m in view.messages if m is not message) if len(view.messages) > 1 \
        else None
    assert other is None or other.about_order is None
