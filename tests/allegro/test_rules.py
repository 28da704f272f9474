"""Allegro's rules for what a seller may write, as composer warnings (pure)."""

from __future__ import annotations

import pytest

from shopinbox.channels import registry
from shopinbox.channels.allegro.convert.rules import (
    CONTACT_OUTSIDE,
    NOTIFICATION_ONLY,
    OUTSIDE_LINK,
    reply_warnings,
)


@pytest.mark.parametrize("text", [
    "Dziękuję za zakup! Pozdrawiam",
    "Dziękujemy za zakup, paczka została wysłana. Pozdrawiamy, zespół sklepu",
    "Thank you for your purchase!",
    "Спасибо за покупку!",
])
def test_a_thank_you_that_only_repeats_allegro_is_flagged(text):
    assert reply_warnings(text) == [NOTIFICATION_ONLY]


@pytest.mark.parametrize("text", [
    "Rozmiar 38 jest dostępny, wyślę jutro rano kurierem DPD. Dziękuję!",
    "Dziękuję, czy mogę prosić o numer paczkomatu?",
    "Zobacz też https://allegro.pl/oferta/bluzka-123",
    "",
])
def test_real_answers_pass(text):
    assert reply_warnings(text) == []


def test_outside_links_and_contacts_are_flagged():
    assert reply_warnings("Taniej na www.mojsklep.pl") == [OUTSIDE_LINK]
    assert reply_warnings("Więcej na https://mojsklep.com/promo") == [OUTSIDE_LINK]
    assert reply_warnings("Proszę pisać na anna@sklep.pl") == [CONTACT_OUTSIDE]
    assert reply_warnings("Proszę dzwonić: 601 234 567") == [CONTACT_OUTSIDE]


def test_the_channel_offers_the_rules_and_others_do_not():
    assert registry.channel("allegro").reply_warnings("www.mojsklep.pl") == [OUTSIDE_LINK]
    assert registry.channel("telegram").reply_warnings("www.mojsklep.pl") == []
