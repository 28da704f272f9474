"""`shopinbox segment|campaign|consent|notify` with --json on the demo shop (its accounts
deliver locally): a whole campaign and a notification from the shell."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, datetime

from sqlalchemy import select

from shopinbox.app.demo.shop import load_demo_shop
from shopinbox.app.promos.library import PromoDetail, save_promo
from shopinbox.cli import main
from shopinbox.store import campaigns as store
from shopinbox.store.models import Customer, Order


def _json(capsys, *args: str):
    capsys.readouterr()
    assert main(list(args)) == 0
    return json.loads(capsys.readouterr().out)


def test_campaign_and_notifications_from_the_shell(sqlite_ctx, profile_dir, capsys, tmp_path):
    load_demo_shop(sqlite_ctx)
    save_promo(sqlite_ctx, PromoDetail(title="Wiosna", shortcut="/wiosna-cli", variants={
        "pl": ("Wiosna", "Wyprzedaż!"), "en": ("Spring", "Sale!"), "ru": ("Весна", "Скидки!")}))
    save_promo(sqlite_ctx, PromoDetail(title="Wysłane", shortcut="/wyslane-cli", variants={
        "en": ("Shipped", "Order {{ order.number }} is on its way.")}))
    with sqlite_ctx.reader() as session:
        people = list(session.scalars(select(Customer.id).where(
            Customer.merged_into_id.is_(None)).order_by(Customer.id)))
    p = str(profile_dir)
    for customer_id in people[:5]:
        assert main(["--profile", p, "consent", "set", str(customer_id), "yes"]) == 0
    shown = _json(capsys, "--profile", p, "consent", "show", str(people[0]), "--json")
    assert shown["marketing"] is True and shown["source"] == "manual"

    saved = _json(capsys, "--profile", p, "segment", "save", "zgoda", "--where", "consent=yes",
                  "--json")
    assert saved["count"] == 5
    segment = _json(capsys, "--profile", p, "segment", "show", "zgoda", "--json")
    assert [s["customer_id"] for s in segment["sample"]] == people[:5]
    assert main(["--profile", p, "segment", "save", "bad", "--where", "min_value=lots"]) == 1

    created = _json(capsys, "--profile", p, "campaign", "create", "wiosna", "--promo",
                    "/wiosna-cli", "--segment", "zgoda", "--rate", "email=5", "--json")
    preview = _json(capsys, "--profile", p, "campaign", "preview", "wiosna", "--dry-run",
                    "--json")
    assert preview["reached"] == 5 and len(preview["samples"]) == 5 and not preview["problems"]
    assert all(s["text"].endswith(("/stop.", "\"unsubscribe\".", "«unsubscribe».",
                                   "„unsubscribe”."))
               for s in preview["samples"])
    [run] = _json(capsys, "--profile", p, "campaign", "run", "wiosna", "--json")
    assert (run["campaign_id"], run["state"], run["sent"]) == (created["id"], "done", 5)
    [again] = _json(capsys, "--profile", p, "campaign", "run", "wiosna", "--json")
    assert again["sent"] == 0
    export = tmp_path / "wiosna.csv"
    report = _json(capsys, "--profile", p, "campaign", "report", "wiosna", "--csv", str(export),
                   "--json")
    assert report["states"]["sent"] == 5 and report["recipients"] == 5
    rows = list(csv.DictReader(io.StringIO(export.read_text(encoding="utf-8-sig"))))
    assert len(rows) == 5 and {r["delivery_state"] for r in rows} == {"sent"}
    listed = _json(capsys, "--profile", p, "campaign", "list", "--json")
    assert listed[0]["state"] == "done"

    assert main(["--profile", p, "notify", "rule", "shipped", "--template", "/wyslane-cli",
                 "--status", "any=shipped,wysłane"]) == 0
    [rule] = _json(capsys, "--profile", p, "notify", "rules", "--json")
    assert rule["statuses"] == {"any": ["shipped", "wysłane"]} and rule["mode"] == "review"
    with sqlite_ctx.writer() as session, session.begin():
        order = session.scalars(select(Order).where(Order.customer_id.is_not(None))
                                .order_by(Order.id)).first()
        store.record_order_facts(session, None, [store.SeenOrder(
            order.id, order.customer_id, "paid", "wysłane", datetime.now(UTC), [], None)])
        number = order.number
    [pending] = _json(capsys, "--profile", p, "notify", "pending", "--json")
    assert (pending["order_number"], pending["event"]) == (number, "shipped")
    decided = _json(capsys, "--profile", p, "notify", "approve", str(pending["id"]), "--json")
    assert decided == {"decided": 1, "sent": 1, "failed": 0}
    assert _json(capsys, "--profile", p, "notify", "pending", "--json") == []
