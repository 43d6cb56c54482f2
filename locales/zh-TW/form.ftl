# eid-form: every word the form shows other than issue messages, Traditional
# Chinese (Taiwan): field labels and hints, option labels, section titles,
# residence card symbols, the pages' own words, and how dates are written.

## Field labels

field-application = 申請
field-level = 帳號等級
field-applicant = 申請人
field-applicant-fullName = 姓名
field-applicant-dateOfBirth = 出生日期
field-applicant-sex = 性別
field-applicant-nationality = 國籍
field-applicant-ward = 受監護或有代理人
field-applicant-passport = 護照
field-applicant-passport-number = 護照號碼
field-applicant-passport-issuingState = 核發國家
field-applicant-passport-issueDate = 核發日期
field-applicant-passport-expiryDate = 到期日
field-applicant-passport-placeOfIssue = 核發地點
field-applicant-passport-mrz = 機器判讀區（MRZ）
field-applicant-residenceCard = 居留證
field-applicant-residenceCard-kind = 居留證種類
field-applicant-residenceCard-number = 居留證號碼
field-applicant-residenceCard-symbol = 類別代碼
field-applicant-residenceCard-issueDate = 核發日期
field-applicant-residenceCard-expiryDate = 到期日
field-contact = 聯絡方式
field-contact-phone = 手機號碼
field-contact-phoneOwner = 手機門號所有人
field-contact-phoneOwnershipConfirmed = 門號以所有人本人名義申辦
field-contact-email = 電子郵件
field-representative = 代理人
field-representative-fullName = 代理人姓名
field-representative-relationship = 與申請人的關係
field-representative-dateOfBirth = 代理人出生日期
field-representative-sex = 代理人性別
field-representative-nationality = 代理人國籍
field-representative-idKind = 代理人證件類型
field-representative-idNumber = 代理人證件號碼
field-representative-hasLevel2Account = 代理人已有第二級帳號

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

hint-level = 第二級帳號可在線上使用大多數公共服務；第一級帳號可使用的服務較少。
hint-applicant-fullName = 以拉丁字母填寫，須與護照上所印完全相同，姓氏在前。
hint-applicant-dateOfBirth = 與護照上所印相同。
hint-applicant-sex = 與護照上所印相同。
hint-applicant-nationality = 護照上所印的三碼英文代碼，例如JPN。
hint-applicant-ward = 若您已年滿14歲，但受監護或有代理人，請勾選此項。
hint-applicant-passport-number = 只填英文字母及數字，與資料頁上所印相同。
hint-applicant-passport-issuingState = 核發護照之國家的三碼英文代碼。
hint-applicant-passport-issueDate = 與資料頁上所印相同。
hint-applicant-passport-expiryDate = 護照必須仍在效期內。
hint-applicant-passport-placeOfIssue = 選填，與護照上所印相同。
hint-applicant-passport-mrz = 選填：資料頁底部的兩行字元（每行44個），由掃描器讀取。
hint-applicant-residenceCard-kind = 越南核發的臨時居留證或永久居留證。
hint-applicant-residenceCard-number = 與證上所印相同。
hint-applicant-residenceCard-symbol = 臨時居留證上所印的類別代碼，例如LĐ2。
hint-applicant-residenceCard-issueDate = 與證上所印相同。
hint-applicant-residenceCard-expiryDate = 與證上所印相同。居留證必須仍在效期內。
hint-contact-phone = 以所有人本人名義申辦的越南手機門號，例如091 234 5678。
hint-contact-phoneOwner = 未滿14歲或受監護的申請人，使用代理人的門號。
hint-contact-phoneOwnershipConfirmed = 此門號必須以所有人本人名義申辦。
hint-contact-email = 選填。
hint-representative-fullName = 與代理人身分證件上所印相同。
hint-representative-relationship = 代理人與申請人的關係。
hint-representative-dateOfBirth = 代理人須年滿18歲。
hint-representative-sex = 與代理人身分證件上所印相同。
hint-representative-nationality = 三碼英文代碼，例如VNM或KOR。
hint-representative-idKind = 越南個人識別號碼或護照。
hint-representative-idNumber = 越南個人識別號碼為12位數字。
hint-representative-hasLevel2Account = 申請第一級帳號時必填：代理人須已擁有第二級帳號。

