"""The Campaigns window: the campaigns (state, progress, sent / failed / skipped, redemptions)
with Preview, Dry run, Start / Resume, Pause and Export CSV; the "New campaign" form
(campaign_form.py); the review queue of order notifications (Approve / Skip); the segments.

A campaign this window starts runs on its network lane and reports progress by a signal; one
the app's sync engine runs (scheduled, or resumed after a restart) is followed by a refresh
every second while it is sending.

Everything reads and writes in the background (`TaskRunner`): a snapshot query fills both
tables; running a campaign is a long network job on its own lane whose progress comes back
through a Qt signal; the UI thread never touches the database.
"""

from __future__ import annotations

import html
import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from shopinbox.app.core.context import AppContext
from shopinbox.ui.campaigns import data
from shopinbox.ui.campaigns.campaign_form import CampaignForm
from shopinbox.ui.campaigns.segment_editor import SegmentEditor
from shopinbox.ui.common import channel_ui
from shopinbox.ui.common.error_text import describe_or_text
from shopinbox.ui.common.tasks import TaskRunner

POLL_MS = 1000  # refresh while a campaign sends that this window does not run


class CampaignsView(QDialog):
    loaded = Signal(object)  # the Snapshot shown
    progressed = Signal(int, int, int)  # campaign id, done, total (from the runner's thread)
    finished_run = Signal(int, str)  # campaign id, its state after the run
    previewed = Signal(object)  # the Preview shown
    exported = Signal(str)  # the CSV file written

    def __init__(self, ctx: AppContext, tasks: TaskRunner | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.tasks = tasks or TaskRunner(self)
        self.network = TaskRunner(self, threads=1)  # a campaign run: long, mostly waiting
        self.stop_event = threading.Event()
        self.snapshot: data.Snapshot | None = None
        self.setObjectName("campaignsView")
        self.setWindowTitle(self.tr("Campaigns"))
        self.resize(980, 620)
        self.states = {"draft": self.tr("Draft"), "scheduled": self.tr("Scheduled"),
                       "running": self.tr("Sending"), "paused": self.tr("Paused"),
                       "done": self.tr("Done")}
        self.reasons = {"no_consent": self.tr("no marketing consent"),
                        "opted_out": self.tr("opted out"),
                        "unreachable": self.tr("no reachable channel"),
                        "no_account": self.tr("no account to send with"),
                        "pool_empty": self.tr("no codes left"),
                        "missing_values": self.tr("template values missing")}
        self.events = {"shipped": self.tr("Shipped"),
                       "ready_for_pickup": self.tr("Ready for pickup"),
                       "delivered": self.tr("Delivered")}

        self.tabs = QTabWidget(self)
        self.table = self._table([self.tr("Campaign"), self.tr("State"), self.tr("Sent"),
                                  self.tr("Failed"), self.tr("Left out"),
                                  self.tr("Orders with its codes"), self.tr("Revenue")])
        self.progress = QProgressBar(self)
        self.progress.setFormat(self.tr("%v of %m recipients done"))
        self.running_here: set[int] = set()  # started by this window, not yet finished
        self.wanted_id: int | None = None  # select this campaign when the list comes
        self.skipped_label = QLabel(self)
        self.skipped_label.setWordWrap(True)
        self.run_button = QPushButton(self.tr("Start"), self)
        self.dry_run_button = QPushButton(self.tr("Dry run"), self)
        self.dry_run_button.setToolTip(self.tr("Render every message without sending any"))
        self.export_button = QPushButton(self.tr("Export CSV…"), self)
        self.dry_run_button.clicked.connect(lambda: self.preview_selected(dry_run=True))
        self.export_button.clicked.connect(self.export_selected)
        self.pause_button = QPushButton(self.tr("Pause"), self)
        self.refresh_button = QPushButton(self.tr("Refresh"), self)
        self.preview_button = QPushButton(self.tr("Preview 5 messages"), self)
        self.preview_button.clicked.connect(lambda: self.preview_selected())
        self.preview_text = QTextBrowser(self)
        self.preview_text.setVisible(False)
        self.run_button.clicked.connect(self.run_selected)
        self.pause_button.clicked.connect(self.pause_selected)
        self.refresh_button.clicked.connect(self.refresh)
        self.table.itemSelectionChanged.connect(self._show_selected)
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.skipped_label)
        layout.addWidget(self.preview_text, 1)
        buttons = QHBoxLayout()
        for button in (self.preview_button, self.dry_run_button, self.run_button,
                       self.pause_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.refresh_button)
        layout.addLayout(buttons)
        self.tabs.addTab(page, self.tr("Campaigns"))
        self.form = CampaignForm(ctx, self.tasks, self)
        self.form.created.connect(self._created)
        self.tabs.addTab(self.form, self.tr("New campaign"))

        self.queue = self._table([self.tr("Order"), self.tr("Customer"), self.tr("Event"),
                                  self.tr("Status in the shop"), self.tr("Since")])
        self.queue.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.approve_button = QPushButton(self.tr("Approve and send"), self)
        self.skip_button = QPushButton(self.tr("Skip"), self)
        self.approve_button.clicked.connect(lambda: self.decide(True))
        self.skip_button.clicked.connect(lambda: self.decide(False))
        queue_page = QWidget(self)
        queue_layout = QVBoxLayout(queue_page)
        explanation = QLabel(self.tr(
            "Order notifications waiting for your approval. Each order is notified once "
            "per status, however often it is synced."), queue_page)
        explanation.setWordWrap(True)
        queue_layout.addWidget(explanation)
        queue_layout.addWidget(self.queue, 1)
        queue_buttons = QHBoxLayout()
        queue_buttons.addWidget(self.approve_button)
        queue_buttons.addWidget(self.skip_button)
        queue_buttons.addStretch(1)
        queue_layout.addLayout(queue_buttons)
        self.tabs.addTab(queue_page, self.tr("Review queue"))
        self.segments = SegmentEditor(ctx, self.tasks, self)
        self.segments.saved.connect(lambda _id: self.form.reload())
        self.tabs.addTab(self.segments, self.tr("Segments"))
        self.poll = QTimer(self)
        self.poll.setInterval(POLL_MS)
        self.poll.timeout.connect(self._poll)

        outer = QVBoxLayout(self)
        outer.addWidget(self.tabs)
        self.progressed.connect(self._on_progress)
        self.finished_run.connect(self._run_finished)
        self.refresh()
        self.form.reload()

    def _table(self, headers: list[str]) -> QTableWidget:
        table = QTableWidget(0, len(headers), self)
        table.setHorizontalHeaderLabels(headers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        return table

    # -- reading --
    def refresh(self) -> None:
        self.tasks.submit(data.snapshot, self.ctx, on_done=self._show, on_error=self._failed)

    def _failed(self, error: Exception) -> None:
        self.skipped_label.setText(describe_or_text(error))

    def _poll(self) -> None:
        if not self.tasks.busy:  # one refresh at a time
            self.refresh()

    def _show(self, snapshot: data.Snapshot) -> None:
        selected = self.wanted_id or self.selected_id()
        self.wanted_id = None
        self.snapshot = snapshot
        self.table.setRowCount(len(snapshot.campaigns))
        for row, item in enumerate(snapshot.campaigns):
            left_out = sum(item.skipped.values())
            for column, text in enumerate((item.name, self.states.get(item.state, item.state),
                                           str(item.sent), str(item.failed), str(left_out),
                                           str(item.redeemed_orders), item.revenue or "–")):
                cell = QTableWidgetItem(text)
                cell.setData(Qt.ItemDataRole.UserRole, item.id)
                self.table.setItem(row, column, cell)
            if item.id == selected or (selected is None and row == 0):
                self.table.selectRow(row)
        self.queue.setRowCount(len(snapshot.pending))
        for row, note in enumerate(snapshot.pending):
            since = note.created_at.astimezone().strftime("%Y-%m-%d %H:%M")
            for column, text in enumerate((note.order_number, note.customer_name,
                                           self.events.get(note.event, note.event),
                                           note.status, since)):
                cell = QTableWidgetItem(text)
                cell.setData(Qt.ItemDataRole.UserRole, note.id)
                self.queue.setItem(row, column, cell)
        self.tabs.setTabText(2, self.tr("Review queue (%n)", "", len(snapshot.pending)))
        self._show_selected()
        elsewhere = any(r.state == "running" and r.id not in self.running_here
                        for r in snapshot.campaigns)  # the engine (or another run) sends it
        if elsewhere and not self.poll.isActive():
            self.poll.start()
        elif not elsewhere and self.poll.isActive():
            self.poll.stop()
        self.loaded.emit(snapshot)

    def selected_id(self) -> int | None:
        items = self.table.selectedItems()
        return int(items[0].data(Qt.ItemDataRole.UserRole)) if items else None

    def _selected_row(self) -> data.CampaignRow | None:
        wanted = self.selected_id()
        rows = self.snapshot.campaigns if self.snapshot else []
        return next((r for r in rows if r.id == wanted), None)

    def _show_selected(self) -> None:
        row = self._selected_row()
        sending = row is not None and (row.id in self.running_here or row.running_here)
        self.run_button.setText(self.tr("Resume") if row is not None and row.state in (
            "paused", "running") else self.tr("Start"))
        self.run_button.setEnabled(row is not None and row.state != "done" and not sending)
        self.pause_button.setEnabled(row is not None and row.state in ("running", "scheduled"))
        for button in (self.preview_button, self.dry_run_button, self.export_button):
            button.setEnabled(row is not None)
        if row is None:
            self.progress.setRange(0, 1)
            self.progress.setValue(0)
            self.skipped_label.setText(self.tr("No campaign yet: create one in the "
                                               "New campaign tab."))
            return
        self._set_progress(row.state, row.done, row.total)
        parts = [f"{self.reasons.get(reason, reason)}: {n}"
                 for reason, n in sorted(row.skipped.items())]
        self.skipped_label.setText(self.tr("Left out: %1").replace("%1", ", ".join(parts))
                                   if parts else self.tr("Nobody left out."))

    # -- actions --
    def _set_progress(self, state: str, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(min(done, max(total, 1)))
        self.progress.setFormat(self.tr("Done: %v of %m recipients") if state == "done"
                                else self.tr("%v of %m recipients done"))

    def _created(self, campaign_id: int) -> None:
        """The new campaign is shown selected in the list, ready for Preview and Start."""
        self.tabs.setCurrentIndex(0)
        self.wanted_id = campaign_id
        self.refresh()

    def run_selected(self) -> None:
        campaign_id = self.selected_id()
        if campaign_id is None:
            return
        self.run_button.setEnabled(False)
        self.running_here.add(campaign_id)

        def progress(done: int, total: int) -> None:  # the runner's thread: a queued signal
            self.progressed.emit(campaign_id, done, total)

        self.network.submit(data.run, self.ctx, campaign_id, progress, self.stop_event,
                            on_done=lambda state: self.finished_run.emit(campaign_id, state),
                            on_error=lambda error: self._run_failed(campaign_id, error))

    def _run_finished(self, campaign_id: int, _state: str) -> None:
        self.running_here.discard(campaign_id)
        self.refresh()

    def _run_failed(self, campaign_id: int, error: Exception) -> None:
        self.running_here.discard(campaign_id)
        self._failed(error)
        self.refresh()

    def preview_selected(self, dry_run: bool = False) -> None:
        from shopinbox.app.campaigns.campaigns import preview

        campaign_id = self.selected_id()
        if campaign_id is not None:
            self.preview_text.setVisible(True)
            self.preview_text.setPlainText(self.tr("Rendering every message…") if dry_run
                                           else self.tr("Rendering…"))
            self.tasks.submit(preview, self.ctx, campaign_id, 5, dry_run,
                              on_done=lambda found: self._show_preview(found, dry_run),
                              on_error=self._failed)

    def _show_preview(self, found: Any, dry_run: bool = False) -> None:
        reached = self.tr("Reached: %1").replace("%1", str(found.reached))
        channels = ", ".join(f"{channel_ui.title(kind)}: {n}"
                             for kind, n in sorted(found.by_channel.items()) if kind)
        parts = [f"<p><b>{html.escape(reached)}</b>"
                 + (f" ({html.escape(channels)})" if channels else "") + "</p>"]
        left_out = [f"{self.reasons.get(reason, reason)}: {n}"
                    for reason, n in sorted(found.skipped.items())]
        parts.append("<p>" + html.escape(self.tr("Left out: %1").replace(
            "%1", ", ".join(left_out)) if left_out else self.tr("Nobody left out.")) + "</p>")
        if found.codes_free is not None:
            parts.append("<p>" + html.escape(self.tr("Codes: %1 needed, %2 free").replace(
                "%1", str(found.codes_needed)).replace("%2", str(found.codes_free))) + "</p>")
        if dry_run:
            problems = [f"{self.reasons.get(code, code)}: {n}"
                        for code, n in sorted(found.problems.items())]
            text = (self.tr("Dry run: every message rendered, nothing sent. Cannot be "
                            "rendered: %1").replace("%1", ", ".join(problems)) if problems
                    else self.tr("Dry run: every message rendered, nothing sent. No "
                                 "problems found."))
            parts.append(f"<p><b>{html.escape(text)}</b></p>")
        for message in found.samples:
            head = " · ".join(p for p in (message.customer_name,
                                          channel_ui.title(message.channel),
                                          message.language) if p)
            parts.append(f"<hr><p><i>{html.escape(head)}</i></p>")
            if message.subject:
                parts.append(f"<p><b>{html.escape(message.subject)}</b></p>")
            parts.append(f"<p>{html.escape(message.text).replace(chr(10), '<br>')}</p>")
        self.preview_text.setHtml("".join(parts))
        self.preview_text.setVisible(True)
        self.previewed.emit(found)

    def _on_progress(self, campaign_id: int, done: int, total: int) -> None:
        if campaign_id == self.selected_id():
            self._set_progress("running", done, total)

    def ask_export_file(self, name: str) -> str:
        found, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export the results"), f"{name}.csv", self.tr("CSV files (*.csv)"))
        return found

    def export_selected(self) -> None:
        row = self._selected_row()
        path = self.ask_export_file(row.name) if row is not None else ""
        if row is None or not path:
            return

        def failed(error: Exception) -> None:
            if isinstance(error, OSError):
                self.skipped_label.setText(self.tr("The file could not be written there: "
                                                   "choose another folder."))
            else:
                self._failed(error)

        def done(count: int) -> None:
            self.skipped_label.setText(self.tr("%n recipient(s) exported to %1.", "", count)
                                       .replace("%1", path))
            self.exported.emit(path)

        self.tasks.submit(data.export_csv_file, self.ctx, row.id, Path(path), on_done=done,
                          on_error=failed)

    def pause_selected(self) -> None:
        from shopinbox.app.campaigns.campaigns import pause

        campaign_id = self.selected_id()
        if campaign_id is not None:
            self.tasks.submit(pause, self.ctx, campaign_id, on_done=lambda _s: self.refresh(),
                              on_error=self._failed)

    def decide(self, approve: bool) -> None:
        ids = sorted({int(i.data(Qt.ItemDataRole.UserRole)) for i in self.queue.selectedItems()})
        if ids:
            self.network.submit(data.decide_and_send, self.ctx, ids, approve,
                                on_done=lambda _n: self.refresh(), on_error=self._failed)

    def closeEvent(self, event: Any) -> None:  # noqa: N802 (Qt API)
        self.poll.stop()
        self.stop_event.set()  # a run stops after the message in hand; `run` resumes it
        self.network.wait(30_000)
        super().closeEvent(event)
