"""Turn a customer's messages into the timeline's HTML (for QTextBrowser).

Email HTML arrives sanitised at ingest; here remote images are swapped for a `blocked:` URL
unless the user allowed that sender, quoted history is folded behind a link, and attachments
and delivery states get their action links (`action:<verb>/<id>`).
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from shopinbox.domain.quoting import split_quoted_html, split_quoted_text
from shopinbox.ui.formatting import file_size, local_datetime

REMOTE_SRC = re.compile(r"""(<img\b[^>]*?\bsrc\s*=\s*["']?)(https?:)""", re.IGNORECASE)
URL = re.compile(r"(https?://[^\s<>\"']+)")


def tr(text: str) -> str:
    return QCoreApplication.translate("Timeline", text)


def has_remote_images(body_html: str | None) -> bool:
    return bool(body_html and REMOTE_SRC.search(body_html))


def block_remote_images(body_html: str) -> str:
    return REMOTE_SRC.sub(lambda m: m.group(1) + "blocked:" + m.group(2), body_html)


def text_to_html(text: str) -> str:
    escaped = html.escape(text)
    linked = URL.sub(r'<a href="\1">\1</a>', escaped)
    return linked.replace("\n", "<br>")


def _state_html(message: dict) -> str:
    state = message.get("delivery_state")
    if message["direction"] != "out" or not state:
        return ""
    if state == "failed":
        reason = html.escape(message.get("delivery_error") or "")
        return (f' · <span style="color:#c0392b"><b>{tr("failed")}</b>: {reason}</span> '
                f'<a href="action:retry/{message["id"]}">{tr("Retry")}</a>')
    names = {"queued": tr("queued"), "sending": tr("sending…"), "sent": tr("sent ✓")}
    colour = "#2e7d32" if state == "sent" else "#8a6d00"
    return f' · <span style="color:{colour}">{names.get(state, state)}</span>'


def message_html(message: dict, *, unfolded: bool, images_allowed: Callable[[str], bool]) -> str:
    outgoing = message["direction"] == "out"
    background = "#eef5ee" if outgoing else "#f4f6fa"
    who = html.escape(message["sender"] or message["sender_address"] or "")
    side = tr("Shop") if outgoing else tr("Customer")
    header = (
        f'<img src="icon:{html.escape(message["channel"])}" width="14" height="14"> '
        f'<b>{who}</b> <span style="color:#777">({side}) · '
        f'{html.escape(message["account"])} · {local_datetime(message["sent_at"])}</span>'
        f'{_state_html(message)}'
    )
    parts = [f'<a name="m{message["id"]}"></a>',
             f'<table width="100%" cellpadding="8" cellspacing="0" '
             f'style="margin-bottom:6px; background:{background}"><tr><td>', header]
    if message["channel"] == "email" and message.get("subject"):
        parts.append(f'<br><b>{html.escape(message["subject"])}</b>')
    quoted = ""
    body_html = message.get("html")
    if body_html:
        sender = (message.get("sender_address") or "").lower()
        if has_remote_images(body_html) and not images_allowed(sender):
            body_html = block_remote_images(body_html)
            parts.append(
                f'<br><span style="color:#8a6d00">{tr("Remote images are blocked.")}</span> '
                f'<a href="action:images/{message["id"]}">'
                f'{tr("Show images from this sender")}</a>')
        main, quoted = split_quoted_html(body_html)
        parts.append(f"<div>{main}</div>")
    else:
        main, quoted = split_quoted_text(message.get("text") or "")
        parts.append(f"<p>{text_to_html(main)}</p>")
        quoted = text_to_html(quoted) if quoted else ""
    if quoted:
        if unfolded:
            parts.append(f'<div style="color:#666">{quoted}</div>'
                         f'<a href="action:quote/{message["id"]}">{tr("Hide quoted text")}</a>')
        else:
            parts.append(f'<a href="action:quote/{message["id"]}">'
                         f'{tr("… show quoted text")}</a>')
    if message.get("parse_error"):
        parts.append(f'<br><i style="color:#c0392b">{tr("This message could not be read in full.")}'
                     f"</i>")
    for attachment in message.get("attachments") or []:
        name = html.escape(attachment["filename"])
        size = file_size(attachment.get("size") or 0)
        links = (f' <a href="action:open/{attachment["id"]}">{tr("Open")}</a> · '
                 f'<a href="action:save/{attachment["id"]}">{tr("Save…")}</a>'
                 if attachment.get("sha256") else f' <i>{tr("not downloaded")}</i>')
        parts.append(f'<br><img src="icon:attachment" width="14" height="14"> {name} '
                     f'<span style="color:#777">({size})</span>{links}')
    parts.append("</td></tr></table>")
    return "".join(parts)
