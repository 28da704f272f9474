"""Concurrent code assignment never gives one code to two customers, and a customer who already
has a code gets the same one: two threads, and two processes each with its own AppContext on the
same profile, on SQLite and on PostgreSQL."""

from __future__ import annotations

import multiprocessing
import os
import threading
from collections import defaultdict

from sqlalchemy import func, select

from shopinbox.store.discounts import assign_code
from shopinbox.store.models import DiscountCode
from tests.fixtures.promo_data import assign_in_process, make_customers, make_pool

SHARED = 6  # customers both workers serve at the same time
OWN = 12  # customers only one worker serves


def _plan(ctx):
    customers = make_customers(ctx, [f"C{n}" for n in range(SHARED + 2 * OWN)])
    shared, first, second = customers[:SHARED], customers[SHARED:SHARED + OWN], \
        customers[SHARED + OWN:]
    pool_id = make_pool(ctx, "RACE", [f"R-{n:03d}" for n in range(len(customers) + 5)])
    # Interleave so that both workers hit the shared customers at the same moments.
    plan_a = [c for pair in zip(shared, first[:SHARED], strict=True) for c in pair] + first[SHARED:]
    plan_b = [c for pair in zip(shared, second[:SHARED], strict=True) for c in pair] + \
        second[SHARED:]
    return pool_id, customers, plan_a, plan_b


def _check(ctx, pool_id, customers, results):
    by_customer = defaultdict(set)
    for customer_id, code in results:
        by_customer[customer_id].add(code)
    assert set(by_customer) == set(customers)
    assert all(len(codes) == 1 for codes in by_customer.values()), by_customer
    codes = [next(iter(c)) for c in by_customer.values()]
    assert len(codes) == len(set(codes)), "one code went to two customers"
    with ctx.reader() as session:
        given = session.execute(
            select(DiscountCode.code, DiscountCode.given_to_id)
            .where(DiscountCode.pool_id == pool_id, DiscountCode.given_to_id.is_not(None))
        ).all()
        assert dict(given) == {next(iter(v)): k for k, v in by_customer.items()}
        free = session.scalar(select(func.count()).where(DiscountCode.pool_id == pool_id,
                                                          DiscountCode.given_to_id.is_(None)))
        assert free == 5


def test_two_threads(ctx):
    pool_id, customers, plan_a, plan_b = _plan(ctx)
    barrier = threading.Barrier(2, timeout=30)
    results: list[tuple[int, str]] = []
    errors: list[BaseException] = []
    lock = threading.Lock()

    def work(plan):
        try:
            barrier.wait()
            for customer_id in plan:
                with ctx.writer() as session, session.begin():
                    code = assign_code(session, pool_id, customer_id, None, "telegram")
                with lock:
                    results.append((customer_id, code))
        except BaseException as error:  # surfaced by the assertion below
            errors.append(error)

    threads = [threading.Thread(target=work, args=(plan,)) for plan in (plan_a, plan_b)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert not errors, errors
    assert len(results) == len(plan_a) + len(plan_b)
    _check(ctx, pool_id, customers, results)


def test_two_processes(ctx):
    pool_id, customers, plan_a, plan_b = _plan(ctx)
    database_url = os.environ.get("SHOPINBOX_DATABASE_URL")  # set by `ctx` for PostgreSQL
    spawn = multiprocessing.get_context("spawn")
    barrier = spawn.Barrier(2)
    queue = spawn.Queue()
    workers = [
        spawn.Process(target=assign_in_process,
                      args=(str(ctx.paths.root), database_url, pool_id, plan, barrier, queue))
        for plan in (plan_a, plan_b)
    ]
    for worker in workers:
        worker.start()
    reports = [queue.get(timeout=120) for _ in workers]
    for worker in workers:
        worker.join(timeout=30)
    assert all(worker.exitcode == 0 for worker in workers)
    assert len({pid for pid, _ in reports}) == 2
    results = []
    for _pid, given in reports:
        assert isinstance(given, list), given  # a string is the child's error
        results.extend(given)
    assert len(results) == len(plan_a) + len(plan_b)
    _check(ctx, pool_id, customers, results)
