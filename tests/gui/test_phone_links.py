"""Phone numbers are `tel:` links: written in a message (a web link's digits stay part of the
web link) and a customer's phone identity in the panel."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel
from sqlalchemy import select

from shopinbox.store.models import Identity
from shopinbox.ui.timeline.timeline_html import text_to_html
from tests.gui.helpers import open_customer


def test_numbers_in_a_message_are_tel_links():
    shown = text_to_html("Proszę dzwonić: 601 234 567 albo +7 (912) 000-11-22.\n"
                         "Faktura: https://sklep.pl/f?id=123456789&x=1, zam. z 2024-03-04")
    assert '<a href="tel:+48601234567">601 234 567</a>' in shown
    assert '<a href="tel:+79120001122">+7 (912) 000-11-22</a>' in shown
    assert '<a href="https://sklep.pl/f?id=123456789&amp;x=1' in shown  # not a phone
    assert shown.count("tel:") == 2 and "<br>" in shown


def test_a_phone_identity_in_the_panel_is_a_tel_link(qtbot, window, demo_ctx):
    with demo_ctx.reader() as session:
        phone = session.scalar(select(Identity).where(Identity.kind == "phone").limit(1))
    open_customer(qtbot, window, phone.customer_id)
    identities = window.findChild(QLabel, "customerIdentities")
    assert f'<a href="tel:{phone.value}">{phone.display}</a>' in identities.text()
    assert identities.openExternalLinks()
