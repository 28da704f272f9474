"""Sync against the local Bot API server: every message kind lands in the store, offsets hold
across restarts, edits update in place, blocks and shared phones change identities."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import func, select

from shopinbox.app.core.accounts import get_account
from shopinbox.channels.telegram.pull import load_offset, sync_telegram_account
from shopinbox.domain.errors import parse_stored
from shopinbox.store.models import Attachment, Customer, Identity, Message, MessageSource
from tests.fixtures.bot_api_server import user


def _messages(ctx):
    with ctx.reader() as session:
        return {m.external_id: m for m in session.scalars(select(Message))}


def _photo(server, content: bytes, width: int) -> dict:
    return {**server.add_file(content, path=f"photos/{width}.jpg"), "width": width,
            "height": width}


def test_every_message_kind_is_stored(sqlite_ctx, bot_server, bot_account, anna):
    s = bot_server
    ids = {
        "text": s.message_from(anna, text="Dzień dobry, pytanie o zamówienie"),
        "photo": s.message_from(anna, photo=[_photo(s, b"small", 90), _photo(s, b"B" * 5000, 800)],
                                caption="to ta bluzka"),
        "document": s.message_from(anna, caption="faktura", document={
            **s.add_file(b"%PDF-1.4 test", path="documents/f.pdf"), "file_name": "faktura.pdf",
            "mime_type": "application/pdf"}),
        "voice": s.message_from(anna, voice={**s.add_file(b"OggS voice", path="voice/v.oga"),
                                             "duration": 5, "mime_type": "audio/ogg"}),
        "video": s.message_from(anna, video={**s.add_file(b"mp4 video", path="videos/v.mp4"),
                                             "width": 1, "height": 1, "duration": 2}),
        "sticker": s.message_from(anna, sticker={"file_id": "st1", "file_unique_id": "st1",
                                                 "type": "regular", "width": 512, "height": 512,
                                                 "is_animated": False, "is_video": False,
                                                 "emoji": "😀"}),
        "location": s.message_from(anna, location={"latitude": 50.06, "longitude": 19.94}),
    }
    ids["reply"] = s.message_from(anna, text="i jeszcze to", reply_to_message={
        "message_id": ids["text"], "date": 1, "chat": {"id": anna["id"], "type": "private"}})
    report = sync_telegram_account(sqlite_ctx, bot_account, once=True)
    assert report.error is None and report.new_messages == 8 and report.counts["files"] == 4
    stored = _messages(sqlite_ctx)
    by_kind = {k: stored[f"{anna['id']}:{mid}"] for k, mid in ids.items()}
    assert len({m.customer_id for m in stored.values()}) == 1
    assert by_kind["text"].body_text == "Dzień dobry, pytanie o zamówienie"
    assert by_kind["sticker"].body_text == "[sticker 😀]"
    assert by_kind["location"].extra["location"] == {"latitude": 50.06, "longitude": 19.94}
    assert by_kind["reply"].in_reply_to == f"{anna['id']}:{ids['text']}"
    with sqlite_ctx.reader() as session:
        photo = session.scalars(select(Attachment).where(
            Attachment.message_id == by_kind["photo"].id)).one()
        assert sqlite_ctx.blobs.read(photo.sha256) == b"B" * 5000  # the largest size
        document = session.scalars(select(Attachment).where(
            Attachment.message_id == by_kind["document"].id)).one()
        assert document.filename == "faktura.pdf" and document.mime_type == "application/pdf"
        assert sqlite_ctx.blobs.read(document.sha256) == b"%PDF-1.4 test"
        raw = session.get(MessageSource, by_kind["text"].id).raw
        assert b'"update_id"' in raw and "Dzień".encode() in raw
        customer = session.get(Customer, by_kind["text"].customer_id)
        assert customer.display_name == "Anna Kowalska"
        identity = session.scalars(select(Identity)).one()
        assert (identity.kind, identity.value, identity.display) == (
            "telegram", str(anna["id"]), "Anna Kowalska (@anna_k)")


def test_file_over_20_mb_gets_a_note_and_no_content(sqlite_ctx, bot_server, bot_account, anna):
    big = bot_server.add_file(None, size=25 * 1024 * 1024, path="videos/huge.mp4")
    bot_server.message_from(anna, video={**big, "width": 1, "height": 1, "duration": 600})
    report = sync_telegram_account(sqlite_ctx, bot_account, once=True)
    assert report.counts["files too large"] == 1
    with sqlite_ctx.reader() as session:
        attachment = session.scalars(select(Attachment)).one()
    assert attachment.sha256 is None and "20 MB" in attachment.note and "25.0 MB" in attachment.note
    assert attachment.size == 25 * 1024 * 1024
    assert not bot_server.calls_of("getFile")  # the size said enough


def test_file_the_server_calls_too_big(sqlite_ctx, bot_server, bot_account, anna):
    """No file_size in the update: getFile's 400 'file is too big' gives the same note."""
    big = bot_server.add_file(None, size=21 * 1024 * 1024)
    del big["file_size"]
    bot_server.message_from(anna, document={**big, "file_name": "catalog.pdf"})
    sync_telegram_account(sqlite_ctx, bot_account, once=True)
    with sqlite_ctx.reader() as session:
        attachment = session.scalars(select(Attachment)).one()
    assert attachment.sha256 is None and "20 MB" in attachment.note


