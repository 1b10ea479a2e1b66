import logging

from zsdesk.gui.logs import mask, setup_logging


def test_log_file_masks_id_numbers_and_phones(tmp_path):
    log_file = setup_logging(tmp_path / "logs" / "zsdesk.log")
    logger = logging.getLogger("zsdesk.test")
    logger.info("buyer %s phone %s", "44200019900101123X", "13812345678")
    try:
        raise ValueError("bad id 442000199001011234")
    except ValueError:
        logger.exception("failed")
    for h in logging.getLogger().handlers:
        h.flush()
    text = log_file.read_text("utf-8")
    assert "buyer" in text and "failed" in text
    for secret in ("44200019900101123X", "13812345678", "442000199001011234"):
        assert secret not in text


def test_mask_keeps_the_parts_a_person_recognises():
    masked = mask("ID 44200019900101123X")
    assert masked.startswith("ID 442000") and masked.endswith("123X")
    assert "19900101" not in masked
