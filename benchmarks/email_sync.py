"""First full email sync vs. mbsync on the same mailbox (issue target: ratio ≤ 1.0).

    python -m benchmarks.email_sync [--messages 10000] [--seed 7] [--keep]

Generates a realistic shop corpus (Polish, Russian and English mail in UTF-8, ISO-8859-2,
windows-1250, KOI8-R and windows-1251, quoted-printable / base64 / 8bit, HTML alternatives,
~10 % with 20–200 KB attachments), writes it straight into the Maildir of a private Dovecot
(tests/fixtures/dovecot.py), lets Dovecot index it once (so neither contender pays for that),
then times, in `--rounds` rounds (each contender once per round, in turn, so a drift of the
shared machine's speed hits all of them alike; the medians are printed):
  1. shopinbox: a full first sync into an empty profile (fetch, parse, store, index), then an
     incremental sync of 10 new messages APPENDed to that full profile;
  2. mbsync (isync, default settings, so `FSync yes`) pulling the same mailbox into a Maildir;
  3. mbsync with `FSync no`.
Targets (issue 15): full-sync ratio to mbsync default <= 1.0; incremental <= 0.3 s.
"""

from __future__ import annotations

import argparse
import base64
import os
import quopri
import random
import shutil
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

import keyring

from shopinbox.app.core.context import AppContext
from shopinbox.channels.email.account import add_email_account
from shopinbox.channels.email.pull import EmailSync
from tests.fixtures.dovecot import Dovecot
from tests.fixtures.memory_keyring import MemoryKeyring

TEXTS = {
    "pl": ("Dzień dobry, zamówiłam herbatę i czajnik, ale przesyłka jeszcze nie dotarła. "
           "Czy mogą Państwo sprawdzić numer śledzenia? Płatność została zaksięgowana. "
           "Pozdrawiam serdecznie, źdźbło żółtej łąki. ", ("utf-8", "iso-8859-2", "windows-1250")),
    "ru": ("Здравствуйте! Я заказал пуэр и улун, когда будет отправлен заказ? Пришлите, "
           "пожалуйста, трек-номер. Оплата прошла ещё вчера. Спасибо! ",
           ("utf-8", "koi8-r", "windows-1251")),
    "en": ("Hello, I ordered a teapot and two cups last week. Could you tell me when it ships "
           "and send the tracking number? Thanks a lot. ", ("utf-8", "us-ascii")),
}
NAMES = {"pl": ["Anna Nowak", "Paweł Żak", "Łucja Wiśniewska", "Jan Kowalski"],
         "ru": ["Ирина Петрова", "Сергей Иванов", "Ольга Смирнова"],
         "en": ["Emma Brown", "John Smith", "Olivia Jones"]}


def _word(text: str, charset: str) -> str:
    data = text.encode(charset, errors="replace")
    return f"=?{charset}?B?{base64.b64encode(data).decode()}?="


def make_message(number: int, rng: random.Random) -> bytes:
    language = rng.choice(["pl", "pl", "ru", "en"])
    text, charsets = TEXTS[language]
    charset = rng.choice(charsets)
    name = rng.choice(NAMES[language])
    sender = f"customer{rng.randrange(1500)}@example.{language if language != 'en' else 'com'}"
    body = (text * rng.randint(1, 12)).encode(charset, errors="replace")
    encoding = rng.choice(["quoted-printable", "base64", "8bit"])
    encoded = {"quoted-printable": quopri.encodestring, "base64": base64.encodebytes,
               "8bit": lambda b: b}[encoding](body)
    subject = _word({"pl": f"Zamówienie {number} - przesyłka", "ru": f"Заказ {number} - доставка",
                     "en": f"Order {number} - delivery"}[language], charset)
    headers = (f"From: {_word(name, charset)} <{sender}>\r\nTo: shop@example.com\r\n"
               f"Subject: {subject}\r\nDate: Sat, 01 Mar 2025 10:{number % 60:02d}:00 +0100\r\n"
               f"Message-ID: <bench-{number}@example.com>\r\nMIME-Version: 1.0\r\n")
    text_part = (f"Content-Type: text/plain; charset={charset}\r\n"
                 f"Content-Transfer-Encoding: {encoding}\r\n\r\n").encode() + encoded
    parts = [text_part]
    if rng.random() < 0.3:
        html = f"<html><body><p>{text}</p><img src=\"https://cdn.example/{number}.png\">"
        parts.append(b"Content-Type: text/html; charset=utf-8\r\n"
                     b"Content-Transfer-Encoding: base64\r\n\r\n"
                     + base64.encodebytes(html.encode()))
    if rng.random() < 0.10:
        data = rng.randbytes(rng.randint(20_000, 200_000))
        parts.append(f"Content-Type: application/pdf; name=\"faktura-{number}.pdf\"\r\n"
                     f"Content-Disposition: attachment; filename=\"faktura-{number}.pdf\"\r\n"
                     f"Content-Transfer-Encoding: base64\r\n\r\n".encode()
                     + base64.encodebytes(data))
    if len(parts) == 1:
        return headers.encode() + text_part
    boundary = f"==bench{number}=="
    out = headers.encode() + f"Content-Type: multipart/mixed; boundary=\"{boundary}\"\r\n\r\n" \
        .encode()
    for part in parts:
        out += f"--{boundary}\r\n".encode() + part + b"\r\n"
    return out + f"--{boundary}--\r\n".encode()


