"""Text: a message that is its Chinese string everywhere and keeps its template and values."""

from __future__ import annotations

import copy
import json
import pickle

from zsdesk.domain.errors import Issue
from zsdesk.domain.i18n import QT_TRANSLATE_NOOP, Text, msg


def test_text_is_the_formatted_chinese_string_and_keeps_its_recipe() -> None:
    made = msg(QT_TRANSLATE_NOOP("messages", "{label}号码应为 18 位，现为 {count} 位"), label="出卖人证件", count=17)
    assert made == "出卖人证件号码应为 18 位，现为 17 位" and isinstance(made, str)
    assert made.template == "{label}号码应为 18 位，现为 {count} 位"
    assert made.params == {"label": "出卖人证件", "count": 17}
    assert json.dumps({"detail": made}, ensure_ascii=False) == '{"detail": "出卖人证件号码应为 18 位，现为 17 位"}'
    for again in (pickle.loads(pickle.dumps(made)), copy.deepcopy(made), copy.copy(made)):
        assert isinstance(again, Text) and again == made and again.params == made.params


def test_text_without_values_is_its_template_and_survives_in_an_issue() -> None:
    plain = msg(QT_TRANSLATE_NOOP("messages", "请填写国籍"))
    issue = Issue("buyers.0.nationality", "REQUIRED", plain)
    assert issue.message == "请填写国籍" and isinstance(issue.message, Text)
    assert f"{issue.message}" == "请填写国籍"
