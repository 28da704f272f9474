"""Where the composer can send a reply: per channel, whether the customer can be reached there
(and if not, why), the accounts that can send on it, and the default (where the customer last
wrote from)."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select

from shopinbox.app.core.context import AppContext
from shopinbox.channels import registry
from shopinbox.domain.kinds import Direction
from shopinbox.store.models import Account, Identity, Message


@dataclass
class ChannelOption:
    channel: str
    reachable: bool
    reason: str  # empty when reachable; a short, untranslated code otherwise
    accounts: list[tuple[int, str]] = field(default_factory=list)
    default_account_id: int | None = None


@dataclass
class ReplyOptions:
    channels: list[ChannelOption]
    default_channel: str | None


def reply_options(ctx: AppContext, customer_id: int) -> ReplyOptions:
    """Reasons are codes the window translates: `no-identity`, `unreachable:<detail>`,
    `no-account`."""
    with ctx.reader() as session:
        identities = session.scalars(
            select(Identity).where(Identity.customer_id == customer_id)).all()
        accounts = session.scalars(select(Account).where(Account.enabled.is_(True))
                                   .order_by(Account.name)).all()
        last_by_channel = {}
        for channel in registry.channels():
            last = session.execute(
                select(Message.account_id, Message.sent_at)
                .where(Message.customer_id == customer_id, Message.channel == channel.kind,
                       Message.direction == Direction.INBOUND)
                .order_by(Message.sent_at.desc(), Message.id.desc()).limit(1)
            ).first()
            if last is not None:
                last_by_channel[channel.kind] = last
    options = []
    for channel in registry.channels():
        usable = [(a.id, a.name) for a in accounts if _sends_on(a, channel.kind)]
        mine = [i for i in identities if i.kind == channel.identity_kind]
        reachable = [i for i in mine if not i.unreachable_reason]
        reason = ""
        if not mine:
            reason = "no-identity"
        elif not reachable:
            reason = f"unreachable:{mine[0].unreachable_reason}"
        elif not usable:
            reason = "no-account"
        last = last_by_channel.get(channel.kind)
        default_account = last[0] if last and last[0] in {a for a, _ in usable} else (
            usable[0][0] if usable else None)
        options.append(ChannelOption(channel.kind, not reason, reason, usable, default_account))
    reachable_channels = [o.channel for o in options if o.reachable]
    ordered = sorted(last_by_channel.items(), key=lambda item: item[1][1], reverse=True)
    default = next((c for c, _ in ordered if c in reachable_channels), None)
    if default is None and reachable_channels:
        default = reachable_channels[0]
    return ReplyOptions(options, default)


def _sends_on(account: Account, channel: str) -> bool:
    """An account sends on its channel; a demo account says which in its settings."""
    found = registry.for_account(account.kind, account.settings)
    return found is not None and found.kind == channel


def account_name(ctx: AppContext, account_id: int) -> str | None:
    with ctx.reader() as session:
        account = session.get(Account, account_id)
        return account.name if account else None
