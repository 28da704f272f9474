"""The promo replies' shop settings: the language fallback chain and the shop's name.

Both are declared per-shop settings (app/core/settings.py: `promo_fallback`, `shop_name`) kept
in the database, so every desktop of a team renders the same variants with the same name.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from shopinbox.app.core import settings
from shopinbox.app.core.context import AppContext
from shopinbox.store.models import Account


def fallback_chain(ctx: AppContext, session: Session | None = None) -> list[str]:
    """The user's language fallback chain for promo variants."""
    if session is not None:
        return settings.read_shop_setting(session, settings.PROMO_FALLBACK.name)
    return settings.get_setting(ctx, settings.PROMO_FALLBACK.name)


def set_fallback_chain(ctx: AppContext, languages: list[str]) -> list[str]:
    """Raises ValueError (`SettingError`) for a chain without a language."""
    return settings.set_setting(ctx, settings.PROMO_FALLBACK.name, list(languages))


def shop_name(ctx: AppContext, session: Any = None) -> str | None:
    """The `shop_name` setting, else the first account that names the shop."""
    if session is None:
        with ctx.reader() as own:
            return _shop_name(own)
    return _shop_name(session)


def _shop_name(session: Session) -> str | None:
    name = settings.read_shop_setting(session, settings.SHOP_NAME.name)
    return name or _account_shop_name(session)


def _account_shop_name(session: Any) -> str | None:
    for account_settings in session.scalars(select(Account.settings).order_by(Account.id)):
        value = (account_settings or {}).get("shop_name")
        if isinstance(value, str) and value.strip():
            return value.strip()
    return None


def set_shop_name(ctx: AppContext, name: str) -> None:
    settings.set_setting(ctx, settings.SHOP_NAME.name, name)
