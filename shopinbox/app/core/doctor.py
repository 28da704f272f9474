"""`doctor`: check the profile, database, migrations, keyring and every account's connection,
and say what is wrong and how to fix it."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import select, text

from shopinbox.app.core.secrets import keyring_status
from shopinbox.channels import registry
from shopinbox.domain.kinds import AccountKind
from shopinbox.paths import ProfilePaths, resolve_profile
from shopinbox.sources import registry as sources
from shopinbox.store.backups import integrity_problems
from shopinbox.store.database import make_engine
from shopinbox.store.migrate import current_revision, head_revision
from shopinbox.store.models import Account


@dataclass
class Check:
    name: str
    ok: bool
    detail: str
    fix: str = ""
    warning: bool = False


# A connection test: (account) -> Check, or None when there is nothing to test.
ConnectionTest = Callable[[Account], "Check | None"]


def _connection_test(kind: str) -> ConnectionTest | None:
    """The channel's or the order source's `check`, asked through their registries."""
    channel = registry.find(kind)
    if channel is not None:
        return channel.check
    source = sources.find(kind)
    return source.check if source is not None else None


def _profile_check(paths: ProfilePaths) -> Check:
    try:
        paths.ensure()
        probe = paths.root / ".doctor-write-test"
        probe.write_text("ok")
        probe.unlink()
    except OSError as error:
        return Check("profile", False, f"{paths.root}: {error.strerror or error}",
                     "choose a writable folder with --profile or fix its permissions")
    return Check("profile", True, str(paths.root))


def run_checks(profile: str | None) -> list[Check]:
    paths = resolve_profile(profile)
    checks = [_profile_check(paths)]
    if not checks[0].ok:
        return checks
    url = paths.database_url()
    shown = "PostgreSQL (SHOPINBOX_DATABASE_URL)" if os.environ.get("SHOPINBOX_DATABASE_URL") \
        else str(paths.database)
    engine = make_engine(url)
    if engine.dialect.name == "sqlite" and paths.database.exists():
        problems = integrity_problems(paths.database)
        if problems:
            engine.dispose()
            checks.append(Check("database", False, f"{shown}: the database file is damaged "
                                f"({problems[0]})", "restore the latest backup: shopinbox "
                                "restore --latest (the damaged file is kept)"))
            return checks
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
        detail = f"{engine.dialect.name}: {shown}"
        if engine.dialect.name == "sqlite":
            detail += " (integrity check passed)"
        checks.append(Check("database", True, detail))
    except Exception as error:
        checks.append(Check("database", False, f"{shown}: {type(error).__name__}",
                            "check SHOPINBOX_DATABASE_URL, that the server runs and the "
                            "credentials are right"))
        engine.dispose()
        return checks
    try:
        current, head = current_revision(engine), head_revision(engine)
        if current == head:
            checks.append(Check("migrations", True, f"schema at {head}"))
        else:
            checks.append(Check("migrations", False, f"schema at {current or 'nothing'}, "
                                f"expected {head}", "start shopinbox once: it migrates (after "
                                "a backup) at start-up"))
        ok, detail = keyring_status()
        # Without a keyring the app still works with environment-variable secrets: a warning.
        checks.append(Check("keyring", True, detail, "" if ok else
                            "secrets can still come from environment variables", warning=not ok))
        if current == head:
            with engine.connect() as connection:
                accounts = connection.execute(select(Account.__table__)).all()
            for row in accounts:
                account = Account(**row._mapping)
                checks.append(_account_check(account))
    finally:
        engine.dispose()
    return checks


def _account_check(account: Account) -> Check:
    name = f"account {account.name}"
    if account.kind == AccountKind.DEMO:
        return Check(name, True, "demo account: nothing to connect to")
    if not account.enabled:
        return Check(name, True, "disabled", warning=True)
    test = _connection_test(account.kind)
    if test is None:
        return Check(name, True, f"no connection test for {account.kind} accounts", warning=True)
    try:
        result = test(account)
    except Exception as error:  # a test must never crash doctor
        return Check(name, False, f"{type(error).__name__}: {error}")
    if result is None:
        return Check(name, True, "nothing to test")
    result.name = name
    return result
