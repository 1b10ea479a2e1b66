<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>ApprovedStaffPage</name>
    <message>
        <source>已审核从业人员查询</source>
        <translation>Approved staff</translation>
    </message>
    <message>
        <source>审核通过的从业人员及其网签登录账号。登录密码已由交易中心以短信发送给本人；从业人员首次登录时需用自己的统一身份认证账号关联此网签账号。</source>
        <translation>Approved agents and their filing accounts. The registry has sent each agent the password by SMS; when logging in for the first time, an agent binds this filing account to their own unified-identity account.</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>网签登录账号</source>
        <translation>Filing account</translation>
    </message>
    <message>
        <source>证件号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>手机号码</source>
        <translation>Mobile number</translation>
    </message>
    <message>
        <source>账号状态</source>
        <translation>Account status</translation>
    </message>
    <message>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>注销账号…</source>
        <translation>Deactivate account…</translation>
    </message>
    <message>
        <source>正常</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>已注销</source>
        <translation>Deactivated</translation>
    </message>
    <message>
        <source>还没有审核通过的从业人员。</source>
        <translation>No approved agents yet.</translation>
    </message>
    <message>
        <source>注销从业人员账号</source>
        <translation>Deactivate agent account</translation>
    </message>
    <message>
        <source>确定注销</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>已注销 {name} 的网签账号。</source>
        <translation>The filing account of {name} has been deactivated.</translation>
    </message>
</context>
<context>
    <name>ContractListModel</name>
    <message>
        <source>{name}（{id_number}）</source>
        <translation>{name} ({id_number})</translation>
    </message>
    <message>
        <source>合同编号</source>
        <translation>Contract no.</translation>
    </message>
    <message>
        <source>（待登记中心编号）</source>
        <translation>(awaiting registry number)</translation>
    </message>
    <message>
        <source>备案号</source>
        <translation>Filing number</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>房屋坐落</source>
        <translation>Property address</translation>
    </message>
    <message>
        <source>出卖人</source>
        <translation>Seller</translation>
    </message>
    <message>
        <source>买受人</source>
        <translation>Buyer</translation>
    </message>
    <message>
        <source>经办人</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <source>创建时间</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>草稿剩余时间</source>
        <translation>Draft time left</translation>
    </message>
    <message>
        <source>读取本机数据失败：{error}</source>
        <translation>Could not read local data: {error}</translation>
    </message>
    <message>
        <source>读取更多合同失败：{error}</source>
        <translation>Could not load more contracts: {error}</translation>
    </message>
</context>
<context>
    <name>ContractsPage</name>
    <message>
        <source>存量房买卖合同</source>
        <translation>Sale contract</translation>
    </message>
    <message>
        <source>办理步骤：① 房源验证（房产证号、不动产权证号，或姓名＋不动产单元号，产权人姓名和证件号码按证书或登记簿填写）→ ② 录入买卖双方和合同条款 → ③ 资金监管、申请人信息、好差评 → ④ 买卖双方同意后提交，状态变为「已签约」即完成备案。
注意：创建后 24 小时内未提交的合同会被登记中心删除；房屋赠与、土地买卖不属于存量房网签范围。下面是本机保存的未提交合同（草稿），双击继续填写。</source>
        <translation>Steps: ① property verification (property certificate no., title certificate no., or name + real-estate unit no.; enter the owner&apos;s name and ID number as on the certificate or in the register) → ② enter seller, buyer and contract terms → ③ escrow, applicant details, service rating → ④ submit once both parties agree; the filing is complete when the status becomes &quot;Signed&quot;.
