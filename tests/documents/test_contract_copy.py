from __future__ import annotations

import re
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from docsupport import (
    BUYER_IDS,
    GUARDIAN_ID,
    PRINTED_AT,
    SELLER_IDS,
    assert_not_blank,
    compact,
    make_contract,
    page_texts,
)
from pdf_pages import raster

from zsdesk.documents import render_contract, suggested_filename
from zsdesk.documents.template import load_template, parse_template
from zsdesk.domain.contract import Contract
from zsdesk.domain.enums import ContractStatus, DisputeResolution, Ownership, PartyRole
from zsdesk.domain.money import format_money, to_rmb_uppercase

CHAPTERS = ["合同当事人", "房屋基本状况", "房屋价款", "资金监管", "转移登记与交付", "税费", "违约责任", "争议解决",
            "其他约定"]
NUMERALS = "一二三四五六七八九"


def sections(pdf: bytes) -> dict[str, str]:
    """Body text per chapter (headers and footers removed), keyed by chapter title."""
    body = "".join(_strip_furniture(t) for t in page_texts(pdf))
    heads = [f"第{NUMERALS[i]}章{title}" for i, title in enumerate(CHAPTERS)]
    positions = [body.index(h) for h in heads]
    assert positions == sorted(positions), "chapters out of the model text's order"
    out = {}
    for i, title in enumerate(CHAPTERS):
        end = positions[i + 1] if i + 1 < len(positions) else len(body)
        out[title] = body[positions[i]:end]
    out["签署"] = body[body.index("（以下无正文）"):]
    return out


def _strip_furniture(page: str) -> str:
    page = re.sub(r"存量房买卖合同合同编号：\S+?备案号：\S+?状态：\S{2,4}", "", page, count=1)
    return re.sub(r"第\d+页共\d+页.*$", "", page)


@pytest.fixture(scope="module")
def signed() -> bytes:
    return render_contract(make_contract(), printed_at=PRINTED_AT, agent_name="赵经纪").pdf


def test_every_filled_value_appears_in_its_chapter(signed: bytes) -> None:
    c = make_contract()
    s = sections(signed)
    parties = s["合同当事人"]
    for person, id_number in zip(c.sellers + c.buyers, SELLER_IDS + BUYER_IDS, strict=True):
        assert person.name in parties
        assert id_number in parties                                  # ID numbers print in full
    assert "陈大文" in parties and GUARDIAN_ID in parties
    assert "乙方三陈昇翀的法定代理人" in parties
    for share in ("60%", "40%", "50%", "30%", "20%"):
        assert share in parties
    assert "甲方共有情况：按份共有" in parties and "乙方共有情况：按份共有" in parties
    assert "中山市好家园房地产代理有限公司" in parties and "赵经纪" in parties

    house = s["房屋基本状况"]
    for value in (c.property.unit_no, compact(c.property.title_cert_no), "华府花园3栋1502房", "89.56平方米",
                  "75.2平方米", "2008年", "钢筋混凝土结构", "住宅", "已设定抵押", "中国工商银行中山分行抵押登记"):
        assert value in house, value

    price = s["房屋价款"]
    assert c.payment.total_price is not None
    assert format_money(c.payment.total_price) in price
    assert to_rmb_uppercase(c.payment.total_price) in price
    assert "1,234,567.89" in price and "壹佰贰拾叁万肆仟伍佰陆拾柒元捌角玖分" in price
    assert "商业贷款" in price and "中国建设银行中山分行" in price
    assert "2024年5月15日" in price and to_rmb_uppercase(c.payment.down_payment or 0) in price

    escrow = s["资金监管"]
    assert "中国建设银行" in escrow and "中山分行营业部" in escrow and "龙存管" in escrow
    assert to_rmb_uppercase(c.escrow.amount or 0) in escrow

    assert "30日内" in s["转移登记与交付"] and "2024年8月1日" in s["转移登记与交付"]
    assert "由甲方承担的税费" in s["税费"]
    assert "千分之0.5" in s["违约责任"]
    assert "提交仲裁委员会仲裁" in s["争议解决"] and "中山仲裁委员会" in s["争议解决"]
    assert "家具家电随房赠送" in s["其他约定"]
    signatures = s["签署"]
    for name in ("吉𠮷", "李堃", "阿卜杜·热合曼", "王喆", "陈昇翀", "陈大文", "赵经纪"):
        assert name in signatures
    assert "房地产经纪机构（盖章）" in signatures


