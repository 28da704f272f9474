"""Turn a customer's messages into the timeline's HTML (for QTextBrowser).

Email HTML arrives sanitised at ingest; here remote images lose their address (nh3's attribute
filter, `domain/safe_html.py`) unless the user allowed that sender, quoted history is folded behind a link, and attachments
and delivery states get their action links (`action:<verb>/<id>`).
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from shopinbox.channels import registry
from shopinbox.domain import safe_html
from shopinbox.domain.quoting import split_quoted_html, split_quoted_text
from shopinbox.ui.common import error_text
from shopinbox.ui.common.formatting import file_size, local_datetime

URL = re.compile(r"(https?://[^\s<>\"']+)")


def _has_subjects(kind: str) -> bool:
    channel = registry.find(kind)
    return channel is not None and channel.capabilities.subjects


def texts() -> dict[str, str]:
    """The timeline's words, translated once per render (lupdate reads them here)."""
    translate = QCoreApplication.translate
    return {
        "failed": translate("Timeline", "failed"),
        "retry": translate("Timeline", "Retry"),
        "queued": translate("Timeline", "queued"),
        "sending": translate("Timeline", "sending…"),
        "sent": translate("Timeline", "sent ✓"),
        "shop": translate("Timeline", "Shop"),
        "customer": translate("Timeline", "Customer"),
        "blocked": translate("Timeline", "Remote images are blocked."),
        "show_images": translate("Timeline", "Show images from this sender"),
        "hide_quote": translate("Timeline", "Hide quoted text"),
        "show_quote": translate("Timeline", "… show quoted text"),
        "unreadable": translate("Timeline", "This message could not be read in full."),
        "open": translate("Timeline", "Open"),
        "save": translate("Timeline", "Save…"),
        "not_downloaded": translate("Timeline", "not downloaded"),
        "deleted_on_server": translate("Timeline", "deleted on the server"),
        "delete_here": translate("Timeline", "Delete here too"),
        "intent:where_is_my_order": translate("Timeline", "where is my order"),
        "intent:return": translate("Timeline", "return"),
        "intent:complaint": translate("Timeline", "complaint"),
        "intent:discount": translate("Timeline", "discount / price"),
        "intent:product_question": translate("Timeline", "product question"),
    }


def _intent_chips(message: dict, words: dict[str, str]) -> str:
    """Chips for what an inbound message wants (app/inbox/intents.py); 'other' shows none."""
    chips = [words[f"intent:{name}"] for name in message.get("intents") or []
             if f"intent:{name}" in words]
    return "".join(f' <span style="background:#e3ecfa; color:#1f4e96">&nbsp;{html.escape(chip)}'
                   f'&nbsp;</span>' for chip in chips)


def text_to_html(text: str) -> str:
    escaped = html.escape(text)
    linked = URL.sub(r'<a href="\1">\1</a>', escaped)
    return linked.replace("\n", "<br>")


def _state_html(message: dict, words: dict[str, str]) -> str:
    state = message.get("delivery_state")
    if message["direction"] != "out" or not state:
        return ""
    if state == "failed":
        reason = html.escape(error_text.describe_stored(message.get("delivery_error")))
        return (f' · <span style="color:#c0392b"><b>{words["failed"]}</b>: {reason}</span> '
                f'<a href="action:retry/{message["id"]}">{words["retry"]}</a>')
    names = {"queued": words["queued"], "sending": words["sending"], "sent": words["sent"]}
    colour = "#2e7d32" if state == "sent" else "#8a6d00"
    return f' · <span style="color:{colour}">{names.get(state, state)}</span>'


def _deleted_html(message: dict, words: dict[str, str]) -> str:
    """A message its server no longer holds: kept here (a shop's records), marked, and the
    user may delete it here too."""
    if not message.get("server_deleted_at"):
        return ""
    return (f' · <span style="color:#c0392b">{words["deleted_on_server"]}</span> '
            f'<a href="action:delete/{message["id"]}">{words["delete_here"]}</a>')


def message_html(message: dict, *, unfolded: bool, images_allowed: Callable[[str], bool],
                 words: dict[str, str] | None = None) -> str:
    words = words or texts()
    outgoing = message["direction"] == "out"
    background = "#eef5ee" if outgoing else "#f4f6fa"
    who = html.escape(message["sender"] or message["sender_address"] or "")
    side = words["shop"] if outgoing else words["customer"]
    header = (
        f'<img src="icon:{html.escape(message["channel"])}" width="14" height="14"> '
        f'<b>{who}</b> <span style="color:#777">({side}) · '
        f'{html.escape(message["account"])} · {local_datetime(message["sent_at"])}</span>'
        f'{_state_html(message, words)}{_intent_chips(message, words)}'
        f'{_deleted_html(message, words)}'
    )
    parts = [f'<a name="m{message["id"]}"></a>',
             f'<table width="100%" cellpadding="8" cellspacing="0" '
             f'style="margin-bottom:6px; background:{background}"><tr><td>', header]
    if _has_subjects(message["channel"]) and message.get("subject"):
        parts.append(f'<br><b>{html.escape(message["subject"])}</b>')
    quoted = ""
    body_html = message.get("html")
    if body_html:
        sender = (message.get("sender_address") or "").lower()
        blocked = False
        if not images_allowed(sender):  # the one switch: domain/safe_html.py
            body_html, blocked = safe_html.clean(body_html, remote=False)
        if blocked:
            parts.append(
                f'<br><span style="color:#8a6d00">{words["blocked"]}</span> '
                f'<a href="action:images/{message["id"]}">{words["show_images"]}</a>')
        main, quoted = split_quoted_html(body_html)
        parts.append(f"<div>{main}</div>")
    else:
        main, quoted = split_quoted_text(message.get("text") or "")
        parts.append(f"<p>{text_to_html(main)}</p>")
        quoted = text_to_html(quoted) if quoted else ""
    if quoted:
        link = f'<a href="action:quote/{message["id"]}">'
        if unfolded:
            parts.append(f'<div style="color:#666">{quoted}</div>{link}{words["hide_quote"]}</a>')
        else:
            parts.append(f'{link}{words["show_quote"]}</a>')
    if message.get("parse_error"):
        parts.append(f'<br><i style="color:#c0392b">{words["unreadable"]}</i>')
    for attachment in message.get("attachments") or []:
        name = html.escape(attachment["filename"])
        size = file_size(attachment.get("size") or 0)
        # Content not in the profile yet is fetched when opened or saved.
        links = (f' <a href="action:open/{attachment["id"]}">{words["open"]}</a> · '
                 f'<a href="action:save/{attachment["id"]}">{words["save"]}</a>'
                 + ('' if attachment.get("sha256") else
                    f' <i style="color:#777">{words["not_downloaded"]}</i>'))
        parts.append(f'<br><img src="icon:attachment" width="14" height="14"> {name} '
                     f'<span style="color:#777">({size})</span>{links}')
    parts.append("</td></tr></table>")
    return "".join(parts)
