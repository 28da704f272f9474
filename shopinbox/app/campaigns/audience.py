"""Who of a segment a campaign reaches, on which channel and account, and who is left out and
why — the one rule the preview, the dry run and the run share.

- Marketing needs recorded consent and no opt-out (`no_consent`, `opted_out`).
- The channel: the customer's preferred one (set by hand) when reachable, else the channel
  they last wrote from, else the first reachable channel in menu order. Reachable: an identity
  of the channel's kind that is not marked unreachable (a Telegram user who blocked the bot is;
  one who never started the bot has no identity), and an enabled account sending on it —
  preferably the account they wrote to. Left out: `unreachable`, `no_account`.
"""

from __future__ import annotations

from dataclasses import dataclass

from shopinbox.app.outbox.targets import sends_on
from shopinbox.channels import registry
from shopinbox.store.campaigns import ReachFacts
from shopinbox.store.models import Account


@dataclass
class Choice:
    customer_id: int
    channel: str | None = None
    account_id: int | None = None
    identity_id: int | None = None
    skip: str | None = None  # why left out (None: reached)


def choose(facts: ReachFacts, accounts: list[Account], *, marketing: bool = True) -> Choice:
    choice = Choice(facts.customer_id)
    if marketing and facts.opted_out:
        choice.skip = "opted_out"
        return choice
    if marketing and facts.marketing is not True:
        choice.skip = "no_consent"
        return choice
    senders = {c.kind: [a.id for a in accounts if sends_on(a.kind, a.settings, c.kind)]
               for c in registry.messaging_channels()}
    reachable: dict[str, list[int]] = {}
    for identity_id, kind, why in facts.identities:
        channel = registry.channel_for_identity(kind)
        if channel is not None and not why and not channel.capabilities.log_only:
            reachable.setdefault(channel.kind, []).append(identity_id)
    if not reachable:
        choice.skip = "unreachable"
        return choice
    order = [facts.preferred_channel] if facts.preferred_channel else []
    order += [channel for channel, _a, _i in facts.last_inbound]
    order += [c.kind for c in registry.messaging_channels()]
    for kind in dict.fromkeys(k for k in order if k):
        if kind not in reachable or not senders.get(kind):
            continue
        wrote = [(a, i) for c, a, i in facts.last_inbound if c == kind]
        account = next((a for a, _i in wrote if a in senders[kind]), senders[kind][0])
        identity = next((i for _a, i in wrote if i in reachable[kind]), reachable[kind][0])
        choice.channel, choice.account_id, choice.identity_id = kind, account, identity
        return choice
    choice.skip = "no_account"
    return choice