def test_articles_are_numbered_in_sequence(signed: bytes) -> None:
    body = "".join(page_texts(signed))
    numbers = re.findall(r"第([一二三四五六七八九十]+)条", body)
    assert numbers[:3] == ["一", "二", "三"]
    assert len(numbers) == len(set(numbers)) >= 15


def test_every_page_carries_numbers_filing_and_print_time(signed: bytes) -> None:
    pages = page_texts(signed)
    assert len(pages) >= 3
    for n, text in enumerate(pages, 1):
        assert "合同编号：ZS2024050100123" in text
        assert "备案号：BA2024-000456" in text and "状态：已签约" in text
        assert f"第{n}页共{len(pages)}页" in text
        assert "打印时间：2024-05-0209:30" in text


def test_rare_name_characters_survive_text_extraction(signed: bytes) -> None:
    text = "".join(page_texts(signed))
    for name in ("吉𠮷", "李堃", "王喆", "陈昇翀", "阿卜杜·热合曼"):
        assert name in text
    assert "\x00" not in text


@pytest.mark.parametrize(("status", "mark"),
                         [(ContractStatus.DRAFT, "草稿—未备案"), (ContractStatus.CANCELLED, "已注销")])
def test_draft_and_cancelled_copies_carry_a_watermark_on_every_page(status: ContractStatus, mark: str) -> None:
    c = make_contract(status)
    if status is ContractStatus.DRAFT:
        c.filing_no = ""
    pages = page_texts(render_contract(c, printed_at=PRINTED_AT, agent_name="赵经纪").pdf)
    for text in pages:
        assert mark in text
        assert f"状态：{status.label}" in text
    if status is ContractStatus.DRAFT:
        assert "备案号：未备案" in pages[0]


def test_signed_copy_has_no_watermark(signed: bytes) -> None:
    text = "".join(page_texts(signed))
    assert "未备案" not in text and "已注销" not in text


def test_pages_render_and_are_not_blank(signed: bytes, tmp_path: Path) -> None:
    images = raster(signed)
    assert len(images) == len(page_texts(signed))
    for image in images:
        assert_not_blank(image)


def test_qr_code_is_drawn_on_the_first_page_top_right(tmp_path: Path) -> None:
    def corner_darkness(contract_no: str, where: Path) -> float:
        c = make_contract()
        c.contract_no = contract_no
        where.mkdir()
        page = raster(render_contract(c, printed_at=PRINTED_AT, agent_name="x").pdf, dpi=72)[0]
        # 20 mm square at the right margin below the header, in 72 dpi pixels
        box = page.crop((page.width - 120, 60, page.width - 55, 125))
        return sum(box.histogram()[:128]) / (box.width * box.height)

    with_qr = corner_darkness("ZS2024050100123", tmp_path / "a")
    without = corner_darkness("", tmp_path / "b")
    assert with_qr > 0.12 and without < 0.02


def test_rendering_is_deterministic_and_thread_safe() -> None:
    contracts = [make_contract(s) for s in (ContractStatus.SIGNED, ContractStatus.DRAFT, ContractStatus.CANCELLED)]
    serial = [render_contract(c, printed_at=PRINTED_AT, agent_name="赵经纪").pdf for c in contracts]
    with ThreadPoolExecutor(max_workers=4) as pool:
        parallel = list(pool.map(lambda i: render_contract(contracts[i % 3], printed_at=PRINTED_AT,
                                                            agent_name="赵经纪").pdf, range(12)))
    for i, pdf in enumerate(parallel):
        assert pdf == serial[i % 3]


def test_suggested_filename_never_contains_id_numbers(contract: Contract) -> None:
    name = suggested_filename(contract)
    assert name.endswith(".pdf") and "ZS2024050100123" in name and "已签约" in name
    for id_number in SELLER_IDS + BUYER_IDS + (GUARDIAN_ID,):
        assert id_number not in name
    assert not re.search(r"\d{15}", name)
    # even an ID number typed into a name field stays out
    contract.sellers[0].name = "吉𠮷" + SELLER_IDS[1]
    contract.buyers[0].name = 'a/b:c*?"<>|'
    name = suggested_filename(contract, "cancellation")
    assert SELLER_IDS[1] not in name and not re.search(r'[/\\:*?"<>|]', name)
    assert name.startswith("注销网签备案申请_ZS2024050100123")


