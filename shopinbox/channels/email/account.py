"""Email accounts: settings ↔ connector settings, adding one (tested first), its doctor check.

`Account.settings` of an email account holds: email, display_name, username, imap_host/port/
security, smtp_host/port/security, ca_file, saves_sent (the provider files sent mail itself),
automated_as_customers (make customers of list/no-reply mail too). The password is never
there: it is in the keyring, or `--password-env` names the variable to read at sync time.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from shopinbox.app.core.account_edit import load_account, write_account
from shopinbox.app.core.accounts import AccountError, add_account
from shopinbox.app.core.context import AppContext
from shopinbox.app.core.secrets import (
    SecretUnavailable,
    delete_secret,
    env_ref,
    load_secret,
    store_secret,
)
from shopinbox.channels.email import imap_client as imap
from shopinbox.channels.email import smtp_client as smtp
from shopinbox.channels.email.convert import KIND
from shopinbox.channels.email.imap_client import MailConnectionError, ServerSettings
from shopinbox.channels.email.providers import preset_for

DEFAULT_PORTS = {("imap", "ssl"): 993, ("imap", "starttls"): 143, ("imap", "none"): 143,
                 ("smtp", "ssl"): 465, ("smtp", "starttls"): 587, ("smtp", "none"): 25}
SECURITY = ("ssl", "starttls", "none")


@dataclass
class EmailConfig:
    address: str
    display_name: str
    imap: ServerSettings
    smtp: ServerSettings
    saves_sent: bool
    automated_as_customers: bool

    @property
    def own_addresses(self) -> set[str]:
        return {self.address.lower(), self.imap.username.lower()}


def complete_settings(address: str, given: dict[str, Any]) -> tuple[dict[str, Any], str]:
    """Fill what the user left out from the provider preset and default ports.

    Returns (settings, note) where note says e.g. that an app password is needed."""
    preset = preset_for(address)
    settings = {k: v for k, v in given.items() if v not in (None, "")}
    settings["email"] = address.strip()
    settings.setdefault("username", address.strip())
    note = ""
    if preset is not None:
        settings.setdefault("imap_host", preset.imap_host)
        settings.setdefault("smtp_host", preset.smtp_host)
        if "imap_security" not in settings and settings["imap_host"] == preset.imap_host:
            settings.setdefault("imap_port", preset.imap_port)
            settings["imap_security"] = preset.imap_security
        if "smtp_security" not in settings and settings["smtp_host"] == preset.smtp_host:
            settings.setdefault("smtp_port", preset.smtp_port)
            settings["smtp_security"] = preset.smtp_security
        settings.setdefault("saves_sent", preset.saves_sent)
        note = f"{preset.name}: {preset.app_password}" if preset.app_password else ""
    for protocol in ("imap", "smtp"):
        if not settings.get(f"{protocol}_host"):
            raise AccountError("no_server_known", protocol=protocol.upper(),
                               address=address.strip())
        security = settings.setdefault(f"{protocol}_security", "ssl")
        if security not in SECURITY:
            raise AccountError("bad_security", protocol=protocol.upper())
        settings.setdefault(f"{protocol}_port", DEFAULT_PORTS[(protocol, security)])
        settings[f"{protocol}_port"] = int(settings[f"{protocol}_port"])
    settings.setdefault("saves_sent", False)
    settings.setdefault("automated_as_customers", False)
    settings.setdefault("display_name", "")
    return settings, note


def config_from(settings: dict[str, Any], password: str) -> EmailConfig:
    username = settings.get("username") or settings["email"]
    ca_file = settings.get("ca_file") or None
    timeout = float(settings.get("timeout", 30))
    return EmailConfig(
        address=settings["email"],
        display_name=settings.get("display_name", ""),
        imap=ServerSettings(settings["imap_host"], int(settings["imap_port"]),
                            settings["imap_security"], username, password, timeout, ca_file),
        smtp=ServerSettings(settings["smtp_host"], int(settings["smtp_port"]),
                            settings["smtp_security"], username, password, timeout, ca_file),
        saves_sent=bool(settings.get("saves_sent")),
        automated_as_customers=bool(settings.get("automated_as_customers")),
    )


def load_config(account_name: str, settings: dict[str, Any], secret_ref: str | None
                ) -> EmailConfig:
    return config_from(settings, load_secret(account_name, secret_ref))


def check_ca_file(ca_file: str | None) -> None:
    """A private CA file that cannot be read as certificates fails before any connection, as
    `AccountError("ca_file_unusable")` — not as an unreachable server."""
    if not ca_file:
        return
    import ssl

    try:
        ssl.create_default_context(cafile=ca_file)
    except (OSError, ssl.SSLError) as error:
        raise AccountError("ca_file_unusable", file=ca_file,
                           detail=f"{type(error).__name__}: {error}") from None


def test_config(config: EmailConfig) -> list[str]:
    """Both logins, or `MailConnectionError` (its `protocol` parameter says which side failed)."""
    check_ca_file(config.imap.ca_file)
    return [imap.test_connection(config.imap), smtp.test_connection(config.smtp)]


def env_secret(account: str, variable: str) -> str:
    """The password in the environment variable `variable`, or `secret_env_missing`."""
    import os

    value = os.environ.get(variable)
    if not value:
        raise SecretUnavailable("secret_env_missing", account=account, variable=variable)
    return value


def add_email_account(ctx: AppContext, name: str, address: str, given: dict[str, Any], *,
                      password: str | None = None, password_env: str | None = None,
                      test: bool = True) -> tuple[int, list[str]]:
    """Test, then save secret and account; nothing is left behind when any step fails."""
    settings, note = complete_settings(address, given)
    if password_env:
        password = env_secret(name, password_env)
    if not password:
        raise AccountError("no_password")
    config = config_from(settings, password)
    report = test_config(config) if test else []
    secret_ref = env_ref(password_env) if password_env else store_secret(name, password)
    try:
        account_id = add_account(ctx, name, KIND, settings, secret_ref)
    except Exception:
        if not password_env:
            delete_secret(name)
        raise
    return account_id, report + ([note] if note else [])


def doctor_check(account: Any) -> Any:
    """`doctor`'s connection test for an email account."""
    from shopinbox.app.core.doctor import Check

    try:
        config = load_config(account.name, dict(account.settings or {}), account.secret_ref)
        return Check(account.name, True, "; ".join(test_config(config)))
    except (SecretUnavailable, MailConnectionError) as error:
        return Check(account.name, False, side_prefix(error) + error.english(), error.hint())


