"""Promo templates are untrusted (libraries are shared between shops): every hostile template
renders or is refused within 1 s and 50 MB, and `promo import` of one prints no traceback."""

from __future__ import annotations

import json
import time
import tracemalloc

import pytest

from shopinbox.cli import main
from shopinbox.domain.promos.render import PromoTemplateError, Record, render_template

BIG = '("a" * 9999)'
HOSTILE = {
    "3,000 nested parentheses": "{{ " + "(" * 3000 + "1" + ")" * 3000 + " }}",
    "nested lists": "{{ " + "[" * 2000 + "]" * 2000 + " }}",
    "500 nested ifs": "{% if 1 %}" * 500 + "x" + "{% endif %}" * 500,
    "concat of 400 big pieces": "{{ " + " ~ ".join([BIG] * 400) + " }}",
    "replace explosion": "{{ " + BIG + '|replace("a", "aaaaaaaaaa")|replace("a", "aaaaaaaaaa") }}',
    "replace of a concat": "{{ (" + " ~ ".join([BIG] * 10) + ')|replace("a", "bbbbbbbbbbbb") }}',
    "join of a repeated list": '{{ ([' + BIG + '] * 1)|join("-" * 9999) }}',
    "many repeats": "{{ " + " ~ ".join(['("ab" * 4999)'] * 30) + " }}",
    "loop over data with growth": '{% for line in order.lines %}{{ line.name|replace("x", '
                                  '"yyyyyyyyyyyyyyyyyyyy") }}{% endfor %}',
    "truncate of a huge end": '{{ "x"|truncate(1, end=' + BIG + ') }}',
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_template_is_bounded(name):
    order = Record("order", {"lines": [Record("line", {"name": "x" * 5000}) for _ in range(40)]})
    tracemalloc.start()
    started = time.perf_counter()
    try:
        outcome = render_template(HOSTILE[name], {"order": order})
    except PromoTemplateError as error:
        outcome = None
        assert str(error)  # a reason a shop owner can read
    finally:
        elapsed = time.perf_counter() - started
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    assert elapsed < 1.0, f"{name}: {elapsed:.2f} s"
    assert peak < 50 * 1024 * 1024, f"{name}: {peak / 1e6:.0f} MB"
    if outcome is not None:
        assert len(outcome.text) <= 100_000


def test_promo_import_of_a_hostile_library_prints_no_traceback(profile_dir, tmp_path, capsys):
    library = tmp_path / "hostile.json"
    library.write_text(json.dumps({"format": "shopinbox-promos", "version": 1, "promos": [{
        "shortcut": "/evil", "title": "Evil",
        "variants": {"en": {"subject": "x", "body": HOSTILE["3,000 nested parentheses"]}},
    }]}), encoding="utf-8")
    code = main(["--profile", str(profile_dir), "promo", "import", str(library)])
    captured = capsys.readouterr()
    assert code != 0
    assert "Traceback" not in captured.err and "RecursionError" not in captured.err
    assert "nests brackets" in captured.err or "format" in captured.err
