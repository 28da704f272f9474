"""Send a campaign to 5,000 recipients through the local servers (the capturing SMTP server and
the local Bot API server), half by email and half by Telegram, in three languages, with a code
pool: the whole path of `shopinbox campaign run` (render, queue, claim with the code, send,
record).

    python -m benchmarks.campaign [--recipients N] [--telegram-rate 25] [--email-per-minute 1500]

Prints, per channel, the throughput against its configured limit (it must never be above), the
busiest second seen by the server, and the time spent outside the throttle: how much longer
the campaign took than the throttle alone requires, as a share of the whole run (target
≤ 10 %). The email account is set up like a provider that files sent mail itself (Gmail,
Outlook: `saves_sent`), so no IMAP server is needed.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import keyring  # noqa: E402
from sqlalchemy import insert  # noqa: E402

from shopinbox.app.campaigns import campaigns, runner, segments  # noqa: E402
from shopinbox.app.core.context import AppContext  # noqa: E402
from shopinbox.app.promos.library import PromoDetail, save_promo  # noqa: E402
from shopinbox.channels.email.account import add_email_account  # noqa: E402
from shopinbox.channels.telegram.account import add_telegram_account  # noqa: E402
from shopinbox.domain.campaigns.pacing import throttle_seconds  # noqa: E402
from shopinbox.store.discounts import add_codes  # noqa: E402
from shopinbox.store.models import (  # noqa: E402
    Customer,
    CustomerConsent,
    DiscountPool,
    Identity,
    Message,
)
from tests.fixtures.bot_api_server import BotApiServer  # noqa: E402
from tests.fixtures.memory_keyring import MemoryKeyring  # noqa: E402
from tests.fixtures.smtp_server import start_smtp  # noqa: E402

LANGUAGES = ("pl", "ru", "en")


def build(ctx: AppContext, smtp_port: int, bot: BotApiServer, count: int,
          email_per_minute: float) -> tuple[int, int]:
    email_id, _ = add_email_account(ctx, "mail", "shop@example.com", {
        "imap_host": "127.0.0.1", "imap_port": 1, "imap_security": "none",
        "smtp_host": "127.0.0.1", "smtp_port": smtp_port, "smtp_security": "none",
        "display_name": "Sklep", "saves_sent": True, "messages_per_minute": email_per_minute,
        "timeout": 10}, password="pw", test=False)
    bot_id = add_telegram_account(ctx, "bot", bot.token, api_url=bot.url).account_id
    base = datetime.now(UTC) - timedelta(days=3)
    with ctx.writer() as session, session.begin():
        session.execute(insert(Customer), [
            {"id": i + 1, "display_name": f"Klient {i}", "language": LANGUAGES[i % 3],
             "note": "", "created_at": base, "updated_at": base} for i in range(count)])
        session.execute(insert(Identity), [
            {"id": i + 1, "customer_id": i + 1, "created_at": base, "display": "",
             **({"kind": "email", "value": f"k{i}@example.pl"} if i % 2 == 0
                else {"kind": "telegram", "value": str(800000 + i)})} for i in range(count)])
        session.execute(insert(Message), [
            {"account_id": email_id if i % 2 == 0 else bot_id, "customer_id": i + 1,
             "identity_id": i + 1, "channel": "email" if i % 2 == 0 else "telegram",
             "direction": "in", "external_id": f"in-{i}", "sent_at": base + timedelta(seconds=i),
             "subject": "", "body_text": "Dzień dobry", "extra": {}, "created_at": base,
             "sender_address": "", "sender_name": "", "recipients": "", "is_read": True,
             "is_automated": False, "send_attempts": 0} for i in range(count)])
        session.execute(insert(CustomerConsent), [
            {"customer_id": i + 1, "marketing": True, "source": "import:benchmark",
             "changed_at": base} for i in range(count)])
    promo = save_promo(ctx, PromoDetail(title="Wiosna", shortcut="/wiosna", variants={
        "pl": ("Wiosenna wyprzedaż", "Wiosenna wyprzedaż! Kod: {{ promo.code }}"),
        "ru": ("Весенняя распродажа", "Весенняя распродажа! Код: {{ promo.code }}"),
        "en": ("Spring sale", "Spring sale! Code: {{ promo.code }}")}))
    with ctx.writer() as session, session.begin():
        pool = DiscountPool(name="WIOSNA", promo_id=promo)
        session.add(pool)
        session.flush()
        add_codes(session, pool.id, [f"WIOSNA-{n:05d}" for n in range(count)])
    return email_id, bot_id


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--recipients", type=int, default=5000)
    parser.add_argument("--telegram-rate", type=float, default=25.0, help="messages/s")
    parser.add_argument("--email-per-minute", type=float, default=1500.0)
    args = parser.parse_args(argv)
    keyring.set_keyring(MemoryKeyring())
    bot = BotApiServer().start()
    smtp = start_smtp("shop@example.com", "pw")
    stamps: list[float] = []
    handle = smtp.handle_DATA

    async def timed(server, session, envelope):  # the SMTP server's clock for each mail
        stamps.append(time.time())
        return await handle(server, session, envelope)

    smtp.handle_DATA = timed  # type: ignore[method-assign]
    try:
        with tempfile.TemporaryDirectory() as folder:
            ctx = AppContext.open(str(Path(folder) / "profile"))
            email_id, bot_id = build(ctx, smtp.port, bot, args.recipients,
                                     args.email_per_minute)
            segments.save_segment(ctx, "all", {})
            campaigns.create_campaign(ctx, "wiosna", "/wiosna", "all",
                                      rates={"telegram": args.telegram_rate})
            started = time.monotonic()
            result = runner.run_campaign(ctx, "wiosna")
            elapsed = time.monotonic() - started
            report = campaigns.report(ctx, "wiosna")
            ctx.close()
    finally:
        bot.stop()
        smtp.stop()
    names = {email_id: "email", bot_id: "telegram"}
    rates = {names[a]: r for a, r in result.rates.items()}
    counts = {names[a]: n for a, n in result.per_account.items()}
    busiest = {"email": max(Counter(int(s) for s in stamps).values(), default=0),
               "telegram": max(Counter(m["date"] for m in bot.sent).values(), default=0)}
    print(f"{args.recipients} recipients: {report.sent} sent, {report.failed} failed, "
          f"{report.codes_given} codes in {elapsed:.1f} s "
          f"(state {result.state}; {len(smtp.messages)} mails, {len(bot.sent)} Telegram)")
    within = True
    for account_id, seconds in sorted(result.account_seconds.items()):
        name = names[account_id]
        limit = rates.get(name) or 0.0
        achieved = counts.get(name, 0) / seconds if seconds else 0.0
        ok = achieved <= limit * 1.01 and busiest[name] <= limit + 1
        within &= ok
        print(f"  {name:<8} {counts.get(name, 0):>5} sent in {seconds:6.1f} s: "
              f"{achieved:6.2f} msg/s against a limit of {limit:.2f} "
              f"(busiest second {busiest[name]}) — {'within' if ok else 'ABOVE'} the limit")
    floor = throttle_seconds(counts, rates)
    outside = max(0.0, elapsed - floor) / elapsed if elapsed else 0.0
    print(f"throttle alone needs {floor:.1f} s; time outside the throttle {outside:.1%} "
          f"(target ≤ 10 %); throughput {'within' if within else 'ABOVE'} the limits")
    return 0 if report.sent == args.recipients and within else 1


if __name__ == "__main__":
    sys.exit(main())
