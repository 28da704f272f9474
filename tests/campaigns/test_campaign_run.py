"""The issue's "Done when": a 300-recipient campaign in three languages over email (real SMTP
test server, copies filed in Dovecot's Sent) and Telegram (local Bot API server) with a code
pool, run by `shopinbox campaign run` killed -9 at 5 random moments and resumed. Counted where
it happens — what the servers received: every consented recipient gets at most one message
(exactly one unless a kill hit the hand-over itself, which the outbox then shows as "may have
been sent"), with one code each, never a code twice; opted-out and non-consented ones get none.
Then an imported order that used a campaign code counts as a redemption."""

from __future__ import annotations

import email
import json
import os
import random
import re
import signal
import time
from collections import Counter
from email import policy

from sqlalchemy import select

from shopinbox.app.campaigns import campaigns, segments
from shopinbox.app.orders.manage import import_orders_file
from shopinbox.domain.errors import parse_stored
from shopinbox.store.models import CampaignRecipient, DiscountCode, Message
from tests.campaigns.conftest import GREETING, shopinbox, start

RECIPIENTS = 300
KILLS = 5
CODE = re.compile(r"WIOSNA-\d{4}")


def _delivered(smtp_server, bot_server):
    mails = [email.message_from_bytes(m.data, policy=policy.default) for m in smtp_server.messages]
    by_address = Counter(str(m["To"]).strip().lower() for m in mails)
    by_chat = Counter(str(m["chat"]["id"]) for m in bot_server.sent)
    texts: dict[str, list[str]] = {}
    for m in mails:
        texts.setdefault(str(m["To"]).strip().lower(), []).append(
            m.get_body(("plain",)).get_content())
    for m in bot_server.sent:
        texts.setdefault(str(m["chat"]["id"]), []).append(m.get("text", ""))
    return mails, by_address + by_chat, texts


def test_campaign_over_two_channels_survives_five_kills(sqlite_ctx, shop_of, smtp_server,
                                                       bot_server, tmp_path):
    seed = int(os.environ.get("SHOPINBOX_TEST_SEED", time.time_ns() % 100_000))
    chance = random.Random(seed)
    shop = shop_of(RECIPIENTS)
    segments.save_segment(sqlite_ctx, "all", {})
    # Slow enough that the campaign (~117 messages a channel) outlasts the killed runs: at
    # throttle speed 40 and 25 a second it was over after three runs and no run was left to kill.
    campaigns.create_campaign(sqlite_ctx, "wiosna", "/wiosna", "all",
                              rates={"email": 6, "telegram": 6})
    found = campaigns.preview(sqlite_ctx, "wiosna")
    expected = {value for kind, value, lang, ok in shop.people.values() if ok}
    assert found.reached == len(expected)
    assert found.skipped == {"no_consent": 30, "opted_out": 30, "unreachable": 6}
    assert {s.language for s in found.samples} <= {"pl", "ru", "en"} and len(found.samples) == 5
    assert all("«code»" in s.text for s in found.samples)  # the code is taken at send time

    kills = runs = 0
    started = time.monotonic()
    while kills < KILLS and runs < 3 * KILLS:
        runs += 1
        process = start(shop.profile, "campaign", "run", "wiosna")
        time.sleep(chance.uniform(1.2, 4.0))  # the random moment (start-up takes ~1 s)
        if process.poll() is None:
            process.send_signal(signal.SIGKILL)
        process.wait(30)
        kills += process.returncode == -signal.SIGKILL
    final = shopinbox(shop.profile, "campaign", "run", "wiosna", "--json", timeout=900)
    assert final.returncode == 0, final.stderr
    assert json.loads(final.stdout)[0]["state"] == "done"
    assert kills == KILLS, (kills, runs, seed)

    mails, delivered, texts = _delivered(smtp_server, bot_server)
    with sqlite_ctx.reader() as session:
        rows = session.execute(
            select(CampaignRecipient.customer_id, Message.recipients, Message.delivery_state,
                   Message.delivery_error)
            .join(Message, Message.id == CampaignRecipient.message_id)).all()
        given = session.execute(select(DiscountCode.code, DiscountCode.given_to_id)
                                .where(DiscountCode.given_to_id.is_not(None))).all()
    unsure = {r.recipients for r in rows if r.delivery_state == "failed"}
    print(f"seed {seed}: {kills} kills in {runs} runs, {time.monotonic() - started:.1f} s; "
          f"{sum(delivered.values())} delivered to {len(delivered)}; "
          f"{len(unsure)} may have been sent")
    assert {k: n for k, n in delivered.items() if n > 1} == {}, seed  # 0 double sends
    assert set(delivered) <= expected  # opted-out, non-consented, blocked: nothing
    assert expected - set(delivered) <= unsure, seed  # missing only where a kill hit a send
    assert len(unsure) <= KILLS
    for row in rows:
        if row.delivery_state == "failed":
            assert parse_stored(row.delivery_error)[0] == "may_have_been_sent", row
        else:
            assert row.delivery_state == "sent" and delivered[row.recipients] == 1
    # one code per customer, never one code to two; each message carries its customer's code
    assert len({c for c, _ in given}) == len(given) == len({who for _, who in given})
    code_of = {who: code for code, who in given}
    by_value = {value: (cid, lang) for cid, (_k, value, lang, _ok) in shop.people.items()}
    for value, [text] in texts.items():
        customer_id, lang = by_value[value]
        assert CODE.findall(text) == [code_of[customer_id]], (value, text)
        assert GREETING[lang] in text  # the variant of their language
    assert all("mailto:" in str(m["List-Unsubscribe"]) for m in mails)
    assert all(m.get_body(("plain",)).get_content().count("unsubscribe") for m in mails)
    assert all("/stop" in m["text"] for m in bot_server.sent)
    assert {str(m["chat"]["id"]) for m in bot_server.sent} and {
        str(m["To"]) for m in mails}  # both channels carried it

    report = campaigns.report(sqlite_ctx, "wiosna")
    assert report.sent == len(expected) - len(unsure)
    assert report.skipped == {"no_consent": 30, "opted_out": 30, "unreachable": 6}
    assert report.codes_given == len(given)

    # an imported order using one of the campaign's codes is a redemption
    customer_id, code = next(iter(code_of.items()))
    header = ("Name,Email,Financial Status,Paid at,Fulfillment Status,Accepts Marketing,"
              "Currency,Total,Discount Code,Created at,Lineitem quantity,Lineitem name,"
              "Lineitem price,Lineitem sku\n")
    csv_file = tmp_path / "orders_export.csv"
    csv_file.write_text(header + f"#5001,buyer@example.pl,paid,,,yes,PLN,120.00,{code.lower()},"
                        "2026-12-01 10:00:00 +0100,1,Świeca,120.00,CND\n"
                        "#5002,other@example.pl,paid,,,no,PLN,80.00,INNY-KOD,"
                        "2026-12-01 11:00:00 +0100,1,Mydło,80.00,SOAP\n", encoding="utf-8")
    import_orders_file(sqlite_ctx, csv_file, "csv")
    report = campaigns.report(sqlite_ctx, "wiosna")
    assert (report.redeemed_orders, {k: str(v) for k, v in report.revenue.items()}) == \
        (1, {"PLN": "120.00"})
