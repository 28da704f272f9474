"""The Allegro order source on the contract of `sources/base.py`: checkout forms through the
REST API, with the account's sign-in shared with the allegro channel (`app/core/connections`).

The cursor (JSON) is `{"event": E}`: the id of the last order event stored. The first sync
anchors at the newest event (`GET /order/event-stats`), then reads every checkout form page by
page (`{"event": E, "offset": N}` after each, so a stopped first sync resumes); from then on
only the events feed (`GET /order/events?from=E`) is read, and the checkout forms it names are
fetched again — a status change is seen without re-reading everything. Each page commits
with its cursor; re-reading a page upserts its orders as unchanged, never twice.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from shopinbox.sources.base import OrderPage, OrderSource, OrderSourceError, Pages

if TYPE_CHECKING:
    from shopinbox.app.core.doctor import Check
    from shopinbox.store.models import Account

KIND = "allegro"
FORMS_PAGE = 100  # the most `GET /order/checkout-forms` lists at once
EVENTS_PAGE = 100


def _failure(error: Exception) -> OrderSourceError:
    from shopinbox.domain.errors import ShopError

    if isinstance(error, ShopError):  # the channel's own code (token_revoked, throttled …)
        public = {k: v for k, v in error.params.items() if k != "detail"}
        return OrderSourceError(error.english(), code=error.code, **public)
    return OrderSourceError(str(error))


class AllegroOrderSource(OrderSource):
    kind = KIND
    title = "Allegro"
    order = 40
    syncs = True

    def _client(self, account: Account) -> Any:
        from shopinbox.app.core.connections import channel_client

        client = channel_client(account)
        if client is None:
            raise OrderSourceError("the Allegro channel is not installed")
        return client

    def fetch_pages(self, account: Account, cursor: str | None) -> Pages:
        from shopinbox.domain.errors import ShopError

        try:
            client = self._client(account)
        except ShopError as error:
            raise _failure(error) from None
        try:
            yield from self._pages(client, json.loads(cursor) if cursor else {})
        except ShopError as error:
            raise _failure(error) from None
        finally:
            client.close()

    def _pages(self, client: Any, state: dict[str, Any]) -> Iterator[OrderPage]:
        from shopinbox.sources.allegro.convert import convert_checkout_form

        if "event" not in state:  # first sync: anchor the events feed, then read everything
            latest = client.get("/order/event-stats").get("latestEvent") or {}
            state = {"event": latest.get("id") or "", "offset": 0}
        while "offset" in state:
            offset = int(state["offset"])
            page = client.get("/order/checkout-forms", limit=FORMS_PAGE, offset=offset)
            forms = page.get("checkoutForms") or []
            state = {"event": state["event"], "offset": offset + len(forms)} \
                if len(forms) == FORMS_PAGE else {"event": state["event"]}
            yield OrderPage([convert_checkout_form(f) for f in forms], json.dumps(state),
                            throttled=self._waited(client))
        while True:
            events = client.get("/order/events", limit=EVENTS_PAGE,
                                **({"from": state["event"]} if state["event"] else {})
                                ).get("events") or []
            if not events:
                return
            wanted: list[str] = []
            for event in events:
                form_id = ((event.get("order") or {}).get("checkoutForm") or {}).get("id")
                if form_id and form_id not in wanted:
                    wanted.append(str(form_id))
            forms = [client.get(f"/order/checkout-forms/{form_id}") for form_id in wanted]
            state = {"event": str(events[-1]["id"])}
            yield OrderPage([convert_checkout_form(f) for f in forms], json.dumps(state),
                            throttled=self._waited(client))
            if len(events) < EVENTS_PAGE:
                return

    @staticmethod
    def _waited(client: Any) -> int:
        total = int(getattr(client, "throttled", 0) or 0)
        client.throttled = 0
        return total

    def check(self, account: Account) -> Check | None:
        return None  # the allegro channel's check tests the same sign-in
