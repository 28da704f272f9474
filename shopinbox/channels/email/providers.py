"""Server presets for common mail providers, chosen by the address's domain.

The shop owner types an address; we fill IMAP/SMTP hosts, ports and security, and say when the
provider refuses the normal password (two-factor accounts need an *app password*).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ProviderPreset:
    name: str
    imap_host: str
    smtp_host: str
    imap_port: int = 993
    imap_security: str = "ssl"
    smtp_port: int = 465
    smtp_security: str = "ssl"
    # The provider stores what is sent through its SMTP in Sent by itself: no APPEND needed.
    saves_sent: bool = False
    app_password: str = ""


_GMAIL = ProviderPreset(
    "Gmail", "imap.gmail.com", "smtp.gmail.com", saves_sent=True,
    app_password="Gmail needs an app password (Google Account → Security → 2-Step Verification "
                 "→ App passwords); the normal password is refused.")
_OUTLOOK = ProviderPreset(
    "Outlook / Office 365", "outlook.office365.com", "smtp.office365.com",
    smtp_port=587, smtp_security="starttls", saves_sent=True,
    app_password="Outlook accounts with two-step verification need an app password "
                 "(account.microsoft.com → Security); business accounts need IMAP/SMTP AUTH "
                 "enabled by the administrator.")
_YAHOO = ProviderPreset(
    "Yahoo", "imap.mail.yahoo.com", "smtp.mail.yahoo.com",
    app_password="Yahoo needs an app password (Account security → Generate app password).")
_ICLOUD = ProviderPreset(
    "iCloud", "imap.mail.me.com", "smtp.mail.me.com", smtp_port=587, smtp_security="starttls",
    saves_sent=True,
    app_password="iCloud needs an app-specific password (appleid.apple.com → Sign-In and "
                 "Security → App-Specific Passwords).")
_WP = ProviderPreset(
    "Wirtualna Polska", "imap.wp.pl", "smtp.wp.pl",
    app_password="WP Poczta: enable IMAP/SMTP access in the mailbox settings "
                 "(Ustawienia → Konta zewnętrzne / Dostęp IMAP) first.")
_O2 = ProviderPreset(
    "o2", "poczta.o2.pl", "poczta.o2.pl",
    app_password="o2 Poczta: enable IMAP/SMTP access in the mailbox settings first.")
_ONET = ProviderPreset(
    "Onet", "imap.poczta.onet.pl", "smtp.poczta.onet.pl",
    app_password="Onet Poczta: enable 'Dostęp przez IMAP/SMTP' in the settings; accounts with "
                 "two-step login need an application password.")
_INTERIA = ProviderPreset(
    "Interia", "poczta.interia.pl", "poczta.interia.pl",
    app_password="Interia: enable IMAP/SMTP access in the mailbox settings first.")
_YANDEX = ProviderPreset(
    "Yandex", "imap.yandex.ru", "smtp.yandex.ru",
    app_password="Yandex needs an app password (id.yandex.ru → Security → App passwords) and "
                 "IMAP enabled in Mail settings → Email clients.")
_MAILRU = ProviderPreset(
    "Mail.ru", "imap.mail.ru", "smtp.mail.ru",
    app_password="Mail.ru needs a password for external apps (Settings → Security → "
                 "Passwords for external applications).")

PRESETS: dict[str, ProviderPreset] = {
    "gmail.com": _GMAIL, "googlemail.com": _GMAIL,
    "outlook.com": _OUTLOOK, "hotmail.com": _OUTLOOK, "live.com": _OUTLOOK, "msn.com": _OUTLOOK,
    "office365.com": _OUTLOOK,
    "yahoo.com": _YAHOO, "ymail.com": _YAHOO, "yahoo.co.uk": _YAHOO,
    "icloud.com": _ICLOUD, "me.com": _ICLOUD, "mac.com": _ICLOUD,
    "wp.pl": _WP,
    "o2.pl": _O2, "tlen.pl": _O2,
    "onet.pl": _ONET, "op.pl": _ONET, "vp.pl": _ONET, "onet.eu": _ONET, "poczta.onet.pl": _ONET,
    "interia.pl": _INTERIA, "interia.eu": _INTERIA, "poczta.fm": _INTERIA,
    "yandex.ru": _YANDEX, "yandex.com": _YANDEX, "ya.ru": _YANDEX, "yandex.by": _YANDEX,
    "yandex.kz": _YANDEX,
    "mail.ru": _MAILRU, "inbox.ru": _MAILRU, "list.ru": _MAILRU, "bk.ru": _MAILRU,
}


def preset_for(address: str) -> ProviderPreset | None:
    """The preset for an address's domain, or None for an unknown (e.g. the shop's own) domain."""
    domain = address.rpartition("@")[2].strip().lower()
    return PRESETS.get(domain)
