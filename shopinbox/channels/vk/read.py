"""Read receipts: when the shop reads a customer's messages in shopinbox, VK is told
(`messages.markAsRead` with the community's `group_id` and the newest message read), so the
customer sees them read in VK as if the shop had opened the conversation there. VK has no
"mark unread" for a community, so marking a message unread stays local."""

from __future__ import annotations

import asyncio
import logging

from sqlalchemy import select

from shopinbox.app.core.context import AppContext
from shopinbox.app.core.secrets import load_secret
from shopinbox.channels.vk.client import VkClient, VkFailure
from shopinbox.channels.vk.convert import KIND
from shopinbox.domain.kinds import Direction
from shopinbox.store.models import Account, Message

log = logging.getLogger(__name__)


def mark_read(ctx: AppContext, message_ids: list[int], read: bool) -> int:
    """Returns how many of the messages VK took as read (0 when unread was asked)."""
    if not read or not message_ids:
        return 0
    with ctx.reader() as session:
        rows = session.execute(select(Message.account_id, Message.external_id).where(
            Message.id.in_(message_ids), Message.channel == KIND,
            Message.direction == Direction.INBOUND)).all()
        accounts = {a.id: a for a in session.scalars(select(Account).where(
            Account.id.in_({r[0] for r in rows})))}
    newest: dict[tuple[int, int], int] = {}  # (account, peer) -> newest message id read
    counts: dict[tuple[int, int], int] = {}
    for account_id, external in rows:
        peer_text, _, mid = external.partition(":")
        if not (peer_text.isdigit() and mid.isdigit()):
            continue
        key = (account_id, int(peer_text))
        newest[key] = max(newest.get(key, 0), int(mid))
        counts[key] = counts.get(key, 0) + 1
    done = 0
    for (account_id, peer), message_id in newest.items():
        account = accounts.get(account_id)
        if account is None or account.kind != KIND:
            continue
        settings = dict(account.settings or {})
        try:
            token = load_secret(account.name, account.secret_ref)
            asyncio.run(_mark(token, settings.get("api_url"), int(settings["group_id"]), peer,
                              message_id))
        except VkFailure as error:  # the local mark stands; the next read tries again
            log.info("vk: messages of %s not marked read: %s", peer, error.for_log())
            continue
        done += counts[(account_id, peer)]
    return done


async def _mark(token: str, api_url: str | None, group_id: int, peer: int,
                message_id: int) -> None:
    async with VkClient(token, api_url, attempts=2) as client:
        await client.call("messages.markAsRead", peer_id=peer, group_id=group_id,
                          start_message_id=message_id)
