<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>ApplicantConsentPage</name>
    <message>
        <source>1. 房地产经纪机构未经买卖双方一致同意擅自办理网签备案、变更买卖合同属违规行为。</source>
        <translation>1. An agency that files or changes a sale contract online without the agreement of both seller and buyer is in breach of the rules.</translation>
    </message>
    <message>
        <source>2. 合同提交后状态为「已签约」即完成网签备案；买卖双方姓名、证件号码、房屋信息提交后不能修改，填错须注销网签备案后重新签订。</source>
        <translation>2. The filing is complete once the submitted contract&apos;s status is &quot;Signed&quot;; the names and ID numbers of seller and buyer and the property details cannot be changed afterwards — a mistake there means cancelling the filing and signing a new contract.</translation>
    </message>
    <message>
        <source>3. 创建后 24 小时内未提交的合同将被登记中心自动删除。</source>
        <translation>3. A contract not submitted within 24 hours of its creation is deleted automatically by the registry.</translation>
    </message>
    <message>
        <source>4. 建议买卖双方选择交易资金监管，保障资金安全。</source>
        <translation>4. Seller and buyer are advised to choose escrow to keep the purchase money safe.</translation>
    </message>
    <message>
        <source>申请人姓名</source>
        <translation>Applicant name</translation>
    </message>
    <message>
        <source>申请人电话</source>
        <translation>Applicant phone</translation>
    </message>
    <message>
        <source>申请人身份证号码</source>
        <translation>Applicant ID card number</translation>
    </message>
    <message>
        <source>（请选择）</source>
        <translation>(please choose)</translation>
    </message>
    <message>
        <source>好差评</source>
        <translation>Service rating</translation>
    </message>
    <message>
        <source>评价意见</source>
        <translation>Rating comment</translation>
    </message>
    <message>
        <source>注意事项（请向买卖双方宣读）</source>
        <translation>Notices (read them out to seller and buyer)</translation>
    </message>
    <message>
        <source>已向买卖双方告知以上注意事项</source>
        <translation>The notices above have been read to seller and buyer</translation>
    </message>
    <message>
        <source>买卖双方同意网签备案（逐一当面确认后记录）</source>
        <translation>Seller and buyer agree to the filing (record each after confirming in person)</translation>
    </message>
    <message>
        <source>当事人</source>
        <translation>Party</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>确认情况</source>
        <translation>Confirmation</translation>
    </message>
    <message>
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>记录同意后合同内容有修改，请重新确认。</source>
        <translation>The contract changed after consent was recorded; please confirm again.</translation>
    </message>
    <message>
        <source>甲方{number}</source>
        <translation>Seller {number}</translation>
    </message>
    <message>
        <source>乙方{number}</source>
        <translation>Buyer {number}</translation>
    </message>
    <message>
        <source>已同意（{method}，{time}，记录人 {recorder}）</source>
        <translation>Agreed ({method}, {time}, recorded by {recorder})</translation>
    </message>
    <message>
        <source>尚未确认</source>
        <translation>Not confirmed yet</translation>
    </message>
    <message>
        <source>记录同意</source>
        <translation>Record consent</translation>
    </message>
    <message>
        <source>重新确认</source>
        <translation>Confirm again</translation>
    </message>
</context>
<context>
    <name>BuyersPage</name>
    <message>
        <source>姓名（名称）</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>国籍</source>
        <translation>Nationality</translation>
    </message>
    <message>
        <source>证件类型</source>
        <translation>ID type</translation>
    </message>
    <message>
        <source>证件号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>住所</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>邮政编码</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>份额（%）</source>
        <translation>Share (%)</translation>
    </message>
    <message>
        <source>代理的乙方</source>
        <translation>Guardian of buyer</translation>
    </message>
    <message>
        <source>法定代理人姓名</source>
        <translation>Legal guardian name</translation>
    </message>
    <message>
        <source>共有性质</source>
        <translation>Co-ownership type</translation>
    </message>
    <message>
        <source>添加共有人</source>
        <translation>Add co-owner</translation>
    </message>
    <message>
        <source>删除选中行</source>
        <translation>Delete selected row</translation>
    </message>
    <message>
        <source>每一格只能填写一个人的信息；乙方为多人时须选择共同共有或按份共有，按份共有的份额合计须为 100%。</source>
        <translation>Each row holds one person only. With more than one buyer, choose joint ownership or ownership by shares; shares must add up to 100%.</translation>
    </message>
    <message>
        <source>为未成年乙方添加法定代理人</source>
        <translation>Add a legal guardian for a minor buyer</translation>
    </message>
    <message>
        <source>乙方{number}（{name}）</source>
        <translation>Buyer {number} ({name})</translation>
    </message>
    <message>
        <source>乙方{number}的份额（%）</source>
        <translation>Share (%) of buyer {number}</translation>
    </message>
    <message>
        <source>乙方{number}「{name}」未满 18 周岁，请添加其法定代理人（父母）</source>
        <translation>Buyer {number} &quot;{name}&quot; is under 18: add their legal guardian (parent)</translation>
    </message>
