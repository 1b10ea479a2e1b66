"""Shared material for document tests: a realistic contract and ways to read a PDF back (imported by the tests)."""

from __future__ import annotations

import io
import re
from datetime import date, datetime
from decimal import Decimal

from PIL import Image, ImageStat
from pypdf import PdfReader

from zsdesk.domain.china_time import CHINA_TZ
from zsdesk.domain.contract import (
    Contract,
    Escrow,
    Handover,
    OtherTerms,
    Owner,
    Party,
    Payment,
    Property,
)
from zsdesk.domain.enums import (
    ContractStatus,
    DisputeResolution,
    EscrowBank,
    IdType,
    Ownership,
    PartyRole,
    PaymentMethod,
)

PRINTED_AT = datetime(2024, 5, 2, 9, 30, tzinfo=CHINA_TZ)   # print times are China time

SELLER_IDS = ("442000198001011234", "44200019820202123X")
BUYER_IDS = ("650102199003031234", "442000199505051234", "442000201001011234")   # the last one is a minor in 2024
GUARDIAN_ID = "442000198501011234"


def make_contract(status: ContractStatus = ContractStatus.SIGNED) -> Contract:
    prop = Property(
        unit_no="442000006001GB00123F00010012",
        address="石岐街道民族东路1号华府花园3栋1502房",
        town="中山市",
        title_cert_no="粤（2019）中山市不动产权第0123456号",
        floor_area=Decimal("89.56"),
        inner_area=Decimal("75.20"),
        year_built=2008,
        floor=15,
        total_floors=28,
        ownership=Ownership.BY_SHARES,
        owners=[Owner("吉𠮷", IdType.RESIDENT_ID, SELLER_IDS[0], Decimal("60")),
                Owner("李堃", IdType.RESIDENT_ID, SELLER_IDS[1], Decimal("40"))],
        mortgaged=True,
        encumbrances="中国工商银行中山分行抵押登记",
    )
    sellers = [
        Party(PartyRole.SELLER, "吉𠮷", id_number=SELLER_IDS[0], address="中山市石岐街道民族东路1号",
              phone="13800138000", share=Decimal("60")),
        Party(PartyRole.SELLER, "李堃", id_number=SELLER_IDS[1], address="中山市东区博爱六路22号",
              phone="13900139000", share=Decimal("40")),
    ]
    buyers = [
        Party(PartyRole.BUYER, "阿卜杜·热合曼", id_number=BUYER_IDS[0], address="乌鲁木齐市天山区",
              phone="13700137000", share=Decimal("50")),
        Party(PartyRole.BUYER, "王喆", id_number=BUYER_IDS[1], share=Decimal("30")),
        Party(PartyRole.BUYER, "陈昇翀", id_number=BUYER_IDS[2], share=Decimal("20")),
    ]
    guardians = [Party(PartyRole.GUARDIAN, "陈大文", id_number=GUARDIAN_ID, phone="13600136000",
                       guardian_of=2, represents=PartyRole.BUYER)]
    return Contract(
        property=prop, sellers=sellers, buyers=buyers, guardians=guardians, buyer_ownership=Ownership.BY_SHARES,
        payment=Payment(total_price=Decimal("1234567.89"), method=PaymentMethod.COMMERCIAL_LOAN,
                        deposit=Decimal("50000"), deposit_date=date(2024, 5, 1),
                        down_payment=Decimal("334567.89"), down_payment_date=date(2024, 5, 15),
                        loan_amount=Decimal("800000"), loan_bank="中国建设银行中山分行", balance_date=date(2024, 7, 1)),
        escrow=Escrow(True, EscrowBank.CCB, Decimal("384567.89"), "中山分行营业部"),
        handover=Handover(date(2024, 8, 1), "腾空交付，结清物业费", 30),
        other=OtherTerms(breach_daily_rate_permille=Decimal("0.5"), dispute=DisputeResolution.ARBITRATION,
                         arbitration_commission="中山仲裁委员会", supplementary="家具家电随房赠送，清单见附件。"),
        contract_no="ZS2024050100123", filing_no="BA2024-000456", status=status,
        agency_name="中山市好家园房地产代理有限公司", staff_account="zs_agent01",
    )


def compact(text: str) -> str:
    """Text without whitespace: values wrap across lines in the PDF, the comparison must not care."""
    return re.sub(r"\s+", "", text)


def page_texts(pdf: bytes) -> list[str]:
    return [compact(page.extract_text()) for page in PdfReader(io.BytesIO(pdf)).pages]


def assert_not_blank(image: Image.Image) -> None:
    stat = ImageStat.Stat(image)
    dark = sum(image.histogram()[:128]) / (image.width * image.height)
    assert stat.stddev[0] > 10, "page looks blank (no contrast)"
    assert 0.002 < dark < 0.5, f"dark pixel fraction {dark:.4f} is not that of a printed page"
