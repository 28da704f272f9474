"""The main window: the inbox on the left, the selected customer's timeline on the right."""

from __future__ import annotations

import html

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QLabel, QListView, QMainWindow, QSplitter, QTextBrowser

from shopinbox import __version__
from shopinbox.app.context import AppContext
from shopinbox.app.customers import customer_detail
from shopinbox.ui.customer_list_model import CustomerIdRole, CustomerListModel


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setWindowTitle(self.tr("shopinbox {version}").format(version=__version__))
        self.resize(1100, 700)
        self.inbox_model = CustomerListModel(ctx.reader, self)
        self.inbox = QListView(self)
        self.inbox.setObjectName("inbox")
        self.inbox.setModel(self.inbox_model)
        self.inbox.setUniformItemSizes(True)
        self.timeline = QTextBrowser(self)
        self.timeline.setObjectName("timeline")
        self.timeline.setOpenLinks(False)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.inbox)
        splitter.addWidget(self.timeline)
        splitter.setSizes([350, 750])
        self.setCentralWidget(splitter)
        self.inbox.selectionModel().currentChanged.connect(self._open_customer)
        self.status = QLabel(self)
        self.statusBar().addWidget(self.status)
        self.status.setText(self.tr("%n conversation(s)", "", self.inbox_model.rowCount()))
        if self.inbox_model.rowCount():
            self.inbox.setCurrentIndex(self.inbox_model.index(0))
        else:
            self.timeline.setPlainText(
                self.tr("No conversations yet. Add an account, or start with --demo to explore.")
            )

    def _open_customer(self, current: QModelIndex, _previous: QModelIndex) -> None:
        customer_id = current.data(CustomerIdRole)
        if customer_id is None:
            return
        detail = customer_detail(self.ctx, customer_id)
        parts = [f"<h2>{html.escape(detail['name'])}</h2>"]
        for message in detail["messages"]:
            who = html.escape(message["sender"] or "")
            when = message["sent_at"].astimezone().strftime("%Y-%m-%d %H:%M")
            channel = html.escape(message["channel"])
            subject = html.escape(message["subject"] or "")
            body = html.escape(message["text"] or "").replace("\n", "<br>")
            parts.append(
                f"<p><b>{who}</b> · {channel} · {when}<br><i>{subject}</i><br>{body}</p><hr>"
            )
        self.timeline.setHtml("".join(parts))
