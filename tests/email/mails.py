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


def pdf_bytes(size: int = 600_000) -> bytes:
    """A PDF-looking file larger than one partial FETCH (several progress steps)."""
    body = bytes((n * 7 + n // 251) % 256 for n in range(size))
    return b"%PDF-1.4\n" + body + b"\n%%EOF\n"


PNG = bytes.fromhex(  # a 1×1 red PNG
    "89504e470d0a1a0a0000000d4948445200000001000000010802000000907753de0000000c4944415408d763"
    "f8cfc000000301010018dd8db00000000049454e44ae426082")


def with_pdf_and_image(message_id: str = "<faktura1@klient.pl>",
                       sender: str = "Jan Kowalski <jan@klient.pl>") -> bytes:
    """A real-looking mail with a PDF invoice and a photo, base64 as mailers send them."""
    message = EmailMessage()
    message["From"] = sender
    message["To"] = "shop@example.com"
    message["Subject"] = "Faktura i zdjęcie"
    message["Date"] = format_datetime(datetime(2025, 3, 2, 9, 0, tzinfo=UTC))
    message["Message-ID"] = message_id
    message.set_content("W załączniku faktura i zdjęcie uszkodzonej paczki.")
    message.add_attachment(pdf_bytes(), maintype="application", subtype="pdf",
                           filename="Faktura 7.pdf")
    message.add_attachment(PNG, maintype="image", subtype="png", filename="paczka.png")
    return message.as_bytes()
