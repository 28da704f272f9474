"""What every command shares: opening the profile, printing JSON, reporting errors."""

from __future__ import annotations

import json
import sys
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from shopinbox.app.core.context import AppContext
from shopinbox.domain.errors import ShopError


class CliError(Exception):
    """A failure the user can act on: printed to stderr with a hint, exit code non-zero.

    A `ShopError` that reaches `cli.main` is printed the same way (its English text and hint);
    raise CliError only to add words of the command's own (`CliError.of`) or another exit code."""

    def __init__(self, message: str, hint: str = "", exit_code: int = 1) -> None:
        super().__init__(message)
        self.hint = hint
        self.exit_code = exit_code

    @classmethod
    def of(cls, error: ShopError, *, before: str = "", hint: str | None = None,
           more: str = "", exit_code: int = 1) -> CliError:
        """The English text of `error` (after `before`), its hint (or `hint`), then `more`."""
        said = error.hint() if hint is None else hint
        return cls(before + error.english(), " ".join(p for p in (said, more) if p), exit_code)


def open_context(args: Any) -> AppContext:
    try:
        return AppContext.open(getattr(args, "profile", None))
    except ShopError as error:  # e.g. db_corrupt: say what it is and what to do
        raise CliError(error.english(), hint=error.hint(), exit_code=2) from None
    except Exception as error:  # the database or the folder cannot be opened
        raise CliError(
            f"cannot open the profile: {type(error).__name__}: {error}",
            hint="check that the profile folder is writable and run `shopinbox doctor`",
            exit_code=2,
        ) from None


def _default(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    raise TypeError(f"cannot serialise {type(value).__name__}")


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=_default)
    sys.stdout.write("\n")


def format_time(value: datetime | None) -> str:
    if value is None:
        return "-"
    return value.astimezone().strftime("%Y-%m-%d %H:%M")
