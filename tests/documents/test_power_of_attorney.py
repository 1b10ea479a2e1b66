from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from docsupport import PRINTED_AT, assert_not_blank, page_texts
from pdf_pages import raster

from zsdesk.documents import PowerOfAttorney, power_of_attorney_filename, render_power_of_attorney
from zsdesk.documents.power_of_attorney import NOTES

POA = PowerOfAttorney(
    agency_name="中山市好家园房地产代理有限公司", licence_no="91442000MA4UJ6XK7Q",
    legal_rep_name="张堃", legal_rep_id="442000197001011234",
    entrusted_name="吉𠮷", entrusted_id="442000199505051234", phone="13800138000",
    open_agency_account=False, use_staff_account=True,
)


def test_the_attachment_in_order_with_every_value() -> None:
    result = render_power_of_attorney(POA, printed_at=PRINTED_AT)
    assert result.page_count == 1 and result.warnings == []
    text = page_texts(result.pdf)[0]
    expected_in_order = [
        "委托书",
        "委托方（中介公司）：中山市好家园房地产代理有限公司",
        "营业执照号码：91442000MA4UJ6XK7Q",
        "法定代表人：张堃", "身份证号：442000197001011234",
        "受托方：吉𠮷", "身份证号：442000199505051234",
        "联系电话：13800138000",
        "兹委托上述人员作为我单位的代理人/中介从业人员，办理存量房地产交易合同网上签约系统相关业务，具体委托事项如下：",
        "×1、代委托方递交相关资料，申请开设委托方的中介机构账号。",
        "√2、使用委托方的中介从业人员账号办理存量房网上签约业务。",
        "受托方无转委托权。",
        "委托方：（盖章）",
        "法定代表人：（签名或盖章）",
        "年月日",
        *(note.replace(" ", "") for note in NOTES),
    ]
    pos = 0
    for piece in expected_in_order:
        found = text.find(piece, pos)
        assert found >= 0, piece
        pos = found + len(piece)


@pytest.mark.parametrize(("item1", "item2", "marks"), [(True, False, "√×"), (True, True, "√√"), (False, False, "××")])
def test_items_are_ticked_or_crossed(item1: bool, item2: bool, marks: str) -> None:
    poa = _with(item1, item2)
    text = page_texts(render_power_of_attorney(poa, printed_at=PRINTED_AT).pdf)[0]
    assert f"{marks[0]}1、代委托方" in text and f"{marks[1]}2、使用委托方" in text


def _with(item1: bool, item2: bool) -> PowerOfAttorney:
    from dataclasses import replace

    return replace(POA, open_agency_account=item1, use_staff_account=item2)


def test_signing_date_prints_when_given(tmp_path: Path) -> None:
    from dataclasses import replace

    result = render_power_of_attorney(replace(POA, signed_on=date(2024, 5, 1)), printed_at=PRINTED_AT)
    assert "2024年5月1日" in page_texts(result.pdf)[0]
    (image,) = raster(result.pdf)
    assert_not_blank(image)


def test_file_name_has_no_id_numbers() -> None:
    name = power_of_attorney_filename(POA)
    assert name == "委托书_中山市好家园房地产代理有限公司_吉𠮷_网签.pdf"
    assert POA.legal_rep_id not in name and POA.entrusted_id not in name


def test_agency_fields_come_from_the_enterprise_record() -> None:
    from zsdesk.domain.enterprise import EnterpriseRecord

    record = EnterpriseRecord(name=POA.agency_name, uscc=POA.licence_no, legal_representative="张堃",
                              legal_rep_id_number=POA.legal_rep_id)
    poa = PowerOfAttorney.for_enterprise(record, entrusted_name="吉𠮷", entrusted_id=POA.entrusted_id,
                                         phone=POA.phone, open_agency_account=False, use_staff_account=True)
    assert poa == POA
