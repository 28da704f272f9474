"""The promo library in the window: list, duplicate, edit with preview, delete."""

from __future__ import annotations

from shopinbox.app.promos import library as promos


def test_promo_library_manages_the_promos(qtbot, window, demo_ctx):
    library = window.show_promo_library()
    qtbot.waitUntil(lambda: library.tree.topLevelItemCount() == 3)  # read in the background
    shortcuts = [library.tree.topLevelItem(i).text(0)
                 for i in range(library.tree.topLevelItemCount())]
    assert sorted(shortcuts) == ["/brew", "/ship", "/thanks"]
    thanks = next(i for i in range(len(shortcuts)) if shortcuts[i] == "/thanks")
    assert library.tree.topLevelItem(thanks).text(5) == "20"  # codes left in the pool

    library.tree.setCurrentItem(library.tree.topLevelItem(
        next(i for i in range(len(shortcuts)) if shortcuts[i] == "/ship")))
    with qtbot.waitSignal(library.listed, timeout=5000):
        library.duplicate()
    assert any(p.shortcut == "/ship-copy" for p in promos.list_promos(demo_ctx))

    copy_row = next(i for i in range(library.tree.topLevelItemCount())
                    if library.tree.topLevelItem(i).text(0) == "/ship-copy")
    library.tree.setCurrentItem(library.tree.topLevelItem(copy_row))
    editor = library.edit(library.current_id())
    with qtbot.waitSignal(editor.previewed, timeout=5000):
        editor.body.setPlainText("Hej {{ customer.first_name }}, {{ shop.name }} dziękuje!")
    assert "Leśna Herbaciarnia" in editor.preview.toPlainText()
    editor.close()

    with qtbot.waitSignal(library.listed, timeout=5000):
        library.delete(confirm=False)
    assert not any(p.shortcut == "/ship-copy" for p in promos.list_promos(demo_ctx))
    assert library.tree.topLevelItemCount() == 3
