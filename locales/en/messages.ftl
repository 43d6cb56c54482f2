# eid-form: messages of the issue codes (FORM.md). Each message names the field
# and says how to put it right. Arguments: $label (the field's label) and the
# issue's params ($max, $age, $date, $state, $example, $field, $mrz, $part, ...).

required = Enter { $label }.

# A missing field's own words (GOV.UK: say what to do). A missing block's
# message is its first box's: required-<the box's path with dashes>.
required-level = Select your account level
required-applicant-fullName = Enter your full name as it is printed in your passport
required-applicant-dateOfBirth = Enter your date of birth
required-applicant-sex = Select your sex as it is printed in your passport
required-applicant-nationality = Select your nationality
required-applicant-passport-number = Enter your passport number
required-applicant-passport-issuingState = Select the country that issued your passport
required-applicant-passport-issueDate = Enter the date your passport was issued
required-applicant-passport-expiryDate = Enter the date your passport expires
required-applicant-residenceCard-kind = Select the kind of residence card you hold
required-applicant-residenceCard-number = Enter your residence card number
required-applicant-residenceCard-symbol = Select the symbol printed on your residence card
required-applicant-residenceCard-issueDate = Enter the date your residence card was issued
required-applicant-residenceCard-expiryDate = Enter the date your residence card expires
required-contact-phone = Enter a Vietnamese mobile number
required-contact-phoneOwner = Select whose mobile number this is
required-representative-fullName = Enter the representative's full name as it is printed in their identity document
required-representative-relationship = Select how the representative is related to the applicant
required-representative-dateOfBirth = Enter the representative's date of birth
required-representative-sex = Select the representative's sex
required-representative-nationality = Select the representative's nationality
required-representative-idKind = Select the representative's kind of document
required-representative-idNumber = Enter the representative's document number
required-representative-hasLevel2Account = Say whether the representative has a level 2 account

invalid-type = { $label } has the wrong kind of value. Enter it again in the form.
invalid-value = { $label } must be one of the choices offered. Choose one from the list.
invalid-date = { $label } must be a real date. Check the day, month and year.
too-long = { $label } can have at most { $max } characters. Shorten it.
unknown-field = The form has no field called “{ $label }”. Remove it.
invalid-json = This application could not be read because it is not valid JSON. Send it again.
phone-already-used = This mobile number is already registered as the own number of another applicant. Enter a Vietnamese mobile number registered in your own name.
name-invalid = { $label } must be written in Latin letters exactly as printed in the passport, without digits or other scripts, such as NGUYEN VAN AN.
date-in-future = { $label } cannot be after today. Check the date you entered ({ $date }).
age-implausible = { $label } gives an age of more than { $max } years. Check the year.
nationality-unknown = { $label } must be a three-letter code as printed in the passport, such as JPN, KOR or USA.
nationality-vietnamese = This form is for foreign nationals. Vietnamese citizens apply with their citizen identity card instead.
level-2-needs-age-6 = A level 2 account needs the applicant to be 6 or older; the applicant is { $age }. Choose level 1.
passport-number-format = { $label } must be 1 to 9 letters A–Z and digits, as printed in the passport, without spaces or symbols.
passport-number-pattern = { $label } does not look like a passport number of { $state } (usually like { $example }). Check it against the passport.
document-expired = This document expired on { $date }. Renew it before you apply; an expired document cannot be used.
issued-in-future = { $label } cannot be after today ({ $date } was entered). Check the date on the document.
issued-before-birth = { $label } is before the date of birth. Check both dates.
expiry-before-issue = { $label } must be after the date of issue. Check both dates on the document.
mrz-format = The machine-readable zone must be the two lines of 44 characters at the bottom of the passport photo page. Scan it again.
mrz-check-digit = The machine-readable zone did not read correctly ({ $field ->
    [number] passport number
    [dateOfBirth] date of birth
    [expiryDate] date of expiry
    [optionalData] personal number
   *[composite] whole line
 } check digit). Scan the passport again.
mrz-mismatch = { $label } does not match the passport's machine-readable zone, which reads “{ $mrz }”. Enter it exactly as in the passport.
residence-card-number-format = { $label } must be 6 to 20 letters and digits, as printed on the card.
residence-symbol-unknown = { $label } is not a temporary residence card symbol. Enter the symbol printed on the card, such as LĐ2 or TT.
residence-validity-too-long = A card with symbol { $symbol } is valid for at most { $years } years. Check the date of expiry on the card.
residence-outlasts-passport = The residence card should end at least { $days } days before the passport does. Check the dates of expiry on the card and on the passport.
contact-required = Enter a mobile number or an email address.
phone-invalid = { $label } is not a phone number. Enter a Vietnamese mobile number, such as 091 234 5678.
phone-not-vn-mobile = Enter a Vietnamese mobile number registered in the owner's own name, such as 091 234 5678. Landlines and foreign numbers cannot be used.
phone-owner-must-be-representative = An applicant under 14 or under guardianship uses the representative's own mobile number. Choose the representative as the owner.
phone-owner-must-be-applicant = An applicant aged 14 or more uses a mobile number registered in their own name. Choose the applicant as the owner.
phone-ownership-unconfirmed = Confirm that the mobile number is registered in the owner's own name.
email-invalid = { $label } is not an email address. Enter it like name@example.com.
representative-required = An applicant under 14 or under guardianship needs a representative. Fill in the representative's details.
representative-not-applicable = An applicant aged 14 or more who is not under guardianship applies without a representative. Remove the representative's details.
representative-too-young = The representative must be 18 or older; this date of birth gives { $age }. Check it, or choose another representative.
representative-needs-level-2 = For a level 1 account the representative must already have a level 2 electronic identification account.
personal-id-format = { $label } must be the 12 digits of the Vietnamese personal identification number.
personal-id-mismatch = { $label } does not agree with the representative's { $part ->
    [sex] sex
    [century] century of birth
   *[year] year of birth
 }. Check the number and the details.
personal-id-province-unknown = { $label } does not start with a Vietnamese province code. Check the first three digits.
representative-is-applicant = The representative cannot be the applicant. Enter the representative's own document number.
