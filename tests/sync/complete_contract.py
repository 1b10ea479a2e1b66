"""Fill a domain contract with every field the registry needs for filing (sync tests)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from stdnum.cn import ric

from zsdesk.domain import contract as dc
from zsdesk.domain.enums import DisputeResolution, Ownership, PartyRole, PaymentMethod, ServiceRating

_BUYER_ID = "44200019900101123"
BUYER_ID = _BUYER_ID + ric.calc_check_digit(_BUYER_ID + "0")  # stdnum expects the full length


def complete_terms(c: dc.Contract, buyer_name: str = "王晓东") -> dc.Contract:
    for seller in c.sellers:
        seller.address = "广东省中山市石岐街道孙文中路1号"
        seller.phone = "13912345678"
        seller.postal_code = "528400"
    c.buyers = [dc.Party(role=PartyRole.BUYER, name=buyer_name, id_number=BUYER_ID, nationality="中国",
                         address="广东省中山市东区博爱六路22号", phone="13812345678")]
    c.buyer_ownership = Ownership.SOLE
    c.payment.total_price = Decimal("1280000.00")
    c.payment.method = PaymentMethod.LUMP_SUM
    c.payment.deposit = Decimal("50000.00")
    c.handover.date = date(2027, 3, 31)
    c.handover.conditions = "现状交付"
    c.other.dispute = DisputeResolution.LITIGATION
    c.applicant = dc.Applicant(name=buyer_name, phone="13812345678", id_number=BUYER_ID)
    c.evaluation = dc.ServiceEvaluation(rating=ServiceRating.VERY_GOOD)
    c.notices_read = True
    return c
