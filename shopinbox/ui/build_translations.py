"""Compile shopinbox/resources/i18n/*.ts into .qm with Qt's lrelease (part of set-up and packaging).

`python -m shopinbox.ui.build_translations` — also run at start-up from a source checkout when a
.ts is newer than its .qm, so translations never go stale during development.
`python -m shopinbox.ui.build_translations --update` first refreshes the .ts sources from the code
(lupdate over `translation_sources()`: ui/ and every channel's and order source's account form).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from shopinbox.ui.common.i18n import translations_dir

PACKAGE = Path(__file__).resolve().parents[1]


def lrelease_command() -> list[str]:
    found = shutil.which("pyside6-lrelease") or str(Path(sys.executable).with_name("pyside6-lrelease"))
    return [found]


def lupdate_command() -> list[str]:
    found = shutil.which("pyside6-lupdate") or str(Path(sys.executable).with_name("pyside6-lupdate"))
    return [found]


def translation_sources(package: Path = PACKAGE) -> list[Path]:
    """Every module whose words the user sees: ui/, and the Qt parts (`form`) of the channel and
    order-source packages, which carry their own titles and messages."""
    found = set((package / "ui").rglob("*.py"))
    for plug_ins in ("channels", "sources"):
        found.update((package / plug_ins).glob("*/form.py"))
        found.update((package / plug_ins).glob("*/names.py"))
        found.update((package / plug_ins).glob("*/form/*.py"))
    return sorted(found)


def update_sources(folder: Path | None = None) -> None:
    """pl and ru: every message. shopinbox_en.ts holds only English plural forms, kept by hand."""
    folder = folder or translations_dir()
    for source in sorted(folder.glob("*.ts")):
        if source.stem.endswith("_en"):
            continue
        subprocess.run([*lupdate_command(), *map(str, translation_sources()), "-no-obsolete",
                        "-ts", str(source)],
                       check=True, capture_output=True)


def stale_sources(folder: Path) -> list[Path]:
    result = []
    for source in sorted(folder.glob("*.ts")):
        compiled = source.with_suffix(".qm")
        if not compiled.exists() or compiled.stat().st_mtime < source.stat().st_mtime:
            result.append(source)
    return result


def build(folder: Path | None = None, *, only_stale: bool = False) -> list[Path]:
    folder = folder or translations_dir()
    sources = stale_sources(folder) if only_stale else sorted(folder.glob("*.ts"))
    built = []
    for source in sources:
        target = source.with_suffix(".qm")
        subprocess.run([*lrelease_command(), "-silent", str(source), "-qm", str(target)],
                       check=True)
        built.append(target)
    return built


if __name__ == "__main__":
    if "--update" in sys.argv[1:]:
        update_sources()
    for path in build():
        print(f"built {path}")
