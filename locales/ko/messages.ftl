# eid-form: messages of the issue codes (FORM.md), Korean.
# Each message names the field and says how to put it right.
# Arguments: $label (the field's label) and the issue's params.
# Labels are followed by "항목" so that no particle depends on the label's last sound.

required = ‘{ $label }’ 항목은 필수입니다. 입력해 주세요.

# A missing field's own words (GOV.UK: say what to do). A missing block's
# message is its first box's: required-<the box's path with dashes>.
required-level = 계정 레벨을 선택하세요
required-applicant-fullName = 여권에 적힌 그대로 성명을 입력하세요
required-applicant-dateOfBirth = 생년월일을 입력하세요
required-applicant-sex = 여권에 적힌 그대로 성별을 선택하세요
required-applicant-nationality = 국적을 선택하세요
required-applicant-passport-number = 여권 번호를 입력하세요
required-applicant-passport-issuingState = 여권을 발급한 국가를 선택하세요
required-applicant-passport-issueDate = 여권 발급일을 입력하세요
required-applicant-passport-expiryDate = 여권 만료일을 입력하세요
required-applicant-residenceCard-kind = 가지고 있는 거주증 종류를 선택하세요
required-applicant-residenceCard-number = 거주증 번호를 입력하세요
required-applicant-residenceCard-symbol = 거주증에 적힌 기호를 선택하세요
required-applicant-residenceCard-issueDate = 거주증 발급일을 입력하세요
required-applicant-residenceCard-expiryDate = 거주증 만료일을 입력하세요
required-contact-phone = 베트남 휴대전화 번호를 입력하세요
required-contact-phoneOwner = 이 휴대전화 번호의 명의자를 선택하세요
required-representative-fullName = 대리인의 성명을 신분 서류에 적힌 그대로 입력하세요
required-representative-relationship = 대리인과 신청인의 관계를 선택하세요
required-representative-dateOfBirth = 대리인의 생년월일을 입력하세요
required-representative-sex = 대리인의 성별을 선택하세요
required-representative-nationality = 대리인의 국적을 선택하세요
required-representative-idKind = 대리인의 신분 서류 종류를 선택하세요
required-representative-idNumber = 대리인의 신분 서류 번호를 입력하세요
required-representative-hasLevel2Account = 대리인에게 레벨 2 계정이 있는지 선택하세요

invalid-type = ‘{ $label }’ 항목의 값 형식이 올바르지 않습니다. 양식에서 다시 입력해 주세요.
invalid-value = ‘{ $label }’ 항목의 값이 선택지에 없습니다. 목록에서 선택해 주세요.
invalid-date = ‘{ $label }’ 항목에는 실제 날짜를 입력해 주세요. 연도, 월, 일을 확인해 주세요.
too-long = ‘{ $label }’ 항목은 최대 { $max }자까지 입력할 수 있습니다. 줄여 주세요.
unknown-field = 이 양식에는 ‘{ $label }’ 항목이 없습니다. 삭제해 주세요.
invalid-json = 올바른 JSON 형식이 아니어서 신청서를 읽을 수 없습니다. 다시 보내 주세요.
phone-already-used = 이 휴대전화 번호는 이미 다른 신청인의 본인 번호로 등록되어 있습니다. 본인 명의로 등록된 베트남 휴대전화 번호를 입력해 주세요.
name-invalid = ‘{ $label }’ 항목은 여권에 적힌 그대로 로마자로 입력해 주세요. 숫자나 다른 문자는 쓸 수 없습니다(예: NGUYEN VAN AN).
date-in-future = ‘{ $label }’ 항목에 오늘 이후의 날짜는 입력할 수 없습니다. 입력하신 날짜({ $date })를 확인해 주세요.
age-implausible = ‘{ $label }’ 항목으로 계산한 나이가 { $max }세를 넘습니다. 연도를 확인해 주세요.
nationality-unknown = ‘{ $label }’ 항목에는 여권에 적힌 영문 3자리 코드를 입력해 주세요(예: JPN, KOR, USA).
nationality-vietnamese = 이 양식은 외국인용입니다. 베트남 국민은 국민신분증으로 신청해 주세요.
level-2-needs-age-6 = 레벨 2 계정은 만 6세 이상만 신청할 수 있습니다. 신청인은 만 { $age }세입니다. 레벨 1을 선택해 주세요.
passport-number-format = ‘{ $label }’ 항목은 여권에 적힌 그대로 영문자(A–Z)와 숫자 1~9자로 입력해 주세요. 공백이나 기호는 넣지 마세요.
passport-number-pattern = ‘{ $label }’ 항목이 { $state } 여권 번호 형식과 다른 것 같습니다(보통 { $example } 형태). 여권과 대조해 확인해 주세요.
document-expired = 이 서류는 { $date }에 만료되었습니다. 갱신한 후 신청해 주세요. 만료된 서류는 사용할 수 없습니다.
issued-in-future = ‘{ $label }’ 항목에 오늘 이후의 날짜는 입력할 수 없습니다(입력한 날짜: { $date }). 서류에 적힌 날짜를 확인해 주세요.
issued-before-birth = ‘{ $label }’ 항목이 생년월일보다 앞섭니다. 두 날짜를 모두 확인해 주세요.
expiry-before-issue = ‘{ $label }’ 항목은 발급일보다 뒤여야 합니다. 서류에 적힌 두 날짜를 모두 확인해 주세요.
mrz-format = 기계판독영역은 여권 사진면 아래쪽에 있는 두 줄(각 44자)이어야 합니다. 다시 스캔해 주세요.
mrz-check-digit = 기계판독영역을 제대로 읽지 못했습니다({ $field ->
    [number] 여권 번호
    [dateOfBirth] 생년월일
    [expiryDate] 만료일
    [optionalData] 개인 번호
   *[composite] 줄 전체
 } 검증 숫자 불일치). 여권을 다시 스캔해 주세요.
