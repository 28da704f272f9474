"""Promo settings kept in the profile's settings file: the language fallback chain, shop name.

`settings.json` (ctx.paths.settings_file) is shared with other parts of the app, so it is read,
changed and written back whole (atomically: temp file + rename), keeping keys we do not own.
Keys: `promo_fallback` (list of language codes, default ["en", "pl", "ru"]), `shop_name`.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
from pathlib import Path
from typing import Any

from sqlalchemy import select

from shopinbox.app.core.context import AppContext
from shopinbox.domain.language_detect import DEFAULT_FALLBACK, normalise_language
from shopinbox.store.models import Account

log = logging.getLogger(__name__)
FALLBACK_KEY = "promo_fallback"
SHOP_NAME_KEY = "shop_name"


def read_settings(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as error:
        log.warning("cannot read %s (%s); using defaults", path, error)
        return {}
    return data if isinstance(data, dict) else {}


def write_setting(path: Path, key: str, value: Any) -> None:
    data = read_settings(path)
    data[key] = value
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temp = tempfile.mkstemp(dir=path.parent, prefix=".settings-")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            json.dump(data, stream, ensure_ascii=False, indent=2)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def fallback_chain(ctx: AppContext) -> list[str]:
    """The user's language fallback chain for promo variants."""
    value = read_settings(ctx.paths.settings_file).get(FALLBACK_KEY)
    if isinstance(value, list):
        chain = [normalise_language(v) for v in value if isinstance(v, str)]
        chain = [c for c in dict.fromkeys(chain) if c]
        if chain:
            return chain
    return list(DEFAULT_FALLBACK)


def set_fallback_chain(ctx: AppContext, languages: list[str]) -> list[str]:
    chain = [c for c in dict.fromkeys(normalise_language(v) for v in languages) if c]
    if not chain:
        raise ValueError("the fallback chain needs at least one language")
    write_setting(ctx.paths.settings_file, FALLBACK_KEY, chain)
    return chain


def shop_name(ctx: AppContext, session: Any = None) -> str | None:
    """`shop_name` from the settings file, else the first account that names the shop."""
    name = read_settings(ctx.paths.settings_file).get(SHOP_NAME_KEY)
    if isinstance(name, str) and name.strip():
        return name.strip()
    if session is None:
        with ctx.reader() as own:
            return _account_shop_name(own)
    return _account_shop_name(session)


def _account_shop_name(session: Any) -> str | None:
    for settings in session.scalars(select(Account.settings).order_by(Account.id)):
        value = (settings or {}).get("shop_name")
        if isinstance(value, str) and value.strip():
            return value.strip()
    return None


def set_shop_name(ctx: AppContext, name: str) -> None:
    write_setting(ctx.paths.settings_file, SHOP_NAME_KEY, name.strip())
