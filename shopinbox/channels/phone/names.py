"""The phone channel's words in the UI language (ui/common/channel_ui.py asks for them at
start-up, so they live apart from the call dialog): its names, and the line the timeline shows
for a logged call (direction, length, outcome)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from shopinbox.channels.phone.calls import call_of


def texts() -> dict[str, str]:
    """This channel's names in the UI language (ui/common/channel_ui.py asks for them)."""
    translate = QCoreApplication.translate
    return {
        "title": translate("PhoneChannel", "Phone"),
        "account": translate("PhoneChannel", "Phone calls"),
        "add": translate("PhoneChannel", "Log a call"),
        "identity": translate("PhoneChannel", "phone"),
        "log": translate("PhoneChannel", "Log a call…"),
    }


def outcome_titles() -> dict[str, str]:
    """The outcomes of `calls.OUTCOMES`, as the dialog offers them and the timeline shows."""
    translate = QCoreApplication.translate
    return {
        "talked": translate("PhoneChannel", "Talked"),
        "no_answer": translate("PhoneChannel", "No answer"),
        "voicemail": translate("PhoneChannel", "Left a voicemail"),
        "call_back": translate("PhoneChannel", "Call back later"),
    }


def entry_summary(direction: str, extra: dict[str, Any]) -> str:
    """"Incoming call · +48 601 100 010 · 5 min · Talked": the timeline's header of a logged
    call (plain text: the timeline makes the number a `tel:` link)."""
    translate = QCoreApplication.translate
    found = call_of(extra)
    if found is None:
        return ""
    minutes, outcome, number = found
    parts = [translate("PhoneChannel", "Outgoing call") if direction == "out"
             else translate("PhoneChannel", "Incoming call")]
    if number:
        parts.append(number)
    if minutes:
        # (an abbreviation, the same for every number in pl and ru: no plural forms)
        parts.append(translate("PhoneChannel", "{minutes} min").format(minutes=minutes))
    parts.append(outcome_titles()[outcome])
    return " · ".join(parts)
