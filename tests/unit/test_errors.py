"""The error vocabulary (domain/errors.py): codes and parameters are what is stored, old free text
still reads, raw detail never reaches what a user sees, and ui/ has words for every code."""

from __future__ import annotations

import json
import pickle
import re
import xml.etree.ElementTree as ET
from datetime import UTC, datetime, timedelta

import pytest

from shopinbox.domain.errors import (
    ENGLISH,
    ShopError,
    as_shop_error,
    describe_stored,
    parse_stored,
    stored_hint,
    throttled,
)


def test_stored_round_trip_keeps_code_and_params():
    until = datetime(2026, 12, 1, 18, 30, tzinfo=UTC)
    error = ShopError("throttled", until=until, account="shop")
    code, params = parse_stored(error.stored())
    assert code == "throttled" and params["account"] == "shop"
    assert datetime.fromisoformat(params["until"]) == until
    again = ShopError(code, **params)
    assert again.until == until and again.retryable
    assert again.stored() == error.stored()


def test_detail_is_for_the_log_only():
    error = ShopError("server_unreachable", host="imap.example.com",
                      detail="[Errno 111] Connection refused")
    assert "Errno" not in error.stored() and "Errno" not in error.english()
    assert "Errno" not in describe_stored(error.stored())
    assert "Errno 111" in error.for_log() and "[server_unreachable]" in error.for_log()
    assert error.english() == "The server imap.example.com does not answer."


def test_old_free_text_still_reads():
    old = "the SMTP server rejected the user name or password; check them"
    assert parse_stored(old) == ("internal", {"detail": old})
    assert describe_stored(old) == old and stored_hint(old) == ""
    assert parse_stored(None) is None and parse_stored("") is None
    assert describe_stored(None) == ""
    # JSON that is not ours is old text too
    assert parse_stored('["x"]') == ("internal", {"detail": '["x"]'})


def test_unknown_code_reads_as_internal_and_missing_params_do_not_crash():
    assert ShopError("no_such_code").english() == ENGLISH["internal"][0]
    assert ShopError("connection_refused").english() == \
        "The server ? refused the connection on port ?."


def test_throttled_for_seconds_and_local_time():
    before = datetime.now(UTC)
    error = throttled(90)
    assert before + timedelta(seconds=89) <= error.until <= datetime.now(UTC) + timedelta(
        seconds=91)
    assert error.until.astimezone().strftime("%H:%M") in error.english()
    assert stored_hint(error.stored()) == ENGLISH["throttled"][1]


def test_subclasses_survive_pickling():
    from shopinbox.channels.email.imap_client import MailConnectionError
    from shopinbox.store.discounts import PoolEmpty

    for error in (MailConnectionError("auth", host="h", protocol="SMTP", detail="535"),
                  PoolEmpty(3, "BLACKFRIDAY")):
        copy = pickle.loads(pickle.dumps(error))
        assert type(copy) is type(error)
        assert (copy.code, copy.params, str(copy)) == (error.code, error.params, str(error))
    assert pickle.loads(pickle.dumps(PoolEmpty(3, "X"))).pool_id == 3


def test_app_and_channel_exceptions_are_coded(monkeypatch):
    from shopinbox.app.core.secrets import SecretUnavailable, load_secret
    from shopinbox.app.outbox.sending import OutboxError, PermanentSendError
    from shopinbox.channels.email.imap_client import classify
    from shopinbox.channels.telegram.bot_client import BotBlocked, TokenRejected

    monkeypatch.delenv("NO_SUCH_SECRET_VAR", raising=False)
    with pytest.raises(SecretUnavailable) as raised:
        load_secret("shop", "env:NO_SUCH_SECRET_VAR")
    assert raised.value.code == "secret_env_missing"
    assert raised.value.params == {"account": "shop", "variable": "NO_SUCH_SECRET_VAR"}
    assert TokenRejected().code == "token_revoked" and BotBlocked().code == "recipient_blocked"
    assert issubclass(OutboxError, ShopError) and issubclass(PermanentSendError, ShopError)
    refused = classify(ConnectionRefusedError(111, "Connection refused"), "mail.example", 993)
    assert (refused.code, refused.kind, refused.retryable) == ("connection_refused", "refused",
                                                              True)
    assert json.loads(refused.stored()) == {"code": "connection_refused", "params": {
        "host": "mail.example", "port": 993, "protocol": "IMAP"}}


def test_any_exception_becomes_internal_with_its_text_as_detail():
    error = as_shop_error(ValueError("UNIQUE constraint failed: accounts.name"))
    assert error.code == "internal" and "UNIQUE" in error.detail
    assert "UNIQUE" not in error.stored()
    same = ShopError("timeout", host="h")
    assert as_shop_error(same) is same


def _fields(text: str) -> set[str]:
    return set(re.findall(r"\{(\w+)\}", text))


def test_the_window_has_words_for_every_code():
    from shopinbox.ui.common.error_text import table

    words = table()
    assert set(words) == set(ENGLISH)
    for code, (text, hint) in words.items():
        assert text and hint, code
        english_text, english_hint = ENGLISH[code]
        assert _fields(text) <= _fields(english_text) | _fields(english_hint), code
        assert _fields(hint) <= _fields(english_text) | _fields(english_hint), code


@pytest.mark.parametrize("language", ["pl", "ru"])
def test_translations_keep_the_parameters(language):
    from shopinbox.ui.common.i18n import translations_dir

    root = ET.parse(translations_dir() / f"shopinbox_{language}.ts").getroot()
    found = 0
    for context in root.iter("context"):
        if context.findtext("name") != "ErrorText":
            continue
        for message in context.iter("message"):
            source, translation = message.findtext("source"), message.findtext("translation")
            assert translation, source
            assert _fields(translation) == _fields(source), (source, translation)
            found += 1
    assert found >= len(ENGLISH) * 2 - 5  # a few sentences are shared between codes


CODED = r"\b(?:ShopError|AccountError|OutboxError|SecretUnavailable|PermanentSendError)\(\s*"


def test_every_code_raised_in_the_source_is_known():
    """A free sentence where a code belongs would read as `internal`: only known codes."""
    from pathlib import Path

    package = Path(__file__).resolve().parents[2] / "shopinbox"
    unknown, sentences = [], []
    for path in package.rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        for match in re.finditer(CODED + r"(f?[\"'])([^\"']*)", source):
            quote, code = match.group(1), match.group(2)
            where = f"{path.relative_to(package)}: {code!r}"
            if quote.startswith("f") or not re.fullmatch(r"[a-z_]+", code):
                sentences.append(where)
            elif code not in ENGLISH:
                unknown.append(where)
    assert sentences == [] and unknown == []
