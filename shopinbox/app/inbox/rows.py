"""The inbox's filter and display row, and the quick first page for the window's start.

Kept apart from `listing` (which needs SQLAlchemy and the models) so that the window can show
its first page before those are imported: `quick_first_page` reads it with sqlite3
(`store/first_page.py`) when the profile was opened without an engine yet.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING

from shopinbox.domain.kinds import ConversationStatus
from shopinbox.store.first_page import read_accounts, read_first_page

if TYPE_CHECKING:
    from shopinbox.app.core.context import AppContext

STATUSES = ("open", "snoozed", "done", "all")


@dataclass(frozen=True)
class InboxFilter:
    """What the user narrowed the inbox to; `None` means no restriction."""

    status: str = ConversationStatus.OPEN
    channel: str | None = None
    account_id: int | None = None
    label: str | None = None
    unread_only: bool = False
    # Team mode: "mine" (assigned to user `me`) or "unassigned".
    assigned: str | None = None
    me: int | None = None
    # What the newest inbound message wants (`domain.intents.INTENTS`), e.g. "where_is_my_order".
    intent: str | None = None

    @property
    def plain(self) -> bool:
        """Only status and unread narrow it (what the quick first page can read)."""
        return (self.channel is None and self.account_id is None and self.label is None
                and self.assigned is None and self.intent is None)


@dataclass
class InboxRow:
    id: int
    name: str
    channels: list[str]
    snippet: str
    last_activity: datetime | None
    unread: int
    status: str
    snoozed_until: datetime | None
    labels: list[str] = field(default_factory=list)
    assignee: str = ""  # team mode: the user it is assigned to
    intents: list[str] = field(default_factory=list)  # of the newest inbound message


def quick_first_page(ctx: AppContext, wanted: InboxFilter,
                     count: int) -> tuple[list[int], dict[int, InboxRow]] | None:
    """(matching ids, rows of the first `count`) read without SQLAlchemy, or None when this
    profile or filter needs the full query (an engine already made, team mode, a filter on
    channel, account, label, assignee or intent). The rows carry no intents: those come with
    the next background refresh of the page."""
    database = ctx.own_sqlite_file
    if ctx.connected or database is None or not wanted.plain:
        return None
    status = None if wanted.status == "all" else wanted.status
    ids, rows = read_first_page(database, status, wanted.unread_only, count)
    return ids, {row["id"]: InboxRow(
        id=row["id"], name=row["name"], channels=row["channels"],
        snippet=" ".join(row["snippet"].split())[:160], last_activity=row["last_activity"],
        unread=row["unread"], status=row["status"], snoozed_until=row["snoozed_until"],
        labels=row["labels"], assignee=(row["assignee"] or "") if row["assignee_id"] else "",
    ) for row in rows}


def accounts_at_start(ctx: AppContext) -> tuple[list[tuple[int, str, str]], dict[int, str]]:
    """(`listing.accounts_brief`, `listing.account_errors`) in one read — with sqlite3 while
    the profile has no engine yet (the window's start), else through the listing."""
    database = ctx.own_sqlite_file
    if ctx.connected or database is None:
        from shopinbox.app.inbox.listing import account_errors, accounts_brief

        return accounts_brief(ctx), account_errors(ctx)
    rows = read_accounts(database)
    return ([(id_, name, kind) for id_, name, kind, _error in rows],
            {id_: error for id_, _name, _kind, error in rows if error is not None})
