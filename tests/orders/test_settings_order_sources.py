"""Settings → Order sources through real clicks: a CSV export imported (layout shown, first
rows, rejected lines with their numbers, a second import harmless), a file of the shop's own
layout mapped column by column, a WooCommerce and a Shopify store added against the local API
servers (a wrong key saves nothing), synced now and removed."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from shopinbox.app.core.accounts import list_accounts
from shopinbox.app.orders.manage import list_orders
from shopinbox.ui.common.preferences import Preferences
from shopinbox.ui.settings.settings_dialog import SettingsDialog
from tests.fixtures.shopify_server import shopify_order
from tests.fixtures.woocommerce_server import wc_order
from tests.gui.conftest import translations_built  # noqa: F401
from tests.orders.conftest import DATA
from tests.orders.test_woocommerce_sync import T0, fill


@pytest.fixture(autouse=True)
def english(translations_built):  # noqa: F811  (the fixture imported above)
    """English with its plural forms ("1 order", "2 orders"), whatever ran before."""
    from PySide6.QtWidgets import QApplication

    from shopinbox.ui.common.i18n import install_translations

    install_translations(QApplication.instance(), "en")


@pytest.fixture
def settings(qtbot, sqlite_ctx):
    dialog = SettingsDialog(sqlite_ctx, Preferences(sqlite_ctx.paths.root))
    qtbot.addWidget(dialog)
    tab = dialog.order_sources
    qtbot.waitUntil(lambda: tab.status.text() != "")  # the list was read in the background
    return dialog


def _import(qtbot, dialog) -> None:
    with qtbot.waitSignal(dialog.imported, timeout=10_000):
        dialog.import_button.click()


def test_csv_import_with_a_bad_line_and_again(qtbot, sqlite_ctx, settings):
    tab = settings.order_sources
    dialog = tab.import_file("csv")
    with qtbot.waitSignal(dialog.tasks.finished, timeout=10_000):
        dialog.choose_file(str(DATA / "shopify_orders_bad_rows.csv"))
    assert dialog.detected.text().startswith("Recognised layout: Shopify")
    assert dialog.table.rowCount() == 5 and dialog.table.horizontalHeaderItem(0).text() == "Name"
    assert dialog.table.item(0, 0).text() == "#2001"
    assert not dialog.mapping_box.isVisible()
    _import(qtbot, dialog)
    report = dialog.report.text()
    assert "2 new" in report and "4 lines could not be read" in report, report
    lines = [dialog.rejected_lines.item(i).text() for i in range(dialog.rejected_lines.count())]
    assert lines[0] == "Line 3: order #2002: “dwa” is not a valid quantity."
    assert lines[1] == "Line 4: order #2003: “wczoraj” is not a valid order date."
    assert [line.split(":")[0] for line in lines] == ["Line 3", "Line 4", "Line 5", "Line 6"]
    assert len(list_orders(sqlite_ctx)) == 2
    _import(qtbot, dialog)  # the same file again: updates nothing, duplicates nothing
    assert "0 new" in dialog.report.text() and "2 unchanged" in dialog.report.text()
    assert len(list_orders(sqlite_ctx)) == 2
    qtbot.waitUntil(lambda: tab.sources.count() == 1)
    assert tab.sources.item(0).text() == "shopify CSV  ·  export files  ·  2 orders"
    # An order source is not an account of the Accounts tab.
    assert settings.accounts.count() == 0


def test_generic_file_mapped_by_columns(qtbot, sqlite_ctx, settings):
    dialog = settings.order_sources.import_file("csv")
    with qtbot.waitSignal(dialog.tasks.finished, timeout=10_000):
        dialog.choose_file(str(DATA / "generic_orders.csv"))
    assert dialog.detected.text().startswith("The layout was not recognised")
    assert dialog.mapping_box.isVisible() and dialog.chosen_layout() == "generic"
    dialog.import_button.click()  # no order-number column chosen yet
    assert dialog.report.text() == "Choose the column that holds the order number."
    for field, column in (("number", "Zamówienie"), ("date", "Data"), ("email", "Mail"),
                          ("name", "Klient"), ("item", "Produkt"), ("quantity", "Ilość"),
                          ("price", "Cena"), ("total", "Suma"), ("currency", "Waluta")):
        combo = dialog.mapping[field]
        combo.setCurrentIndex(combo.findData(column))
    _import(qtbot, dialog)
    assert "2 new" in dialog.report.text() and not dialog.rejected_lines.isVisible()
    numbers = sorted(row.number for row in list_orders(sqlite_ctx))
    assert numbers == ["Z/2024/001", "Z/2024/002"]


def _fill_shop(qtbot, form, name, url, secret) -> None:
    qtbot.keyClicks(form.name, name)
    qtbot.keyClicks(form.url, url)
    qtbot.keyClicks(form.secret, secret)


def test_woocommerce_added_synced_and_removed(qtbot, sqlite_ctx, settings, woo_server):
    fill(woo_server, 4)
    tab = settings.order_sources
    dialog = tab.add_shop("woocommerce")
    form = dialog.form
    _fill_shop(qtbot, form, "Sklep Woo", woo_server.url, "cs_wrong")
    qtbot.keyClicks(form.key, "ck_test")
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    with qtbot.waitSignal(dialog.tasks.finished, timeout=10_000):
        save.click()
    text = dialog.result_label.text()
    assert text.startswith("Not saved") and "refused the API key" in text, text
    assert list_accounts(sqlite_ctx) == []
    form.secret.clear()
    qtbot.keyClicks(form.secret, "cs_test")
    with qtbot.waitSignal(dialog.tasks.finished, timeout=10_000):
        dialog.test_button.click()
    assert dialog.result_label.text().startswith("The connection works")
    with qtbot.waitSignal(settings.accounts_changed, timeout=10_000):
        save.click()
    # Added, then synced at once in the background.
    qtbot.waitUntil(lambda: "4 new" in tab.status.text(), timeout=10_000)
    qtbot.waitUntil(lambda: tab.sources.count() == 1 and "4 orders" in
                    tab.sources.item(0).text())
    [account] = list_accounts(sqlite_ctx)
    assert account.kind == "woocommerce" and "cs_test" not in str(account.settings)
    # One more order in the shop: "Sync now" fetches only that one.
    woo_server.orders.append(wc_order(3100, email="nowa@example.pl", first="Nowa",
                                      last="Klientka", created=T0 + timedelta(days=1),
                                      items=[("CND-LAS", "Świeca", 1, "79.00")]))
    tab.sources.setCurrentRow(0)
    assert tab.sync_button.isEnabled()
    with qtbot.waitSignal(tab.changed, timeout=10_000):
        tab.sync_button.click()
    assert tab.status.text() == "Sklep Woo: 1 new and 0 changed order.", tab.status.text()
    assert len(list_orders(sqlite_ctx)) == 5
    qtbot.waitUntil(lambda: tab.sources.currentItem() is not None)
    tab.confirm = lambda _text: True
    with qtbot.waitSignal(tab.changed, timeout=10_000):
        tab.remove_button.click()
    qtbot.waitUntil(lambda: tab.sources.count() == 0)
    assert list_accounts(sqlite_ctx) == [] and len(list_orders(sqlite_ctx)) == 5


def test_shopify_added(qtbot, sqlite_ctx, settings, shopify_server):
    shopify_server.orders.append(shopify_order(
        1, name="#1001", email="anna@example.pl", created=T0))
    tab = settings.order_sources
    dialog = tab.add_shop("shopify")
    _fill_shop(qtbot, dialog.form, "Shopify", shopify_server.url, "shpat_test")
    with qtbot.waitSignal(settings.accounts_changed, timeout=10_000):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    qtbot.waitUntil(lambda: "1 new" in tab.status.text(), timeout=10_000)
    assert [row.number for row in list_orders(sqlite_ctx)] == ["#1001"]


def test_plain_http_to_another_machine_is_refused(qtbot, settings):
    dialog = settings.order_sources.add_shop("shopify")
    _fill_shop(qtbot, dialog.form, "Shop", "http://shop.example.com", "x")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert "unencrypted" in dialog.result_label.text()
