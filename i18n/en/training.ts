<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>AgencyTab</name>
    <message>
        <source>中介机构先在登记中心窗口（402 室）带营业执照等材料申请开设网签账号，登记中心开通后把账号名和初始密码交给机构。练习环境在这里代替窗口。</source>
        <translation>An agency first applies for its net-sign account at the registry&apos;s counter (room 402) with its business licence and the other papers; once opened, the registry hands over the account name and the initial password. In training mode this tab stands in for the counter.</translation>
    </message>
    <message>
        <source>与营业执照完全一致的公司全称</source>
        <translation>Full company name exactly as on the business licence</translation>
    </message>
    <message>
        <source>18 位统一社会信用代码</source>
        <translation>18-character unified social credit code</translation>
    </message>
    <message>
        <source>机构名称＊</source>
        <translation>Agency name *</translation>
    </message>
    <message>
        <source>统一社会信用代码＊</source>
        <translation>Unified social credit code *</translation>
    </message>
    <message>
        <source>开通网签账号</source>
        <translation>Open net-sign account</translation>
    </message>
    <message>
        <source>登记中心交给机构的网签账号</source>
        <translation>Net-sign account handed over by the registry</translation>
    </message>
    <message>
        <source>网签账号名</source>
        <translation>Net-sign account name</translation>
    </message>
    <message>
        <source>初始密码</source>
        <translation>Initial password</translation>
    </message>
    <message>
        <source>用为本机构注册的统一认证账号登录；首次登录时在「关联本地用户」中输入以上账号名和初始密码。</source>
        <translation>Log in with the unified account registered for this agency; at the first login, enter the account name and initial password above under “Bind account”.</translation>
    </message>
    <message>
        <source>正在开通…</source>
        <translation>Opening…</translation>
    </message>
    <message>
        <source>已开通。</source>
        <translation>Opened.</translation>
    </message>
</context>
<context>
    <name>ClockTab</name>
    <message>
        <source>与实际时间一致</source>
        <translation>Same as the real time</translation>
    </message>
    <message>
        <source>比实际时间快 {hours} 小时</source>
        <translation>{hours} h ahead of the real time</translation>
    </message>
    <message>
        <source>比实际时间慢 {hours} 小时</source>
        <translation>{hours} h behind the real time</translation>
    </message>
    <message>
        <source>登记中心按自己的时钟执行时间规则：合同创建后 24 小时内未提交，登记中心删除该草稿。把练习环境的时钟拨快，就能看到规则生效；登录状态随时钟一起前进，不必重新登录。</source>
        <translation>The registry applies its time rules by its own clock: a contract not submitted within 24 hours of being created is deleted by the registry. Move the training clock forward to see the rule take effect; your login moves with the clock, so you stay signed in.</translation>
    </message>
    <message>
        <source>练习环境时间（北京时间）</source>
        <translation>Training environment time (Beijing time)</translation>
    </message>
    <message>
        <source>拨快 1 小时</source>
        <translation>+1 hour</translation>
    </message>
    <message>
        <source>拨快 24 小时</source>
        <translation>+24 hours</translation>
    </message>
    <message>
        <source>恢复实际时间</source>
        <translation>Back to real time</translation>
    </message>
    <message>
        <source>已拨快 {hours} 小时；到期的草稿已由登记中心删除，列表在同步后显示「已过期」。</source>
        <translation>Moved forward {hours} h; drafts past their 24 hours were deleted by the registry, and the lists show “Expired” after the next sync.</translation>
    </message>
    <message>
        <source>已恢复实际时间。</source>
        <translation>Back at the real time.</translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <source>注册统一认证账号（练习环境）</source>
        <translation>Register a unified identity account (training)</translation>
    </message>
    <message>
        <source>统一身份认证平台 · 法人登录 · 账号密码 · 立即注册。法人账号可以注册多个，但每个只能关联一个网签账号：机构账号和每个从业人员账号各需注册一个。练习环境不做微信实名认证。</source>
        <translation>Unified identity platform · Legal-entity login · Account and password · Register now. A company may register several legal-entity accounts, but each links to one net-sign account only: the agency account and every staff account need one each. Training mode skips the WeChat identity check.</translation>
    </message>
    <message>
        <source>{label}＊</source>
        <translation>{label} *</translation>
    </message>
    <message>
        <source>填入练习用证件号码</source>
        <translation>Fill in practice ID numbers</translation>
    </message>
    <message>
        <source>生成校验位正确的统一社会信用代码和身份证号码（虚构，仅供练习）</source>
        <translation>Generates a credit code and an ID number with valid check digits (made up, for practice only)</translation>
    </message>
    <message>
        <source>注册</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>请按红框下方的提示修改后再注册。</source>
        <translation>Correct the fields marked red as described under them, then register.</translation>
    </message>
