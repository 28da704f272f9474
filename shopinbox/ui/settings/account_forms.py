"""Finds the channels' account forms for the settings dialog: each channel names its form module
(`Channel.form_module`), imported only when Settings opens (ui/shell/launch.py)."""

from __future__ import annotations

import importlib


def register_builtin_forms() -> None:
    from shopinbox.channels import registry
    from shopinbox.ui.settings.settings_dialog import register_account_form

    for channel in registry.channels():
        if channel.form_module:
            module = importlib.import_module(channel.form_module)
            register_account_form(channel.kind, module.FORM)
