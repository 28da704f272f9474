"""What the PyInstaller spec bundles and trims (packaging/bundle_rules.py), on real file names
of the Qt for Python wheels for Linux, Windows and macOS."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

import shopinbox
from tests.fixtures.servers import missing_in_ci
from tests.packaging.loader import ROOT, packaging_module

rules = packaging_module("bundle_rules")


def test_version_comes_from_the_package():
    assert rules.read_version(ROOT) == shopinbox.__version__


def _fake_root(tmp_path: Path, code: str) -> Path:
    package = tmp_path / "shopinbox"
    package.mkdir(parents=True)
    (package / "module.py").write_text(code, encoding="utf-8")
    return tmp_path


def test_unused_qt_modules_are_excluded_until_imported(tmp_path):
    excludes = rules.python_excludes(ROOT, platform="linux")
    for needed in ("PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets"):
        assert needed not in excludes
    assert {"PySide6.QtQuick", "PySide6.QtQml", "PySide6.QtPdf", "tkinter", "pip"} <= set(excludes)
    root = _fake_root(tmp_path, "from PySide6 import QtNetwork\nimport PySide6.QtSvgWidgets\n")
    assert rules.used_qt_modules(root) == {"QtNetwork", "QtSvgWidgets"}
    excludes = rules.python_excludes(root, platform="win32")
    assert "PySide6.QtNetwork" not in excludes and "PySide6.QtSvgWidgets" not in excludes
    assert "PySide6.QtQuick" in excludes


def test_phonenumbers_tables_stay_out_unless_used(tmp_path):
    plain = rules.python_excludes(_fake_root(tmp_path / "a", "import phonenumbers\n"))
    assert "phonenumbers.geodata" in plain and "phonenumbers" not in plain
    geo = rules.python_excludes(_fake_root(tmp_path / "b", "import phonenumbers.geocoder\n"))
    assert "phonenumbers.geodata" not in geo and "phonenumbers.carrierdata" in geo


def test_only_the_simplemma_dictionaries_the_code_uses_are_bundled(tmp_path):
    (tmp_path / "shopinbox").mkdir()
    (tmp_path / "shopinbox" / "lemmas.py").write_text(
        'import simplemma\nsimplemma.lemmatize(word, lang="en")\n', encoding="utf-8")
    languages = rules.simplemma_languages(tmp_path)
    assert languages == {"en"}
    folder = "simplemma/strategies/dictionaries/data"
    assert not rules.is_unwanted(f"{folder}/en.plzma", (), languages)
    assert rules.is_unwanted(f"{folder}/de.plzma", (), languages)
    assert not rules.is_unwanted("simplemma/lemmatizer.py", (), languages)
    assert not rules.is_unwanted(f"{folder}/de.plzma")  # no languages given: all kept
    # the app's own code: English at least (domain/lemmas.py), never an empty set
    assert "en" in rules.simplemma_languages(ROOT)


def test_psycopg_binary_is_left_out_on_linux_only():
    assert "psycopg_binary" in rules.python_excludes(ROOT, platform="linux")
    assert "psycopg_binary" not in rules.python_excludes(ROOT, platform="darwin")


def test_migration_scripts_imports_become_hidden_imports():
    found = rules.migration_imports(ROOT)
    assert {"alembic.context", "alembic.op", "shopinbox.store.models",
            "shopinbox.store.types", "sqlalchemy"} <= set(found)
    assert not any(name.startswith("__future__") for name in found)


def test_data_files_carry_migrations_and_resources_not_sources(tmp_path):
    datas = rules.data_files(ROOT)
    by_name = {Path(source).name: dest for source, dest in datas}
    assert by_name["script.py.mako"] == "shopinbox/store/migrations"
    assert by_name["env.py"] == "shopinbox/store/migrations"
    assert by_name["0001_initial_schema.py"] == "shopinbox/store/migrations/versions"
    assert by_name["shopinbox.ico"] == "shopinbox/resources/icons"
    for examples in ("tea_shop.tsv", "clothes_shop.tsv", "accessories_shop.tsv",
                     "short_replies.tsv"):  # the intent model reads them at start
        assert by_name[examples] == "shopinbox/domain/intents/examples"
    assert not any("__pycache__" in source or source.endswith(".pyc") for source, _ in datas)
    # Translations: the compiled catalogue goes in, its Linguist source does not.
    root = _fake_root(tmp_path, "")
    (root / "shopinbox" / "store" / "migrations").mkdir(parents=True)
    (root / "shopinbox" / "resources" / "i18n").mkdir(parents=True)
    (root / "shopinbox" / "resources" / "i18n" / "shopinbox_pl.ts").write_text("<TS/>")
    (root / "shopinbox" / "resources" / "i18n" / "shopinbox_pl.qm").write_bytes(b"qm")
    names = {Path(s).name: d for s, d in rules.data_files(root)}
    assert names == {"shopinbox_pl.qm": "shopinbox/resources/i18n"}


EXCLUDED = rules.python_excludes(ROOT, platform="linux")


@pytest.mark.parametrize(("dest", "dropped"), [
    # Linux wheel layout
    ("PySide6/Qt/lib/libQt6Widgets.so.6", False),
    ("PySide6/Qt/lib/libQt6Core.so.6", False),
    ("PySide6/Qt/lib/libQt6DBus.so.6", False),
    ("PySide6/Qt/lib/libicudata.so.73", False),
    ("PySide6/Qt/lib/libQt6Quick.so.6", True),
    ("PySide6/Qt/lib/libQt6Qml.so.6", True),
    ("PySide6/Qt/lib/libQt6Pdf.so.6", True),
    ("PySide6/Qt/lib/libQt6Network.so.6", True),
    ("libQt6Network.so.6", True),
    ("libQt6Widgets.so.6", False),
    ("PySide6/Qt/plugins/platforms/libqxcb.so", False),
    ("PySide6/Qt/plugins/platforms/libqwayland.so", False),
    ("PySide6/Qt/plugins/platforms/libqoffscreen.so", False),
    ("PySide6/Qt/plugins/platforms/libqeglfs.so", True),
    ("PySide6/Qt/plugins/platforms/libqvnc.so", True),
    ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", True),
    ("PySide6/Qt/plugins/platformthemes/libqxdgdesktopportal.so", False),
    ("PySide6/Qt/plugins/imageformats/libqjpeg.so", False),
    ("PySide6/Qt/plugins/imageformats/libqico.so", False),
    ("PySide6/Qt/plugins/imageformats/libqtiff.so", True),
    ("PySide6/Qt/plugins/tls/libqopensslbackend.so", True),
    ("PySide6/Qt/plugins/egldeviceintegrations/libqeglfs-kms-integration.so", True),
    ("PySide6/Qt/plugins/platforminputcontexts/libcomposeplatforminputcontextplugin.so", False),
    ("PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so", True),
    ("PySide6/Qt/translations/qtbase_pl.qm", False),
    ("PySide6/Qt/translations/qtbase_ru.qm", False),
    ("PySide6/Qt/translations/qtbase_en.qm", False),
    ("PySide6/Qt/translations/qtbase_de.qm", True),
    ("PySide6/Qt/translations/qt_pl.qm", True),
    ("PySide6/Qt/translations/qtdeclarative_pl.qm", True),
    ("PySide6/Qt/qml/QtQuick/Controls/libqtquickcontrols2plugin.so", True),
    ("PySide6/QtCore.pyi", True),
    # Windows wheel layout
    ("PySide6\\opengl32sw.dll", True),
    ("PySide6\\Qt6Widgets.dll", False),
    ("PySide6\\Qt6Quick.dll", True),
    ("PySide6\\plugins\\platforms\\qwindows.dll", False),
    ("PySide6\\plugins\\platforms\\qdirect2d.dll", True),
    ("PySide6\\plugins\\styles\\qmodernwindowsstyle.dll", False),
    # macOS wheel layout
    ("PySide6/Qt/lib/QtWidgets.framework/Versions/A/QtWidgets", False),
    ("PySide6/Qt/lib/QtQuick.framework/Versions/A/QtQuick", True),
    ("PySide6/Qt/plugins/platforms/libqcocoa.dylib", False),
    ("PySide6/Qt/plugins/styles/libqmacstyle.dylib", False),
    # The app itself and other packages
    ("shopinbox/resources/icons/shopinbox.ico", False),
    ("shopinbox/store/migrations/versions/0001_initial_schema.py", False),
    ("sqlalchemy/testing/plugin/bootstrap.py", False),
    ("somepackage/tests/data.bin", True),
])
def test_trimming_rules(dest, dropped):
    assert rules.is_unwanted(dest, EXCLUDED) is dropped


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ELF dependency analysis")
def test_trim_drops_libraries_only_dropped_plugins_needed():
    """The GTK theme plugin pulls libgtk-3 in; dropping the plugin drops the library too, while
    what the kept xcb plugin links to stays, and links to dropped libraries go."""
    pytest.importorskip("PyInstaller")
    import PySide6
    from PyInstaller.depend.bindepend import get_imports

    qt = Path(PySide6.__file__).parent / "Qt"
    gtk_plugin = qt / "plugins" / "platformthemes" / "libqgtk3.so"
    xcb_qpa = qt / "lib" / "libQt6XcbQpa.so.6"
    gtk = dict(get_imports(str(gtk_plugin))).get("libgtk-3.so.0")
    xcb_cursor = dict(get_imports(str(xcb_qpa))).get("libxcb-cursor.so.0")
    if not (gtk and xcb_cursor):
        missing_in_ci("libgtk-3 or libxcb-cursor is not installed on this machine "
                      "(apt install libgtk-3-0 libxcb-cursor0)")
    toc = [
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", str(gtk_plugin), "BINARY"),
        ("PySide6/Qt/lib/libQt6XcbQpa.so.6", str(xcb_qpa), "BINARY"),
        ("libgtk-3.so.0", gtk, "BINARY"),
        ("libxcb-cursor.so.0", xcb_cursor, "BINARY"),
        ("PySide6/Qt/lib/libQt6Network.so.6", str(qt / "lib" / "libQt6Network.so.6"), "BINARY"),
        ("libQt6Network.so.6", "PySide6/Qt/lib/libQt6Network.so.6", "SYMLINK"),
        ("libQt6XcbQpa.so.6", "PySide6/Qt/lib/libQt6XcbQpa.so.6", "SYMLINK"),
    ]
    kept = {entry[0] for entry in rules.trim(toc, EXCLUDED)}
    assert kept == {"PySide6/Qt/lib/libQt6XcbQpa.so.6", "libxcb-cursor.so.0",
                    "libQt6XcbQpa.so.6"}
