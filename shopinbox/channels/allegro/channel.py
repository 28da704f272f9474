"""The Allegro channel on the contract of `channels/base.py`: the seller's message centre
(threads, messages, attachments, read marks, replies) through the REST API, polled — a desktop
has no public webhook address. Sign-in is the OAuth device flow (`auth.py`). The account's
orders (checkout forms, kept current by the order events feed) are the order source
`sources/allegro`, which uses this channel's client (`api_client`); a round of `pull` runs
that source's sync too, so `shopinbox sync` and the window keep orders current as well.
Heavy modules load when used."""

from __future__ import annotations

import argparse
import logging
import threading
from typing import Any

from shopinbox.channels.allegro.convert import KIND
from shopinbox.channels.base import (
    Capabilities,
    Channel,
    OnChange,
    OnState,
    PullReport,
    SendOutcome,
)

log = logging.getLogger(__name__)


class AllegroChannel(Channel):
    kind = KIND
    title = "Allegro"
    identity_kind = KIND
    identity_kinds = (KIND,)
    capabilities = Capabilities(subjects=False, html=False, edits=False, attachments=True,
                                push=False, max_text_length=2000, read_receipts=True)
    colour = "#ff5a00"
    glyph = "A"
    order = 30
    form_module = "shopinbox.channels.allegro.form"
    names_module = "shopinbox.channels.allegro.names"

    def extra_secrets(self, account_name: str) -> list[str]:
        from shopinbox.channels.allegro.client import tokens_key

        return [tokens_key(account_name)]

    def api_client(self, account: Any) -> Any:
        from shopinbox.channels.allegro.client import client_for

        return client_for(account)

    def pull(self, ctx: Any, account_id: int, *, on_change: OnChange | None = None,
             on_state: OnState | None = None, stop_event: threading.Event | None = None,
             **options: Any) -> PullReport:
        from shopinbox.app.orders.sync import sync_source_account
        from shopinbox.channels.allegro.client import client_for
        from shopinbox.channels.allegro.pull import sync_allegro_account
        from shopinbox.store.models import Account

        with ctx.reader() as session:
            account = session.get(Account, account_id)
        orders = sync_source_account(ctx, account_id, on_change=on_change, stop_event=stop_event)
        with client_for(account, max_wait=float(options.get("max_wait", 5.0))) as client:
            report = sync_allegro_account(ctx, account, client, stop_event=stop_event,
                                          on_change=on_change)
        if orders.failure is not None:  # the messages are in; the orders round says why
            raise orders.failure
        report.changed_customer_ids |= orders.changed_customer_ids
        report.counts.update({f"orders {name}": n for name, n in orders.counts.items()})
        report.text = (f"{report.counts['threads']} thread(s), {report.new_messages} new "
                       f"message(s), {report.counts['files']} file(s); orders: "
                       f"{orders.summary()}")
        return report

    def send(self, ctx: Any, message_id: int) -> SendOutcome:
        from shopinbox.channels.allegro.send import send_allegro_message

        return send_allegro_message(ctx, message_id)

    def on_server(self, extra: dict[str, Any]) -> bool:
        return bool(extra.get("allegro_thread_id"))

    def mark_read(self, ctx: Any, message_ids: list[int], read: bool) -> int:
        """`PUT /messaging/threads/{id}/read` once per thread of these messages."""
        from shopinbox.channels.allegro.client import client_for
        from shopinbox.store.models import Account, Message

        with ctx.reader() as session:
            rows = [(m.account_id, (m.extra or {}).get("allegro_thread_id"))
                    for m in session.query(Message).filter(Message.id.in_(message_ids))]
            accounts = {a.id: a for a in session.query(Account).filter(
                Account.id.in_({r[0] for r in rows}))}
        done = 0
        for account_id in {r[0] for r in rows}:
            threads = {t for a, t in rows if a == account_id and t}
            if not threads:
                continue
            with client_for(accounts[account_id]) as client:
                for thread in sorted(threads):
                    client.send_json("PUT", f"/messaging/threads/{thread}/read", {"read": read})
                    done += sum(1 for a, t in rows if a == account_id and t == thread)
        return done

    def check(self, account: Any) -> Any:
        from shopinbox.channels.allegro.account import connection_test

        return connection_test(account)

    def register_cli(self, account_actions: argparse._SubParsersAction) -> None:
        from shopinbox.channels.allegro.cli import register

        register(account_actions)

    def account_summary(self, settings: dict[str, Any]) -> str:
        return str(settings.get("username") or "")

    def sender_address(self, account_name: str, settings: dict[str, Any]) -> str:
        return str(settings.get("username") or account_name)

    def reply_warnings(self, text: str) -> list[str]:
        from shopinbox.channels.allegro.convert.rules import reply_warnings

        return reply_warnings(text)
