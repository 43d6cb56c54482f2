# eid-form: messages of the issue codes (FORM.md), Traditional Chinese (Taiwan).
# Each message names the field and says how to put it right.
# Arguments: $label (the field's label) and the issue's params.

required = 「{ $label }」為必填欄位，請填寫。

# A missing field's own words (GOV.UK: say what to do). A missing block's
# message is its first box's: required-<the box's path with dashes>.
required-level = 請選擇帳號等級
required-applicant-fullName = 請依護照上的寫法填寫您的姓名
required-applicant-dateOfBirth = 請填寫您的出生日期
required-applicant-sex = 請依護照上的記載選擇您的性別
required-applicant-nationality = 請選擇您的國籍
required-applicant-passport-number = 請填寫您的護照號碼
required-applicant-passport-issuingState = 請選擇核發您護照的國家
required-applicant-passport-issueDate = 請填寫您護照的核發日期
required-applicant-passport-expiryDate = 請填寫您護照的效期截止日
required-applicant-residenceCard-kind = 請選擇您所持居留證的種類
required-applicant-residenceCard-number = 請填寫您的居留證號碼
required-applicant-residenceCard-symbol = 請選擇您居留證上印的類別代碼
required-applicant-residenceCard-issueDate = 請填寫您居留證的核發日期
required-applicant-residenceCard-expiryDate = 請填寫您居留證的效期截止日
required-contact-phone = 請填寫越南手機號碼
required-contact-phoneOwner = 請選擇這個手機門號的所有人
required-representative-fullName = 請依代理人身分證件上的寫法填寫其姓名
required-representative-relationship = 請選擇代理人與申請人的關係
required-representative-dateOfBirth = 請填寫代理人的出生日期
required-representative-sex = 請選擇代理人的性別
required-representative-nationality = 請選擇代理人的國籍
required-representative-idKind = 請選擇代理人的證件類型
required-representative-idNumber = 請填寫代理人的證件號碼
required-representative-hasLevel2Account = 請說明代理人是否已擁有第二級帳號

invalid-type = 「{ $label }」的資料類型不正確，請在表單中重新填寫。
invalid-value = 「{ $label }」的值不在可選範圍內，請從清單中選擇一項。
invalid-date = 「{ $label }」必須是實際存在的日期。請檢查年、月、日。
too-long = 「{ $label }」最多只能填寫{ $max }個字元，請縮短。
unknown-field = 表單中沒有名為「{ $label }」的欄位，請將其刪除。
invalid-json = 這份申請不是有效的JSON格式，無法讀取。請重新傳送。
phone-already-used = 這個手機門號已登記為另一位申請人本人的門號。請填寫以您本人名義申辦的越南手機門號。
name-invalid = 「{ $label }」請以拉丁字母填寫，須與護照上所印完全相同，不可包含數字或其他文字，例如NGUYEN VAN AN。
date-in-future = 「{ $label }」不能晚於今天。請檢查您填寫的日期（{ $date }）。
age-implausible = 依「{ $label }」計算，年齡超過{ $max }歲。請檢查年份。
nationality-unknown = 「{ $label }」須填寫護照上所印的三碼英文代碼，例如JPN、KOR或USA。
nationality-vietnamese = 本表單供外國籍人士使用。越南公民請持本人身分證辦理。
level-2-needs-age-6 = 第二級帳號須年滿6歲才能申請；申請人目前為{ $age }歲。請選擇第一級。
passport-number-format = 「{ $label }」須為1至9個英文字母（A–Z）及數字，與護照上所印相同，不含空格或符號。
passport-number-pattern = 「{ $label }」看起來不像{ $state }核發的護照號碼（通常類似{ $example }）。請對照護照檢查。
document-expired = 此證件已於{ $date }到期。請先辦理換發或延期，再提出申請；已過期的證件無法使用。
issued-in-future = 「{ $label }」不能晚於今天（您填寫的是{ $date }）。請核對證件上的日期。
issued-before-birth = 「{ $label }」早於出生日期。請檢查這兩個日期。
expiry-before-issue = 「{ $label }」必須晚於核發日期。請核對證件上的這兩個日期。
mrz-format = 機器判讀區應為護照資料頁底部的兩行字元，每行44個。請重新掃描。
mrz-check-digit = 機器判讀區讀取有誤（{ $field ->
    [number] 護照號碼
    [dateOfBirth] 出生日期
    [expiryDate] 到期日
    [optionalData] 個人號碼
   *[composite] 整行綜合
 }檢查碼不符）。請重新掃描護照。
mrz-mismatch = 「{ $label }」與護照機器判讀區的內容「{ $mrz }」不一致。請完全依照護照填寫。
residence-card-number-format = 「{ $label }」須為6至20個英文字母及數字，與證上所印相同。
residence-symbol-unknown = 「{ $label }」不是臨時居留證的類別代碼。請填寫證上所印的代碼，例如LĐ2或TT。
residence-validity-too-long = 類別代碼為{ $symbol }的居留證，效期最長為{ $years }年。請核對證上的「{ $label }」。
residence-outlasts-passport = 居留證的到期日應比護照的到期日至少早{ $days }天。請核對居留證及護照上的「{ $label }」。
contact-required = 請填寫手機號碼或電子郵件地址。
phone-invalid = 「{ $label }」不是有效的電話號碼。請填寫越南手機號碼，例如091 234 5678。
phone-not-vn-mobile = 請填寫以所有人本人名義申辦的越南手機門號，例如091 234 5678。市內電話及外國號碼無法使用。
phone-owner-must-be-representative = 未滿14歲或受監護的申請人，須使用代理人本人的手機門號。請將門號所有人選為代理人。
phone-owner-must-be-applicant = 年滿14歲的申請人，須使用以本人名義申辦的手機門號。請將門號所有人選為申請人。
phone-ownership-unconfirmed = 請確認此手機門號是以所有人本人名義申辦。
email-invalid = 「{ $label }」不是有效的電子郵件地址。請依name@example.com的格式填寫。
representative-required = 未滿14歲或受監護的申請人需要代理人。請填寫代理人資料。
representative-not-applicable = 年滿14歲且未受監護的申請人應自行申請，不需要代理人。請刪除代理人資料。
representative-too-young = 代理人須年滿18歲；依此出生日期計算為{ $age }歲。請檢查，或改選其他代理人。
representative-needs-level-2 = 申請第一級帳號時，代理人須已擁有第二級電子身分識別帳號。
personal-id-format = 「{ $label }」須為越南個人識別號碼的12位數字。
personal-id-mismatch = 「{ $label }」與代理人的{ $part ->
    [sex] 性別
    [century] 出生世紀
   *[year] 出生年份
 }不符。請核對號碼及相關資料。
personal-id-province-unknown = 「{ $label }」的開頭不是越南的省市代碼。請檢查前三位數字。
representative-is-applicant = 代理人不能是申請人本人。請填寫代理人本人的證件號碼。
