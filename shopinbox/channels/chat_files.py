"""What the chat channels (Telegram, VK) share when a batch of messages comes in: the new
messages of a batch (edits included) and fetching their files, a few at a time, only for
messages the store does not hold yet (a batch fetched again after a crash does not download
again what was committed). How one file is fetched and what a failure says is the channel's."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Iterable, Sequence
from typing import Protocol

from sqlalchemy import select

from shopinbox.app.core.context import AppContext
from shopinbox.domain.messages import IncomingAttachment, IncomingMessage
from shopinbox.store.models import Message

PARALLEL_DOWNLOADS = 4


class _Edit(Protocol):
    @property
    def message(self) -> IncomingMessage: ...


class Converted(Protocol):
    """A converted update or event: maybe a new message, maybe an edit of one."""

    @property
    def message(self) -> IncomingMessage | None: ...

    @property
    def edit(self) -> _Edit | None: ...


def messages_of(batch: Iterable[Converted]) -> list[IncomingMessage]:
    """The messages of a batch: the new ones, then the edited ones."""
    batch = list(batch)
    found = [c.message for c in batch if c.message is not None]
    return found + [c.edit.message for c in batch if c.edit is not None]


async def download_new_files(ctx: AppContext, account_id: int,
                             messages: Sequence[IncomingMessage],
                             fetch: Callable[[IncomingAttachment], Awaitable[None]]) -> None:
    """Run `fetch` (which sets the attachment's content or note) for every attachment not
    downloaded yet of the messages the store does not hold, PARALLEL_DOWNLOADS at a time."""
    if not any(m.attachments for m in messages):
        return
    with ctx.reader() as session:
        known = set(session.scalars(select(Message.external_id).where(
            Message.account_id == account_id,
            Message.external_id.in_([m.external_id for m in messages]))))
    wanted = [a for m in messages if m.external_id not in known for a in m.attachments
              if a.content is None and a.locator]
    limit = asyncio.Semaphore(PARALLEL_DOWNLOADS)

    async def one(attachment: IncomingAttachment) -> None:
        async with limit:
            await fetch(attachment)

    await asyncio.gather(*(one(a) for a in wanted))
