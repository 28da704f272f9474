"""Every setting, declared once (Picard's `options.py`): name, type, default, scope and title.

Two scopes, two stores:
- `desktop` settings belong to one computer's window (geometry, language, notifications,
  which senders may show remote images, the sync interval). ui/ keeps them with QSettings in
  the profile's `window.ini` (`ui/common/preferences.py`); app/ never reads them.
- `shop` settings belong to the shop (its name, the promo language fallback chain, reply
  signatures, the order-number prefix). They live in the database table `shop_settings`, so in
  team mode every desktop on the shared PostgreSQL sees the same values.

Values are read with the declared type; a missing, unreadable or mistyped stored value reads
as the default (and is logged), never as an error. Writing checks the type (`SettingError`).
After a shop setting is committed, the context's `setting_listeners` are called with (name,
value) in the writing thread; the Qt side re-emits them as `Preferences.changed`.

The profile's old `settings.json` (promo fallback chain, shop name) is read into the table on
the first start after this change and renamed to `settings.json.imported`.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from shopinbox.domain.language_detect import DEFAULT_FALLBACK, normalise_language

if TYPE_CHECKING:  # the store is imported by the functions that use it (the window's start)
    from sqlalchemy.orm import Session

    from shopinbox.app.core.context import AppContext

log = logging.getLogger(__name__)

Scope = Literal["desktop", "shop"]
DESKTOP: Scope = "desktop"
SHOP: Scope = "shop"
Listener = Callable[[str, Any], None]  # (setting name, new value)


class SettingError(ValueError):
    """A value that the setting cannot take; the message says why."""


@dataclass(frozen=True)
class Setting:
    """One declared setting. `title` is the English label; ui/ words it with tr().
    `normalise` (optional) cleans a value before it is stored and raises `SettingError` for
    one that makes no sense (an empty fallback chain)."""

    name: str
    type: type
    default: Any
    scope: Scope
    title: str
    normalise: Callable[[Any], Any] | None = None

    def coerce(self, value: Any) -> Any:
        """`value` as this setting's type, normalised; `SettingError` when it cannot be."""
        value = _as_type(self, value)
        return self.normalise(value) if self.normalise is not None else value

    def read(self, stored: Any) -> Any:
        """A stored value as the declared type, or the default when it does not fit."""
        if stored is None:
            return _copy(self.default)
        try:
            return self.coerce(stored)
        except SettingError as error:
            log.warning("setting %s: stored value ignored (%s); using the default", self.name,
                        error)
            return _copy(self.default)


def _copy(value: Any) -> Any:
    return list(value) if isinstance(value, list) else dict(value) if isinstance(value, dict) \
        else value


def _as_type(setting: Setting, value: Any) -> Any:
    kind = setting.type
    if kind is bool:
        if isinstance(value, bool):
            return value
        if isinstance(value, str) and value.lower() in ("true", "1", "false", "0"):
            return value.lower() in ("true", "1")  # QSettings' INI files hold text
        if isinstance(value, int):
            return bool(value)
    elif kind is int:
        if isinstance(value, int) and not isinstance(value, bool):
            return value
        if isinstance(value, str):
            try:
                return int(value)
            except ValueError:
                pass
    elif kind is str:
        if isinstance(value, str):
            return value
    elif kind is list:
        if value in (None, ""):
            return []
        if isinstance(value, (list, tuple)):
            return [str(v) for v in value]
        if isinstance(value, str):  # QSettings gives a one-item list back as a plain string
            return [value]
    elif kind is dict:
        if isinstance(value, dict):
            return {str(k): v for k, v in value.items()}
    elif kind is bytes:
        if isinstance(value, (bytes, bytearray)):
            return bytes(value)
    raise SettingError(f"{setting.name} takes a {kind.__name__}, not {value!r}")


_REGISTRY: dict[str, Setting] = {}


def declare(name: str, type: type, default: Any, scope: Scope, title: str,
            normalise: Callable[[Any], Any] | None = None) -> Setting:
    """Declare a setting (once: a second declaration of the same name is a programming error).
    A plug-in declares its own at import time."""
    if name in _REGISTRY:
        raise ValueError(f"setting {name!r} is declared twice")
    if scope not in (DESKTOP, SHOP):
        raise ValueError(f"unknown scope {scope!r}")
    setting = Setting(name, type, default, scope, title, normalise)
    _REGISTRY[name] = setting
    return setting


