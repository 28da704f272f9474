"""The one contract every channel package implements (Chatwoot's `Channelable`, Apprise's plugin
base): a channel is one class on this base, found through `channels/registry.py`.

A channel package `shopinbox/channels/<kind>/` holds everything that is only that channel's:
the connector (network), `convert/` (raw items to messages: pure, no I/O), pull and send, text
format and limits, identity kinds, colour and glyph, the account form (`form.py`, the only part
importing widgets, loaded lazily by ui/), the CLI `account add-<kind>` (`cli.py`) and the doctor
check. Its `__init__.py` exposes `CHANNEL`, an instance of its `Channel` subclass, and imports
nothing heavy: the registry imports every channel package at start-up.

Shared code (app/, ui/, commands/) never names a channel: it asks the registry which channels
exist and what each can do (`capabilities`), and calls these methods.
"""

from __future__ import annotations

import argparse
import sys
import threading
from abc import ABC, abstractmethod
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from shopinbox.domain.sync_report import PullReport as PullReport  # the report shape, re-exported

if TYPE_CHECKING:  # type hints only: app/ imports this module, never the other way at run time
    from shopinbox.app.core.context import AppContext
    from shopinbox.app.core.doctor import Check
    from shopinbox.store.models import Account

OnChange = Callable[[set[int]], None]  # customer ids whose data a committed batch changed
OnState = Callable[[str], None]  # progress in English for logs ("retrying in 2 s")
OnProgress = Callable[[int, int], None]  # bytes done, bytes expected (a download)


@dataclass(frozen=True)
class Capabilities:
    """What the composer, the timeline and the sync engine may expect of a channel."""

    subjects: bool = False  # replies carry a subject line
    html: bool = False  # messages may carry sanitised HTML
    edits: bool = False  # the customer can edit a sent message (earlier texts are kept)
    attachments: bool = True
    push: bool = False  # `listen()` waits for new items (IMAP IDLE, long polling)
    max_text_length: int | None = None  # per message; longer replies are split by `send`
    read_receipts: bool = False  # `mark_read` tells the server
    # A log-only channel (phone calls): the user records its entries by hand, one dialog per
    # entry (`entry_form_module`). It has no account to add, nothing to pull and nothing to
    # send — menus of accounts, reply channels, campaigns and the sync engine leave it out
    # (`registry.messaging_channels()`) — and its entries are ordinary message rows stored
    # under one account of its kind that the channel creates itself, so the timeline,
    # search and reports see them without special cases.
    log_only: bool = False


@dataclass
class SendOutcome:
    """What `send` reports. `external_id` replaces the provisional outbox id when known."""

    external_id: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)


