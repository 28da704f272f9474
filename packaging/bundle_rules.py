"""What goes into the PyInstaller bundle and what is trimmed out of it (used by shopinbox.spec).

Kept apart from the spec so the rules can be unit-tested (tests/packaging/test_bundle_rules.py)
and so they follow the code as it grows: Qt modules are excluded only while no module of the app
imports them, and the migration scripts' imports are read from the scripts themselves.

PyInstaller already collects only the Qt modules that are imported and the plugins and
translations that belong to them; the trimming below removes what those hooks collect but a
shop's desktop app never uses (other languages, embedded-Linux platform plugins, QML, …).
"""

from __future__ import annotations

import ast
import importlib.util
import re
import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path, PurePosixPath

APP_LANGUAGES = ("en", "pl", "ru")

# Qt for Python modules a shop inbox does not use. Each is excluded unless the app imports it.
OPTIONAL_QT_MODULES = (
    "Qt3DAnimation", "Qt3DCore", "Qt3DExtras", "Qt3DInput", "Qt3DLogic", "Qt3DRender",
    "QtBluetooth", "QtCharts", "QtConcurrent", "QtDataVisualization", "QtDBus", "QtDesigner",
    "QtGraphs", "QtGraphsWidgets", "QtHelp", "QtHttpServer", "QtLabsStyleKit", "QtLocation",
    "QtMultimedia", "QtMultimediaWidgets", "QtNetwork", "QtNetworkAuth", "QtNfc", "QtOpenGL",
    "QtOpenGLWidgets", "QtPdf", "QtPdfWidgets", "QtPositioning", "QtPrintSupport", "QtQml",
    "QtQmlFeatures", "QtQuick", "QtQuick3D", "QtQuickControls2", "QtQuickTest", "QtQuickWidgets",
    "QtRemoteObjects", "QtScxml", "QtSensors", "QtSerialBus", "QtSerialPort", "QtSpatialAudio",
    "QtSql", "QtStateMachine", "QtSvgWidgets", "QtTest", "QtTextToSpeech", "QtUiTools",
    "QtVirtualKeyboard", "QtWebChannel", "QtWebEngineCore", "QtWebEngineQuick",
    "QtWebEngineWidgets", "QtWebSockets", "QtWebView", "QtXml",
)
# Python packages that are never needed at run time (build tools, test runners, other GUIs).
PYTHON_EXCLUDES = (
    "tkinter", "_tkinter", "turtle", "turtledemo", "idlelib", "lib2to3", "pydoc_data", "test",
    "unittest", "doctest", "distutils", "setuptools", "pkg_resources", "pip", "wheel",
    "pytest", "_pytest", "pytestqt", "hypothesis", "IPython", "PyQt5", "PyQt6", "PySide2",
    "PyInstaller", "tests",
    # SQLAlchemy's hooks pull in every dialect; shopinbox speaks SQLite and PostgreSQL only.
    "sqlalchemy.dialects.mysql", "sqlalchemy.dialects.mssql", "sqlalchemy.dialects.oracle",
    "sqlalchemy.testing", "alembic.testing",
)
# Big optional data of libraries, excluded unless the app's code mentions the module that uses it
# (module to exclude -> text that, found in shopinbox/, keeps it).
OPTIONAL_DATA_MODULES = {
    # phonenumbers' geocoder, carrier and time-zone tables are ~85 % of the package; parsing and
    # formatting need none of them.
    "phonenumbers.geodata": "phonenumbers.geocoder",
    "phonenumbers.geocoder": "phonenumbers.geocoder",
    "phonenumbers.carrierdata": "phonenumbers.carrier",
    "phonenumbers.carrier": "phonenumbers.carrier",
    "phonenumbers.tzdata": "phonenumbers.timezone",
    "phonenumbers.timezone": "phonenumbers.timezone",
}
# simplemma installs a dictionary for each of 54 languages (19 MB); the app looks words up in
# the ones its code names (`lang="en"` in shopinbox/domain/lemmas.py), the rest stay out.
SIMPLEMMA_DICTIONARIES = ("simplemma", "strategies", "dictionaries", "data")

