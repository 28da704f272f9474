"""`shopinbox settings …`: shop settings from the command line, in-process."""

from __future__ import annotations

import json

from shopinbox.cli import main


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_list_set_get_reset(profile_dir, capsys):
    code, out, _ = run(capsys, "settings", "list", "--json")
    assert code == 0 and json.loads(out)["promo_fallback"] == ["en", "pl", "ru"]
    code, out, _ = run(capsys, "settings", "set", "promo_fallback", "PL, ru")
    assert code == 0 and '["pl", "ru"]' in out
    run(capsys, "settings", "set", "order_prefix", "2024")
    run(capsys, "settings", "set", "shop_name", "Leśna Świeca")
    code, out, _ = run(capsys, "settings", "get", "order_prefix")
    assert json.loads(out) == "2024"  # text, though it looks like a number
    code, out, _ = run(capsys, "settings", "list")
    assert "Leśna Świeca" in out and "Shop name" in out
    code, out, _ = run(capsys, "settings", "reset", "promo_fallback")
    assert code == 0 and "default" in out
    code, out, _ = run(capsys, "settings", "get", "promo_fallback")
    assert json.loads(out) == ["en", "pl", "ru"]


def test_unknown_or_bad_values_are_errors_with_hints(profile_dir, capsys):
    code, _, err = run(capsys, "settings", "set", "language", "pl")
    assert code == 1 and "shop_name" in err  # per-desktop settings are not here
    code, _, err = run(capsys, "settings", "set", "promo_fallback", ",")
    assert code == 1 and "at least one language" in err
