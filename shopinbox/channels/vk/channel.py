"""The VK channel on the contract of `channels/base.py`: a community's messages through the VK
API 5.199 (Bots Long Poll `a_check` in push mode, `users.get`, `messages.send` with a
`random_id`). The API host is a setting (`api_url`). Heavy modules load when used."""

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
from shopinbox.channels.vk.convert import KIND


class VkChannel(Channel):
    kind = KIND
    title = "VK"
    identity_kind = "vk"
    identity_kinds = ("vk",)
    capabilities = Capabilities(subjects=False, html=False, edits=True, attachments=True,
                                push=True, max_text_length=4096, read_receipts=True)
    colour = "#0077ff"
    glyph = "V"
    order = 30
    form_module = "shopinbox.channels.vk.form"
    names_module = "shopinbox.channels.vk.names"

    def _run(self, ctx: Any, account_id: int, *, once: bool, on_change: OnChange | None,
             stop_event: threading.Event | None, wait: int) -> PullReport:
        from shopinbox.channels.vk.pull import sync_vk_account, vk_summary
        from shopinbox.store.models import Account

        with ctx.reader() as session:
            account = session.get(Account, account_id)
        report = sync_vk_account(ctx, account, once=once, stop_event=stop_event, wait=wait,
                                 on_change=on_change)
        report.text = vk_summary(report)
        return report

    def pull(self, ctx: Any, account_id: int, *, on_change: OnChange | None = None,
             on_state: OnState | None = None, stop_event: threading.Event | None = None,
             **options: Any) -> PullReport:
        return self._run(ctx, account_id, once=True, on_change=on_change,
                         stop_event=stop_event, wait=0)

    def listen(self, ctx: Any, account_id: int, *, on_change: OnChange | None = None,
               on_state: OnState | None = None, stop_event: threading.Event,
               **options: Any) -> None:
        self._run(ctx, account_id, once=False, on_change=on_change, stop_event=stop_event,
                  wait=int(options.get("poll_timeout", 25)))

    def send(self, ctx: Any, message_id: int) -> SendOutcome:
        from shopinbox.channels.vk.send import send_vk_message

        return send_vk_message(ctx, message_id)

    def mark_read(self, ctx: Any, message_ids: list[int], read: bool) -> int:
        from shopinbox.channels.vk.read import mark_read

        return mark_read(ctx, message_ids, read)

    def check(self, account: Any) -> Any:
        from shopinbox.channels.vk.account import connection_test

        return connection_test(account)

    def register_cli(self, account_actions: argparse._SubParsersAction) -> None:
        from shopinbox.channels.vk.cli import register

        register(account_actions)

    def account_summary(self, settings: dict[str, Any]) -> str:
        name, screen = settings.get("display_name"), settings.get("username")
        if name and screen:
            return f"{name} (@{screen})"
        return str(name or (f"@{screen}" if screen else ""))

    def identity_label(self, value: str, display: str | None) -> str:
        """"Ольга Смирнова (@olga_sm)", or VK's own form of a bare user id (vk.com/id…)."""
        return display or f"id{value}"

    def sender_address(self, account_name: str, settings: dict[str, Any]) -> str:
        return str(settings.get("username") or account_name)
