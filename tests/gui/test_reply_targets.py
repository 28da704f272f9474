"""One rule for where a reply goes (app/outbox/targets.py): what the composer offers is what
`queue_reply` does, and the rule asks the channel registry, so a new channel needs no change."""

from __future__ import annotations

from typing import ClassVar

import pytest
from sqlalchemy import select

from shopinbox.app.outbox.sending import OutboxError, queue_reply
from shopinbox.app.outbox.targets import choose_target, reply_options
from shopinbox.channels import registry
from shopinbox.channels.base import Capabilities, Channel, PullReport, SendOutcome
from shopinbox.store.models import Account, Customer, Identity, Message
from tests.gui.helpers import customer_with


class PigeonChannel(Channel):
    """A made-up channel: no subjects, its own identity kind."""

    kind: ClassVar[str] = "pigeon"
    title: ClassVar[str] = "Pigeon"
    identity_kind: ClassVar[str] = "pigeon"
    capabilities: ClassVar[Capabilities] = Capabilities(subjects=False)

    def pull(self, ctx, account_id, **_options) -> PullReport:
        return PullReport(account="pigeon")

    def send(self, ctx, message_id) -> SendOutcome:
        return SendOutcome()


@pytest.fixture
def pigeon():
    registry.register(PigeonChannel())
    yield
    registry.unregister("pigeon")


def test_composer_defaults_are_what_queue_reply_picks(demo_ctx):
    with demo_ctx.reader() as session:
        customers = list(session.scalars(select(Customer.id).where(
            Customer.merged_into_id.is_(None)).order_by(Customer.id).limit(15)))
    checked = 0
    for customer_id in customers:
        options = reply_options(demo_ctx, customer_id)
        with demo_ctx.reader() as session:
            if options.default_channel is None:
                with pytest.raises(OutboxError):
                    choose_target(session, customer_id, None, None)
                continue
            chosen = choose_target(session, customer_id, None, None)
            assert chosen.channel == options.default_channel
            for option in options.channels:
                if not option.reachable:
                    with pytest.raises(OutboxError):
                        choose_target(session, customer_id, option.channel, None)
                    continue
                target = choose_target(session, customer_id, option.channel, None)
                assert (target.account_id, target.identity_id, target.reply_to_message_id) == (
                    option.default_account_id, option.identity_id,
                    option.reply_to_message_id)
                checked += 1
    assert checked >= 10


def test_a_new_channel_is_offered_and_replied_on_without_naming_it(demo_ctx, pigeon):
    customer = customer_with(demo_ctx, {"email"})
    option = reply_options(demo_ctx, customer).option("pigeon")
    assert option is not None and option.reason == "no-identity"
    with demo_ctx.writer() as session, session.begin():
        session.add(Identity(customer_id=customer, kind="pigeon", value="loft-7", display="Loft"))
    assert reply_options(demo_ctx, customer).option("pigeon").reason == "no-account"
    with demo_ctx.writer() as session, session.begin():
        session.add(Account(name="Demo loft", kind="demo", settings={"channel": "pigeon"}))
    option = reply_options(demo_ctx, customer).option("pigeon")
    assert option.reachable and option.accounts[0][1] == "Demo loft"
    message_id = queue_reply(demo_ctx, customer, "Coo!", channel="pigeon")
    with demo_ctx.reader() as session:
        message = session.get(Message, message_id)
        assert (message.channel, message.subject, message.recipients) == ("pigeon", "", "loft-7")
    with pytest.raises(OutboxError) as refused:  # a Telegram (demo) account cannot send it
        queue_reply(demo_ctx, customer, "Coo?", channel="pigeon", account_name="Demo bot")
    assert refused.value.code == "unsupported_account"
