# eid-form: every word the form shows, other than issue messages: field labels and
# hints, the labels of enumerated values, section titles, residence card symbols,
# the pages' own words, and how dates are written.

## Field labels

field-application = Application
field-level = Account level
field-applicant = Applicant
field-applicant-fullName = Full name
field-applicant-dateOfBirth = Date of birth
field-applicant-sex = Sex
field-applicant-nationality = Nationality
field-applicant-ward = Under guardianship or represented
field-applicant-passport = Passport
field-applicant-passport-number = Passport number
field-applicant-passport-issuingState = Issuing state
field-applicant-passport-issueDate = Date of issue
field-applicant-passport-expiryDate = Date of expiry
field-applicant-passport-placeOfIssue = Place of issue
field-applicant-passport-mrz = Machine-readable zone (MRZ)
field-applicant-residenceCard = Residence card
field-applicant-residenceCard-kind = Kind of residence card
field-applicant-residenceCard-number = Residence card number
field-applicant-residenceCard-symbol = Symbol
field-applicant-residenceCard-issueDate = Date of issue
field-applicant-residenceCard-expiryDate = Date of expiry
field-contact = Contact
field-contact-phone = Mobile number
field-contact-phoneOwner = Whose mobile number
field-contact-phoneOwnershipConfirmed = Registered in the owner's own name
field-contact-email = Email
field-representative = Representative
field-representative-fullName = Representative's full name
field-representative-relationship = Relationship to the applicant
field-representative-dateOfBirth = Representative's date of birth
field-representative-sex = Representative's sex
field-representative-nationality = Representative's nationality
field-representative-idKind = Representative's document
field-representative-idNumber = Representative's document number
field-representative-hasLevel2Account = Representative has a level 2 account

## Dates: fluent-rs has no DATETIME, so each locale spells its dates here.

date-format = { $day } { $monthName } { $year }
date-day = Day
date-month = Month
date-year = Year
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December

## Field hints

hint-level = Level 2 lets you use most public services online; level 1 covers fewer services.
hint-applicant-fullName = In Latin letters, exactly as printed in your passport, surname first.
hint-applicant-dateOfBirth = As printed in your passport.
hint-applicant-sex = As printed in your passport.
hint-applicant-nationality = The three-letter code printed in your passport, such as JPN.
hint-applicant-ward = Tick if you are 14 or older but under guardianship or represented by someone.
hint-applicant-passport-number = Letters and digits only, as printed on the photo page.
hint-applicant-passport-issuingState = The three-letter code of the country that issued the passport.
hint-applicant-passport-issueDate = As printed on the photo page.
hint-applicant-passport-expiryDate = The passport must still be valid.
hint-applicant-passport-placeOfIssue = Optional, as printed in the passport.
hint-applicant-passport-mrz = Optional: the two lines of 44 characters at the bottom of the photo page, read by the scanner.
hint-applicant-residenceCard-kind = Temporary or permanent residence card issued in Vietnam.
hint-applicant-residenceCard-number = As printed on the card.
hint-applicant-residenceCard-symbol = The symbol printed on a temporary residence card, such as LĐ2.
hint-applicant-residenceCard-issueDate = As printed on the card.
hint-applicant-residenceCard-expiryDate = As printed on the card. The card must still be valid.
hint-contact-phone = A Vietnamese mobile number registered in the owner's own name, such as 091 234 5678.
hint-contact-phoneOwner = Applicants under 14 or under guardianship use the representative's number.
hint-contact-phoneOwnershipConfirmed = The subscription must be registered in the owner's own name.
hint-contact-email = Optional.
hint-representative-fullName = As printed in the representative's identity document.
hint-representative-relationship = How the representative is related to the applicant.
hint-representative-dateOfBirth = The representative must be 18 or older.
hint-representative-sex = As printed in the representative's identity document.
hint-representative-nationality = The three-letter code, such as VNM or KOR.
hint-representative-idKind = A Vietnamese personal identification number or a passport.
hint-representative-idNumber = 12 digits for a Vietnamese personal identification number.
hint-representative-hasLevel2Account = Required for a level 1 account: the representative must already have a level 2 account.

## Values of the enumerations

option-level-1 = Level 1
option-level-2 = Level 2
option-sex-M = Male
option-sex-F = Female
option-sex-X = Unspecified
option-relationship-parent = Parent
option-relationship-guardian = Guardian
option-relationship-legal-representative = Legal representative
option-idKind-vn-personal-id = Vietnamese personal identification number
option-idKind-passport = Passport
option-residenceCardKind-temporary = Temporary residence card
option-residenceCardKind-permanent = Permanent residence card
option-phoneOwner-applicant = The applicant
option-phoneOwner-representative = The representative
option-yes = Yes
option-no = No

## Temporary residence card symbols and what they mean

symbol-NG3 = Member of a diplomatic mission, consulate or international organization, and their family
symbol-LV1 = Working with a central government body or organization
symbol-LV2 = Working with a socio-political organization or local body
symbol-LS = Foreign lawyer practising in Vietnam
symbol-DT1 = Investor with capital of 100 billion dong or more, or in a priority sector or area
symbol-DT2 = Investor with capital of 50 to under 100 billion dong
symbol-DT3 = Investor with capital of 3 to under 50 billion dong
symbol-NN1 = Head of a project office of an international or non-governmental organization
symbol-NN2 = Head of a representative office or branch of a foreign company or organization
symbol-DH = Student or intern
symbol-PV1 = Resident press correspondent
symbol-LD1 = Worker confirmed as not needing a work permit
symbol-LD2 = Worker who needs a work permit
symbol-TT = Family member of a foreigner or of a Vietnamese citizen

## Sections

section-level = Account
section-applicant = About the applicant
section-passport = Passport
section-residenceCard = Residence card
section-contact = Contact
section-representative = Representative or guardian

## The pages

ui-title = Application for an electronic identification account
ui-subtitle = Form TK01 for foreign nationals (Decree 69/2024/NĐ-CP)
ui-language = Language
ui-submit = Check and submit
ui-check = Check my answers
ui-next = Next
ui-back = Back
ui-start-over = Start over
ui-error-summary-title = There is a problem
ui-error-prefix = Error:
ui-warning-prefix = Please check:
ui-title-error-prefix = Error:
ui-success-title = Application received
ui-success-body = Your application has been checked and received. Bring your passport and residence card to the immigration office.
ui-server-disagrees = The server judged this application differently. Please check your answers again.
ui-server-unreachable = The server cannot be reached. Your answers are kept on this page; try again.
ui-mrz-scan = Scan the passport
ui-mrz-scan-hint = Place the photo page on the scanner, or type the two lines at the bottom of the page.
ui-mrz-filled = Filled from the passport: check every field.
ui-mrz-check-failed = The scan did not read correctly. Scan the passport again.
ui-idle-warning = { $seconds ->
    [one] For your privacy, this form will be cleared in { $seconds } second.
   *[other] For your privacy, this form will be cleared in { $seconds } seconds.
 }
ui-idle-continue = I am still here
ui-bilingual = Show Vietnamese beside my language
ui-optional = (optional)
ui-select = Choose…
ui-representative-why = Because the applicant is under 14 or under guardianship, a representative registers with their own mobile number and account.
ui-phone-owner-applicant = Enter the applicant's own mobile number, registered in the applicant's name.
ui-phone-owner-representative = Enter the representative's own mobile number, registered in the representative's name.
