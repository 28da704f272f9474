"""`shopinbox --smoke`: start the real app on a throw-away profile and prove that it works.

Every build job runs this against the *built* bundle, so it checks what a broken bundle gets
wrong: the database and its Alembic migrations (files on disk), the demo shop, SQLite full-text
search, our translations (pl, ru) and Qt's, the Qt platform plugin (offscreen, plus the native
one for the OS), the image-format plugins, and the main window showing. It prints one JSON line
and exits 0, or prints the failed step and reason (JSON + stderr) and exits 1.

`startup_ms` is the time from process start (the OS's clock where available, else the import of
the command line) until the main window has painted, minus the demo-shop load, which a real start
does not do.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import sys
import tempfile
import time
import traceback
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

SMOKE_LANGUAGES = ("ru", "pl")  # the last one stays installed while the window opens
REQUIRED_IMAGE_FORMATS = ("png", "ico", "jpeg")
NATIVE_PLATFORM = {"linux": "xcb", "win32": "windows", "darwin": "cocoa"}


class SmokeFailure(Exception):
    """A check did not pass; the message says what is wrong."""


def process_age_seconds() -> float | None:
    """Seconds since the OS started this process (Linux, Windows), else None."""
    try:
        if sys.platform.startswith("linux"):
            stat = Path("/proc/self/stat").read_text()
            start_ticks = int(stat.rsplit(")", 1)[1].split()[19])
            uptime = float(Path("/proc/uptime").read_text().split()[0])
            return max(0.0, uptime - start_ticks / os.sysconf("SC_CLK_TCK"))
        if sys.platform == "win32":
            import ctypes
            from ctypes import wintypes

            kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
            filetime = ctypes.POINTER(wintypes.FILETIME)
            kernel32.GetCurrentProcess.restype = wintypes.HANDLE
            kernel32.GetProcessTimes.argtypes = [wintypes.HANDLE, filetime, filetime, filetime,
                                                 filetime]
            kernel32.GetProcessTimes.restype = wintypes.BOOL
            created, exited, kernel, user, now = (wintypes.FILETIME() for _ in range(5))
            if not kernel32.GetProcessTimes(kernel32.GetCurrentProcess(), ctypes.byref(created),
                                            ctypes.byref(exited), ctypes.byref(kernel),
                                            ctypes.byref(user)):
                return None
            kernel32.GetSystemTimeAsFileTime(ctypes.byref(now))

            def ticks(value: Any) -> int:
                return (value.dwHighDateTime << 32) | value.dwLowDateTime

            age = (ticks(now) - ticks(created)) / 1e7
            return age if 0 <= age < 24 * 3600 else None
    except (OSError, ValueError, IndexError, AttributeError):
        return None
    return None


class _Run:
    """Collects the report; times each step and remembers which one is running."""

    def __init__(self, started: float | None) -> None:
        age = process_age_seconds()
        now = time.perf_counter()
        if age is not None:
            self.origin, self.clock = now - age, "process"
        else:
            self.origin, self.clock = (started if started is not None else now), "interpreter"
        self.step = "start"
        self.report: dict[str, Any] = {
            "ok": False, "version": "", "frozen": bool(getattr(sys, "frozen", False)),
            "startup_ms": None, "startup_clock": self.clock, "timings_ms": {}, "warnings": [],
        }

    @contextmanager
    def timed(self, name: str) -> Iterator[None]:
        self.step = name
        begin = time.perf_counter()
        yield
        self.report["timings_ms"][name] = round((time.perf_counter() - begin) * 1000, 1)

    def warn(self, text: str) -> None:
        self.report["warnings"].append(text)


def _qt_application() -> Any:
    if not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "shopinbox"])
    app.setApplicationName("shopinbox")
    app.setOrganizationName("shopinbox")
    return app


def _capture_qt_messages(report: dict[str, Any]) -> None:
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    report["qt_warnings"] = []

    def handler(kind: QtMsgType, _context: Any, message: str) -> None:
        if kind != QtMsgType.QtDebugMsg and len(report["qt_warnings"]) < 20:
            report["qt_warnings"].append(message)

    report["_qt_handler"] = handler  # keep a reference for as long as the run lasts
    qInstallMessageHandler(handler)


# One message every catalogue translates, the language's own name: after a catalogue is
# installed, translating it must give that name (a catalogue that loads but translates nothing,
# or the wrong language's, fails). Spelled out in `probe_translation` so lupdate keeps it.
PROBE_CONTEXT, PROBE_SOURCE = "SmokeProbe", "This language"
LANGUAGE_NAMES = {"pl": "polski", "ru": "русский"}


def probe_translation() -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("SmokeProbe", "This language")


def check_translations(app: Any, folder: Path, languages: tuple[str, ...] = SMOKE_LANGUAGES
                       ) -> dict[str, str]:
    """Each language's .qm loads through `install_translations` and translates the probe message;
    Qt's own qtbase catalogue loads too. With no translation files at all (not written yet) the
    languages are reported as "absent" instead of failing."""
    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

    from shopinbox.ui.common.i18n import install_translations

    any_files = folder.is_dir() and (any(folder.glob("*.ts")) or any(folder.glob("*.qm")))
    result: dict[str, str] = {}
    for language in languages:
        qtbase = QTranslator()
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if not qtbase.load(QLocale(language), "qtbase", "_", qt_dir):
            raise SmokeFailure(f"Qt's qtbase_{language}.qm did not load from {qt_dir}")
        catalogue = folder / f"shopinbox_{language}.qm"
        if not catalogue.exists():
            if any_files:
                raise SmokeFailure(f"{catalogue} is missing (build it with "
                                   "`python -m shopinbox.ui.build_translations`)")
            result[language] = "absent"
            continue
        if not install_translations(app, language):
            raise SmokeFailure(f"{catalogue} did not load")
        got = probe_translation()
        if got != LANGUAGE_NAMES[language]:
            raise SmokeFailure(f"{catalogue.name} does not translate: {PROBE_CONTEXT}/"
                               f"{PROBE_SOURCE!r} gave {got!r}, expected "
                               f"{LANGUAGE_NAMES[language]!r}")
        result[language] = "ok"
    return result


def check_database(ctx: Any) -> dict[str, Any]:
    """Migrations at head, the demo shop's customers and messages present, FTS5 answering."""
    from sqlalchemy import func, select

    from shopinbox.app.inbox.customers import search_messages
    from shopinbox.store.migrate import current_revision, head_revision
    from shopinbox.store.models import Customer, Message

    head, current = head_revision(ctx.engine), current_revision(ctx.engine)
    if current != head:
        raise SmokeFailure(f"database at revision {current}, migrations head is {head}")
    with ctx.reader() as session:
        customers = session.scalar(select(func.count()).select_from(Customer)) or 0
        messages = session.scalar(select(func.count()).select_from(Message)) or 0
        subjects = session.scalars(select(Message.subject).where(Message.subject.is_not(None))
                                   .order_by(Message.id).limit(50)).all()
    if customers <= 0 or messages <= 0:
        raise SmokeFailure(f"demo shop missing: {customers} customers, {messages} messages")
    word = next((w for s in subjects for w in s.split() if w.isalpha() and len(w) >= 4), None)
    if word is None:
        raise SmokeFailure("no searchable word in the demo messages' subjects")
    hits = search_messages(ctx, word, limit=5)
    if not hits:
        raise SmokeFailure(f"full-text search for {word!r} found nothing")
    return {"revision": current, "customers": customers, "messages": messages,
            "search": {"query": word, "hits": len(hits)}}


