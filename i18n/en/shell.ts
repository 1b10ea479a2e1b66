<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>正式环境</source>
        <translation>Live environment</translation>
    </message>
    <message>
        <source>练习环境（本机沙盒登记中心，数据不具法律效力）</source>
        <translation>Training environment (local sandbox registry; data has no legal effect)</translation>
    </message>
    <message>
        <source>练习环境（登记中心报告为练习模式）</source>
        <translation>Training environment (the registry reports training mode)</translation>
    </message>
    <message>
        <source>本机练习环境（尚未启动）</source>
        <translation>Local training environment (not started yet)</translation>
    </message>
    <message>
        <source>版本</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>登记中心地址</source>
        <translation>Registry address</translation>
    </message>
    <message>
        <source>运行模式</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>数据目录</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <source>日志文件</source>
        <translation>Log file</translation>
    </message>
    <message>
        <source>运行环境</source>
        <translation>Runtime</translation>
    </message>
    <message>
        <source>关于 zsdesk</source>
        <translation>About zsdesk</translation>
    </message>
    <message>
        <source>&lt;b&gt;中山市存量房买卖合同网签备案（中介网签）桌面客户端&lt;/b&gt;</source>
        <translation>&lt;b&gt;Zhongshan second-hand housing sale contract online filing (agency filing) — desktop client&lt;/b&gt;</translation>
    </message>
    <message>
        <source>{label}：</source>
        <translation>{label}:</translation>
    </message>
    <message>
        <source>打开数据目录</source>
        <translation>Open data folder</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>中山市存量房网签备案</source>
        <translation>Zhongshan second-hand housing filing</translation>
    </message>
    <message>
        <source>zsdesk 已经在运行。同一台电脑的同一数据目录只能打开一个 zsdesk，以免两个窗口同时发送同一批待发送的内容。</source>
        <translation>zsdesk is already running. Only one zsdesk can be open for the same data directory on this computer, so that two windows never send the same queued items.</translation>
    </message>
    <message>
        <source>已把正在运行的 zsdesk 窗口切换到最前面，请在那里继续。</source>
        <translation>The running zsdesk window has been brought to the front; please continue there.</translation>
    </message>
    <message>
        <source>正在运行的 zsdesk 没有响应。如果它已卡住，请在任务管理器中结束 zsdesk 后再启动。</source>
        <translation>The running zsdesk does not respond. If it is stuck, end zsdesk in the Task Manager and start it again.</translation>
    </message>
    <message>
        <source>zsdesk 已在运行</source>
        <translation>zsdesk is already running</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>正在启动本机练习环境（沙盒登记中心）…</source>
        <translation>Starting the local training environment (sandbox registry)…</translation>
    </message>
    <message>
        <source>正在连接登记中心…</source>
        <translation>Connecting to the registry…</translation>
    </message>
    <message>
        <source>连接失败：{error}</source>
        <translation>Connection failed: {error}</translation>
    </message>
