"""打印委托书 from the enterprise page: the entrusted person is checked in place, and the document
carries the agency from the record, the person typed in and items 1/2 as ticked."""

from __future__ import annotations

from stdnum.cn import ric

from zsdesk.gui.power_of_attorney_dialog import PowerOfAttorneyDialog

RECORD = {"name": "中山市启航房地产经纪有限公司", "uscc": "91442000MA4UJ6XK7Q", "legal_rep_name": "陈启航",
          "legal_rep_id_number": "442000197001010012"}


def _valid_id(body: str) -> str:
    return body + ric.calc_check_digit(body + "0")


def test_bad_entrusted_person_is_refused_in_place(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = PowerOfAttorneyDialog(RECORD)
    qtbot.addWidget(dialog)
    dialog.fields["name"].setText("")
    dialog.fields["id_number"].setText("44200019900101001")  # 17 characters
    dialog.fields["phone"].setText("12345")
    assert not dialog.check()
    for key in ("name", "id_number", "phone"):
        assert dialog.errors[key].text(), key
    assert "受托方姓名" in dialog.errors["name"].text()


def test_document_carries_record_person_and_items(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = PowerOfAttorneyDialog(RECORD)
    qtbot.addWidget(dialog)
    person_id = _valid_id("44200019950505123")
    dialog.fields["name"].setText("吉吉")
    dialog.fields["id_number"].setText(person_id)
    dialog.fields["phone"].setText("13800138000")
    dialog.item1.setChecked(True)
    dialog.item2.setChecked(False)
    assert dialog.check()
    poa = dialog.power_of_attorney()
    assert (poa.agency_name, poa.entrusted_name, poa.entrusted_id) == (RECORD["name"], "吉吉", person_id)
    assert poa.open_agency_account and not poa.use_staff_account