Note: the registry deletes a contract not submitted within 24 hours of creation; gifts of housing and land sales are outside second-hand housing filing. Below are the unsubmitted contracts (drafts) saved on this computer; double-click one to continue editing.</translation>
    </message>
    <message>
        <source>本机没有未提交的合同。点击「新建合同」（Ctrl+N）开始。</source>
        <translation>No unsubmitted contracts on this computer. Click &quot;New contract&quot; (Ctrl+N) to start.</translation>
    </message>
    <message>
        <source>我的合同</source>
        <translation>My contracts</translation>
    </message>
    <message>
        <source>本人创建的全部合同（本机缓存，断网也可查看和查找）。双击打开详情，草稿双击继续填写。</source>
        <translation>All contracts you created (cached on this computer, so you can view and search them offline). Double-click to open the details; double-click a draft to continue editing.</translation>
    </message>
    <message>
        <source>本机还没有合同。联网同步后，登记中心上的合同会显示在这里。</source>
        <translation>No contracts on this computer yet. After syncing online, your contracts at the registry appear here.</translation>
    </message>
    <message>
        <source>合同变更</source>
        <translation>Contract changes</translation>
    </message>
    <message>
        <source>已备案（已签约）的合同可由创建该合同的从业人员办理「存量房合同变更」：填写变更事项、变更前和变更后内容。买卖双方姓名、证件号码、房屋信息等重要信息不能变更，只能注销备案后重新签订。</source>
        <translation>A filed (signed) contract can be changed by the agent who created it: enter the item changed and its content before and after. Key details such as the parties&apos; names, ID numbers and the property cannot be changed; for those, cancel the filing and sign a new contract.</translation>
    </message>
    <message>
        <source>没有可变更的已备案合同。</source>
        <translation>No filed contracts that can be changed.</translation>
    </message>
    <message>
        <source>注销申请</source>
        <translation>Cancellations</translation>
    </message>
    <message>
        <source>注销网签备案须买卖双方本人持有效身份证件原件和申请材料到中山市房地产交易管理事务中心办理。有未成年人的一方需父母双方到场，并提供未成年人保证书和能证明亲子关系的户口本或出生证明；委托他人办理的，须提供载明注销事项的公证委托书。</source>
        <translation>To cancel a filing, seller and buyer must come in person to the registry (Zhongshan Real Estate Transaction Management Centre) with their original valid ID documents and the request materials. A party that includes a minor needs both parents present, a minor&apos;s guarantee and a household register or birth certificate proving the parent-child relationship; anyone acting through an authorised agent needs a notarised power of attorney stating the cancellation.</translation>
    </message>
    <message>
        <source>没有已备案或注销中的合同。</source>
        <translation>No filed contracts or contracts being cancelled.</translation>
    </message>
    <message>
        <source>本机构合同</source>
        <translation>Agency contracts</translation>
    </message>
    <message>
        <source>本机构全部从业人员签订的存量房买卖合同（机构账号只能查看，不能签订）。</source>
        <translation>Second-hand housing sale contracts signed by all of this agency&apos;s agents (the agency account can view them but cannot sign contracts).</translation>
    </message>
    <message>
        <source>本机还没有本机构的合同。联网同步后会显示在这里。</source>
        <translation>No agency contracts on this computer yet. They appear here after syncing online.</translation>
    </message>
    <message>
        <source>查找：姓名、证件号码、不动产权证号/房产证号、不动产单元号或房屋坐落（Ctrl+F）</source>
        <translation>Search: name, ID number, title/property certificate no., real-estate unit no. or address (Ctrl+F)</translation>
    </message>
    <message>
        <source>按什么查找：自动识别输入的是姓名、证件号码、证书号/单元号还是地址</source>
        <translation>Search by: detected automatically from what you type (name, ID number, certificate/unit no. or address)</translation>
    </message>
    <message>
        <source>新建合同（Ctrl+N）</source>
        <translation>New contract (Ctrl+N)</translation>
    </message>
    <message>
        <source>全部状态</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>创建日期</source>
        <translation>Created from</translation>
    </message>
    <message>
        <source>至</source>
        <translation>to</translation>
    </message>
    <message>
        <source>全部从业人员</source>
        <translation>All agents</translation>
    </message>
    <message>
        <source>经办人</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <source>排序</source>
        <translation>Sort</translation>
    </message>
    <message>
        <source>继续填写</source>
        <translation>Continue editing</translation>
    </message>
    <message>
        <source>删除草稿</source>
        <translation>Delete draft</translation>
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
        <source>查看详情</source>
        <translation>View details</translation>
    </message>
    <message>
        <source>打印预览（Ctrl+P）</source>
        <translation>Print preview (Ctrl+P)</translation>
    </message>
    <message>
        <source>批量打印</source>
        <translation>Batch print</translation>
    </message>
    <message>
        <source>{problem}；列表仍按修改前的条件显示。</source>
        <translation>{problem}. The list still shows the results of the previous filter.</translation>
    </message>
    <message>
        <source>没有找到符合条件的合同。</source>
        <translation>No matching contracts found.</translation>
    </message>
    <message>
        <source>已显示 {count} 份</source>
        <translation>{count} shown</translation>
    </message>
    <message>
        <source>已显示 {count} 份，向下滚动加载更多</source>
        <translation>{count} shown, scroll down to load more</translation>
    </message>
    <message>
        <source>按姓名查找</source>
        <translation>By name</translation>
    </message>
    <message>
        <source>按证件号码（精确）查找</source>
        <translation>By ID number (exact)</translation>
    </message>
    <message>
        <source>按证书号/单元号查找</source>
        <translation>By certificate/unit no.</translation>
    </message>
    <message>
        <source>按房屋坐落查找</source>
        <translation>By address</translation>
    </message>
    <message>
        <source>{how}，{shown}</source>
        <translation>{how}: {shown}</translation>
    </message>
    <message>
        <source>请先在列表中选中一份合同。</source>
        <translation>Select a contract in the list first.</translation>
    </message>
    <message>
        <source>从本机副本重新创建</source>
        <translation>Re-create from the local copy</translation>
    </message>
    <message>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>草稿已删除。</source>
        <translation>Draft deleted.</translation>
    </message>
    <message>
        <source>无法新建合同：{error}</source>
        <translation>Cannot create a new contract: {error}</translation>
    </message>
    <message>
        <source>正在用本机副本重新创建草稿…</source>
        <translation>Re-creating the draft from the local copy…</translation>
    </message>
    <message>
        <source>已用本机副本重新创建草稿，正在同步到登记中心。</source>
        <translation>Draft re-created from the local copy; syncing it to the registry.</translation>
    </message>
    <message>
        <source>← 返回合同列表</source>
        <translation>← Back to contract list</translation>
    </message>
    <message>
        <source>保存草稿时出错：{error}</source>
        <translation>Error saving the draft: {error}</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>未填写</source>
        <translation>Not filled in</translation>
    </message>
    <message>
        <source>可直接输入，如 2015-03-01、2015/3/1、20150301、2015年3月1日；Alt+↓ 或点右侧日历图标选择</source>
        <translation>Type a date, e.g. 2015-03-01, 2015/3/1, 20150301 (year, month, day); or press Alt+↓ or the calendar icon to pick one</translation>
    </message>
    <message>
        <source>打开日历（Alt+↓）</source>
        <translation>Open the calendar (Alt+↓)</translation>
    </message>
