<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>labels</name>
    <message>
        <source>居民身份证</source>
        <translation>Resident ID card</translation>
    </message>
    <message>
        <source>港澳居民来往内地通行证</source>
        <translation>Mainland Travel Permit for Hong Kong and Macao Residents</translation>
    </message>
    <message>
        <source>台湾居民来往大陆通行证</source>
        <translation>Mainland Travel Permit for Taiwan Residents</translation>
    </message>
    <message>
        <source>港澳台居民居住证</source>
        <translation>Residence Permit for Hong Kong, Macao and Taiwan Residents</translation>
    </message>
    <message>
        <source>护照</source>
        <translation>Passport</translation>
    </message>
    <message>
        <source>企业名称（与营业执照一致）</source>
        <translation>Company name (as on the business licence)</translation>
    </message>
    <message>
        <source>统一社会信用代码</source>
        <translation>Unified social credit code (USCC)</translation>
    </message>
    <message>
        <source>法定代表人</source>
        <translation>Legal representative</translation>
    </message>
    <message>
        <source>住所</source>
        <translation>Address</translation>
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
        <source>房地产经纪机构备案号</source>
        <translation>Real estate agency filing number</translation>
    </message>
    <message>
        <source>法定代表人身份证号</source>
        <translation>Legal representative&apos;s ID number</translation>
    </message>
    <message>
        <source>资质证书编号</source>
        <translation>Qualification certificate number</translation>
    </message>
    <message>
        <source>经营场所</source>
        <translation>Business premises</translation>
    </message>
    <message>
        <source>成立日期</source>
        <translation>Date of establishment</translation>
    </message>
    <message>
        <source>营业期限</source>
        <translation>Business term</translation>
    </message>
    <message>
        <source>资质有效期</source>
        <translation>Qualification validity</translation>
    </message>
    <message>
        <source>单独所有</source>
        <translation>Sole ownership</translation>
    </message>
    <message>
        <source>共同共有</source>
        <translation>Joint ownership</translation>
    </message>
    <message>
        <source>按份共有</source>
        <translation>Ownership by shares</translation>
    </message>
    <message>
        <source>甲方（转让方）</source>
        <translation>Seller (Party A)</translation>
    </message>
    <message>
        <source>乙方（受让方）</source>
        <translation>Buyer (Party B)</translation>
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
        <source>草稿</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>已签约</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>注销申请中</source>
        <translation>Cancellation pending</translation>
    </message>
    <message>
        <source>已注销</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>已过期（登记中心已删除）</source>
        <translation>Expired (deleted by the registry)</translation>
    </message>
    <message>
        <source>一次性付款</source>
        <translation>Lump sum</translation>
    </message>
    <message>
        <source>商业贷款</source>
        <translation>Commercial loan</translation>
    </message>
    <message>
        <source>公积金贷款</source>
        <translation>Housing provident fund loan</translation>
    </message>
    <message>
        <source>组合贷款</source>
        <translation>Combined loan</translation>
    </message>
    <message>
        <source>中国建设银行</source>
        <translation>China Construction Bank</translation>
    </message>
    <message>
        <source>中山农村商业银行</source>
        <translation>Zhongshan Rural Commercial Bank</translation>
    </message>
    <message>
        <source>提交仲裁委员会仲裁</source>
        <translation>Arbitration by an arbitration commission</translation>
    </message>
    <message>
        <source>依法向人民法院起诉</source>
        <translation>Lawsuit at a people&apos;s court</translation>
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
        <source>营业执照</source>
        <translation>Business licence</translation>
    </message>
    <message>
        <source>身份证正面</source>
        <translation>ID card (front)</translation>
    </message>
    <message>
        <source>身份证反面</source>
        <translation>ID card (back)</translation>
    </message>
    <message>
        <source>委托书</source>
        <translation>Power of attorney</translation>
    </message>
    <message>
        <source>资质证书</source>
        <translation>Qualification certificate</translation>
    </message>
    <message>
        <source>合同页</source>
        <translation>Contract page</translation>
    </message>
    <message>
        <source>其他材料</source>
        <translation>Other materials</translation>
    </message>
    <message>
        <source>非常满意</source>
        <translation>Very satisfied</translation>
    </message>
    <message>
        <source>满意</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <source>基本满意</source>
        <translation>Fairly satisfied</translation>
    </message>
    <message>
        <source>不满意</source>
        <translation>Dissatisfied</translation>
    </message>
    <message>
        <source>非常不满意</source>
        <translation>Very dissatisfied</translation>
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
        <source>修改合同草稿</source>
        <translation>Edit contract draft</translation>
    </message>
    <message>
        <source>提交备案</source>
        <translation>Submit for filing</translation>
    </message>
    <message>
        <source>草稿过期删除</source>
        <translation>Delete expired draft</translation>
    </message>
    <message>
        <source>合同变更</source>
        <translation>Contract change</translation>
    </message>
    <message>
        <source>申请注销网签备案</source>
        <translation>Apply for cancellation of the filing</translation>
    </message>
    <message>
        <source>完成注销网签备案</source>
        <translation>Complete cancellation of the filing</translation>
    </message>
    <message>
        <source>撤回注销申请</source>
        <translation>Withdraw cancellation request</translation>
    </message>
    <message>
        <source>共有性质</source>
        <translation>Co-ownership type</translation>
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
        <source>定金支付日期</source>
        <translation>Deposit payment date</translation>
    </message>
    <message>
        <source>首付款（元）</source>
        <translation>Down payment (CNY)</translation>
    </message>
    <message>
        <source>首付款支付日期</source>
        <translation>Down payment date</translation>
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
        <source>是否资金监管</source>
        <translation>Escrow used</translation>
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
        <source>交房日期</source>
        <translation>Handover date</translation>
    </message>
    <message>
        <source>交房条件</source>
        <translation>Handover conditions</translation>
    </message>
    <message>
        <source>办理转移登记期限（日）</source>
        <translation>Transfer registration period (days)</translation>
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
        <source>逾期违约金（‰/日）</source>
        <translation>Late penalty (‰ per day)</translation>
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
        <source>国籍</source>
        <translation>Nationality</translation>
    </message>
    <message>
        <source>邮政编码</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <source>份额（%）</source>
        <translation>Share (%)</translation>
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
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>否</source>
        <translation>No</translation>
    </message>
    <message>
        <source>姓名（名称）</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>申请人姓名</source>
        <translation>Applicant&apos;s name</translation>
    </message>
    <message>
        <source>申请人联系电话</source>
        <translation>Applicant&apos;s phone</translation>
    </message>
    <message>
        <source>申请人证件号码</source>
        <translation>Applicant&apos;s ID number</translation>
    </message>
    <message>
        <source>评价意见</source>
        <translation>Evaluation comment</translation>
    </message>
    <message>
        <source>贷款金额</source>
        <translation>Loan amount</translation>
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
        <source>监管金额</source>
        <translation>Escrow amount</translation>
    </message>
    <message>
        <source>材料名称</source>
        <translation>Material name</translation>
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
        <source>从业资格/登记证书编号</source>
        <translation>Practice qualification / registration certificate number</translation>
    </message>
    <message>
        <source>岗位</source>
        <translation>Position</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>请填写{label}</source>
        <translation>Enter the {label}</translation>
    </message>
    <message>
        <source>请填写注册资本</source>
        <translation>Enter the registered capital</translation>
    </message>
    <message>
        <source>注册资本应大于 0</source>
        <translation>Registered capital must be greater than 0</translation>
    </message>
    <message>
        <source>请填写成立日期</source>
        <translation>Enter the date of establishment</translation>
    </message>
    <message>
        <source>成立日期不能晚于今天</source>
        <translation>Date of establishment cannot be later than today</translation>
    </message>
    <message>
        <source>请填写资质有效期；无资质证书的，资质有效期可填与营业期限一致</source>
        <translation>Enter the qualification validity; without a qualification certificate, it may be the same as the business term</translation>
    </message>
    <message>
        <source>请填写资质有效期</source>
        <translation>Enter the qualification validity</translation>
    </message>
    <message>
        <source>未填写资质证书编号：无资质证书的，资质有效期可填与营业期限一致</source>
        <translation>No qualification certificate number: without a qualification certificate, the qualification validity may be the same as the business term</translation>
    </message>
    <message>
        <source>{label}不能超过今起 {years} 年（最晚 {latest}）；长期有效的请填写 {latest}</source>
        <translation>{label} cannot be more than {years} years from today (latest {latest}); if it has no end date, enter {latest}</translation>
    </message>
    <message>
        <source>{label}不能早于成立日期</source>
        <translation>{label} cannot be earlier than the date of establishment</translation>
    </message>
    <message>
        <source>{label}已届满（{date}），请核对或先办理延续</source>
        <translation>{label} has expired ({date}); check it or renew it first</translation>
    </message>
    <message>
        <source>合同状态为「{status}」，不能{event}</source>
        <translation>Not possible while the contract is &quot;{status}&quot;: {event}</translation>
    </message>
    <message>
        <source>{party}{n}（{name}）{term}</source>
        <translation>{party} {n} ({name}): {term}</translation>
    </message>
    <message>
        <source>{count} 字节</source>
        <translation>{count} bytes</translation>
    </message>
    <message>
        <source>请先在「收件材料」中上传身份证正面和反面图片，再提交。</source>
        <translation>Upload pictures of the front and the back of the ID card under “Materials” first, then submit.</translation>
    </message>
    <message>
        <source>还需上传{side}图片（身份证正面、反面各一张），再提交。</source>
        <translation>Upload a picture of the {side} as well (one each of the front and the back of the ID card), then submit.</translation>
    </message>
    <message>
        <source>请先在「收件材料」中上传证件图片，再提交。</source>
        <translation>Upload a picture of the ID document under “Materials” first, then submit.</translation>
    </message>
    <message>
        <source>请先填写材料名称并保存，再上传（如「营业执照」）</source>
        <translation>Enter and save the material&apos;s name first (e.g. &quot;Business licence&quot;), then upload it</translation>
    </message>
    <message>
        <source>文件是空的，请重新选择图片</source>
        <translation>The file is empty; choose the picture again</translation>
    </message>
    <message>
        <source>文件内容不是 JPG 或 PNG 图片，请上传照片或扫描图片</source>
        <translation>The file is not a JPG or PNG picture; upload a photo or a scanned image</translation>
    </message>
    <message>
        <source>图片大小为 {size}，超过 {limit} 的上限，请压缩后再上传</source>
        <translation>The picture is {size}, over the {limit} limit; compress it and upload it again</translation>
    </message>
    <message>
        <source>文件名后缀与内容不符：内容是 {kind} 图片，将按 {kind} 上传</source>
        <translation>The file name&apos;s extension does not match its content: it is a {kind} picture and will be uploaded as {kind}</translation>
    </message>
    <message>
        <source>请填写金额</source>
        <translation>Enter an amount</translation>
    </message>
    <message>
        <source>金额不能为负数</source>
        <translation>The amount cannot be negative</translation>
    </message>
    <message>
        <source>金额格式不正确，请填写数字，如 1,234,500.60</source>
        <translation>Invalid amount; enter a number such as 1,234,500.60</translation>
    </message>
    <message>
        <source>金额格式不正确</source>
        <translation>Invalid amount</translation>
    </message>
    <message>
        <source>金额最多精确到分（小数点后 2 位）</source>
        <translation>Amounts can have at most 2 decimal places (fen)</translation>
    </message>
    <message>
        <source>金额过大，请核对</source>
        <translation>The amount is too large; please check it</translation>
    </message>
    <message>
        <source>{label}应为 0–100 之间的数字，如 33.33 或 33.33%</source>
        <translation>{label} must be a number between 0 and 100, such as 33.33 or 33.33%</translation>
    </message>
    <message>
        <source>{label}不能超过 100%</source>
        <translation>{label} cannot exceed 100%</translation>
    </message>
    <message>
        <source>{label}最多保留 {n} 位小数</source>
        <translation>{label} may have at most {n} decimal places</translation>
    </message>
    <message>
        <source>单独所有只能有 1 位乙方，现有 {count} 位；多人购买请选择共同共有或按份共有</source>
        <translation>Sole ownership allows only 1 buyer, there are {count}; for several buyers choose joint ownership or ownership by shares</translation>
    </message>
    <message>
        <source>单独所有不填写份额</source>
        <translation>Sole ownership has no shares; leave the share empty</translation>
    </message>
    <message>
        <source>{ownership}至少要有 2 位共有人，现有 {count} 位；只有一位乙方请选择单独所有</source>
        <translation>{ownership} needs at least 2 co-owners, there are {count}; with only one buyer choose sole ownership</translation>
    </message>
    <message>
        <source>共同共有不分份额，请清空份额或改选按份共有</source>
        <translation>Joint ownership has no shares; clear the shares or choose ownership by shares</translation>
    </message>
    <message>
        <source>按份共有请填写第 {n} 位共有人的份额（%）</source>
        <translation>Ownership by shares: enter the share (%) of co-owner {n}</translation>
    </message>
    <message>
        <source>份额应大于 0</source>
        <translation>The share must be greater than 0</translation>
    </message>
    <message>
        <source>各共有人份额合计为 {total}%，应为 100%</source>
        <translation>The co-owners&apos; shares add up to {total}%; they must add up to 100%</translation>
    </message>
    <message>
        <source>请填写从业人员姓名（与身份证件一致）</source>
        <translation>Enter the agent&apos;s name (as on the ID document)</translation>
    </message>
    <message>
        <source>从业人员须使用个人身份证件</source>
        <translation>An agent must use a personal ID document</translation>
    </message>
    <message>
        <source>从业人员须年满 {age} 周岁</source>
        <translation>An agent must be at least {age} years old</translation>
    </message>
    <message>
        <source>请填写 11 位内地手机号码：审核通过后登录密码以短信发送</source>
        <translation>Enter an 11-digit mainland mobile number: once approved, the login password is sent by SMS</translation>
    </message>
    <message>
        <source>{party}{n} {term}</source>
        <translation>{party} {n} {term}</translation>
    </message>
    <message>
        <source>请填写姓名（名称），与身份证件一致</source>
        <translation>Enter the name (of the person or organisation) as on the ID document</translation>
    </message>
    <message>
        <source>一代身份证已停用，合同请填写现行 18 位号码（{number}）</source>
        <translation>First-generation ID cards are no longer valid; enter the current 18-digit number on the contract ({number})</translation>
    </message>
    <message>
        <source>请填写国籍</source>
        <translation>Enter the nationality</translation>
    </message>
    <message>
        <source>请填写住所</source>
        <translation>Enter the address</translation>
    </message>
    <message>
        <source>请至少填写一位甲方（转让方）</source>
        <translation>Enter at least one seller</translation>
    </message>
    <message>
        <source>请至少填写一位乙方（受让方）</source>
        <translation>Enter at least one buyer</translation>
    </message>
    <message>
        <source>同一人不能同时为甲方和乙方</source>
        <translation>The same person cannot be both seller and buyer</translation>
    </message>
    <message>
        <source>同一人只能填写一次（每一格只填写一个人）</source>
        <translation>Each person can be entered only once (one person per row)</translation>
    </message>
    <message>
        <source>{side}「{name}」未满 {age} 周岁，请添加其法定代理人（父母）</source>
        <translation>{side} &quot;{name}&quot; is under {age}; add their legal guardian (a parent)</translation>
    </message>
    <message>
        <source>请选择法定代理人所代理的未成年当事人</source>
        <translation>Choose the minor party this legal guardian represents</translation>
    </message>
    <message>
        <source>法定代理人所代理的当事人不存在</source>
        <translation>The party this legal guardian represents does not exist</translation>
    </message>
    <message>
        <source>法定代理人须年满 18 周岁</source>
        <translation>A legal guardian must be at least 18 years old</translation>
    </message>
    <message>
        <source>房屋坐落不能为空，请重新进行房源验证</source>
        <translation>The property address is empty; run the property verification again</translation>
    </message>
    <message>
        <source>该房屋已被查封，不能办理网签备案</source>
        <translation>This property is under a seizure order and cannot be filed</translation>
    </message>
    <message>
        <source>甲方「{name}」不在登记的产权人中，请核对</source>
        <translation>Seller &quot;{name}&quot; is not among the registered owners; please check</translation>
    </message>
    <message>
        <source>{label}应大于 0</source>
        <translation>{label} must be greater than 0</translation>
    </message>
    <message>
        <source>{label}不能超过成交总价</source>
        <translation>{label} cannot exceed the total sale price</translation>
    </message>
    <message>
        <source>请填写成交总价</source>
        <translation>Enter the total sale price</translation>
    </message>
    <message>
        <source>成交总价应大于 0</source>
        <translation>The total sale price must be greater than 0</translation>
    </message>
    <message>
        <source>请选择付款方式</source>
        <translation>Choose a payment method</translation>
    </message>
    <message>
        <source>选择资金监管的，请选择监管银行</source>
        <translation>With escrow, choose the escrow bank</translation>
    </message>
    <message>
        <source>请填写交房日期</source>
        <translation>Enter the handover date</translation>
    </message>
    <message>
        <source>请选择争议解决方式</source>
        <translation>Choose a dispute resolution method</translation>
    </message>
    <message>
        <source>选择仲裁的，请填写仲裁委员会名称（如 中山仲裁委员会）</source>
        <translation>With arbitration, enter the arbitration commission&apos;s name (e.g. Zhongshan Arbitration Commission)</translation>
    </message>
    <message>
        <source>请填写申请人姓名</source>
        <translation>Enter the applicant&apos;s name</translation>
    </message>
    <message>
        <source>请填写好差评信息</source>
        <translation>Enter the service rating</translation>
    </message>
    <message>
        <source>请向买卖双方告知注意事项并勾选已阅读</source>
        <translation>Read the notices to seller and buyer and tick that they were read</translation>
    </message>
    <message>
        <source>尚未记录{side}「{name}」同意网签备案；未经买卖双方一致同意办理网签属违规行为</source>
        <translation>No consent to the filing recorded for {side} &quot;{name}&quot;; filing without the agreement of both seller and buyer is a violation</translation>
    </message>
    <message>
        <source>{label}（{date}）不能早于 {earliest}，请核对</source>
        <translation>{label} ({date}) cannot be earlier than {earliest}; please check</translation>
    </message>
    <message>
        <source>{label}（{date}）不能晚于 {latest}，请核对</source>
        <translation>{label} ({date}) cannot be later than {latest}; please check</translation>
    </message>
    <message>
        <source>{label}含有无法识别的残缺字符，请删除后重新输入</source>
        <translation>{label} contains a broken character that cannot be read; delete it and type it again</translation>
    </message>
    <message>
        <source>{label}含有不可见的控制字符，请删除后重新输入</source>
        <translation>{label} contains an invisible control character; delete it and type it again</translation>
    </message>
    <message>
        <source>{label}含有改变文字显示方向的隐藏字符，请删除后重新输入</source>
        <translation>{label} contains a hidden character that changes the text direction; delete it and type it again</translation>
    </message>
    <message>
        <source>{label}「{text}」不是可识别的日期，请按 {example} 填写（也可填 2015/3/1、20150301、2015年3月1日）</source>
        <translation>{label}: “{text}” is not a date; type it as {example} (2015/3/1 and 20150301 work too)</translation>
    </message>
    <message>
        <source>{label}「{text}」不是有效日期：没有 0000 年</source>
        <translation>{label}: “{text}” is not a valid date: there is no year 0000</translation>
    </message>
    <message>
        <source>{label}「{text}」不是有效日期：月份应为 1 至 12</source>
        <translation>{label}: “{text}” is not a valid date: the month is 1 to 12</translation>
    </message>
    <message>
        <source>{label}「{text}」不是有效日期：{year} 年 {month} 月只有 {days} 天</source>
        <translation>{label}: “{text}” is not a valid date: month {month} of {year} has only {days} days</translation>
    </message>
</context>
</TS>
