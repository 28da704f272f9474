"""The one contract every order source implements, as channels have `channels/base.py`: an
order source is one class on this base, found through `sources/registry.py`.

A source package `shopinbox/sources/<kind>/` holds everything that is only that source's: the
API client or file parser, how its orders become `OrderRecord`s, its cursor, how an account is
added (`add_account`, the CLI `orders add-<kind>` in `cli.py`) and the doctor check. Its
`__init__.py` exposes `SOURCE`, an instance of its `OrderSource` subclass, and imports nothing
heavy: the registry imports every source package at start-up.

Shared code (app/orders, app/core/doctor, commands/orders) never names a source kind. It asks
the registry, and does the generic parts itself: storing a page of orders together with the
cursor in one transaction, syncing every API account, the account row and its secret.

Two shapes of source:
- an API source (`syncs = True`) yields `OrderPage`s from `fetch_pages(account, cursor)`, each
  page with the cursor that is true once that page is stored; the cursor's meaning (a time, an
  event id) is the source's own business, app/ only keeps it;
- a file source (`imports_files = True`) turns an export file into a `FileImport`.
"""

from __future__ import annotations

import argparse
from abc import ABC
from collections.abc import Generator, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, tzinfo
from typing import TYPE_CHECKING, Any, ClassVar, Protocol

from shopinbox.domain.errors import ShopError
from shopinbox.domain.orders.records import BadRow, OrderRecord

if TYPE_CHECKING:  # type hints only: app/ imports this module, never the other way at run time
    from shopinbox.app.core.context import AppContext
    from shopinbox.app.core.doctor import Check
    from shopinbox.store.models import Account


class OrderSetupError(ValueError):
    """The user asked for something that cannot be done (a bad URL, an unknown file layout, a
    taken account name); the message says why."""


class OrderSourceError(ShopError):
    """The shop's API could not be read: a code like every error (what the window words and
    `Account.last_error` keeps) plus the exact English message (never a secret) for the CLI and
    the log. Without a code: `server_error` when trying again by itself may help (HTTP 429/5xx),
    else `shop_answer` (a wrong URL, a reply that is not the shop's)."""

    def __init__(self, message: str, *, retryable: bool | None = None, code: str | None = None,
                 **params: Any) -> None:
        super().__init__(code or ("server_error" if retryable else "shop_answer"),
                         detail=message, **params)
        self.message = message
        self.args = (message,)

    def __str__(self) -> str:
        return self.message


class AuthFailed(OrderSourceError):
    """The shop refused the key/token (HTTP 401/403)."""

    def __init__(self, message: str, **params: Any) -> None:
        super().__init__(message, code="key_refused", **params)


@dataclass
class OrderPage:
    """One page of orders and the cursor to keep once it is stored (in the same transaction)."""

    orders: list[OrderRecord]
    cursor: str
    throttled: int = 0  # how often the shop asked to wait while this page was fetched


@dataclass
class FileImport:
    """What a file source read from an export: the orders, the rows it could not read, and the
    settings and default name of the account the orders are kept under."""

    format: str
    orders: list[OrderRecord] = field(default_factory=list)
    bad_rows: list[BadRow] = field(default_factory=list)
    rows: int = 0
    account_name: str = ""
    account_settings: dict[str, Any] = field(default_factory=dict)


@dataclass
class FilePreview:
    """The first rows of an export file as a file source sees them, before importing: the
    layout it recognised ("" when none: a `mapping` is needed), the header and first rows,
    and the fields a mapping can name (for a layout of the user's own)."""

    format: str
    headers: list[str] = field(default_factory=list)
    rows: list[list[str]] = field(default_factory=list)
    fields: tuple[str, ...] = ()


Pages = Generator[OrderPage, None, None]


