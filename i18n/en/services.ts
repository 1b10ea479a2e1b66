<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>labels</name>
    <message>
        <source>统一社会信用代码</source>
        <translation>Unified social credit code (USCC)</translation>
    </message>
    <message>
        <source>法定代理人</source>
        <translation>Legal guardian</translation>
    </message>
    <message>
        <source>委托代理人</source>
        <translation>Authorised agent</translation>
    </message>
    <message>
        <source>已注销</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>提交备案</source>
        <translation>Submit for filing</translation>
    </message>
    <message>
        <source>合同变更</source>
        <translation>Contract change</translation>
    </message>
    <message>
        <source>共有性质</source>
        <translation>Co-ownership type</translation>
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
        <source>贷款银行</source>
        <translation>Lending bank</translation>
    </message>
    <message>
        <source>余款支付日期</source>
        <translation>Balance payment date</translation>
    </message>
    <message>
        <source>是否资金监管</source>
        <translation>Escrow used</translation>
    </message>
    <message>
        <source>监管银行</source>
        <translation>Escrow bank</translation>
    </message>
    <message>
        <source>监管网点</source>
        <translation>Escrow branch</translation>
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
        <source>甲方承担税费</source>
        <translation>Taxes and fees paid by the seller</translation>
    </message>
    <message>
        <source>乙方承担税费</source>
        <translation>Taxes and fees paid by the buyer</translation>
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
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>否</source>
        <translation>No</translation>
    </message>
    <message>
        <source>企业名称</source>
        <translation>Company name</translation>
    </message>
    <message>
        <source>与营业执照完全一致的公司全称</source>
        <translation>Full company name, exactly as on the business licence</translation>
    </message>
    <message>
        <source>18 位，营业执照左上角</source>
        <translation>18 characters, top left of the business licence</translation>
    </message>
    <message>
        <source>法定代表人</source>
        <translation>Legal representative</translation>
    </message>
    <message>
        <source>法定代表人身份证号</source>
        <translation>Legal representative&apos;s ID number</translation>
    </message>
    <message>
        <source>住所</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>经营场所</source>
        <translation>Place of business</translation>
    </message>
    <message>
        <source>与住所不同时填写</source>
        <translation>Fill in only if different from the address</translation>
    </message>
    <message>
        <source>注册资本</source>
        <translation>Registered capital</translation>
    </message>
    <message>
        <source>万元，如：100 或 100万元</source>
        <translation>In units of 10,000 CNY, e.g. 100</translation>
    </message>
    <message>
        <source>成立日期</source>
        <translation>Date of establishment</translation>
    </message>
    <message>
        <source>营业期限（起）</source>
        <translation>Business term (from)</translation>
    </message>
    <message>
        <source>营业期限（至）</source>
        <translation>Business term (until)</translation>
    </message>
    <message>
        <source>不能晚于今天起 2 年；长期有效的请填今天起 2 年内的日期</source>
        <translation>At most 2 years from today; for an unlimited term, enter a date within 2 years from today</translation>
    </message>
    <message>
        <source>经营范围</source>
        <translation>Business scope</translation>
    </message>
    <message>
        <source>联系人</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>手机或固定电话</source>
        <translation>Mobile or landline number</translation>
    </message>
    <message>
        <source>房地产经纪机构备案号</source>
        <translation>Real estate agency filing number</translation>
    </message>
    <message>
        <source>资质证书编号</source>
        <translation>Qualification certificate no.</translation>
    </message>
    <message>
        <source>无资质证书可不填</source>
        <translation>Leave empty if there is no qualification certificate</translation>
    </message>
    <message>
        <source>资质有效期（至）</source>
        <translation>Qualification valid until</translation>
    </message>
    <message>
        <source>不能晚于今天起 2 年；如无资质证书，可填与营业期限相同的日期</source>
        <translation>At most 2 years from today; without a qualification certificate, enter the same date as the business term</translation>
    </message>
    <message>
        <source>填写完整并上传营业执照后，填写提交意见再提交审核。</source>
        <translation>Complete the form and upload the business licence, then enter a submission comment and submit for review.</translation>
    </message>
    <message>
        <source>等待中山市房地产交易管理事务中心审核。</source>
        <translation>Awaiting review by the Zhongshan Real Estate Transaction Management Centre.</translation>
    </message>
    <message>
        <source>可以在「人员管理」中添加从业人员。</source>
        <translation>You can now add agents under “Staff”.</translation>
    </message>
    <message>
        <source>请按退回原因修改后重新提交。</source>
        <translation>Correct the record as the rejection reason says, then submit again.</translation>
    </message>
    <message>
        <source>地址须以 https:// 开头（本机测试可用 http://）</source>
        <translation>The address must start with https:// (http:// only for local testing)</translation>
    </message>
    <message>
        <source>非本机地址必须使用 https://，以保证传输加密</source>
        <translation>An address other than this computer must use https:// so that the connection is encrypted</translation>
    </message>
    <message>
        <source>找不到该证书文件</source>
        <translation>Certificate file not found</translation>
    </message>
    <message>
        <source>正在启动本机练习环境（沙盒登记中心）…</source>
        <translation>Starting the local training environment (sandbox registry)…</translation>
    </message>
    <message>
        <source>正在连接登记中心…</source>
        <translation>Connecting to the registry…</translation>
    </message>
    <message>
        <source>正在检查登记中心…</source>
        <translation>Checking the registry…</translation>
    </message>
    <message>
        <source>办理存量房买卖合同网签备案后，如需解除合同，买卖双方协商一致注销网签备案的，双方本人持有效身份证件（原件）及注销网签备案的申请材料向中山市房地产交易管理事务中心申请办理。</source>
        <translation>If, after the online filing of a second-hand housing sale contract, seller and buyer agree to terminate the contract and cancel the filing, both must apply in person at the Zhongshan Real Estate Transaction Management Centre with their valid ID documents (originals) and the cancellation application materials.</translation>
    </message>
    <message>
        <source>如有疑问，请拨打咨询电话 0760-88363077。</source>
        <translation>For questions, call the enquiry line 0760-88363077.</translation>
    </message>
    <message>
        <source>合同提交后，如发现买卖双方姓名、身份证件号码、房屋信息等重要信息填写错误的，不可修改，必须注销网签备案后，再重新签订买卖合同。</source>
        <translation>Once a contract is submitted, errors in key details such as the parties&apos; names, ID numbers or the property cannot be corrected: the filing must be cancelled and a new contract signed.</translation>
    </message>
    <message>
        <source>申请注销网签备案（买卖双方本人持有效身份证件原件及申请材料到登记中心办理），然后重新签订合同</source>
        <translation>apply for cancellation of the filing (seller and buyer in person at the registry with their original valid ID documents and the application materials), then sign a new contract</translation>
    </message>
    <message>
        <source>变更原因</source>
        <translation>Reason for change</translation>
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
        <source>房屋信息</source>
        <translation>Property details</translation>
    </message>
    <message>
        <source>（空）</source>
        <translation>(empty)</translation>
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
        <source>国籍/地区</source>
        <translation>Nationality/region</translation>
    </message>
    <message>
        <source>邮政编码</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <source>份额</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>合同概况</source>
        <translation>Contract overview</translation>
    </message>
    <message>
        <source>合同编号</source>
        <translation>Contract no.</translation>
    </message>
    <message>
        <source>（待登记中心编号）</source>
        <translation>(to be numbered by the registry)</translation>
    </message>
    <message>
        <source>备案号</source>
        <translation>Filing number</translation>
    </message>
    <message>
        <source>（未备案）</source>
        <translation>(not filed)</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>当前版本</source>
        <translation>Current revision</translation>
    </message>
    <message>
        <source>创建时间</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>提交时间</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>经办人账号</source>
        <translation>Handled by (account)</translation>
    </message>
    <message>
        <source>中介机构</source>
        <translation>Agency</translation>
    </message>
    <message>
        <source>房屋信息（来自登记簿，不可修改）</source>
        <translation>Property (from the land register, read-only)</translation>
    </message>
    <message>
        <source>房屋坐落</source>
        <translation>Property address</translation>
    </message>
    <message>
        <source>不动产单元号</source>
        <translation>Real-estate unit no.</translation>
    </message>
    <message>
        <source>不动产权证号</source>
        <translation>Title certificate no.</translation>
    </message>
    <message>
        <source>房产证号</source>
        <translation>Property certificate no.</translation>
    </message>
    <message>
        <source>用途</source>
        <translation>Use</translation>
    </message>
    <message>
        <source>结构</source>
        <translation>Structure</translation>
    </message>
    <message>
        <source>建筑面积</source>
        <translation>Floor area</translation>
    </message>
    <message>
        <source>套内面积</source>
        <translation>Internal floor area</translation>
    </message>
    <message>
        <source>建成年份</source>
        <translation>Year built</translation>
    </message>
    <message>
        <source>所在层/总层数</source>
        <translation>Floor / total floors</translation>
    </message>
    <message>
        <source>共有情况</source>
        <translation>Ownership</translation>
    </message>
    <message>
        <source>抵押</source>
        <translation>Mortgaged</translation>
    </message>
    <message>
        <source>查封</source>
        <translation>Seized</translation>
    </message>
    <message>
        <source>权利限制</source>
        <translation>Encumbrances</translation>
    </message>
    <message>
        <source>价款与付款</source>
        <translation>Price and payment</translation>
    </message>
    <message>
        <source>成交总价</source>
        <translation>Total sale price</translation>
    </message>
    <message>
        <source>定金</source>
        <translation>Deposit</translation>
    </message>
    <message>
        <source>首付款</source>
        <translation>Down payment</translation>
    </message>
    <message>
        <source>贷款金额</source>
        <translation>Loan amount</translation>
    </message>
    <message>
        <source>资金监管</source>
        <translation>Escrow</translation>
    </message>
    <message>
        <source>监管金额</source>
        <translation>Escrow amount</translation>
    </message>
    <message>
        <source>交付与其他</source>
        <translation>Handover and other terms</translation>
    </message>
    <message>
        <source>办理转移登记期限</source>
        <translation>Transfer registration period</translation>
    </message>
    <message>
        <source>逾期违约金</source>
        <translation>Late penalty</translation>
    </message>
    <message>
        <source>申请人、好差评与注意事项</source>
        <translation>Applicant, service rating and notices</translation>
    </message>
    <message>
        <source>申请人</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>申请人证件号码</source>
        <translation>Applicant&apos;s ID number</translation>
    </message>
    <message>
        <source>申请人电话</source>
        <translation>Applicant&apos;s phone</translation>
    </message>
    <message>
        <source>服务评价</source>
        <translation>Service rating</translation>
    </message>
    <message>
        <source>评价意见</source>
        <translation>Rating comment</translation>
    </message>
    <message>
        <source>注意事项已向双方告知</source>
        <translation>Notices explained to both parties</translation>
    </message>
    <message>
        <source>买卖双方同意记录</source>
        <translation>Consent of seller and buyer</translation>
    </message>
    <message>
        <source>尚未记录</source>
        <translation>Not recorded yet</translation>
    </message>
    <message>
        <source>自动识别</source>
        <translation>Auto-detect</translation>
    </message>
    <message>
        <source>证书号/单元号</source>
        <translation>Certificate/unit no.</translation>
    </message>
    <message>
        <source>创建时间（新→旧）</source>
        <translation>Created (newest first)</translation>
    </message>
    <message>
        <source>创建时间（旧→新）</source>
        <translation>Created (oldest first)</translation>
    </message>
    <message>
        <source>最近更新</source>
        <translation>Recently updated</translation>
    </message>
    <message>
        <source>注销申请中（待发送）</source>
        <translation>Cancellation pending (not sent yet)</translation>
    </message>
    <message>
        <source>已过期</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>已过期，可重新创建</source>
        <translation>Expired, can be recreated</translation>
    </message>
    <message>
        <source>等待同步</source>
        <translation>Waiting to sync</translation>
    </message>
    <message>
        <source>当面确认</source>
        <translation>Confirmed in person</translation>
    </message>
    <message>
        <source>已是最后一页</source>
        <translation>This is the last page</translation>
    </message>
    <message>
        <source>已是第一页</source>
        <translation>This is the first page</translation>
    </message>
    <message>
        <source>离线：未登录登记中心，显示本机数据；重新登录后才会提交待发送的操作。</source>
        <translation>Offline: not signed in to the registry, showing local data; pending operations are sent after you sign in again.</translation>
    </message>
    <message>
        <source>存量房买卖合同</source>
        <translation>Sale contract</translation>
    </message>
    <message>
        <source>（未编号）</source>
        <translation>(no number)</translation>
    </message>
    <message>
        <source>生成文档时出错，详情已记录在日志中</source>
        <translation>Could not generate the document; details are in the log</translation>
    </message>
    <message>
        <source>完成</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>姓名 + 不动产单元号</source>
        <translation>Name + real-estate unit no.</translation>
    </message>
    <message>
        <source>如果查询房源失败、且房产证上的证件号码为一代身份证</source>
        <translation>The lookup failed and the property certificate shows a first-generation ID card number</translation>
    </message>
    <message>
        <source>产权证书上的证件号码如为一代身份证的，请勾选“如果查询房源失败、且房产证上的证件号码为一代身份证”，否则不要勾选。</source>
        <translation>If the ID number on the certificate is a first-generation ID card number, tick “The lookup failed and the property certificate shows a first-generation ID card number”; otherwise leave it unticked.</translation>
    </message>
    <message>
        <source>产权人的姓名或证件号码有变的，仍要按产权证书信息或不动产登记簿信息输入。</source>
        <translation>If the owner&apos;s name or ID number has changed since, still enter them as on the certificate or in the land register.</translation>
    </message>
    <message>
        <source>产权人为中国港澳台人士或外国人士的，建议选择查询方式为“姓名+不动产单元号”进行房源查询。</source>
        <translation>For owners from Hong Kong, Macao, Taiwan or abroad, verify the property by “Name + real-estate unit no.”.</translation>
    </message>
    <message>
        <source>用不动产单元号查询的，需先向不动产登记部门查询，按查档信息输入。</source>
        <translation>To verify by real-estate unit no., first obtain the record from the land registry and enter it as shown there.</translation>
    </message>
    <message>
        <source>请以不动产登记部门的查档信息为准再次输入。</source>
        <translation>Enter the details again exactly as in the land registry&apos;s record.</translation>
    </message>
    <message>
        <source>房屋赠与、土地买卖等不属于存量房网签的范围，按不动产登记部门要求办理即可。</source>
        <translation>Gifts of property, land sales and the like are not filed here; follow the land registry&apos;s requirements for them.</translation>
    </message>
    <message>
        <source>创建合同草稿</source>
        <translation>Create contract draft</translation>
    </message>
    <message>
        <source>保存合同内容</source>
        <translation>Save contract</translation>
    </message>
    <message>
        <source>记录当事人同意</source>
        <translation>Record party consent</translation>
    </message>
    <message>
        <source>注销网签备案申请</source>
        <translation>Cancellation request</translation>
    </message>
    <message>
        <source>房源验证</source>
        <translation>Property verification</translation>
    </message>
    <message>
        <source>房屋与出卖人</source>
        <translation>Property and sellers</translation>
    </message>
    <message>
        <source>买受人</source>
        <translation>Buyers</translation>
    </message>
    <message>
        <source>确认提交</source>
        <translation>Confirm and submit</translation>
    </message>
    <message>
        <source>为保障买卖双方合法权益，建议鼓励买卖双方选择资金监管。</source>
        <translation>To protect both parties&apos; rights, encourage seller and buyer to use escrow.</translation>
    </message>
    <message>
        <source>选择建设银行的，可在系统上直接操作：点击跳转建设银行的“龙存管”系统，实现“全线上”办理。</source>
        <translation>With China Construction Bank, escrow is arranged fully online: click through to CCB&apos;s “Long Cun Guan” system.</translation>
    </message>
    <message>
        <source>选择农村商业银行的，需要到线下支行办理，具体请查看操作指引中农村商业银行的《用户操作手册》。</source>
        <translation>With Zhongshan Rural Commercial Bank, escrow is arranged at a branch; see the bank&apos;s user manual in the registry&apos;s guide.</translation>
    </message>
    <message>
        <source>买卖双方有效身份证件原件</source>
        <translation>Original valid ID documents of seller and buyer</translation>
    </message>
    <message>
        <source>已网签的存量房买卖合同（本系统打印）</source>
        <translation>The filed second-hand housing sale contract (printed from zsdesk)</translation>
    </message>
    <message>
        <source>买方用于存入监管资金的银行卡或账户</source>
        <translation>The buyer&apos;s bank card or account for paying in the escrow funds</translation>
    </message>
    <message>
        <source>卖方用于接收房款的银行账户</source>
        <translation>The seller&apos;s bank account for receiving the payment</translation>
    </message>
    <message>
        <source>不动产权证书（或房地产权证）原件</source>
        <translation>Original title certificate (or property certificate)</translation>
    </message>
    <message>
        <source>中山农村商业银行《存量房交易资金监管用户操作手册》（见登记中心操作指引附件）</source>
        <translation>Zhongshan Rural Commercial Bank&apos;s escrow user manual for second-hand housing (attached to the registry&apos;s guide)</translation>
    </message>
    <message>
        <source>注销后，从业人员 {name} 的网签账号（{login}）立即停用：不能再登录网签系统，也不能再签订、变更合同。已经备案的合同不受影响，仍可在「本机构合同」中查看。

