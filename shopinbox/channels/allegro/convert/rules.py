"""Allegro's rules for what a seller may write to a buyer, as warnings for the composer.

Pure. `reply_warnings(text)` returns codes (worded by the channel's names module in the UI
language):

- `allegro_outside_link`: a link to a page outside Allegro (Allegro's rules forbid sending
  buyers to another shop or asking them to buy outside Allegro);
- `allegro_contact_outside`: an email address or phone number offered as a way to talk or buy
  outside Allegro;
- `allegro_notification_only`: a short thank-you or "your parcel is on its way" that only
  repeats what Allegro itself sends after a purchase (forbidden since 2025-10-20).
"""

from __future__ import annotations

import re

from shopinbox.domain.emails import find_emails
from shopinbox.domain.text_fold import fold

OUTSIDE_LINK = "allegro_outside_link"
CONTACT_OUTSIDE = "allegro_contact_outside"
NOTIFICATION_ONLY = "allegro_notification_only"

_URL = re.compile(r"(?:https?://|www\.)[^\s<>\"]+|\b[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*"
                  r"\.(?:pl|com|eu|net|org|shop|store|info|ru|de|ua|io)\b(?:/[^\s<>\"]*)?",
                  re.IGNORECASE)
_ALLEGRO = re.compile(r"^(?:https?://)?(?:[a-z0-9-]+\.)*(?:allegro\.pl|allegro\.cz|allegro\.sk"
                      r"|allegrolokalnie\.pl|allegrosandbox\.pl|allegroimg\.com)(?:[/?#].*)?$",
                      re.IGNORECASE)
_PHONE = re.compile(r"(?<!\d)(?:\+?\d[\d ()-]{7,}\d)(?!\d)")
# What Allegro's own post-purchase notifications already say (folded: lower case, no accents,
# ł → l, ё → е), in Polish, English and Russian.
_NOTIFICATION = re.compile(
    r"dziekuj\w*|dzieki|podziekowani\w*|thank(?:s| you)|спасибо|благодар\w*"
    r"|za zakup\w*|za zamowieni\w*|for (?:your )?(?:purchase|order)|за покупку|за заказ"
    r"|zamowieni\w* (?:zostal\w* )?(?:wyslan\w*|nadan\w*|przyjet\w*|oplacon\w*)"
    r"|paczk\w* (?:zostal\w* )?(?:wyslan\w*|nadan\w*|w drodze)|przesylk\w* (?:zostal\w* )?"
    r"(?:wyslan\w*|nadan\w*)|(?:your )?(?:order|parcel|package) (?:has been |was |is )?"
    r"(?:shipped|sent|on its way|received|paid)|заказ (?:был )?(?:отправлен|оплачен)"
    r"|платеж\w* (?:получен|зачислен)|wplat\w* (?:zostal\w* )?zaksiegowan\w*"
    r"|pozdrawiam\w*|pozdrowieni\w*|serdeczn\w*|best regards|regards|с уважением"
    r"|zapraszam\w* ponownie|zapraszamy ponownie|welcome back|ждем вас снова|ждём вас снова"
    r"|milego dnia|have a nice day|хорошего дня|zyczymy|zycze|wishing you",
    re.IGNORECASE)
_THANKS = re.compile(r"dziekuj|dzieki|thank|спасибо|благодар", re.IGNORECASE)
_FILLER = re.compile(r"[\W\d_]+|\b(?:i|a|oraz|za|and|for|the|your|и|за|ваш\w*|pan\w*|pani\w*"
                     r"|sklep\w*|team|zespol\w*|we|my|nasz\w*|bardzo|very|much|much|очень"
                     r"|is|has|been|was)\b", re.IGNORECASE)


def _outside_links(text: str) -> list[str]:
    links = []
    for found in _URL.finditer(text):
        link = found.group(0).rstrip(".,;:!?)")
        before = text[max(0, found.start() - 1):found.start()]
        if before == "@":  # the domain of an email address
            continue
        if not _ALLEGRO.match(link):
            links.append(link)
    return links


def notification_only(text: str) -> bool:
    """A short message that says nothing but thanks / "shipped" / greetings."""
    folded = fold(text)
    if not folded.strip() or len(folded) > 400 or "?" in folded:
        return False
    if not _THANKS.search(folded) and not _NOTIFICATION.search(folded):
        return False
    rest = _FILLER.sub(" ", _NOTIFICATION.sub(" ", folded))
    return len(rest.split()) <= 2


def reply_warnings(text: str) -> list[str]:
    codes = []
    if _outside_links(text):
        codes.append(OUTSIDE_LINK)
    if find_emails(text) or _PHONE.search(text):
        codes.append(CONTACT_OUTSIDE)
    if notification_only(text):
        codes.append(NOTIFICATION_ONLY)
    return codes
