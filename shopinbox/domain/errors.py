"""One error vocabulary for every layer: an error is a code and its parameters, never a sentence.

app/, channels and sources raise `ShopError(code, **params)`; the code (with its parameters) is
what is stored in `Message.delivery_error` and `Account.last_error` (`ShopError.stored()`), so a
Polish screen can show Polish text for an error recorded by an English CLI run. ui/ words a code
with tr() (`ui/common/error_text.py`); the CLI prints `english()` and `hint()`. Raw driver text
(SQL, exception class names, server replies) belongs in the log, never in a ShopError's params
that a user sees — `detail` is the one parameter meant for it and is shown only in the log.

Adding a code: add it to `ENGLISH` here and to ui/common/error_text.py (pl/ru through tr():
run `python -m shopinbox.ui.build_translations --update` and translate the new entries).
tests/unit/test_errors.py checks that both tables hold the same codes, that translations keep
the `{parameters}`, and that no code raised in the source is unknown.

Old databases hold free-text errors from before the codes: `parse_stored` reads them as
`internal` with the text as `detail`, and both the CLI and the window show such a text as it was
written (it was already meant for the user) until the next failure replaces it with a code.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

# code -> (what happened, what to do). `{name}` fields come from the error's parameters.
ENGLISH: dict[str, tuple[str, str]] = {
    "auth_failed": ("The server did not accept the user name or password.",
                    "Check them; many providers need an app password."),
    "token_revoked": ("The token was revoked or is wrong.",
                      "Create a new token and enter it in the account settings."),
    "server_unreachable": ("The server {host} does not answer.",
                           "Check the internet connection; shopinbox tries again by itself."),
    "server_not_found": ("The server name {host} is not known.",
                         "Check the server name in the account settings."),
    "connection_refused": ("The server {host} refused the connection on port {port}.",
                           "Check the port and security setting."),
    "tls_failed": ("A secure connection to {host} could not be made.",
                   "Check the security setting, or give the private CA file."),
    "timeout": ("The server {host} took too long to answer.",
                "Check a firewall or VPN; shopinbox tries again by itself."),
    "throttled": ("The service asks to wait until {until}.",
                  "Nothing to do: shopinbox goes on by itself then."),
    "key_refused": ("The shop {host} refused the API key.",
                    "Check the key and secret (or the token) in the order source settings."),
    "shop_answer": ("The shop {host} answered in a way shopinbox cannot use.",
                    "Check the shop's address in the order source settings."),
    "server_error": ("The service had a problem of its own.",
                     "Nothing to do: shopinbox tries again later."),
    "webhook_set": ("A webhook is set for this bot ({url}), so it gets no updates by polling.",
                    "Allow shopinbox to remove the webhook in the account settings."),
    "poll_conflict": ("Another program is reading this bot's updates.",
                      "Stop the other program, or use a separate bot for shopinbox."),
    "recipient_blocked": ("The customer blocked the bot or cannot be reached there.",
                          "Reply on another channel."),
    "recipient_missing": ("There is no address or chat to send this reply to.",
                          "Choose another channel for the reply."),
    "message_rejected": ("The server refused this message.",
                         "Shorten it or remove attachments, then retry."),
    "secret_missing": ("The password or token of account {account} is not available.",
                       "Enter it again in the account settings, or set the environment "
                       "variable the account names."),
    "no_keyring": ("No keyring (password store) was found on this computer.",
                   "Install one (e.g. gnome-keyring), or keep the secret in an environment "
                   "variable."),
    "no_sender": ("This kind of account ({kind}) cannot send.",
                  "Reply from another account."),
    "interrupted_send": ("Sending was interrupted; the reply may have been sent.",
                         "Check with the customer or in the Sent folder before retrying."),
    "may_have_been_sent": ("Sending was interrupted at the moment the reply went to the server: "
                           "it may have been sent.",
                           "Check with the customer or in the Sent folder before retrying."),
    "pool_empty": ("The discount-code pool {pool} has no free codes left.",
                   "Add codes to the pool, then retry."),
    "disk_full": ("The disk is full ({folder}).",
                  "Free some space; the sync goes on by itself then."),
    "db_corrupt": ("The database file is damaged.",
                   "Restore the latest backup: shopinbox restore --latest."),
    "db_busy": ("The database is busy.", "Nothing to do: shopinbox tries again."),
    "unknown_account": ("There is no account named {name}.", "See the list of accounts."),
    "account_exists": ("An account named {name} already exists.", "Choose another name."),
    "unsupported_account": ("Accounts of kind {kind} cannot be used here.",
                            "Install the channel's package, or remove the account."),
    "not_a_token": ("That is not a valid token.",
                    "Paste the whole token, just as the service gave it."),
    "permission_denied": ("The token does not allow this (a right such as messages is missing).",
                          "Create a token with the needed rights and enter it in the account "
                          "settings."),
    "wrong_community": ("The token does not belong to the community {group}.",
                        "Check the community id, or create the token in that community's "
                        "settings."),
    "long_poll_off": ("The community's Long Poll API is off, and the token may not switch it "
                      "on.",
                      "In the community, open Manage → API usage → Long Poll API, turn it on "
                      "(API 5.199) with the message events, then retry."),
    "no_server_known": ("No {protocol} server is known for {address}.",
                        "Type the server name in the account settings (command line: "
                        "--imap-host / --smtp-host)."),
    "bad_security": ("The {protocol} security setting must be ssl, starttls or none.",
                     "Choose one of them."),
    "not_offered": ("The server {host} does not offer {feature}.",
                    "Check the security setting of the account."),
    "protocol_error": ("The server {host} answered in a way shopinbox did not expect.",
                       "Nothing to do: shopinbox tries again later; if it keeps happening, "
                       "send the log file to support."),
    "secret_env_missing": ("Account {account} reads its secret from the environment variable "
                           "{variable}, which is not set.",
                           "Set the variable (export {variable}=…) before starting shopinbox."),
    "no_password": ("No password was given.", "Type the password."),
    "ca_file_unusable": ("The CA file {file} could not be read as a certificate.",
                         "Choose the CA certificate (a .pem or .crt file) that the server's "
                         "administrator gave you."),
    "tokens_need_keyring": ("This service's sign-in tokens change at every renewal, so they can "
                            "only be kept in a keyring (password store), and none was found "
                            "on this computer.",
                            "Install one (e.g. gnome-keyring), sign in to the desktop again so "
                            "that it is unlocked, then add the account."),
    "keyring_locked": ("The keyring (password store) could not be read or written.",
                       "Unlock it and retry, or keep the secret in an environment variable."),
    "attachment_unavailable": ("The attachment's content is neither stored nor on the server "
                               "any more.", "Ask the customer to send it again."),
    "file_too_large": ("The file is too large to be sent or fetched there.",
                       "Send a smaller file, or a link to it."),
    "no_channel_chosen": ("The customer has not written yet, so there is no channel to "
                          "answer on.", "Choose a channel for the reply."),
    "unknown_channel": ("There is no channel {channel}.", "Choose another channel."),
    "no_account_for_channel": ("No {channel} account is set up.",
                               "Add one in the settings, or reply on another channel."),
    "empty_reply": ("The reply is empty.", "Write some text or attach a file."),
    "empty_note": ("The note is empty.", "Write the note first."),
    "call_minutes_invalid": ("A call's length must be between 0 and {max} minutes.",
                             "Give the length in whole minutes."),
    "unknown_call_outcome": ("{outcome} is not an outcome of a call.",
                             "Choose one of: {choices}."),
    "call_in_future": ("The call's time {when} is in the future.",
                       "Give the time the call took place, or leave it empty for now."),
    "no_user_name": ("A user needs a name.", "Type the name of the person."),
    "replied_meanwhile": ("{user} sent a reply to this customer meanwhile.",
                          "Read it first, then send yours if it is still needed."),
    "unknown_customer": ("There is no customer with id {id}.",
                         "The customer may have been merged into another one; look them up "
                         "again."),
    "unknown_message": ("There is no message with id {id}.", "Refresh the list and try again."),
    "missing_values": ("Some values are still missing: {names}.",
                       "Fill them in or fix them in the text, then send."),
    "no_database": ("There is no database in {folder} yet.",
                    "Start shopinbox once, or restore a backup."),
    "team_backup": ("A team database on PostgreSQL is backed up on its server.",
                    "Use pg_dump on the database server."),
    "backup_unusable": ("The file {file} is not a usable shopinbox backup.",
                        "Choose another backup (shopinbox backup --list)."),
    "client_rejected": ("The service did not accept the app's client id or client secret.",
                        "Copy both again from the page where the shop registered its app."),
    "sign_in_denied": ("The sign-in was refused on the service's page.",
                       "Sign in again and allow access for shopinbox."),
    "sign_in_expired": ("The sign-in code expired before it was confirmed.",
                        "Sign in again and confirm the code sooner."),
    "template_syntax": ("Line {line} of the template cannot be read.",
                        "Check the placeholders and the if/for blocks on that line: each one "
                        "opened must be closed."),
    "template_not_allowed": ("Line {line}: {what} is not available in promo templates.",
                             "Use values, if/else, simple filters such as upper, and one loop "
                             "over data."),
    "template_underscore_name": ("Line {line}: names starting with _ are not allowed.",
                                 "Use the values the preview lists."),
    "template_only_ask": ("Line {line}: only ask(\"field name\") can be called in a promo "
                          "template.", "Remove the other call."),
    "template_ask_unnamed": ("Line {line}: ask(…) needs a field name.",
                             "Write the name in quotes, e.g. ask(\"size\")."),
    "template_nested_loop": ("Line {line}: loops inside loops are not available.",
                             "Use one loop, e.g. over order.lines."),
    "template_loop_not_data": ("Line {line}: a loop can only go over data.",
                               "Loop over a list of values, e.g. order.lines."),
    "template_too_long": ("The template is longer than {limit} characters.", "Shorten it."),
    "template_output_too_long": ("The text would be longer than {limit} characters.",
                                 "Shorten the template or what it repeats."),
    "template_too_complex": ("The template nests brackets or blocks, joins with ~ or repeats "
                             "with * more than a promo template may.",
                             "Keep to at most {joins} ~ joins, {levels} nested levels and "
                             "{repeats} * repeats."),
    "template_too_slow": ("The template takes too long to render.",
                          "Make it simpler: fewer loops and filters."),
    "template_value_missing": ("{name} is missing and cannot be left out here.",
                               "Preview with a customer who has it, or give a default: "
                               "| default(\"…\")."),
    "template_refused": ("The template tried something that is not allowed.",
                         "Use only the values the preview lists."),
    "template_failed": ("The template cannot be rendered.",
                        "Check it for mistakes; if it looks right, send the log file to "
                        "support."),
    "internal": ("Something went wrong inside shopinbox.",
                 "Try again; if it keeps happening, send the log file to support."),
}

# A code's wording when it carries a parameter that names more (`throttled` by a named service:
# "Telegram asks to wait until 14:05"): code -> (parameter, what happened).
NAMED: dict[str, tuple[str, str]] = {
    "throttled": ("service", "{service} asks to wait until {until}."),
}


class ShopError(Exception):
    """An error with a code and parameters. `str()` gives the English text (for logs and the
    CLI); the window never shows `str()`, it words `code` itself."""

    def __init__(self, code: str, /, **params: Any) -> None:
        self.code = code
        self.params = {k: v for k, v in params.items() if v is not None}
        super().__init__(self.english())

    @property
    def retryable(self) -> bool:
        """Worth trying again by itself (the sync engine's retry policy asks this)."""
        return self.code in RETRYABLE

    @property
    def until(self) -> datetime | None:
        value = self.params.get("until")
        if isinstance(value, datetime):
            return value
        if isinstance(value, str):
            try:
                return datetime.fromisoformat(value)
            except ValueError:
                return None
        return None

    def english(self) -> str:
        return english(self.code, self.params)

    def hint(self) -> str:
        return english_hint(self.code, self.params)

    def stored(self) -> str:
        """What goes into `delivery_error` / `last_error`: the code and public parameters."""
        return stored_error(self.code, self.params)

    @property
    def detail(self) -> str | None:
        """The raw text behind the error (a server reply, a driver message): log only."""
        value = self.params.get("detail")
        return str(value) if value is not None else None

    def for_log(self) -> str:
        """The English text with the code and the raw detail, for the log file."""
        detail = self.detail
        return f"[{self.code}] {self.english()}" + (f" ({detail})" if detail else "")

    def __reduce__(self) -> tuple[Any, ...]:
        # Subclasses have their own constructors; rebuild from the fields, not from `args`
        # (an error crosses a process pool when parsing runs on both cores).
        return (_restore, (type(self), dict(self.__dict__)))


def _restore(cls: type[ShopError], fields: dict[str, Any]) -> ShopError:
    error = cls.__new__(cls)
    error.__dict__.update(fields)
    Exception.__init__(error, english(fields.get("code", "internal"), fields.get("params")))
    return error


def as_shop_error(error: BaseException) -> ShopError:
    """Any exception as a ShopError: itself, or `internal` with the raw text as `detail` (kept
    for the log, never shown)."""
    if isinstance(error, ShopError):
        return error
    return ShopError("internal", detail=f"{type(error).__name__}: {error}")


RETRYABLE = {"server_unreachable", "timeout", "throttled", "server_error", "db_busy",
             "poll_conflict", "protocol_error"}


def _public(params: dict[str, Any]) -> dict[str, Any]:
    return {k: (v.isoformat() if isinstance(v, datetime) else v)
            for k, v in params.items() if k != "detail"}


def stored_error(code: str, params: dict[str, Any] | None = None) -> str:
    public = _public(params or {})
    return json.dumps({"code": code, **({"params": public} if public else {})},
                      ensure_ascii=False, sort_keys=True)


def parse_stored(value: str | None) -> tuple[str, dict[str, Any]] | None:
    """(code, params) of a stored error; an old free-text error reads as `internal` with its
    text kept as `detail` (it is shown as-is only in the log)."""
    if not value:
        return None
    try:
        data = json.loads(value)
    except ValueError:
        data = None
    if isinstance(data, dict) and isinstance(data.get("code"), str):
        return data["code"], dict(data.get("params") or {})
    return "internal", {"detail": value}


def _format(template: str, params: dict[str, Any]) -> str:
    values = {k: _show(v) for k, v in params.items()}

    class Missing(dict):
        def __missing__(self, key: str) -> str:
            return "?"

    return template.format_map(Missing(values))


def _show(value: Any) -> str:
    if isinstance(value, datetime):
        return value.astimezone().strftime("%H:%M")
    if isinstance(value, str):
        try:
            moment = datetime.fromisoformat(value)
        except ValueError:
            return value
        if moment.tzinfo is not None:
            return moment.astimezone().strftime("%H:%M")
    return str(value)


def english(code: str, params: dict[str, Any] | None = None) -> str:
    text = ENGLISH.get(code, ENGLISH["internal"])[0]
    if code in NAMED and (params or {}).get(NAMED[code][0]):
        text = NAMED[code][1]
    return _format(text, params or {})


def english_hint(code: str, params: dict[str, Any] | None = None) -> str:
    return _format(ENGLISH.get(code, ENGLISH["internal"])[1], params or {})


def describe_stored(value: str | None) -> str:
    """English text of a stored error (CLI output)."""
    parsed = parse_stored(value)
    if parsed is None:
        return ""
    code, params = parsed
    if code == "internal" and "detail" in params:
        return str(params["detail"])
    return english(code, params)


def throttled(until: datetime | float, **params: Any) -> ShopError:
    """`throttled` until a moment (or for that many seconds from now)."""
    if not isinstance(until, datetime):
        until = datetime.fromtimestamp(datetime.now(UTC).timestamp() + float(until), UTC)
    return ShopError("throttled", until=until, **params)


def stored_hint(value: str | None) -> str:
    """English "what to do" of a stored error (CLI output); empty for an old free text."""
    parsed = parse_stored(value)
    if parsed is None or (parsed[0] == "internal" and "detail" in parsed[1]):
        return ""
    return english_hint(*parsed)
