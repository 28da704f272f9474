"""A dummy channel that lives only in the tests: everything that is only this channel's sits in
this package (channel class, pull, send, CLI, account form), and nothing outside it names the
channel — the proof that a channel is a plug-in on `shopinbox/channels/base.py`.

Its "server" is a plain in-memory object: `SERVER.inbox` holds what customers wrote (pulled by
the sync), `SERVER.sent` what the shop sent. The cursor (how many inbox items were stored) is
written with the messages in one transaction, as the contract asks."""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select

from shopinbox.channels.base import Capabilities, Channel, PullReport, SendOutcome

KIND = "dummy"


@dataclass
class DummyServer:
    inbox: list[tuple[str, str, str]] = field(default_factory=list)  # (user, name, text)
    sent: list[tuple[str, str]] = field(default_factory=list)  # (user, text)
    lock: threading.Lock = field(default_factory=threading.Lock)


SERVER = DummyServer()


class DummyChannel(Channel):
    kind = KIND
    title = "Dummy"
    identity_kind = "dummy_user"
    identity_kinds = ("dummy_user",)
    capabilities = Capabilities(subjects=False, attachments=False, max_text_length=100)
    colour = "#884488"
    glyph = "D"
    order = 90
    form_module = "tests.channels.dummy.form"

    def pull(self, ctx: Any, account_id: int, *, on_change=None, on_state=None,
             stop_event=None, **options: Any) -> PullReport:
        from shopinbox.domain.messages import IdentityRef, IncomingMessage
        from shopinbox.store.ingest import store_messages
        from shopinbox.store.models import Account, SyncState

        with ctx.reader() as session:
            state = session.scalar(select(SyncState).where(SyncState.account_id == account_id))
            done = int(json.loads(state.cursor or "{}").get("stored", 0)) if state else 0
            name = session.get(Account, account_id).name
        with SERVER.lock:
            items = SERVER.inbox[done:]
        messages = [
            IncomingMessage(channel=KIND, direction="in", external_id=f"{user}:{done + i}",
                            sent_at=datetime.now(UTC),
                            identity=IdentityRef(self.identity_kind, user, display),
                            customer_name=display, sender_name=display, body_text=text,
                            thread_key=user)
            for i, (user, display, text) in enumerate(items)]

        def cursor(session) -> None:
            row = session.scalar(select(SyncState).where(SyncState.account_id == account_id))
            if row is None:
                row = SyncState(account_id=account_id, folder="")
                session.add(row)
            row.cursor = json.dumps({"stored": done + len(items)})

        with ctx.writer() as session, session.begin():
            result = store_messages(session, account_id, messages, ctx.blobs,
                                    on_commit_state=cursor)
        if on_change is not None and result.changed_customer_ids:
            on_change(set(result.changed_customer_ids))
        return PullReport(name, len(result.new_message_ids), set(result.changed_customer_ids))

    def send(self, ctx: Any, message_id: int) -> SendOutcome:
        from shopinbox.store.models import Identity, Message

        with ctx.reader() as session:
            message = session.get(Message, message_id)
            user = session.get(Identity, message.identity_id).value
        with SERVER.lock:
            SERVER.sent.append((user, message.body_text))
            number = len(SERVER.sent)
        return SendOutcome(external_id=f"{user}:sent-{number}")

    def check(self, account: Any) -> Any:
        from shopinbox.app.core.doctor import Check

        return Check("", True, f"dummy server answers ({len(SERVER.inbox)} waiting)")

    def register_cli(self, account_actions) -> None:
        from tests.channels.dummy.cli import register

        register(account_actions)


CHANNEL = DummyChannel()
