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
from shopinbox.domain.errors import parse_stored
from shopinbox.domain.phones import phone_spans
from shopinbox.domain.quoting import split_quoted_html, split_quoted_text
from shopinbox.ui.common import channel_ui, error_text
from shopinbox.ui.common.formatting import file_size, local_datetime

URL = re.compile(r"(https?://[^\s<>\"']+)")
# Where a phone number may be written: seven digits or more, maybe spaced, with "+" and "(".
PHONE_HINT = re.compile(r"(?:\+|\(|\b)\d[\d \t().\-]{5,}\d")


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
        "note": translate("Timeline", "Internal note"),
        "never_sent": translate("Timeline", "seen by the team only, never sent"),
        "by": translate("Timeline", "by {name}"),
        "deleted_on_server": translate("Timeline", "deleted on the server"),
        "moved_to": translate("Timeline", "moved to {folder} on the server"),
        "delete_here": translate("Timeline", "Delete here too"),
        "about_order": translate("Timeline", "about order {number}"),
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


def text_to_html(text: str, order_refs: list[dict] | None = None) -> str:
    """Plain text as HTML: escaped, line breaks kept, web links and — for `order_refs`
    (spans of `text` naming a known order) — links that show the order in the customer panel."""
    pieces, position = [], 0
    for ref in sorted(order_refs or [], key=lambda r: r["start"]):
        start, end = int(ref["start"]), int(ref["end"])
        if ref.get("order_id") is None or start < position or end > len(text):
            continue
        pieces.append(_plain_html(text[position:start]))
        pieces.append(f'<a href="action:order/{int(ref["order_id"])}">'
                      f'{html.escape(text[start:end])}</a>')
        position = end
    pieces.append(_plain_html(text[position:]))
    return "".join(pieces)


def _plain_html(text: str) -> str:
    """Escaped, with web links, and phone numbers as `tel:` links (outside web links)."""
    pieces, position = [], 0
    for match in URL.finditer(text):
        pieces.append(_phones_html(text[position:match.start()]))
        link = html.escape(match.group(1))
        pieces.append(f'<a href="{link}">{link}</a>')
        position = match.end()
    pieces.append(_phones_html(text[position:]))
    return "".join(pieces).replace("\n", "<br>")


def _phones_html(text: str) -> str:
    """The number matcher is slow over a whole text: it reads only the runs of digits."""
    pieces, position = [], 0
    for hint in PHONE_HINT.finditer(text):
        for start, end, number in phone_spans(hint.group(0)):
            start, end = start + hint.start(), end + hint.start()
            pieces.append(html.escape(text[position:start]))
            pieces.append(f'<a href="tel:{number}">{html.escape(text[start:end])}</a>')
            position = end
    pieces.append(html.escape(text[position:]))
    return "".join(pieces)


def _state_html(message: dict, words: dict[str, str]) -> str:
    state = message.get("delivery_state")
    if message["direction"] != "out" or not state:
        return ""
    if state == "failed":
        reason = html.escape(error_text.describe_stored(message.get("delivery_error")))
        # A reply that may have gone out asks before it is sent again (timeline_view).
        verb = "retry-unsure" if _may_have_been_sent(message.get("delivery_error")) \
            else "retry"
        return (f' · <span style="color:#c0392b"><b>{words["failed"]}</b>: {reason}</span> '
                f'<a href="action:{verb}/{message["id"]}">{words["retry"]}</a>')
    names = {"queued": words["queued"], "sending": words["sending"], "sent": words["sent"]}
    colour = "#2e7d32" if state == "sent" else "#8a6d00"
    waiting = ""
    held = error_text.stored_texts(message.get("delivery_error")) if state == "queued" else None
    if held:  # held back by the service ("Telegram asks to wait until 14:05")
        waiting = ": " + html.escape(held[0])
    return f' · <span style="color:{colour}">{names.get(state, state)}{waiting}</span>'