## Values of the enumerations

option-level-1 = 第一級
option-level-2 = 第二級
option-sex-M = 男
option-sex-F = 女
option-sex-X = 未指明
option-relationship-parent = 父母
option-relationship-guardian = 監護人
option-relationship-legal-representative = 法定代理人
option-idKind-vn-personal-id = 越南個人識別號碼
option-idKind-passport = 護照
option-residenceCardKind-temporary = 臨時居留證
option-residenceCardKind-permanent = 永久居留證
option-phoneOwner-applicant = 申請人
option-phoneOwner-representative = 代理人
option-yes = 是
option-no = 否

## Temporary residence card symbols and what they mean

symbol-NG3 = 外交代表機構、領事機構或國際組織的成員及其眷屬
symbol-LV1 = 與中央機關或組織有公務往來的人員
symbol-LV2 = 與社會政治團體或地方機關有公務往來的人員
symbol-LS = 在越南執業的外國律師
symbol-DT1 = 投資金額達1,000億越南盾以上，或投資於優惠產業、地區的投資人
symbol-DT2 = 投資金額為500億至未滿1,000億越南盾的投資人
symbol-DT3 = 投資金額為30億至未滿500億越南盾的投資人
symbol-NN1 = 國際組織或非政府組織專案辦事處負責人
symbol-NN2 = 外國企業或組織的代表處、分公司負責人
symbol-DH = 學生或實習生
symbol-PV1 = 常駐記者
symbol-LD1 = 經確認免申請工作許可證的勞工
symbol-LD2 = 須持有工作許可證的勞工
symbol-TT = 外國人或越南公民的眷屬

## Sections

section-level = 帳號
section-applicant = 申請人資料
section-passport = 護照
section-residenceCard = 居留證
section-contact = 聯絡方式
section-representative = 代理人或監護人

## The pages

ui-title = 電子身分識別帳號申請表
ui-subtitle = 外國籍人士適用之TK01表（依據第69/2024/NĐ-CP號議定）
ui-language = 語言
ui-submit = 檢查並送出
ui-check = 檢查我的填寫內容
ui-next = 下一步
ui-back = 上一步
ui-start-over = 重新開始
ui-error-summary-title = 填寫內容有誤
ui-error-prefix = 錯誤：
ui-warning-prefix = 請確認：
ui-title-error-prefix = 錯誤：
ui-success-title = 已收到申請
ui-success-body = 您的申請已通過檢查並完成收件。請攜帶護照及居留證前往出入境管理機關。
ui-server-disagrees = 伺服器對這份申請的判定與本頁面不同。請再次確認您的填寫內容。
ui-server-unreachable = 無法連線至伺服器。您填寫的內容仍保留在本頁面，請再試一次。
ui-mrz-scan = 掃描護照
ui-mrz-scan-hint = 請將護照資料頁放在掃描器上，或輸入該頁底部的兩行字元。
ui-mrz-filled = 已依護照自動填入：請逐欄確認。
ui-mrz-check-failed = 掃描未能正確讀取。請重新掃描護照。
ui-idle-warning = { $seconds ->
   *[other] 為保護您的隱私，本表單將在{ $seconds }秒後清除。
 }
ui-idle-continue = 我還在使用
ui-bilingual = 在我的語言旁同時顯示越南文
ui-optional = （選填）
ui-select = 請選擇…
ui-representative-why = 由於申請人未滿14歲或受監護，須由代理人以其本人的手機門號及帳號辦理登記。
ui-phone-owner-applicant = 請填寫申請人本人的手機門號，且須以申請人名義申辦。
ui-phone-owner-representative = 請填寫代理人本人的手機門號，且須以代理人名義申辦。
