"""The template sandbox: values, missing names, fill-in fields, and escapes that must fail safely."""

from __future__ import annotations

import pytest

from shopinbox.domain.promos.render import (
    CODE_PLACEHOLDER,
    MAX_OUTPUT,
    PromoTemplateError,
    Record,
    check_template,
    render_template,
)

VALUES = {
    "customer": Record("customer", {"first_name": "Zofia", "name": "Zofia Krawczyk"}),
    "order": Record("order", {"number": "#1083", "tracking_url": None,
                              "lines": [Record("order.lines", {"name": "Sencha", "quantity": 2}),
                                        Record("order.lines", {"name": "Oolong", "quantity": 1})]}),
    "shop": Record("shop", {"name": "Leśna Herbaciarnia"}),
    "promo": Record("promo", {"code": CODE_PLACEHOLDER}),
}


def test_values_render():
    outcome = render_template("Hi {{ customer.first_name }}, order {{ order.number }} from "
                              "{{ shop.name }}: {{ promo.code }}", VALUES)
    assert outcome.text == "Hi Zofia, order #1083 from Leśna Herbaciarnia: «code»"
    assert outcome.missing == [] and outcome.asked == []


def test_missing_values_are_listed_and_visible_never_blank():
    outcome = render_template("{{ order.tracking_url }} {{ order.status }} {{ nothing.here }} "
                              "{{ order.tracking_url }}", VALUES)
    assert outcome.missing == ["order.tracking_url", "order.status", "nothing.here"]
    assert outcome.text == "«order.tracking_url» «order.status» «nothing.here» «order.tracking_url»"
    assert "{{" not in outcome.text


def test_a_whole_missing_object_names_each_field():
    outcome = render_template("{{ order.number }} / {{ order.total }}", {"shop": VALUES["shop"]})
    assert outcome.missing == ["order.number", "order.total"]


def test_optional_parts_and_defaults_do_not_count_as_missing():
    source = ("{% if order.tracking_url %}Track: {{ order.tracking_url }}{% else %}soon{% endif %}"
              " {{ order.status|default('in progress') }}")
    outcome = render_template(source, VALUES)
    assert outcome.text == "soon in progress"
    assert outcome.missing == []


def test_loop_over_order_lines_and_filters():
    source = ("{% for line in order.lines %}{{ loop.index }}. {{ line.name|upper }} "
              "x{{ line.quantity }}\n{% endfor %}{{ customer.name|truncate(9, True, '…', 0) }}")
    outcome = render_template(source, VALUES)
    assert outcome.text == "1. SENCHA x2\n2. OOLONG x1\nZofia Kr…"


def test_ask_fields_collected_then_filled():
    source = 'Delivery on {{ ask("delivery date") }} to {{ ask("pickup point") }}. ' \
             '{{ ask("delivery date") }}'
    first = render_template(source, VALUES)
    assert first.asked == ["delivery date", "pickup point"]
    assert first.missing == ['ask("delivery date")', 'ask("pickup point")']
    assert check_template(source) == ["delivery date", "pickup point"]
    second = render_template(source, VALUES, {"delivery date": "12 May",
                                              "pickup point": "Kraków 12"})
    assert second.text == "Delivery on 12 May to Kraków 12. 12 May"
    assert second.missing == []
    partial = render_template(source, VALUES, {"delivery date": "12 May", "pickup point": " "})
    assert partial.missing == ['ask("pickup point")']


ESCAPES = [
    "{{ ''.__class__ }}",
    "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "{{ cycler.__init__.__globals__ }}",
    "{{ customer.__class__ }}",
    "{{ customer['_values'] }}",
    "{{ self }}",
    "{{ self._TemplateReference__context }}",
    "{{ lipsum.__globals__['os'].popen('id').read() }}",
    "{{ namespace() }}",
    "{% include '/etc/passwd' %}",
    "{% import 'os' as os %}",
    "{% from 'x' import y %}",
    "{% extends 'base.html' %}",
    "{{ range(10**9) }}",
    "{{ range(100000)|list }}",
    "{{ 'a' * 10**9 }}",
    "{{ 'a' * 100000000 }}",
    "{{ '%999999999s' % 1 }}",
    "{{ customer.name|center(999999999) }}",
    "{{ customer.name|attr('__class__') }}",
    "{{ customer.name.format(customer) }}",
    "{{ customer.name.upper }}",
    "{{ order.lines.append }}",
    "{% set x = 'a' %}{{ x }}",
    "{% macro m() %}{% endmacro %}",
    "{% for a in order.lines %}{% for b in order.lines %}{% endfor %}{% endfor %}",
    "{{ ask(customer.name) }}",
    "{% raw %}ok{% endraw %}{{ unclosed",
    "{{ x.y + 1 }}",
]


@pytest.mark.parametrize("source", ESCAPES)
def test_escapes_fail_with_a_clear_error(source):
    with pytest.raises(PromoTemplateError) as caught:
        render_template(source, VALUES)
    message = str(caught.value)
    assert message and "Traceback" not in message
    assert "root:" not in message  # nothing was read or run


def test_output_is_capped():
    many = Record("order", {"lines": [Record("order.lines", {"name": "x" * 1000})] * 200})
    with pytest.raises(PromoTemplateError, match="longer than"):
        render_template("{% for l in order.lines %}{{ l.name }}{% endfor %}", {"order": many})
    assert MAX_OUTPUT < 200 * 1000


def test_concatenation_of_missing_is_a_clear_error():
    with pytest.raises(PromoTemplateError, match="order.total is missing"):
        render_template("{{ order.total * 2 }}", {"shop": VALUES["shop"]})


@pytest.mark.parametrize("source", [
    "{{ ''.__class__.__mro__ }}",
    "{{ cycler.__init__.__globals__ }}",
    "{{ customer.__class__ }}",
    "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "{% include 'shopinbox.sqlite3' %}",
    "{% import 'x' as y %}",
    "{{ range(10**9) }}",
    "{{ 'a' * 10**8 }}",
    "{{ customer.name.upper() }}",
])
def test_the_sandbox_alone_still_refuses(monkeypatch, source):
    """Defence in depth: with the syntax check switched off, Jinja's sandbox and the refusing
    loader still stop every escape with a PromoTemplateError."""
    import shopinbox.domain.promos.render as module

    monkeypatch.setattr(module, "check_template", lambda source: [])
    try:
        outcome = render_template(source, VALUES)
    except PromoTemplateError as error:
        assert str(error)
    else:  # an unknown name is merely missing: rendered visibly, nothing ran
        assert outcome.missing and "«" in outcome.text, outcome