def run_mbsync(server: Dovecot, target: Path, fsync: bool = True) -> float:
    config = target / "mbsyncrc"
    mail = target / "mail"
    mail.mkdir(parents=True)
    config.write_text(("" if fsync else "FSync no\n\n") + f"""IMAPAccount bench
Host 127.0.0.1
Port {server.port}
User {server.user}
Pass {server.password}
SSLType None
AuthMechs LOGIN

IMAPStore bench-remote
Account bench

MaildirStore bench-local
Path {mail}/
Inbox {mail}/INBOX

Channel bench
Far :bench-remote:
Near :bench-local:
Patterns *
Create Near
SyncState *
""")
    start = time.perf_counter()
    result = subprocess.run(["mbsync", "-c", str(config), "-a", "-q"], capture_output=True,
                            text=True)
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        raise RuntimeError(f"mbsync failed: {result.stderr}")
    return elapsed


def run_shopinbox(server: Dovecot, target: Path, extra: list[bytes] | None = None
                  ) -> tuple[float, int, float | None]:
    """(full sync seconds, messages stored, seconds of an incremental sync of `extra`, which
    are APPENDed after the full sync — None without them)."""
    keyring.set_keyring(MemoryKeyring())
    ctx = AppContext.open(str(target / "profile"))
    try:
        settings = {"imap_host": "127.0.0.1", "imap_port": server.port, "imap_security": "none",
                    "smtp_host": "127.0.0.1", "smtp_port": 25, "smtp_security": "none"}
        account_id, _ = add_email_account(ctx, "bench", server.user, settings,
                                          password=server.password, test=False)
        start = time.perf_counter()
        report = EmailSync(ctx, account_id).sync_once()
        elapsed = time.perf_counter() - start
        incremental = None
        if extra:
            with server.client() as client:
                for raw in extra:
                    client.append("INBOX", raw)
            start = time.perf_counter()
            more = EmailSync(ctx, account_id).sync_once()
            incremental = time.perf_counter() - start
            if more.new_messages != len(extra):
                raise RuntimeError(f"incremental sync stored {more.new_messages} of {len(extra)}")
        return elapsed, report.new_messages, incremental
    finally:
        ctx.close()


def _expunge_extra(server: Dovecot, count: int) -> None:
    """Remove the messages an incremental run APPENDed, so every round pulls the same mailbox."""
    with server.client() as client:
        client.select_folder("INBOX")
        uids = client.search(["ALL"])
        if count and len(uids) > count:
            client.delete_messages(sorted(uids)[-count:])
            client.expunge()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--keep", action="store_true", help="keep the temp folders")
    args = parser.parse_args()
    if not shutil.which("mbsync"):
        raise SystemExit("mbsync is not installed: apt-get install isync")
    rng = random.Random(args.seed)
    started = time.perf_counter()
    corpus = [make_message(n, rng) for n in range(args.messages)]
    size = sum(len(m) for m in corpus)
    print(f"corpus: {len(corpus)} messages, {size / 1e6:.0f} MB, generated in "
          f"{time.perf_counter() - started:.1f} s")
    work = Path(tempfile.mkdtemp(prefix="bench-email-"))
    server = Dovecot.create()
    try:
        server.write_maildir(corpus, seen_every=3)
        server.start()
        with server.client() as client:  # Dovecot indexes the Maildir once, for both
            client.select_folder("INBOX", readonly=True)
            client.search(["ALL"])
        extra = [make_message(args.messages + n, rng) for n in range(10)]
        rows = []
        for round_number in range(args.rounds):
            folder = work / f"round{round_number}"
            ours, stored, incremental = run_shopinbox(server, folder / "shopinbox", extra)
            _expunge_extra(server, len(extra))
            theirs = run_mbsync(server, folder / "mbsync")
            unsynced = run_mbsync(server, folder / "mbsync-fsync-no", fsync=False)
            rows.append((ours, theirs, unsynced, incremental or 0.0))
            print(f"round {round_number + 1}: shopinbox {ours:6.2f} s ({stored / ours:5.0f} msg/s, "
                  f"{stored} stored, {os.cpu_count()} cores), incremental 10 new "
                  f"{incremental or 0:5.2f} s; mbsync default {theirs:6.2f} s, FSync no "
                  f"{unsynced:6.2f} s; ratios {ours / theirs:.2f} / {ours / unsynced:.2f}",
                  flush=True)
            if not args.keep:
                shutil.rmtree(folder, ignore_errors=True)
        median = statistics.median
        ours = median(r[0] for r in rows)
        print(f"shopinbox full sync:    {ours:6.2f} s  ({args.messages / ours:5.0f} msg/s) "
              f"median of {len(rows)}")
        print(f"mbsync (default):       {median(r[1] for r in rows):6.2f} s")
        print(f"mbsync (FSync no):      {median(r[2] for r in rows):6.2f} s")
        print(f"incremental, 10 new:    {median(r[3] for r in rows):6.2f} s (target <= 0.3)")
        print(f"ratio shopinbox/mbsync: {median(r[0] / r[1] for r in rows):.2f} (target <= 1.0); "
              f"to FSync no: {median(r[0] / r[2] for r in rows):.2f}")
    finally:
        server.destroy()
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
