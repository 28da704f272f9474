"""A corpus of awkward messages, built as raw bytes the way old and broken clients send them.

Each entry: (name, raw bytes, what the parser must find)."""

from __future__ import annotations

import base64
import quopri

PL = "Zażółć gęślą jaźń - przesyłka"
RU = "Съешь же ещё этих мягких французских булок"


def _single(charset: str, text: str, subject: str, encoding: str = "8bit") -> bytes:
    language = "pl" if text == PL else "ru"
    body = text.encode(charset)
    if encoding == "base64":
        body = base64.encodebytes(body)
    elif encoding == "quoted-printable":
        body = quopri.encodestring(body)
    header = (f"From: Klient <klient@example.pl>\r\nTo: shop@example.com\r\n"
              f"Subject: {subject}\r\nMessage-ID: <{charset}-{encoding}-{language}@corpus>\r\n"
              f"Date: Sat, 01 Mar 2025 10:00:00 +0100\r\nMIME-Version: 1.0\r\n"
              f"Content-Type: text/plain; charset={charset}\r\n"
              f"Content-Transfer-Encoding: {encoding}\r\n\r\n")
    return header.encode("ascii") + body


def _word(text: str, charset: str, kind: str = "B") -> str:
    data = text.encode(charset)
    if kind == "B":
        return f"=?{charset}?B?{base64.b64encode(data).decode()}?="
    encoded = "".join(chr(b) if b < 128 and chr(b).isalnum() else "_" if b == 32 else f"={b:02X}"
                      for b in data)
    return f"=?{charset}?Q?{encoded}?="


def corpus() -> list[tuple[str, bytes, dict]]:
    items: list[tuple[str, bytes, dict]] = []
    for charset, text in (("utf-8", PL), ("iso-8859-2", PL), ("windows-1250", PL),
                          ("koi8-r", RU), ("windows-1251", RU), ("utf-8", RU)):
        for encoding in ("8bit", "quoted-printable", "base64"):
            head = text[:20].strip()
            subject = _word(head, charset, "Q" if encoding == "quoted-printable" else "B")
            items.append((f"{charset}/{encoding}", _single(charset, text, subject, encoding),
                          {"subject": head, "body": text}))
    # 8-bit bytes straight in the headers (no encoded words), windows-1250 body charset.
    raw = ("From: Paweł Żak <pawel@example.pl>\r\nSubject: Reklamacja - zły rozmiar\r\n"
           "Message-ID: <8bit-headers@corpus>\r\nContent-Type: text/plain; "
           "charset=windows-1250\r\n\r\nTreść po polsku: źdźbło\r\n").encode("cp1250")
    items.append(("8bit-headers", raw, {"subject": "Reklamacja - zły rozmiar",
                                        "sender_name": "Paweł Żak", "body": "źdźbło"}))
    # UTF-8 bytes in headers (RFC 6532 style).
    raw = ("From: Мария <maria@example.ru>\r\nSubject: Где мой заказ?\r\n"
           "Message-ID: <utf8-headers@corpus>\r\n\r\nПривет\r\n").encode()
    items.append(("utf8-headers", raw, {"subject": "Где мой заказ?", "sender_name": "Мария"}))
    # RFC 2231 file name with charset and continuations, RFC 2047 file name, hostile names.
    boundary = "BOUNDARY42"
    parts = [
        ("text/plain; charset=utf-8", "inline", None, b"Faktura w zalaczniku"),
        ("application/pdf", "attachment",
         "filename*0*=utf-8''Faktura%20%C5%81%C3%B3d%C5%BA; filename*1*=%20nr%201.pdf", b"%PDF-1"),
        ("text/plain", "attachment", f'filename="{_word("Счёт.txt", "koi8-r")}"', b"x"),
        ("application/octet-stream", "attachment", 'filename="../../x"', b"evil"),
        ("text/plain", "attachment", 'filename="CON.txt"', b"device"),
        ("image/png", "inline", None, b"\x89PNG"),
    ]
    body = b""
    for content_type, disposition, params, data in parts:
        body += f"--{boundary}\r\nContent-Type: {content_type}\r\n".encode()
        body += f"Content-Disposition: {disposition}{'; ' + params if params else ''}\r\n".encode()
        body += b"Content-Transfer-Encoding: base64\r\n\r\n" + base64.encodebytes(data) + b"\r\n"
    body += f"--{boundary}--\r\n".encode()
    raw = (f"From: a@example.pl\r\nSubject: {_word('Załączniki', 'iso-8859-2', 'Q')}\r\n"
           f"Message-ID: <attachments@corpus>\r\nMIME-Version: 1.0\r\n"
           f"Content-Type: multipart/mixed; boundary=\"{boundary}\"\r\n\r\n").encode() + body
    items.append(("attachments", raw, {
        "subject": "Załączniki", "body": "Faktura w zalaczniku",
        "attachments": ["Faktura Łódź nr 1.pdf", "Счёт.txt", "x", "_CON.txt", "part-6.png"]}))
    # Broken MIME: multipart without its boundary, and a truncated multipart.
    raw = (b"From: b@example.pl\r\nSubject: broken\r\nMessage-ID: <broken1@corpus>\r\n"
           b"Content-Type: multipart/mixed\r\n\r\nno boundary here at all\r\n")
    items.append(("no-boundary", raw, {"subject": "broken", "body": "no boundary here"}))
    raw = (b"From: c@example.pl\r\nSubject: truncated\r\nMessage-ID: <broken2@corpus>\r\n"
           b"Content-Type: multipart/alternative; boundary=\"zz\"\r\n\r\n--zz\r\n"
           b"Content-Type: text/plain; charset=utf-8\r\n\r\nhalf a message")
    items.append(("truncated", raw, {"subject": "truncated", "body": "half a message"}))
    # No headers at all; an unknown charset; a bogus transfer encoding.
    items.append(("no-headers", b"just some text without any header\r\n",
                  {"subject": "", "body": "just some text"}))
    raw = (b"From: d@example.pl\r\nSubject: =?x-unknown-cs?Q?caf=E9?=\r\nMessage-ID: <cs@corpus>"
           b"\r\nContent-Type: text/plain; charset=x-bogus\r\n"
           b"Content-Transfer-Encoding: x-weird\r\n\r\ncaf\xc3\xa9\r\n")
    items.append(("unknown-charset", raw, {"body": "café"}))
    # A huge header (200 KB References) and an HTML-only mail with a tracker and a script.
    refs = " ".join(f"<r{i}@corpus>" for i in range(12000))
    raw = (f"From: e@example.pl\r\nSubject: huge\r\nMessage-ID: <huge@corpus>\r\n"
           f"References: {refs}\r\nIn-Reply-To: <r11999@corpus>\r\n\r\nbody\r\n").encode()
    items.append(("huge-header", raw, {"subject": "huge", "references": 12000}))
    html = ('<html><body><p onclick="x()">Promocja <b>-20%</b></p><script>alert(1)</script>'
            '<img src="https://tracker.example/p.gif"><a href="javascript:evil()">x</a>'
            '</body></html>')
    raw = (f"From: Sklep <newsletter@example.pl>\r\nSubject: HTML\r\nMessage-ID: <html@corpus>"
           f"\r\nContent-Type: text/html; charset=utf-8\r\n\r\n{html}\r\n").encode()
    items.append(("html-only", raw, {"subject": "HTML", "body": "Promocja -20%"}))
    return items