</context>
<context>
    <name>BindingDialog</name>
    <message>
        <source>关联网签账号</source>
        <translation>Bind filing account</translation>
    </message>
    <message>
        <source>这是该统一身份认证账号第一次登录。请输入要关联的网签系统账号：中介机构账号名为公司全称（与营业执照一致），初始密码 123456；从业人员请输入审核通过后短信收到的账号和密码。</source>
        <translation>This unified-identity account is logging in for the first time. Enter the filing account to bind: for an agency, the account name is the agency&apos;s full name (as on the business licence) with initial password 123456; agents enter the account and password received by SMS after approval.</translation>
    </message>
    <message>
        <source>统一身份认证账号</source>
        <translation>Unified-identity account</translation>
    </message>
    <message>
        <source>网签账号名</source>
        <translation>Filing account name</translation>
    </message>
    <message>
        <source>机构：公司全称；从业人员：短信中的账号</source>
        <translation>Agency: full company name; agent: the account from the SMS</translation>
    </message>
    <message>
        <source>网签密码</source>
        <translation>Filing password</translation>
    </message>
    <message>
        <source>机构账号初始密码为 123456</source>
        <translation>Initial password of an agency account: 123456</translation>
    </message>
    <message>
        <source>关联是一对一的：一个统一身份认证账号只能关联一个网签账号，一个网签账号也只能被一个统一身份认证账号关联。每个从业人员都需要单独注册自己的统一身份认证账号。</source>
        <translation>Binding is one-to-one: a unified-identity account can be bound to only one filing account, and a filing account to only one unified-identity account. Every agent needs to register a unified-identity account of their own.</translation>
    </message>
    <message>
        <source>关联是一对一的：一个统一身份认证账号只能关联一个网签账号，一个网签账号也只能被一个统一身份认证账号关联。机构账号和每个从业人员账号都需要各自注册一个统一身份认证账号。</source>
        <translation>Binding is one-to-one: a unified-identity account can be bound to only one filing account, and a filing account to only one unified-identity account. The agency account and each agent account each need a unified-identity account of their own.</translation>
    </message>
    <message>
        <source>关联本地用户</source>
        <translation>Bind account</translation>
    </message>
    <message>
        <source>请输入网签账号名和密码。</source>
        <translation>Enter the filing account name and password.</translation>
    </message>
</context>
<context>
    <name>ErrorDialogs</name>
    <message>
        <source>无法连接</source>
        <translation>Cannot connect</translation>
    </message>
    <message>
        <source>操作未完成</source>
        <translation>Not completed</translation>
    </message>
    <message>
        <source>程序出错</source>
        <translation>Program error</translation>
    </message>
    <message>
        <source>程序遇到了意外错误，当前操作没有完成。已输入的内容仍然保留。</source>
        <translation>The program ran into an unexpected error and the current operation was not completed. What you have entered is still there.</translation>
    </message>
    <message>
        <source>错误详情已写入日志文件，联系技术支持时请提供该文件：
{log_file}</source>
        <translation>The error details were written to the log file; please provide this file when contacting support:
{log_file}</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>quickstart_zh.md</source>
        <translation>quickstart_en.md</translation>
    </message>
    <message>
        <source>操作指引</source>
        <translation>Filing guide</translation>
    </message>
    <message>
        <source>zsdesk 快速上手</source>
        <translation>zsdesk quick start</translation>
    </message>
    <message>
        <source>网签备案操作指引（登记中心）</source>
        <translation>Filing guide (registry, in Chinese)</translation>
    </message>
</context>
<context>
    <name>LoginWindow</name>
    <message>
        <source>登录 — 中山市存量房网签备案（中介网签）</source>
        <translation>Log in — Zhongshan second-hand housing online filing (agency filing)</translation>
    </message>
    <message>
        <source>练习环境 — 数据不具法律效力</source>
        <translation>Training environment — data has no legal effect</translation>
    </message>
    <message>
        <source>中山市存量房买卖合同网签备案</source>
        <translation>Zhongshan second-hand housing sale contract filing</translation>
    </message>
    <message>
        <source>统一身份认证 · 法人登录 · 账号密码</source>
        <translation>Unified identity · legal-person login · account and password</translation>
    </message>
    <message>
        <source>法人登录账号</source>
        <translation>Login account</translation>
    </message>
    <message>
        <source>统一身份认证平台的登录账号</source>
        <translation>Your unified-identity platform account</translation>
    </message>
    <message>
        <source>登录密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>记住账号和密码（保存在本机系统密钥环中）</source>
        <translation>Remember account and password (in the system keyring)</translation>
    </message>
    <message>
        <source>设置…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <source>登录</source>
        <translation>Log in</translation>
    </message>
    <message>
        <source>练习环境演示账号（单击填入账号和密码）</source>
        <translation>Training demo accounts (click to fill in account and password)</translation>
    </message>
    <message>
        <source>演示账号</source>
        <translation>Demo accounts</translation>
    </message>
    <message>
        <source>正在连接登记中心…</source>
        <translation>Connecting to the registry…</translation>
    </message>
    <message>
        <source>本机练习环境（沙盒登记中心）</source>
        <translation>local training environment (sandbox registry)</translation>
    </message>
    <message>
        <source>{url}（练习环境）</source>
        <translation>{url} (training environment)</translation>
    </message>
    <message>
        <source>已连接：{where}</source>
        <translation>Connected: {where}</translation>
    </message>
    <message>
        <source>{label}&#x3000;账号：{account}&#x3000;密码：{password}</source>
        <translation>{label}   account: {account}   password: {password}</translation>
    </message>
    <message>
        <source>已注册统一认证账号 {login}：点「登录」，首次登录时关联网签账号。</source>
        <translation>Unified account {login} registered: click “Log in” and link the net-sign account at the first login.</translation>
    </message>
    <message>
        <source>{message}
