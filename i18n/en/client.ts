<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>labels</name>
    <message>
        <source>注册资本</source>
        <translation>Registered capital</translation>
    </message>
    <message>
        <source>营业期限（起）</source>
        <translation>Business term (from)</translation>
    </message>
    <message>
        <source>性别</source>
        <translation>Gender</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>无法连接登记中心，请检查网络。</source>
        <translation>Cannot reach the registry. Please check the network.</translation>
    </message>
    <message>
        <source>登记中心暂时无法处理请求，请稍后再试。</source>
        <translation>The registry cannot handle the request right now. Please try again later.</translation>
    </message>
    <message>
        <source>登录已过期，请重新登录；正在编辑的内容会保留。</source>
        <translation>Your login has expired; log in again. What you are editing is kept.</translation>
    </message>
    <message>
        <source>登记中心拒绝了请求（{status}）</source>
        <translation>The registry refused the request ({status}).</translation>
    </message>
    <message>
        <source>无法与登记中心建立安全连接（证书校验失败）。请检查系统时间或办公网络的证书设置。</source>
        <translation>Cannot set up a secure connection to the registry (certificate check failed). Check the system clock or the office network&apos;s certificate settings.</translation>
    </message>
    <message>
        <source>登记中心地址返回了重定向，请检查登记中心地址设置。</source>
        <translation>The registry address answered with a redirect; check the registry address in Settings.</translation>
    </message>
    <message>
        <source>系统密钥环不可用（{error}）。本地缓存的加密密钥改存于密钥文件 {path}（仅当前用户可读，不在数据库旁）。如需更高安全性，请在系统中启用密钥环服务后重新启动。</source>
        <translation>The system keyring is unavailable ({error}). The local cache&apos;s encryption key is kept in the key file {path} instead (readable by the current user only, not next to the database). For better security, enable a keyring service on this computer and restart.</translation>
    </message>
    <message>
        <source>本机没有可用的系统密钥环（keyring），本地缓存的加密密钥改存于密钥文件 {path}（仅当前用户可读，不在数据库旁）。如需更高安全性，请在系统中启用密钥环服务后重新启动。</source>
        <translation>This computer has no usable system keyring. The local cache&apos;s encryption key is kept in the key file {path} instead (readable by the current user only, not next to the database). For better security, enable a keyring service on this computer and restart.</translation>
    </message>
    <message>
        <source>本地缓存的加密密钥保存在系统密钥环中。</source>
        <translation>The local cache&apos;s encryption key is kept in the system keyring.</translation>
    </message>
    <message>
        <source>营业期限（起）不能晚于今天</source>
        <translation>Business term (from) cannot be later than today</translation>
    </message>
</context>
</TS>
