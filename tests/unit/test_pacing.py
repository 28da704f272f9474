"""Send pacing (domain/campaigns/pacing.py) on a simulated clock: the schedule holds the rate,
absorbs slow messages without a bunch above the limit afterwards (at most rate + 1 in any one
second where a send took longer than an interval), and starts anew after a long stall."""

from __future__ import annotations

from shopinbox.domain.campaigns.pacing import Pace


def _run(rate: float, count: int, slow: dict[int, float]) -> list[float]:
    """Send `count` messages as the campaign worker does; message n takes `slow[n]` seconds
    (others 5 ms) between its turn and going out. Returns when each went."""
    pace = Pace(rate, start=0.0)
    now, went = 0.0, []
    for number in range(count):
        now = max(now, pace.next_at(now))
        now += slow.get(number, 0.005)
        pace.took(now)  # the worker records it once the server has it
        went.append(now)
    return went


def _busiest_second(times: list[float]) -> int:
    return max(sum(1 for t in times if start <= t < start + 1.0 - 1e-9) for start in times)


def test_a_slow_message_is_caught_up_without_a_burst_above_the_limit():
    quick = _run(25.0, 500, {100: 0.035, 101: 0.035, 102: 0.035, 250: 0.038})
    assert _busiest_second(quick) <= 26  # any one second, not only whole clock seconds
    assert quick[-1] < 499 / 25 + 0.05  # the schedule held: no time lost
    slow = _run(25.0, 500, {n: 0.2 for n in range(100, 500, 7)})  # slower than an interval
    assert _busiest_second(slow) <= 26


def test_on_schedule_it_sends_at_the_rate():
    went = _run(25.0, 251, {})
    assert _busiest_second(went) <= 25
    assert abs((went[-1] - went[0]) - 10.0) < 0.01


def test_a_long_stall_starts_a_new_schedule_instead_of_a_bunch():
    went = _run(25.0, 200, {50: 3.0})
    assert _busiest_second(went) <= 26  # the ~75 it owes are not sent in a bunch
    assert went[-1] - went[51] >= 148 / 25  # a new schedule from the stall on


def test_slow_rates_and_no_rate():
    went = _run(0.5, 5, {})  # 30 a minute
    assert [round(b - a, 3) for a, b in zip(went, went[1:], strict=False)] == [2.0] * 4
    assert _run(None, 3, {}) == [0.005, 0.01, 0.015]  # type: ignore[arg-type]
