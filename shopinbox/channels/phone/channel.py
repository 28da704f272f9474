"""Phone calls as a channel on the contract of `channels/base.py`, with the capability
`log_only`: the shop owner records a call by hand ("Log a call" on a customer, or `shopinbox
call log`), nothing is pulled and nothing is sent. A call is an ordinary `Message` row of
channel `phone` (direction in: the customer called; out: the shop called), so the timeline,
search and reports see it like any other contact; its length and outcome are in
`Message.extra["call"]` (`calls.py`)."""

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
from shopinbox.domain.errors import ShopError

KIND = "phone"


class PhoneChannel(Channel):
    kind = KIND
    title = "Phone"
    identity_kind = "phone"  # the shared `phone` identity (E.164) a call is with
    identity_kinds = ("phone",)
    capabilities = Capabilities(subjects=False, html=False, attachments=False, log_only=True)
    colour = "#2e7d32"
    glyph = "☎"
    order = 90  # after the messaging channels in filters
    names_module = "shopinbox.channels.phone.names"
    entry_form_module = "shopinbox.channels.phone.form"

    def pull(self, ctx: Any, account_id: int, *, on_change: OnChange | None = None,
             on_state: OnState | None = None, stop_event: threading.Event | None = None,
             **options: Any) -> PullReport:
        """Nothing to pull: calls are logged by hand (the engine never asks; see
        `registry.for_account`)."""
        return PullReport(account=str(account_id))

    def send(self, ctx: Any, message_id: int) -> SendOutcome:
        raise ShopError("no_sender", kind=KIND)

    def on_server(self, extra: dict[str, Any]) -> bool:
        return False  # a logged call lives only here

    def register_commands(self, commands: argparse._SubParsersAction) -> None:
        from shopinbox.channels.phone.cli import register

        register(commands)
