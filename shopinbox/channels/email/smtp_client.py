"""SMTP client (smtplib): send one ready-made message, test a login, classify failures.

Security: `ssl` (implicit TLS, usually 465), `starttls` (usually 587), `none` (local relays and
tests). AUTH is used when a user name is given. Errors come out as `MailConnectionError` with a
kind (auth, host, refused, tls, timeout, network, rejected, protocol, not_offered) and its error
code; the server's reply is only in `detail` (the log).

`send` keeps the connection open for the next message of the same login (`CONNECTIONS`:
closed after an idle time and on any failure), so a campaign logs in once, not per mail.
"""

from __future__ import annotations

import atexit
import os
import smtplib
import threading
import time

from shopinbox.channels.email.imap_client import (
    MailConnectionError,
    ServerSettings,
    classify,
    tls_context,
)


def _open(settings: ServerSettings) -> smtplib.SMTP:
    try:
        if settings.security == "ssl":
            client: smtplib.SMTP = smtplib.SMTP_SSL(
                settings.host, settings.port, timeout=settings.timeout,
                context=tls_context(settings.ca_file))
        else:
            client = smtplib.SMTP(settings.host, settings.port, timeout=settings.timeout)
            client.ehlo()
            if settings.security == "starttls":
                client.starttls(context=tls_context(settings.ca_file))
                client.ehlo()
        if settings.username:
            client.login(settings.username, settings.password)
        return client
    except smtplib.SMTPAuthenticationError as error:
        raise MailConnectionError("auth", host=settings.host, protocol="SMTP",
                                  detail=f"{error.smtp_code} {error.smtp_error!r}") from None
    except smtplib.SMTPNotSupportedError as error:
        feature = "STARTTLS" if "STARTTLS" in str(error) else "AUTH"
        raise MailConnectionError("not_offered", host=settings.host, port=settings.port,
                                  protocol="SMTP", feature=feature, detail=str(error)) from None
    except smtplib.SMTPException as error:
        raise MailConnectionError("protocol", host=settings.host, port=settings.port,
                                  protocol="SMTP", detail=f"{type(error).__name__}: {error}") \
            from None
    except Exception as error:
        raise classify(error, settings.host, settings.port, "SMTP") from None


def test_connection(settings: ServerSettings) -> str:
    client = _open(settings)
    try:
        client.noop()
    finally:
        _quit(client)
    return "SMTP login ok" if settings.username else "SMTP connection ok"


def _quit(client: smtplib.SMTP) -> None:
    try:
        client.quit()
    except Exception:
        client.close()


class _StaleConnection(Exception):
    """A kept connection that the server closed while it sat idle: found out at MAIL FROM,
    before anything of the message was handed over, so opening a new one cannot send twice."""


class _Connections:
    """The open SMTP connections of this process, one per server login, kept between the
    messages of a run (a campaign sends thousands: a connect + TLS + login each time was most
    of an email's cost). A connection is lent to one sender at a time, closed when it has been
    idle for IDLE_CLOSE seconds (a sweeper thread) and whenever a send on it failed."""

    IDLE_CLOSE = 30.0  # seconds; servers drop idle clients after a few minutes (RFC 5321: 5)

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._idle: dict[ServerSettings, list[tuple[smtplib.SMTP, float]]] = {}
        self._sweeper: threading.Timer | None = None

    def take(self, settings: ServerSettings) -> tuple[smtplib.SMTP, bool]:
        """(connection, reused): a kept one when there is one fresh enough, else a new one."""
        now = time.monotonic()
        stale: list[smtplib.SMTP] = []
        found: smtplib.SMTP | None = None
        with self._lock:
            kept = self._idle.get(settings, [])
            while kept and found is None:
                client, since = kept.pop()
                if now - since < self.IDLE_CLOSE:
                    found = client
                else:
                    stale.append(client)
        for client in stale:
            _quit(client)
        if found is not None:
            return found, True
        return _open(settings), False

    def give_back(self, settings: ServerSettings, client: smtplib.SMTP) -> None:
        with self._lock:
            self._idle.setdefault(settings, []).append((client, time.monotonic()))
            if self._sweeper is None:
                self._sweeper = threading.Timer(self.IDLE_CLOSE, self.sweep)
                self._sweeper.daemon = True
                self._sweeper.start()

    def sweep(self, everything: bool = False) -> None:
        """Close the connections idle for IDLE_CLOSE (`everything`: all kept ones)."""
        now = time.monotonic()
        closing: list[smtplib.SMTP] = []
        with self._lock:
            self._sweeper = None
            for settings, kept in list(self._idle.items()):
                keep = [(c, t) for c, t in kept if not everything and now - t < self.IDLE_CLOSE]
                closing += [c for c, t in kept if (c, t) not in keep]
                if keep:
                    self._idle[settings] = keep
                else:
                    del self._idle[settings]
            if self._idle and not everything:
                self._sweeper = threading.Timer(self.IDLE_CLOSE, self.sweep)
                self._sweeper.daemon = True
                self._sweeper.start()
        for client in closing:
            _quit(client)

    def kept(self) -> int:
        """How many connections are open and idle (tests)."""
        with self._lock:
            return sum(len(kept) for kept in self._idle.values())

    def forget(self) -> None:
        """In a forked child: the sockets are the parent's — drop them without a word."""
        self._lock = threading.Lock()
        self._idle = {}
        self._sweeper = None


