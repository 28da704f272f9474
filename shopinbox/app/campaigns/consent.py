"""Marketing consent for the window and the CLI: set by hand, opt-outs found in replies."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from shopinbox.app.core.context import AppContext
from shopinbox.channels import registry
from shopinbox.domain.errors import ShopError
from shopinbox.store import campaigns as store
from shopinbox.store.models import Customer, CustomerConsent


@dataclass
class ConsentView:
    customer_id: int
    marketing: bool | None
    source: str
    changed_at: datetime | None
    opted_out_at: datetime | None
    preferred_channel: str | None


def set_consent(ctx: AppContext, customer_id: int, marketing: bool) -> None:
    with ctx.writer() as session, session.begin():
        if session.get(Customer, customer_id) is None:
            raise ShopError("unknown_customer", id=customer_id)
        store.set_consent(session, customer_id, marketing, "manual")


def set_preferred_channel(ctx: AppContext, customer_id: int, channel: str | None) -> None:
    if channel is not None and registry.find(channel) is None:
        raise ShopError("unknown_channel", channel=channel)
    with ctx.writer() as session, session.begin():
        if session.get(Customer, customer_id) is None:
            raise ShopError("unknown_customer", id=customer_id)
        store.set_preferred_channel(session, customer_id, channel)


def consent_of(ctx: AppContext, customer_id: int) -> ConsentView:
    with ctx.reader() as session:
        row = session.get(CustomerConsent, customer_id)
        if row is None:
            return ConsentView(customer_id, None, "", None, None, None)
        return ConsentView(customer_id, row.marketing, row.source, row.changed_at,
                           row.opted_out_at, row.preferred_channel)


def apply_opt_outs(ctx: AppContext) -> list[int]:
    """Record the opt-outs that inbound replies (`/stop`, "unsubscribe") ask for."""
    with ctx.writer() as session, session.begin():
        return store.apply_stop_messages(session)
