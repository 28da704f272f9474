"""Fixtures of the campaign tests: a shop whose customers arrived through the real servers
(Dovecot + the capturing SMTP server for email, the local Bot API server for Telegram), with
secrets in environment variables so a `shopinbox` subprocess — the one that gets killed — can
send too."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path

import pytest
from sqlalchemy import select

from shopinbox.app.promos.library import PromoDetail, save_promo
from shopinbox.channels.email.account import add_email_account
from shopinbox.channels.email.pull import EmailSync
from shopinbox.channels.registry import channel
from shopinbox.channels.telegram.account import add_telegram_account
from shopinbox.store.discounts import add_codes
from shopinbox.store.models import Customer, DiscountPool, Identity
from tests.email.conftest import account_settings, dovecot, smtp_server  # noqa: F401
from tests.fixtures.bot_api_server import user
from tests.telegram.conftest import bot_server  # noqa: F401

ROOT = Path(__file__).resolve().parents[2]
PASSWORD_ENV = "SHOPINBOX_TEST_CAMPAIGN_IMAP_PASSWORD"
TOKEN_ENV = "SHOPINBOX_TEST_CAMPAIGN_BOT_TOKEN"
LANGUAGES = ("pl", "ru", "en")
GREETING = {"pl": "Wiosenna wyprzedaż", "ru": "Весенняя распродажа", "en": "Spring sale"}
VARIANTS = {lang: (f"{GREETING[lang]} 2026",
                   f"{GREETING[lang]}! Kod: {{{{ promo.code }}}}") for lang in LANGUAGES}


@dataclass
class CampaignShop:
    profile: Path
    email_account: int
    bot_account: int
    pool_id: int
    # customer id → (channel, address or chat id, language, expected to receive)
    people: dict[int, tuple[str, str, str, bool]] = field(default_factory=dict)


def mail(sender: str, subject: str, body: str, when: datetime) -> bytes:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = "shop@example.com"
    message["Subject"] = subject
    message["Date"] = format_datetime(when)
    message["Message-ID"] = make_msgid(domain="klient.pl")
    message.set_content(body)
    return message.as_bytes()


def build_shop(ctx, profile, dovecot, smtp_server, bot_server, monkeypatch,  # noqa: F811
               count: int) -> CampaignShop:
    """`count` customers, half by email and half by Telegram, languages pl/ru/en in turn.
    Every 10th has no consent; every 10th+1 consented and then opted out (an "unsubscribe"
    mail, a Telegram /stop); every 50th+7 Telegram user blocked the bot."""
    monkeypatch.setenv(PASSWORD_ENV, dovecot.password)
    monkeypatch.setenv(TOKEN_ENV, bot_server.token)
    settings = {**account_settings(dovecot, smtp_server), "messages_per_minute": 3000}
    email_id, _ = add_email_account(ctx, "mail", dovecot.user, settings,
                                    password_env=PASSWORD_ENV, test=False)
    bot_id = add_telegram_account(ctx, "bot", bot_server.token, token_env=TOKEN_ENV,
                                  api_url=bot_server.url).account_id
    base = datetime.now(UTC) - timedelta(days=2)
    plan = []
    raw_mails = []
    for i in range(count):
        lang = LANGUAGES[i % 3]
        if i % 2 == 0:
            address = f"klient{i}@example.pl"
            raw_mails.append(mail(f"Klient {i} <{address}>", f"Pytanie {i}", "Dzień dobry",
                                  base + timedelta(minutes=i)))
            plan.append(("email", address, lang, i))
        else:
            sender = user(700000 + i, f"Tg{i}", None, f"tg{i}", language_code=lang)
            bot_server.message_from(sender, text="Здравствуйте", date=int(base.timestamp()) + i)
            if i % 50 == 7:
                bot_server.block(sender)
            plan.append(("telegram", str(700000 + i), lang, i))
    dovecot.write_maildir(raw_mails)
    EmailSync(ctx, email_id).sync_once()
    channel("telegram").pull(ctx, bot_id)
    shop = CampaignShop(profile, email_id, bot_id, 0)
    with ctx.writer() as session, session.begin():
        for kind, value, lang, i in plan:
            identity = session.scalar(select(Identity).where(
                Identity.kind == kind, Identity.value == value))
            assert identity is not None, (kind, value)
            customer = session.get(Customer, identity.customer_id)
            customer.language = lang
            from shopinbox.store.campaigns import set_consent
            if i % 10 != 0:
                set_consent(session, customer.id, True, "manual", at=base)
            blocked = kind == "telegram" and i % 50 == 7
            shop.people[customer.id] = (kind, value, lang,
                                        i % 10 not in (0, 1) and not blocked)
    # the opt-outs arrive as replies after the consent was recorded
    stops = []
    for kind, value, _lang, i in plan:
        if i % 10 == 1:
            if kind == "email":
                stops.append(mail(f"Klient {i} <{value}>", "unsubscribe", "",
                                  datetime.now(UTC) - timedelta(hours=1)))
            else:
                bot_server.message_from(user(int(value), f"Tg{i}", None, f"tg{i}"),
                                        text="/stop", date=int(time.time()) - 60)
    for raw in stops:
        dovecot.append(raw)
    EmailSync(ctx, email_id).sync_once()
    channel("telegram").pull(ctx, bot_id)
    promo_id = save_promo(ctx, PromoDetail(title="Wiosna", shortcut="/wiosna",
                                           variants=dict(VARIANTS)))
    with ctx.writer() as session, session.begin():
        pool = DiscountPool(name="WIOSNA", promo_id=promo_id)
        session.add(pool)
        session.flush()
        add_codes(session, pool.id, [f"WIOSNA-{n:04d}" for n in range(count + 20)])
        shop.pool_id = pool.id
    return shop


def shopinbox(profile: Path, *args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "shopinbox", "--profile", str(profile), *args],
                          capture_output=True, text=True, cwd=ROOT, timeout=timeout,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})


def start(profile: Path, *args: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "shopinbox", "--profile", str(profile),
                             *args], cwd=ROOT, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, env={**os.environ, "PYTHONPATH": str(ROOT)})


@pytest.fixture
def shop_of(sqlite_ctx, profile_dir, dovecot, smtp_server, bot_server,  # noqa: F811
            monkeypatch):
    def make(count: int) -> CampaignShop:
        return build_shop(sqlite_ctx, profile_dir, dovecot, smtp_server, bot_server,
                          monkeypatch, count)
    return make
