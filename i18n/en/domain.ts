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
        <source>统一社会信用代码</source>
        <translation>Unified social credit code (USCC)</translation>
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
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>否</source>
        <translation>No</translation>
    </message>
</context>
</TS>
