from zsdesk.gui import formgen


def test_compiled_forms_match_their_ui_sources():
    assert list(formgen.UI_DIR.glob("*.ui")), "ui/ holds the Designer forms"
    assert formgen.stale_forms() == []


def test_compiled_forms_carry_do_not_edit_header():
    for ui in formgen.UI_DIR.glob("*.ui"):
        assert "WARNING! All changes made in this file will be lost" in formgen.target_for(ui).read_text("utf-8")