# Linux: team mode's PostgreSQL driver uses the system's libpq (`apt install libpq5`) instead of
# the 10 MB of libpq, OpenSSL, Kerberos and LDAP copies that psycopg's binary wheel carries.
LINUX_EXCLUDES = ("psycopg_binary",)
# Qt shared libraries (base names, any OS spelling) only used by things trimmed below.
UNUSED_QT_LIBRARIES = (
    "Qt6Quick", "Qt6Qml", "Qt6Pdf", "Qt6Designer", "Qt6Help", "Qt6Test", "Qt6EglFS",
    "Qt6EglFsKms", "Qt6Lottie", "Qt6Labs", "Qt6VirtualKeyboard", "Qt6WebEngine", "Qt63D",
    "Qt6Multimedia", "Qt6Charts", "Qt6ShaderTools", "Qt6WaylandCompositor",
)
# Windows' software OpenGL (20 MB): only for OpenGL content, which the app has none of.
UNUSED_FILES = ("opengl32sw.dll",)
# Plugin folders that are dropped whole, and single plugins dropped from kept folders.
UNUSED_PLUGIN_DIRS = (
    "designer", "egldeviceintegrations", "generic", "qmltooling", "sqldrivers",
    "wayland-graphics-integration-server", "vectorimageformats", "scenegraph", "qmllint",
)
UNUSED_PLUGINS = {  # file names without "lib" and extension
    # Kept: xcb, wayland (Linux desktops), windows, cocoa, offscreen (the smoke test).
    "platforms": ("qeglfs", "qlinuxfb", "qminimal", "qminimalegl", "qvnc", "qvkkhrdisplay",
                  "qdirect2d"),
    # Kept: gif, ico, jpeg, svg, webp (what customers send and what icons use).
    "imageformats": ("qtga", "qtiff", "qwbmp", "qpdf", "qmacheif", "qmacjp2", "qjp2", "qicns"),
    "platforminputcontexts": ("qtvirtualkeyboardplugin",),
    # GTK's theme plugin drags the whole GTK stack (~25 MB) into the bundle, built against the
    # build machine's GTK; the portal theme gives native file dialogs without it.
    "platformthemes": ("qgtk3",),
}
# Plugin folders that exist only for a Qt module; dropped when that module is not bundled.
PLUGINS_OF_MODULE = {
    "tls": "QtNetwork", "networkinformation": "QtNetwork", "bearer": "QtNetwork",
    "printsupport": "QtPrintSupport", "sqldrivers": "QtSql",
}


def read_version(root: Path) -> str:
    """The one version of the app: `shopinbox/__init__.py:__version__`."""
    text = (root / "shopinbox" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'^__version__\s*=\s*["\']([^"\']+)["\']', text, re.MULTILINE)
    if not match:
        raise RuntimeError("no __version__ in shopinbox/__init__.py")
    return match.group(1)


def used_qt_modules(root: Path) -> set[str]:
    """Qt modules the app's code imports (`PySide6.QtX` or `from PySide6 import QtX`)."""
    used: set[str] = set()
    for path in (root / "shopinbox").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module:
                if node.module == "PySide6":
                    used.update(alias.name for alias in node.names)
                elif node.module.startswith("PySide6."):
                    used.add(node.module.split(".")[1])
            elif isinstance(node, ast.Import):
                used.update(a.name.split(".")[1] for a in node.names
                            if a.name.startswith("PySide6."))
    return used


def _source_text(root: Path) -> str:
    return "\n".join(p.read_text(encoding="utf-8") for p in (root / "shopinbox").rglob("*.py"))


def python_excludes(root: Path, platform: str = sys.platform) -> list[str]:
    used = used_qt_modules(root)
    source = _source_text(root)
    excludes = [*PYTHON_EXCLUDES, *(f"PySide6.{m}" for m in OPTIONAL_QT_MODULES if m not in used)]
    excludes += [m for m, needle in OPTIONAL_DATA_MODULES.items() if needle not in source]
    if platform.startswith("linux"):
        excludes += LINUX_EXCLUDES
    return excludes


