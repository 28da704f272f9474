"""Builders of test messages (raw RFC 822 bytes)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid


def simple(sender: str = "Jan Kowalski <jan@klient.pl>", subject: str = "Zamówienie 123",
           body: str = "Dzień dobry, gdzie jest moja przesyłka?", *, to: str = "shop@example.com",
           message_id: str | None = None, in_reply_to: str | None = None, minutes: int = 0,
           headers: dict[str, str] | None = None) -> bytes:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = to
    message["Subject"] = subject
    message["Date"] = format_datetime(datetime(2025, 3, 1, 10, 0, tzinfo=UTC)
                                      + timedelta(minutes=minutes))
    message["Message-ID"] = message_id or make_msgid(domain="klient.pl")
    if in_reply_to:
        message["In-Reply-To"] = in_reply_to
        message["References"] = in_reply_to
    for name, value in (headers or {}).items():
        message[name] = value
    message.set_content(body)
    return message.as_bytes()
