"""The Telegram channel on the contract of `channels/base.py`: a shop's bot through the Bot API
(getUpdates long polling, sendMessage/sendPhoto/sendDocument). Heavy modules load when used."""

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
from shopinbox.channels.telegram.convert import KIND
from shopinbox.domain.errors import ShopError


class TelegramChannel(Channel):
    kind = KIND
    title = "Telegram"
    identity_kind = "telegram"
    identity_kinds = ("telegram",)
    capabilities = Capabilities(subjects=False, html=False, edits=True, attachments=True,
                                push=True, max_text_length=4096)
    colour = "#2a9fd6"
    glyph = "T"
    order = 20
    form_module = "shopinbox.channels.telegram.form"
    names_module = "shopinbox.channels.telegram.names"

    def _run(self, ctx: Any, account_id: int, *, once: bool, on_change: OnChange | None,
             stop_event: threading.Event | None, poll_timeout: int) -> PullReport:
        from shopinbox.channels.telegram.pull import sync_telegram_account
        from shopinbox.store.models import Account

        with ctx.reader() as session:
            account = session.get(Account, account_id)
        report = sync_telegram_account(ctx, account, once=once, poll_timeout=poll_timeout,
                                       stop_event=stop_event, on_change=on_change)
        if report.error:
            raise report.failure or ShopError("internal", detail=report.error)
        counts = report.counts
        report.text = (f"{counts['updates']} update(s), {report.new_messages} new message(s), "
                       f"{counts['edited']} edited, {counts['files']} file(s)")
        return report

    def pull(self, ctx: Any, account_id: int, *, on_change: OnChange | None = None,
             on_state: OnState | None = None, stop_event: threading.Event | None = None,
             **options: Any) -> PullReport:
        return self._run(ctx, account_id, once=True, on_change=on_change,
                         stop_event=stop_event, poll_timeout=0)

    def listen(self, ctx: Any, account_id: int, *, on_change: OnChange | None = None,
               on_state: OnState | None = None, stop_event: threading.Event,
               **options: Any) -> None:
        self._run(ctx, account_id, once=False, on_change=on_change, stop_event=stop_event,
                  poll_timeout=int(options.get("poll_timeout", 25)))

    resumable_sends = True  # send.py records each part as a step

    def send_rate(self, settings: dict[str, Any]) -> float | None:
        """The Bot API allows about 30 messages per second per bot to different chats (and
        one per second per chat, which a campaign's one message per chat keeps); 25 leaves
        room for the inbox's own replies. A `messages_per_second` setting lowers it."""
        return min(25.0, float(settings.get("messages_per_second") or 25.0))

    def send(self, ctx: Any, message_id: int) -> SendOutcome:
        from shopinbox.channels.telegram.send import send_telegram_message

        return send_telegram_message(ctx, message_id)

    def fetch_attachment(self, ctx: Any, attachment_id: int,
                         on_progress: Any = None) -> bytes | None:
        from shopinbox.channels.telegram.files import fetch_file

        return fetch_file(ctx, attachment_id, on_progress)

    def check(self, account: Any) -> Any:
        from shopinbox.channels.telegram.account import connection_test

        return connection_test(account)

    def register_cli(self, account_actions: argparse._SubParsersAction) -> None:
        from shopinbox.channels.telegram.cli import register

        register(account_actions)

    def render_markup(self, text: str) -> str | None:
        from shopinbox.domain.promos.formats import to_telegram_html

        return to_telegram_html(text)  # sent with parse_mode=HTML

    def preview_html(self, subject: str, markup: str | None, text: str) -> str:
        return (markup or "").replace("\n", "<br>")  # Telegram keeps newlines, not <p>

    def account_summary(self, settings: dict[str, Any]) -> str:
        username = settings.get("username")
        return f"@{username}" if username else ""
