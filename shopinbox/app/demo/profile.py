"""Open the demo profile (next to the real one, see `paths.demo_profile`), filling it with the
demo shop the first time."""

from __future__ import annotations

from shopinbox.app.core.accounts import list_accounts
from shopinbox.app.core.context import AppContext
from shopinbox.app.demo.shop import load_demo_shop
from shopinbox.paths import demo_profile, resolve_profile


def open_demo_profile(profile: str | None = None) -> AppContext:
    """`profile` is the real profile (or None for the default); returns the demo's context."""
    paths = demo_profile(resolve_profile(profile))
    ctx = AppContext.open(str(paths.root))
    if not list_accounts(ctx):
        load_demo_shop(ctx)
    return ctx


def prepare_demo_profile(profile: str | None = None) -> str:
    """The same, for a background thread: loads, closes, returns the folder to open."""
    ctx = open_demo_profile(profile)
    ctx.close()
    return str(ctx.paths.root)