def test_offsets_across_restarts(sqlite_ctx, bot_server, bot_account, anna, ivan):
    bot_server.message_from(anna, text="one")
    bot_server.message_from(ivan, text="два")
    first = sync_telegram_account(sqlite_ctx, bot_account, once=True)
    assert first.new_messages == 2
    assert load_offset(sqlite_ctx, bot_account.id) == 3
    again = sync_telegram_account(sqlite_ctx, bot_account, once=True)
    assert again.counts["updates"] == 0
    # The first getUpdates of the second run already confirms with the stored offset.
    assert bot_server.calls_of("getUpdates")[-1]["offset"] == 3
    bot_server.message_from(anna, text="three")
    third = sync_telegram_account(sqlite_ctx, bot_account, once=True)
    assert third.new_messages == 1 and load_offset(sqlite_ctx, bot_account.id) == 4
    assert len(_messages(sqlite_ctx)) == 3


def test_refetched_batch_is_not_stored_twice(sqlite_ctx, bot_server, bot_account, anna):
    """The server resends what was not confirmed (a crash after the commit and before the next
    getUpdates looks like this to the store when the offset row is lost)."""
    bot_server.message_from(anna, text="raz")
    sync_telegram_account(sqlite_ctx, bot_account, once=True)
    bot_server.queue({"message": bot_server.updates[0]["message"]} if bot_server.updates else {
        "message": {"message_id": 1, "from": anna, "chat": {"id": anna["id"], "type": "private"},
                    "date": 1, "text": "raz"}})
    report = sync_telegram_account(sqlite_ctx, bot_account, once=True)
    assert report.counts["updates"] == 1 and report.new_messages == 0
    assert len(_messages(sqlite_ctx)) == 1


def test_edit_updates_in_place_and_keeps_earlier_text(sqlite_ctx, bot_server, bot_account, anna):
    mid = bot_server.message_from(anna, text="rozmiar M")
    sync_telegram_account(sqlite_ctx, bot_account, once=True)
    bot_server.message_from(anna, text="rozmiar L", edited=True, message_id=mid)
    bot_server.message_from(anna, text="rozmiar XL", edited=True, message_id=mid)
    report = sync_telegram_account(sqlite_ctx, bot_account, once=True)
    assert report.counts["edited"] == 2
    (message,) = _messages(sqlite_ctx).values()
    assert message.body_text == "rozmiar XL" and message.edited_at is not None
    assert [p["text"] for p in message.extra["previous_texts"]] == ["rozmiar M", "rozmiar L"]
    from shopinbox.app.inbox.customers import search_messages

    assert [h.message_id for h in search_messages(sqlite_ctx, "XL")] == [message.id]


def test_contact_becomes_phone_identity(sqlite_ctx, bot_server, bot_account, anna):
    bot_server.message_from(anna, contact={"phone_number": "48601234567", "first_name": "Anna",
                                           "user_id": anna["id"]})
    bot_server.message_from(anna, contact={"phone_number": "48700111222", "first_name": "Jan",
                                           "user_id": 777})
    sync_telegram_account(sqlite_ctx, bot_account, once=True)
    with sqlite_ctx.reader() as session:
        identities = {(i.kind, i.value): i.customer_id for i in session.scalars(select(Identity))}
    assert identities[("phone", "+48601234567")] == identities[("telegram", str(anna["id"]))]
    assert ("phone", "+48700111222") not in identities  # someone else's card


def test_start_payload_and_groups(sqlite_ctx, bot_server, bot_account, anna):
    bot_server.message_from(anna, text="/start order-10234")
    bot_server.queue({"message": {"message_id": 99, "from": anna, "date": 1, "text": "hi all",
                                  "chat": {"id": -1001, "type": "supergroup", "title": "Fans"}}})
    report = sync_telegram_account(sqlite_ctx, bot_account, once=True)
    assert report.counts["updates"] == 2 and report.counts["ignored"] == 1 and report.new_messages == 1
    (message,) = _messages(sqlite_ctx).values()
    assert message.extra["start_payload"] == "order-10234"
    assert message.extra["merge_hint"] == {"kind": "order", "value": "10234"}