def migration_imports(root: Path) -> list[str]:
    """Modules the Alembic scripts import. Alembic runs them from files on disk, so PyInstaller
    never sees these imports; they are added as hidden imports."""
    found: set[str] = set()
    for path in (root / "shopinbox" / "store" / "migrations").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                found.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                found.add(node.module)
                # `from alembic import context`: names that are modules are imports too.
                found.update(f"{node.module}.{alias.name}" for alias in node.names
                             if _is_module(f"{node.module}.{alias.name}"))
    return sorted(name for name in found if name.split(".")[0] != "__future__")


def _is_module(name: str) -> bool:
    try:
        return importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):
        return False


def build_translations(root: Path, python: str = sys.executable) -> list[Path]:
    """Compile shopinbox/resources/i18n/*.ts to .qm (committed too; rebuilt so a bundle never
    carries stale ones)."""
    sources = sorted((root / "shopinbox" / "resources" / "i18n").glob("*.ts"))
    if sources:
        subprocess.run([python, "-m", "shopinbox.ui.build_translations"], cwd=root, check=True)
        missing = [s for s in sources if not s.with_suffix(".qm").exists()]
        if missing:
            raise RuntimeError(f"lrelease produced no .qm for {missing}")
    return [s.with_suffix(".qm") for s in sources]


def _tree(source: Path, target: str, skip: Iterable[str] = ()) -> list[tuple[str, str]]:
    """(file, destination folder) pairs for every file under `source`, minus caches/skips."""
    skipped = tuple(skip)
    pairs = []
    for path in sorted(source.rglob("*")):
        if not path.is_file() or "__pycache__" in path.parts or path.suffix == ".pyc":
            continue
        if path.name.endswith(skipped):
            continue
        folder = PurePosixPath(target, *path.relative_to(source).parent.parts)
        pairs.append((str(path), str(folder)))
    return pairs


def data_files(root: Path) -> list[tuple[str, str]]:
    """Migrations (Alembic reads them from disk, including script.py.mako) and the resources
    (icons, compiled translations, anything added later) under shopinbox/resources, where
    `ui/common/i18n.py` and `ui/common/app_icon.py` look inside a bundle, the channels' icons and
    the intent model's labelled examples. Translation sources stay out."""
    datas = _tree(root / "shopinbox" / "store" / "migrations", "shopinbox/store/migrations")
    skip = (".ts", ".qrc", ".pro", ".icns") if sys.platform != "darwin" else (".ts", ".qrc", ".pro")
    if (root / "shopinbox" / "resources").is_dir():
        datas += _tree(root / "shopinbox" / "resources", "shopinbox/resources", skip)
    # Each channel's icon lives in its package (channels/base.py `icon_file`).
    for icon in sorted((root / "shopinbox" / "channels").glob("*/icon.svg")):
        datas.append((str(icon), f"shopinbox/channels/{icon.parent.name}"))
    # The labelled messages the intent model learns from (domain/intents/model.py).
    for examples in sorted((root / "shopinbox" / "domain" / "intents" / "examples").glob("*.tsv")):
        datas.append((str(examples), "shopinbox/domain/intents/examples"))
    return datas


def _library_base(name: str) -> str:
    """'libQt6Quick.so.6' / 'Qt6Quick.dll' / 'QtQuick' (framework) -> 'Qt6Quick'."""
    base = name.split(".")[0]
    base = base.removeprefix("lib")
    if base.startswith("Qt") and not base.startswith("Qt6"):
        base = "Qt6" + base[2:]  # macOS frameworks are named QtQuick.framework
    return base


def simplemma_languages(root: Path) -> set[str]:
    """The languages the app's code asks simplemma for (`simplemma.…(…, lang="xx")`)."""
    return set(re.findall(r'simplemma\.\w+\([^)]*lang="([a-z]{2,3})"', _source_text(root)))


