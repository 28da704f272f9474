"""Account secrets: in the OS keyring, or (for a headless service) in a named environment
variable. Never in the database, never in logs: every loaded secret is registered for masking.

`secret_ref` on an account is `keyring` or `env:VARIABLE_NAME`.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any

from shopinbox.domain.errors import ShopError
from shopinbox.logs import register_secret

if TYPE_CHECKING:
    import keyring.errors


def _keyring() -> Any:
    """The keyring package, imported when a secret is first needed: it reads every installed
    package's entry points to find its backends, which the window's start-up need not wait for."""
    import keyring
    import keyring.errors

    return keyring

SERVICE = "shopinbox"


class SecretUnavailable(ShopError):
    """The secret cannot be read or saved: `secret_missing(account)`, `secret_env_missing(
    account, variable)`, `no_keyring` (no backend at all) or `keyring_locked`."""


def _keyring_failure(error: keyring.errors.KeyringError) -> SecretUnavailable:
    keyring = _keyring()
    code = "no_keyring" if isinstance(error, keyring.errors.NoKeyringError) else "keyring_locked"
    return SecretUnavailable(code, detail=f"{type(error).__name__}: {error}")


def _key(account_name: str) -> str:
    return f"account:{account_name}"


def keyring_status() -> tuple[bool, str]:
    """(usable, description) of the keyring backend, for `doctor` and settings."""
    keyring = _keyring()
    backend = keyring.get_keyring()
    name = f"{type(backend).__module__}.{type(backend).__name__}"
    priority = getattr(backend, "priority", 0)
    if "fail" in name.lower() or priority <= 0:
        return False, (
            f"no usable keyring backend ({name}). Install and unlock a Secret Service "
            "(e.g. gnome-keyring or KWallet), or store secrets in environment variables with "
            "--password-env/--token-env for a headless service."
        )
    return True, name


def store_secret(account_name: str, secret: str) -> str:
    """Put the secret in the keyring and return the `secret_ref` to save on the account."""
    keyring = _keyring()
    try:
        keyring.set_password(SERVICE, _key(account_name), secret)
    except keyring.errors.KeyringError as error:
        raise _keyring_failure(error) from None
    register_secret(secret)
    return "keyring"


def env_ref(variable: str) -> str:
    return f"env:{variable}"


def load_secret(account_name: str, secret_ref: str | None) -> str:
    if not secret_ref:
        raise SecretUnavailable("secret_missing", account=account_name)
    if secret_ref.startswith("env:"):
        variable = secret_ref[4:]
        value = os.environ.get(variable)
        if not value:
            raise SecretUnavailable("secret_env_missing", account=account_name,
                                    variable=variable)
        register_secret(value)
        return value
    keyring = _keyring()
    try:
        value = keyring.get_password(SERVICE, _key(account_name))
    except keyring.errors.KeyringError as error:
        raise _keyring_failure(error) from None
    if not value:
        raise SecretUnavailable("secret_missing", account=account_name)
    register_secret(value)
    return value


def delete_secret(account_name: str) -> None:
    keyring = _keyring()
    try:
        keyring.delete_password(SERVICE, _key(account_name))
    except keyring.errors.KeyringError:
        pass
