"""Error codes in the user's language: one sentence of what happened plus one of what to do.

app/ and the channels raise `ShopError(code, **params)` and store `ShopError.stored()` (see
domain/errors.py); this table words each code with tr() (context "ErrorText", translated in
shopinbox/resources/i18n/*.ts). Parameters are filled in here: a time (`until`) as HH:MM in local time,
a channel or account kind as the channel's translated title. The raw detail of an error is
never shown; it was logged where the error was caught. An old free-text error stored by an
earlier version (no code) is shown as it was written.

Every code of `domain.errors.ENGLISH` has its row here (tests/unit/test_errors.py checks).
"""

from __future__ import annotations

import logging
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication

from shopinbox.domain.errors import ShopError, as_shop_error, parse_stored

log = logging.getLogger(__name__)


def table() -> dict[str, tuple[str, str]]:
    """code -> (what happened, what to do), translated now (the language may have changed)."""
    translate = QCoreApplication.translate
    return {
        "auth_failed": (
            translate("ErrorText", 'The server did not accept the user name or password.'),
            translate("ErrorText", 'Check them; many providers need an app password.')),
        "token_revoked": (
            translate("ErrorText", 'The token was revoked or is wrong.'),
            translate("ErrorText", 'Create a new token and enter it in the account settings.')),
        "attachment_unavailable": (
            translate("ErrorText", "The attachment's content is neither stored nor on the server any more."),
            translate("ErrorText", 'Ask the customer to send it again.')),
        "server_unreachable": (
            translate("ErrorText", 'The server {host} does not answer.'),
            translate("ErrorText", 'Check the internet connection; shopinbox tries again by itself.')),
        "server_not_found": (
            translate("ErrorText", 'The server name {host} is not known.'),
            translate("ErrorText", 'Check the server name in the account settings.')),
        "connection_refused": (
            translate("ErrorText", 'The server {host} refused the connection on port {port}.'),
            translate("ErrorText", 'Check the port and security setting.')),
        "tls_failed": (
            translate("ErrorText", 'A secure connection to {host} could not be made.'),
            translate("ErrorText", 'Check the security setting, or give the private CA file.')),
        "timeout": (
            translate("ErrorText", 'The server {host} took too long to answer.'),
            translate("ErrorText", 'Check a firewall or VPN; shopinbox tries again by itself.')),
        "throttled": (
            translate("ErrorText", 'The service asks to wait until {until}.'),
            translate("ErrorText", 'Nothing to do: shopinbox goes on by itself then.')),
        "key_refused": (
            translate("ErrorText", 'The shop {host} refused the API key.'),
            translate("ErrorText", 'Check the key and secret (or the token) in the order source settings.')),
        "shop_answer": (
            translate("ErrorText", 'The shop {host} answered in a way shopinbox cannot use.'),
            translate("ErrorText", "Check the shop's address in the order source settings.")),
        "server_error": (
            translate("ErrorText", 'The service had a problem of its own.'),
            translate("ErrorText", 'Nothing to do: shopinbox tries again later.')),
        "webhook_set": (
            translate("ErrorText", 'A webhook is set for this bot ({url}), so it gets no messages here.'),
            translate("ErrorText", 'Tick “Remove the webhook” in the account settings — only if nothing else needs it.')),
        "poll_conflict": (
            translate("ErrorText", "Another program is reading this bot's updates."),
            translate("ErrorText", 'Stop the other program, or use a separate bot for shopinbox.')),
        "recipient_blocked": (
            translate("ErrorText", 'The customer blocked the bot or cannot be reached there.'),
            translate("ErrorText", 'Reply on another channel.')),
        "recipient_missing": (
            translate("ErrorText", 'There is no address or chat to send this reply to.'),
            translate("ErrorText", 'Choose another channel for the reply.')),
        "message_rejected": (
            translate("ErrorText", 'The server refused this message.'),
            translate("ErrorText", 'Shorten it or remove attachments, then retry.')),
        "secret_missing": (
            translate("ErrorText", 'The password or token of account {account} is not available.'),
            translate("ErrorText", 'Enter it again in the account settings, or set the environment variable the account names.')),
        "no_keyring": (
            translate("ErrorText", 'No keyring (password store) was found on this computer.'),
            translate("ErrorText", 'Install one (e.g. gnome-keyring), or keep the secret in an environment variable.')),
        "no_sender": (
            translate("ErrorText", 'This kind of account ({kind}) cannot send.'),
            translate("ErrorText", 'Reply from another account.')),
        "interrupted_send": (
            translate("ErrorText", 'Sending was interrupted; the reply may have been sent.'),
            translate("ErrorText", 'Check with the customer or in the Sent folder before retrying.')),
        "may_have_been_sent": (
            translate("ErrorText", 'Sending was interrupted at the moment the reply went to the server: it may have been sent.'),
            translate("ErrorText", 'Check with the customer or in the Sent folder before retrying.')),
        "pool_empty": (
            translate("ErrorText", 'The discount-code pool {pool} has no free codes left.'),
            translate("ErrorText", 'Add codes to the pool, then retry.')),
        "disk_full": (
            translate("ErrorText", 'The disk is full ({folder}).'),
            translate("ErrorText", 'Free some space; the sync goes on by itself then.')),
        "db_corrupt": (
            translate("ErrorText", 'The database file is damaged.'),
            translate("ErrorText", 'Restore the latest backup: shopinbox restore --latest.')),
        "db_busy": (
            translate("ErrorText", 'The database is busy.'),
            translate("ErrorText", 'Nothing to do: shopinbox tries again.')),
        "unknown_account": (
            translate("ErrorText", 'There is no account named {name}.'),
            translate("ErrorText", 'See the list of accounts.')),
        "account_exists": (
            translate("ErrorText", 'An account named {name} already exists.'),
            translate("ErrorText", 'Choose another name.')),
        "unsupported_account": (
            translate("ErrorText", 'Accounts of kind {kind} cannot be used here.'),
            translate("ErrorText", "Install the channel's package, or remove the account.")),
        "not_a_token": (
            translate("ErrorText", 'That is not a valid token.'),
            translate("ErrorText", 'Paste the whole token, just as the service gave it.')),
        "permission_denied": (
            translate("ErrorText", 'The token does not allow this (a right such as messages is missing).'),
            translate("ErrorText", 'Create a token with the needed rights and enter it in the account settings.')),
        "wrong_community": (
            translate("ErrorText", 'The token does not belong to the community {group}.'),
            translate("ErrorText", "Check the community id, or create the token in that community's settings.")),
        "long_poll_off": (
            translate("ErrorText", "The community's Long Poll API is off, and the token may not switch it on."),
            translate("ErrorText", 'In the community, open Manage → API usage → Long Poll API, turn it on (API 5.199) with the message events, then retry.')),
        "no_server_known": (
            translate("ErrorText", 'No {protocol} server is known for {address}.'),
            translate("ErrorText", 'Type the server name in the account settings.')),
        "bad_security": (
            translate("ErrorText", 'The {protocol} security setting must be ssl, starttls or none.'),
            translate("ErrorText", 'Choose one of them.')),
        "not_offered": (
            translate("ErrorText", 'The server {host} does not offer {feature}.'),
            translate("ErrorText", 'Check the security setting of the account.')),
        "protocol_error": (
            translate("ErrorText", 'The server {host} answered in a way shopinbox did not expect.'),
            translate("ErrorText", 'Nothing to do: shopinbox tries again later; if it keeps happening, send the log file to support.')),
        "secret_env_missing": (
            translate("ErrorText", 'Account {account} reads its secret from the environment variable {variable}, which is not set.'),
            translate("ErrorText", 'Set the variable before starting shopinbox, or enter the secret in the account settings.')),
        "no_password": (
            translate("ErrorText", 'No password was given.'),
            translate("ErrorText", 'Type the password.')),
        "ca_file_unusable": (
            translate("ErrorText", 'The CA file {file} could not be read as a certificate.'),
            translate("ErrorText", "Choose the CA certificate (a .pem or .crt file) that the server's administrator gave you.")),
        "tokens_need_keyring": (
            translate("ErrorText", "This service's sign-in tokens change at every renewal, so they can only be kept in a keyring (password store), and none was found on this computer."),
            translate("ErrorText", 'Install one (e.g. gnome-keyring), sign in to the desktop again so that it is unlocked, then add the account.')),
        "keyring_locked": (
            translate("ErrorText", 'The keyring (password store) could not be read or written.'),
            translate("ErrorText", 'Unlock it and retry, or keep the secret in an environment variable.')),
        "file_too_large": (
            translate("ErrorText", 'The file is too large to be sent or fetched there.'),
            translate("ErrorText", 'Send a smaller file, or a link to it.')),
        "no_channel_chosen": (
            translate("ErrorText", 'The customer has not written yet, so there is no channel to answer on.'),
            translate("ErrorText", 'Choose a channel for the reply.')),
        "unknown_channel": (
            translate("ErrorText", 'There is no channel {channel}.'),
            translate("ErrorText", 'Choose another channel.')),
        "no_account_for_channel": (
            translate("ErrorText", 'No {channel} account is set up.'),
            translate("ErrorText", 'Add one in the settings, or reply on another channel.')),
        "empty_reply": (
            translate("ErrorText", 'The reply is empty.'),
            translate("ErrorText", 'Write some text or attach a file.')),
        "empty_note": (
            translate("ErrorText", 'The note is empty.'),
            translate("ErrorText", 'Write the note first.')),
        "call_minutes_invalid": (
            translate("ErrorText", "A call's length must be between 0 and {max} minutes."),
            translate("ErrorText", 'Give the length in whole minutes.')),
        "unknown_call_outcome": (
            translate("ErrorText", '{outcome} is not an outcome of a call.'),
            translate("ErrorText", 'Choose one of: {choices}.')),
        "call_in_future": (
            translate("ErrorText", "The call's time {when} is in the future."),
            translate("ErrorText", 'Give the time the call took place, or leave it empty for now.')),
        "no_user_name": (
            translate("ErrorText", 'A user needs a name.'),
            translate("ErrorText", 'Type the name of the person.')),
        "replied_meanwhile": (
            translate("ErrorText", '{user} sent a reply to this customer meanwhile.'),
            translate("ErrorText", 'Read it first, then send yours if it is still needed.')),
        "unknown_customer": (
            translate("ErrorText", 'There is no customer with id {id}.'),
            translate("ErrorText", 'The customer may have been merged into another one; look them up again.')),
        "unknown_message": (
            translate("ErrorText", 'There is no message with id {id}.'),
            translate("ErrorText", 'Refresh the list and try again.')),
        "missing_values": (
            translate("ErrorText", 'Some values are still missing: {names}.'),
            translate("ErrorText", 'Fill them in or fix them in the text, then send.')),
        "no_database": (
            translate("ErrorText", 'There is no database in {folder} yet.'),
            translate("ErrorText", 'Start shopinbox once, or restore a backup.')),
        "team_backup": (
            translate("ErrorText", 'A team database on PostgreSQL is backed up on its server.'),
            translate("ErrorText", 'Use pg_dump on the database server.')),
        "backup_unusable": (
            translate("ErrorText", 'The file {file} is not a usable shopinbox backup.'),
            translate("ErrorText", 'Choose another backup (shopinbox backup --list).')),
        "client_rejected": (
            translate("ErrorText", "The service did not accept the app's client id or client secret."),
            translate("ErrorText", 'Copy both again from the page where the shop registered its app.')),
        "sign_in_denied": (
            translate("ErrorText", "The sign-in was refused on the service's page."),
            translate("ErrorText", 'Sign in again and allow access for shopinbox.')),
        "sign_in_expired": (
            translate("ErrorText", 'The sign-in code expired before it was confirmed.'),
            translate("ErrorText", 'Sign in again and confirm the code sooner.')),
        "template_syntax": (
            translate("ErrorText", 'Line {line} of the template cannot be read.'),
            translate("ErrorText", 'Check the placeholders and the if/for blocks on that line: each one opened must be closed.')),
        "template_not_allowed": (
            translate("ErrorText", 'Line {line}: {what} is not available in promo templates.'),
            translate("ErrorText", 'Use values, if/else, simple filters such as upper, and one loop over data.')),
        "template_underscore_name": (
            translate("ErrorText", 'Line {line}: names starting with _ are not allowed.'),
            translate("ErrorText", 'Use the values the preview lists.')),
        "template_only_ask": (
            translate("ErrorText", 'Line {line}: only ask("field name") can be called in a promo template.'),
            translate("ErrorText", 'Remove the other call.')),
        "template_ask_unnamed": (
            translate("ErrorText", 'Line {line}: ask(…) needs a field name.'),
            translate("ErrorText", 'Write the name in quotes, e.g. ask("size").')),
        "template_nested_loop": (
            translate("ErrorText", 'Line {line}: loops inside loops are not available.'),
            translate("ErrorText", 'Use one loop, e.g. over order.lines.')),
        "template_loop_not_data": (
            translate("ErrorText", 'Line {line}: a loop can only go over data.'),
            translate("ErrorText", 'Loop over a list of values, e.g. order.lines.')),
        "template_too_long": (
            translate("ErrorText", 'The template is longer than {limit} characters.'),
            translate("ErrorText", 'Shorten it.')),
        "template_output_too_long": (
            translate("ErrorText", 'The text would be longer than {limit} characters.'),
            translate("ErrorText", 'Shorten the template or what it repeats.')),
        "template_too_complex": (
            translate("ErrorText", 'The template nests brackets or blocks, joins with ~ or repeats with * more than a promo template may.'),
            translate("ErrorText", 'Keep to at most {joins} ~ joins, {levels} nested levels and {repeats} * repeats.')),
        "template_too_slow": (
            translate("ErrorText", 'The template takes too long to render.'),
            translate("ErrorText", 'Make it simpler: fewer loops and filters.')),
        "template_value_missing": (
            translate("ErrorText", '{name} is missing and cannot be left out here.'),
            translate("ErrorText", 'Preview with a customer who has it, or give a default: | default("…").')),
        "template_refused": (
            translate("ErrorText", 'The template tried something that is not allowed.'),
            translate("ErrorText", 'Use only the values the preview lists.')),
        "template_failed": (
            translate("ErrorText", 'The template cannot be rendered.'),
            translate("ErrorText", 'Check it for mistakes; if it looks right, send the log file to support.')),
        "internal": (
            translate("ErrorText", 'Something went wrong inside shopinbox.'),
            translate("ErrorText", 'Try again; if it keeps happening, send the log file to support.')),
    }