</context>
<context>
    <name>CancellationDialog</name>
    <message>
        <source>注销网签备案申请 — {contract_no}</source>
        <translation>Cancellation request — {contract_no}</translation>
    </message>
    <message>
        <source>合同编号 {contract_no}&#x3000;备案号 {filing_no}&#x3000;状态：{status}
房屋坐落：{address}</source>
        <translation>Contract no. {contract_no}   Filing number {filing_no}   Status: {status}
Property address: {address}</translation>
    </message>
    <message>
        <source>买卖双方（本人不能到场的，勾选并填写受托人：须提供载明注销事项的公证委托书）</source>
        <translation>Seller and buyer (if someone cannot attend in person, tick the box and enter their authorised agent: a notarised power of attorney naming this cancellation is required)</translation>
    </message>
    <message>
        <source>身份</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>未成年人</source>
        <translation>Minor</translation>
    </message>
    <message>
        <source>本人不能到场</source>
        <translation>Cannot attend</translation>
    </message>
    <message>
        <source>受托人姓名</source>
        <translation>Authorised agent name</translation>
    </message>
    <message>
        <source>甲方{number}</source>
        <translation>Seller {number}</translation>
    </message>
    <message>
        <source>乙方{number}</source>
        <translation>Buyer {number}</translation>
    </message>
    <message>
        <source>是（父母双方到场）</source>
        <translation>Yes (both parents attend)</translation>
    </message>
    <message>
        <source>否</source>
        <translation>No</translation>
    </message>
    <message>
        <source>收件清单（请逐项核对，备齐后勾选）</source>
        <translation>Materials checklist (check each item and tick it once it is ready)</translation>
    </message>
    <message>
        <source>注销原因</source>
        <translation>Reason for cancellation</translation>
    </message>
    <message>
        <source>例如：买卖双方协商一致解除合同</source>
        <translation>e.g. seller and buyer agreed to end the contract</translation>
    </message>
    <message>
        <source>打印注销申请</source>
        <translation>Print cancellation request</translation>
    </message>
    <message>
        <source>提交注销申请</source>
        <translation>Submit cancellation request</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>【{who}】{text}</source>
        <translation>[{who}] {text}</translation>
    </message>
    <message>
        <source>合同状态为「{status}」，登记中心办结后显示「已注销」。</source>
        <translation>The contract is &quot;{status}&quot;; it shows &quot;Cancelled&quot; once the registry completes the cancellation.</translation>
    </message>
    <message>
        <source>合同状态为「{status}」。</source>
        <translation>The contract is &quot;{status}&quot;.</translation>
    </message>
    <message>
        <source>只有创建该合同的从业人员才能申请注销网签备案；可打印申请材料。</source>
        <translation>Only the agent who created this contract can request cancellation; you can print the cancellation request.</translation>
    </message>
    <message>
        <source>还有 {count} 项材料未核对。</source>
        <translation>Still to check: {count}.</translation>
    </message>
    <message>
        <source>材料已核对，可以提交注销申请。提交后合同显示「注销申请中」，直至登记中心办结。</source>
        <translation>Materials checked; you can submit the cancellation request. The contract then shows &quot;Cancellation pending&quot; until the registry completes it.</translation>
    </message>
    <message>
        <source>注销网签备案申请 {contract_no}</source>
        <translation>Cancellation request {contract_no}</translation>
    </message>
    <message>
        <source>提交失败：{error}</source>
        <translation>Submission failed: {error}</translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message>
        <source>提交备案</source>
        <translation>Submit for filing</translation>
    </message>
    <message>
        <source>新建合同</source>
        <translation>New contract</translation>
    </message>
    <message>
        <source>打印预览（草稿）</source>
        <translation>Print preview (draft)</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>房屋：{address}