CONNECTIONS = _Connections()
atexit.register(CONNECTIONS.sweep, True)  # a polite QUIT for the kept connections
if hasattr(os, "register_at_fork"):  # POSIX
    os.register_at_fork(after_in_child=CONNECTIONS.forget)


def close_idle() -> None:
    """Close every kept connection now (a campaign run ends; tests)."""
    CONNECTIONS.sweep(everything=True)


def _hand_over(client: smtplib.SMTP, raw: bytes, sender: str, recipients: list[str],
               reused: bool) -> dict[str, tuple[int, bytes]]:
    """`SMTP.sendmail`, step by step, so that a kept connection the server has closed is told
    apart at MAIL FROM (`_StaleConnection`: nothing was handed over) from a failure later on,
    after which the server may hold the message."""
    options = [f"size={len(raw)}"] if client.does_esmtp and client.has_extn("size") else []
    try:
        code, answer = client.mail(sender, options)
    except (smtplib.SMTPServerDisconnected, OSError) as error:
        if reused:
            raise _StaleConnection() from error
        raise
    if code == 421 and reused:  # "service closing": the server ended the idle session
        raise _StaleConnection()
    if code != 250:
        raise smtplib.SMTPSenderRefused(code, answer, sender)
    refused: dict[str, tuple[int, bytes]] = {}
    for recipient in recipients:
        code, answer = client.rcpt(recipient)
        if code not in (250, 251):
            refused[recipient] = (code, answer)
        if code == 421:
            raise smtplib.SMTPRecipientsRefused(refused)
    if len(refused) == len(recipients):
        raise smtplib.SMTPRecipientsRefused(refused)
    code, answer = client.data(raw)
    if code != 250:
        raise smtplib.SMTPDataError(code, answer)
    return refused


def send(settings: ServerSettings, raw: bytes, sender: str, recipients: list[str]) -> None:
    """Hand one message to the server; raises `MailConnectionError` when it was not accepted.

    Sends on the connection kept for this login when there is one (`CONNECTIONS`); if the
    server closed that one meanwhile, a new connection is opened once — the failure came
    before the message, so this never hands it over twice. After any other failure the
    connection is closed and the error raised: the message is not sent again here (the outbox
    decides, by its recorded steps)."""
    client, reused = CONNECTIONS.take(settings)
    try:
        try:
            refused = _hand_over(client, raw, sender, recipients, reused)
        except _StaleConnection:
            _quit(client)
            client = _open(settings)
            refused = _hand_over(client, raw, sender, recipients, False)
    except smtplib.SMTPRecipientsRefused as error:
        _quit(client)
        raise MailConnectionError("rejected", host=settings.host, protocol="SMTP",
                                  detail="every recipient refused: "
                                  + ", ".join(error.recipients)) from None
    except smtplib.SMTPResponseException as error:
        _quit(client)
        kind = "rejected" if 500 <= error.smtp_code < 600 else "protocol"
        raise MailConnectionError(kind, host=settings.host, port=settings.port, protocol="SMTP",
                                  detail=f"{error.smtp_code} {error.smtp_error!r}") from None
    except smtplib.SMTPException as error:
        _quit(client)
        raise MailConnectionError("network", host=settings.host, port=settings.port,
                                  protocol="SMTP", detail=f"sending failed: {error}") from None
    except MailConnectionError:  # opening the new connection failed (already classified)
        raise
    except Exception as error:
        _quit(client)
        raise classify(error, settings.host, settings.port, "SMTP") from None
    CONNECTIONS.give_back(settings, client)
    if refused:
        raise MailConnectionError("rejected", host=settings.host, protocol="SMTP",
                                  detail="refused: " + ", ".join(refused))
