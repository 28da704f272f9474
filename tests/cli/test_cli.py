"""The command line, run in a subprocess exactly as a user would (JSON on stdout only)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def shopinbox(*args: str, profile: Path, env: dict | None = None) -> subprocess.CompletedProcess:
    environment = {**os.environ, "PYTHONPATH": str(ROOT), **(env or {})}
    return subprocess.run([sys.executable, "-m", "shopinbox", "--profile", str(profile), *args],
                          capture_output=True, text=True, env=environment, timeout=120)


@pytest.fixture(scope="module")
def demo_profile(tmp_path_factory):
    profile = tmp_path_factory.mktemp("demo")
    result = shopinbox("demo", profile=profile)
    assert result.returncode == 0, result.stderr
    assert "42 customers" in result.stdout
    return profile


def test_customers_json(demo_profile):
    result = shopinbox("customers", "--json", profile=demo_profile)
    assert result.returncode == 0 and result.stderr == ""
    customers = json.loads(result.stdout)
    assert len(customers) == 42
    both = [c for c in customers if c["channels"] == ["email", "telegram"]]
    assert len(both) >= 5
    assert {i["kind"] for c in both for i in c["identities"]} >= {"email", "telegram"}
    languages_seen = "".join(c["name"] for c in customers)
    assert "Ł" in languages_seen or "ł" in languages_seen
    assert any("\u0400" <= ch <= "\u04ff" for ch in languages_seen)
    stamps = [c["last_activity"] for c in customers]
    assert stamps == sorted(stamps, reverse=True)


def test_show_json_has_timeline_and_orders(demo_profile):
    customers = json.loads(shopinbox("customers", "--json", profile=demo_profile).stdout)
    both = next(c for c in customers if c["channels"] == ["email", "telegram"])
    result = shopinbox("show", str(both["id"]), "--json", profile=demo_profile)
    detail = json.loads(result.stdout)
    channels = {m["channel"] for m in detail["messages"]}
    assert channels == {"email", "telegram"}
    times = [m["sent_at"] for m in detail["messages"]]
    assert times == sorted(times)
    for key in ("id", "channel", "direction", "sent_at", "sender", "subject", "text"):
        assert key in detail["messages"][0]
    detail = json.loads(shopinbox("show", str(customers[0]["id"]), "--json",
                                  profile=demo_profile).stdout)
    order = detail["orders"][0]
    assert order["lines"] and order["number"].startswith("#")
    assert {"status", "total", "currency", "tracking_url"} <= set(order)


@pytest.mark.parametrize(("query", "must_contain"), [
    ("przesylka", "przesyłka"),
    ("zamowienie", "amówienie"),
    ("еще", "ещё"),
    ("заказ", "аказ"),
])
def test_search_finds_folded_words(demo_profile, query, must_contain):
    result = shopinbox("search", query, "--json", "--limit", "5", profile=demo_profile)
    hits = [item for item in json.loads(result.stdout) if item["kind"] == "message"]
    assert hits, result.stderr
    assert all({"message_id", "customer_id", "channel", "sent_at", "subject", "snippet"}
               <= set(hit) for hit in hits)
    assert any(must_contain.lower() in (h["snippet"] + h["subject"]).lower() for h in hits)


def test_demo_is_deterministic(tmp_path, demo_profile):
    other = tmp_path / "again"
    assert shopinbox("demo", profile=other).returncode == 0
    first = json.loads(shopinbox("customers", "--json", profile=demo_profile).stdout)
    second = json.loads(shopinbox("customers", "--json", profile=other).stdout)
    assert [(c["name"], c["identities"], c["message_count"]) for c in first] == \
        [(c["name"], c["identities"], c["message_count"]) for c in second]


def test_errors_go_to_stderr_with_nonzero_exit(demo_profile):
    result = shopinbox("show", "999999", "--json", profile=demo_profile)
    assert result.returncode != 0
    assert result.stdout == ""
    assert "no customer with id 999999" in result.stderr
    again = shopinbox("demo", profile=demo_profile)
    assert again.returncode != 0 and "already" in again.stderr


def test_doctor_reports_and_explains(demo_profile, tmp_path):
    result = shopinbox("doctor", profile=demo_profile)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "migrations: schema at" in result.stdout
    assert "keyring" in result.stdout
    broken = shopinbox("doctor", profile=tmp_path / "p",
                       env={"SHOPINBOX_DATABASE_URL": "postgresql+psycopg://x@127.0.0.1:1/none"})
    assert broken.returncode == 1
    assert "[FAIL] database" in broken.stdout and "fix:" in broken.stdout


def test_reply_through_outbox_on_demo(demo_profile):
    customers = json.loads(shopinbox("customers", "--json", profile=demo_profile).stdout)
    target = customers[0]["id"]
    result = shopinbox("reply", str(target), "--text", "Dziękujemy!", "--json",
                       profile=demo_profile)
    assert json.loads(result.stdout)["state"] == "sent"
    detail = json.loads(shopinbox("show", str(target), "--json", profile=demo_profile).stdout)
    last = detail["messages"][-1]
    assert (last["direction"], last["text"], last["delivery_state"]) == ("out", "Dziękujemy!",
                                                                          "sent")


def test_promo_reply_takes_one_code_per_customer_at_send_time(demo_profile):
    customers = json.loads(shopinbox("customers", "--json", profile=demo_profile).stdout)
    first, second = customers[1]["id"], customers[2]["id"]
    codes = []
    for customer in (first, first, second):
        result = shopinbox("reply", str(customer), "--promo", "/thanks", "--json",
                           profile=demo_profile)
        assert json.loads(result.stdout)["state"] == "sent", result.stderr
        text = json.loads(shopinbox("show", str(customer), "--json",
                                    profile=demo_profile).stdout)["messages"][-1]["text"]
        assert "«" not in text
        codes.append(next(word for word in text.split() if word.startswith("HERB-")))
    assert codes[0] == codes[1] != codes[2]
    hits = json.loads(shopinbox("search", codes[2], "--kind", "message", "--json",
                                profile=demo_profile).stdout)
    assert [h["customer_id"] for h in hits] == [second]
    missing = shopinbox("reply", str(first), "--promo", "/nope", profile=demo_profile)
    assert missing.returncode != 0 and "/nope" in missing.stderr


def test_show_gives_intents_and_intent_set_corrects_them(demo_profile):
    shown = json.loads(shopinbox("show", "1", "--json", profile=demo_profile).stdout)
    inbound = [m for m in shown["messages"] if m["direction"] == "in"]
    outbound = [m for m in shown["messages"] if m["direction"] == "out"]
    assert inbound and all(m["intents"] for m in inbound)
    assert all(m["intents"] == [] for m in outbound)
    names = {"where_is_my_order", "return", "complaint", "discount", "product_question", "other"}
    assert all(set(m["intents"]) <= names for m in inbound)
    message_id = inbound[0]["id"]
    result = shopinbox("intent", "set", str(message_id), "complaint", profile=demo_profile)
    assert result.returncode == 0, result.stderr
    shown = json.loads(shopinbox("show", "1", "--json", profile=demo_profile).stdout)
    corrected = next(m for m in shown["messages"] if m["id"] == message_id)
    assert corrected["intents"][0] == "complaint"
    wrong = shopinbox("intent", "set", str(message_id), "spam", profile=demo_profile)
    assert wrong.returncode != 0
    missing = shopinbox("intent", "set", "999999", "other", profile=demo_profile)
    assert missing.returncode != 0 and "999999" in missing.stderr
