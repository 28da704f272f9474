"""Imports point down only (DESIGN.md): this test fails when a lower layer imports a higher one."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "shopinbox"

# What each room may import from the package (besides itself).
# An entry "channels.base" allows that one module of a room, not the whole room: app/ knows the
# channel contract and its registry, never a channel package (channels are found at run time).
CONTRACTS = {"channels.base", "channels.registry", "sources.base", "sources.registry"}
ALLOWED = {
    "domain": set(),
    "store": {"domain"},
    "app": {"domain", "store", "paths", "logs", *CONTRACTS},
    "channels": {"domain", "store", "app", "paths", "logs", "plugins"},
    "sources": {"domain", "store", "app", "paths", "logs", "plugins"},
    "ui": {"app", "domain", "store", "paths", "logs", "__init__", *CONTRACTS},
    "commands": {"app", "domain", "paths", "logs", "commands", "__init__", *CONTRACTS},
    "cli": {"app", "domain", "paths", "logs", "commands", "ui", "__init__", *CONTRACTS},
    "paths": set(),
    "logs": {"paths"},
    "plugins": set(),
    "__main__": {"cli"},
    "__init__": set(),
}
# No I/O in domain/ nor in a channel's convert/ (raw items to messages); no widgets outside ui/
# and a channel's account form.
PURE = ("sqlalchemy", "PySide6", "socket", "sqlite3", "imapclient", "telegram", "smtplib",
        "urllib.request", "http", "httpx", "aiohttp", "keyring", "psycopg", "subprocess")
FORBIDDEN_EXTERNAL = {
    "domain": PURE,
    "store": ("PySide6",),
    "app": ("PySide6.QtWidgets", "PySide6.QtGui"),
    "channels": ("PySide6",),
    "sources": ("PySide6",),
    "commands": ("PySide6",),
}
# Inside a channel package (channels/<kind>/…) the same rule holds: `form` (and `names`, its
# translated names for start-up) is its only part that
# may use widgets and ui/; `cli` its only part that may use commands/; `convert` does no I/O.
PLUG_IN_PARTS = {"form": ({"ui"}, ("PySide6",)), "cli": ({"commands"}, ()),
                 "names": (set(), ("PySide6",))}


def _plug_in_part(path: Path) -> str | None:
    """`form`, `cli`, `convert` … for a module of a channel or source package, else None."""
    relative = path.relative_to(PACKAGE).with_suffix("")
    if relative.parts[0] in ("channels", "sources") and len(relative.parts) > 2:
        return relative.parts[2]
    return None


def _room(path: Path) -> str:
    relative = path.relative_to(PACKAGE)
    return relative.parts[0] if len(relative.parts) > 1 else relative.stem


def _from_import_targets(module: str, names: list[str]) -> list[str]:
    """`from shopinbox.channels import registry` imports the module `shopinbox.channels.registry`,
    not the package: name the modules where they are modules."""
    if not module.startswith("shopinbox"):
        return [module]
    folder = PACKAGE.joinpath(*module.split(".")[1:])
    found = [f"{module}.{n}" for n in names
             if (folder / f"{n}.py").exists() or (folder / n / "__init__.py").exists()]
    return found if len(found) == len(names) else [module, *found]


def _imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.extend(_from_import_targets(node.module, [a.name for a in node.names]))
    return names


def _violations() -> list[str]:
    problems = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if "migrations" in path.parts:
            continue
        room = _room(path)
        part = _plug_in_part(path)
        extra_rooms, extra_external = PLUG_IN_PARTS.get(part or "", (set(), ()))
        forbidden_external = PURE if part == "convert" else tuple(
            f for f in FORBIDDEN_EXTERNAL.get(room, ()) if f not in extra_external)
        for name in _imports(path):
            if name == "shopinbox" or name.startswith("shopinbox."):
                parts = name.split(".")
                target = parts[1] if len(parts) > 1 else "__init__"
                module = ".".join(parts[1:3])
                allowed = ALLOWED.get(room, set()) | extra_rooms
                if part == "convert":  # pure: only domain/ and its own package's pure parts
                    allowed = {"domain"} if not name.startswith(".".join(
                        ("shopinbox",) + path.relative_to(PACKAGE).parts[:2] + ("convert",))) \
                        else {room}
                if target != room and target not in allowed and module not in allowed:
                    problems.append(f"{path.relative_to(PACKAGE)} ({room}) imports {name}")
            for forbidden in forbidden_external:
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


def test_shared_code_names_no_channel():
    """app/, ui/, commands/ and store/ ask the channel registry; they never name a channel.
    (The demo shop's content fakes a mailbox and a bot and so names their kinds, once.)"""
    names = []
    for room in ("app", "ui", "commands", "store"):
        for path in sorted((PACKAGE / room).rglob("*.py")):
            if "demo" in path.relative_to(PACKAGE).parts or "migrations" in path.parts:
                continue
            tree = ast.parse(path.read_text(encoding="utf-8"))
            names += [f"{path.relative_to(PACKAGE)}:{node.lineno}" for node in ast.walk(tree)
                      if isinstance(node, ast.Constant) and node.value == "telegram"]
    assert names == []
