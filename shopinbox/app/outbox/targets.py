"""The one rule for where a reply goes, used by the composer (to offer the choices) and by
`queue_reply` (to decide): per channel, whether the customer can be reached there (and if not,
why), which accounts can send on it, which identity the reply goes to, and the defaults.

- Channels come from the registry; a channel's identity kind says which identities it reaches.
- An account sends on a channel when `registry.for_account(kind, settings)` is that channel (a
  demo account names the channel it stands in for); disabled accounts do not send.
- Default channel: where the customer last wrote from (among reachable channels), else the first
  reachable one. Default account: the one that received that last message, else the first.
- Identity: the one the customer last wrote from on that channel, else the first reachable one.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from shopinbox.app.core.context import AppContext
from shopinbox.channels import registry
from shopinbox.domain.errors import ShopError
from shopinbox.domain.kinds import Direction
from shopinbox.store.models import Account, Identity, Message


class OutboxError(ShopError):
    """A reply cannot be queued (`empty_reply`, `unknown_customer`, `no_channel_chosen`,
    `recipient_missing`, `recipient_blocked`, `unknown_account`, `no_account_for_channel`,
    `unsupported_account` …)."""


@dataclass
class ChannelOption:
    channel: str
    reachable: bool
    reason: str  # empty when reachable; a short, untranslated code otherwise
    accounts: list[tuple[int, str]] = field(default_factory=list)
    default_account_id: int | None = None
    identity_id: int | None = None  # where a reply on this channel goes
    reply_to_message_id: int | None = None  # the customer's last message on this channel
    unreachable_reason: str = ""  # the identity's own reason, when `reason` is unreachable:…


@dataclass
class ReplyOptions:
    channels: list[ChannelOption]
    default_channel: str | None

    def option(self, channel: str | None) -> ChannelOption | None:
        return next((o for o in self.channels if o.channel == channel), None)


@dataclass
class ReplyTarget:
    channel: str
    account_id: int
    identity_id: int
    reply_to_message_id: int | None


def sends_on(account_kind: str, settings: dict | None, channel: str) -> bool:
    found = registry.for_account(account_kind, settings)
    return found is not None and found.kind == channel


def options_in(session: Session, customer_id: int) -> ReplyOptions:
    """Reasons are codes the window translates: `no-identity`, `unreachable:<detail>`,
    `no-account`."""
    identities = session.scalars(
        select(Identity).where(Identity.customer_id == customer_id).order_by(Identity.id)).all()
    accounts = session.scalars(select(Account).where(Account.enabled.is_(True))
                               .order_by(Account.name)).all()
    last: dict[str, tuple[int, int, int | None, datetime]] = {}
    for row in session.execute(
        select(Message.id, Message.channel, Message.account_id, Message.identity_id,
               Message.sent_at)
        .where(Message.customer_id == customer_id, Message.direction == Direction.INBOUND)
        .order_by(Message.sent_at.desc(), Message.id.desc())
    ):
        last.setdefault(row.channel, (row.id, row.account_id, row.identity_id, row.sent_at))
    options = []
    for channel in registry.messaging_channels():  # not log-only ones: no reply goes there
        usable = [(a.id, a.name) for a in accounts if sends_on(a.kind, a.settings, channel.kind)]
        mine = [i for i in identities if i.kind == channel.identity_kind]
        reachable = [i for i in mine if not i.unreachable_reason]
        reason = ""
        if not mine:
            reason = "no-identity"
        elif not reachable:
            reason = f"unreachable:{mine[0].unreachable_reason}"
        elif not usable:
            reason = "no-account"
        latest = last.get(channel.kind)
        usable_ids = {a for a, _ in usable}
        default_account = latest[1] if latest and latest[1] in usable_ids else (
            usable[0][0] if usable else None)
        identity = reachable[0].id if reachable else None
        if latest is not None and latest[2] in {i.id for i in reachable}:
            identity = latest[2]
        options.append(ChannelOption(
            channel.kind, not reason, reason, usable, default_account, identity,
            latest[0] if latest else None, mine[0].unreachable_reason or "" if mine else ""))
    reachable_channels = [o.channel for o in options if o.reachable]
    newest_first = sorted(last.items(), key=lambda item: item[1][3], reverse=True)
    default = next((c for c, _ in newest_first if c in reachable_channels), None)
    if default is None and reachable_channels:
        default = reachable_channels[0]
    return ReplyOptions(options, default)


def reply_options(ctx: AppContext, customer_id: int) -> ReplyOptions:
    with ctx.reader() as session:
        return options_in(session, customer_id)


def choose_target(session: Session, customer_id: int, channel: str | None,
                  account_name: str | None) -> ReplyTarget:
    """Decide by the rule above; a channel the customer cannot be reached on (or no account to
    send with) raises OutboxError with the reason."""
    options = options_in(session, customer_id)
    if channel is None:
        channel = options.default_channel
        if channel is None:
            raise OutboxError("no_channel_chosen")
    option = options.option(channel)
    if option is None:
        raise OutboxError("unknown_channel", channel=channel)
    if option.reason == "no-identity":
        raise OutboxError("recipient_missing", channel=channel)
    if option.reason.startswith("unreachable:"):
        raise OutboxError("recipient_blocked", channel=channel,
                          detail=option.unreachable_reason)
    if account_name:
        account = session.scalar(select(Account).where(Account.name == account_name))
        if account is None:
            raise OutboxError("unknown_account", name=account_name)
        if not sends_on(account.kind, account.settings, channel):
            raise OutboxError("unsupported_account", kind=account.kind)  # not on this channel
        account_id = account.id
    elif option.default_account_id is None:
        raise OutboxError("no_account_for_channel", channel=channel)
    else:
        account_id = option.default_account_id
    assert option.identity_id is not None  # reachable: there is an identity
    return ReplyTarget(channel, account_id, option.identity_id, option.reply_to_message_id)