请检查网络，或在「设置」中更改登记中心地址。</source>
        <translation>{message}
Check the network, or change the registry address in Settings.</translation>
    </message>
    <message>
        <source>无法连接登记中心：{reason}
仍可离线查看、搜索、打印本机保存的合同，编辑本机草稿；待发送的操作在联网并重新登录后提交。</source>
        <translation>Cannot connect to the registry: {reason}
You can still view, search and print the contracts saved on this computer and edit local drafts offline; pending operations are submitted once you are online and have logged in again.</translation>
    </message>
    <message>
        <source>{detail}
仍可离线查看、搜索、打印本机保存的合同，编辑本机草稿；待发送的操作在联网并重新登录后提交。</source>
        <translation>{detail}
You can still view, search and print the contracts saved on this computer and edit local drafts offline; pending operations are submitted once you are online and have logged in again.</translation>
    </message>
    <message>
        <source>离线打开本机数据（{name}）</source>
        <translation>Open local data offline ({name})</translation>
    </message>
    <message>
        <source>请输入法人登录账号和登录密码。</source>
        <translation>Enter the login account and password.</translation>
    </message>
    <message>
        <source>正在登录…</source>
        <translation>Logging in…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>中山市存量房网签备案（中介网签）</source>
        <translation>Zhongshan second-hand housing online filing (agency filing)</translation>
    </message>
    <message>
        <source>练习环境 — 数据不具法律效力（连接的是本机沙盒登记中心，可放心试用全部流程）</source>
        <translation>Training environment — data has no legal effect (connected to the local sandbox registry; try every step freely)</translation>
    </message>
    <message>
        <source>功能导航</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>合同(&amp;C)</source>
        <translation>&amp;Contract</translation>
    </message>
    <message>
        <source>同步(&amp;S)</source>
        <translation>&amp;Sync</translation>
    </message>
    <message>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>切换账号…</source>
        <translation>Switch account…</translation>
    </message>
    <message>
        <source>设置…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <source>退出(&amp;X)</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>新建存量房买卖合同</source>
        <translation>New sale contract</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>查找合同</source>
        <translation>Find contract</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>立即同步</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>待发送的操作…</source>
        <translation>Pending operations…</translation>
    </message>
    <message>
        <source>打开日志目录</source>
        <translation>Open log folder</translation>
    </message>
    <message>
        <source>操作指引</source>
        <translation>Filing guide</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>关于 zsdesk</source>
        <translation>About zsdesk</translation>
    </message>
    <message>
        <source>中山市存量房网签备案（中介网签） — {name}</source>
        <translation>Zhongshan second-hand housing online filing (agency filing) — {name}</translation>
    </message>
    <message>
        <source>{name}（{kind}） · {agency}</source>
        <translation>{name} ({kind}) · {agency}</translation>
    </message>
    <message>
        <source>点击查看尚未发送到登记中心的操作</source>
        <translation>Click to see the operations not yet sent to the registry</translation>
    </message>
    <message>
        <source>⚠ 密钥环不可用</source>
        <translation>⚠ Keyring unavailable</translation>
    </message>
    <message>
        <source>密钥环不可用</source>
        <translation>Keyring unavailable</translation>
    </message>
    <message>
        <source>● 正在登录…</source>
        <translation>● Logging in…</translation>
    </message>
    <message>
        <source>● 在线</source>
        <translation>● Online</translation>
    </message>
    <message>
        <source>● 离线（使用本机数据）</source>
        <translation>● Offline (using local data)</translation>
    </message>
    <message>
        <source>上次同步：{time}</source>
        <translation>Last sync: {time}</translation>
    </message>
    <message>
        <source>上次同步：尚未同步</source>
        <translation>Last sync: not yet</translation>
    </message>
    <message>
        <source>待发送：{count} 项</source>
        <translation>Pending: {count}</translation>
    </message>
    <message>
        <source>未说明原因</source>
        <translation>no reason given</translation>
    </message>
    <message>
        <source> · {count} 项被拒绝：{reason}</source>
        <translation> · {count} refused: {reason}</translation>
    </message>
    <message>
        <source>登记中心拒绝了「{what}」：{reason}