def _show(name: str, value: Any) -> str:
    if name in ("channel", "kind") and isinstance(value, str):
        from shopinbox.ui.common import channel_ui

        return channel_ui.title(value)
    moment = value if isinstance(value, datetime) else None
    if moment is None and isinstance(value, str):
        try:
            moment = datetime.fromisoformat(value)
        except ValueError:
            moment = None
    if moment is not None and moment.tzinfo is not None:
        return moment.astimezone().strftime("%H:%M")
    return str(value)


def _fill(template: str, params: dict[str, Any]) -> str:
    values = {k: _show(k, v) for k, v in params.items() if k != "detail"}

    class Missing(dict):
        def __missing__(self, key: str) -> str:
            return "?"

    return template.format_map(Missing(values))


def named() -> dict[str, tuple[str, str]]:
    """A code's wording when it carries the parameter that names more (domain/errors.NAMED)."""
    translate = QCoreApplication.translate
    return {"throttled": ("service", translate("ErrorText", '{service} asks to wait until {until}.'))}


def texts(code: str, params: dict[str, Any] | None = None) -> tuple[str, str]:
    """(what happened, what to do) of a code in the UI language."""
    words = table()
    text, hint = words.get(code) or words["internal"]
    variant = named().get(code)
    if variant is not None and (params or {}).get(variant[0]):
        text = variant[1]
    return _fill(text, params or {}), _fill(hint, params or {})


