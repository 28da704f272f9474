"""Every path the app touches, in one place.

A *profile* is one folder holding a shop's whole state: database, attachment store, logs,
settings, backups. `--profile DIR` or `SHOPINBOX_PROFILE` point the app at another folder, so demos,
tests and several shops never share state. Nothing else in the package builds a path by hand.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "shopinbox"
PROFILE_ENV = "SHOPINBOX_PROFILE"
DATABASE_URL_ENV = "SHOPINBOX_DATABASE_URL"


def default_profile_dir() -> Path:
    """The per-user data folder of the operating system (e.g. ~/.local/share/shopinbox)."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


@dataclass(frozen=True)
class ProfilePaths:
    """The folders and files of one profile; `ensure()` creates them."""

    root: Path

    @property
    def database(self) -> Path:
        return self.root / "shopinbox.sqlite3"

    @property
    def attachments(self) -> Path:
        return self.root / "attachments"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    @property
    def log_file(self) -> Path:
        return self.logs / "shopinbox.log"

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def desktop_settings(self) -> Path:
        """This desktop's window settings (QSettings INI; ui/common/preferences.py)."""
        return self.root / "window.ini"

    @property
    def legacy_settings_file(self) -> Path:
        """The JSON settings file of earlier versions: read into the shop settings table once
        (app/core/settings.py), then renamed."""
        return self.root / "settings.json"

    def database_url(self) -> str:
        """PostgreSQL (team mode) when SHOPINBOX_DATABASE_URL is set, else the profile's SQLite."""
        url = os.environ.get(DATABASE_URL_ENV, "").strip()
        if url:
            return url
        return f"sqlite:///{self.database}"

    def ensure(self) -> ProfilePaths:
        """Create the profile's folders, private to this user: folders 0700 and the files at
        the top and in logs/ and backups/ 0600 (on Windows the user's own folder already is)."""
        for folder in (self.root, self.attachments, self.logs, self.backups):
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)
            make_private(folder)
        for folder in (self.root, self.logs, self.backups):
            for child in folder.iterdir():
                if child.is_file() and not child.is_symlink():
                    make_private(child)
        return self


def make_private(path: Path) -> None:
    """chmod 0700 (folders) / 0600 (files) where the OS has POSIX modes; harmless elsewhere."""
    if os.name != "posix":
        return
    wanted = 0o700 if path.is_dir() else 0o600
    try:
        if path.stat().st_mode & 0o777 != wanted:
            os.chmod(path, wanted)
    except OSError:
        pass  # not ours to change (a shared folder): the profile still works


def resolve_profile(explicit: str | os.PathLike[str] | None = None) -> ProfilePaths:
    """`--profile` wins, then SHOPINBOX_PROFILE, then the OS default folder."""
    if explicit:
        return ProfilePaths(Path(explicit).expanduser().resolve())
    from_env = os.environ.get(PROFILE_ENV, "").strip()
    if from_env:
        return ProfilePaths(Path(from_env).expanduser().resolve())
    return ProfilePaths(default_profile_dir())


DEMO_FOLDER_NAME = "shopinbox-demo"


def demo_profile(real: ProfilePaths) -> ProfilePaths:
    """The demo shop's own profile: a `shopinbox-demo` folder next to the real profile (never
    inside it, so the real shop's backups and data stay apart). A demo profile is its own demo."""
    if real.root.name == DEMO_FOLDER_NAME:
        return real
    return ProfilePaths(real.root.parent / DEMO_FOLDER_NAME)
