"""Email sync for one account: INBOX and Sent, initial and incremental, crash-safe.

Per folder, the cursor (`store/cursors.py`) holds UIDVALIDITY, the last UID stored and HIGHESTMODSEQ. New mail is
fetched in batches above the last UID; each batch is stored in ONE transaction together with
the advanced cursor (`store_messages(on_commit_state=…)`), so kill -9 at any moment loses and
repeats nothing. Messages are keyed by Message-ID (or the hash of the source), so a UIDVALIDITY
change re-reads the folder without duplicating anything; it only re-points the stored UIDs.
\\Seen changes come from CONDSTORE (`SEARCH MODSEQ`), or a full `SEARCH SEEN` where the server
lacks it; local reads are pushed first (`email_flags`).

Parsing is the bottleneck of a first sync (FIELD-NOTES), so big folders are parsed by a process
pool while the main process fetches the next batch and writes the previous one.
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing
import os
import queue
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable, Generator, Iterator
from concurrent.futures import Executor, ProcessPoolExecutor
from typing import Any

from shopinbox.app.core.accounts import set_account_error
from shopinbox.app.core.context import AppContext
from shopinbox.app.sync.retry import RetryPolicy
from shopinbox.channels.email import flags as email_flags
from shopinbox.channels.email import imap_client as imap
from shopinbox.channels.email.account import EmailConfig, load_config
from shopinbox.channels.email.convert.mail_incoming import (
    mail_to_incoming,
    parse_and_index,
    use_intent_model,
)
from shopinbox.channels.email.convert.mail_parse import ParsedMail
from shopinbox.channels.email.duplicates import keep_apart
from shopinbox.channels.email.imap_client import FetchedMessage, FolderStatus, MailConnectionError
from shopinbox.domain.chunks import chunked
from shopinbox.domain.errors import ShopError
from shopinbox.domain.intents.model import IntentModel
from shopinbox.domain.lemmas import warm_up
from shopinbox.domain.sync_report import PullReport
from shopinbox.store.cursors import load_cursor, save_cursor
from shopinbox.store.ingest import store_messages
from shopinbox.store.intents import current_model
from shopinbox.store.models import Account

log = logging.getLogger(__name__)

OnChange = Callable[[set[int]], None]
OnState = Callable[[str], None]
BATCH = 250
POOL_THRESHOLD = 400  # fewer new messages than this are parsed in-process
CHUNK = 25
AHEAD = 2  # batches fetched ahead of the one being stored
IDLE_RENEW = 600.0  # seconds: IDLE is re-issued this often (servers may end it after 29 min)
NOOP_EVERY = 30.0  # seconds between NOOPs on a server without IDLE
RESUMED_AFTER = 20.0  # a gap this long between one-second IDLE checks: the machine slept
NEWS = (b"EXISTS", b"EXPUNGE", b"FETCH", b"VANISHED", b"RECENT")


def _is_news(answer) -> bool:
    """An untagged answer that means INBOX changed (`* 3 EXISTS`, `* VANISHED 7`, …)."""
    return isinstance(answer, tuple) and any(part in NEWS for part in answer
                                             if isinstance(part, bytes))


def folder_summary(report: PullReport) -> str:
    """"INBOX: 2 new, 1 flag changes; Sent: 0 new" — the email account's line in logs."""
    parts = [f"{name}: {counts['new']} new" + (f", {counts['flag changes']} flag changes"
                                               if counts["flag changes"] else "")
             + (" (UIDVALIDITY changed, re-read)" if counts["uidvalidity reset"] else "")
             for name, counts in report.parts.items()]
    return "; ".join(parts) or "nothing to do"


