# eid-form: every word the form shows other than issue messages, Simplified Chinese:
# field labels and hints, option labels, section titles, residence card symbols,
# the pages' own words, and how dates are written.

## Field labels

field-application = 申请
field-level = 账户级别
field-applicant = 申请人
field-applicant-fullName = 姓名
field-applicant-dateOfBirth = 出生日期
field-applicant-sex = 性别
field-applicant-nationality = 国籍
field-applicant-ward = 受监护或有代理人
field-applicant-passport = 护照
field-applicant-passport-number = 护照号码
field-applicant-passport-issuingState = 签发国
field-applicant-passport-issueDate = 签发日期
field-applicant-passport-expiryDate = 到期日期
field-applicant-passport-placeOfIssue = 签发地点
field-applicant-passport-mrz = 机读区（MRZ）
field-applicant-residenceCard = 居留卡
field-applicant-residenceCard-kind = 居留卡类型
field-applicant-residenceCard-number = 居留卡号码
field-applicant-residenceCard-symbol = 类别代码
field-applicant-residenceCard-issueDate = 签发日期
field-applicant-residenceCard-expiryDate = 到期日期
field-contact = 联系方式
field-contact-phone = 手机号码
field-contact-phoneOwner = 手机号码机主
field-contact-phoneOwnershipConfirmed = 以机主本人名义登记
field-contact-email = 电子邮箱
field-representative = 代理人
field-representative-fullName = 代理人姓名
field-representative-relationship = 与申请人的关系
field-representative-dateOfBirth = 代理人出生日期
field-representative-sex = 代理人性别
field-representative-nationality = 代理人国籍
field-representative-idKind = 代理人证件类型
field-representative-idNumber = 代理人证件号码
field-representative-hasLevel2Account = 代理人已有二级账户

## Dates

date-format = { $year }年{ $month }月{ $day }日
date-day = 日
date-month = 月
date-year = 年
month-1 = 1月
month-2 = 2月
month-3 = 3月
month-4 = 4月
month-5 = 5月
month-6 = 6月
month-7 = 7月
month-8 = 8月
month-9 = 9月
month-10 = 10月
month-11 = 11月
month-12 = 12月

## Field hints

hint-level = 二级账户可在线办理大多数公共服务；一级账户可办理的服务较少。
hint-applicant-fullName = 使用拉丁字母，与护照上所印完全一致，姓在前。
hint-applicant-dateOfBirth = 与护照上所印一致。
hint-applicant-sex = 与护照上所印一致。
hint-applicant-nationality = 护照上所印的三位字母代码，例如JPN。
hint-applicant-ward = 如您已年满14周岁，但受监护或有代理人，请勾选此项。
hint-applicant-passport-number = 只填字母和数字，与资料页上所印一致。
hint-applicant-passport-issuingState = 签发护照的国家的三位字母代码。
hint-applicant-passport-issueDate = 与资料页上所印一致。
hint-applicant-passport-expiryDate = 护照须仍在有效期内。
hint-applicant-passport-placeOfIssue = 选填，与护照上所印一致。
hint-applicant-passport-mrz = 选填：资料页底部的两行字符（每行44个），由扫描仪读取。
hint-applicant-residenceCard-kind = 越南签发的临时居留卡或永久居留卡。
hint-applicant-residenceCard-number = 与卡上所印一致。
hint-applicant-residenceCard-symbol = 临时居留卡上所印的类别代码，例如LĐ2。
hint-applicant-residenceCard-issueDate = 与卡上所印一致。
hint-applicant-residenceCard-expiryDate = 与卡上所印一致。居留卡须仍在有效期内。
hint-contact-phone = 以机主本人名义登记的越南手机号码，例如091 234 5678。
hint-contact-phoneOwner = 未满14周岁或受监护的申请人，使用代理人的号码。
hint-contact-phoneOwnershipConfirmed = 该号码须以机主本人名义登记。
hint-contact-email = 选填。
hint-representative-fullName = 与代理人身份证件上所印一致。
hint-representative-relationship = 代理人与申请人的关系。
hint-representative-dateOfBirth = 代理人须年满18周岁。
hint-representative-sex = 与代理人身份证件上所印一致。
hint-representative-nationality = 三位字母代码，例如VNM或KOR。
hint-representative-idKind = 越南个人识别号码或护照。
hint-representative-idNumber = 越南个人识别号码为12位数字。
hint-representative-hasLevel2Account = 申请一级账户时必填：代理人须已拥有二级账户。

