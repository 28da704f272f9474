"""Build the RFC 822 bytes of a reply (pure): threading headers, UTF-8, text + HTML, files.

In-Reply-To is the customer's last Message-ID; References is that message's References plus
its id (RFC 5322 §3.6.4), so every client threads the reply under the conversation.
"""

from __future__ import annotations

import mimetypes
from dataclasses import dataclass, field
from datetime import datetime
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, formataddr

from shopinbox.channels.email.convert.mail_headers import message_ids
from shopinbox.domain.messages import one_line


@dataclass
class OutgoingMail:
    from_address: str
    from_name: str
    to: list[str]
    subject: str
    text: str
    message_id: str
    date: datetime
    html: str | None = None
    in_reply_to: str | None = None
    references: str | None = None  # of the message replied to
    attachments: list[tuple[str, str, bytes]] = field(default_factory=list)  # name, mime, data
    list_unsubscribe: str | None = None  # the List-Unsubscribe header of marketing mail


def references_for(in_reply_to: str | None, previous_references: str | None) -> list[str]:
    chain = message_ids(previous_references)
    if in_reply_to and in_reply_to not in chain:
        chain.append(in_reply_to)
    return chain


def build_mail(mail: OutgoingMail) -> bytes:
    message = EmailMessage()
    message["From"] = formataddr((mail.from_name, mail.from_address)) if mail.from_name \
        else mail.from_address
    message["To"] = ", ".join(mail.to)
    message["Subject"] = one_line(mail.subject)  # a stored subject may predate ingest's cleaning
    message["Date"] = format_datetime(mail.date)
    message["Message-ID"] = mail.message_id
    if mail.in_reply_to:
        message["In-Reply-To"] = mail.in_reply_to
        message["References"] = " ".join(references_for(mail.in_reply_to, mail.references))
    if mail.list_unsubscribe:
        message["List-Unsubscribe"] = mail.list_unsubscribe
    message["MIME-Version"] = "1.0"
    message.set_content(mail.text, charset="utf-8", cte="quoted-printable")
    if mail.html:
        message.add_alternative(mail.html, subtype="html", charset="utf-8",
                                cte="quoted-printable")
    for name, mime, data in mail.attachments:
        mime = mime or mimetypes.guess_type(name)[0] or "application/octet-stream"
        maintype, _, subtype = mime.partition("/")
        message.add_attachment(data, maintype=maintype, subtype=subtype or "octet-stream",
                               filename=name)
    return message.as_bytes(policy=SMTP)