def is_unwanted(dest: str, excluded_modules: Iterable[str] = (),
                lemma_languages: Iterable[str] | None = None) -> bool:
    """Should this bundled file (its destination path inside the bundle) be dropped?
    `lemma_languages`: the simplemma dictionaries to keep (None: keep them all)."""
    path = PurePosixPath(dest.replace("\\", "/"))
    parts, name = path.parts, path.name
    if name.endswith(".pyi") or name in UNUSED_FILES:
        return True
    if (lemma_languages is not None and parts[:-1] == SIMPLEMMA_DICTIONARIES
            and name.endswith(".plzma")):
        return name.removesuffix(".plzma") not in set(lemma_languages)
    if parts[0] != "shopinbox" and any(p in ("tests", "test") for p in parts[:-1]):
        return True
    excluded = {m.removeprefix("PySide6.") for m in excluded_modules}
    if "PySide6" not in parts:
        # Top-level links to Qt libraries follow the rules of the libraries themselves.
        return len(parts) == 1 and _unwanted_qt_library(name, excluded)
    # Qt's own translations: only the base catalogue, in the app's languages.
    if "translations" in parts and name.endswith(".qm"):
        match = re.fullmatch(r"qtbase_([a-z]{2})(_[A-Z]{2})?\.qm", name)
        return not (match and match.group(1) in APP_LANGUAGES)
    if "qml" in parts:
        return True
    if "plugins" in parts:
        index = parts.index("plugins")
        if len(parts) < index + 3:
            return False
        folder = parts[index + 1]
        if folder in UNUSED_PLUGIN_DIRS:
            return True
        if PLUGINS_OF_MODULE.get(folder) in excluded:
            return True
        return name.split(".")[0].removeprefix("lib") in UNUSED_PLUGINS.get(folder, ())
    return _unwanted_qt_library(next((p for p in parts if p.endswith(".framework")), name),
                                excluded)


def _unwanted_qt_library(name: str, excluded: set[str]) -> bool:
    base = _library_base(name)
    if not base.startswith("Qt6"):
        return False
    if any(base.startswith(lib) for lib in UNUSED_QT_LIBRARIES):
        return True
    # Libraries of excluded modules, except the two that the platform plugins link to.
    module = "Qt" + base.removeprefix("Qt6")
    return module in excluded and module not in ("QtDBus", "QtOpenGL")


def trim(toc: list, excluded_modules: Iterable[str] = (),
         lemma_languages: Iterable[str] | None = None) -> list:
    """Drop unwanted entries from a PyInstaller TOC (list of (dest, src, kind) tuples), then
    the system libraries only the dropped entries needed, and links left pointing nowhere."""
    excluded = list(excluded_modules)
    languages = None if lemma_languages is None else list(lemma_languages)
    kept = [entry for entry in toc if not is_unwanted(entry[0], excluded, languages)]
    if sys.platform.startswith("linux"):
        orphans = _top_level_libraries_needed(toc) - _top_level_libraries_needed(kept)
        kept = [entry for entry in kept if entry[0] not in orphans]
    names = {entry[0] for entry in kept}
    return [e for e in kept if e[2] != "SYMLINK" or e[1] in names]


def _top_level_libraries_needed(toc: list) -> set[str]:
    """Top-level (system) libraries reachable by linking from the packages' binaries.

    Libraries that nothing links to (loaded through ctypes) are not in the result, so they are
    never treated as orphans."""
    from PyInstaller.depend.bindepend import get_imports

    by_name = {e[0]: e for e in toc if "/" not in e[0] and e[2] in ("BINARY", "SYMLINK")}
    stack = [e[1] for e in toc if e[2] in ("BINARY", "EXTENSION")
             and ("/" in e[0] or e[0].startswith("libpython"))]
    seen_files: set[str] = set()
    needed: set[str] = set()
    while stack:
        source = stack.pop()
        if source in seen_files:
            continue
        seen_files.add(source)
        for name, _path in get_imports(source):
            entry = by_name.get(PurePosixPath(name).name)
            if entry is None or entry[0] in needed:
                continue
            needed.add(entry[0])
            if entry[2] == "SYMLINK":
                target = next((e for e in toc if e[0] == entry[1]), None)
                if target is not None:
                    stack.append(target[1])
            else:
                stack.append(entry[1])
    return needed