def _may_have_been_sent(stored: str | None) -> bool:
    parsed = parse_stored(stored)
    return parsed is not None and parsed[0] in ("may_have_been_sent", "interrupted_send")


def note_html(note: dict, words: dict[str, str]) -> str:
    """An internal note (team mode): marked clearly, in its author's colour, never a message."""
    author = html.escape(note.get("author") or "")
    colour = html.escape(note.get("colour") or "#d4a017")
    return (f'<a name="m{note["id"]}"></a>'
            f'<table width="100%" cellpadding="8" cellspacing="0" style="margin-bottom:6px; '
            f'background:#fff8d6; border-left:4px solid {colour}"><tr><td>'
            f'<b>🗒 {words["note"]}</b> · <b style="color:{colour}">{author}</b> '
            f'<span style="color:#777">· {local_datetime(note["sent_at"])} · '
            f'{words["never_sent"]}</span>'
            f'<p>{text_to_html(note.get("text") or "")}</p></td></tr></table>')


def _deleted_html(message: dict, words: dict[str, str]) -> str:
    """A message its server no longer holds: kept here (a shop's records), marked, and the
    user may delete it here too. One moved to another folder there says where it is now."""
    if message.get("moved_to") and not message.get("server_deleted_at"):
        text = html.escape(words["moved_to"].format(folder=message["moved_to"]))
        return f' · <span style="color:#8a6d00">{text}</span>'
    if not message.get("server_deleted_at"):
        return ""
    return (f' · <span style="color:#c0392b">{words["deleted_on_server"]}</span> '
            f'<a href="action:delete/{message["id"]}">{words["delete_here"]}</a>')


FOCUSED = "#fff1b8"  # the message a search result or a notification opened


def _about_order_html(message: dict, words: dict[str, str]) -> str:
    """The order the channel says the message is about (a marketplace thread about a
    purchase), as a link that shows it in the customer panel. Long ids are shortened."""
    about = message.get("about_order")
    if not about or about.get("order_id") is None:
        return ""
    number = str(about["number"])
    shown = number if len(number) <= 14 else number[:8] + "…"
    text = html.escape(words["about_order"].format(number=shown))
    return f' · <a href="action:order/{int(about["order_id"])}">{text}</a>'


def message_html(message: dict, *, unfolded: bool, images_allowed: Callable[[str], bool],
                 words: dict[str, str] | None = None, focused: bool = False) -> str:
    words = words or texts()
    if message["direction"] == "note":
        return note_html(message, words)
    outgoing = message["direction"] == "out"
    background = FOCUSED if focused else "#eef5ee" if outgoing else "#f4f6fa"
    who = html.escape(message["sender"] or message["sender_address"] or "")
    side = words["shop"] if outgoing else words["customer"]
    if outgoing and message.get("author"):  # team mode: who of the shop wrote it
        side += " · " + html.escape(words["by"].format(name=message["author"]))
    # A log-only channel's entry (a logged call) says what it was instead of who wrote from
    # which account: "Incoming call · +48 601 … · 5 min · Talked" (the number a tel: link).
    summary = channel_ui.entry_summary(message["channel"], message["direction"],
                                       message.get("extra") or {})
    icon = f'<img src="icon:{html.escape(message["channel"])}" width="14" height="14"> '
    if summary:
        header = (f'{icon}<b>{text_to_html(summary)}</b> <span style="color:#777">({side}) · '
                  f'{local_datetime(message["sent_at"])}</span>'
                  f'{_intent_chips(message, words)}')
    else:
        header = (
            f'{icon}<b>{who}</b> <span style="color:#777">({side}) · '
            f'{html.escape(message["account"])} · {local_datetime(message["sent_at"])}</span>'
            f'{_state_html(message, words)}{_intent_chips(message, words)}'
            f'{_deleted_html(message, words)}{_about_order_html(message, words)}'
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
        # the new text is the start of the message's text: the order spans hold in it
        parts.append(f"<p>{text_to_html(main, message.get('order_refs'))}</p>")
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
