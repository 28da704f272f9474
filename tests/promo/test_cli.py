"""`shopinbox promo …` end to end on a demo profile (SQLite), through cli.main and capsys."""

from __future__ import annotations

import csv
import json

import pytest

from shopinbox.cli import main


@pytest.fixture
def demo_profile(profile_dir, capsys):
    assert main(["--profile", str(profile_dir), "demo"]) == 0
    capsys.readouterr()
    return ["--profile", str(profile_dir)]


def _customer(profile, capsys, language_word):
    assert main([*profile, "customers", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    for row in rows:
        assert main([*profile, "promo", "render", "/ship", str(row["id"]), "--json"]) in (0, 3)
        rendered = json.loads(capsys.readouterr().out)
        if rendered["ready"] and language_word in rendered["text"]:
            return row["id"], rendered
    raise AssertionError("no customer found")


def test_list_and_render(demo_profile, capsys):
    assert main([*demo_profile, "promo", "list", "--json"]) == 0
    listing = json.loads(capsys.readouterr().out)
    assert {p["shortcut"] for p in listing} == {"/ship", "/thanks", "/brew"}
    thanks = next(p for p in listing if p["shortcut"] == "/thanks")
    assert (thanks["pool_name"], thanks["codes_free"]) == ("THANKS10", 20)

    customer_id, rendered = _customer(demo_profile, capsys, "Здравствуйте")
    assert rendered["language"] == "ru" and rendered["missing"] == []
    assert main([*demo_profile, "promo", "render", "thanks", str(customer_id), "--channel",
                 "telegram", "--language", "en"]) == 0
    out = capsys.readouterr().out
    assert "· en · telegram" in out and "«code»" in out

    assert main([*demo_profile, "promo", "render", "/nope", str(customer_id)]) == 1
    assert "no promo reply '/nope'" in capsys.readouterr().err
    assert main([*demo_profile, "promo", "render", "/ship", str(customer_id),
                 "--language", "de"]) == 1
    assert "no 'de' variant" in capsys.readouterr().err


def test_render_reports_missing_values(demo_profile, capsys, profile_dir):
    assert main([*demo_profile, "customers", "--json"]) == 0
    ids = [row["id"] for row in json.loads(capsys.readouterr().out)]
    outcomes = []
    for customer_id in ids:
        outcomes.append(main([*demo_profile, "promo", "render", "/ship", str(customer_id)]))
        out = capsys.readouterr().out
        if outcomes[-1] == 3:
            missing = out.split("Not ready to send, missing: ")[1].strip().split(", ")
            assert missing and all(f"«{name}»" in out for name in missing)
    assert 0 in outcomes and 3 in outcomes


def test_codes_import_generate_export(demo_profile, capsys, tmp_path):
    codes = tmp_path / "codes.csv"
    codes.write_text("code\nAB-1\nAB-2\nAB-1\n", encoding="utf-8")
    assert main([*demo_profile, "promo", "codes", "import", "SUMMER", str(codes), "--promo",
                 "/brew"]) == 0
    assert "Pool SUMMER (new pool): added 2 codes, ignored 1" in capsys.readouterr().out
    assert main([*demo_profile, "promo", "codes", "generate", "SUMMER", "SUM-###", "--count",
                 "10"]) == 0
    assert "added 10 codes" in capsys.readouterr().out
    assert main([*demo_profile, "promo", "codes", "generate", "SUMMER", "S#", "--count",
                 "11"]) == 1
    assert "can make only 10 more" in capsys.readouterr().err
    assert main([*demo_profile, "promo", "codes", "list", "--json"]) == 0
    pools = {p["name"]: p for p in json.loads(capsys.readouterr().out)}
    assert pools["SUMMER"]["total"] == 12 and pools["THANKS10"]["free"] == 20
    target = tmp_path / "given.csv"
    assert main([*demo_profile, "promo", "codes", "export", "SUMMER", str(target), "--all"]) == 0
    rows = list(csv.reader(target.open(encoding="utf-8")))
    assert rows[0][:2] == ["code", "customer_id"] and len(rows) == 13
    assert main([*demo_profile, "promo", "codes", "export", "MISSING", str(target)]) == 1
    assert "promo codes list" in capsys.readouterr().err


def test_export_import_round_trip(demo_profile, capsys, tmp_path):
    library = tmp_path / "library.json"
    assert main([*demo_profile, "promo", "export", str(library)]) == 0
    assert "Exported 3 promo replies" in capsys.readouterr().out
    other = ["--profile", str(tmp_path / "other")]
    assert main([*other, "promo", "import", str(library)]) == 0
    assert "Imported 3 new and 0 updated promo replies; new code pools: THANKS10" in \
        capsys.readouterr().out
    second = tmp_path / "second.json"
    assert main([*other, "promo", "export", str(second)]) == 0
    assert json.loads(second.read_text("utf-8")) == json.loads(library.read_text("utf-8"))
    broken = tmp_path / "broken.json"
    broken.write_text("{not json", encoding="utf-8")
    assert main([*other, "promo", "import", str(broken)]) == 1
    assert "not valid JSON" in capsys.readouterr().err
