"""Finds the order sources: the packages under `shopinbox/sources/` (each exposes `SOURCE`) and
any installed distribution's entry point in the group `shopinbox.sources` (a third-party source
is a package with `[project.entry-points."shopinbox.sources"] mysource = "pkg:SOURCE"`).

Everything that needs "which order sources are there" asks here: order sync and import
(app/orders), doctor, `shopinbox orders …` and Settings. `register()` adds one at run time
(tests use it for a dummy source). Same shape as `channels/registry.py`.
"""

from __future__ import annotations

import importlib
import logging
import pkgutil
from importlib.metadata import entry_points

from shopinbox.domain.errors import ShopError
from shopinbox.sources.base import OrderSource

log = logging.getLogger(__name__)

GROUP = "shopinbox.sources"
_found: dict[str, OrderSource] | None = None
_added: dict[str, OrderSource] = {}


def _discover() -> dict[str, OrderSource]:
    found: dict[str, OrderSource] = {}
    import shopinbox.sources as package

    for info in pkgutil.iter_modules(package.__path__):
        if not info.ispkg:
            continue
        module = importlib.import_module(f"{package.__name__}.{info.name}")
        source = getattr(module, "SOURCE", None)
        if isinstance(source, OrderSource):
            found[source.kind] = source
    for point in entry_points(group=GROUP):
        try:
            source = point.load()
        except Exception:  # a broken third-party package must not stop the app
            log.exception("order source entry point %s could not be loaded", point.name)
            continue
        if isinstance(source, type):
            source = source()
        if isinstance(source, OrderSource) and source.kind not in found:
            found[source.kind] = source
    return found


def _all() -> dict[str, OrderSource]:
    global _found
    if _found is None:
        _found = _discover()
    return {**_found, **_added}


def sources() -> list[OrderSource]:
    """Every order source, in menu order."""
    return sorted(_all().values(), key=lambda s: (s.order, s.kind))


def kinds() -> list[str]:
    return [s.kind for s in sources()]


def api_sources() -> list[OrderSource]:
    """The sources whose accounts are synced (`fetch_pages`)."""
    return [s for s in sources() if s.syncs]


def file_sources() -> list[OrderSource]:
    """The sources that read export files (`import_file`)."""
    return [s for s in sources() if s.imports_files]


def find(kind: str | None) -> OrderSource | None:
    return _all().get(kind or "")


def source(kind: str) -> OrderSource:
    found = find(kind)
    if found is None:
        raise ShopError("unsupported_account", kind=kind)
    return found


def register(new: OrderSource) -> None:
    """Add a source at run time (tests, plug-ins loaded by hand)."""
    _added[new.kind] = new


def unregister(kind: str) -> None:
    _added.pop(kind, None)
