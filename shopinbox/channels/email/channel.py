"""The email channel on the contract of `channels/base.py`: IMAP pull (INBOX and Sent) and IDLE,
SMTP send with a copy filed in Sent, \\Seen both ways. Heavy modules load when first used."""

from __future__ import annotations

import argparse
import threading
from typing import Any

from shopinbox.channels.base import (
    Capabilities,
    Channel,
    OnChange,
    OnState,
    PullReport,
    SendOutcome,
)
from shopinbox.channels.email.convert import KIND

PULL_OPTIONS = ("batch_size", "workers")  # what the engine may pass on to `EmailSync`


class EmailChannel(Channel):
    kind = KIND
    title = "Email"
    identity_kind = "email"
    identity_kinds = ("email",)
    capabilities = Capabilities(subjects=True, html=True, attachments=True, push=True,
                                read_receipts=True)
    colour = "#d9822b"
    glyph = "@"
    order = 10
    form_module = "shopinbox.channels.email.form"
    names_module = "shopinbox.channels.email.names"

    def render_markup(self, text: str) -> str | None:
        from shopinbox.domain.promos.formats import to_email_html

        return to_email_html(text)

    def identity_label(self, value: str, display: str | None) -> str:
        return value  # the address itself: names are often missing or the same for two

    def pull(self, ctx: Any, account_id: int, *, on_change: OnChange | None = None,
             on_state: OnState | None = None, stop_event: threading.Event | None = None,
             **options: Any) -> PullReport:
        """One attempt (`retries=0`): the sync engine's policy retries. IMAP failures arrive
        as `MailConnectionError`, a `ShopError` with the code of what went wrong."""
        from shopinbox.channels.email.pull import EmailSync

        options = {k: v for k, v in options.items() if k in PULL_OPTIONS}
        sync = EmailSync(ctx, account_id, on_change=on_change, on_state=on_state,
                         stop_event=stop_event, **{**options, "retries": 0})
        return sync.sync_once()

    def listen(self, ctx: Any, account_id: int, *, on_change: OnChange | None = None,
               on_state: OnState | None = None, stop_event: threading.Event,
               **options: Any) -> None:
        from shopinbox.channels.email.pull import EmailSync

        EmailSync(ctx, account_id, on_change=on_change, on_state=on_state,
                  stop_event=stop_event, retries=0).listen(
            stop_event, **{k: v for k, v in options.items()
                           if k in ("poll_interval", "idle_timeout")})

    resumable_sends = True  # send.py records the SMTP hand-over as a step

    def send_rate(self, settings: dict[str, Any]) -> float | None:
        """Providers cap how fast a mailbox may send: the account's `messages_per_minute`
        setting (default 30 a minute, safe for most personal mailboxes)."""
        return float(settings.get("messages_per_minute") or 30) / 60.0

    def send(self, ctx: Any, message_id: int) -> SendOutcome:
        from shopinbox.channels.email.send import send_email

        return send_email(ctx, message_id)

    def delivery_id(self, outbox_id: str, settings: dict[str, Any]) -> str | None:
        from shopinbox.channels.email.send import message_id_for

        return message_id_for(outbox_id, str(settings.get("email") or ""))

    def delivered(self, ctx: Any, message_id: int) -> bool | None:
        from shopinbox.channels.email.send import delivered

        return delivered(ctx, message_id)

    def on_server(self, extra: dict[str, Any]) -> bool:
        return bool(extra.get("imap"))  # its folder and UID, recorded by the IMAP pull

    def mark_read(self, ctx: Any, message_ids: list[int], read: bool) -> int:
        from shopinbox.channels.email.flags import mark_read

        return mark_read(ctx, message_ids, read)

    def fetch_attachment(self, ctx: Any, attachment_id: int,
                         on_progress: Any = None) -> bytes | None:
        from shopinbox.channels.email.attachments import attachment_bytes

        return attachment_bytes(ctx, attachment_id, on_progress)

    def check(self, account: Any) -> Any:
        from shopinbox.channels.email.account import doctor_check

        return doctor_check(account)

    def register_cli(self, account_actions: argparse._SubParsersAction) -> None:
        from shopinbox.channels.email.cli import register

        register(account_actions)