点击查看并处理（改正后重试，或放弃该操作）。</source>
        <translation>The registry refused &quot;{what}&quot;: {reason}
Click to review it (correct and retry, or discard the operation).</translation>
    </message>
    <message>
        <source>当前页面没有可打印的内容；请在合同列表中选中一份合同后打印。</source>
        <translation>Nothing to print on this page; select a contract in a contract list, then print.</translation>
    </message>
    <message>
        <source>正在同步…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <source>同步完成</source>
        <translation>Sync complete</translation>
    </message>
    <message>
        <source>还有 {count} 项待发送到登记中心，已保存在本机。下次启动 zsdesk 并登录后会自动发送。</source>
        <translation>Still to be sent to the registry: {count}. They are saved on this computer and will be sent automatically the next time you start zsdesk and log in.</translation>
    </message>
    <message>
        <source>另有 {count} 项被登记中心拒绝，不会自动发送：请在「待发送」中改正后重试或放弃。</source>
        <translation>Refused by the registry: {count}. These are not sent automatically: correct and retry them, or discard them, under Queued.</translation>
    </message>
    <message>
        <source>退出 zsdesk</source>
        <translation>Quit zsdesk</translation>
    </message>
    <message>
        <source>确定现在退出吗？</source>
        <translation>Quit now?</translation>
    </message>
    <message>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>工作台</source>
        <translation>Workbench</translation>
    </message>
    <message>
        <source>存量房买卖合同</source>
        <translation>Sale contract</translation>
    </message>
    <message>
        <source>我的合同</source>
        <translation>My contracts</translation>
    </message>
    <message>
        <source>合同变更</source>
        <translation>Contract changes</translation>
    </message>
    <message>
        <source>注销申请</source>
        <translation>Cancellations</translation>
    </message>
    <message>
        <source>企业信息核查</source>
        <translation>Enterprise record</translation>
    </message>
    <message>
        <source>人员管理</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>已审核从业人员查询</source>
        <translation>Approved staff</translation>
    </message>
    <message>
        <source>本机构合同</source>
        <translation>Agency contracts</translation>
    </message>
</context>
<context>
    <name>OfflineReconnect</name>
    <message>
        <source>登记中心已恢复 — 点击登录以发送待发送的操作</source>
        <translation>The registry is back — click to log in and send pending operations</translation>
    </message>
    <message>
        <source>已重新连接登记中心，正在发送待发送的操作…</source>
        <translation>Reconnected to the registry; sending pending operations…</translation>
    </message>
