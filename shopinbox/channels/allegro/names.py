"""The allegro channel's names in the UI language (ui/common/channel_ui.py asks for them at
start-up, so they live apart from the account form and its network modules), and the wording of
its composer warnings (`warning:<code>`, codes of `convert/rules.py`)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def texts() -> dict[str, str]:
    """This channel's names in the UI language (ui/common/channel_ui.py asks for them)."""
    return {
        "title": QCoreApplication.translate("AllegroChannel", "Allegro"),
        "account": QCoreApplication.translate("AllegroChannel", "Allegro seller account"),
        "add": QCoreApplication.translate("AllegroChannel", "Add an Allegro seller account"),
        "identity": QCoreApplication.translate("AllegroChannel", "Allegro login"),
        "warning:allegro_outside_link": QCoreApplication.translate(
            "AllegroChannel", "Allegro forbids links to shops or pages outside Allegro."),
        "warning:allegro_contact_outside": QCoreApplication.translate(
            "AllegroChannel", "Allegro forbids giving an email address or phone number to "
                              "talk or buy outside Allegro."),
        "warning:allegro_notification_only": QCoreApplication.translate(
            "AllegroChannel", "This only repeats what Allegro already tells the buyer after a "
                              "purchase (thanks, payment, shipping); Allegro forbids such "
                              "messages."),
    }
