"""The declared settings registry (app/core/settings.py): shop settings in the database on
SQLite and PostgreSQL, typed reads with defaults, listeners, team mode sharing, and the old
settings.json moved in once."""

from __future__ import annotations

import json
import threading

import pytest
from sqlalchemy import select

from shopinbox.app.core import settings
from shopinbox.app.core.context import AppContext
from shopinbox.app.orders.manage import order_links, shop_prefixes
from shopinbox.app.promos.settings import fallback_chain, set_shop_name, shop_name
from shopinbox.store.models import ShopSetting


def test_every_setting_is_declared_once_with_a_scope_type_and_title():
    names = [s.name for s in settings.declared()]
    assert len(names) == len(set(names))
    assert {"language", "notifications", "sync_interval_minutes", "images/allowed_senders",
            "window/geometry"} <= {s.name for s in settings.declared(settings.DESKTOP)}
    assert {"shop_name", "promo_fallback", "signatures", "order_prefix"} <= {
        s.name for s in settings.declared(settings.SHOP)}
    for item in settings.declared():
        assert item.title and item.scope in (settings.DESKTOP, settings.SHOP)
        assert item.read(None) == item.default  # the default is of the declared type
    with pytest.raises(ValueError):
        settings.declare("shop_name", str, "", settings.SHOP, "again")


def test_defaults_set_reset_and_types(ctx):
    assert settings.get_setting(ctx, "promo_fallback") == ["en", "pl", "ru"]
    assert settings.set_setting(ctx, "promo_fallback", ["RU-ru", "pl", "ru"]) == ["ru", "pl"]
    assert settings.get_setting(ctx, "promo_fallback") == ["ru", "pl"]
    settings.set_setting(ctx, "signatures", {"*": "— Leśna Świeca", "Sklep": "Pozdrawiamy"})
    assert settings.shop_settings(ctx)["signatures"]["*"] == "— Leśna Świeca"
    with pytest.raises(settings.SettingError):
        settings.set_setting(ctx, "promo_fallback", [])  # needs a language
    with pytest.raises(settings.SettingError):
        settings.set_setting(ctx, "order_prefix", 7)
    with pytest.raises(KeyError):
        settings.set_setting(ctx, "language", "pl")  # per desktop: ui/ keeps it
    assert settings.reset_setting(ctx, "promo_fallback") == ["en", "pl", "ru"]
    assert settings.get_setting(ctx, "promo_fallback") == ["en", "pl", "ru"]


def test_a_mistyped_stored_value_reads_as_the_default(sqlite_ctx):
    with sqlite_ctx.writer() as session, session.begin():
        session.add(ShopSetting(name="promo_fallback", value={"not": "a list"}))
    assert fallback_chain(sqlite_ctx) == ["en", "pl", "ru"]


def test_listeners_hear_committed_changes(sqlite_ctx):
    heard: list[tuple[str, object, bool]] = []

    def listener(name, value):
        with sqlite_ctx.reader() as session:  # already committed when listeners run
            stored = session.get(ShopSetting, name)
            heard.append((name, value, stored is not None and stored.value == value))

    def broken(name, value):
        raise RuntimeError("a listener bug")

    settings.add_listener(sqlite_ctx, broken)
    settings.add_listener(sqlite_ctx, listener)
    set_shop_name(sqlite_ctx, "  Leśna Świeca ")
    worker = threading.Thread(target=settings.set_setting,
                              args=(sqlite_ctx, "order_prefix", "LS-"))
    worker.start()
    worker.join()
    settings.remove_listener(sqlite_ctx, listener)
    settings.set_setting(sqlite_ctx, "order_prefix", "X-")
    assert heard == [("shop_name", "Leśna Świeca", True), ("order_prefix", "LS-", True)]


@pytest.mark.postgres
def test_team_mode_desktops_share_shop_settings(postgres_cluster, tmp_path, monkeypatch):
    """Two desktops (profiles) on one server database: a shop setting set on one is read on
    the other, and setting the same new name from both does not collide."""
    monkeypatch.setenv("SHOPINBOX_DATABASE_URL", postgres_cluster.create_database())
    first = AppContext.open(str(tmp_path / "desktop-1"))
    second = AppContext.open(str(tmp_path / "desktop-2"))
    try:
        settings.set_setting(first, "shop_name", "Leśna Świeca")
        assert shop_name(second) == "Leśna Świeca"
        settings.set_setting(second, "shop_name", "Лесная свеча")
        assert settings.get_setting(first, "shop_name") == "Лесная свеча"
        threads = [threading.Thread(target=settings.set_setting, args=(c, "order_prefix", p))
                   for c, p in ((first, "A-"), (second, "B-"))]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert settings.get_setting(first, "order_prefix") in ("A-", "B-")
    finally:
        first.close()
        second.close()


def test_shop_name_falls_back_to_an_account(sqlite_ctx):
    from shopinbox.store.models import Account

    assert shop_name(sqlite_ctx) is None
    with sqlite_ctx.writer() as session, session.begin():
        session.add(Account(name="Mail", kind="email", settings={"shop_name": "Z konta"}))
    assert shop_name(sqlite_ctx) == "Z konta"
    set_shop_name(sqlite_ctx, "Z ustawień")
    assert shop_name(sqlite_ctx) == "Z ustawień"


def test_shop_order_prefix_turns_numbers_into_order_numbers(sqlite_ctx):
    assert shop_prefixes(sqlite_ctx) == []
    settings.set_setting(sqlite_ctx, "order_prefix", "LS-")
    assert shop_prefixes(sqlite_ctx) == ["LS-"]
    assert order_links(sqlite_ctx, "Pytam o LS-1042", []) == []
    assert [link.number for link in order_links(sqlite_ctx, "Pytam o LS-1042")] == ["LS-1042"]


def test_old_settings_file_moves_into_the_table_once(profile_dir, backend, request,
                                                     monkeypatch):
    if backend == "postgres":
        cluster = request.getfixturevalue("postgres_cluster")
        monkeypatch.setenv("SHOPINBOX_DATABASE_URL", cluster.create_database())
    profile_dir.mkdir(parents=True)
    old = profile_dir / "settings.json"
    old.write_text(json.dumps({"promo_fallback": ["pl", "en"], "shop_name": "Leśna Świeca",
                               "something_else": 1}), encoding="utf-8")
    ctx = AppContext.open(str(profile_dir))
    try:
        assert fallback_chain(ctx) == ["pl", "en"]
        assert shop_name(ctx) == "Leśna Świeca"
        assert not old.exists() and (profile_dir / "settings.json.imported").exists()
        settings.set_setting(ctx, "shop_name", "Nowa nazwa")
    finally:
        ctx.close()
    # A file that comes back (an old version ran) never overwrites what the table holds.
    old.write_text(json.dumps({"shop_name": "Stara", "order_prefix": "LS-"}), encoding="utf-8")
    ctx = AppContext.open(str(profile_dir))
    try:
        assert shop_name(ctx) == "Nowa nazwa"
        assert settings.get_setting(ctx, "order_prefix") == "LS-"
        with ctx.reader() as session:
            assert set(session.scalars(select(ShopSetting.name))) == {
                "promo_fallback", "shop_name", "order_prefix"}
    finally:
        ctx.close()


def test_an_unreadable_settings_file_does_not_stop_the_start(profile_dir):
    profile_dir.mkdir(parents=True)
    (profile_dir / "settings.json").write_text("{not json", encoding="utf-8")
    ctx = AppContext.open(str(profile_dir))
    try:
        assert fallback_chain(ctx) == ["en", "pl", "ru"]
    finally:
        ctx.close()