注销不能撤销；以后如需再让此人办理网签，须重新添加并经交易中心审核。

确定注销吗？</source>
        <translation>After deactivation, the filing account ({login}) of agent {name} stops working at once: they can no longer sign in to the filing system or sign or change contracts. Contracts already filed are not affected and remain visible under “Agency contracts”.

Deactivation cannot be undone; to let this person file again later, add them again and wait for the transaction centre&apos;s approval.

Deactivate now?</translation>
    </message>
    <message>
        <source>正在登录登记中心…（可先查看本机数据）</source>
        <translation>Signing in to the registry… (local data can be viewed meanwhile)</translation>
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
        <source>提交后，买卖双方姓名、身份证件号码、房屋信息等重要信息填写错误的，不可修改，必须注销网签备案后再重新签订买卖合同。</source>
        <translation>Once filed, a wrong name, ID number or property detail of the seller or buyer cannot be corrected: the filing must be cancelled and a new sale contract signed.</translation>
    </message>
    <message>
        <source>未经买卖双方一致同意擅自办理存量房买卖合同网签备案属违规行为。</source>
        <translation>Filing a second-hand housing sale contract without the agreement of both seller and buyer is a violation.</translation>
    </message>
    <message>
        <source>法人登录账号</source>
        <translation>Legal-entity login account</translation>
    </message>
    <message>
        <source>3–64 位字母、数字或 _ . @ -，登录时使用</source>
        <translation>3–64 letters, digits or _ . @ -, used to log in</translation>
    </message>
    <message>
        <source>登录密码</source>
        <translation>Login password</translation>
    </message>
    <message>
        <source>至少 8 位</source>
        <translation>At least 8 characters</translation>
    </message>
    <message>
        <source>确认密码</source>
        <translation>Confirm password</translation>
    </message>
    <message>
        <source>单位/企业名称</source>
        <translation>Company name</translation>
    </message>
    <message>
        <source>单位/企业证件号码</source>
        <translation>Company ID number</translation>
    </message>
    <message>
        <source>统一社会信用代码，18 位</source>
        <translation>Unified social credit code, 18 characters</translation>
    </message>
    <message>
        <source>证件地址</source>
        <translation>Registered address</translation>
    </message>
    <message>
        <source>法定代表人姓名</source>
        <translation>Legal representative&apos;s name</translation>
    </message>
    <message>
        <source>法定代表人证件号码</source>
        <translation>Legal representative&apos;s ID number</translation>
    </message>
    <message>
        <source>居民身份证号码</source>
        <translation>Resident ID card number</translation>
    </message>
    <message>
        <source>企业信息核查</source>
        <translation>Enterprise record check</translation>
    </message>
    <message>
        <source>从业人员添加</source>
        <translation>Staff added</translation>
    </message>
    <message>
        <source>正在重启本机练习环境…</source>
        <translation>Restarting the local training environment…</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>提交需要填写提交意见。</source>
        <translation>Enter a submission comment to submit.</translation>
    </message>
    <message>
        <source>尚未连接登记中心</source>
        <translation>Not connected to the registry</translation>
    </message>
    <message>
        <source>本机没有这份合同</source>
        <translation>This contract is not on this computer</translation>
    </message>
    <message>
        <source>合同状态为「{status}」，只有已签约的合同可以申请注销。</source>
        <translation>The contract is &quot;{status}&quot;; only signed contracts can be cancelled.</translation>
    </message>
    <message>
        <source>只有创建该合同的从业人员才能申请注销网签备案。</source>
        <translation>Only the agent who created this contract can request cancellation of its filing.</translation>
    </message>
    <message>
        <source>注销申请已在等待同步。</source>
        <translation>The cancellation request is already waiting to sync.</translation>
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
        <source>这份合同还有未同步的操作，请先同步后再办理变更。</source>
        <translation>This contract has operations that have not synced yet; sync first, then make the change.</translation>
    </message>
    <message>
        <source>合同状态为「{status}」，只有已签约的合同可以变更。</source>
        <translation>The contract is &quot;{status}&quot;; only signed contracts can be changed.</translation>
    </message>
    <message>
        <source>只有创建该合同的从业人员才能办理合同变更。</source>
        <translation>Only the agent who created this contract can change it.</translation>
    </message>
    <message>
        <source>「{item}」不能变更。{explanation}</source>
        <translation>&quot;{item}&quot; cannot be changed. {explanation}</translation>
    </message>
    <message>
        <source>{refusal}可选择：{way_out}。</source>
        <translation>{refusal} Instead you can {way_out}.</translation>
    </message>
    <message>
        <source>没有变更任何条款：请先在合同条款中修改要变更的内容。</source>
        <translation>No terms were changed: first edit the terms you want to change in the contract.</translation>
    </message>
    <message>
        <source>尚未登录</source>
        <translation>Not logged in</translation>
    </message>
    <message>
        <source>本机数据中已没有这份合同（可能已被同步删除），请刷新列表后重试。</source>
        <translation>This contract is no longer in the local data (a sync may have removed it); refresh the list and try again.</translation>
    </message>
    <message>
        <source>{amount:,.2f} 元</source>
        <translation>CNY {amount:,.2f}</translation>
    </message>
    <message>
        <source>{area} 平方米</source>
        <translation>{area} m²</translation>
    </message>
    <message>
        <source>{what}：{reason}</source>
        <translation>{what}: {reason}</translation>
    </message>
    <message>
        <source>出卖人（甲方）{number}</source>
        <translation>Seller {number}</translation>
    </message>
    <message>
        <source>买受人（乙方）{number}</source>
        <translation>Buyer {number}</translation>
    </message>
    <message>
        <source>{title}（{name}）</source>
        <translation>{title} ({name})</translation>
    </message>
    <message>
        <source>{days} 日</source>
        <translation>{days} days</translation>
    </message>
    <message>
        <source>每日 {rate} ‰</source>
        <translation>{rate} ‰ per day</translation>
    </message>
    <message>
        <source>{side} {name}</source>
        <translation>{side} {name}</translation>
    </message>
    <message>
        <source>{method}，{when}，记录人 {recorder}</source>
        <translation>{method}, {when}, recorded by {recorder}</translation>
    </message>
    <message>
        <source>{name}（{account}）</source>
        <translation>{name} ({account})</translation>
    </message>
    <message>
        <source>⚠ 剩 {hours} 小时 {minutes:02d} 分</source>
        <translation>⚠ {hours} h {minutes:02d} min left</translation>
    </message>
    <message>
        <source>剩 {hours} 小时 {minutes:02d} 分</source>
        <translation>{hours} h {minutes:02d} min left</translation>
    </message>
    <message>
        <source>草稿已被登记中心删除（创建后 24 小时未提交），可用本机保存的内容一键重新创建</source>
        <translation>The registry deleted the draft (not submitted within 24 hours of creation); you can recreate it in one step from the copy saved on this computer</translation>
    </message>
    <message>
        <source>草稿尚未在登记中心创建（等待同步）</source>
        <translation>The draft has not been created at the registry yet (waiting to sync)</translation>
    </message>
    <message>
        <source>剩余 {hours} 小时 {minutes} 分钟，超过 24 小时未提交的合同将被登记中心自动删除，请尽快提交！</source>
        <translation>{hours} h {minutes} min left; the registry deletes contracts not submitted within 24 hours. Please submit soon!</translation>
    </message>
    <message>
        <source>剩余 {hours} 小时 {minutes} 分钟，超过 24 小时未提交的合同将被登记中心自动删除</source>
        <translation>{hours} h {minutes} min left; the registry deletes contracts not submitted within 24 hours</translation>
    </message>
    <message>
        <source>房源已验证并已创建合同草稿；如需更换房源，请新建合同。</source>
        <translation>The property is verified and the contract draft created; to use another property, start a new contract.</translation>
    </message>
    <message>
        <source>房源验证需要连接登记中心，请检查网络后再试。</source>
        <translation>Property verification needs a connection to the registry; check the network and try again.</translation>
    </message>
    <message>
        <source>请先完成房源验证</source>
        <translation>Verify the property first</translation>
    </message>
    <message>
        <source>该房屋已被查封，不能办理网签备案</source>
        <translation>This property is seized and cannot be filed</translation>
    </message>
    <message>
        <source>记录同意后合同内容有修改，请向买卖双方重新确认并记录同意</source>
        <translation>The contract changed after consent was recorded; confirm with seller and buyer again and record their consent</translation>
    </message>
    <message>
        <source>请先填写该当事人的姓名</source>
        <translation>Enter this party&apos;s name first</translation>
    </message>
    <message>
        <source>没有可重新创建的草稿</source>
        <translation>There is no draft to recreate</translation>
    </message>
    <message>
        <source>还有 {count} 项必填或有误的内容，请先完善：{first}</source>
        <translation>Required or incorrect entries left: {count}; complete them first: {first}</translation>
    </message>
    <message>
        <source>只有草稿可以提交</source>
        <translation>Only drafts can be submitted</translation>
    </message>
    <message>
        <source>文件内容不是 JPEG 或 PNG 图片（与扩展名无关），请选择照片或扫描件</source>
        <translation>The file content is not a JPEG or PNG picture (whatever its extension); choose a photo or a scan</translation>
    </message>
    <message>
        <source>图片的像素尺寸过大，无法作为收件材料处理，请缩小图片后再选择</source>
        <translation>The picture has too many pixels to be used as a material; make it smaller and choose it again</translation>
    </message>
    <message>
        <source>图片文件已损坏，无法读取，请重新拍摄或扫描</source>
        <translation>The picture file is damaged and cannot be read; take the photo or scan again</translation>
    </message>
    <message>
        <source>图片无法压缩到限制以内</source>
        <translation>The picture cannot be shrunk below the limit</translation>
    </message>
    <message>
        <source>{document} {number}</source>
        <translation>{document} {number}</translation>
    </message>
    <message>
        <source>委托书 {agency}</source>
        <translation>Power of attorney — {agency}</translation>
    </message>
    <message>
        <source>正在生成第 {number}/{total} 份</source>
        <translation>Generating document {number}/{total}</translation>
    </message>
    <message>
        <source>请填写受托方姓名（与身份证一致）。</source>
        <translation>Enter the authorised agent&apos;s name (as on the ID card).</translation>
    </message>
    <message>
        <source>请填写受托方的居民身份证号码。</source>
        <translation>Enter the authorised agent&apos;s resident ID card number.</translation>
    </message>
    <message>
        <source>请填写联系电话。</source>
        <translation>Enter a contact phone number.</translation>
    </message>
    <message>
        <source>请填写产权人姓名（按产权证书或登记簿）</source>
        <translation>Enter the owner&apos;s name (as on the certificate or in the register)</translation>
    </message>
    <message>
        <source>请填写产权人证件号码（按产权证书或登记簿）</source>
        <translation>Enter the owner&apos;s ID number (as on the certificate or in the register)</translation>
    </message>
    <message>
        <source>输入的是 15 位一代身份证号码：如产权证书上即为该号码且查询失败，请勾选“{checkbox}”</source>
        <translation>This is a 15-digit first-generation ID number: if the certificate shows this number and the lookup fails, tick &quot;{checkbox}&quot;</translation>
    </message>
    <message>
        <source>只有产权证书上为一代（15 位）身份证时才勾选此项，否则不要勾选</source>
        <translation>Tick this only when the certificate shows a first-generation (15-digit) ID number; otherwise leave it unticked</translation>
    </message>
    <message>
        <source>练习环境未能启动，详情见日志文件</source>
        <translation>The training environment did not start; see the log file for details</translation>
    </message>
    <message>
        <source>练习环境启动超时</source>
        <translation>The training environment took too long to start</translation>
    </message>
    <message>
        <source>关联没有完成，请重新登录后再试。</source>
        <translation>Binding did not complete; log in again and retry.</translation>
    </message>
    <message>
        <source>该统一身份认证账号关联的网签账号已变化，请切换账号后重新登录。</source>
        <translation>The filing account bound to this unified-identity account has changed; switch accounts and log in again.</translation>
    </message>
    <message>
        <source>{what}：{about}</source>
        <translation>{what}: {about}</translation>
    </message>
    <message>
        <source>{price} 元/平方米</source>
        <translation>CNY {price}/m²</translation>
    </message>
    <message>
        <source>份额合计 {total}%</source>
        <translation>Shares total {total}%</translation>
    </message>
    <message>
        <source>份额合计 {total}%，应为 100%（还差 {gap}%）</source>
        <translation>Shares total {total}%; must be 100% ({gap}% missing)</translation>
    </message>
    <message>
        <source>份额合计 {total}%，应为 100%（超出 {excess}%）</source>
        <translation>Shares total {total}%; must be 100% ({excess}% too much)</translation>
    </message>
    <message>
        <source>确定删除这份合同草稿吗？登记中心的草稿及已上传的材料将被删除，本机保存的副本（含双方当事人的姓名、证件号码和电话）也将一并删除，删除后无法恢复，也不能再从本机副本重新创建。</source>
        <translation>Delete this contract draft? The registry&apos;s draft and its uploaded materials will be deleted, and so will the copy on this computer (with both parties&apos; names, ID numbers and phones). This cannot be undone, and the draft can no longer be recreated from the local copy.</translation>
    </message>
    <message>
        <source>确定删除这份合同草稿吗？本机保存的草稿（含双方当事人的姓名、证件号码和电话）将被删除，删除后无法恢复。</source>
        <translation>Delete this contract draft? The draft saved on this computer (with both parties&apos; names, ID numbers and phones) will be deleted. This cannot be undone.</translation>
    </message>
    <message>
        <source>登记中心已删除这份超过 24 小时未提交的草稿。确定删除本机副本吗？副本中双方当事人的姓名、证件号码和电话将从本机删除，删除后不能再从本机副本重新创建。</source>
        <translation>The registry deleted this draft because it was not submitted within 24 hours. Delete the local copy? Both parties&apos; names, ID numbers and phones in it will be removed from this computer, and the draft can no longer be recreated from the local copy.</translation>
    </message>
    <message>
        <source>本机没有这份合同，可能已被删除。</source>
        <translation>This contract is not on this computer; it may have been deleted.</translation>
    </message>
    <message>
        <source>只有未提交的合同草稿可以删除；已备案的合同须办理注销网签备案。</source>
        <translation>Only contract drafts that have not been submitted can be deleted; a filed contract needs a filing cancellation.</translation>
    </message>
    <message>
        <source>{side}{n} 姓名（名称）</source>
        <translation>{side} {n} name</translation>
    </message>
    <message>
        <source>{side}{n} {id_type}</source>
        <translation>{side} {n} {id_type}</translation>
    </message>
    <message>
        <source>文件大小 {size}（{count:,} 字节），超过登记中心允许的 {limit}（{limit_bytes:,} 字节），不能上传。可以压缩图片后再上传。</source>
        <translation>The file is {size} ({count:,} bytes), over the registry&apos;s limit of {limit} ({limit_bytes:,} bytes), and cannot be uploaded. Shrink the picture, then upload it.</translation>
    </message>
    <message>
        <source>请填写「{label}」。</source>
        <translation>Please fill in “{label}”.</translation>
    </message>
    <message>
        <source>「{label}」只能用 3–64 位字母、数字或 _ . @ -。</source>
        <translation>“{label}” may only use 3–64 letters, digits or _ . @ -.</translation>
    </message>
    <message>
        <source>「{label}」至少 8 位。</source>
        <translation>“{label}” needs at least 8 characters.</translation>
    </message>
    <message>
        <source>两次输入的密码不一致，请重新输入「{label}」。</source>
        <translation>The two passwords differ; please enter “{label}” again.</translation>
    </message>
    <message>
        <source>驳回需要填写「驳回原因」，机构按原因修改后重新提交。</source>
        <translation>Rejecting needs a “Reason for rejection”: the agency corrects accordingly and resubmits.</translation>
    </message>
    <message>
        <source>只有本机练习环境可以在程序中重启。</source>
        <translation>Only the local training environment can be restarted from the app.</translation>
    </message>
</context>
</TS>
