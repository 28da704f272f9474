"""Finds the order sources: the packages under `shopinbox/sources/` (each exposes `SOURCE`) and
any installed distribution's entry point in the group `shopinbox.sources` (a third-party source
is a package with `[project.entry-points."shopinbox.sources"] mysource = "pkg:SOURCE"`).

Everything that needs "which order sources are there" asks here: order sync and import
(app/orders), doctor, `shopinbox orders …` and Settings. `register()` adds one at run time
(tests use it for a dummy source). Both find their plug-ins through `shopinbox/plugins.py`.
"""

from __future__ import annotations

from shopinbox.domain.errors import ShopError
from shopinbox.plugins import PluginRegistry
from shopinbox.sources.base import OrderSource

GROUP = "shopinbox.sources"
_plugins = PluginRegistry[OrderSource]("shopinbox.sources", "SOURCE", GROUP, OrderSource)


def sources() -> list[OrderSource]:
    """Every order source, in menu order."""
    return _plugins.in_order()


def kinds() -> list[str]:
    return [s.kind for s in sources()]


def api_sources() -> list[OrderSource]:
    """The sources whose accounts are synced (`fetch_pages`)."""
    return [s for s in sources() if s.syncs]


def file_sources() -> list[OrderSource]:
    """The sources that read export files (`import_file`)."""
    return [s for s in sources() if s.imports_files]


def find(kind: str | None) -> OrderSource | None:
    return _plugins.find(kind)


def source(kind: str) -> OrderSource:
    found = find(kind)
    if found is None:
        raise ShopError("unsupported_account", kind=kind)
    return found


def register(new: OrderSource) -> None:
    """Add a source at run time (tests, plug-ins loaded by hand)."""
    _plugins.register(new)


def unregister(kind: str) -> None:
    _plugins.unregister(kind)
