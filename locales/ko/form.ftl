# eid-form: every word the form shows other than issue messages, Korean:
# field labels and hints, option labels, section titles, residence card symbols,
# the pages' own words, and how dates are written.

## Field labels

field-application = 신청서
field-level = 계정 레벨
field-applicant = 신청인
field-applicant-fullName = 성명
field-applicant-dateOfBirth = 생년월일
field-applicant-sex = 성별
field-applicant-nationality = 국적
field-applicant-ward = 후견을 받거나 대리인이 있음
field-applicant-passport = 여권
field-applicant-passport-number = 여권 번호
field-applicant-passport-issuingState = 발급 국가
field-applicant-passport-issueDate = 발급일
field-applicant-passport-expiryDate = 만료일
field-applicant-passport-placeOfIssue = 발급지
field-applicant-passport-mrz = 기계판독영역(MRZ)
field-applicant-residenceCard = 거주증
field-applicant-residenceCard-kind = 거주증 종류
field-applicant-residenceCard-number = 거주증 번호
field-applicant-residenceCard-symbol = 기호
field-applicant-residenceCard-issueDate = 발급일
field-applicant-residenceCard-expiryDate = 만료일
field-contact = 연락처
field-contact-phone = 휴대전화 번호
field-contact-phoneOwner = 휴대전화 번호 명의자
field-contact-phoneOwnershipConfirmed = 명의자 본인 명의로 등록됨
field-contact-email = 이메일
field-representative = 대리인
field-representative-fullName = 대리인 성명
field-representative-relationship = 신청인과의 관계
field-representative-dateOfBirth = 대리인 생년월일
field-representative-sex = 대리인 성별
field-representative-nationality = 대리인 국적
field-representative-idKind = 대리인 신분 서류
field-representative-idNumber = 대리인 서류 번호
field-representative-hasLevel2Account = 대리인의 레벨 2 계정 보유

## Dates

date-format = { $year }년 { $month }월 { $day }일
date-day = 일
date-month = 월
date-year = 연도
month-1 = 1월
month-2 = 2월
month-3 = 3월
month-4 = 4월
month-5 = 5월
month-6 = 6월
month-7 = 7월
month-8 = 8월
month-9 = 9월
month-10 = 10월
month-11 = 11월
month-12 = 12월

## Field hints

hint-level = 레벨 2는 대부분의 공공 서비스를 온라인으로 이용할 수 있고, 레벨 1은 이용할 수 있는 서비스가 더 적습니다.
hint-applicant-fullName = 여권에 적힌 그대로 로마자로, 성을 먼저 입력해 주세요.
hint-applicant-dateOfBirth = 여권에 적힌 그대로 입력해 주세요.
hint-applicant-sex = 여권에 적힌 그대로 선택해 주세요.
hint-applicant-nationality = 여권에 적힌 영문 3자리 코드(예: JPN).
hint-applicant-ward = 만 14세 이상이지만 후견을 받거나 대리인이 있는 경우 체크해 주세요.
hint-applicant-passport-number = 사진면에 적힌 그대로 영문자와 숫자만 입력해 주세요.
hint-applicant-passport-issuingState = 여권을 발급한 국가의 영문 3자리 코드.
hint-applicant-passport-issueDate = 사진면에 적힌 그대로 입력해 주세요.
hint-applicant-passport-expiryDate = 유효기간이 남아 있는 여권이어야 합니다.
hint-applicant-passport-placeOfIssue = 선택 사항. 여권에 적힌 그대로 입력해 주세요.
hint-applicant-passport-mrz = 선택 사항: 사진면 아래쪽에 있는 두 줄(각 44자)로, 스캐너가 읽습니다.
hint-applicant-residenceCard-kind = 베트남에서 발급받은 임시거주증 또는 영구거주증.
hint-applicant-residenceCard-number = 카드에 적힌 그대로 입력해 주세요.
hint-applicant-residenceCard-symbol = 임시거주증에 적힌 기호(예: LĐ2).
hint-applicant-residenceCard-issueDate = 카드에 적힌 그대로 입력해 주세요.
hint-applicant-residenceCard-expiryDate = 카드에 적힌 그대로 입력해 주세요. 유효기간이 남아 있는 카드여야 합니다.
hint-contact-phone = 명의자 본인 명의로 등록된 베트남 휴대전화 번호(예: 091 234 5678).
hint-contact-phoneOwner = 만 14세 미만이거나 후견을 받는 신청인은 대리인의 번호를 사용합니다.
hint-contact-phoneOwnershipConfirmed = 휴대전화가 명의자 본인 명의로 개통되어 있어야 합니다.
hint-contact-email = 선택 사항.
hint-representative-fullName = 대리인의 신분 서류에 적힌 그대로 입력해 주세요.
hint-representative-relationship = 대리인과 신청인의 관계.
hint-representative-dateOfBirth = 대리인은 만 18세 이상이어야 합니다.
hint-representative-sex = 대리인의 신분 서류에 적힌 그대로 선택해 주세요.
hint-representative-nationality = 영문 3자리 코드(예: VNM, KOR).
hint-representative-idKind = 베트남 개인식별번호 또는 여권.
hint-representative-idNumber = 베트남 개인식별번호는 숫자 12자리입니다.
hint-representative-hasLevel2Account = 레벨 1 계정에는 필수: 대리인이 이미 레벨 2 계정을 가지고 있어야 합니다.

