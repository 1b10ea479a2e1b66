<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>labels</name>
    <message>
        <source>一代身份证</source>
        <translation>First-generation ID card</translation>
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
        <source>统一社会信用代码</source>
        <translation>Unified social credit code (USCC)</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>一代身份证号码应为 15 位数字</source>
        <translation>A first-generation ID card number must be 15 digits</translation>
    </message>
    <message>
        <source>请填写{label}号码</source>
        <translation>Enter the {label} number</translation>
    </message>
    <message>
        <source>{label}号码中的出生日期 {date} 晚于今天，请逐位核对证件</source>
        <translation>The birth date {date} in the {label} number is after today; check the document digit by digit</translation>
    </message>
    <message>
        <source>{label}号码应为 18 位（一代证为 15 位），现为 {count} 位</source>
        <translation>{label} number must be 18 characters (15 for a first-generation card), not {count}</translation>
    </message>
    <message>
        <source>以 {area} 开头的是{permit}号码（{region}），不是{label}；请将证件类型选为「{permit}」</source>
        <translation>A number starting with {area} is a {permit} number ({region}), not a {label}; choose &quot;{permit}&quot; as the ID type</translation>
    </message>
    <message>
        <source>{label}号码前 17 位应为数字，最后一位为数字或 X</source>
        <translation>{label} number: the first 17 characters must be digits, the last a digit or X</translation>
    </message>
    <message>
        <source>{label}号码校验位不符，请逐位核对证件</source>
        <translation>{label} number: the check character does not match; compare it with the document character by character</translation>
    </message>
    <message>
        <source>{label}号码第 7–14 位的出生日期 {digits} 不是有效日期</source>
        <translation>{label} number: the birth date {digits} in characters 7–14 is not a valid date</translation>
    </message>
    <message>
        <source>{label}号码第 7–14 位的出生日期 {digits} 不合理</source>
        <translation>{label} number: the birth date {digits} in characters 7–14 is not plausible</translation>
    </message>
    <message>
        <source>{label}号码前 6 位 {area} 不是有效的行政区划代码，请核对证件</source>
        <translation>{label} number: the first 6 digits {area} are not a valid administrative area code; check the document</translation>
    </message>
    <message>
        <source>{label}号码前 6 位 {area} 不在已知行政区划代码中，请核对证件</source>
        <translation>{label} number: the first 6 digits {area} are not a known administrative area code; check the document</translation>
    </message>
    <message>
        <source>{label}号码第 7–12 位的出生日期 19{digits} 不是有效日期</source>
        <translation>{label} number: the birth date 19{digits} in digits 7–12 is not a valid date</translation>
    </message>
    <message>
        <source>这是 15 位一代身份证号码（已停用），对应 18 位号码为 {number}；只有产权证书上登记的是一代证时才按原样填写</source>
        <translation>This is a 15-digit first-generation ID card number (no longer valid); the matching 18-digit number is {number}. Keep it as it is only if the first-generation number is the one recorded on the property certificate</translation>
    </message>
    <message>
        <source>这是旧版{label}号码（末两位为签发次数）；现行证件为 H/M 加 8 位数字，请按证件原样填写</source>
        <translation>This is an old-style {label} number (the last two digits are the issue count); current permits are H/M followed by 8 digits. Enter it exactly as printed on the document</translation>
    </message>
    <message>
        <source>{label}号码应为 H（香港）或 M（澳门）加 8 位数字，如 H12345678</source>
        <translation>{label} number must be H (Hong Kong) or M (Macao) followed by 8 digits, e.g. H12345678</translation>
    </message>
    <message>
        <source>这是旧版{label}号码（前 8 位为终身号，其后为签发次数/机关代码）；2008 年起号码为 8 位数字，请按证件原样填写</source>
        <translation>This is an old-style {label} number (the first 8 digits are the lifelong number, followed by the issue count/issuing office code); since 2008 the number is 8 digits. Enter it exactly as printed on the document</translation>
    </message>
    <message>
        <source>{label}号码应为 8 位数字，如 12345678</source>
        <translation>{label} number must be 8 digits, e.g. 12345678</translation>
    </message>
    <message>
        <source>{label}号码应为 18 位，现为 {count} 位</source>
        <translation>{label} number must be 18 characters, not {count}</translation>
    </message>
    <message>
        <source>{label}号码应以 810000（香港）、820000（澳门）或 830000（台湾）开头</source>
        <translation>{label} number must start with 810000 (Hong Kong), 820000 (Macao) or 830000 (Taiwan)</translation>
    </message>
    <message>
        <source>护照号码应为 5–17 位字母或数字，请按护照资料页填写</source>
        <translation>Passport number must be 5–17 letters or digits; enter it as printed on the passport&apos;s data page</translation>
    </message>
    <message>
        <source>持护照的当事人请填写国籍</source>
        <translation>Enter the nationality of a party who holds a passport</translation>
    </message>
    <message>
        <source>国籍为中国的当事人一般应使用居民身份证；确为定居国外的中国公民持护照办理的可继续</source>
        <translation>A party of Chinese nationality should normally use a resident ID card; continue only if this is a Chinese citizen settled abroad who files with a passport</translation>
    </message>
    <message>
        <source>请填写国籍（{label}对应：{expected}）</source>
        <translation>Enter the nationality (for a {label}: {expected})</translation>
    </message>
    <message>
        <source>{label}持有人的国籍（地区）请填写「{expected}」</source>
        <translation>For the holder of a {label}, enter the nationality (region) as &quot;{expected}&quot;</translation>
    </message>
    <message>
        <source>国籍「{nationality}」与证件类型不符：{label}对应「{expected}」</source>
        <translation>Nationality &quot;{nationality}&quot; does not match the document type: a {label} implies &quot;{expected}&quot;</translation>
    </message>
    <message>
        <source>请填写{label}（28 位，见不动产登记查档信息）</source>
        <translation>Enter the {label} (28 characters, see the real-estate register search record)</translation>
    </message>
    <message>
        <source>{label}应为 28 位，现为 {count} 位</source>
        <translation>{label} must be 28 characters, not {count}</translation>
    </message>
    <message>
        <source>{label}第1–6位（县级行政区划代码）应为数字</source>
        <translation>{label}: characters 1–6 (county-level area code) must be digits</translation>
    </message>
    <message>
        <source>{label}第1–6位（县级行政区划代码）应为中山市 {expected}，现为 {county}；本系统只办理中山市的房屋</source>
        <translation>{label}: characters 1–6 (county-level area code) must be Zhongshan&apos;s {expected}, not {county}; this app handles only properties in Zhongshan</translation>
    </message>
    <message>
        <source>{label}第7–12位（地籍区/地籍子区）应为数字</source>
        <translation>{label}: characters 7–12 (cadastral area/sub-area) must be digits</translation>
    </message>
    <message>
        <source>{label}第13位（宗地特征码·土地所有权类型）应为 G（国有）、J（集体）或 Z（未确定/争议）</source>
        <translation>{label}: character 13 (parcel code, land ownership type) must be G (state), J (collective) or Z (undetermined/disputed)</translation>
    </message>
    <message>
        <source>{label}第14位（宗地特征码·宗地类型）应为 A、B、S、X、C、D、E、F、G、H、W、Y 之一</source>
        <translation>{label}: character 14 (parcel code, parcel type) must be one of A, B, S, X, C, D, E, F, G, H, W, Y</translation>
    </message>
    <message>
        <source>{label}第15–19位（宗地顺序号）应为 00001–99999 的数字</source>
        <translation>{label}: characters 15–19 (parcel sequence no.) must be a number from 00001 to 99999</translation>
    </message>
    <message>
        <source>{label}第20位（定着物特征码）应为 F（房屋）、L（林木）、Q（其他）或 W（无定着物）</source>
        <translation>{label}: character 20 (fixture code) must be F (building), L (trees), Q (other) or W (no fixture)</translation>
    </message>
    <message>
        <source>{label}第21–28位（定着物单元编号）应为数字</source>
        <translation>{label}: characters 21–28 (fixture unit no.) must be digits</translation>
    </message>
    <message>
        <source>{label}第21–28位（定着物单元编号）与定着物特征码不符：无定着物（W）时应为 00000000，其他情况不能全为 0</source>
        <translation>{label}: characters 21–28 (fixture unit no.) do not match the fixture code: with no fixture (W) they must be 00000000, otherwise they cannot all be 0</translation>
    </message>
    <message>
        <source>请填写{label}</source>
        <translation>Enter the {label}</translation>
    </message>
    <message>
        <source>{label}格式不正确，格式如 {example}</source>
        <translation>{label} is not in the right format; it looks like {example}</translation>
    </message>
    <message>
        <source>{label}开头的省份简称应为「粤」，现为「{province}」，格式如 {example}</source>
        <translation>{label} must begin with the abbreviation for Guangdong, not &quot;{province}&quot;; it looks like {example}</translation>
    </message>
    <message>
        <source>{label}括号内的年份应为 4 位年份，现为「{year}」，格式如 {example}</source>
        <translation>{label}: the year in brackets must be a 4-digit year, not &quot;{year}&quot;; it looks like {example}</translation>
    </message>
    <message>
        <source>{label}年份后的市县名称应为「中山市」，现为「{city}」，格式如 {example}</source>
        <translation>{label}: the city after the year must be Zhongshan, not &quot;{city}&quot;; it looks like {example}</translation>
    </message>
    <message>
        <source>{label}「第」与「号」之间应为 7 位数字，现为「{seq}」，格式如 {example}</source>
        <translation>{label}: the serial number must be 7 digits, not &quot;{seq}&quot;; it looks like {example}</translation>
    </message>
    <message>
        <source>{label}格式不正确，应为「…字第…号」，如 {example}</source>
        <translation>{label} is not in the right format; it must look like {example}</translation>
    </message>
    <message>
        <source>{label}「第」与「号」之间应为 6–10 位数字（前面可有一个字母），现为「{seq}」</source>
        <translation>{label}: the serial number must be 6–10 digits (optionally after one letter), not &quot;{seq}&quot;</translation>
    </message>
    <message>
        <source>请填写{label}（营业执照上的 18 位代码）</source>
        <translation>Enter the {label} (the 18-character code on the business licence)</translation>
    </message>
    <message>
        <source>{label}应为 18 位，现为 {count} 位，请按营业执照核对</source>
        <translation>{label} must be 18 characters, not {count}; check it against the business licence</translation>
    </message>
    <message>
        <source>{label}校验位不符，请逐位核对营业执照上的代码</source>
        <translation>{label}: the check character does not match; compare it with the code on the business licence character by character</translation>
    </message>
    <message>
        <source>{label}格式不正确：前 8 位应为数字，其后为数字或大写字母（不含 I、O、Z、S、V）</source>
        <translation>{label} is not in the right format: the first 8 characters must be digits, the rest digits or capital letters (not I, O, Z, S, V)</translation>
    </message>
    <message>
        <source>请填写联系电话</source>
        <translation>Enter a phone number</translation>
    </message>
    <message>
        <source>固定电话请加区号，如 0760-88300526</source>
        <translation>Add the area code to a landline number, e.g. 0760-88300526</translation>
    </message>
    <message>
        <source>联系电话格式不正确：手机为 11 位（1 开头），固定电话为区号加号码（如 0760-88300526），境外电话请以 + 加国家或地区代码开头（如 +44 20 7946 0958）</source>
        <translation>Invalid phone number: a mobile has 11 digits starting with 1, a landline is the area code plus the number (e.g. 0760-88300526), a number abroad starts with + and the country or region code (e.g. +44 20 7946 0958)</translation>
    </message>
    <message>
        <source>联系电话格式不正确：手机为 11 位（1 开头），固定电话为区号加号码（如 0760-88300526），港澳台电话请加 +852 / +853 / +886</source>
        <translation>Phone number is not in the right format: a mobile number has 11 digits (starting with 1), a landline is the area code plus the number (e.g. 0760-88300526); for Hong Kong, Macao and Taiwan numbers add +852 / +853 / +886</translation>
    </message>
    <message>
        <source>请填写邮政编码</source>
        <translation>Enter the postal code</translation>
    </message>
    <message>
        <source>邮政编码应为 6 位数字</source>
        <translation>Postal code must be 6 digits</translation>
    </message>
    <message>
        <source>邮政编码 {code} 不是中山市邮编（5284 开头），请确认</source>
        <translation>Postal code {code} is not a Zhongshan postal code (they start with 5284); please confirm</translation>
    </message>
</context>
</TS>
