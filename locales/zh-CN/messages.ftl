# eid-form: messages of the issue codes (FORM.md), Simplified Chinese.
# Each message names the field and says how to put it right.
# Arguments: $label (the field's label) and the issue's params.

required = “{ $label }”为必填项，请填写。

# A missing field's own words (GOV.UK: say what to do). A missing block's
# message is its first box's: required-<the box's path with dashes>.
required-level = 请选择账户级别
required-applicant-fullName = 请按护照上的写法填写您的姓名
required-applicant-dateOfBirth = 请填写您的出生日期
required-applicant-sex = 请按护照上的记载选择您的性别
required-applicant-nationality = 请选择您的国籍
required-applicant-passport-number = 请填写您的护照号码
required-applicant-passport-issuingState = 请选择签发您护照的国家
required-applicant-passport-issueDate = 请填写您护照的签发日期
required-applicant-passport-expiryDate = 请填写您护照的有效期至
required-applicant-residenceCard-kind = 请选择您所持居留卡的类型
required-applicant-residenceCard-number = 请填写您的居留卡号码
required-applicant-residenceCard-symbol = 请选择您居留卡上印的类别代码
required-applicant-residenceCard-issueDate = 请填写您居留卡的签发日期
required-applicant-residenceCard-expiryDate = 请填写您居留卡的有效期至
required-contact-phone = 请填写越南手机号码
required-contact-phoneOwner = 请选择这个手机号码的机主
required-representative-fullName = 请按代理人身份证件上的写法填写其姓名
required-representative-relationship = 请选择代理人与申请人的关系
required-representative-dateOfBirth = 请填写代理人的出生日期
required-representative-sex = 请选择代理人的性别
required-representative-nationality = 请选择代理人的国籍
required-representative-idKind = 请选择代理人的证件类型
required-representative-idNumber = 请填写代理人的证件号码
required-representative-hasLevel2Account = 请说明代理人是否已有二级账户

invalid-type = “{ $label }”的内容类型不正确，请在表单中重新填写。
invalid-value = “{ $label }”的值不在可选范围内，请从列表中选择一项。
invalid-date = “{ $label }”必须是真实存在的日期。请检查年、月、日。
too-long = “{ $label }”最多只能填写{ $max }个字符，请缩短。
unknown-field = 表单中没有名为“{ $label }”的栏目，请将其删除。
invalid-json = 此申请不是有效的JSON格式，无法读取。请重新发送。
phone-already-used = 此手机号码已被登记为另一位申请人本人的号码。请填写以您本人名义登记的越南手机号码。
name-invalid = “{ $label }”须使用拉丁字母填写，与护照上所印完全一致，不得含有数字或其他文字，例如NGUYEN VAN AN。
date-in-future = “{ $label }”不能晚于今天。请检查您填写的日期（{ $date }）。
age-implausible = 按“{ $label }”计算，年龄超过{ $max }岁。请检查年份。
nationality-unknown = “{ $label }”须填写护照上所印的三位字母代码，例如JPN、KOR或USA。
nationality-vietnamese = 本表单供外国公民使用。越南公民请持本人身份证办理。
level-2-needs-age-6 = 申请二级账户须年满6周岁；申请人现为{ $age }岁。请选择一级。
passport-number-format = “{ $label }”须为1至9位字母（A–Z）和数字，与护照上所印一致，不含空格或符号。
passport-number-pattern = “{ $label }”看起来不像{ $state }签发的护照号码（通常形如{ $example }）。请对照护照核对。
document-expired = 此证件已于{ $date }到期。请先办理换发或延期，再提出申请；已过期的证件不能使用。
issued-in-future = “{ $label }”不能晚于今天（您填写的是{ $date }）。请核对证件上的日期。
issued-before-birth = “{ $label }”早于出生日期。请检查这两个日期。
expiry-before-issue = “{ $label }”必须晚于签发日期。请核对证件上的这两个日期。
mrz-format = 机读区应为护照资料页底部的两行字符，每行44个。请重新扫描。
mrz-check-digit = 机读区读取有误（{ $field ->
    [number] 护照号码
    [dateOfBirth] 出生日期
    [expiryDate] 到期日期
    [optionalData] 个人号码
   *[composite] 整行综合
 }校验位不符）。请重新扫描护照。
mrz-mismatch = “{ $label }”与护照机读区的内容“{ $mrz }”不一致。请完全按照护照填写。
residence-card-number-format = “{ $label }”须为6至20位字母和数字，与卡上所印一致。
residence-symbol-unknown = “{ $label }”不是临时居留卡的类别代码。请填写卡上所印的代码，例如LĐ2或TT。
residence-validity-too-long = 类别代码为{ $symbol }的居留卡，有效期最长为{ $years }年。请核对卡上的“{ $label }”。
residence-outlasts-passport = 居留卡的到期日应比护照的到期日至少早{ $days }天。请核对居留卡和护照上的“{ $label }”。
contact-required = 请填写手机号码或电子邮箱地址。
phone-invalid = “{ $label }”不是有效的电话号码。请填写越南手机号码，例如091 234 5678。
phone-not-vn-mobile = 请填写以机主本人名义登记的越南手机号码，例如091 234 5678。固定电话和外国号码不能使用。
phone-owner-must-be-representative = 未满14周岁或受监护的申请人，须使用代理人本人的手机号码。请将机主选为代理人。
phone-owner-must-be-applicant = 年满14周岁的申请人，须使用以本人名义登记的手机号码。请将机主选为申请人。
phone-ownership-unconfirmed = 请确认该手机号码是以机主本人名义登记的。
email-invalid = “{ $label }”不是有效的电子邮箱地址。请按name@example.com的格式填写。
representative-required = 未满14周岁或受监护的申请人需要代理人。请填写代理人信息。
representative-not-applicable = 年满14周岁且未受监护的申请人须本人申请，无需代理人。请删除代理人信息。
representative-too-young = 代理人须年满18周岁；按此出生日期计算为{ $age }岁。请检查，或改选其他代理人。
representative-needs-level-2 = 申请一级账户时，代理人须已拥有二级电子身份识别账户。
personal-id-format = “{ $label }”须为越南个人识别号码的12位数字。
personal-id-mismatch = “{ $label }”与代理人的{ $part ->
    [sex] 性别
    [century] 出生世纪
   *[year] 出生年份
 }不符。请核对号码及相关信息。
personal-id-province-unknown = “{ $label }”的开头不是越南的省市代码。请检查前三位数字。
representative-is-applicant = 代理人不能是申请人本人。请填写代理人本人的证件号码。