</context>
<context>
    <name>EnterprisePage</name>
    <message>
        <source>企业信息核查</source>
        <translation>Enterprise record</translation>
    </message>
    <message>
        <source>正在读取企业信息…</source>
        <translation>Loading the enterprise record…</translation>
    </message>
    <message>
        <source>营业执照信息</source>
        <translation>Business licence</translation>
    </message>
    <message>
        <source>资质证书信息</source>
        <translation>Qualification certificate</translation>
    </message>
    <message>
        <source>{label}＊</source>
        <translation>{label} *</translation>
    </message>
    <message>
        <source>提示：如无资质证书，资质有效期可填与营业期限一致；营业期限、资质有效期都不能超过今天起 2 年。</source>
        <translation>Tip: without a qualification certificate, enter the business term as the qualification validity; neither may end more than 2 years from today.</translation>
    </message>
    <message>
        <source>收件材料（上传营业执照图片）</source>
        <translation>Materials (upload a picture of the business licence)</translation>
    </message>
    <message>
        <source>提交审核</source>
        <translation>Submit for review</translation>
    </message>
    <message>
        <source>提交意见（必填），例如：首次登记，请审核。</source>
        <translation>Submission comment (required), e.g. First registration, please review.</translation>
    </message>
    <message>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>打印委托书…</source>
        <translation>Print power of attorney…</translation>
    </message>
    <message>
        <source>按登记中心附件模板打印委托书（开设机构账号勾选 1，从业人员网签勾选 2）</source>
        <translation>Print the power of attorney on the registry&apos;s template (tick 1 to open the agency account, 2 for agents&apos; online filing)</translation>
    </message>
    <message>
        <source>审核状态：{status}。{next_step}</source>
        <translation>Review status: {status}. {next_step}</translation>
    </message>
    <message>
        <source>退回原因：{reason}</source>
        <translation>Reason for rejection: {reason}</translation>
    </message>
    <message>
        <source>「{field}」填写的不是日期，尚未保存或提交；请改正后再操作。</source>
        <translation>“{field}” does not hold a date; nothing was saved or submitted. Correct it and try again.</translation>
    </message>
    <message>
        <source>已保存。</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>提交需要填写提交意见。</source>
        <translation>Enter a submission comment to submit.</translation>
    </message>
    <message>
        <source>请先改正标红的项目。</source>
        <translation>Correct the items marked in red first.</translation>
    </message>
    <message>
        <source>已提交，等待交易中心审核。</source>
        <translation>Submitted; awaiting review by the registry.</translation>
    </message>
    <message>
        <source>企业信息尚未送达登记中心，填写的内容仍在此页；恢复连接后请再操作一次。</source>
        <translation>The enterprise record has not reached the registry; what you entered is still on this page. Please try again once the connection is back.</translation>
    </message>
