"""The profile folder is private: folders 0700, the database, its WAL, logs and backups 0600,
whatever the umask (a shared computer's other users see nothing of the shop)."""

from __future__ import annotations

import os
import stat

import pytest

from shopinbox.app.core.context import AppContext
from shopinbox.app.demo.shop import load_demo_shop
from shopinbox.store.migrate import backup_sqlite

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")


def _mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_profile_files_are_private_under_a_permissive_umask(tmp_path):
    old = os.umask(0o022)
    try:
        ctx = AppContext.open(str(tmp_path / "profile"))
        load_demo_shop(ctx)  # writes: the WAL file exists now
        backup = backup_sqlite(ctx.paths.database, ctx.paths.backups, "test")
        paths = ctx.paths
        ctx.close()
    finally:
        os.umask(old)
    for folder in (paths.root, paths.attachments, paths.logs, paths.backups):
        assert _mode(folder) == 0o700, folder
    files = [paths.database, paths.log_file, backup,
             *[p for p in paths.root.glob("shopinbox.sqlite3-*")]]
    blobs = [p for p in paths.attachments.rglob("*") if p.is_file()]
    assert blobs, "the demo shop stores attachments"
    for path in files + blobs:
        assert _mode(path) == 0o600, path


def test_an_existing_open_profile_is_tightened(tmp_path):
    folder = tmp_path / "profile"
    folder.mkdir(mode=0o755)
    (folder / "window.ini").write_text("[window]\n")
    os.chmod(folder / "window.ini", 0o644)
    AppContext.open(str(folder)).close()
    assert _mode(folder) == 0o700 and _mode(folder / "window.ini") == 0o600