def test_plain_contract_without_optional_parts(contract: Contract) -> None:
    contract.escrow.enabled = False
    contract.property.mortgaged = False
    contract.other.dispute = DisputeResolution.LITIGATION
    contract.other.supplementary = ""
    contract.buyers = contract.buyers[:1]
    contract.buyers[0].share = None
    contract.buyer_ownership = Ownership.SOLE
    contract.guardians = []
    result = render_contract(contract, printed_at=PRINTED_AT, agent_name="赵经纪")
    s = sections(result.pdf)
    assert "未选择交易资金监管" in s["资金监管"]
    assert "依法向人民法院起诉" in s["争议解决"] and "仲裁机构" not in s["争议解决"]
    assert "乙方共有情况" not in s["合同当事人"] and "乙方一" not in s["合同当事人"]
    assert "未设定抵押" in s["房屋基本状况"] and "抵押的处理" not in s["房屋基本状况"]
    assert result.warnings == []


def test_empty_values_print_as_lines_to_fill_in(contract: Contract, tmp_path: Path) -> None:
    contract.handover.date = None
    contract.buyers[1].address = ""
    result = render_contract(contract, printed_at=PRINTED_AT, agent_name="")
    assert "甲方应当于前将该房屋交付乙方" in "".join(page_texts(result.pdf))
    for image in raster(result.pdf):
        assert_not_blank(image)


def test_template_is_the_source_of_the_text(contract: Contract) -> None:
    shipped = load_template()
    assert [c.title for c in shipped.chapters] == CHAPTERS
    data = {
        "title": "存量房买卖合同（试行第二版）",
        "chapter": [{"title": "合同当事人", "article": [{"title": "当事人", "block": "parties"},
                                                       {"title": "新条款", "text": ["经纪机构为{agency_name}。"]}]},
                    {"title": "签署", "article": [{"block": "signatures"}]}],
    }
    pdf = render_contract(contract, printed_at=PRINTED_AT, agent_name="赵经纪", template=parse_template(data)).pdf
    text = "".join(page_texts(pdf))
    assert "存量房买卖合同（试行第二版）" in text
    assert "第二条【新条款】经纪机构为中山市好家园房地产代理有限公司。" in text
    assert "房屋基本状况" not in text


def test_every_placeholder_and_condition_of_the_shipped_template_is_known(contract: Contract) -> None:
    from zsdesk.documents.contract_context import flags, placeholder_values

    template = load_template()
    assert template.placeholders() <= set(placeholder_values(contract, agent_name="x", copies=4))
    assert template.flags() <= set(flags(contract))


@pytest.mark.parametrize("bad", [
    {"title": "x"},
    {"title": "x", "chapter": [{"title": "a", "article": [{"title": "t", "block": "nope"}]}]},
    {"title": "x", "chapter": [{"title": "a", "article": [{"title": "t", "block": "parties", "text": ["y"]}]}]},
    {"title": "x", "chapter": [{"title": "a", "article": [{"title": "t", "text": "not a list"}]}]},
])
def test_malformed_templates_are_refused(bad: dict[str, object]) -> None:
    from zsdesk.documents.template import TemplateError

    with pytest.raises(TemplateError):
        parse_template(bad)


def test_agents_acting_for_a_party_are_listed(contract: Contract) -> None:
    from zsdesk.domain.contract import Party

    contract.guardians.append(Party(PartyRole.AGENT, "刘代理", id_number="442000198801011234",
                                    represents=PartyRole.SELLER, guardian_of=1))
    text = sections(render_contract(contract, printed_at=PRINTED_AT, agent_name="赵经纪").pdf)["合同当事人"]
    assert "甲方二李堃的委托代理人" in text and "刘代理" in text and "442000198801011234" in text


def test_result_writes_to_a_file(contract: Contract, tmp_path: Path) -> None:
    result = render_contract(contract, printed_at=PRINTED_AT, agent_name="赵经纪")
    target = tmp_path / suggested_filename(contract)
    result.write_to(target)
    assert target.read_bytes() == result.pdf and result.pdf.startswith(b"%PDF")
    assert [p.name for p in tmp_path.iterdir()] == [target.name]
    assert result.page_count == len(page_texts(result.pdf))