class EmailSync:
    """Syncs one email account. `on_change(customer_ids)` after every committed batch;
    `on_state(text)` for progress and retry reports (the UI shows it, the CLI prints it)."""

    def __init__(self, ctx: AppContext, account_id: int, *, on_change: OnChange | None = None,
                 on_state: OnState | None = None, batch_size: int = BATCH,
                 workers: int | None = None, retries: int = 6, backoff: float = 0.5,
                 stop_event: threading.Event | None = None) -> None:
        self.ctx = ctx
        self.account_id = account_id
        self.on_change = on_change
        self.on_state = on_state
        self.batch_size = batch_size
        self.workers = workers if workers is not None else min(2, os.cpu_count() or 1)
        self.retries = retries
        self.backoff = backoff
        self.stop_event = stop_event or threading.Event()
        self._pool: Executor | None = None
        self.report = PullReport("")

    # --- account and state ---------------------------------------------------------------

    def _account(self) -> Account:
        with self.ctx.reader() as session:
            account = session.get(Account, self.account_id)
            if account is None:
                raise MailConnectionError("config", name=f"#{self.account_id}")
            return account

    def config(self) -> tuple[Account, EmailConfig]:
        account = self._account()
        return account, load_config(account.name, dict(account.settings or {}),
                                    account.secret_ref)

    def _where(self) -> tuple[str, int]:
        """The IMAP host and port, for an error raised mid-sync."""
        try:
            _account, config = self.config()
        except Exception:
            return "?", 0
        return config.imap.host, config.imap.port

    def _state(self, folder: str) -> dict:
        """The folder's cursor: {"uidvalidity", "last_uid", "highest_modseq"}, {} at first."""
        with self.ctx.reader() as session:
            return load_cursor(session, self.account_id, folder)

    def _cursor(self, folder: str, uidvalidity: int, last_uid: int,
                modseq: int | None, keep_modseq: bool) -> Callable:
        def write(session) -> None:
            cursor: dict = {"uidvalidity": uidvalidity, "last_uid": last_uid}
            if not keep_modseq:
                cursor["highest_modseq"] = modseq
            save_cursor(session, self.account_id, folder, cursor, merge=True)
        return write

    def _report(self, text: str) -> None:
        log.info("%s", text)
        if self.on_state is not None:
            self.on_state(text)

    # --- one pass ------------------------------------------------------------------------

    def sync_once(self) -> PullReport:
        """Sync every folder once, retrying network failures with backoff (resuming from
        the committed cursor) under the sync engine's one retry policy (`retries` = 0: one
        attempt, the engine retries). Raises `MailConnectionError` when retries run out."""
        policy = RetryPolicy(attempts=self.retries + 1, first_wait=self.backoff,
                             max_wait=30.0, total_wait=300.0)

        synced_before = bool(self._state("INBOX"))

        def attempt() -> PullReport:
            try:
                return self._sync_connected()
            except (OSError, imap.imaplib.IMAP4.abort, imap.imaplib.IMAP4.error) as error:
                host, port = self._where()
                raise _stopped_answering(imap.classify(error, host, port),
                                         synced_before) from error
            except MailConnectionError as error:
                raise _stopped_answering(error, synced_before) from None
            finally:
                self._close_pool()

        def retrying(error: BaseException, delay: float, attempt_number: int) -> None:
            if isinstance(error, ShopError):
                log.warning("account %s: %s", self.account_id, error.for_log())
            self._report(f"connection problem ({error}); retrying in {delay:.1f} s "
                         f"(attempt {attempt_number} of {self.retries})")

        try:
            report = policy.call(attempt, stop_event=self.stop_event, on_retry=retrying)
        except ShopError as failure:  # MailConnectionError, or e.g. the password is gone
            log.warning("account %s: %s", self.account_id, failure.for_log())
            set_account_error(self.ctx, self.account_id, failure.stored())
            raise
        set_account_error(self.ctx, self.account_id, None)
        return report

    def _sync_connected(self) -> PullReport:
        account, config = self.config()
        report = PullReport(account.name, on_change=self.on_change)
        client = imap.connect(config.imap)
        try:
            self._sync_with(client, config, report)
        finally:
            imap.close(client)
        return report

    def _sync_with(self, client, config: EmailConfig, report: PullReport) -> None:
        """Push local flag changes, then sync INBOX and Sent, over an open connection."""
        self.report = report  # each committed batch tells its customers (`add_changed`)
        report.counts["flags pushed"] = email_flags.push_pending(self.ctx, client,
                                                                 self.account_id)
        sent = getattr(client, "_shopinbox_sent", None)
        if sent is None:  # one LIST per connection
            sent = client._shopinbox_sent = imap.find_sent_folder(client) or ""
        for folder in ["INBOX"] + ([sent] if sent else []):
            if self.stop_event.is_set():
                break
            report.parts[folder] = self._sync_folder(client, config, folder,
                                                     outgoing=folder == sent)
        report.new_messages = sum(counts["new"] for counts in report.parts.values())
        report.counts["flag changes"] = sum(counts["flag changes"]
                                            for counts in report.parts.values())
        report.text = folder_summary(report)
        self._report(f"{report.account}: {report.text}")

    def _sync_folder(self, client, config: EmailConfig, folder: str,
                     outgoing: bool) -> Counter[str]:
        """One folder's counters: new, existing, flag changes, uidvalidity reset."""
        report: Counter[str] = Counter()
        status = imap.select(client, folder)
        state = self._state(folder)
        reset = state.get("uidvalidity") is not None \
            and int(state["uidvalidity"]) != status.uidvalidity
        report["uidvalidity reset"] = int(reset)
        if reset:
            self._report(f"{folder}: UIDVALIDITY changed; re-reading the folder")
        last_uid = 0 if reset or state.get("last_uid") is None else int(state["last_uid"])
        known_modseq = None if reset or state.get("highest_modseq") is None \
            else int(state["highest_modseq"])
        uids = imap.uids_after(client, last_uid)
        if uids:
            self._report(f"{folder}: {len(uids)} new message(s)")
        if len(uids) >= POOL_THRESHOLD and self.workers > 1:
            self._open_pool()
        with contextlib.closing(self._fetched(client, uids)) as batches:
            for batch, fetched, job in batches:
                self._store(folder, status, config, outgoing, batch, fetched, job,
                            report=report)
        if self.stop_event.is_set():
            return report
        if state and not reset:
            report["flag changes"] = email_flags.pull_seen(
                self.ctx, client, self.account_id, folder, status, known_modseq)
            count, gone = email_flags.find_expunged(self.ctx, client, self.account_id, folder,
                                                    status, known_modseq)
            report["deleted on the server"] = count
            self.report.add_changed(gone)
        email_flags.finish_folder(self.ctx, self._cursor(
            folder, status.uidvalidity, max([last_uid, *uids]), status.highest_modseq, False))
        return report

    # --- fetching, parsing and storing ---------------------------------------------------

    def _fetched(self, client, uids: list[int]) -> Generator[
            tuple[list[int], list[FetchedMessage], Callable[[], list[ParsedMail]]], None, None]:
        """(batch, its fetched messages, its parse job) in UID order, each handed to the
        parsers one batch before the caller stores it. With more than one batch and no UI
        thread beside (CLI, service on its main thread), a thread fetches up to `AHEAD` batches
        ahead: fetch, parse and write overlap. The connection
        is the thread's until the last batch is read. Parse jobs are submitted from this
        (the sync's) thread: the parse workers die with the thread that started them."""
        batches = list(imap.iter_batches(uids, self.batch_size))
        ready: queue.Queue = queue.Queue(maxsize=AHEAD)
        abandon = threading.Event()

        def fetch_all() -> None:
            try:
                for batch in batches:
                    if self.stop_event.is_set() or abandon.is_set():
                        break
                    ready.put((batch, imap.fetch_raw(client, batch)))
            except BaseException as error:  # handed to the caller, raised there
                ready.put(error)
            finally:
                ready.put(None)

        def fetched_inline() -> Iterator:
            for batch in batches:
                if self.stop_event.is_set():
                    break
                yield batch, imap.fetch_raw(client, batch)

        def fetched_by_thread() -> Iterator:
            while (item := ready.get()) is not None:
                if isinstance(item, BaseException):
                    raise item
                yield item

        fetcher = None
        # Beside a UI thread (the window), no fetch thread: one more thread holding the GIL
        # lengthened the window's stalls (benchmarks/window_sync_stall.py).
        beside_ui = threading.current_thread() is not threading.main_thread()
        if len(batches) > 1 and not beside_ui:
            fetcher = threading.Thread(target=fetch_all, name="email-fetch", daemon=True)
            fetcher.start()
        pending = None
        try:
            for batch, fetched in (fetched_by_thread() if fetcher else fetched_inline()):
                job = self._parse_async([message.raw for message in fetched])
                if pending is not None:
                    yield pending
                pending = (batch, fetched, job)
            if pending is not None:
                yield pending
        finally:
            abandon.set()
            while fetcher is not None and fetcher.is_alive():  # never leave it blocked
                try:
                    ready.get(timeout=0.1)
                except queue.Empty:
                    pass

    def _open_pool(self) -> None:
        if self._pool is None:
            # Niced only beside a UI thread: the window syncs in worker threads; the CLI and
            # the benchmarks sync on their main thread, with no UI to yield to.
            beside_ui = threading.current_thread() is not threading.main_thread()
            context = _pool_context()
            # Forked parse processes (CLI, service): the lemma analysers are loaded here first,
            # so they inherit them loaded and this process has them for its next
            # (incremental) sync. Spawned ones (the window) load their own; this process
            # loads nothing beside the UI thread (it would hold the GIL for up to seconds).
            if context.get_start_method() == "fork":
                warm_up()
            # The parse processes guess intents too, with the model current now (a guess
            # made by a model that changed meanwhile is guessed again by the writer).
            with self.ctx.reader() as session:
                intent_key, intent_model = current_model(session)
            self._pool = ProcessPoolExecutor(self.workers, mp_context=context,
                                             initializer=_prepare_worker,
                                             initargs=(os.getpid(), beside_ui, intent_key,
                                                       intent_model))

    def _close_pool(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None

    def _parse_async(self, raws: list[bytes]) -> Callable[[], list[ParsedMail]]:
        if self._pool is None:
            return lambda: parse_and_index(raws)
        futures = [self._pool.submit(parse_and_index, chunk) for chunk in chunked(raws, CHUNK)]
        return lambda: [parsed for future in futures for parsed in future.result()]

    def _store(self, folder: str, status: FolderStatus, config: EmailConfig, outgoing: bool,
               batch: list[int], fetched: list[FetchedMessage],
               job: Callable[[], list[ParsedMail]], *, report: Counter[str]) -> None:
        parsed = job()
        incoming = [
            mail_to_incoming(p, item.raw, folder=folder, uid=item.uid,
                             uidvalidity=status.uidvalidity, seen=b"\\Seen" in item.flags,
                             outgoing=outgoing, own_addresses=config.own_addresses,
                             automated_as_customers=config.automated_as_customers)
            for item, p in zip(fetched, parsed, strict=True)
        ]
        cursor = self._cursor(folder, status.uidvalidity, max(batch), None, True)
        with self.ctx.writer() as session, session.begin():
            keep_apart(session, self.account_id, incoming)
            places = email_flags.take_locations(incoming)
            result = store_messages(session, self.account_id, incoming, self.ctx.blobs,
                                    on_commit_state=cursor)
            email_flags.save_locations(session, self.account_id, folder, places)
        report["new"] += len(result.new_message_ids)
        report["existing"] += result.existing
        self.report.add_changed(set(result.changed_customer_ids))

    # --- the running app -----------------------------------------------------------------

    def run_forever(self, stop_event: threading.Event, on_change: OnChange | None = None,
                    poll_interval: float = 60.0, idle_timeout: float = IDLE_RENEW) -> None:
        """Sync, then wait for new mail (IMAP IDLE, else polling) until `stop_event` is set.

        No Qt here: the window runs this in a worker thread and turns `on_change` into a
        signal."""
        self.stop_event = stop_event
        if on_change is not None:
            self.on_change = on_change
        while not stop_event.is_set():
            try:
                self.sync_once()
            except MailConnectionError as error:
                self._report(f"sync failed: {error}; next try in {poll_interval:.0f} s")
                stop_event.wait(poll_interval)
                continue
            try:
                self.listen(stop_event, poll_interval, idle_timeout)
            except MailConnectionError as error:
                self._report(f"push mode ended: {error}; reconnecting")
                stop_event.wait(min(poll_interval, 5))

    def listen(self, stop_event: threading.Event, poll_interval: float = 60.0,
               idle_timeout: float = IDLE_RENEW, noop_interval: float = NOOP_EVERY) -> None:
        """Push mode for the sync engine, after its first round, on ONE open connection: IDLE
        on INBOX (re-issued every `idle_timeout`, well before the 29 minutes RFC 2177 lets a
        server wait), or NOOP every `noop_interval` where the server lacks IDLE; whatever the
        server announces (new mail, expunges, flags) or a local read waiting to be pushed
        (`flags.wake_listener`) syncs INBOX and Sent over the same connection, then waits
        again — no new login per change. A broken connection (network loss, the machine
        slept) raises `MailConnectionError`: the engine reconnects after its back-off."""
        self.stop_event = stop_event
        _account, config = self.config()
        client = imap.connect(config.imap)
        imap.enable_extensions(client)  # before the first SELECT of the session
        listener = email_flags.listener_for(self.ctx, self.account_id)
        flag_event = listener.wake
        try:
            while not stop_event.is_set():
                self._wait_on(client, stop_event, flag_event, poll_interval, idle_timeout,
                              noop_interval)
                if stop_event.is_set():
                    return
                flag_event.clear()
                self._sync_over(client)
                listener.round_done()
        except (OSError, imap.imaplib.IMAP4.abort, imap.imaplib.IMAP4.error) as error:
            raise imap.classify(error, config.imap.host, config.imap.port) from error
        finally:
            email_flags.forget_listener(self.ctx, self.account_id, listener)
            imap.close(client)

    def _sync_over(self, client) -> None:
        account, config = self.config()
        report = PullReport(account.name, on_change=self.on_change)
        try:
            self._sync_with(client, config, report)
        finally:
            self._close_pool()
        set_account_error(self.ctx, self.account_id, None)

    def _wait_on(self, client, stop_event: threading.Event, flag_event: threading.Event,
                 poll_interval: float, idle_timeout: float, noop_interval: float) -> None:
        """Return when INBOX has news (or a local flag change waits); raises when the
        connection is gone."""
        selected = client.select_folder("INBOX", readonly=True)
        if self._missed_while_away(client, selected) or flag_event.is_set():
            return  # mail came between the last round and this wait: sync it now
        if not client.has_capability("IDLE"):
            waited = 0.0
            while not stop_event.is_set() and waited < poll_interval:
                step = min(noop_interval, poll_interval - waited)
                if flag_event.wait(step) or stop_event.is_set():
                    return
                waited += step
                _typ, answers = client.noop()
                if any(_is_news(answer) for answer in answers):
                    return
            return
        client.idle()
        began = last = time.monotonic()
        try:
            while not stop_event.is_set() and not flag_event.is_set():
                if any(_is_news(answer) for answer in client.idle_check(timeout=1)):
                    break
                now = time.monotonic()
                if now - began >= idle_timeout or now - last > RESUMED_AFTER:
                    break  # renew IDLE; after a sleep/resume, find out whether the link lives
                last = now
        finally:
            client.idle_done()

    def _missed_while_away(self, client, selected: dict) -> bool:
        """Whether INBOX holds mail the cursor has not covered (UIDNEXT beyond the last UID,
        or a new UIDVALIDITY): IDLE only announces what arrives after it starts."""
        state = self._state("INBOX")
        if not state:
            return False
        uidnext, validity = selected.get(b"UIDNEXT"), selected.get(b"UIDVALIDITY")
        if validity is not None and int(validity) != int(state.get("uidvalidity") or 0):
            return True
        last_uid = int(state.get("last_uid") or 0)
        if uidnext is None or int(uidnext) <= last_uid + 1:
            return False
        return bool(imap.uids_after(client, last_uid))  # not only expunged UIDs in the gap


def _stopped_answering(error: MailConnectionError, synced_before: bool) -> MailConnectionError:
    """A server this account synced with before that now refuses or drops the connection has
    stopped answering (it is down, or the network is): `server_unreachable`, not "check the
    port and security setting" — the settings worked."""
    if synced_before and error.kind == "refused":
        return MailConnectionError("network", **{k: v for k, v in error.params.items()})
    return error


def _die_with_parent(parent_pid: int) -> None:
    """Parse workers end with the sync process, even when it is killed (kill -9 would otherwise
    leave them waiting on their queue for ever). Linux: the kernel's parent-death signal."""
    if sys.platform.startswith("linux"):
        import ctypes
        import signal

        pr_set_pdeathsig = 1
        ctypes.CDLL(None, use_errno=True).prctl(pr_set_pdeathsig, signal.SIGKILL)
    if os.getppid() != parent_pid:  # the parent died before the signal was armed
        os._exit(0)


def _background_priority() -> None:
    """Parse workers yield the CPU to the app's own threads. On two cores, two busy parsers
    at equal priority kept the window's UI thread (and the sync thread, while it held the GIL)
    off the CPU for 100+ ms at a time; niced, they only use what the app leaves idle, and the
    sync is no slower (benchmarks/window_sync_stall.py, benchmarks/email_sync.py)."""
    if hasattr(os, "nice"):  # not on Windows, where the default priority is fine
        try:
            os.nice(10)
        except OSError:
            pass


def _prepare_worker(parent_pid: int, beside_ui: bool = True, intent_key: Any = None,
                    intent_model: IntentModel | None = None) -> None:
    _die_with_parent(parent_pid)
    if beside_ui:
        _background_priority()
    use_intent_model(intent_key, intent_model)
    warm_up()  # the lemma analysers, before the first chunk (inherited as loaded after fork)


def _pool_context():
    """fork where it is safe (Linux, called from the main thread: the CLI and benchmarks) —
    it starts at once; spawn elsewhere (the window's worker thread, macOS, Windows)."""
    if sys.platform == "linux" and threading.current_thread() is threading.main_thread():
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")