class OrderSource(ABC):
    """One kind of order source. Account kind and registry key are `kind`."""

    kind: ClassVar[str]
    title: ClassVar[str]  # English name ("WooCommerce")
    order: ClassVar[int] = 100  # place in lists and menus (smaller first)
    syncs: ClassVar[bool] = False  # an API source: `fetch_pages` works
    imports_files: ClassVar[bool] = False  # a file source: `import_file` works
    # dotted name of the Qt module of Settings → Order sources (`FORM`: for an API source an
    # account form, for a file source an import dialog); imported only when Settings opens
    form_module: ClassVar[str | None] = None

    def fetch_pages(self, account: Account, cursor: str | None) -> Pages:
        """Orders changed since `cursor` (None: all), page by page, oldest change first. The
        caller stores each page with its cursor before asking for the next one, so stopping
        at any point loses nothing; it closes the generator when it stops early, which lets
        the source close its connection. Raises `OrderSourceError` (`AuthFailed` for a refused
        key) or `SecretUnavailable`."""
        raise NotImplementedError(f"{self.kind} sources have no order API")

    def import_file(self, data: bytes, **options: Any) -> FileImport:
        """Read an export file. Raises `OrderSetupError` when the file as a whole cannot be
        read; rows that cannot be read are listed in `FileImport.bad_rows`."""
        raise NotImplementedError(f"{self.kind} sources do not import files")

    def preview_file(self, data: bytes, rows: int = 5, **options: Any) -> FilePreview:
        """The layout and first rows of an export file, nothing stored. Raises
        `OrderSetupError` when the file cannot be read at all."""
        raise NotImplementedError(f"{self.kind} sources do not import files")

    def add_account(self, ctx: AppContext, name: str, **options: Any) -> int:
        """Check what the user gave and save a new account (its secret in the keyring or as an
        environment variable's name); returns the account id. Raises `OrderSetupError`."""
        raise OrderSetupError(f"{self.title} accounts are not added by hand")

    def test_options(self, **options: Any) -> str:
        """Try the connection with the options `add_account` would save (the secret as typed,
        or the name of its environment variable), saving nothing; returns what was found.
        Raises `OrderSourceError` (`AuthFailed` for a refused key) or `SecretUnavailable`."""
        raise NotImplementedError(f"{self.kind} sources have nothing to connect to")

    def check(self, account: Account) -> Check | None:
        """The doctor's connection test of one account (None: nothing to test)."""
        return None

    def register_cli(self, order_actions: argparse._SubParsersAction) -> None:
        """Add this source's `shopinbox orders …` actions (`add-<kind>`, `import`)."""
        return None


class PagedClient(Protocol):
    """What `ModifiedSinceSource` needs of an API client."""

    def iter_pages(self, since: datetime | None) -> Iterator[list[OrderRecord]]: ...

    def check(self) -> str: ...

    def close(self) -> None: ...


def newest_change(records: list[OrderRecord], since: datetime | None) -> datetime:
    """The newest modification time among `records` (UTC), never before `since`: the cursor of
    a source that lists orders by modification time."""
    newest = max((r.updated_at or r.placed_at) for r in records).astimezone(UTC)
    return since if since is not None and newest < since else newest


class ModifiedSinceSource(OrderSource):
    """An API that lists orders modified since a moment, oldest change first (WooCommerce,
    Shopify). The cursor is the newest modification time stored so far, ISO 8601 in UTC.

    The next run asks from the cursor inclusive: the boundary orders come again and are stored
    as unchanged, never duplicated, and no order sharing the boundary second is skipped.
    Subclasses give `make_client` and, where the API's filter is strict, `request_since`."""

    syncs = True

    def make_client(self, account: Account) -> PagedClient:
        """The API client of `account`, with its secret from the keyring/environment."""
        raise NotImplementedError

    def client_for(self, **options: Any) -> PagedClient:
        """The API client for the options of `add_account` (before anything is saved)."""
        raise NotImplementedError

    def test_options(self, **options: Any) -> str:
        client = self.client_for(**options)
        try:
            return client.check()
        finally:
            client.close()

    def request_since(self, since: datetime) -> datetime:
        """The moment to ask the API from, for an inclusive cursor `since`."""
        return since

    def throttled(self, client: PagedClient) -> int:
        """How often the client has waited for the shop so far (0 when it does not count)."""
        return int(getattr(client, "throttled", 0) or 0)

    def fetch_pages(self, account: Account, cursor: str | None) -> Pages:
        since = datetime.fromisoformat(cursor) if cursor else None
        client = self.make_client(account)
        waited = 0
        try:
            for records in client.iter_pages(self.request_since(since) if since else None):
                if not records:
                    continue
                since = newest_change(records, since)
                total = self.throttled(client)
                yield OrderPage(records, since.isoformat(), throttled=total - waited)
                waited = total
        finally:
            client.close()

    def check(self, account: Account) -> Check:
        from shopinbox.app.core.doctor import Check
        from shopinbox.app.core.secrets import SecretUnavailable
        from shopinbox.logs import redact

        try:
            client = self.make_client(account)
        except (SecretUnavailable, OrderSourceError, KeyError) as error:
            return Check("", False, redact(str(error)),
                         "add the account again with its key, or set its environment variable")
        try:
            return Check("", True, client.check())
        except AuthFailed as error:
            return Check("", False, redact(str(error)),
                         "create a new API key/token with read access to orders and add the "
                         "account again")
        except OrderSourceError as error:
            return Check("", False, redact(str(error)),
                         "check the shop URL and that the shop is up")
        finally:
            client.close()


def typed_secret(name: str, secret: str | None, secret_env: str | None) -> str:
    """The secret a user gave for a new account: typed, or in the named environment variable
    (`SecretUnavailable("secret_env_missing")` when that is not set)."""
    import os

    from shopinbox.app.core.secrets import SecretUnavailable

    if secret_env:
        value = os.environ.get(secret_env)
        if not value:
            raise SecretUnavailable("secret_env_missing", account=name, variable=secret_env)
        return value
    if not secret:
        raise SecretUnavailable("secret_missing", account=name)
    return secret


def local_zone() -> tzinfo:
    """This machine's time zone, for export files whose times carry no offset."""
    return datetime.now().astimezone().tzinfo  # type: ignore[return-value]
