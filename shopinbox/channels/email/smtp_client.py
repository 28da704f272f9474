"""SMTP client (smtplib): send one ready-made message, test a login, classify failures.

Security: `ssl` (implicit TLS, usually 465), `starttls` (usually 587), `none` (local relays and
tests). AUTH is used when a user name is given. Errors come out as `MailConnectionError` with a
kind (auth, host, refused, tls, timeout, network, rejected, protocol, not_offered) and its error
code; the server's reply is only in `detail` (the log).
"""

from __future__ import annotations

import smtplib

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


def send(settings: ServerSettings, raw: bytes, sender: str, recipients: list[str]) -> None:
    """Hand one message to the server; raises `MailConnectionError` when it was not accepted."""
    client = _open(settings)
    try:
        refused = client.sendmail(sender, recipients, raw)
    except smtplib.SMTPRecipientsRefused as error:
        raise MailConnectionError("rejected", host=settings.host, protocol="SMTP",
                                  detail="every recipient refused: "
                                  + ", ".join(error.recipients)) from None
    except smtplib.SMTPResponseException as error:
        kind = "rejected" if 500 <= error.smtp_code < 600 else "protocol"
        raise MailConnectionError(kind, host=settings.host, port=settings.port, protocol="SMTP",
                                  detail=f"{error.smtp_code} {error.smtp_error!r}") from None
    except smtplib.SMTPException as error:
        raise MailConnectionError("network", host=settings.host, port=settings.port,
                                  protocol="SMTP", detail=f"sending failed: {error}") from None
    except Exception as error:
        raise classify(error, settings.host, settings.port, "SMTP") from None
    finally:
        _quit(client)
    if refused:
        raise MailConnectionError("rejected", host=settings.host, protocol="SMTP",
                                  detail="refused: " + ", ".join(refused))
