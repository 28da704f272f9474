"""The window's side of team mode (app/team/live.py): the live link to the other desktops.

On a team database the window opens a `TeamLink` as the user of this desktop. What another
desktop changed arrives on the link's listener thread and is handed to the UI thread by a queued
signal, then runs through `ops.announce` — the same targeted row refresh as a local change.
What an operation of this window changed is published after it committed. "… is replying"
comes the same way and shows in the conversation bar; a quiet typist expires after a few
seconds (a timer here, so a crashed desktop does not leave it standing).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from shopinbox.app.core.changes import Changes
from shopinbox.app.core.context import AppContext
from shopinbox.app.team.live import TeamLink
from shopinbox.app.team.users import UserView, current_user, list_users


class TeamBridge(QObject):
    changes_heard = Signal(object)  # Changes from another desktop (queued to the UI thread)
    presence_heard = Signal(int)  # customer id whose "is replying" changed
    users_loaded = Signal(object)  # list[UserView]

    def __init__(self, ctx: AppContext, window, parent: QObject | None = None) -> None:
        super().__init__(parent or window)
        self.ctx, self.window = ctx, window
        user = current_user(ctx)
        self.user: UserView | None = user
        self.users: list[UserView] = []
        self.link = TeamLink(ctx, on_changes=self.changes_heard.emit,
                             on_presence=self.presence_heard.emit,
                             name=user.name if user is not None else "")
        self.link.colour = user.colour if user is not None else ""
        self.changes_heard.connect(self._heard)
        self.presence_heard.connect(self._presence)
        self.expiry = QTimer(self, interval=1000)
        self.expiry.timeout.connect(self._expire)
        self.expiry.start()
        window.ops.publish = self.link.publish
        self.link.start()
        self.load_users()

    def load_users(self) -> None:
        self.window.ops.query(list_users, self.ctx, on_done=self._users)

    def _users(self, users: list[UserView]) -> None:
        self.users = users
        self.users_loaded.emit(users)

    def _heard(self, changes: Changes) -> None:
        if self.window.closing:
            return
        if changes.settings and self.window.customer_id is not None:
            # A shop setting changed elsewhere (order-number prefixes, business hours …):
            # the open conversation is read again with it.
            changes = changes | Changes(customer_ids={self.window.customer_id})
        self.window.ops.announce(changes)

    def _presence(self, customer_id: int) -> None:
        self._show_in_inbox({customer_id})
        if customer_id == self.window.customer_id:
            self.show_replying()

    def _expire(self) -> None:
        expired = self.link.presence.expire()
        if expired:
            self._show_in_inbox(expired)
        if self.window.customer_id in expired:
            self.show_replying()

    def _names(self, customer_id: int) -> list[str]:
        return [t.name or self.tr("Someone") for t in self.link.presence.replying(customer_id)]

    def _show_in_inbox(self, customer_ids: set[int]) -> None:
        """The inbox rows of these customers say who is replying (repainted, not re-read)."""
        delegate = self.window.inbox.list.itemDelegate()
        replying = dict(getattr(delegate, "replying", {}))
        for customer_id in customer_ids:
            names = self._names(customer_id)
            if names:
                replying[customer_id] = ", ".join(names)
            else:
                replying.pop(customer_id, None)
        delegate.replying = replying  # type: ignore[attr-defined]
        self.window.inbox.list.viewport().update()

    def show_replying(self) -> None:
        """'Anna is replying' on the open conversation (nothing when nobody is)."""
        customer_id = self.window.customer_id
        self.window.bar.show_replying(self._names(customer_id) if customer_id is not None
                                      else [])

    def stop(self) -> None:
        self.expiry.stop()
        self.window.ops.publish = None
        self.link.stop_typing()
        self.link.stop()
