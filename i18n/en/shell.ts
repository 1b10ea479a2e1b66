<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>BindingDialog</name>
    <message>
        <source>关联网签账号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>这是该统一身份认证账号第一次登录。请输入要关联的网签系统账号：中介机构账号名为公司全称（与营业执照一致），初始密码 123456；从业人员请输入审核通过后短信收到的账号和密码。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>统一身份认证账号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>网签账号名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>机构：公司全称；从业人员：短信中的账号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>网签密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>机构账号初始密码为 123456</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>关联是一对一的：一个统一身份认证账号只能关联一个网签账号，一个网签账号也只能被一个统一身份认证账号关联。每个从业人员都需要单独注册自己的统一身份认证账号。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginWindow</name>
    <message>
        <source>登录 — 中山市存量房网签备案（中介网签）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>练习环境 — 数据不具法律效力</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>中山市存量房买卖合同网签备案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>统一身份认证 · 法人登录 · 账号密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>法人登录账号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>统一身份认证平台的登录账号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>登录密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>记住账号和密码（保存在本机系统密钥环中）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>连接设置…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>登录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>练习环境演示账号（单击填入账号和密码）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>演示账号</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>中山市存量房网签备案（中介网签）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>练习环境 — 数据不具法律效力（连接的是本机沙盒登记中心，可放心试用全部流程）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>功能导航</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>文件(&amp;F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>合同(&amp;C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>同步(&amp;S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>帮助(&amp;H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>切换账号…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>连接设置…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>退出(&amp;X)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>新建存量房买卖合同</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>查找合同</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打印…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>立即同步</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>待发送的操作…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>打开日志目录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>操作指引</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>关于 zsdesk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>连接设置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>使用本机练习环境（沙盒登记中心，数据不具法律效力）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>连接登记中心</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>登记中心地址</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA 证书（可选）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>单位网络使用自签证书时填写 PEM 文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>选择…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>代理服务器（可选）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>http://代理地址:端口</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>更改连接后需要重新登录。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
