"""Phone calls, a log-only channel: a logged call is one ordinary `phone` message row (search,
timeline, reports see it), kept under one account of its own that is never synced, never a
reply channel and never a campaign's; the command line `shopinbox call log` records the same."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select

from shopinbox.app.inbox.read_model import customer_view
from shopinbox.app.outbox.targets import reply_options
from shopinbox.app.sync.engine import syncable_accounts
from shopinbox.channels import registry
from shopinbox.channels.phone.log import log_call
from shopinbox.domain.errors import ShopError
from shopinbox.store.models import Account, Customer, Identity, Message
from shopinbox.store.search import search
from tests.cli.test_cli import shopinbox


@pytest.fixture
def anna(ctx):
    with ctx.writer() as session, session.begin():
        customer = Customer(display_name="Anna Nowak")
        session.add(customer)
        session.flush()
        session.add(Identity(customer_id=customer.id, kind="phone", value="+48601100010",
                             display="+48 601 100 010"))
        session.add(Identity(customer_id=customer.id, kind="email", value="anna@example.pl"))
        return customer.id


def test_the_registry_holds_phone_but_offers_it_nowhere_to_send():
    phone = registry.find("phone")
    assert phone is not None and phone.capabilities.log_only
    assert "phone" in registry.kinds() and "phone" not in registry.messaging_kinds()
    assert registry.for_account("phone", {}) is None  # it neither sends nor receives
    assert phone.icon_file() is not None


def test_a_logged_call_is_a_phone_message_found_by_search(ctx, anna):
    when = datetime.now(UTC) - timedelta(hours=2)
    first = log_call(ctx, anna, "  Pyta o zwrot butów, oddzwonię jutro ", outbound=True,
                     minutes=4, outcome="call_back", at=when)
    second = log_call(ctx, anna, "Zamówienie doszło", minutes=1)
    assert first.changes.customer_ids == {anna}
    with ctx.reader() as session:
        call = session.get(Message, first.value)
        assert (call.channel, call.direction, call.body_text) == (
            "phone", "out", "Pyta o zwrot butów, oddzwonię jutro")
        assert call.extra["call"] == {"minutes": 4, "outcome": "call_back",
                                      "number": "+48 601 100 010"}
        assert abs((call.sent_at - when).total_seconds()) < 1
        assert call.delivery_state is None and call.is_read  # not an outbox message
        assert call.recipients == "+48601100010"
        assert session.get(Message, second.value).direction == "in"
        # one account for every call, created with the first
        assert session.scalar(select(func.count()).select_from(Account)
                              .where(Account.kind == "phone")) == 1
        hits = search(session, "oddzwonie")  # the note, diacritics folded
    assert [h.message_id for h in hits] == [first.value]
    view = customer_view(ctx, anna)
    assert [m.channel for m in view.messages] == ["phone", "phone"]


def test_the_calls_account_is_never_synced_nor_a_reply_channel(ctx, anna):
    log_call(ctx, anna, "Dzwoniła w sprawie rozmiaru", minutes=2)
    assert all(a.kind != "phone" for a in syncable_accounts(ctx))
    options = reply_options(ctx, anna)
    assert "phone" not in [o.channel for o in options.channels]
    assert options.default_channel != "phone"


def test_bad_details_are_codes_and_store_nothing(ctx, anna):
    future = datetime.now(UTC) + timedelta(days=1)
    for kwargs, code in (({"minutes": -1}, "call_minutes_invalid"),
                         ({"minutes": 100_000}, "call_minutes_invalid"),
                         ({"outcome": "shouted"}, "unknown_call_outcome"),
                         ({"at": future}, "call_in_future")):
        with pytest.raises(ShopError) as raised:
            log_call(ctx, anna, "x", **kwargs)
        assert raised.value.code == code
    with pytest.raises(ShopError) as raised:
        log_call(ctx, 999_999, "x")
    assert raised.value.code == "unknown_customer"
    with ctx.reader() as session:
        assert session.scalar(select(func.count()).select_from(Message)) == 0


def test_call_log_on_the_command_line(tmp_path):
    profile = tmp_path / "profile"
    assert shopinbox("demo", profile=profile).returncode == 0
    customers = json.loads(shopinbox("customers", "--json", profile=profile).stdout)
    customer = next(c for c in customers if any(i["kind"] == "phone" for i in c["identities"]))
    result = shopinbox("call", "log", str(customer["id"]), "--note", "Pyta o termin dostawy",
                       "--outbound", "--minutes", "3", "--outcome", "talked", "--json",
                       profile=profile)
    assert result.returncode == 0, result.stderr
    logged = json.loads(result.stdout)
    assert logged["direction"] == "out" and logged["minutes"] == 3
    shown = json.loads(shopinbox("show", str(customer["id"]), "--json", profile=profile).stdout)
    call = next(m for m in shown["messages"] if m["id"] == logged["message_id"])
    assert call["channel"] == "phone" and call["extra"]["call"]["outcome"] == "talked"
    found = shopinbox("search", "termin dostawy", "--json", profile=profile)
    assert logged["message_id"] in [hit["message_id"] for hit in json.loads(found.stdout)]
    bad = shopinbox("call", "log", str(customer["id"]), "--note", "x", "--minutes", "-5",
                    profile=profile)
    assert bad.returncode == 1 and "between 0 and 1440 minutes" in bad.stderr
    wrong = shopinbox("call", "log", str(customer["id"]), "--note", "x", "--outcome", "maybe",
                      profile=profile)
    assert wrong.returncode == 2 and "invalid choice" in wrong.stderr
    later = shopinbox("call", "log", str(customer["id"]), "--note", "x", "--at", "yesterday",
                      profile=profile)
    assert later.returncode == 1 and "YYYY-MM-DD HH:MM" in later.stderr


def test_an_account_already_named_phone_keeps_its_name(ctx, anna):
    """The shop may have named a mailbox "phone": the calls go under an account of their own."""
    with ctx.writer() as session, session.begin():
        session.add(Account(name="phone", kind="email", settings={}))
    result = log_call(ctx, anna, "Pytała o fakturę", minutes=1)
    with ctx.reader() as session:
        call = session.get(Message, result.value)
        account = session.get(Account, call.account_id)
    assert (account.name, account.kind) == ("phone-2", "phone")