## Values of the enumerations

option-level-1 = 一级
option-level-2 = 二级
option-sex-M = 男
option-sex-F = 女
option-sex-X = 未指明
option-relationship-parent = 父母
option-relationship-guardian = 监护人
option-relationship-legal-representative = 法定代理人
option-idKind-vn-personal-id = 越南个人识别号码
option-idKind-passport = 护照
option-residenceCardKind-temporary = 临时居留卡
option-residenceCardKind-permanent = 永久居留卡
option-phoneOwner-applicant = 申请人
option-phoneOwner-representative = 代理人
option-yes = 是
option-no = 否

## Temporary residence card symbols and what they mean

symbol-NG3 = 外交代表机构、领事机构或国际组织的成员及其家属
symbol-LV1 = 与中央机关或组织有工作往来的人员
symbol-LV2 = 与社会政治组织或地方机关有工作往来的人员
symbol-LS = 在越南执业的外国律师
symbol-DT1 = 投资额达1000亿越南盾及以上，或投资于优惠行业、地区的投资者
symbol-DT2 = 投资额为500亿至不足1000亿越南盾的投资者
symbol-DT3 = 投资额为30亿至不足500亿越南盾的投资者
symbol-NN1 = 国际组织或非政府组织项目办公室负责人
symbol-NN2 = 外国企业或组织的代表处、分支机构负责人
symbol-DH = 学生或实习生
symbol-PV1 = 常驻记者
symbol-LD1 = 经确认无需办理工作许可证的劳动者
symbol-LD2 = 须持有工作许可证的劳动者
symbol-TT = 外国人或越南公民的家属

## Sections

section-level = 账户
section-applicant = 申请人信息
section-passport = 护照
section-residenceCard = 居留卡
section-contact = 联系方式
section-representative = 代理人或监护人

## The pages

ui-title = 电子身份识别账户申请表
ui-subtitle = 外国公民适用的TK01表（依据第69/2024/NĐ-CP号议定）
ui-language = 语言
ui-submit = 检查并提交
ui-check = 检查我的填写内容
ui-next = 下一步
ui-back = 上一步
ui-start-over = 重新开始
ui-error-summary-title = 填写内容有误
ui-error-prefix = 错误：
ui-warning-prefix = 请核对：
ui-title-error-prefix = 错误：
ui-success-title = 申请已收到
ui-success-body = 您的申请已通过检查并被接收。请携带护照和居留卡前往出入境管理机关。
ui-server-disagrees = 服务器对此申请的判断与本页面不同。请再次检查您的填写内容。
ui-server-unreachable = 无法连接服务器。您填写的内容仍保留在本页面，请重试。
ui-mrz-scan = 扫描护照
ui-mrz-scan-hint = 请将护照资料页放在扫描仪上，或输入该页底部的两行字符。
ui-mrz-filled = 已根据护照自动填写：请逐项核对。
ui-mrz-check-failed = 扫描未能正确读取。请重新扫描护照。
ui-idle-warning = { $seconds ->
   *[other] 为保护您的隐私，本表单将在{ $seconds }秒后清空。
 }
ui-idle-continue = 我还在使用
ui-bilingual = 在我的语言旁同时显示越南语
ui-optional = （选填）
ui-select = 请选择…
ui-representative-why = 由于申请人未满14周岁或受监护，须由代理人使用其本人的手机号码和账户办理登记。
ui-phone-owner-applicant = 请填写申请人本人的手机号码，该号码须以申请人名义登记。
ui-phone-owner-representative = 请填写代理人本人的手机号码，该号码须以代理人名义登记。