</context>
<context>
    <name>QueuedCommandsDialog</name>
    <message>
        <source>等待发送</source>
        <translation>Waiting to send</translation>
    </message>
    <message>
        <source>发送中</source>
        <translation>Sending</translation>
    </message>
    <message>
        <source>被拒绝，需要处理</source>
        <translation>Refused — needs your action</translation>
    </message>
    <message>
        <source>等待前一项</source>
        <translation>Waiting for the previous one</translation>
    </message>
    <message>
        <source>待发送的操作</source>
        <translation>Pending operations</translation>
    </message>
    <message>
        <source>以下操作已保存在本机，联网后会按顺序自动发送到登记中心；被拒绝的操作会保留，等待您修改或放弃。</source>
        <translation>These operations are saved on this computer and will be sent to the registry in order once you are online; refused operations are kept until you correct or discard them.</translation>
    </message>
    <message>
        <source>没有待发送的操作：所有修改都已送达登记中心。</source>
        <translation>No pending operations: every change has reached the registry.</translation>
    </message>
    <message>
        <source>操作</source>
        <translation>Operation</translation>
    </message>
    <message>
        <source>创建时间</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>尝试次数</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <source>最近错误</source>
        <translation>Last error</translation>
    </message>
</context>
<context>
    <name>ReauthDialog</name>
    <message>
        <source>需要重新输入密码</source>
        <translation>Password needed</translation>
    </message>
    <message>
        <source>登记中心没有接受本机记住的密码（可能已在别处修改）。请输入统一身份认证账号 {uid} 的当前密码；本机数据照常可用。</source>
        <translation>The registry did not accept the password remembered on this computer (it may have been changed elsewhere). Enter the current password of unified-identity account {uid}; the local data stays available.</translation>
    </message>
    <message>
        <source>登录已过期</source>
        <translation>Session expired</translation>
    </message>
    <message>
        <source>登录已过期。请重新输入统一身份认证账号 {uid} 的密码；正在编辑的内容不会丢失。</source>
        <translation>Your session has expired. Enter the password of unified-identity account {uid} again; what you are editing will not be lost.</translation>
    </message>
    <message>
        <source>登录密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>重新登录</source>
        <translation>Log in again</translation>
    </message>
    <message>
        <source>请输入密码。</source>
        <translation>Enter the password.</translation>
    </message>
</context>
<context>
    <name>Sentences</name>
    <message>
        <source>{first}{next}</source>
        <translation>{first} {next}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>使用本机练习环境（沙盒登记中心，数据不具法律效力）</source>
        <translation>Use the local training environment (sandbox registry; data has no legal effect)</translation>
    </message>
    <message>
        <source>连接登记中心</source>
        <translation>Connect to a registry</translation>
    </message>
    <message>
        <source>登记中心地址</source>
        <translation>Registry address</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>CA 证书（可选）</source>
        <translation>CA certificate (optional)</translation>
    </message>
    <message>
        <source>单位网络使用自签证书时填写 PEM 文件</source>
        <translation>PEM file, for a self-signed office certificate</translation>
    </message>
    <message>
        <source>选择…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>代理服务器（可选）</source>
        <translation>Proxy server (optional)</translation>
    </message>
    <message>
        <source>http://代理地址:端口</source>
        <translation>http://proxy-host:port</translation>
    </message>
    <message>
        <source>更改连接后需要重新登录。</source>
        <translation>After changing the connection you need to log in again.</translation>
    </message>
    <message>
        <source>界面语言</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <source>界面语言在下次启动 zsdesk 时生效。登记中心的操作指引和打印的合同始终为中文；登记中心返回的信息以界面语言显示，本程序不认识的信息显示登记中心的中文原文。</source>
        <translation>The interface language takes effect the next time zsdesk starts. The registry&apos;s filing guide and printed contracts are always in Chinese; the registry&apos;s messages are shown in the interface language, and a message zsdesk does not know is shown in the registry&apos;s Chinese.</translation>
    </message>
    <message>
        <source>选择 CA 证书</source>
        <translation>Choose CA certificate</translation>
    </message>
    <message>
        <source>证书 (*.pem *.crt *.cer);;所有文件 (*)</source>
        <translation>Certificates (*.pem *.crt *.cer);;All files (*)</translation>
    </message>
    <message>
        <source>请输入登记中心地址</source>
        <translation>Enter the registry address</translation>
    </message>
</context>
</TS>