</context>
<context>
    <name>MaterialsPanel</name>
    <message>
        <source>已上传</source>
        <translation>Uploaded</translation>
    </message>
    <message>
        <source>不能上传</source>
        <translation>Cannot upload</translation>
    </message>
    <message>
        <source>未选择文件</source>
        <translation>No file chosen</translation>
    </message>
    <message>
        <source>待上传</source>
        <translation>Ready to upload</translation>
    </message>
    <message>
        <source>选择材料种类，或直接输入材料名称</source>
        <translation>Choose a kind of material, or type the material&apos;s name</translation>
    </message>
    <message>
        <source>添加收件材料</source>
        <translation>Add material</translation>
    </message>
    <message>
        <source>材料名称</source>
        <translation>Material</translation>
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
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>超过 {limit}</source>
        <translation>Over {limit}</translation>
    </message>
    <message>
        <source>可将图片文件直接拖到此处。每次上传一个文件；JPEG 或 PNG 图片，每张不超过 {limit}（{limit_bytes} 字节）。</source>
        <translation>You can drop picture files here. One file is uploaded at a time; JPEG or PNG pictures, each at most {limit} ({limit_bytes} bytes).</translation>
    </message>
    <message>
        <source>（无预览）</source>
        <translation>(no preview)</translation>
    </message>
    <message>
        <source>选择文件…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <source>压缩图片</source>
        <translation>Shrink picture</translation>
    </message>
    <message>
        <source>上传附件</source>
        <translation>Upload</translation>
    </message>
    <message>
        <source>请先选择材料种类或输入材料名称。</source>
        <translation>Choose a kind of material or type a material name first.</translation>
    </message>
    <message>
        <source>已上传到登记中心。</source>
        <translation>Uploaded to the registry.</translation>
    </message>
    <message>
        <source>请选择或拖入图片文件。</source>
        <translation>Choose or drop a picture file.</translation>
    </message>
    <message>
        <source>{filename}
{width}×{height} 像素，{size}（已压缩，已去除位置等拍摄信息）</source>
        <translation>{filename}
{width}×{height} pixels, {size} (shrunk; location and other camera data removed)</translation>
    </message>
    <message>
        <source>{filename}
{width}×{height} 像素，{size}</source>
        <translation>{filename}
{width}×{height} pixels, {size}</translation>
    </message>
    <message>
        <source>选择图片</source>
        <translation>Choose picture</translation>
    </message>
    <message>
        <source>图片 (*.jpg *.jpeg *.png);;所有文件 (*)</source>
        <translation>Pictures (*.jpg *.jpeg *.png);;All files (*)</translation>
    </message>
    <message>
        <source>正在压缩图片…</source>
        <translation>Shrinking the picture…</translation>
    </message>
    <message>
        <source>正在上传…</source>
        <translation>Uploading…</translation>
    </message>
    <message>
        <source>已上传：{name}</source>
        <translation>Uploaded: {name}</translation>
    </message>
