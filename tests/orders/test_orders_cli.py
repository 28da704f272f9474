"""`shopinbox orders …` and `shopinbox show --json` end to end through the command line."""

from __future__ import annotations

import io
import json
from datetime import UTC, datetime

from shopinbox.cli import main
from tests.fixtures.woocommerce_server import wc_order
from tests.orders.conftest import DATA


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_import_prints_counts_and_bad_lines(profile_dir, capsys):
    code, out, _ = run(capsys, "orders", "import", str(DATA / "shopify_orders_bad_rows.csv"))
    assert code == 1  # some rows were bad; the good ones are in
    assert "2 imported" in out and "4 bad rows" in out
    assert "line 3:" in out and "line 6:" in out
    code, out, _ = run(capsys, "orders", "import", str(DATA / "shopify_orders_export.csv"),
                       "--json")
    report = json.loads(out)
    assert code == 0 and report["created"] == 5 and report["bad_rows"] == []
    code, out, _ = run(capsys, "orders", "import", str(DATA / "shopify_orders_export.csv"),
                       "--json")
    assert json.loads(out)["unchanged"] == 5


def test_generic_import_with_map_and_list(profile_dir, capsys):
    code, out, _ = run(capsys, "orders", "import", str(DATA / "generic_orders.csv"), "--format",
                       "generic", "--map", "number=Zamówienie,date=Data,email=Mail,name=Klient,"
                       "item=Produkt,quantity=Ilość,price=Cena,total=Suma,currency=Waluta",
                       "--source", "Arkusz")
    assert code == 0 and "2 imported" in out and "'Arkusz'" in out
    code, out, _ = run(capsys, "orders", "list", "--json")
    rows = json.loads(out)
    assert [r["number"] for r in rows] == ["Z/2024/002", "Z/2024/001"]
    assert rows[1]["total"] == "1400.00" and rows[1]["source"] == "Arkusz"
    code, out, _ = run(capsys, "orders", "list", "--customer", str(rows[0]["customer_id"]))
    assert "Z/2024/002" in out and "Z/2024/001" not in out


def test_unrecognised_file_is_an_error_with_a_hint(profile_dir, capsys, tmp_path):
    odd = tmp_path / "odd.csv"
    odd.write_text("a,b\n1,2\n", encoding="utf-8")
    code, _, err = run(capsys, "orders", "import", str(odd))
    assert code == 1 and "--map" in err


def test_show_json_has_orders_lines_status_tracking_and_value(profile_dir, capsys,
                                                             woo_server, monkeypatch):
    woo_server.orders.append(wc_order(
        501, email="ola@example.pl", first="Aleksandra", last="Wójcik",
        created=datetime(2024, 6, 1, 10, tzinfo=UTC),
        status="completed", items=[("CND-LAS", "Świeca sojowa „Las”", 2, "79.00")],
        tracking=("InPost", "620000999", "https://inpost.pl/sledzenie?n=620000999")))
    monkeypatch.setenv("WOO_SECRET", "cs_test")
    code, out, _ = run(capsys, "orders", "add-woocommerce", "Sklep", "--url", woo_server.url,
                       "--key", "ck_test", "--secret-env", "WOO_SECRET")
    assert code == 0 and "added" in out
    code, out, _ = run(capsys, "orders", "sync", "--json")
    [report] = json.loads(out)
    assert code == 0 and report["created"] == 1 and report["error"] is None
    customer_id = report["changed_customer_ids"][0]
    code, out, _ = run(capsys, "show", str(customer_id), "--json")
    detail = json.loads(out)
    assert detail["order_count"] == 1 and detail["lifetime_value"] == {"PLN": "158.00"}
    [order] = detail["orders"]
    assert order["status"] == "completed" and order["tracking_number"] == "620000999"
    assert order["lines"][0]["quantity"] == 2 and order["lines"][0]["name"].startswith("Świeca")


def test_add_shopify_prompts_for_the_token_into_the_keyring(profile_dir, capsys, monkeypatch,
                                                            memory_keyring, shopify_server):
    monkeypatch.setattr("sys.stdin", io.StringIO("shpat_test\n"))
    code, out, _ = run(capsys, "orders", "add-shopify", "Shopify PL", "--shop-url",
                       shopify_server.url)
    assert code == 0
    assert "shpat_test" in memory_keyring.store.values()
    assert "shpat_test" not in out
    code, out, _ = run(capsys, "orders", "sync", "--account", "Shopify PL")
    assert code == 0 and "0 new" in out


def test_sync_failure_exits_non_zero(profile_dir, capsys, monkeypatch, woo_server):
    monkeypatch.setenv("WOO_SECRET", "wrong")
    run(capsys, "orders", "add-woocommerce", "Woo", "--url", woo_server.url, "--key", "ck_test",
        "--secret-env", "WOO_SECRET")
    code, out, _ = run(capsys, "orders", "sync")
    assert code == 1 and "stopped" in out and "401" in out


def test_plain_http_to_a_remote_shop_is_refused(profile_dir, capsys, monkeypatch):
    monkeypatch.setenv("WOO_SECRET", "cs")
    code, _, err = run(capsys, "orders", "add-woocommerce", "Woo", "--url",
                       "http://shop.example.pl", "--key", "ck", "--secret-env", "WOO_SECRET")
    assert code == 1 and "https" in err
