"""The people of a shop. Each desktop chooses who works at it (kept per desktop, not in the
database); what that person does carries their name: replies, notes, merges, assignment.

There are no passwords here: on a team database the PostgreSQL role a desktop logs in with is
the access control. Users work on SQLite too (one desktop, several people taking turns).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import event, select
from sqlalchemy.orm import Session

from shopinbox.app.core.context import AppContext
from shopinbox.domain.errors import ShopError
from shopinbox.domain.kinds import Direction
from shopinbox.store.models import Message, TeamUser

COLOURS = ("#2563eb", "#db2777", "#059669", "#d97706", "#7c3aed", "#0891b2", "#dc2626")
LANGUAGES = ("en", "pl", "ru")


@dataclass(frozen=True)
class UserView:
    id: int
    name: str
    language: str
    colour: str


def _view(row: TeamUser) -> UserView:
    return UserView(row.id, row.name, row.language, row.colour)


def list_users(ctx: AppContext) -> list[UserView]:
    with ctx.reader() as session:
        return [_view(u) for u in session.scalars(select(TeamUser).order_by(TeamUser.name))]


def user_names(ctx: AppContext) -> dict[int, str]:
    return {u.id: u.name for u in list_users(ctx)}


def add_user(ctx: AppContext, name: str, *, language: str = "en",
             colour: str | None = None) -> UserView:
    """A new user of the shop (or the existing one of that name)."""
    name = " ".join(name.split())
    if not name:
        raise ShopError("no_user_name")
    if language not in LANGUAGES:
        language = "en"
    with ctx.writer() as session, session.begin():
        existing = session.scalar(select(TeamUser).where(TeamUser.name == name))
        if existing is not None:
            return _view(existing)
        count = len(session.scalars(select(TeamUser.id)).all())
        row = TeamUser(name=name, language=language, colour=colour or COLOURS[count % len(COLOURS)])
        session.add(row)
        session.flush()
        return _view(row)


def get_user(ctx: AppContext, user_id: int | None) -> UserView | None:
    if user_id is None:
        return None
    with ctx.reader() as session:
        row = session.get(TeamUser, user_id)
        return _view(row) if row is not None else None


def current_user(ctx: AppContext) -> UserView | None:
    return get_user(ctx, ctx.user_id)


def use_user(ctx: AppContext, user_id: int | None) -> UserView | None:
    """This desktop works as `user_id` from now on: outgoing replies written through this
    context carry them as author (set in the same transaction that queues the reply)."""
    user = get_user(ctx, user_id)
    ctx.user_id = user.id if user is not None else None
    if not getattr(ctx, "_author_hook", False):
        def stamp_author(session: Session, _context: object, _instances: object) -> None:
            if ctx.user_id is None:
                return
            for item in session.new:
                if (isinstance(item, Message) and item.direction == Direction.OUTBOUND
                        and item.author_id is None):
                    item.author_id = ctx.user_id

        event.listen(ctx.writer, "before_flush", stamp_author)
        object.__setattr__(ctx, "_author_hook", True)
    return user