</context>
<context>
    <name>OpenExternal</name>
    <message>
        <source>未能打开文件夹：本机没有可用的文件管理器。请复制以下路径，在文件管理器中打开：
{target}</source>
        <translation>Could not open the folder: this PC has no file manager available. Copy this path and open it in a file manager:
{target}</translation>
    </message>
    <message>
        <source>未能打开浏览器：本机没有设置可用的默认浏览器。请复制以下网址，在浏览器中打开：
{target}</source>
        <translation>Could not open a web browser: this PC has no default browser set up. Copy this address and open it in a browser:
{target}</translation>
    </message>
    <message>
        <source>未能打开</source>
        <translation>Could not open</translation>
    </message>
</context>
<context>
    <name>PageCommon</name>
    <message>
        <source>蓝色框为必填项（与登记中心网签系统一致）；红色框表示内容有误，错误原因显示在该项下方。</source>
        <translation>Blue frames mark required fields (as in the registry&apos;s filing system); a red frame means the entry is wrong, with the reason shown below it.</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>添加从业人员</source>
        <translation>Add agent</translation>
    </message>
    <message>
        <source>人员信息</source>
        <translation>Agent details</translation>
    </message>
    <message>
        <source>审核通过后，网签登录密码以短信发送到此号码</source>
        <translation>Once approved, the filing password is sent to this number by SMS</translation>
    </message>
    <message>
        <source>姓名＊</source>
        <translation>Name *</translation>
    </message>
    <message>
        <source>证件类型＊</source>
        <translation>ID type *</translation>
    </message>
    <message>
        <source>证件号码＊</source>
        <translation>ID number *</translation>
    </message>
    <message>
        <source>手机号码＊</source>
        <translation>Mobile number *</translation>
    </message>
    <message>
        <source>保存人员信息</source>
        <translation>Save agent details</translation>
    </message>
    <message>
        <source>先保存人员信息，再上传身份证正反面图片，最后提交审核。</source>
        <translation>First save the agent&apos;s details, then upload pictures of the front and back of the ID card, then submit for review.</translation>
    </message>
    <message>
        <source>收件材料（身份证正面、反面）</source>
        <translation>Materials (ID card front and back)</translation>
    </message>
    <message>
        <source>提交审核</source>
        <translation>Submit for review</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>人员信息已保存。请上传身份证正面和反面图片，然后提交审核。</source>
        <translation>Agent details saved. Upload pictures of the front and back of the ID card, then submit for review.</translation>
    </message>
    <message>
        <source>收件材料（证件图片）</source>
        <translation>Materials (ID document pictures)</translation>
    </message>
    <message>
        <source>人员信息尚未保存，填写的内容仍在此窗口中；恢复连接后请再点「保存人员信息」。</source>
        <translation>The staff details have not been saved; what you entered is still in this window. Click Save staff details again once the connection is back.</translation>
    </message>
    <message>
        <source>尚未提交审核；恢复连接后请再点「提交审核」。</source>
        <translation>Not yet submitted for review; click Submit for review again once the connection is back.</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <source>未提交</source>
        <translation>Not submitted</translation>
    </message>
    <message>
        <source>待审核</source>
        <translation>Awaiting review</translation>
    </message>
    <message>
        <source>审核通过</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>审核不通过</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>证件号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>手机号码</source>
        <translation>Mobile number</translation>
    </message>
    <message>
        <source>审核状态</source>
        <translation>Review status</translation>
    </message>
    <message>
        <source>退回原因</source>
        <translation>Reason for rejection</translation>
    </message>
    <message>
        <source>人员管理 · 中介服务机构人员添加</source>
        <translation>Staff · Add agency staff</translation>
    </message>
    <message>
        <source>企业信息核查经交易中心审核通过后，才能添加从业人员。添加后上传身份证图片并提交，审核通过后登录账号显示在「已审核从业人员查询」，密码以短信发送给本人。</source>
        <translation>Agents can be added once the registry has approved the enterprise record. After adding an agent, upload pictures of the ID card and submit; once approved, the filing account appears under &quot;Approved staff&quot; and the password is sent to the agent by SMS.</translation>
    </message>
    <message>
        <source>添加从业人员</source>
        <translation>Add agent</translation>
    </message>
    <message>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>没有符合条件的从业人员。点击「添加从业人员」开始。</source>
        <translation>No matching agents. Click &quot;Add agent&quot; to start.</translation>
    </message>