## Values of the enumerations

option-level-1 = 레벨 1
option-level-2 = 레벨 2
option-sex-M = 남성
option-sex-F = 여성
option-sex-X = 미지정
option-relationship-parent = 부모
option-relationship-guardian = 후견인
option-relationship-legal-representative = 법정대리인
option-idKind-vn-personal-id = 베트남 개인식별번호
option-idKind-passport = 여권
option-residenceCardKind-temporary = 임시거주증
option-residenceCardKind-permanent = 영구거주증
option-phoneOwner-applicant = 신청인
option-phoneOwner-representative = 대리인
option-yes = 예
option-no = 아니요

## Temporary residence card symbols and what they mean

symbol-NG3 = 외교공관·영사기관·국제기구의 구성원 및 그 가족
symbol-LV1 = 중앙 기관·단체와 업무를 수행하는 사람
symbol-LV2 = 정치사회단체 또는 지방 기관과 업무를 수행하는 사람
symbol-LS = 베트남에서 활동하는 외국인 변호사
symbol-DT1 = 1,000억 동 이상을 투자했거나 우대 업종·지역에 투자한 투자자
symbol-DT2 = 500억 동 이상 1,000억 동 미만을 투자한 투자자
symbol-DT3 = 30억 동 이상 500억 동 미만을 투자한 투자자
symbol-NN1 = 국제기구·비정부기구 프로젝트 사무소의 대표
symbol-NN2 = 외국 기업·단체의 대표사무소 또는 지점의 대표
symbol-DH = 유학생 또는 실습생
symbol-PV1 = 상주 언론 특파원
symbol-LD1 = 노동허가서가 필요 없다고 확인받은 근로자
symbol-LD2 = 노동허가서가 필요한 근로자
symbol-TT = 외국인 또는 베트남 국민의 가족

## Sections

section-level = 계정
section-applicant = 신청인 정보
section-passport = 여권
section-residenceCard = 거주증
section-contact = 연락처
section-representative = 대리인 또는 후견인

## The pages

ui-title = 전자식별 계정 발급 신청서
ui-subtitle = 외국인용 TK01 양식(시행령 제69/2024/NĐ-CP호)
ui-language = 언어
ui-submit = 확인 후 제출
ui-check = 입력 내용 확인
ui-next = 다음
ui-back = 이전
ui-start-over = 처음부터 다시 하기
ui-error-summary-title = 확인이 필요한 항목이 있습니다
ui-error-prefix = 오류:
ui-warning-prefix = 확인해 주세요:
ui-title-error-prefix = 오류:
ui-success-title = 신청이 접수되었습니다
ui-success-body = 신청서가 확인되어 접수되었습니다. 여권과 거주증을 가지고 출입국관리사무소를 방문해 주세요.
ui-server-disagrees = 서버의 판단이 이 페이지와 다릅니다. 입력 내용을 다시 확인해 주세요.
ui-server-unreachable = 서버에 연결할 수 없습니다. 입력하신 내용은 이 페이지에 그대로 남아 있으니 다시 시도해 주세요.
ui-mrz-scan = 여권 스캔
ui-mrz-scan-hint = 여권 사진면을 스캐너에 올려놓거나, 사진면 아래쪽의 두 줄을 입력해 주세요.
ui-mrz-filled = 여권에서 읽어 입력했습니다. 모든 항목을 확인해 주세요.
ui-mrz-check-failed = 스캔이 제대로 되지 않았습니다. 여권을 다시 스캔해 주세요.
ui-idle-warning = { $seconds ->
   *[other] 개인정보 보호를 위해 { $seconds }초 후 이 양식의 내용이 지워집니다.
 }
ui-idle-continue = 계속 사용하기
ui-bilingual = 내 언어 옆에 베트남어 함께 표시
ui-optional = (선택 사항)
ui-select = 선택하세요…
ui-representative-why = 신청인이 만 14세 미만이거나 후견을 받고 있으므로, 대리인이 본인의 휴대전화 번호와 계정으로 등록합니다.
ui-phone-owner-applicant = 신청인 본인 명의로 등록된, 신청인 본인의 휴대전화 번호를 입력해 주세요.
ui-phone-owner-representative = 대리인 본인 명의로 등록된, 대리인 본인의 휴대전화 번호를 입력해 주세요.
