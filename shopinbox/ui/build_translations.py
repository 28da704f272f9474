"""Compile resources/i18n/*.ts into .qm with Qt's lrelease (part of set-up and packaging).

`python -m shopinbox.ui.build_translations` — also run at start-up from a source checkout when a
.ts is newer than its .qm, so translations never go stale during development.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from shopinbox.ui.i18n import translations_dir


def lrelease_command() -> list[str]:
    found = shutil.which("pyside6-lrelease") or str(Path(sys.executable).with_name("pyside6-lrelease"))
    return [found]


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
    for path in build():
        print(f"built {path}")
