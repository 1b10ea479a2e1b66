"""What 提交备案 asks the agent to check one last time: the fields that can never be changed once
the contract is filed (the guide, 五（六）), with the guide's own warnings."""

from __future__ import annotations

from dataclasses import dataclass

from zsdesk.domain.contract import Contract, Party
from zsdesk.domain.i18n import QT_TRANSLATE_NOOP, msg

# The guide's words, 五（六） and the note at its head.
NEVER_CHANGED_WARNING = QT_TRANSLATE_NOOP(
    "labels",
    "提交后，买卖双方姓名、身份证件号码、房屋信息等重要信息填写错误的，不可修改，"
    "必须注销网签备案后再重新签订买卖合同。")
CONSENT_WARNING = QT_TRANSLATE_NOOP(
    "labels", "未经买卖双方一致同意擅自办理存量房买卖合同网签备案属违规行为。")

_SIDES = (("sellers", QT_TRANSLATE_NOOP("labels", "甲方")), ("buyers", QT_TRANSLATE_NOOP("labels", "乙方")),
          ("guardians", QT_TRANSLATE_NOOP("labels", "法定代理人")))


@dataclass(frozen=True, slots=True)
class KeyField:
    label: str
    value: str


def never_changed_fields(contract: Contract) -> list[KeyField]:
    """Every party's name and ID (type and number), and the property as filed."""
    rows: list[KeyField] = []
    for attr, side in _SIDES:
        parties: list[Party] = getattr(contract, attr)
        for n, party in enumerate(parties, 1):
            rows.append(KeyField(msg(QT_TRANSLATE_NOOP("messages", "{side}{n} 姓名（名称）"), side=side, n=n),
                                 party.name))
            rows.append(KeyField(msg(QT_TRANSLATE_NOOP("messages", "{side}{n} {id_type}"), side=side, n=n,
                                     id_type=party.id_type.label), party.id_number))
    p = contract.property
    rows.append(KeyField(QT_TRANSLATE_NOOP("labels", "不动产单元号"), p.unit_no))
    if p.title_cert_no:
        rows.append(KeyField(QT_TRANSLATE_NOOP("labels", "不动产权证号"), p.title_cert_no))
    if p.property_cert_no:
        rows.append(KeyField(QT_TRANSLATE_NOOP("labels", "房产证号"), p.property_cert_no))
    rows.append(KeyField(QT_TRANSLATE_NOOP("labels", "房屋坐落"), p.address))
    rows.append(KeyField(QT_TRANSLATE_NOOP("labels", "建筑面积"),
                         msg(QT_TRANSLATE_NOOP("messages", "{area} 平方米"), area=f"{p.floor_area:,.2f}")))
    return rows