def setting(name: str) -> Setting:
    try:
        return _REGISTRY[name]
    except KeyError:
        raise KeyError(f"no setting named {name!r} is declared") from None


def declared(scope: Scope | None = None) -> list[Setting]:
    """Every declared setting (of one scope), in declaration order."""
    return [s for s in _REGISTRY.values() if scope is None or s.scope == scope]


def _fallback_chain(value: list[str]) -> list[str]:
    chain = [c for c in dict.fromkeys(normalise_language(v) for v in value) if c]
    if not chain:
        raise SettingError("the fallback chain needs at least one language")
    return chain


def _strip(value: str) -> str:
    return value.strip()


# -- per desktop (QSettings, ui/common/preferences.py) --
declare("language", str, "", DESKTOP, "Language")  # "" = follow the system
declare("notifications", bool, True, DESKTOP, "Show a notification for new messages")
declare("tray_icon", bool, True, DESKTOP, "Show the unread count in the system tray")
declare("sync_interval_minutes", int, 5, DESKTOP, "Check for new messages every")
declare("read_after_ms", int, 1500, DESKTOP,
        "Mark a conversation read after it has been open for (milliseconds)")
declare("images/allowed_senders", list, [], DESKTOP, "Senders whose remote images are shown")
# Window state: opaque bytes from Qt itself (saveGeometry/saveState).
declare("window/geometry", bytes, b"", DESKTOP, "Window position and size")
declare("window/main_splitter", bytes, b"", DESKTOP, "Inbox and customer panel widths")
declare("window/centre_splitter", bytes, b"", DESKTOP, "Timeline and composer heights")
declare("team/user", int, 0, DESKTOP, "Who works at this desktop")  # 0 = not chosen yet

# -- per shop (database table shop_settings) --
SHOP_NAME = declare("shop_name", str, "", SHOP, "Shop name", _strip)
PROMO_FALLBACK = declare("promo_fallback", list, list(DEFAULT_FALLBACK), SHOP,
                         "Promo reply languages, in order of preference", _fallback_chain)
SIGNATURES = declare("signatures", dict, {}, SHOP,
                     "Reply signatures (per account name; \"*\" for every account)")
ORDER_PREFIX = declare("order_prefix", str, "", SHOP, "Prefix of the shop's order numbers",
                       _strip)
AUTO_ASSIGN = declare("auto_assign_on_reply", bool, True, SHOP,
                      "Assign an unassigned conversation to whoever replies")


def _shop_setting(name: str) -> Setting:
    found = setting(name)
    if found.scope != SHOP:
        raise KeyError(f"{name!r} is a per-desktop setting; ui/ keeps it")
    return found


def read_shop_setting(session: Session, name: str) -> Any:
    """A shop setting read in the caller's session (for use-cases that have one open)."""
    from shopinbox.store.models import ShopSetting

    found = _shop_setting(name)
    stored = session.get(ShopSetting, name)
    return found.read(stored.value if stored is not None else None)


def get_setting(ctx: AppContext, name: str) -> Any:
    """The current value of a shop setting (its default until someone sets it)."""
    with ctx.reader() as session:
        return read_shop_setting(session, name)


def shop_settings(ctx: AppContext) -> dict[str, Any]:
    """Every shop setting with its current value."""
    from sqlalchemy import select

    from shopinbox.store.models import ShopSetting

    with ctx.reader() as session:
        stored = {row.name: row.value for row in session.scalars(select(ShopSetting))}
    return {s.name: s.read(stored.get(s.name)) for s in declared(SHOP)}


