"""Screenshots (tests/screenshots/out) of the set-up screens in English, Polish and Russian:
Settings → Order sources with an import, the WooCommerce form, the promo library's code pools
and the email form on a desktop without a keyring. Nothing clipped, and no English text left on
a Polish or Russian screen: every visible label, button, header and status is compared with the
English rendering of the same screen."""

from __future__ import annotations

import keyring
import keyring.backends.fail
import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QTabWidget,
    QTreeWidget,
    QWidget,
)

from shopinbox.app.promos import discounts
from shopinbox.app.promos import library as promos
from shopinbox.ui.common.i18n import install_translations
from shopinbox.ui.common.preferences import Preferences
from shopinbox.ui.promos.promo_library import PromoLibrary
from shopinbox.ui.settings.account_forms import register_builtin_forms
from shopinbox.ui.settings.settings_dialog import SettingsDialog
from tests.gui.conftest import translations_built  # noqa: F401
from tests.gui.test_languages import SHOTS, _clipped
from tests.orders.conftest import DATA

# Words that are the same in every language: names of products, formats and data.
SAME = {"Shopify", "WooCommerce", "PrestaShop", "SKU", "https://", "ck_…", "cs_…", "—", "CSV",
        "SHOPINBOX_MAIL_PASSWORD", "SHOPINBOX_WOO_SECRET", "Status", "OK"}


def _texts(root: QWidget) -> set[str]:
    found: set[str] = set()
    for widget in root.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, QLabel | QAbstractButton):
            found.add(widget.text())
        if isinstance(widget, QGroupBox):
            found.add(widget.title())
        if isinstance(widget, QTabWidget):
            found.update(widget.tabText(i) for i in range(widget.count()))
        if isinstance(widget, QTreeWidget):
            header = widget.headerItem()
            found.update(header.text(c) for c in range(widget.columnCount()))
    return {t for t in found if t and any(c.isalpha() for c in t)}


def _shoot(qtbot, widget: QWidget, name: str) -> set[str]:
    widget.show()
    qtbot.waitExposed(widget)
    QApplication.processEvents()
    assert _clipped(widget) == [], name
    assert widget.grab().toImage().save(str(SHOTS / f"{name}.png"))
    return _texts(widget)


def _screens(qtbot, ctx, language: str) -> dict[str, set[str]]:
    register_builtin_forms()
    texts: dict[str, set[str]] = {}
    settings = SettingsDialog(ctx, Preferences(ctx.paths.root))
    qtbot.addWidget(settings)
    tab = settings.order_sources
    settings.tabs.setCurrentWidget(tab)
    settings.show()
    qtbot.waitUntil(lambda: tab.sources.count() == 1)
    tab.sources.setCurrentRow(0)
    texts["order-sources"] = _shoot(qtbot, settings, f"settings-order-sources-{language}")
    dialog = tab.import_file("csv")
    with qtbot.waitSignal(dialog.tasks.finished, timeout=10_000):
        dialog.choose_file(str(DATA / "shopify_orders_bad_rows.csv"))
    with qtbot.waitSignal(dialog.imported, timeout=10_000):
        dialog.import_button.click()
    texts["import"] = _shoot(qtbot, dialog, f"settings-import-csv-{language}")
    dialog.close()
    woo = tab.add_shop("woocommerce")
    woo.adjustSize()
    texts["woocommerce"] = _shoot(qtbot, woo, f"settings-woocommerce-{language}")
    woo.close()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    email = settings.add_account("email")
    email.adjustSize()
    texts["email-no-keyring"] = _shoot(qtbot, email, f"account-form-email-no-keyring-{language}")
    email.close()
    settings.close()
    library = PromoLibrary(ctx)
    qtbot.addWidget(library)
    library.tabs.setCurrentWidget(library.pools)
    library.show()
    qtbot.waitUntil(lambda: library.pools.pools.topLevelItemCount() == 1)
    texts["promo-pools"] = _shoot(qtbot, library, f"promo-library-pools-{language}")
    library.close()
    return texts


@pytest.fixture
def shop(sqlite_ctx):
    from shopinbox.app.orders.manage import import_orders_file

    import_orders_file(sqlite_ctx, DATA / "shopify_orders_export.csv")
    promo = promos.save_promo(sqlite_ctx, promos.PromoDetail(
        "Wiosna", "/wiosna", variants={"pl": ("Wiosna", "Kod: {{ promo.code }}")}))
    discounts.create_pool(sqlite_ctx, "Wiosna 2026", promo)
    discounts.generate_pool_codes(sqlite_ctx, "Wiosna 2026", "WIOSNA-####", 20)
    return sqlite_ctx


def test_setup_screens_in_three_languages(qtbot, shop, memory_keyring):
    app = QApplication.instance()
    SHOTS.mkdir(parents=True, exist_ok=True)
    seen: dict[str, dict[str, set[str]]] = {}
    try:
        for language in ("en", "pl", "ru"):
            keyring.set_keyring(memory_keyring)
            assert install_translations(app, language)
            seen[language] = _screens(qtbot, shop, language)
    finally:
        install_translations(app, "en")
        keyring.set_keyring(memory_keyring)
    for language in ("pl", "ru"):
        for screen, english in seen["en"].items():
            left = {t for t in seen[language][screen] & english if t not in SAME
                    and not t.startswith(("shopify CSV", "Wiosna"))}
            assert left == set(), (language, screen, left)
