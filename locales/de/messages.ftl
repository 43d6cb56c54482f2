# eid-form: German messages of the issue codes (FORM.md). Each message names the
# field and says how to put it right. Arguments: $label (the field's label) and the
# issue's params ($max, $age, $date, $state, $example, $field, $mrz, $part, ...).
# Labels are quoted (das Feld „…“) so that gender and case never clash.

required = Bitte füllen Sie das Feld „{ $label }“ aus.

# A missing field's own words (GOV.UK: say what to do). A missing block's
# message is its first box's: required-<the box's path with dashes>.
required-level = Wählen Sie die Kontostufe
required-applicant-fullName = Geben Sie Ihren vollständigen Namen so ein, wie er im Reisepass steht
required-applicant-dateOfBirth = Geben Sie Ihr Geburtsdatum ein
required-applicant-sex = Wählen Sie Ihr Geschlecht so, wie es im Reisepass steht
required-applicant-nationality = Wählen Sie Ihre Staatsangehörigkeit
required-applicant-passport-number = Geben Sie Ihre Reisepassnummer ein
required-applicant-passport-issuingState = Wählen Sie den Staat, der Ihren Reisepass ausgestellt hat
required-applicant-passport-issueDate = Geben Sie das Ausstellungsdatum Ihres Reisepasses ein
required-applicant-passport-expiryDate = Geben Sie das Ablaufdatum Ihres Reisepasses ein
required-applicant-residenceCard-kind = Wählen Sie die Art Ihrer Aufenthaltskarte
required-applicant-residenceCard-number = Geben Sie die Nummer Ihrer Aufenthaltskarte ein
required-applicant-residenceCard-symbol = Wählen Sie das Kennzeichen, das auf Ihrer Aufenthaltskarte steht
required-applicant-residenceCard-issueDate = Geben Sie das Ausstellungsdatum Ihrer Aufenthaltskarte ein
required-applicant-residenceCard-expiryDate = Geben Sie das Ablaufdatum Ihrer Aufenthaltskarte ein
required-contact-phone = Geben Sie eine vietnamesische Mobilnummer ein
required-contact-phoneOwner = Wählen Sie, wem diese Mobilnummer gehört
required-representative-fullName = Geben Sie den vollständigen Namen des Vertreters so ein, wie er in seinem Ausweisdokument steht
required-representative-relationship = Wählen Sie die Beziehung des Vertreters zum Antragsteller
required-representative-dateOfBirth = Geben Sie das Geburtsdatum des Vertreters ein
required-representative-sex = Wählen Sie das Geschlecht des Vertreters
required-representative-nationality = Wählen Sie die Staatsangehörigkeit des Vertreters
required-representative-idKind = Wählen Sie die Art des Ausweisdokuments des Vertreters
required-representative-idNumber = Geben Sie die Nummer des Ausweisdokuments des Vertreters ein
required-representative-hasLevel2Account = Geben Sie an, ob der Vertreter ein Konto der Stufe 2 hat

invalid-type = Das Feld „{ $label }“ enthält einen Wert der falschen Art. Bitte geben Sie ihn im Formular erneut ein.
invalid-value = Im Feld „{ $label }“ ist nur eine der angebotenen Möglichkeiten zulässig. Bitte wählen Sie eine aus der Liste.
invalid-date = Das Feld „{ $label }“ muss ein gültiges Datum enthalten. Prüfen Sie Tag, Monat und Jahr.
too-long = Das Feld „{ $label }“ darf höchstens { $max } { $max ->
    [one] Zeichen
   *[other] Zeichen
 } enthalten. Bitte kürzen Sie den Eintrag.
unknown-field = Das Formular hat kein Feld „{ $label }“. Bitte entfernen Sie es.
invalid-json = Dieser Antrag konnte nicht gelesen werden, weil er kein gültiges JSON ist. Bitte senden Sie ihn erneut.
phone-already-used = Diese Mobilnummer ist bereits als eigene Nummer eines anderen Antragstellers registriert. Bitte geben Sie eine vietnamesische Mobilnummer ein, die auf Ihren eigenen Namen registriert ist.
name-invalid = Bitte füllen Sie das Feld „{ $label }“ in lateinischen Buchstaben aus, genau wie im Reisepass, ohne Ziffern oder andere Schriften, z. B. NGUYEN VAN AN.
date-in-future = Das Datum im Feld „{ $label }“ darf nicht nach dem heutigen Tag liegen. Bitte prüfen Sie das eingegebene Datum ({ $date }).
age-implausible = Nach der Angabe im Feld „{ $label }“ wäre die Person älter als { $max } { $max ->
    [one] Jahr
   *[other] Jahre
 }. Bitte prüfen Sie das Jahr.
nationality-unknown = Das Feld „{ $label }“ muss den Ländercode aus drei Buchstaben enthalten, wie er im Reisepass steht, z. B. JPN, KOR oder USA.
nationality-vietnamese = Dieses Formular ist für ausländische Staatsangehörige bestimmt. Vietnamesische Staatsbürger stellen den Antrag stattdessen mit ihrem vietnamesischen Personalausweis.
level-2-needs-age-6 = Für ein Konto der Stufe 2 muss der Antragsteller mindestens 6 Jahre alt sein; er ist { $age } { $age ->
    [one] Jahr
   *[other] Jahre
 } alt. Bitte wählen Sie Stufe 1.
