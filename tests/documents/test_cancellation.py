from __future__ import annotations

from datetime import datetime
from pathlib import Path

from docsupport import BUYER_IDS, PRINTED_AT, SELLER_IDS, assert_not_blank, page_texts
from pdf_pages import raster

from zsdesk.documents import checklist, render_cancellation_application
from zsdesk.domain.contract import Contract, Party
from zsdesk.domain.enums import PartyRole


def _items(contract: Contract, **kw: object) -> list[tuple[str, str]]:
    return [(i.who, i.text) for i in checklist(contract, today=PRINTED_AT, **kw)]  # type: ignore[arg-type]


def test_adults_come_in_person_with_id_originals(contract: Contract) -> None:
    contract.buyers = contract.buyers[:2]
    contract.guardians = []
    items = _items(contract)
    assert items[0] == ("", "本注销网签备案申请书（买卖双方签字）")
    people = [who for who, _ in items[1:]]
    assert people == ["甲方一吉𠮷", "甲方二李堃", "乙方一阿卜杜·热合曼", "乙方二王喆"]
    assert all("本人到场" in text and "原件" in text for _, text in items[1:])
    assert not any("未成年人" in text or "公证" in text for _, text in items)


def test_a_minor_needs_both_parents_a_guarantee_and_proof_of_parentage(contract: Contract) -> None:
    minor = [text for who, text in _items(contract) if who == "乙方三陈昇翀"]
    assert "父母双方到场，并携带父母双方有效身份证件原件" in minor
    assert "未成年人保证书" in minor
    assert "能证明亲子关系的户口本或出生证明" in minor
    # the same person is an adult eight years later
    later = [t for w, t in (
        (i.who, i.text) for i in checklist(contract, today=datetime(2032, 1, 2))) if w == "乙方三陈昇翀"]
    assert later == ["本人到场，携带有效身份证件（居民身份证）原件"]


def test_a_proxy_needs_a_notarised_power_naming_the_cancellation(contract: Contract) -> None:
    proxy = Party(PartyRole.AGENT, "刘代理", id_number="442000198801011234", represents=PartyRole.SELLER,
                  guardian_of=1)
    contract.guardians.append(proxy)
    seller2 = [text for who, text in _items(contract) if who == "甲方二李堃"]
    assert any("经公证部门出具的委托书原件" in t and "注销存量房买卖合同网签备案" in t for t in seller2)
    assert "受托人刘代理的有效身份证件原件" in seller2
    assert not any("本人到场" in t for t in seller2)
    # an explicit list overrides the contract's agents
    assert not any("公证" in t for _, t in _items(contract, proxies=[]))


def test_application_pdf(contract: Contract, tmp_path: Path) -> None:
    contract.guardians.append(Party(PartyRole.AGENT, "刘代理", id_number="442000198801011234",
                                    represents=PartyRole.SELLER, guardian_of=1))
    result = render_cancellation_application(contract, printed_at=PRINTED_AT, reason="买方贷款未获批准")
    assert result.warnings == []
    text = "".join(page_texts(result.pdf))
    for piece in ("存量房买卖合同注销网签备案申请", "中山市房地产交易管理事务中心", "ZS2024050100123", "BA2024-000456",
                  "442000006001GB00123F00010012", "注销原因：买方贷款未获批准", "办理材料清单", "未成年人保证书",
                  "委托刘代理办理（公证委托书）", "0760-88363077", *SELLER_IDS, *BUYER_IDS,
                  "吉𠮷", "李堃", "阿卜杜·热合曼", "王喆", "陈昇翀"):
        assert piece in text, piece
    for image in raster(result.pdf):
        assert_not_blank(image)
