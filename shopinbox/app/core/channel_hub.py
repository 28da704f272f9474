"""The channel hub: importing it registers every channel's sender (outbox), connection test
(doctor) and syncer (sync service).

`outbox.send_message`, `doctor.run_checks` and `sync_service.sync_accounts` import it lazily
(so there is no import cycle), and so do the CLI and the window through them. A new channel adds
its module to `CHANNEL_MODULES`; each module has `register()`.
"""

from __future__ import annotations

import importlib

CHANNEL_MODULES = ["shopinbox.channels.email.channel", "shopinbox.channels.telegram.channel"]
_loaded = False


def load_channels() -> None:
    global _loaded
    if _loaded:
        return
    for name in CHANNEL_MODULES:
        importlib.import_module(name).register()
    _loaded = True
