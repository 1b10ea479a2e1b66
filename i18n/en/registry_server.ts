<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>labels</name>
    <message>
        <source>统一身份认证账号（未关联网签账号）</source>
        <translation>Unified-identity account (not linked to a filing account)</translation>
    </message>
    <message>
        <source>中介机构账号</source>
        <translation>Agency account</translation>
    </message>
    <message>
        <source>从业人员账号</source>
        <translation>Agent account</translation>
    </message>
    <message>
        <source>交易中心审核账号</source>
        <translation>Registry review account</translation>
    </message>
    <message>
        <source>企业信息核查记录</source>
        <translation>Enterprise record</translation>
    </message>
    <message>
        <source>企业信息</source>
        <translation>Enterprise information</translation>
    </message>
    <message>
        <source>从业人员申请</source>
        <translation>Staff application</translation>
    </message>
    <message>
        <source>机构名称</source>
        <translation>Agency name</translation>
    </message>
    <message>
        <source>甲方</source>
        <translation>Seller</translation>
    </message>
    <message>
        <source>乙方</source>
        <translation>Buyer</translation>
    </message>
    <message>
        <source>法定代理人</source>
        <translation>Legal guardian</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
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
        <source>变更事项</source>
        <translation>Change item</translation>
    </message>
    <message>
        <source>变更前内容</source>
        <translation>Before the change</translation>
    </message>
    <message>
        <source>变更后内容</source>
        <translation>After the change</translation>
    </message>
    <message>
        <source>确认方式</source>
        <translation>Confirmation method</translation>
    </message>
    <message>
        <source>注销原因</source>
        <translation>Reason for cancellation</translation>
    </message>
    <message>
        <source>记录</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>请求</source>
        <translation>Request</translation>
    </message>
    <message>
        <source>请以不动产登记部门的查档信息为准再次输入。</source>
        <translation>Enter the details again exactly as in the land registry&apos;s record.</translation>
    </message>
    <message>
        <source>产权人为港澳台人士或外国人士的，建议选择「姓名+不动产单元号」方式查询。</source>
        <translation>For owners from Hong Kong, Macao, Taiwan or abroad, search by “Name + real-estate unit no.”.</translation>
    </message>
    <message>
        <source>房产证号</source>
        <translation>Property certificate no.</translation>
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
        <source>材料</source>
        <translation>Material</translation>
    </message>
    <message>
        <source>从业人员</source>
        <translation>Staff member</translation>
    </message>
    <message>
        <source>提交意见</source>
        <translation>Submission comment</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>账号或密码错误，请重新输入（再错 {left} 次账号将被暂时锁定）。</source>
        <translation>Wrong account or password; enter them again (after {left} more failed attempts the account will be locked for a while).</translation>
    </message>
    <message>
        <source>密码错误次数过多，账号已暂时锁定，请于 {time} 后再试。</source>
        <translation>Too many wrong passwords: the account is locked for now. Try again after {time}.</translation>
    </message>
    <message>
        <source>请先登录。</source>
        <translation>Please log in first.</translation>
    </message>
    <message>
        <source>登录已失效，请重新登录。</source>
        <translation>Your login is no longer valid; log in again.</translation>
    </message>
    <message>
        <source>登录已过期，请重新登录。</source>
        <translation>Your login has expired; log in again.</translation>
    </message>
    <message>
        <source>该网签账号已注销或停用，无法登录。</source>
        <translation>This filing account has been closed or disabled and cannot log in.</translation>
    </message>
    <message>
        <source>{first}、{second}</source>
        <translation>{first}, {second}</translation>
    </message>
    <message>
        <source>{role}无权执行此操作，仅限{allowed}。</source>
        <translation>Not allowed for this account ({role}); only for: {allowed}.</translation>
    </message>
    <message>
        <source>该人员已是其他中介机构的在职从业人员，一个从业人员只能从属于一个中介机构。</source>
        <translation>This person is already an active agent of another agency; an agent can belong to only one agency.</translation>
    </message>
    <message>
        <source>该人员已是其他中介机构的在职从业人员，一个从业人员只能从属于一个中介机构；请原机构先注销其账号。</source>
        <translation>This person is already an active agent of another agency; an agent can belong to only one agency. The other agency must first deactivate their account.</translation>
    </message>
    <message>
        <source>机构名称必须填写营业执照上的全称。</source>
        <translation>Enter the agency&apos;s full name as on its business licence.</translation>
    </message>
    <message>
        <source>该机构名称或统一社会信用代码已开通网签账号。</source>
        <translation>A filing account already exists for this agency name or USCC.</translation>
    </message>
    <message>
        <source>审核不通过时必须填写原因，便于机构修改后重新提交。</source>
        <translation>Give a reason when rejecting, so that the agency can correct it and submit again.</translation>
    </message>
    <message>
        <source>该{what}当前状态为「{status}」，不在待审核状态。</source>
        <translation>{what} is “{status}”, not awaiting review.</translation>
    </message>
    <message>
        <source>该合同草稿创建后 24 小时内未提交，已被登记中心自动删除；请重新进行房源验证并创建合同。</source>
        <translation>This contract draft was not submitted within 24 hours of its creation, so the registry deleted it; verify the property again and create a new contract.</translation>
    </message>
    <message>
        <source>合同不存在，或您无权查看。</source>
        <translation>The contract does not exist, or you may not view it.</translation>
    </message>
    <message>
        <source>只有创建该合同的从业人员才能修改、提交或变更该合同。</source>
        <translation>Only the agent who created this contract can edit, submit or change it.</translation>
    </message>
    <message>
        <source>房屋信息（{field}）</source>
        <translation>Property details ({field})</translation>
    </message>
    <message>
        <source>{who}人数</source>
        <translation>{who}: number of persons</translation>
    </message>
    <message>
        <source>{who}{number}的{item}</source>
        <translation>{who} {number}: {item}</translation>
    </message>
    <message>
        <source>{reason}；已备案的合同请通过「存量房合同变更」修改</source>
        <translation>{reason}; change a filed contract through a contract change</translation>
    </message>
    <message>
        <source>只记录甲方（转让方）或乙方（受让方）本人的同意。</source>
        <translation>Consent is recorded only for the seller (Party A) or the buyer (Party B) in person.</translation>
    </message>
    <message>
        <source>合同的{role}中没有「{name}」，请先在合同中填写该当事人。</source>
        <translation>“{name}” is not among the contract&apos;s parties ({role}); enter this party in the contract first.</translation>
    </message>
    <message>
        <source>该房屋已被查封，不能提交备案。</source>
        <translation>This property is seized and cannot be filed.</translation>
    </message>
    <message>
        <source>该房屋已有已备案的存量房买卖合同，不能重复备案；如需重新签约，须先注销原网签备案。</source>
        <translation>This property already has a filed second-hand housing sale contract and cannot be filed again; to sign anew, cancel the existing filing first.</translation>
    </message>
    <message>
        <source>合同已备案，「{field}」不能修改；如确有错误，须注销网签备案后重新签订合同。</source>
        <translation>The contract is filed: “{field}” cannot be changed. If it is wrong, cancel the filing and sign a new contract.</translation>
    </message>
    <message>
        <source>合同不存在。</source>
        <translation>The contract does not exist.</translation>
    </message>
    <message>
        <source>{reason}（需先由从业人员提交注销申请）</source>
        <translation>{reason} (an agent must first request the cancellation)</translation>
    </message>
    <message>
        <source>找不到合同「{ref}」。</source>
        <translation>Contract “{ref}” not found.</translation>
    </message>
    <message>
        <source>中介机构账号不能办理网签，不能上传合同材料。</source>
        <translation>An agency account cannot sign contracts and cannot upload contract materials.</translation>
    </message>
    <message>
        <source>合同已提交备案或已删除，不能再增删材料。</source>
        <translation>The contract has been submitted for filing or deleted; materials can no longer be added or removed.</translation>
    </message>
    <message>
        <source>只有中介机构账号和从业人员账号可以同步变化。</source>
        <translation>Only agency and agent accounts can sync changes.</translation>
    </message>
    <message>
        <source>该幂等键已用于另一个不同的请求，请为新请求生成新的键。</source>
        <translation>This idempotency key was already used for a different request; generate a new key for a new request.</translation>
    </message>
    <message>
        <source>该记录已提交，不能再增删材料。</source>
        <translation>This record has been submitted; materials can no longer be added or removed.</translation>
    </message>
    <message>
        <source>不支持的材料归属类型「{kind}」。</source>
        <translation>Unsupported material owner type “{kind}”.</translation>
    </message>
    <message>
        <source>只有中介机构账号可以上传企业信息核查材料。</source>
        <translation>Only the agency account can upload enterprise record materials.</translation>
    </message>
    <message>
        <source>企业信息已提交或已审核通过，不能再增删材料。</source>
        <translation>The enterprise information has been submitted or approved; materials can no longer be added or removed.</translation>
    </message>
    <message>
        <source>只有中介机构账号可以上传从业人员材料。</source>
        <translation>Only the agency account can upload staff materials.</translation>
    </message>
    <message>
        <source>从业人员申请已提交或已审核通过，不能再增删材料。</source>
        <translation>The staff application has been submitted or approved; materials can no longer be added or removed.</translation>
    </message>
    <message>
        <source>材料「{name}」的图片像素尺寸过大，请缩小图片后再上传。</source>
        <translation>The picture of the material &quot;{name}&quot; has too many pixels; make it smaller and upload it again.</translation>
    </message>
    <message>
        <source>材料「{name}」的文件无法作为 {kind} 图片读取（文件已损坏或内容不是图片），请重新拍摄或扫描后上传。</source>
        <translation>The file of the material &quot;{name}&quot; cannot be read as a {kind} picture (it is damaged or not a picture); take or scan it again and upload it.</translation>
    </message>
    <message>
        <source>{what}不存在，或您无权查看。</source>
        <translation>{what} does not exist, or you may not view it.</translation>
    </message>
    <message>
        <source>当前账号无权执行此操作。</source>
        <translation>This account may not do this.</translation>
    </message>
    <message>
        <source>「{name}」为必填项，请填写。</source>
        <translation>“{name}” is required; fill it in.</translation>
    </message>
    <message>
        <source>「{name}」不是可识别的字段，请删除。</source>
        <translation>“{name}” is not a recognised field; remove it.</translation>
    </message>
    <message>
        <source>「{name}」填写不正确（{reason}），请检查后重新填写。</source>
        <translation>“{name}” is not valid ({reason}); check it and enter it again.</translation>
    </message>
    <message>
        <source>请求内容不正确。</source>
        <translation>The request is not valid.</translation>
    </message>
    <message>
        <source>请求内容无法解析（格式不正确或数值超出范围），请检查后重试。</source>
        <translation>The request could not be read (wrong format or a number out of range); please check it and try again.</translation>
    </message>
    <message>
        <source>请求的地址不存在。</source>
        <translation>The requested address does not exist.</translation>
    </message>
    <message>
        <source>该地址不支持此请求方法。</source>
        <translation>This address does not support this request method.</translation>
    </message>
    <message>
        <source>请求中含有登记中心无法保存的内容（如控制字符或超出范围的数值），请检查后重试。</source>
        <translation>The request contains something the registry cannot store (such as a control character or a number out of range); please check it and try again.</translation>
    </message>
    <message>
        <source>登记中心服务器内部错误，请稍后重试。</source>
        <translation>Internal error on the registry server; try again later.</translation>
    </message>
    <message>
        <source>房源验证失败：登记簿中没有该{label}。{advice}</source>
        <translation>Property verification failed: {label} not found in the register. {advice}</translation>
    </message>
    <message>
        <source>房源验证失败：登记簿中没有该{label}。{advice}{hint}</source>
        <translation>Property verification failed: {label} not found in the register. {advice} {hint}</translation>
    </message>
    <message>
        <source>房源验证失败：产权人证件号码与登记信息不一致（产权人证件号码有变的，仍须按产权证书或不动产登记簿上的号码输入）。{advice}</source>
        <translation>Property verification failed: the owner&apos;s ID number does not match the register (if the owner&apos;s ID number has changed, still enter the number on the certificate or in the register). {advice}</translation>
    </message>
    <message>
        <source>房源验证失败：产权人姓名或证件号码与登记信息不一致（产权人姓名有变的，仍须按产权证书或不动产登记簿上的姓名输入）。{advice}</source>
        <translation>Property verification failed: the owner&apos;s name or ID number does not match the register (if the owner&apos;s name has changed, still enter the name on the certificate or in the register). {advice}</translation>
    </message>
    <message>
        <source>房源验证失败：该产权人在产权证书上登记的是一代（15 位）身份证，请勾选「房产证上的证件号码为一代身份证」后再查询。{advice}</source>
        <translation>Property verification failed: this owner is registered on the certificate with a first-generation (15-digit) ID card; tick “the ID number on the property certificate is a first-generation ID card” and search again. {advice}</translation>
    </message>
    <message>
        <source>房源验证失败：该产权人登记的不是一代身份证，请不要勾选「房产证上的证件号码为一代身份证」。{advice}</source>
        <translation>Property verification failed: this owner is not registered with a first-generation ID card; do not tick “the ID number on the property certificate is a first-generation ID card”. {advice}</translation>
    </message>
    <message>
        <source>该房屋已被司法机关查封，不能办理存量房买卖合同网签备案；请产权人先办理解封。</source>
        <translation>This property has been seized by a judicial authority, so no second-hand housing sale contract can be filed for it; the owner must first have the seizure lifted.</translation>
    </message>
    <message>
        <source>该房屋已有已备案的存量房买卖合同，不能重复签约；如需重新签约，须先注销原网签备案。</source>
        <translation>This property already has a filed second-hand housing sale contract and cannot be signed again; to sign anew, cancel the existing filing first.</translation>
    </message>
    <message>
        <source>房源验证记录不存在，请重新进行房源验证。</source>
        <translation>The property verification record does not exist; verify the property again.</translation>
    </message>
    <message>
        <source>该网签账号已注销或停用，无法登录。如有疑问请联系所属中介机构或交易中心。</source>
        <translation>This filing account has been closed or disabled and cannot log in. If in doubt, contact your agency or the registry.</translation>
    </message>
    <message>
        <source>该登录账号已被注册，请换一个账号名。</source>
        <translation>This login name is already registered; choose another one.</translation>
    </message>
    <message>
        <source>该网签账号已关联其他统一身份认证账号，不能重复关联。</source>
        <translation>This filing account is already linked to another unified-identity account and cannot be linked again.</translation>
    </message>
    <message>
        <source>网签账号名或密码错误次数过多，本统一身份认证账号已暂时不能关联网签账号，请于 {time} 后再试。</source>
        <translation>Too many wrong net-sign account names or passwords: this unified identity account cannot bind a net-sign account for now. Try again after {time}.</translation>
    </message>
    <message>
        <source>请填写单位/企业名称。</source>
        <translation>Enter the organisation/company name.</translation>
    </message>
    <message>
        <source>该统一身份认证账号已关联其他网签账号；每个网签账号需单独注册一个统一身份认证账号。</source>
        <translation>This unified-identity account is already linked to another filing account; each filing account needs its own unified-identity account.</translation>
    </message>
    <message>
        <source>网签账号名或密码错误（机构账号名为营业执照上的公司全称，初始密码 123456）。（再错 {left} 次账号将被暂时锁定）。</source>
        <translation>Wrong filing account name or password (an agency&apos;s account name is the full company name on its business licence; the initial password is 123456). After {left} more failed attempts the account will be locked for a while.</translation>
    </message>
    <message>
        <source>统一身份认证账号的单位证件号码与该网签账号所属机构的统一社会信用代码不一致，不能关联。</source>
        <translation>The unified-identity account&apos;s organisation ID number does not match the USCC of the agency that owns this filing account; they cannot be linked.</translation>
    </message>
    <message>
        <source>企业信息当前状态为「{status}」，不能修改。</source>
        <translation>The enterprise information is “{status}” and cannot be edited.</translation>
    </message>
    <message>
        <source>企业信息当前状态为「{status}」，不能提交。</source>
        <translation>The enterprise information is “{status}” and cannot be submitted.</translation>
    </message>
    <message>
        <source>提交意见为必填项，请填写后再提交。</source>
        <translation>A submission comment is required; fill it in, then submit.</translation>
    </message>
    <message>
        <source>统一社会信用代码与开通网签账号时登记的不一致，请按营业执照核对。</source>
        <translation>The USCC differs from the one registered when the filing account was opened; check it against the business licence.</translation>
    </message>
    <message>
        <source>请先在「收件材料」中添加并上传营业执照图片，再提交。</source>
        <translation>Add and upload a picture of the business licence under “Materials” first, then submit.</translation>
    </message>
    <message>
        <source>图片超过 {kb} KB 的上限，请压缩后再上传（单个图片不能超过 500K）。</source>
        <translation>The picture exceeds the {kb} KB limit; compress it and upload it again (each picture at most 500K).</translation>
    </message>
    <message>
        <source>「{name}」会使沙盒时钟偏离超过 {years} 年，请改小后重试。</source>
        <translation>&quot;{name}&quot; would move the sandbox clock more than {years} years away; use a smaller value and try again.</translation>
    </message>
    <message>
        <source>演示房源只在练习环境中提供。</source>
        <translation>Demo properties are only available in the training environment.</translation>
    </message>
    <message>
        <source>本机构已有该人员的在职记录或未审核的申请，请勿重复添加。</source>
        <translation>This agency already has an active record or a pending application for this person; do not add them again.</translation>
    </message>
    <message>
        <source>企业信息核查经交易中心审核通过后才能添加从业人员。</source>
        <translation>Agents can be added only after the registry has approved the enterprise record.</translation>
    </message>
    <message>
        <source>该从业人员申请当前状态为「{status}」，不能修改。</source>
        <translation>The staff application is “{status}” and cannot be edited.</translation>
    </message>
    <message>
        <source>只能删除未提交或审核不通过的申请；已通过的人员请使用注销。</source>
        <translation>Only unsubmitted or rejected applications can be deleted; deactivate approved staff instead.</translation>
    </message>
    <message>
        <source>该从业人员申请当前状态为「{status}」，不能提交。</source>
        <translation>The staff application is “{status}” and cannot be submitted.</translation>
    </message>
    <message>
        <source>该从业人员账号未生效或已注销。</source>
        <translation>This agent account is not active yet or has been deactivated.</translation>
    </message>
    <message>
        <source>保存草稿需附带读取时的版本号（If-Match），请刷新后重试。</source>
        <translation>Saving a draft needs the version that was read (If-Match); refresh and try again.</translation>
    </message>
    <message>
        <source>请求头 {header} 格式不正确：应为读取时得到的版本号（如 &quot;3&quot;），请刷新后重试。</source>
        <translation>The {header} header is malformed: it must be the version number read earlier (such as &quot;3&quot;); refresh and try again.</translation>
    </message>
    <message>
        <source>该记录已被他人或其他设备修改，请刷新查看最新内容后再保存。</source>
        <translation>This record was changed by someone else or on another device; refresh to see the latest content, then save.</translation>
    </message>
    <message>
        <source>上传内容超过 {kb} KB 的上限，请压缩图片后再上传（单个图片不能超过 500K）。</source>
        <translation>The upload exceeds the {kb} KB limit; compress the picture and upload it again (each picture at most 500K).</translation>
    </message>
    <message>
        <source>请求内容超过 {kb} KB 的上限，请减少内容后重试。</source>
        <translation>The request exceeds the {kb} KB limit; send less and try again.</translation>
    </message>
    <message>
        <source>请求头 {header} 不正确：应为一个十进制字节数。</source>
        <translation>The {header} header is wrong: it must be a decimal number of bytes.</translation>
    </message>
    <message>
        <source>请求地址中含有不允许的控制字符（NUL），请检查后重试。</source>
        <translation>The request address contains a control character that is not allowed (NUL); please check it and try again.</translation>
    </message>
</context>
</TS>
