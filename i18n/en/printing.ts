<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>BatchPrintDialog</name>
    <message>
        <source>正在打印第 {number}/{total} 份：{title}</source>
        <translation>Printing {number}/{total}: {title}</translation>
    </message>
    <message>
        <source>完成</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>批量打印</source>
        <translation>Batch print</translation>
    </message>
    <message>
        <source>共 {count} 份合同</source>
        <translation>Contracts: {count}</translation>
    </message>
    <message>
        <source>正在准备…</source>
        <translation>Preparing…</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>打印到：PDF 文件，每份合同一个文件，保存在 {folder}</source>
        <translation>Print to: PDF files, one per contract, saved in {folder}</translation>
    </message>
    <message>
        <source>打印到：{printer}</source>
        <translation>Print to: {printer}</translation>
    </message>
    <message>
        <source>批量打印 {count} 份合同</source>
        <translation>Batch print (contracts: {count})</translation>
    </message>
    <message>
        <source>批量另存为 PDF</source>
        <translation>Batch save as PDF</translation>
    </message>
    <message>
        <source>批量另存为 PDF：{count} 份合同</source>
        <translation>Batch save as PDF (contracts: {count})</translation>
    </message>
    <message>
        <source>保存到：{folder}（文件名为合同编号、当事人和状态，不含证件号码）</source>
        <translation>Save to: {folder} (file names show the contract number, parties and status, never an ID number)</translation>
    </message>
    <message>
        <source>正在取消…（当前这一页完成后停止）</source>
        <translation>Cancelling… (stops once the current page is done)</translation>
    </message>
    <message>
        <source>完成：{done} 份已保存，{failed} 份未能生成（见下表）。</source>
        <translation>Done: {done} saved, {failed} could not be generated (see the list below).</translation>
    </message>
    <message>
        <source>完成：{done} 份已保存。</source>
        <translation>Done: {done} saved.</translation>
    </message>
    <message>
        <source>完成：{done} 份已打印，{failed} 份未能生成（见下表）。</source>
        <translation>Done: {done} printed, {failed} could not be generated (see the list below).</translation>
    </message>
    <message>
        <source>完成：{done} 份已打印。</source>
        <translation>Done: {done} printed.</translation>
    </message>
    <message>
        <source>第 {number} 份：{error}</source>
        <translation>Contract {number}: {error}</translation>
    </message>
    <message>
        <source>已取消</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>已取消。已完成的 {count} 份不受影响，未完成的没有留下半份文件。</source>
        <translation>Cancelled. Finished: {count}, unaffected; the unfinished ones left no partial files.</translation>
    </message>
    <message>
        <source>批量保存中断。</source>
        <translation>Batch save interrupted.</translation>
    </message>
    <message>
        <source>批量打印中断。</source>
        <translation>Batch print interrupted.</translation>
    </message>
    <message>
        <source>选择保存 PDF 的文件夹</source>
        <translation>Choose a folder for the PDF files</translation>
    </message>
</context>
<context>
    <name>PagePrinter</name>
    <message>
        <source>正在生成预览：第 {page}/{count} 页</source>
        <translation>Generating preview: page {page}/{count}</translation>
    </message>
    <message>
        <source>打印机无法开始打印，请检查打印机是否连接并处于就绪状态。</source>
        <translation>The printer could not start printing. Check that it is connected and ready.</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <source>正在生成文档…</source>
        <translation>Generating the document…</translation>
    </message>
    <message>
        <source>打印预览</source>
        <translation>Print preview</translation>
    </message>
    <message>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>另存为 PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>上一页</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <source>下一页</source>
        <translation>Next page</translation>
    </message>
    <message>
        <source>适合宽度</source>
        <translation>Fit width</translation>
    </message>
    <message>
        <source>整页</source>
        <translation>Whole page</translation>
    </message>
    <message>
        <source>放大</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>缩小</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>打印预览 — {title}</source>
        <translation>Print preview — {title}</translation>
    </message>
    <message>
        <source>注意：{warnings}</source>
        <translation>Note: {warnings}</translation>
    </message>
    <message>
        <source>文档生成失败，请关闭后重试。</source>
        <translation>The document could not be generated. Close this window and try again.</translation>
    </message>
    <message>
        <source>第 {page} 页，共 {count} 页</source>
        <translation>Page {page} of {count}</translation>
    </message>
    <message>
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>正在发送到打印机…</source>
        <translation>Sending to the printer…</translation>
    </message>
    <message>
        <source>正在打印：{done}/{total} 页</source>
        <translation>Printing: page {done}/{total}</translation>
    </message>
    <message>
        <source>已发送到打印机（{sides} 面）。</source>
        <translation>Sent to the printer ({sides} sides).</translation>
    </message>
    <message>
        <source>打印失败。</source>
        <translation>Printing failed.</translation>
    </message>
    <message>
        <source>已保存：{path}</source>
        <translation>Saved: {path}</translation>
    </message>
</context>
<context>
    <name>SavePdf</name>
    <message>
        <source>另存为 PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
</context>
</TS>