甲方：{sellers}&#x3000;乙方：{buyers}
成交总价：{price} 元&#x3000;资金监管：{escrow}</source>
        <translation>Property: {address}
Seller: {sellers}   Buyer: {buyers}
Total sale price: {price} CNY   Escrow: {escrow}</translation>
    </message>
    <message>
        <source>（未填写）</source>
        <translation>(not filled in)</translation>
    </message>
    <message>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>否</source>
        <translation>No</translation>
    </message>
    <message>
        <source>{mark} 第{number}步 {page}：{message}</source>
        <translation>{mark} Step {number} {page}: {message}</translation>
    </message>
    <message>
        <source>所有必填项已填写完整，买卖双方已确认同意，可以提交。</source>
        <translation>All required fields are filled in and seller and buyer have agreed: ready to submit.</translation>
    </message>
    <message>
        <source>提交成功：合同状态「{status}」，备案号 {filing_no}（合同编号 {contract_no}）。买卖双方可到相关部门办理不动产转移登记手续。</source>
        <translation>Submitted: contract status &quot;{status}&quot;, filing number {filing_no} (contract no. {contract_no}). Seller and buyer can now register the transfer of the property with the authorities.</translation>
    </message>
    <message>
        <source>打印预览</source>
        <translation>Print preview</translation>
    </message>
    <message>
        <source>登记中心未受理：{reason}</source>
        <translation>Refused by the registry: {reason}</translation>
    </message>
    <message>
        <source>已提交，正在等待与登记中心同步（断网时恢复连接后自动提交）。</source>
        <translation>Submitted; waiting to sync with the registry (when offline, it is sent automatically once the connection is back).</translation>
    </message>
</context>
<context>
    <name>ContractChangeDialog</name>
    <message>
        <source>甲方{number} 姓名</source>
        <translation>Seller {number} name</translation>
    </message>
    <message>
        <source>乙方{number} 姓名</source>
        <translation>Buyer {number} name</translation>
    </message>
    <message>
        <source>法定代理人{number} 姓名</source>
        <translation>Legal guardian {number} name</translation>
    </message>
    <message>
        <source>合同变更</source>
        <translation>Contract change</translation>
    </message>
    <message>
        <source>存量房合同变更 — {contract_no}</source>
        <translation>Contract change — {contract_no}</translation>
    </message>
    <message>
        <source>修改需要变更的合同条款，下方自动列出变更事项、变更前和变更后内容；填写变更原因后提交。
{explanation}</source>
        <translation>Edit the clauses that change; the items with their old and new content are listed below as you go. Enter the reason, then submit.
{explanation}</translation>
    </message>
    <message>
        <source>变更内容（根据您的修改自动生成）</source>
        <translation>Changes (generated from your edits)</translation>
    </message>
    <message>
        <source>变更事项</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>变更前内容</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>变更后内容</source>
        <translation>After</translation>
    </message>
    <message>
        <source>变更原因</source>
        <translation>Reason for change</translation>
    </message>
    <message>
        <source>例如：经双方协商，交房日期推迟</source>
        <translation>e.g. both parties agreed to postpone the handover date</translation>
    </message>
    <message>
        <source>提交变更</source>
        <translation>Submit change</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>重要信息（不可变更）</source>
        <translation>Key information (cannot be changed)</translation>
    </message>
    <message>
        <source>房屋坐落</source>
        <translation>Property address</translation>
    </message>
    <message>
        <source>证件号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>不能变更</source>
        <translation>Cannot be changed</translation>
    </message>
    <message>
        <source>申请注销网签备案（之后重新签订合同）…</source>
        <translation>Request cancellation (then re-sign)…</translation>
    </message>
    <message>
        <source>撤销对重要信息的修改</source>
        <translation>Undo edits to key information</translation>
    </message>
    <message>
        <source>合同条款（可变更）</source>
        <translation>Contract clauses (can be changed)</translation>
    </message>
    <message>
        <source>（未填）</source>
        <translation>(not filled in)</translation>
    </message>
    <message>
        <source>成交总价（元）</source>
        <translation>Total sale price (CNY)</translation>
    </message>
    <message>
        <source>付款方式</source>
        <translation>Payment method</translation>
    </message>
    <message>
        <source>定金（元）</source>
        <translation>Deposit (CNY)</translation>
    </message>
    <message>
        <source>首付款（元）</source>
        <translation>Down payment (CNY)</translation>
    </message>
    <message>
        <source>贷款金额（元）</source>
        <translation>Loan amount (CNY)</translation>
    </message>
    <message>
        <source>贷款银行</source>
        <translation>Lending bank</translation>
    </message>
    <message>
        <source>余款支付日期</source>
        <translation>Balance payment date</translation>
    </message>
    <message>
        <source>交房日期</source>
        <translation>Handover date</translation>
    </message>
    <message>
        <source>交房条件</source>
        <translation>Handover conditions</translation>
    </message>
    <message>
        <source>违约责任</source>
        <translation>Liability for breach</translation>
    </message>
    <message>
        <source>争议解决方式</source>
        <translation>Dispute resolution</translation>
    </message>
    <message>
        <source>仲裁委员会</source>
        <translation>Arbitration commission</translation>
    </message>
    <message>
        <source>补充条款</source>
        <translation>Supplementary terms</translation>
    </message>
    <message>
        <source>「{field}」请填写数字金额</source>
        <translation>&quot;{field}&quot;: enter an amount in figures</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>「{item}」</source>
        <translation>&quot;{item}&quot;</translation>
    </message>
    <message>
        <source>{items}不能变更。{explanation}