mrz-mismatch = ‘{ $label }’ 항목이 여권 기계판독영역의 내용(“{ $mrz }”)과 일치하지 않습니다. 여권에 적힌 그대로 입력해 주세요.
residence-card-number-format = ‘{ $label }’ 항목은 카드에 적힌 그대로 영문자와 숫자 6~20자로 입력해 주세요.
residence-symbol-unknown = ‘{ $label }’ 항목의 값은 임시거주증 기호가 아닙니다. 카드에 적힌 기호를 입력해 주세요(예: LĐ2, TT).
residence-validity-too-long = 기호가 { $symbol }인 카드의 유효기간은 최대 { $years }년입니다. 카드의 ‘{ $label }’ 항목을 확인해 주세요.
residence-outlasts-passport = 거주증은 여권보다 적어도 { $days }일 먼저 만료되어야 합니다. 카드와 여권의 ‘{ $label }’ 항목을 확인해 주세요.
contact-required = 휴대전화 번호나 이메일 주소를 입력해 주세요.
phone-invalid = ‘{ $label }’ 항목의 값은 전화번호가 아닙니다. 베트남 휴대전화 번호를 입력해 주세요(예: 091 234 5678).
phone-not-vn-mobile = 명의자 본인 명의로 등록된 베트남 휴대전화 번호를 입력해 주세요(예: 091 234 5678). 유선 전화나 외국 번호는 사용할 수 없습니다.
phone-owner-must-be-representative = 만 14세 미만이거나 후견을 받는 신청인은 대리인 본인의 휴대전화 번호를 사용합니다. 번호 명의자로 대리인을 선택해 주세요.
phone-owner-must-be-applicant = 만 14세 이상인 신청인은 본인 명의로 등록된 휴대전화 번호를 사용합니다. 번호 명의자로 신청인을 선택해 주세요.
phone-ownership-unconfirmed = 휴대전화 번호가 명의자 본인 명의로 등록되어 있는지 확인해 주세요.
email-invalid = ‘{ $label }’ 항목의 값은 이메일 주소가 아닙니다. name@example.com 형식으로 입력해 주세요.
representative-required = 만 14세 미만이거나 후견을 받는 신청인은 대리인이 필요합니다. 대리인 정보를 입력해 주세요.
representative-not-applicable = 만 14세 이상이고 후견을 받지 않는 신청인은 대리인 없이 신청합니다. 대리인 정보를 삭제해 주세요.
representative-too-young = 대리인은 만 18세 이상이어야 합니다. 이 생년월일로는 만 { $age }세입니다. 확인하시거나 다른 대리인을 선택해 주세요.
representative-needs-level-2 = 레벨 1 계정을 신청하려면 대리인이 이미 레벨 2 전자식별 계정을 가지고 있어야 합니다.
personal-id-format = ‘{ $label }’ 항목에는 베트남 개인식별번호 12자리 숫자를 입력해 주세요.
personal-id-mismatch = ‘{ $label }’ 항목이 대리인의 { $part ->
    [sex] 성별과
    [century] 출생 세기와
   *[year] 출생 연도와
 } 맞지 않습니다. 번호와 입력한 정보를 확인해 주세요.
personal-id-province-unknown = ‘{ $label }’ 항목이 베트남 성·시 코드로 시작하지 않습니다. 앞 세 자리를 확인해 주세요.
representative-is-applicant = 대리인은 신청인 본인일 수 없습니다. 대리인 본인의 서류 번호를 입력해 주세요.