def test_block_marks_identity_and_unblock_clears(sqlite_ctx, bot_server, bot_account, anna):
    bot_server.message_from(anna, text="hello")
    bot_server.block(anna)
    sync_telegram_account(sqlite_ctx, bot_account, once=True)
    with sqlite_ctx.reader() as session:
        identity = session.scalars(select(Identity)).one()
    assert parse_stored(identity.unreachable_reason)[0] == "recipient_blocked"
    assert len(_messages(sqlite_ctx)) == 1  # earlier messages stay
    bot_server.block(anna, blocked=False)
    sync_telegram_account(sqlite_ctx, bot_account, once=True)
    with sqlite_ctx.reader() as session:
        assert session.scalars(select(Identity)).one().unreachable_reason is None


def test_webhook_is_reported_and_deleted_only_with_consent(sqlite_ctx, bot_server, bot_account,
                                                           anna):
    bot_server.webhook_url = "https://other-tool.example/hook"
    bot_server.message_from(anna, text="hi")
    report = sync_telegram_account(sqlite_ctx, bot_account, once=True)
    assert report.stopped and "webhook" in report.error and "other-tool" in report.error
    assert bot_server.webhook_url  # untouched
    assert parse_stored(get_account(sqlite_ctx, "shopbot").last_error) == (
        "webhook_set", {"url": "https://other-tool.example/hook"})
    report = sync_telegram_account(sqlite_ctx, bot_account, once=True, delete_webhook=True)
    assert report.error is None and report.new_messages == 1 and bot_server.webhook_url == ""
    assert get_account(sqlite_ctx, "shopbot").last_error is None


def test_long_polling_receives_and_stops(sqlite_ctx, bot_server, bot_account, anna):
    stop = threading.Event()
    result = {}
    told: list[set[int]] = []
    worker = threading.Thread(target=lambda: result.setdefault("report", sync_telegram_account(
        sqlite_ctx, bot_account, once=False, stop_event=stop, poll_timeout=30,
        on_change=told.append)))
    worker.start()
    mid = bot_server.message_from(anna, text="arrives during a long poll")
    assert bot_server.wait_for_offset(2, timeout=20)
    # The same customer again, then an edit: each batch tells its customer again (their row
    # changed again), not only the first time this long-running poll saw them.
    bot_server.message_from(anna, text="and a second one")
    assert bot_server.wait_for_offset(3, timeout=20)
    bot_server.message_from(anna, text="edited", edited=True, message_id=mid)
    assert bot_server.wait_for_offset(4, timeout=20)
    stop.set()
    worker.join(10)
    assert not worker.is_alive()  # stopping does not wait for the 30 s poll
    assert result["report"].new_messages == 2
    assert any(p.get("timeout") == 30 for p in bot_server.calls_of("getUpdates"))
    customer = next(iter(_messages(sqlite_ctx).values())).customer_id
    assert told == [{customer}] * 3


def test_pull_tells_each_batch_once(sqlite_ctx, bot_server, bot_account, anna, ivan):
    from shopinbox.channels import registry

    bot_server.message_from(anna, text="one")
    bot_server.message_from(ivan, text="два")
    told: list[set[int]] = []
    report = registry.find("telegram").pull(sqlite_ctx, bot_account.id, on_change=told.append)
    customers = {m.customer_id for m in _messages(sqlite_ctx).values()}
    assert len(customers) == 2 and report.changed_customer_ids == customers
    assert sorted(id_ for batch in told for id_ in batch) == sorted(customers)  # no repeat


@pytest.mark.postgres
def test_sync_on_postgres(backend, ctx, bot_server, anna):
    if backend != "postgres":
        pytest.skip("sqlite is covered above")
    from shopinbox.channels.telegram.account import add_telegram_account

    add_telegram_account(ctx, "pgbot", bot_server.token, api_url=bot_server.url)
    for i in range(150):
        bot_server.message_from(anna, text=f"wiadomość {i}")
    report = sync_telegram_account(ctx, "pgbot", once=True)
    assert report.new_messages == 150
    with ctx.reader() as session:
        assert session.scalar(select(func.count()).select_from(Message)) == 150
    assert load_offset(ctx, get_account(ctx, "pgbot").id) == 151


def test_a_new_user_makes_a_new_customer(sqlite_ctx, bot_server, bot_account, anna):
    bot_server.message_from(anna, text="a")
    bot_server.message_from(user(6000, "Piotr"), text="b")
    sync_telegram_account(sqlite_ctx, bot_account, once=True)
    with sqlite_ctx.reader() as session:
        assert session.scalar(select(func.count()).select_from(Customer)) == 2