可选择：{path}。</source>
        <translation>{items} cannot be changed. {explanation}
What you can do: {path}.</translation>
    </message>
    <message>
        <source>（空）</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>重要信息不能通过合同变更修改。</source>
        <translation>Key information cannot be altered by a contract change.</translation>
    </message>
    <message>
        <source>尚未修改任何条款。</source>
        <translation>No clause changed yet.</translation>
    </message>
    <message>
        <source>共 {count} 项变更。</source>
        <translation>Changes: {count}.</translation>
    </message>
    <message>
        <source>变更已保存，正在发送到登记中心；登记中心接受后合同修订次数加一。</source>
        <translation>Change saved and being sent to the registry; once the registry accepts it, the contract&apos;s revision count goes up by one.</translation>
    </message>
    <message>
        <source>提交失败：{error}</source>
        <translation>Submission failed: {error}</translation>
    </message>
</context>
<context>
    <name>ContractDetailDialog</name>
    <message>
        <source>合同详情</source>
        <translation>Contract details</translation>
    </message>
    <message>
        <source>正在读取本机数据…</source>
        <translation>Reading local data…</translation>
    </message>
    <message>
        <source>合同内容</source>
        <translation>Contract</translation>
    </message>
    <message>
        <source>修订</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>经办人</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <source>变更事项</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>变更前</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>变更后</source>
        <translation>After</translation>
    </message>
    <message>
        <source>修订记录</source>
        <translation>Revisions</translation>
    </message>
    <message>
        <source>材料名称</source>
        <translation>Material</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <source>大小</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>收件材料</source>
        <translation>Materials</translation>
    </message>
    <message>
        <source>显示完整证件号码和电话</source>
        <translation>Show full ID numbers and phone numbers</translation>
    </message>
    <message>
        <source>继续填写</source>
        <translation>Continue editing</translation>
    </message>
    <message>
        <source>从本机副本重新创建</source>
        <translation>Re-create from the local copy</translation>
    </message>
    <message>
        <source>合同变更…</source>
        <translation>Contract change…</translation>
    </message>
    <message>
        <source>注销申请…</source>
        <translation>Request cancellation…</translation>
    </message>
    <message>
        <source>打印注销申请</source>
        <translation>Print cancellation request</translation>
    </message>
    <message>
        <source>打印预览</source>
        <translation>Print preview</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>合同详情 — {contract_no} · {status}</source>
        <translation>Contract details — {contract_no} · {status}</translation>
    </message>
    <message>
        <source>草稿</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>正在从登记中心读取修订记录和收件材料…</source>
        <translation>Reading revisions and materials from the registry…</translation>
    </message>
    <message>
        <source>离线：修订记录 {count} 条为本机保存的副本；收件材料联网后显示。</source>
        <translation>Offline: revisions shown from the copy on this PC: {count}. Materials are shown once online.</translation>
    </message>
    <message>
        <source>离线：修订记录和收件材料联网后显示。</source>
        <translation>Offline: revisions and materials are shown once online.</translation>
    </message>
    <message>
        <source>修订记录和收件材料在合同于登记中心创建并联网后显示。</source>
        <translation>Revisions and materials are shown once the contract exists at the registry and you are online.</translation>
    </message>
    <message>
        <source>状态：{status}</source>
        <translation>Status: {status}</translation>
    </message>
    <message>
        <source>状态：注销申请中 —— 买卖双方须本人持有效身份证件原件和申请材料到登记中心办理，登记中心办结后显示「已注销」。</source>
        <translation>Status: Cancellation pending — seller and buyer must come to the registry in person with their original ID documents and the cancellation request; it shows &quot;Cancelled&quot; once the registry completes it.</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>等待发送到登记中心：{items}</source>
        <translation>Waiting to be sent to the registry: {items}</translation>
    </message>
    <message>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <source>登记中心未接受：{items}</source>
        <translation>Not accepted by the registry: {items}</translation>
    </message>
    <message>
        <source>已办理合同变更：{count} 次（修订记录来自登记中心）。</source>
        <translation>Changes filed: {count} (revisions from the registry).</translation>
    </message>
    <message>
        <source>登记中心暂无修订记录（未办理过合同变更）。</source>
        <translation>The registry has no revisions (the contract has never been changed).</translation>
    </message>
