"""The fast CJK line breaking must give reportlab's own lines, field for field."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pytest
from docsupport import PRINTED_AT, make_contract
from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.lib.abag import ABag
from reportlab.platypus.paragraph import Paragraph, cjkFragSplit

from zsdesk.documents import cjk_paragraph, render_cancellation_application, render_contract
from zsdesk.documents.cjk_paragraph import CJKParagraph, split_cjk_frags
from zsdesk.documents.layout import new_writer
from zsdesk.domain.enums import ContractStatus


def dump(value: Any) -> Any:
    """A comparable picture of reportlab's line objects, types included (1 and 1.0 must not pass as equal)."""
    if isinstance(value, ABag):
        return (type(value).__name__, {k: dump(v) for k, v in sorted(value.__dict__.items())})
    if isinstance(value, (list, tuple)):
        return (type(value).__name__, [dump(v) for v in value])
    return (type(value).__name__, value)


def assert_same_lines(frags: Sequence[Any], widths: list[float]) -> None:
    assert dump(split_cjk_frags(frags, widths)) == dump(cjkFragSplit(frags, widths, False))


def test_every_paragraph_of_the_documents_breaks_as_reportlab_does(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[tuple[list[Any], list[float]]] = []
    plain = cjk_paragraph.split_cjk_frags

    def recording(frags: Sequence[Any], widths: list[float]) -> Any:
        seen.append((list(frags), list(widths)))
        return plain(frags, widths)

    monkeypatch.setattr(cjk_paragraph, "split_cjk_frags", recording)
    contract = make_contract(ContractStatus.DRAFT)
    contract.other.supplementary = "一、家具家电随房赠送，清单见附件。\n二、钥匙于交付日移交。" * 4
    contract.sellers[1].address = ""                     # a blank to fill by hand
    render_contract(contract, printed_at=PRINTED_AT, agent_name="赵经纪")
    render_cancellation_application(contract, printed_at=PRINTED_AT, reason="买方贷款未获批准")
    assert len(seen) > 50
    assert any(len(lines.lines) > 2 for lines in (plain(f, w) for f, w in seen))
    for frags, widths in seen:
        assert_same_lines(frags, widths)


PIECES = ["合同", "甲方应当", "，", "。", "）", "（", "1234567890", "ZS2024050100123", " ", "　", "𠮷", "阿卜杜·热合曼",
          "中山市石岐街道民族东路1号华府花园3栋1502房", "a", "\xa0" * 10, "——", "%", "、"]


@settings(max_examples=200, deadline=None)
@given(
    runs=st.lists(st.tuples(st.lists(st.sampled_from(PIECES), min_size=1, max_size=6),
                            st.sampled_from(["", "u", "br"])), min_size=1, max_size=12),
    width=st.floats(min_value=15, max_value=460),
    first_indent=st.sampled_from([0, 21]),
)
def test_random_markup_breaks_as_reportlab_does(runs: list[tuple[list[str], str]], width: float,
                                                 first_indent: int) -> None:
    w = new_writer()
    markup = ""
    for pieces, kind in runs:
        text = w.text("".join(pieces))
        markup += f"<u>{text}</u>" if kind == "u" else text + ("<br/>" if kind == "br" else "")
    style = w.styles["body" if first_indent else "flush"]
    para = CJKParagraph(markup, style)
    assert dump(para.frags) == dump(Paragraph(markup, style).frags)
    assert_same_lines(para.frags, [width - first_indent, width])


def test_the_paragraph_draws_what_reportlab_draws() -> None:
    w = new_writer()
    markup = w.text("甲方：") + w.value("吉𠮷") + "<br/>" + w.text("证件号码：") + w.value("442000198001011234")
    ours, theirs = CJKParagraph(markup, w.styles["person"]), Paragraph(markup, w.styles["person"])
    assert ours.wrap(200, 800) == theirs.wrap(200, 800)
    assert dump(ours.blPara) == dump(theirs.blPara)
    assert [dump(p.blPara) for p in ours.split(200, 30)] == [dump(p.blPara) for p in theirs.split(200, 30)]


def test_parsed_markup_is_shared_but_frags_are_not() -> None:
    w = new_writer()
    markup = w.text("乙方向") + w.value("中国建设银行中山分行") + w.text("申请贷款。")
    first, second = CJKParagraph(markup, w.styles["body"]), CJKParagraph(markup, w.styles["body"])
    assert dump(first.frags) == dump(second.frags) == dump(Paragraph(markup, w.styles["body"]).frags)
    assert not {id(f) for f in first.frags} & {id(f) for f in second.frags}
    first.frags[1].text = "改"
    assert second.frags[1].text == "\xa0中国建设银行中山分行\xa0"
    assert first.text == second.text == Paragraph(markup, w.styles["body"]).text


def test_markup_errors_still_raise() -> None:
    with pytest.raises(ValueError, match="expected </u>"):
        CJKParagraph("<u>未闭合", new_writer().styles["body"])