passport-number-format = Das Feld „{ $label }“ muss 1 bis 9 Buchstaben (A–Z) und Ziffern enthalten, wie im Reisepass gedruckt, ohne Leerzeichen oder Sonderzeichen.
passport-number-pattern = Der Eintrag im Feld „{ $label }“ sieht nicht wie eine Passnummer des Ausstellungsstaats { $state } aus (meist in der Form { $example }). Bitte vergleichen Sie ihn mit dem Reisepass.
document-expired = Dieses Dokument ist am { $date } abgelaufen. Bitte lassen Sie es vor der Antragstellung verlängern; ein abgelaufenes Dokument kann nicht verwendet werden.
issued-in-future = Das Datum im Feld „{ $label }“ darf nicht nach dem heutigen Tag liegen (eingegeben: { $date }). Bitte prüfen Sie das Datum im Dokument.
issued-before-birth = Das Datum im Feld „{ $label }“ liegt vor dem Geburtsdatum. Bitte prüfen Sie beide Daten.
expiry-before-issue = Das Datum im Feld „{ $label }“ muss nach dem Ausstellungsdatum liegen. Bitte prüfen Sie beide Daten im Dokument.
mrz-format = Die maschinenlesbare Zone besteht aus den zwei Zeilen mit je 44 Zeichen unten auf der Fotoseite des Reisepasses. Bitte scannen Sie sie erneut.
mrz-check-digit = Die maschinenlesbare Zone wurde nicht richtig gelesen (Prüfziffer { $field ->
    [number] der Passnummer
    [dateOfBirth] des Geburtsdatums
    [expiryDate] des Ablaufdatums
    [optionalData] der persönlichen Nummer
   *[composite] der gesamten Zeile
 }). Bitte scannen Sie den Reisepass erneut.
mrz-mismatch = Das Feld „{ $label }“ stimmt nicht mit der maschinenlesbaren Zone des Reisepasses überein; dort steht „{ $mrz }“. Bitte geben Sie es genau wie im Reisepass ein.
residence-card-number-format = Das Feld „{ $label }“ muss 6 bis 20 Buchstaben und Ziffern enthalten, wie auf der Karte gedruckt.
residence-symbol-unknown = Der Eintrag im Feld „{ $label }“ ist kein Kennzeichen einer befristeten Aufenthaltskarte. Bitte geben Sie das auf der Karte gedruckte Kennzeichen ein, z. B. LĐ2 oder TT.
residence-validity-too-long = Eine Karte mit dem Kennzeichen { $symbol } gilt höchstens { $years } { $years ->
    [one] Jahr
   *[other] Jahre
 }. Bitte prüfen Sie das Feld „{ $label }“ anhand der Karte.
residence-outlasts-passport = Die Aufenthaltskarte sollte mindestens { $days } { $days ->
    [one] Tag
   *[other] Tage
 } vor dem Reisepass ablaufen. Bitte prüfen Sie das Feld „{ $label }“ anhand der Karte und des Reisepasses.
contact-required = Bitte geben Sie eine Mobilnummer oder eine E-Mail-Adresse ein.
phone-invalid = Das Feld „{ $label }“ enthält keine Telefonnummer. Bitte geben Sie eine vietnamesische Mobilnummer ein, z. B. 091 234 5678.
phone-not-vn-mobile = Bitte geben Sie eine vietnamesische Mobilnummer ein, die auf den eigenen Namen des Inhabers registriert ist, z. B. 091 234 5678. Festnetznummern und ausländische Nummern können nicht verwendet werden.
phone-owner-must-be-representative = Antragsteller unter 14 Jahren oder unter Vormundschaft verwenden die eigene Mobilnummer ihres Vertreters. Bitte wählen Sie den Vertreter als Inhaber der Nummer.
phone-owner-must-be-applicant = Antragsteller ab 14 Jahren verwenden eine Mobilnummer, die auf ihren eigenen Namen registriert ist. Bitte wählen Sie den Antragsteller als Inhaber der Nummer.
phone-ownership-unconfirmed = Bitte bestätigen Sie, dass die Mobilnummer auf den eigenen Namen des Inhabers registriert ist.
email-invalid = Das Feld „{ $label }“ enthält keine E-Mail-Adresse. Bitte geben Sie sie in der Form name@example.com ein.
representative-required = Für Antragsteller unter 14 Jahren oder unter Vormundschaft ist ein Vertreter erforderlich. Bitte machen Sie die Angaben zum Vertreter.
representative-not-applicable = Antragsteller ab 14 Jahren, die nicht unter Vormundschaft stehen, stellen den Antrag ohne Vertreter. Bitte entfernen Sie die Angaben zum Vertreter.
representative-too-young = Der Vertreter muss mindestens 18 Jahre alt sein; nach diesem Geburtsdatum ist er { $age } { $age ->
    [one] Jahr
   *[other] Jahre
 } alt. Bitte prüfen Sie das Datum oder wählen Sie einen anderen Vertreter.
representative-needs-level-2 = Für ein Konto der Stufe 1 muss der Vertreter bereits ein Konto der Stufe 2 für die elektronische Identifizierung haben.
personal-id-format = Das Feld „{ $label }“ muss die 12 Ziffern der vietnamesischen persönlichen Identifikationsnummer enthalten.
personal-id-mismatch = Das Feld „{ $label }“ passt nicht { $part ->
    [sex] zum Geschlecht
    [century] zum Geburtsjahrhundert
   *[year] zum Geburtsjahr
 } des Vertreters. Bitte prüfen Sie die Nummer und die Angaben.
personal-id-province-unknown = Das Feld „{ $label }“ beginnt nicht mit einem vietnamesischen Provinzcode. Bitte prüfen Sie die ersten drei Ziffern.
representative-is-applicant = Vertreter und Antragsteller dürfen nicht dieselbe Person sein. Bitte geben Sie die Nummer des Ausweisdokuments des Vertreters ein.