</context>
<context>
    <name>ContractWizardWidget</name>
    <message>
        <source>上一步</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>下一步</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>{problem}；改正（或清空）后才能离开本页。</source>
        <translation>{problem}. Correct (or clear) it before leaving this page.</translation>
    </message>
    <message>
        <source>正在查询房源…</source>
        <translation>Verifying the property…</translation>
    </message>
    <message>
        <source>房源验证未通过</source>
        <translation>Property verification failed</translation>
    </message>
    <message>
        <source>房源验证成功，合同草稿已保存</source>
        <translation>Property verified; contract draft saved</translation>
    </message>
    <message>
        <source>操作失败</source>
        <translation>Operation failed</translation>
    </message>
    <message>
        <source>记录同意</source>
        <translation>Record consent</translation>
    </message>
    <message>
        <source>「{name}」已当面确认同意按本合同内容办理网签备案？</source>
        <translation>Has &quot;{name}&quot; confirmed in person that they agree to file this contract as it stands?</translation>
    </message>
    <message>
        <source>{label}：{value}</source>
        <translation>{label}: {value}</translation>
    </message>
    <message>
        <source>提交备案前请再核对一次</source>
        <translation>Check once more before filing</translation>
    </message>
    <message>
        <source>以上信息无误，提交备案</source>
        <translation>All of the above is correct: file the contract</translation>
    </message>
    <message>
        <source>合同已签约，备案号 {filing_no}</source>
        <translation>Contract signed, filing number {filing_no}</translation>
    </message>
    <message>
        <source>暂时无法与登记中心同步，已保存在本机，恢复连接后自动提交。</source>
        <translation>Cannot sync with the registry right now; saved on this computer and sent automatically once the connection is back.</translation>
    </message>
</context>
<context>
    <name>EscrowPage</name>
    <message>
        <source>否</source>
        <translation>No</translation>
    </message>
    <message>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>是否选择监管交易资金</source>
        <translation>Use escrow</translation>
    </message>
    <message>
        <source>（请选择）</source>
        <translation>(please choose)</translation>
    </message>
    <message>
        <source>监管银行</source>
        <translation>Escrow bank</translation>
    </message>
    <message>
        <source>监管金额（元）</source>
        <translation>Escrow amount (CNY)</translation>
    </message>
    <message>
        <source>监管网点</source>
        <translation>Escrow branch</translation>
    </message>
    <message>
        <source>打开建设银行「龙存管」系统</source>
        <translation>Open CCB Longcunguan escrow</translation>
    </message>
    <message>
        <source>{route}
请买卖双方携带：
{documents}
参阅：{manual}</source>
        <translation>{route}
Seller and buyer should bring:
{documents}
See: {manual}</translation>
    </message>