def side_prefix(error: Exception) -> str:
    """"IMAP: " / "SMTP: " before a connection failure's English text (doctor, CLI)."""
    side = getattr(error, "params", {}).get("protocol")
    return f"{side}: " if side else ""


def provider_preset(address: str) -> Any:
    """The known provider of this address (name, hosts, ports, security, app-password note),
    or None; the settings form fills its fields from it as the address is typed."""
    return preset_for(address)


# Settings an edit keeps from the stored account when the form does not show them.
KEEP = ("ca_file", "timeout", "automated_as_customers", "saves_sent")


def update_email_account(ctx: AppContext, account_id: int, address: str, given: dict[str, Any],
                         password: str | None = None, password_env: str | None = None
                         ) -> list[str]:
    """Test the new settings, then save them. `password_env` moves the secret to (or keeps it
    in) that environment variable; else a typed `password` goes to the keyring, and none keeps
    the stored one. A `ca_file` of "" in `given` removes the stored one."""
    account = load_account(ctx, account_id)
    old = dict(account.settings or {})
    settings, note = complete_settings(address, {**{k: old[k] for k in KEEP if k in old},
                                                 **given})
    if password_env:
        secret = env_secret(account.name, password_env)
    else:
        secret = password or load_secret(account.name, account.secret_ref)
    report = test_config(config_from(settings, secret))
    if password_env:
        secret_ref: str | None = env_ref(password_env)
        if account.secret_ref == "keyring":
            delete_secret(account.name)
    else:
        secret_ref = store_secret(account.name, password) if password else account.secret_ref
    write_account(ctx, account_id, settings, secret_ref)
    return report + ([note] if note else [])
