"""Finding plug-ins, once for channels and order sources: the packages below a folder of ours
that expose an instance of the contract under one name (`CHANNEL`, `SOURCE`), then any installed
distribution's entry point in the group (a third-party package adds
`[project.entry-points."shopinbox.channels"] mine = "pkg:CHANNEL"`). A broken third-party
package is logged and skipped: it must never stop the app. `register()` adds one at run time
(tests use it for their dummy channel and source)."""

from __future__ import annotations

import importlib
import logging
import pkgutil
from importlib.metadata import entry_points
from typing import Generic, Protocol, TypeVar, cast

log = logging.getLogger(__name__)


class Plugin(Protocol):
    @property
    def kind(self) -> str: ...

    @property
    def order(self) -> int: ...


T = TypeVar("T", bound=Plugin)


class PluginRegistry(Generic[T]):
    """The plug-ins of one contract (`base`), found once, on first use."""

    def __init__(self, package: str, attribute: str, group: str, base: type) -> None:
        self.package, self.attribute, self.group, self.base = package, attribute, group, base
        self._found: dict[str, T] | None = None
        self._added: dict[str, T] = {}

    def _discover(self) -> dict[str, T]:
        found: dict[str, T] = {}
        package = importlib.import_module(self.package)
        for info in pkgutil.iter_modules(package.__path__):
            if info.ispkg:
                module = importlib.import_module(f"{self.package}.{info.name}")
                plugin = self._accept(getattr(module, self.attribute, None))
                if plugin is not None:
                    found[plugin.kind] = plugin
        for point in entry_points(group=self.group):
            try:
                loaded = point.load()
                plugin = self._accept(loaded() if isinstance(loaded, type) else loaded)
            except Exception:  # a broken third-party package must not stop the app
                log.exception("entry point %s of %s could not be loaded", point.name, self.group)
                continue
            if plugin is not None and plugin.kind not in found:
                found[plugin.kind] = plugin
        return found

    def _accept(self, candidate: object) -> T | None:
        return cast(T, candidate) if isinstance(candidate, self.base) else None

    def by_kind(self) -> dict[str, T]:
        if self._found is None:
            self._found = self._discover()
        return {**self._found, **self._added}

    def in_order(self) -> list[T]:
        """Every plug-in, in menu order."""
        return sorted(self.by_kind().values(), key=lambda p: (p.order, p.kind))

    def find(self, kind: str | None) -> T | None:
        return self.by_kind().get(kind or "")

    def register(self, new: T) -> None:
        self._added[new.kind] = new

    def unregister(self, kind: str) -> None:
        self._added.pop(kind, None)