</context>
<context>
    <name>HandoverOtherPage</name>
    <message>
        <source>交房日期</source>
        <translation>Handover date</translation>
    </message>
    <message>
        <source>交房条件</source>
        <translation>Handover conditions</translation>
    </message>
    <message>
        <source>办理转移登记期限（日）</source>
        <translation>Transfer registration within (days)</translation>
    </message>
    <message>
        <source>甲方承担税费</source>
        <translation>Taxes and fees paid by seller</translation>
    </message>
    <message>
        <source>乙方承担税费</source>
        <translation>Taxes and fees paid by buyer</translation>
    </message>
    <message>
        <source>逾期违约金（‰/日）</source>
        <translation>Late penalty (‰ per day)</translation>
    </message>
    <message>
        <source>违约责任</source>
        <translation>Liability for breach</translation>
    </message>
    <message>
        <source>（请选择）</source>
        <translation>(please choose)</translation>
    </message>
    <message>
        <source>争议解决方式</source>
        <translation>Dispute resolution</translation>
    </message>
    <message>
        <source>如：中山仲裁委员会</source>
        <translation>e.g. Zhongshan Arbitration Commission</translation>
    </message>
    <message>
        <source>仲裁委员会</source>
        <translation>Arbitration commission</translation>
    </message>
    <message>
        <source>补充条款</source>
        <translation>Supplementary terms</translation>
    </message>
    <message>
        <source>「办理转移登记期限（日）」请填写整数天数，如 30</source>
        <translation>“Days to register the transfer”: enter a whole number of days, e.g. 30</translation>
    </message>
    <message>
        <source>「逾期违约金（‰/日）」请填写数字，如 0.5</source>
        <translation>“Late-payment penalty (‰/day)”: enter a number, e.g. 0.5</translation>
    </message>
</context>
<context>
    <name>PowerOfAttorneyDialog</name>
    <message>
        <source>打印委托书</source>
        <translation>Print power of attorney</translation>
    </message>
    <message>
        <source>（请先在企业信息核查中填写企业名称）</source>
        <translation>(enter the company name in Enterprise record first)</translation>
    </message>
    <message>
        <source>委托方：{agency}
受托方为代本机构办理业务的人员；勾选的事项打 √，未勾选的打 ×。受托方无转委托权。</source>
        <translation>Principal: {agency}
The authorised agent is the person acting for this agency; ticked items print with √, unticked ones with ×. The authorised agent may not delegate further.</translation>
    </message>
    <message>
        <source>受托方姓名</source>
        <translation>Authorised agent name</translation>
    </message>
    <message>
        <source>身份证号</source>
        <translation>ID card number</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>1、代委托方递交相关资料，申请开设委托方的中介机构账号。</source>
        <translation>1. Submit documents on the principal&apos;s behalf to open the principal&apos;s agency account.</translation>
    </message>
    <message>
        <source>2、使用委托方的中介从业人员账号办理存量房网上签约业务。</source>
        <translation>2. Use the principal&apos;s agent account to file second-hand housing sale contracts online.</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>打印预览…</source>
        <translation>Print preview…</translation>
    </message>
</context>
<context>
    <name>PricePage</name>
    <message>
        <source>成交总价（元）</source>
        <translation>Total sale price (CNY)</translation>
    </message>
    <message>
        <source>定金（元）</source>
        <translation>Deposit (CNY)</translation>
    </message>
    <message>
        <source>首付款（元）</source>
        <translation>Down payment (CNY)</translation>
    </message>
    <message>
        <source>贷款金额（元）</source>
        <translation>Loan amount (CNY)</translation>
    </message>
    <message>
        <source>人民币（大写）</source>
        <translation>Amount in Chinese capitals</translation>
    </message>
    <message>
        <source>成交单价</source>
        <translation>Price per m²</translation>
    </message>
    <message>
        <source>（请选择）</source>
        <translation>(please choose)</translation>
    </message>
    <message>
        <source>付款方式</source>
        <translation>Payment method</translation>
    </message>
    <message>
        <source>定金支付日期</source>
        <translation>Deposit payment date</translation>
    </message>
    <message>
        <source>首付款支付日期</source>
        <translation>Down payment date</translation>
    </message>
    <message>
        <source>余款支付日期</source>
        <translation>Balance payment date</translation>
    </message>
    <message>
        <source>贷款银行</source>
        <translation>Lending bank</translation>
    </message>
    <message>
        <source>「{field}」{message}</source>
        <translation>“{field}”: {message}</translation>
    </message>