</context>
<context>
    <name>WorkbenchPage</name>
    <message>
        <source>1. 企业信息核查：按营业执照填写企业信息，上传营业执照图片，填写提交意见后提交审核。
2. 审核通过后，在「人员管理」添加从业人员，上传身份证图片并提交审核。
3. 在「已审核从业人员查询」查看从业人员的网签登录账号；不再委托的人员可随时注销。
4. 在「本机构合同」查看本机构签订的全部合同。机构账号不能签订合同。</source>
        <translation>1. &quot;Enterprise record&quot;: fill in the enterprise details as on the business licence, upload a picture of the licence, enter a submission comment and submit for review.
2. Once approved, add agents under &quot;Staff&quot;, upload pictures of their ID cards and submit for review.
3. See the agents&apos; filing accounts under &quot;Approved staff&quot;; an agent no longer engaged can be deactivated at any time.
4. See all contracts signed by the agency under &quot;Agency contracts&quot;. The agency account cannot sign contracts.</translation>
    </message>
    <message>
        <source>1. 「存量房买卖合同」：房源验证 → 录入合同 → 资金监管、申请人信息 → 双方同意后提交备案。
2. 「我的合同」：查找、查看和打印本人办理的合同（Ctrl+F 查找，Ctrl+P 打印）。
3. 「合同变更」：已备案合同的非关键信息变更，只能由创建合同的从业人员办理。
4. 「注销申请」：打印注销申请材料清单，买卖双方本人到交易中心办理。</source>
        <translation>1. &quot;Sale contract&quot;: property verification → enter the contract → escrow, applicant details → submit for filing once both parties agree.
2. &quot;My contracts&quot;: search, view and print the contracts you handled (Ctrl+F to search, Ctrl+P to print).
3. &quot;Contract changes&quot;: changes to non-key details of a filed contract, only by the agent who created it.
4. &quot;Cancellations&quot;: print the list of cancellation materials; seller and buyer apply in person at the registry.</translation>
    </message>
    <message>
        <source>工作台</source>
        <translation>Workbench</translation>
    </message>
    <message>
        <source>当前账号</source>
        <translation>Current account</translation>
    </message>
    <message>
        <source>统一身份认证账号</source>
        <translation>Unified-identity account</translation>
    </message>
    <message>
        <source>网签账号</source>
        <translation>Filing account</translation>
    </message>
    <message>
        <source>账号类型</source>
        <translation>Account type</translation>
    </message>
    <message>
        <source>所属机构</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>本机练习环境（数据不具法律效力）</source>
        <translation>Local training environment (data has no legal effect)</translation>
    </message>
    <message>
        <source>登记中心</source>
        <translation>Registry</translation>
    </message>
    <message>
        <source>办理流程</source>
        <translation>How it works</translation>
    </message>
    <message>
        <source>注意：未经买卖双方一致同意擅自办理网签备案或变更合同属违规行为。</source>
        <translation>Note: filing or changing a contract without the agreement of both seller and buyer is a violation of the rules.</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>创建日期（起）</source>
        <translation>Created from</translation>
    </message>
    <message>
        <source>创建日期（止）</source>
        <translation>Created until</translation>
    </message>
</context>
</TS>