</context>
<context>
    <name>ReviewTab</name>
    <message>
        <source>练习环境自动审核</source>
        <translation>Training environment reviews automatically</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>中介机构</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>提交时间</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>驳回原因</source>
        <translation>Reason for rejection</translation>
    </message>
    <message>
        <source>驳回时必填：机构按此修改后重新提交</source>
        <translation>Required to reject: the agency corrects accordingly and resubmits</translation>
    </message>
    <message>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>通过</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>驳回</source>
        <translation>Reject</translation>
    </message>
    <message>
        <source>没有待审核的申请。机构提交企业信息核查或从业人员后，点「刷新」。</source>
        <translation>Nothing awaits review. After the agency submits its enterprise record or a staff member, click “Refresh”.</translation>
    </message>
    <message>
        <source>共 {count} 项待审核：选中一项，通过或填写原因后驳回。</source>
        <translation>Awaiting review: {count}. Select one, then approve it, or enter a reason and reject it.</translation>
    </message>
    <message>
        <source>练习环境自动审核（提交 {seconds} 秒后自动通过；取消勾选后由您在这里审核）</source>
        <translation>Training environment reviews automatically (approves {seconds} s after submission; untick to review here yourself)</translation>
    </message>
    <message>
        <source>正在提交审核结果…</source>
        <translation>Sending the decision…</translation>
    </message>
    <message>
        <source>已通过：{title}</source>
        <translation>Approved: {title}</translation>
    </message>
    <message>
        <source>已驳回：{title}</source>
        <translation>Rejected: {title}</translation>
    </message>
    <message>
        <source>。登录账号和密码已发短信，见「短信」。</source>
        <translation>. The login account and password went out by SMS: see “SMS”.</translation>
    </message>
</context>
<context>
    <name>SmsTab</name>
    <message>
        <source>发送时间</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>手机号码</source>
        <translation>Mobile number</translation>
    </message>
    <message>
        <source>短信内容</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>共 {count} 条短信。</source>
        <translation>Texts: {count}.</translation>
    </message>
    <message>
        <source>还没有短信：登记中心审核通过从业人员后，登录账号和密码会发到这里。</source>
        <translation>No texts yet: once the registry approves a staff member, the login account and password are texted here.</translation>
    </message>
</context>
<context>
    <name>TrainingBar</name>
    <message>
        <source>⚠ 本机练习环境已停止运行</source>
        <translation>⚠ The local training environment has stopped</translation>
    </message>
    <message>
        <source>重启练习环境</source>
        <translation>Restart training environment</translation>
    </message>
    <message>
        <source>像新机构一样从头练习：</source>
        <translation>Practise from scratch, as a new agency:</translation>
    </message>
    <message>
        <source>注册统一认证账号…</source>
        <translation>Register unified account…</translation>
    </message>
    <message>
        <source>练习环境…</source>
        <translation>Training environment…</translation>
    </message>
    <message>
        <source>开通练习机构、登记中心审核、短信、调整时钟</source>
        <translation>Open a practice agency, review as the registry, read SMS, move the clock</translation>
    </message>
</context>
<context>
    <name>TrainingPanel</name>
    <message>
        <source>练习环境（沙盒登记中心）</source>
        <translation>Training environment (sandbox)</translation>
    </message>
    <message>
        <source>重启练习环境</source>
        <translation>Restart training environment</translation>
    </message>
    <message>
        <source>开通机构</source>
        <translation>Open agency</translation>
    </message>
    <message>
        <source>登记中心审核</source>
        <translation>Registry review</translation>
    </message>
    <message>
        <source>短信</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Clock</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>本机练习环境已停止运行（沙盒登记中心的进程已退出）。点「重启练习环境」重新启动，已有的账号和数据都在。</source>
        <translation>The local training environment has stopped (the sandbox registry&apos;s process exited). Click “Restart training environment” to start it again; existing accounts and data are kept.</translation>
    </message>
    <message>
        <source>本机练习环境运行中：这里的数据不具法律效力。</source>
        <translation>Local training environment running: data here has no legal effect.</translation>
    </message>
    <message>
        <source>练习环境：{url}（数据不具法律效力）</source>
        <translation>Training environment: {url} (data has no legal effect)</translation>
    </message>
    <message>
        <source>正在重启本机练习环境…</source>
        <translation>Restarting the local training environment…</translation>
    </message>
    <message>
        <source>本机练习环境已重新启动，已有的账号和数据都在；时钟已恢复为实际时间。</source>
        <translation>The local training environment has restarted; existing accounts and data are kept, and its clock is back at the real time.</translation>
    </message>
    <message>
        <source>重启没有成功：{reason}</source>
        <translation>Restart failed: {reason}</translation>
    </message>
</context>
</TS>
