"""`shopinbox --smoke`: the real app from source in a subprocess, and each check on its own with
real files (compiled catalogues, plugins, images) that make it pass or fail."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from alembic.script import ScriptDirectory
from PySide6.QtCore import QCoreApplication

from shopinbox.store.migrate import MIGRATIONS_DIR
from shopinbox.ui.build_translations import lrelease_command
from shopinbox.ui.common import i18n
from shopinbox.ui.common.app_icon import icons_dir
from shopinbox.ui.shell import smoke

ROOT = Path(__file__).resolve().parents[2]


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    env.update(extra)
    return env


def _run(args: list[str], env: dict[str, str]) -> tuple[subprocess.CompletedProcess, dict]:
    result = subprocess.run([sys.executable, *args], cwd=ROOT, env=env, capture_output=True,
                            text=True, encoding="utf-8", timeout=120)
    lines = [line for line in result.stdout.splitlines() if line.startswith("{")]
    assert lines, f"no JSON summary; stdout={result.stdout!r} stderr={result.stderr!r}"
    return result, json.loads(lines[-1])


def test_smoke_passes_from_source(tmp_path):
    untouched = tmp_path / "user-profile"
    report_file = tmp_path / "report.json"
    result, report = _run(
        ["-m", "shopinbox", "--smoke", "--smoke-report", str(report_file)],
        # A user's profile and team database must never be touched by the self-test.
        _env(SHOPINBOX_PROFILE=str(untouched),
             SHOPINBOX_DATABASE_URL="postgresql+psycopg://nobody@127.0.0.1:9/none"),
    )
    assert result.returncode == 0, result.stderr
    assert report["ok"] is True
    assert report["frozen"] is False
    assert report["platform"] == "offscreen"
    head = ScriptDirectory(str(MIGRATIONS_DIR)).get_current_head()
    assert report["database"]["revision"] == head
    assert report["database"]["customers"] > 0 and report["database"]["messages"] > 0
    assert report["database"]["search"]["hits"] > 0
    assert 0 < report["startup_ms"] <= report["timings_ms"]["total"]
    assert report["startup_clock"] == ("process" if sys.platform in ("linux", "win32")
                                       else "interpreter")
    assert {"png", "ico", "jpeg"} <= set(report["plugins"]["image_formats"])
    assert report["plugins"]["native"] in ("loads", "in use")
    has_sources = any((ROOT / "shopinbox" / "resources" / "i18n").glob("*.ts"))
    expected = "ok" if has_sources else "absent"
    assert report["translations"] == {"ru": expected, "pl": expected}
    assert json.loads(report_file.read_text(encoding="utf-8")) == report
    assert not untouched.exists()
    assert not Path(report["profile"]).exists()


def test_smoke_reports_the_failed_step(tmp_path):
    """A bundle without its icons: the image check fails, the run says where and why."""
    empty = tmp_path / "no-icons"
    empty.mkdir()
    code = textwrap.dedent(f"""
        import sys
        from pathlib import Path
        import shopinbox.ui.common.app_icon as app_icon
        app_icon.icons_dir = lambda: Path({str(empty)!r})
        from shopinbox.cli import main
        sys.exit(main(["--smoke"]))
    """)
    result, report = _run(["-c", code], _env())
    assert result.returncode == 1
    assert report["ok"] is False
    assert report["failed"] == "plugins"
    assert "shopinbox.ico" in report["error"]
    assert "smoke test failed at step 'plugins'" in result.stderr
    assert not Path(report["profile"]).exists()


def _catalogue(folder: Path, language: str, messages_xml: str) -> Path:
    source = folder / f"shopinbox_{language}.ts"
    source.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        f'<TS version="2.1" language="{language}">\n'
        f"<context><name>SmokeProbe</name>{messages_xml}</context>\n</TS>\n",
        encoding="utf-8",
    )
    target = source.with_suffix(".qm")
    subprocess.run([*lrelease_command(), "-silent", str(source), "-qm", str(target)], check=True)
    return target


PLURAL = """<message numerus="yes"><source>%n order(s)</source><translation>
    <numerusform>%n zamówienie</numerusform><numerusform>%n zamówienia</numerusform>
    <numerusform>%n zamówień</numerusform></translation></message>"""
SINGULAR = {
    "pl": "<message><source>This language</source><translation>polski</translation></message>",
    "ru": "<message><source>This language</source><translation>русский</translation></message>",
}


@pytest.fixture
def i18n_folder(tmp_path, monkeypatch, qapp):
    folder = tmp_path / "i18n"
    folder.mkdir()
    monkeypatch.setattr(i18n, "translations_dir", lambda: folder)
    yield folder
    i18n.install_translations(qapp, "en")  # take our translators out of the shared app


def test_catalogues_load_and_translate(qapp, i18n_folder):
    for language in ("pl", "ru"):
        _catalogue(i18n_folder, language, PLURAL + SINGULAR[language])
    assert smoke.check_translations(qapp, i18n_folder) == {"ru": "ok", "pl": "ok"}
    # The last language checked stays installed: the window opens translated.
    assert QCoreApplication.translate("SmokeProbe", "This language") == "polski"


def test_missing_catalogue_fails_once_translations_exist(qapp, i18n_folder):
    _catalogue(i18n_folder, "pl", SINGULAR["pl"])
    with pytest.raises(smoke.SmokeFailure, match="shopinbox_ru.qm is missing"):
        smoke.check_translations(qapp, i18n_folder)


def test_no_translation_files_at_all_is_reported_not_failed(qapp, i18n_folder):
    assert smoke.check_translations(qapp, i18n_folder) == {"ru": "absent", "pl": "absent"}


def test_catalogue_without_a_finished_translation_fails(qapp, i18n_folder):
    unfinished = ('<message><source>This language</source>'
                  '<translation type="unfinished"></translation></message>')
    for language in ("pl", "ru"):
        _catalogue(i18n_folder, language, unfinished)
    with pytest.raises(smoke.SmokeFailure, match="does not translate"):
        smoke.check_translations(qapp, i18n_folder)


def test_a_catalogue_of_the_wrong_language_fails(qapp, i18n_folder):
    _catalogue(i18n_folder, "pl", SINGULAR["ru"])
    _catalogue(i18n_folder, "ru", SINGULAR["ru"])
    with pytest.raises(smoke.SmokeFailure, match="expected 'polski'"):
        smoke.check_translations(qapp, i18n_folder)


def test_native_platform_plugin_is_found_and_loads(qapp, tmp_path):
    assert smoke.check_native_platform(qapp, smoke.plugin_dirs()) in ("loads", "in use")
    with pytest.raises(smoke.SmokeFailure, match="platform plugin"):
        smoke.check_native_platform(qapp, [tmp_path], platform="xcb-missing")


def test_image_formats_decode_the_app_icon(qapp, tmp_path):
    formats = smoke.check_image_formats(icons_dir() / "shopinbox.ico")
    assert {"png", "ico", "jpeg"} <= set(formats)
    corrupt = tmp_path / "shopinbox.ico"
    corrupt.write_bytes(b"\0\0\1\0garbage")
    with pytest.raises(smoke.SmokeFailure, match="did not decode"):
        smoke.check_image_formats(corrupt)


@pytest.mark.skipif(sys.platform not in ("linux", "win32"), reason="no process clock here")
def test_process_age_comes_from_the_os():
    age = smoke.process_age_seconds()
    assert age is not None and 0 < age < 24 * 3600

