"""What counts as an opt-out, and the unsubscribe line a marketing message carries (pure).

An inbound message whose whole text (or subject) is one of `STOP_WORDS` — a Telegram `/stop`,
an email reply "unsubscribe" (what a mail client's List-Unsubscribe sends: the subject we put
in the mailto link) — records an opt-out for that customer. The line is written in the
language of the variant the customer gets, not the shop owner's UI language.
"""

from __future__ import annotations

UNSUBSCRIBE_SUBJECT = "unsubscribe"
STOP_WORDS = frozenset({
    "/stop", "stop", "unsubscribe", "/unsubscribe", "wypisz", "wypisz mnie", "rezygnuję",
    "rezygnuje", "отписаться", "отписка", "стоп", "Отписаться", "Стоп", "Отписка", "STOP",
    "Stop", "Unsubscribe", "UNSUBSCRIBE", "Wypisz", "WYPISZ", "/start stop",
})

UNSUBSCRIBE_LINES = {
    "email": {
        "pl": "Nie chcesz więcej takich wiadomości? Odpisz „wypisz” lub „unsubscribe”.",
        "ru": "Не хотите получать такие сообщения? Ответьте «отписаться» или «unsubscribe».",
        "en": "Don't want these messages any more? Reply \"unsubscribe\".",
    },
    "chat": {
        "pl": "Aby nie dostawać więcej takich wiadomości, wyślij /stop.",
        "ru": "Чтобы больше не получать такие сообщения, отправьте /stop.",
        "en": "To stop these messages, send /stop.",
    },
}


def is_stop_text(text: str | None) -> bool:
    cleaned = " ".join((text or "").split()).strip(" .!")
    return cleaned in STOP_WORDS or cleaned.lower() in STOP_WORDS


def stop_variants() -> list[str]:
    """Every spelling to look for in SQL (`lower()` folds only ASCII in SQLite)."""
    return sorted(STOP_WORDS)


def unsubscribe_line(language: str, has_subjects: bool) -> str:
    lines = UNSUBSCRIBE_LINES["email" if has_subjects else "chat"]
    return lines.get((language or "en").split("-")[0].lower(), lines["en"])


def with_unsubscribe_line(text: str, language: str, has_subjects: bool) -> str:
    return f"{text.rstrip()}\n\n—\n{unsubscribe_line(language, has_subjects)}"


def list_unsubscribe(address: str) -> str:
    """The `List-Unsubscribe` header (RFC 2369) for a shop address."""
    return f"<mailto:{address}?subject={UNSUBSCRIBE_SUBJECT}>"