def _upsert(session: Session, name: str, value: Any) -> None:
    """Insert or update in one statement, so two desktops setting the same new name at once
    (team mode) do not collide on the primary key."""
    from sqlalchemy.dialects import postgresql, sqlite

    from shopinbox.store.models import ShopSetting
    from shopinbox.store.types import utcnow

    dialect = session.get_bind().dialect.name
    insert: Any = postgresql.insert if dialect == "postgresql" else sqlite.insert
    now = utcnow()
    statement = insert(ShopSetting).values(name=name, value=value, updated_at=now)
    session.execute(statement.on_conflict_do_update(
        index_elements=[ShopSetting.name], set_={"value": value, "updated_at": now}))


def _notify(ctx: AppContext, name: str, value: Any) -> None:
    for listener in list(ctx.setting_listeners):
        try:
            listener(name, value)
        except Exception:  # a broken listener must not undo a committed setting
            log.exception("setting listener failed for %s", name)


def set_setting(ctx: AppContext, name: str, value: Any) -> Any:
    """Store a shop setting (checked and normalised first) and tell the listeners. Returns the
    value as stored. Raises `SettingError` for a value the setting cannot take."""
    found = _shop_setting(name)
    value = found.coerce(value)
    with ctx.writer() as session, session.begin():
        _upsert(session, name, value)
    _notify(ctx, name, _copy(value))
    _share(ctx, name)
    return value


def reset_setting(ctx: AppContext, name: str) -> Any:
    """Back to the default (the stored row goes); returns the default."""
    from sqlalchemy import delete

    from shopinbox.store.models import ShopSetting

    found = _shop_setting(name)
    with ctx.writer() as session, session.begin():
        session.execute(delete(ShopSetting).where(ShopSetting.name == name))
    _notify(ctx, name, _copy(found.default))
    _share(ctx, name)
    return _copy(found.default)


def _share(ctx: AppContext, name: str) -> None:
    """Team mode: the other desktops hear which setting changed (its name, not its value)."""
    link = getattr(ctx, "live", None)
    if link is not None:
        from shopinbox.app.core.changes import Changes

        link.publish(Changes(settings={name}))


def relay_setting(ctx: AppContext, name: str) -> None:
    """Another desktop changed shop setting `name`: read its value now and tell this
    context's listeners, as for a change made here. An unknown name (a newer desktop's
    setting) is ignored."""
    try:
        value = get_setting(ctx, name)
    except Exception:
        log.info("a setting changed elsewhere is unknown here: %s", name)
        return
    _notify(ctx, name, _copy(value))


def add_listener(ctx: AppContext, listener: Listener) -> None:
    """Call `listener(name, value)` after each shop setting this process commits."""
    ctx.setting_listeners.append(listener)


def remove_listener(ctx: AppContext, listener: Listener) -> None:
    if listener in ctx.setting_listeners:
        ctx.setting_listeners.remove(listener)


IMPORTED_SUFFIX = ".imported"


def import_legacy_settings(ctx: AppContext) -> dict[str, Any]:
    """Move the values of the old `settings.json` into `shop_settings` (once: the file is then
    renamed, kept for the record). A value already in the table wins — in team mode another
    desktop may have set it first. Returns what was imported."""
    from sqlalchemy import select

    from shopinbox.store.models import ShopSetting

    path = ctx.paths.legacy_settings_file
    if not path.exists():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        log.warning("cannot read %s (%s); its settings are not imported", path, error)
        data = {}
    imported: dict[str, Any] = {}
    if isinstance(data, dict):
        with ctx.writer() as session, session.begin():
            taken = set(session.scalars(select(ShopSetting.name)))
            for item in declared(SHOP):
                if item.name not in data or item.name in taken:
                    continue
                try:
                    value = item.coerce(data[item.name])
                except SettingError as error:
                    log.warning("%s: %s not imported (%s)", path, item.name, error)
                    continue
                _upsert(session, item.name, value)
                imported[item.name] = value
        unknown = sorted(set(data) - {s.name for s in declared(SHOP)})
        if unknown:
            log.warning("%s: keys %s are not settings any more (kept in the .imported file)",
                        path, ", ".join(unknown))
    try:
        path.replace(path.with_name(path.name + IMPORTED_SUFFIX))
    except OSError as error:
        log.warning("cannot rename %s (%s)", path, error)
    if imported:
        log.info("imported settings %s from %s", ", ".join(imported), path)
    return imported