def error_texts(error: BaseException) -> tuple[str, str]:
    """(text, hint) of any exception: a ShopError by its code, anything else as `internal`
    (its raw text goes to the log, not to the screen)."""
    failure = as_shop_error(error)
    if not isinstance(error, ShopError):
        log.warning("shown as an internal error: %s", failure.for_log())
    return texts(failure.code, failure.params)


def describe(error: BaseException) -> str:
    """One line for a label: the sentence and what to do."""
    return " ".join(part for part in error_texts(error) if part)


def stored_texts(value: str | None) -> tuple[str, str] | None:
    """(text, hint) of a stored `delivery_error` / `last_error`; None when there is none. An
    old free-text value (no code) comes back as written, without a hint."""
    parsed = parse_stored(value)
    if parsed is None:
        return None
    code, params = parsed
    if code == "internal" and "detail" in params:
        return str(params["detail"]), ""
    return texts(code, params)


def describe_stored(value: str | None) -> str:
    """One line of a stored error ("" when there is none)."""
    found = stored_texts(value)
    return " ".join(part for part in found if part) if found else ""


def is_stored_code(value: str | None) -> bool:
    """True when `value` is a stored error code (not an old free text, not empty)."""
    parsed = parse_stored(value)
    return parsed is not None and not (parsed[0] == "internal" and "detail" in parsed[1])


def describe_or_text(error: BaseException) -> str:
    """A ShopError in the UI language; an exception of the parts of app/ that carry no codes
    yet (promo templates, merges) as its own message."""
    if isinstance(error, ShopError):
        return describe(error)
    return str(error) or type(error).__name__
