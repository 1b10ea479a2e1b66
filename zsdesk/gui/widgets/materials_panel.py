"""收件材料 panel, shared by the enterprise record, staff applications and contracts.

Add a material by kind (营业执照, 身份证正面, …) or a typed name, pick a file or drop it,
see a thumbnail, upload one at a time. Files over 512,000 bytes are refused with their
size, and the panel offers to shrink the picture. Reading, checking, shrinking and
uploading all run off the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

import zsdesk.services.materials as materials
from zsdesk.domain.enums import MaterialKind
from zsdesk.domain.materials import MAX_MATERIAL_BYTES, size_text
from zsdesk.gui.i18n import label, translate
from zsdesk.gui.operations import Operation, run_operation
from zsdesk.gui.widgets.field_state import error_label, show_error
from zsdesk.gui.widgets.file_dialogs import open_file
from zsdesk.services.app_context import AppContext
from zsdesk.services.materials import PreparedFile, UploadedMaterial
from zsdesk.services.progress import Progress

Uploader = Callable[[str, MaterialKind, PreparedFile], UploadedMaterial]


@dataclass
class MaterialRow:
    name: str
    kind: MaterialKind
    prepared: PreparedFile | None = None
    uploaded: UploadedMaterial | None = None
    error: str = ""

    @property
    def status(self) -> str:
        if self.uploaded is not None and self.prepared is None:
            return translate("MaterialsPanel", "已上传")
        if self.error:
            return translate("MaterialsPanel", "不能上传")
        if self.prepared is None:
            return translate("MaterialsPanel", "未选择文件")
        if self.prepared.over_limit:
            return translate("MaterialsPanel", "超过 {limit}").format(limit=size_text(MAX_MATERIAL_BYTES))
        if self.uploaded is not None:
            return translate("MaterialsPanel", "已上传")
        return translate("MaterialsPanel", "待上传")


def material_name(text: str) -> str:
    """The name a material is filed under: a kind's own (Chinese) name when the text is that kind
    as shown in the UI language, else the text as typed."""
    text = text.strip()
    for kind in MaterialKind:
        if text == label(kind.label):
            return kind.label
    return text


class MaterialsPanel(QWidget):
    uploaded = Signal(object)     # UploadedMaterial

    def __init__(self, uploader: Uploader | None = None, kinds: tuple[MaterialKind, ...] = materials.KIND_CHOICES,
                 parent: QWidget | None = None, ctx: AppContext | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("materialsPanel")
        self.uploader = uploader
        self.ctx = ctx                # its settings remember the folder pictures were chosen from
        self.file_dialog: QFileDialog | None = None
        self.rows: list[MaterialRow] = []
        self._busy: Operation[object] | None = None
        self.setAcceptDrops(True)

        outer = QHBoxLayout(self)
        left = QVBoxLayout()
        add_row = QHBoxLayout()
        self.kind_combo = QComboBox()
        self.kind_combo.setEditable(True)
        self.kind_combo.setObjectName("materialKind")
        for kind in kinds:
            self.kind_combo.addItem(label(kind.label), kind)
        self.kind_combo.setToolTip(translate("MaterialsPanel", "选择材料种类，或直接输入材料名称"))
        self.add_button = QPushButton(translate("MaterialsPanel", "添加收件材料"))
        self.add_button.clicked.connect(lambda: self.add_material(material_name(self.kind_combo.currentText())))
        add_row.addWidget(QLabel(translate("MaterialsPanel", "材料名称")))
        add_row.addWidget(self.kind_combo, 1)
        add_row.addWidget(self.add_button)
        left.addLayout(add_row)

        self.table = QTableWidget(0, 4)
        self.table.setObjectName("materialsTable")
        self.table.setHorizontalHeaderLabels([
            translate("MaterialsPanel", "材料名称"), translate("MaterialsPanel", "文件"),
            translate("MaterialsPanel", "大小"), translate("MaterialsPanel", "状态")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.itemChanged.connect(self._renamed)
        left.addWidget(self.table)
        # The limit and every size in the table come from one rule (domain.materials), in one unit.
        hint = QLabel(translate("MaterialsPanel", "可将图片文件直接拖到此处。每次上传一个文件；"
                                "JPEG 或 PNG 图片，每张不超过 {limit}（{limit_bytes} 字节）。").format(
            limit=size_text(MAX_MATERIAL_BYTES), limit_bytes=f"{MAX_MATERIAL_BYTES:,}"))
        hint.setProperty("role", "hint")
        hint.setWordWrap(True)
        left.addWidget(hint)
        outer.addLayout(left, 3)

        right = QVBoxLayout()
        self.preview = QLabel(translate("MaterialsPanel", "（无预览）"))
        self.preview.setObjectName("materialPreview")
        self.preview.setFixedSize(170, 170)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setStyleSheet("border: 1px solid #c8ced6; background: #fafafa;")
        right.addWidget(self.preview)
        self.info = QLabel()
        self.info.setWordWrap(True)
        right.addWidget(self.info)
        self.choose_button = QPushButton(translate("MaterialsPanel", "选择文件…"))
        self.choose_button.clicked.connect(self._choose)
        self.shrink_button = QPushButton(translate("MaterialsPanel", "压缩图片"))
        self.shrink_button.setObjectName("shrinkButton")
        self.shrink_button.clicked.connect(self.shrink_current)
        self.upload_button = QPushButton(translate("MaterialsPanel", "上传附件"))
        self.upload_button.setObjectName("uploadButton")
        self.upload_button.clicked.connect(self.upload_current)
        for b in (self.choose_button, self.shrink_button, self.upload_button):
            right.addWidget(b)
        self.message = error_label(self)
        self.message.setObjectName("materialMessage")
        right.addWidget(self.message)
        right.addStretch(1)
        outer.addLayout(right, 1)
        self._refresh_buttons()

    # rows -------------------------------------------------------------------------------
    def add_material(self, name: str) -> MaterialRow | None:
        name = name.strip()
        if not name:
            show_error(self.message, translate("MaterialsPanel", "请先选择材料种类或输入材料名称。"))
            return None
        row = MaterialRow(name, materials.kind_for_name(name))
        self.rows.append(row)
        self._render()
        self.table.selectRow(len(self.rows) - 1)
        show_error(self.message, None)
        return row

    def set_existing(self, items: list[UploadedMaterial]) -> None:
        self.rows = [MaterialRow(m.name, m.kind, uploaded=m) for m in items]
        self._render()

    def current_index(self) -> int:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def current(self) -> MaterialRow | None:
        i = self.current_index()
        return self.rows[i] if 0 <= i < len(self.rows) else None

    def _render(self) -> None:
        keep = self.current_index()
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.rows))
        for i, row in enumerate(self.rows):
            filename = row.prepared.filename if row.prepared else (row.uploaded.filename if row.uploaded else "")
            size = row.prepared.size_text() if row.prepared else ""
            for col, text in enumerate((label(row.name), filename, size, row.status)):
                item = QTableWidgetItem(text)
                if col != 0 or row.uploaded is not None:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(i, col, item)
        self.table.blockSignals(False)
        if 0 <= keep < len(self.rows):
            self.table.selectRow(keep)
        self._selection_changed()

    def _renamed(self, item: QTableWidgetItem) -> None:
        if item.column() == 0 and 0 <= item.row() < len(self.rows):
            name = material_name(item.text())
            if name:
                self.rows[item.row()].name = name
                self.rows[item.row()].kind = materials.kind_for_name(name)

    def _selection_changed(self) -> None:
        row = self.current()
        if row is None or row.prepared is None:
            self.preview.setPixmap(QPixmap())
            self.preview.setText(translate("MaterialsPanel", "（无预览）"))
            hint = (translate("MaterialsPanel", "已上传到登记中心。") if row is not None and row.uploaded
                    else translate("MaterialsPanel", "请选择或拖入图片文件。"))
            self.info.setText("" if row is None else hint)
        else:
            pixmap = QPixmap()
            pixmap.loadFromData(row.prepared.thumbnail_png)
            self.preview.setPixmap(pixmap)
            p = row.prepared
            text = (translate("MaterialsPanel",
                              "{filename}\n{width}×{height} 像素，{size}（已压缩，已去除位置等拍摄信息）")
                    if p.shrunk else translate("MaterialsPanel", "{filename}\n{width}×{height} 像素，{size}"))
            self.info.setText(text.format(filename=p.filename, width=p.width, height=p.height, size=p.size_text()))
        if row is not None and row.prepared is not None and row.prepared.over_limit:
            show_error(self.message, row.prepared.limit_message())
        elif row is not None and row.error:
            show_error(self.message, row.error)
        else:
            show_error(self.message, None)
        self._refresh_buttons()

    def _refresh_buttons(self) -> None:
        row = self.current()
        busy = self._busy is not None and not self._busy.done
        self.choose_button.setEnabled(row is not None and not busy)
        over = row is not None and row.prepared is not None and row.prepared.over_limit
        self.shrink_button.setVisible(over)
        self.shrink_button.setEnabled(over and not busy)
        can_upload = (row is not None and row.prepared is not None and not row.prepared.over_limit
                      and row.uploaded is None and self.uploader is not None)
        self.upload_button.setEnabled(bool(can_upload) and not busy)
        self.add_button.setEnabled(not busy)

    # files ------------------------------------------------------------------------------
    def _choose(self) -> None:
        self.file_dialog = open_file(self, self.ctx, "materials", translate("MaterialsPanel", "选择图片"),
                                     translate("MaterialsPanel", "图片 (*.jpg *.jpeg *.png);;所有文件 (*)"),
                                     self.attach_file)

    def attach_file(self, path: str) -> Operation[object] | None:
        index = self.current_index()
        if index < 0:
            added = self.add_material(material_name(self.kind_combo.currentText()))
            if added is None:
                return None
            index = len(self.rows) - 1
        row = self.rows[index]
        return self._run(lambda p: materials.prepare_file(path), lambda prepared: self._attached(row, prepared),
                         row, "prepare material")

    def _attached(self, row: MaterialRow, prepared: PreparedFile) -> None:
        row.prepared = prepared
        row.uploaded = None
        row.error = ""
        self._render()

    def shrink_current(self) -> Operation[object] | None:
        row = self.current()
        if row is None or row.prepared is None:
            return None
        prepared = row.prepared
        self.info.setText(translate("MaterialsPanel", "正在压缩图片…"))
        return self._run(lambda p: materials.shrink(prepared), lambda small: self._attached(row, small),
                         row, "shrink material")

    def upload_current(self) -> Operation[object] | None:
        row = self.current()
        uploader = self.uploader
        if row is None or row.prepared is None or uploader is None or row.prepared.over_limit:
            return None
        prepared, name, kind = row.prepared, row.name, row.kind
        self.info.setText(translate("MaterialsPanel", "正在上传…"))

        def done(result: UploadedMaterial) -> None:
            row.uploaded = result
            self._render()
            self.info.setText(translate("MaterialsPanel", "已上传：{name}").format(name=label(result.name)))
            self.uploaded.emit(result)

        return self._run(lambda p: uploader(name, kind, prepared), done, row, "upload material")

    def _run(self, fn: Callable[[Progress], object], on_success: Callable[..., None], row: MaterialRow,
             name: str) -> Operation[object]:
        def failed(exc: BaseException) -> None:
            from zsdesk.services.errors import user_facing

            self._busy = None
            info = user_facing(exc)
            if info is None and isinstance(exc, (ValueError, OSError)):
                row.error = str(exc)
            elif info is not None:
                row.error = info.message
            else:
                from zsdesk.gui.errors import report_failure

                report_failure(exc, self, name)
            self._render()

        def succeeded(value: object) -> None:
            self._busy = None
            on_success(value)

        self._busy = run_operation(self, fn, on_success=succeeded, on_failure=failed, name=name)
        self._refresh_buttons()
        return self._busy

    # drag and drop ----------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        files = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if files:
            self.attach_file(files[0])
            event.acceptProposedAction()