class Channel(ABC):
    """One messaging channel. Account kind, `Message.channel` and the registry key are `kind`."""

    kind: ClassVar[str]
    title: ClassVar[str]  # English name ("Email"); the form module gives the translated one
    identity_kind: ClassVar[str]  # the Identity.kind a reply on this channel goes to
    identity_kinds: ClassVar[tuple[str, ...]] = ()  # every identity kind the channel brings
    capabilities: ClassVar[Capabilities] = Capabilities()
    colour: ClassVar[str] = "#7a869a"  # icon colour
    glyph: ClassVar[str] = "?"  # one character drawn on the icon when it ships no `icon.svg`
    order: ClassVar[int] = 100  # place in menus and filters (smaller first)
    form_module: ClassVar[str | None] = None  # dotted name of the Qt account form module
    # dotted name of a light module with `texts()`: the channel's names in the UI language
    # (read at start-up by the inbox filter, so it must not import the connector)
    names_module: ClassVar[str | None] = None
    # Log-only channels: dotted name of the Qt module whose `open_entry_dialog(parent, ctx,
    # ops, customer_id)` records one entry for a customer (the customer panel offers it, with
    # the names module's `texts()["log"]` as the button's text).
    entry_form_module: ClassVar[str | None] = None

    # -- receiving --
    @abstractmethod
    def pull(self, ctx: AppContext, account_id: int, *, on_change: OnChange | None = None,
             on_state: OnState | None = None, stop_event: threading.Event | None = None,
             **options: Any) -> PullReport:
        """One bounded round: fetch what is new, store it with the channel's cursor in the same
        transaction per batch, and return. Raises `ShopError` (auth_failed, throttled(until),
        server_unreachable, …); the sync engine decides about retries."""

    def listen(self, ctx: AppContext, account_id: int, *, on_change: OnChange | None = None,
               on_state: OnState | None = None, stop_event: threading.Event,
               **options: Any) -> None:
        """Push mode (only where `capabilities.push`): keep storing new items as they arrive
        until `stop_event` is set. Raises `ShopError` like `pull`."""
        raise NotImplementedError(f"{self.kind} has no push mode")

    # -- sending --
    # `send` records each step that reaches the server through the outbox's `begin_step` /
    # `end_step` (app/outbox/sending.py) and skips the steps already done, so a send
    # interrupted with no step in flight is resumed safely; False: an interrupted send is
    # shown as "may have been sent" for the user to check.
    resumable_sends: ClassVar[bool] = False

    @abstractmethod
    def send(self, ctx: AppContext, message_id: int) -> SendOutcome:
        """Deliver one claimed outbox message (state `sending`). Raises `ShopError`: a
        retryable code leaves it to the retry policy, any other fails it for the user."""

    def send_rate(self, settings: dict[str, Any]) -> float | None:
        """How many messages per second one account may send to different recipients (an
        API's or a provider's limit): campaigns pace themselves by it. None: no known limit."""
        return None

    def delivery_id(self, outbox_id: str, settings: dict[str, Any]) -> str | None:
        """The id the server will know a reply by (email: its Message-ID), fixed when the
        outbox claims it — so the copy a later pull brings back (the Sent folder) is the same
        message, and proves it went out. None: known only after sending."""
        return None

    def delivered(self, ctx: AppContext, message_id: int) -> bool | None:
        """Whether the server holds an interrupted reply (asked before it is sent again):
        True delivered, False not there, None: this channel cannot tell. May use the network;
        raises `ShopError` when the server cannot be asked."""
        return None

    def on_server(self, extra: dict[str, Any]) -> bool:
        """Whether the server holds this stored message (so `mark_read` can reach it); demo and
        imported messages are only local."""
        return True

    def mark_read(self, ctx: AppContext, message_ids: list[int], read: bool) -> int:
        """Tell the server these messages were read (or unread); returns how many it took."""
        return 0

    def fetch_attachment(self, ctx: AppContext, attachment_id: int,
                         on_progress: OnProgress | None = None) -> bytes | None:
        """The content of a stored attachment whose bytes are not in the profile yet (a pull
        that only described it): fetched from the server now, stored by hash, returned.
        Raises `ShopError` (server_unreachable when offline, …); None: this channel cannot."""
        return None

    # -- set-up --
    def icon_file(self) -> Path | None:
        """The channel's shipped icon: `icon.svg` in its package (square, drawn for 16–32 px);
        None: the window draws its `glyph` on its `colour` instead."""
        module = sys.modules.get(type(self).__module__)
        found = Path(module.__file__).parent / "icon.svg" if module and module.__file__ else None
        return found if found is not None and found.exists() else None

    def check(self, account: Account) -> Check | None:
        """The doctor's connection test of one account (None: nothing to test)."""
        return None

    def register_cli(self, account_actions: argparse._SubParsersAction) -> None:
        """Add `shopinbox account add-<kind>` (and any other account actions)."""
        return None

    def register_commands(self, commands: argparse._SubParsersAction) -> None:
        """Add the channel's own top-level commands (a log-only channel's `shopinbox call
        log`); most channels have none."""
        return None

    def account_summary(self, settings: dict[str, Any]) -> str:
        """A short line for the account list (an address, a bot name)."""
        return str(settings.get("email") or settings.get("username") or "")

    def sender_address(self, account_name: str, settings: dict[str, Any]) -> str:
        """What an outgoing message records as its sender."""
        return str(settings.get("email") or settings.get("username") or account_name)

    def render_markup(self, text: str) -> str | None:
        """The HTML body this channel sends for a promo text (plain text with `**bold**` and
        bare links, domain/promos/formats.py); None: the channel sends text only."""
        return None

    def preview_html(self, subject: str, markup: str | None, text: str) -> str:
        """How the promo editor previews a rendered reply for this channel."""
        import html

        body = markup if markup is not None else html.escape(text).replace("\n", "<br>")
        return f"<p><b>{html.escape(subject)}</b></p>{body}" if subject else body

    def identity_label(self, value: str, display: str | None) -> str:
        """How an identity of this channel is shown (an address, a @username)."""
        return display or value

    def reply_warnings(self, text: str) -> list[str]:
        """Codes of the channel's rules this reply text would break (e.g. a marketplace's rules
        for what a seller may write); the composer shows them, worded by the channel's names
        module (`texts()["warning:<code>"]`), and still lets the user send. Pure and quick: it
        runs while the user types."""
        return []

    def extra_secrets(self, account_name: str) -> list[str]:
        """Keyring entries (named like accounts, for app/core/secrets.py) the channel keeps for
        an account besides its own secret, e.g. OAuth tokens; removed with the account."""
        return []

    def api_client(self, account: Account) -> Any:
        """A connected client of this account's API for a sibling order source of the same
        kind (one sign-in for messages and orders; `app/core/connections.py` hands it over).
        None: the channel has none to share."""
        return None

    def reply_subject(self, previous: str | None) -> str:
        """The subject of a reply to a message with `previous` as its subject."""
        if not self.capabilities.subjects:
            return ""
        previous = previous or ""
        return previous if previous.lower().startswith("re:") else f"Re: {previous}"
