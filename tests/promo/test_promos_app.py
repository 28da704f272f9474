"""Promo replies through the app layer, on SQLite and PostgreSQL: the demo shop's promos in each
language, with and without an order, language choice, the library CRUD and attachments."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from shopinbox.app.promos import library as promos
from shopinbox.app.promos.settings import fallback_chain, set_fallback_chain
from shopinbox.domain.language_detect import VariantNotFound
from shopinbox.store.models import Customer, DiscountPool, Order

GREETING = {"pl": "Dzień dobry {}", "ru": "Здравствуйте, {}!", "en": "Hi {}"}
PNG = b"\x89PNG\r\n\x1a\n" + b"\0" * 40


def _customers(ctx, language: str) -> tuple[Customer, Customer]:
    """A customer of that language whose latest order has a tracking link, and one without
    any order."""
    with ctx.reader() as session:
        with_order = without = None
        for customer in session.scalars(select(Customer).where(Customer.language == language)
                                        .order_by(Customer.id)):
            latest = session.scalar(select(Order).where(Order.customer_id == customer.id)
                                    .order_by(Order.placed_at.desc()).limit(1))
            if latest is None and without is None:
                without = customer
            elif latest is not None and latest.tracking_url and with_order is None:
                with_order = (customer, latest)
        assert with_order and without
        return with_order, without


def test_demo_promos_render_in_each_language(demo_ctx):
    for language in ("pl", "ru", "en"):
        _check_language(demo_ctx, language)


def _check_language(demo_ctx, language):
    (customer, order), lonely = _customers(demo_ctx, language)
    first_name = customer.display_name.split()[0]

    shipped = promos.render_promo(demo_ctx, "/ship", customer.id, "email")
    assert shipped.language == language and shipped.missing == []
    assert shipped.text.startswith(GREETING[language].format(first_name))
    assert order.number in shipped.subject and order.tracking_url in shipped.text
    assert f'<a href="{order.tracking_url}">' in shipped.html
    assert "Leśna Herbaciarnia" in shipped.text and "«" not in shipped.text

    no_order = promos.render_promo(demo_ctx, "/ship", lonely.id, "telegram")
    assert no_order.language == language
    assert no_order.missing == ["order.number", "order.status", "order.tracking_url"]
    assert "«order.number»" in no_order.text and "{{" not in no_order.text
    with pytest.raises(promos.MissingValues) as caught:
        promos.prepare_promo_reply(demo_ctx, lonely.id, "/ship", "telegram")
    assert caught.value.missing == no_order.missing

    thanks = promos.render_promo(demo_ctx, "thanks", lonely.id, "email")
    assert thanks.missing == [] and thanks.uses_code and thanks.pool_name == "THANKS10"
    assert thanks.text.endswith("«code»") and thanks.code_placeholder == "«code»"
    brew = promos.render_promo(demo_ctx, "/brew", customer.id, "telegram")
    assert brew.missing == [] and brew.language == language and "°C" in brew.markup["telegram"]


def test_language_switch_detection_and_fallback_chain(demo_ctx):
    (customer, _order), _ = _customers(demo_ctx, "ru")
    assert promos.render_promo(demo_ctx, "/brew", customer.id, language="pl").language == "pl"
    with pytest.raises(VariantNotFound):
        promos.render_promo(demo_ctx, "/brew", customer.id, language="de")
    with demo_ctx.writer() as session, session.begin():
        session.get(Customer, customer.id).language = None  # now detected from messages
        stranger = Customer(display_name="Kim Doe", language="de")
        session.add(stranger)
        session.flush()
        stranger_id = stranger.id
    assert promos.render_promo(demo_ctx, "/brew", customer.id).language == "ru"
    assert fallback_chain(demo_ctx) == ["en", "pl", "ru"]
    assert promos.render_promo(demo_ctx, "/brew", stranger_id).language == "en"
    set_fallback_chain(demo_ctx, ["RU-ru", "pl"])
    assert fallback_chain(demo_ctx) == ["ru", "pl"]
    assert promos.render_promo(demo_ctx, "/brew", stranger_id).language == "ru"


def test_library_crud_with_attachments(ctx):
    detail = promos.PromoDetail(
        title="Size chart", shortcut="/size", category="Products",
        variants={"en": ("Sizes for {{ customer.first_name }}", "See **the chart**, "
                         '{{ ask("size") }}.'),
                  "pl": ("Rozmiary", "Tabela rozmiarów w załączniku.")},
        attachments=[promos.PromoAttachmentData("chart.png", content=PNG),
                     promos.PromoAttachmentData("../../guide.pdf", "application/pdf",
                                                content=b"%PDF-1.4 tiny")],
    )
    promo_id = promos.save_promo(ctx, detail)
    saved = promos.get_promo(ctx, "size")
    assert saved.id == promo_id and sorted(saved.variants) == ["en", "pl"]
    assert [(a.filename, a.mime_type) for a in saved.attachments] == [
        ("chart.png", "image/png"), ("guide.pdf", "application/pdf")]
    assert promos.attachment_bytes(ctx, saved.attachments[0].id) == PNG

    rendered = promos.render_promo(ctx, promo_id, None, "telegram", language="en",
                                   answers={"size": "M"})
    assert rendered.markup["telegram"] == "See <b>the chart</b>, M."
    assert [a.mime_type for a in rendered.attachments][0].startswith("image/")
    assert rendered.asked == ["size"] and rendered.missing == []  # subject is not sent
    assert promos.render_promo(ctx, promo_id, None, "email", language="en",
                               answers={"size": "M"}).missing == ["customer.first_name"]

    copy_id = promos.duplicate_promo(ctx, "/size")
    copy = promos.get_promo(ctx, copy_id)
    assert copy.shortcut == "/size-copy" and copy.title == "Size chart (copy)"
    assert [a.sha256 for a in copy.attachments] == [a.sha256 for a in saved.attachments]
    assert promos.get_promo(ctx, promos.duplicate_promo(ctx, "/size")).shortcut == "/size-copy2"

    saved.variants.pop("pl")
    saved.attachments = saved.attachments[1:]
    promos.save_promo(ctx, saved)
    again = promos.get_promo(ctx, promo_id)
    assert list(again.variants) == ["en"] and len(again.attachments) == 1

    with pytest.raises(promos.PromoInvalid, match="already used"):
        promos.save_promo(ctx, promos.PromoDetail("X", "/size-copy", variants={"en": ("", "x")}))
    with pytest.raises(promos.PromoInvalid, match="names starting with _"):
        promos.save_promo(ctx, promos.PromoDetail("X", "/bad",
                                                  variants={"en": ("", "{{ ''.__class__ }}")}))
    promos.delete_promo(ctx, copy_id)
    assert [p.shortcut for p in promos.list_promos(ctx)] == ["/size", "/size-copy2"]
    with pytest.raises(promos.PromoNotFound):
        promos.get_promo(ctx, copy_id)


def test_preview_usage_and_delete(demo_ctx):
    (customer, order), _ = _customers(demo_ctx, "en")
    preview = promos.preview_template(demo_ctx, "About {{ order.number }}",
                                      "{{ order.total }} for {{ customer.name }}", customer.id,
                                      "email", language="en", promo="/thanks")
    assert preview.subject == f"About {order.number}"
    assert preview.text.endswith(customer.display_name) and order.currency in preview.text
    assert preview.pool_name == "THANKS10"

    usage = {u.shortcut: (u.sent, u.codes_given) for u in promos.usage_counts(demo_ctx)}
    assert usage == {"/ship": (0, 0), "/thanks": (0, 0), "/brew": (0, 0)}

    promos.delete_promo(demo_ctx, "/thanks")  # its pool and code records stay, detached
    with demo_ctx.reader() as session:
        pool = session.scalar(select(DiscountPool).where(DiscountPool.name == "THANKS10"))
        assert pool is not None and pool.promo_id is None