def plugin_dirs() -> list[Path]:
    from PySide6.QtCore import QCoreApplication

    return [Path(p) for p in QCoreApplication.libraryPaths()]


def check_native_platform(app: Any, dirs: list[Path], platform: str | None = None) -> str:
    """The OS's real platform plugin is bundled and its library (and dependencies) load."""
    from PySide6.QtCore import QPluginLoader

    name = platform or NATIVE_PLATFORM.get(sys.platform)
    if name is None:
        return "unknown OS"
    if app.platformName() == name:
        return "in use"
    candidates = [f for d in dirs for f in sorted((d / "platforms").glob(f"*q{name}.*"))]
    if not candidates:
        raise SmokeFailure(f"no '{name}' platform plugin in {[str(d) for d in dirs]}")
    loader = QPluginLoader(str(candidates[0]))
    if not loader.load():
        raise SmokeFailure(f"platform plugin {candidates[0].name} did not load: "
                           f"{loader.errorString()}")
    return "loads"


def check_image_formats(icon_file: Path) -> list[str]:
    """png, ico and jpeg are readable: the app icon (.ico) decodes, a JPEG round-trips."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QColor, QImage, QImageReader

    supported = sorted(bytes(f.data()).decode() for f in QImageReader.supportedImageFormats())
    missing = [f for f in REQUIRED_IMAGE_FORMATS if f not in supported]
    if missing:
        raise SmokeFailure(f"image formats missing: {missing} (have {supported})")
    reader = QImageReader(str(icon_file))
    icon = reader.read()
    if icon.isNull():
        raise SmokeFailure(f"app icon {icon_file} did not decode: {reader.errorString()}")
    image = QImage(32, 32, QImage.Format.Format_RGB32)
    image.fill(QColor("#17a398"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "JPEG"):
        raise SmokeFailure("JPEG encoding failed")
    if QImage.fromData(data, "JPEG").size() != image.size():
        raise SmokeFailure("JPEG decoding failed")
    return supported


def open_window(app: Any, ctx: Any) -> dict[str, Any]:
    """Build the real main window, show it and make it paint once."""
    from PySide6.QtCore import QDeadlineTimer

    from shopinbox.ui.shell.main_window import MainWindow

    window = MainWindow(ctx)
    window.show()
    deadline = QDeadlineTimer(5000)
    while not (window.windowHandle() and window.windowHandle().isExposed()):
        if deadline.hasExpired():
            raise SmokeFailure("main window was never exposed")
        app.processEvents()
    picture = window.grab()
    if picture.isNull() or picture.width() < 100:
        raise SmokeFailure("main window did not paint")
    return {"window": window, "title": window.windowTitle(),
            "size": [picture.width(), picture.height()]}


def _close_logging(profile: Path) -> None:
    """Release the profile's log file so the temp folder can go (Windows keeps it locked)."""
    root = logging.getLogger("shopinbox")
    for handler in list(root.handlers):
        if str(profile) in str(getattr(handler, "shopinbox_file", "")):
            root.removeHandler(handler)
            handler.close()


