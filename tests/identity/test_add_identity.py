"""Adding an email address or phone number to a customer by hand."""

from __future__ import annotations

import pytest

from shopinbox.app.identity.merging import IdentityError, IdentityTaken, add_identity, merge
from shopinbox.app.inbox.customers import customer_detail
from tests.identity.shop import build_shop, customer_of, email, ingest


def test_added_email_catches_future_messages(ctx):
    people = build_shop(ctx)
    identity_id = add_identity(ctx, people["anna_tg"], "email", " Anna.Work@Example.COM ")
    assert add_identity(ctx, people["anna_tg"], "email", "anna.work@example.com") == identity_id
    ingest(ctx, [email("<w1@x>", "ANNA.WORK@example.com", "From work", 500, name="Anna")])
    detail = customer_detail(ctx, people["anna_tg"])
    assert ("email", "anna.work@example.com") in {(i["kind"], i["value"])
                                                   for i in detail["identities"]}
    assert detail["messages"][-1]["text"] == "From work"


def test_added_phone_is_stored_in_e164(ctx):
    people = build_shop(ctx)
    add_identity(ctx, people["anna_tg"], "phone", "601 234 567")
    add_identity(ctx, people["anna_mail"], "phone", "8 (916) 765-43-21")
    assert customer_of(ctx, "phone", "+48601234567") == people["anna_tg"]
    assert customer_of(ctx, "phone", "+79167654321") == people["anna_mail"]
    add_identity(ctx, people["anna_mail"], "phone", "22 123 45 67", default_region="PL")
    assert customer_of(ctx, "phone", "+48221234567") == people["anna_mail"]


def test_an_identity_of_another_customer_is_refused(ctx):
    people = build_shop(ctx)
    with pytest.raises(IdentityTaken) as taken:
        add_identity(ctx, people["anna_tg"], "email", "ANNA@example.com")
    assert taken.value.owner_id == people["anna_mail"]
    assert "merge" in str(taken.value)
    with pytest.raises(IdentityTaken):
        add_identity(ctx, people["anna_tg"], "phone", "+7 916 123-45-67")


@pytest.mark.parametrize(
    ("kind", "value", "message"),
    [("email", "not an address", "not an email"), ("phone", "12", "not a phone"),
     ("telegram", "5001", "cannot be added")],
)
def test_bad_values_are_refused(ctx, kind, value, message):
    people = build_shop(ctx)
    with pytest.raises(IdentityError, match=message):
        add_identity(ctx, people["anna_tg"], kind, value)


def test_missing_or_merged_customers_are_refused(ctx):
    people = build_shop(ctx)
    with pytest.raises(IdentityError, match="no customer"):
        add_identity(ctx, 9999, "email", "x@example.com")
    merge(ctx, people["anna_tg"], people["anna_mail"])
    with pytest.raises(IdentityError, match="merged into"):
        add_identity(ctx, people["anna_tg"], "email", "x@example.com")