</context>
<context>
    <name>PropertySellersPage</name>
    <message>
        <source>房屋坐落</source>
        <translation>Property address</translation>
    </message>
    <message>
        <source>不动产单元号</source>
        <translation>Real-estate unit no.</translation>
    </message>
    <message>
        <source>权属证书号</source>
        <translation>Ownership certificate no.</translation>
    </message>
    <message>
        <source>建筑面积（m²）</source>
        <translation>Floor area (m²)</translation>
    </message>
    <message>
        <source>用途 / 结构</source>
        <translation>Use / structure</translation>
    </message>
    <message>
        <source>抵押 / 查封</source>
        <translation>Mortgages / seizures</translation>
    </message>
    <message>
        <source>甲方（转让方）——姓名、证件按登记簿，不能修改；请补充住所和联系电话</source>
        <translation>Seller — name and ID as in the register, cannot be edited; please add address and phone</translation>
    </message>
    <message>
        <source>已抵押</source>
        <translation>Mortgaged</translation>
    </message>
    <message>
        <source>无</source>
        <translation>None</translation>
    </message>
    <message>
        <source>甲方{number}：{name}（{id_type} {id_number}）</source>
        <translation>Seller {number}: {name} ({id_type} {id_number})</translation>
    </message>
    <message>
        <source>住所</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>邮政编码</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
</context>
<context>
    <name>VerifyPage</name>
    <message>
        <source>注意：{text}</source>
        <translation>Note: {text}</translation>
    </message>
    <message>
        <source>查询方式</source>
        <translation>Search by</translation>
    </message>
    <message>
        <source>房产证号</source>
        <translation>Property certificate no.</translation>
    </message>
    <message>
        <source>产权人姓名</source>
        <translation>Owner name</translation>
    </message>
    <message>
        <source>产权人证件号码</source>
        <translation>Owner ID number</translation>
    </message>
    <message>
        <source>查询房源</source>
        <translation>Verify property</translation>
    </message>
    <message>
        <source>练习房源</source>
        <translation>Training properties</translation>
    </message>
    <message>
        <source>练习环境：以下是登记簿中虚构的演示房源。选择一个，自动填写下面的查询表格，再点击「查询房源」。</source>
        <translation>Training environment: these are fictitious demo properties in the register. Choose one to fill in the form below, then click &quot;Verify property&quot;.</translation>
    </message>
    <message>
        <source>正在读取练习房源…</source>
        <translation>Loading training properties…</translation>
    </message>
    <message>
        <source>（选择一个练习房源）</source>
        <translation>(choose a training property)</translation>
    </message>
    <message>
        <source>练习房源读取失败，可直接手工填写下面的表格</source>
        <translation>Could not load training properties; fill in the form below by hand</translation>
    </message>
    <message>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <source>坐落：{address}</source>
        <translation>Address: {address}</translation>
    </message>
    <message>
        <source>产权人：{owners}</source>
        <translation>Owners: {owners}</translation>
    </message>
    <message>
        <source>共有房屋：填写任一产权人即可查询。</source>
        <translation>Co-owned property: any one owner is enough to verify it.</translation>
    </message>
    <message>
        <source>此房源用于演示查询被拒绝（不能办理网签）。</source>
        <translation>This property demonstrates a refused verification (it cannot be filed).</translation>
    </message>
    <message>
        <source>{details}，一代身份证</source>
        <translation>{details}, first-generation ID card</translation>
    </message>
    <message>
        <source>{details}，{share}%</source>
        <translation>{details}, {share}%</translation>
    </message>
    <message>
        <source>{name}（{details}）</source>
        <translation>{name} ({details})</translation>
    </message>
    <message>
        <source>不动产权证号</source>
        <translation>Title certificate no.</translation>
    </message>
    <message>
        <source>不动产单元号</source>
        <translation>Real-estate unit no.</translation>
    </message>
    <message>
        <source>房源验证成功：{address}（产权人：{owners}）。合同草稿已保存，请点击「下一步」录入合同。</source>
        <translation>Property verified: {address} (owners: {owners}). The contract draft is saved; click &quot;Next&quot; to fill in the contract.</translation>
    </message>
</context>
</TS>