def _checks(run: _Run, profile: Path) -> None:
    from shopinbox import __version__
    from shopinbox.paths import DATABASE_URL_ENV
    from shopinbox.ui.common.app_icon import icons_dir
    from shopinbox.ui.common.i18n import translations_dir

    report = run.report
    report["version"] = __version__
    os.environ.pop(DATABASE_URL_ENV, None)  # the smoke test never touches a team database
    with run.timed("qt"):
        app = _qt_application()
        _capture_qt_messages(report)
        report["platform"] = app.platformName()
    with run.timed("translations"):
        folder = translations_dir()
        report["translations"] = check_translations(app, folder)
        if "absent" in report["translations"].values():
            run.warn(f"no translation files in {folder}: pl/ru not checked")
    with run.timed("profile"):
        from shopinbox.app.core.context import AppContext

        ctx = AppContext.open(str(profile))
    try:
        with run.timed("demo"):
            from shopinbox.app.demo.shop import load_demo_shop

            load_demo_shop(ctx)
        with run.timed("window"):
            shown = open_window(app, ctx)
        elapsed = time.perf_counter() - run.origin - report["timings_ms"]["demo"] / 1000
        report["startup_ms"] = round(elapsed * 1000)
        report["window"] = {"title": shown["title"], "size": shown["size"]}
        with run.timed("database"):
            report["database"] = check_database(ctx)
        with run.timed("plugins"):
            report["plugins"] = {
                "platform": app.platformName(),
                "native": check_native_platform(app, plugin_dirs()),
                "image_formats": check_image_formats(icons_dir() / "shopinbox.ico"),
            }
        from shopinbox.app.core.secrets import keyring_status

        usable, backend = keyring_status()
        report["keyring"] = backend if usable else "none"
        shown["window"].close()
        shown["window"].deleteLater()
        app.processEvents()
    finally:
        ctx.close()


def run_smoke(started: float | None = None, report_path: str | None = None) -> int:
    """Run every check; print the JSON summary (and write it to `report_path`); 0 when all pass."""
    run = _Run(started)
    profile = Path(tempfile.mkdtemp(prefix="shopinbox-smoke-"))
    run.report["profile"] = str(profile)  # removed again at the end
    try:
        _checks(run, profile)
        run.report["ok"] = True
    except SmokeFailure as failure:
        run.report.update(failed=run.step, error=str(failure))
    except Exception as error:  # a crash is a failed smoke test too, with its traceback
        run.report.update(failed=run.step, error=f"{type(error).__name__}: {error}")
        traceback.print_exc(file=sys.stderr)
    finally:
        _close_logging(profile)
        shutil.rmtree(profile, ignore_errors=True)
    run.report.pop("_qt_handler", None)
    run.report["timings_ms"]["total"] = round((time.perf_counter() - run.origin) * 1000, 1)
    line = json.dumps(run.report, ensure_ascii=False)
    print(line, flush=True)
    if report_path:
        Path(report_path).write_text(line + "\n", encoding="utf-8")
    if not run.report["ok"]:
        print(f"shopinbox: smoke test failed at step '{run.step}': {run.report['error']}",
              file=sys.stderr)
        return 1
    for warning in run.report["warnings"]:
        print(f"shopinbox: smoke test warning: {warning}", file=sys.stderr)
    return 0
