"""Imports point down only (DESIGN.md): this test fails when a lower layer imports a higher one."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "shopinbox"

# What each room may import from the package (besides itself).
ALLOWED = {
    "domain": set(),
    "store": {"domain"},
    "connectors": {"domain"},
    "app": {"domain", "store", "connectors", "paths", "logs"},
    "ui": {"app", "domain", "store", "paths", "logs", "__init__"},
    "commands": {"app", "domain", "paths", "logs", "commands", "__init__"},
    "cli": {"app", "domain", "paths", "logs", "commands", "ui", "__init__"},
    "paths": set(),
    "logs": set(),
    "__main__": {"cli"},
    "__init__": set(),
}
# No I/O in domain/; no widgets outside ui/; no database in connectors/.
FORBIDDEN_EXTERNAL = {
    "domain": ("sqlalchemy", "PySide6", "socket", "sqlite3", "imapclient", "telegram", "smtplib",
               "urllib.request", "http", "aiohttp", "keyring", "psycopg", "subprocess"),
    "connectors": ("sqlalchemy", "PySide6"),
    "store": ("PySide6",),
    "app": ("PySide6.QtWidgets", "PySide6.QtGui"),
    "commands": ("PySide6",),
}


def _room(path: Path) -> str:
    relative = path.relative_to(PACKAGE)
    return relative.parts[0] if len(relative.parts) > 1 else relative.stem


def _imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
    return names


def _violations() -> list[str]:
    problems = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if "migrations" in path.parts:
            continue
        room = _room(path)
        for name in _imports(path):
            if name == "shopinbox" or name.startswith("shopinbox."):
                parts = name.split(".")
                target = parts[1] if len(parts) > 1 else "__init__"
                if target != room and target not in ALLOWED.get(room, set()):
                    problems.append(f"{path.relative_to(PACKAGE)} ({room}) imports {name}")
            for forbidden in FORBIDDEN_EXTERNAL.get(room, ()):
                if name == forbidden or name.startswith(forbidden + "."):
                    problems.append(f"{path.relative_to(PACKAGE)} ({room}) imports {name}")
    return problems


def test_every_room_is_known():
    rooms = {_room(p) for p in PACKAGE.rglob("*.py")}
    assert rooms <= set(ALLOWED), rooms - set(ALLOWED)


def test_imports_point_down_only():
    assert _violations() == []


def test_checker_catches_an_upward_import(tmp_path, monkeypatch):
    fake = tmp_path / "shopinbox"
    (fake / "domain").mkdir(parents=True)
    (fake / "domain" / "bad.py").write_text("from shopinbox.store.models import Message\n"
                                           "import sqlite3\n")
    monkeypatch.setattr(sys.modules[__name__], "PACKAGE", fake)
    assert len(_violations()) == 2
