"""Users, notes and assignment on both engines (they work on a single SQLite desktop too), and
how the window shows them: the inbox row's assignee, the note in the timeline, "synced by"."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from shopinbox.app.demo.shop import load_demo_shop
from shopinbox.app.inbox.listing import InboxFilter, conversation_ids, inbox_rows
from shopinbox.app.inbox.read_model import customer_view
from shopinbox.app.outbox.sending import queue_reply
from shopinbox.app.team import work
from shopinbox.app.team.users import add_user, use_user
from shopinbox.store.models import Merge


@pytest.fixture
def shop(ctx):
    load_demo_shop(ctx)
    ola = add_user(ctx, "Ola", language="pl")
    use_user(ctx, ola.id)
    return ctx, ola


def test_a_user_is_found_by_name_and_needs_one(ctx):
    first = add_user(ctx, "  Ola   Nowak ")
    assert first.name == "Ola Nowak" and add_user(ctx, "Ola Nowak").id == first.id
    with pytest.raises(Exception) as raised:
        add_user(ctx, "   ")
    assert getattr(raised.value, "code", None) == "no_user_name"


def test_notes_assignment_and_authors_in_the_read_model(shop):
    ctx, ola = shop
    customer_id = conversation_ids(ctx, InboxFilter(status="all"))[0]
    work.add_note(ctx, customer_id, "Oddzwonić po 16")
    queue_reply(ctx, customer_id, "Dzień dobry!")
    work.assign(ctx, customer_id, ola.id)
    view = customer_view(ctx, customer_id)
    assert [(n.author, n.text) for n in view.notes] == [("Ola", "Oddzwonić po 16")]
    assert view.messages[-1].author == "Ola" and view.last_reply_id == view.messages[-1].id
    assert (view.assignee_id, view.assignee) == (ola.id, "Ola")
    assert inbox_rows(ctx, [customer_id])[customer_id].assignee == "Ola"
    work.assign(ctx, customer_id, None)
    assert inbox_rows(ctx, [customer_id])[customer_id].assignee == ""


def test_a_merge_records_who_merged_and_keeps_the_notes(shop):
    from shopinbox.app.identity.merge_actions import merge_by_hand

    ctx, _ola = shop
    source, into = conversation_ids(ctx, InboxFilter(status="all"))[:2]
    work.add_note(ctx, source, "Ten sam klient co drugi")
    merge_by_hand(ctx, source, into)
    with ctx.reader() as session:
        assert session.scalars(select(Merge.actor)).all() == ["Ola"]
    assert [n.text for n in work.notes_of(ctx, into)] == ["Ten sam klient co drugi"]
    [shown] = customer_view(ctx, into).merges  # and the panel says who merged
    assert shown.by == "Ola"


def test_the_customer_panel_shows_who_merged_and_words_the_note_for_the_team(qtbot, shop):
    from shopinbox.app.identity.merge_actions import merge_by_hand
    from shopinbox.app.team.users import use_user
    from shopinbox.ui.common.operations import OperationRunner
    from shopinbox.ui.customer.customer_panel import CustomerPanel

    ctx, _ola = shop
    source, into, third = conversation_ids(ctx, InboxFilter(status="all"))[:3]
    merge_by_hand(ctx, source, into)
    use_user(ctx, None)  # a merge by nobody of the shop (an older profile, the CLI)
    merge_by_hand(ctx, third, into)
    view = customer_view(ctx, into)
    panel = CustomerPanel(ctx, OperationRunner())
    qtbot.addWidget(panel)
    panel.show_customer(view)
    lines = panel.merges.text().split("<br>")
    assert len(lines) == 2 and panel.merges.isVisibleTo(panel)
    assert "merged by Ola" in lines[0] and "merged by" not in lines[1]
    words = panel.note.placeholderText()
    assert ("whole team" in words) == ctx.shared and ("only you" in words) != ctx.shared
    panel.show_customer(None)
    assert not panel.merges.isVisibleTo(panel)


def test_the_timeline_marks_a_note_and_the_status_bar_names_the_runner(qtbot):
    from datetime import UTC, datetime

    from shopinbox.ui.shell.status_bar import AccountState
    from shopinbox.ui.shell.sync_bridge import ELSEWHERE, SyncBridge
    from shopinbox.ui.timeline.timeline_html import message_html

    note = {"id": -3, "direction": "note", "sent_at": datetime.now(UTC), "author": "Anna",
            "colour": "#db2777", "text": "Nie wysyłać <b>tego</b>"}
    rendered = message_html(note, unfolded=False, images_allowed=lambda _s: False)
    assert "Internal note" in rendered and "never sent" in rendered and "Anna" in rendered
    assert "&lt;b&gt;tego" in rendered  # the note's text is escaped
    bridge = SyncBridge()
    state = AccountState(1, "Sklep", bridge)
    qtbot.addWidget(state)
    state.set_state(ELSEWHERE, "Anna on shop-pc")
    assert "synced by Anna on shop-pc" in state.label.text()
    assert not state.retry.isVisible()


@pytest.mark.postgres
def test_first_start_on_a_team_database_asks_who_works_here_once(qtbot, desks):
    from shopinbox.ui.common.preferences import Preferences
    from shopinbox.ui.shell.team_user_dialog import TeamUserDialog, choose_team_user
    from tests.gui.helpers import when_dialog

    (a, _b) = desks
    a.ctx.user_id = None
    prefs = Preferences(a.ctx.paths.root)

    def fill(dialog: TeamUserDialog) -> None:
        dialog.who.setCurrentIndex(dialog.who.count() - 1)  # someone new
        dialog.name.setText("Zosia")
        dialog.language.setCurrentIndex(dialog.language.findData("ru"))
        dialog.accept()

    when_dialog(TeamUserDialog, fill)
    chosen = choose_team_user(a.ctx, prefs)
    assert chosen is not None and (chosen.name, chosen.language) == ("Zosia", "ru")
    assert a.ctx.user_id == chosen.id and prefs.get("team/user") == chosen.id
    a.ctx.user_id = None
    again = choose_team_user(a.ctx, prefs)  # remembered: no dialog this time
    assert again is not None and again.id == chosen.id
