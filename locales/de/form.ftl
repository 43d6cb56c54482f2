# eid-form: every word the form shows in German, other than issue messages: field
# labels and hints, the labels of enumerated values, section titles, residence card
# symbols, the pages' own words, and how dates are written.

## Field labels

field-application = Antrag
field-level = Kontostufe
field-applicant = Antragsteller
field-applicant-fullName = Vollständiger Name
field-applicant-dateOfBirth = Geburtsdatum
field-applicant-sex = Geschlecht
field-applicant-nationality = Staatsangehörigkeit
field-applicant-ward = Unter Vormundschaft oder vertreten
field-applicant-passport = Reisepass
field-applicant-passport-number = Passnummer
field-applicant-passport-issuingState = Ausstellungsstaat
field-applicant-passport-issueDate = Ausstellungsdatum
field-applicant-passport-expiryDate = Ablaufdatum
field-applicant-passport-placeOfIssue = Ausstellungsort
field-applicant-passport-mrz = Maschinenlesbare Zone (MRZ)
field-applicant-residenceCard = Aufenthaltskarte
field-applicant-residenceCard-kind = Art der Aufenthaltskarte
field-applicant-residenceCard-number = Nummer der Aufenthaltskarte
field-applicant-residenceCard-symbol = Kennzeichen
field-applicant-residenceCard-issueDate = Ausstellungsdatum
field-applicant-residenceCard-expiryDate = Ablaufdatum
field-contact = Kontaktdaten
field-contact-phone = Mobilnummer
field-contact-phoneOwner = Inhaber der Mobilnummer
field-contact-phoneOwnershipConfirmed = Auf den eigenen Namen des Inhabers registriert
field-contact-email = E-Mail-Adresse
field-representative = Vertreter
field-representative-fullName = Vollständiger Name des Vertreters
field-representative-relationship = Beziehung zum Antragsteller
field-representative-dateOfBirth = Geburtsdatum des Vertreters
field-representative-sex = Geschlecht des Vertreters
field-representative-nationality = Staatsangehörigkeit des Vertreters
field-representative-idKind = Ausweisdokument des Vertreters
field-representative-idNumber = Dokumentnummer des Vertreters
field-representative-hasLevel2Account = Vertreter hat ein Konto der Stufe 2

## Dates: fluent-rs has no DATETIME, so each locale spells its dates here.

date-format = { $day }. { $monthName } { $year }
date-day = Tag
date-month = Monat
date-year = Jahr
month-1 = Januar
month-2 = Februar
month-3 = März
month-4 = April
month-5 = Mai
month-6 = Juni
month-7 = Juli
month-8 = August
month-9 = September
month-10 = Oktober
month-11 = November
month-12 = Dezember

## Field hints

hint-level = Mit Stufe 2 können Sie die meisten Behördendienste online nutzen; Stufe 1 umfasst weniger Dienste.
hint-applicant-fullName = In lateinischen Buchstaben, genau wie im Reisepass gedruckt, Familienname zuerst.
hint-applicant-dateOfBirth = Wie im Reisepass angegeben.
hint-applicant-sex = Wie im Reisepass angegeben.
hint-applicant-nationality = Der Ländercode aus drei Buchstaben in Ihrem Reisepass, z. B. JPN.
hint-applicant-ward = Bitte ankreuzen, wenn Sie 14 Jahre oder älter sind, aber unter Vormundschaft stehen oder von jemandem vertreten werden.
hint-applicant-passport-number = Nur Buchstaben und Ziffern, wie auf der Fotoseite gedruckt.
hint-applicant-passport-issuingState = Der Ländercode aus drei Buchstaben für den Staat, der den Reisepass ausgestellt hat.
hint-applicant-passport-issueDate = Wie auf der Fotoseite angegeben.
hint-applicant-passport-expiryDate = Der Reisepass muss noch gültig sein.
hint-applicant-passport-placeOfIssue = Freiwillige Angabe, wie im Reisepass angegeben.
hint-applicant-passport-mrz = Freiwillige Angabe: die zwei Zeilen mit je 44 Zeichen unten auf der Fotoseite, vom Scanner gelesen.
hint-applicant-residenceCard-kind = In Vietnam ausgestellte befristete oder unbefristete Aufenthaltskarte.
hint-applicant-residenceCard-number = Wie auf der Karte angegeben.
hint-applicant-residenceCard-symbol = Das auf der befristeten Aufenthaltskarte gedruckte Kennzeichen, z. B. LĐ2.
hint-applicant-residenceCard-issueDate = Wie auf der Karte angegeben.
hint-applicant-residenceCard-expiryDate = Wie auf der Karte angegeben. Die Karte muss noch gültig sein.
hint-contact-phone = Eine vietnamesische Mobilnummer, die auf den eigenen Namen des Inhabers registriert ist, z. B. 091 234 5678.
hint-contact-phoneOwner = Antragsteller unter 14 Jahren oder unter Vormundschaft verwenden die Nummer des Vertreters.
hint-contact-phoneOwnershipConfirmed = Der Mobilfunkvertrag muss auf den eigenen Namen des Inhabers laufen.
hint-contact-email = Freiwillige Angabe.
hint-representative-fullName = Wie im Ausweisdokument des Vertreters angegeben.
hint-representative-relationship = In welcher Beziehung der Vertreter zum Antragsteller steht.
hint-representative-dateOfBirth = Der Vertreter muss mindestens 18 Jahre alt sein.
hint-representative-sex = Wie im Ausweisdokument des Vertreters angegeben.
hint-representative-nationality = Der Ländercode aus drei Buchstaben, z. B. VNM oder KOR.
hint-representative-idKind = Eine vietnamesische persönliche Identifikationsnummer oder ein Reisepass.
hint-representative-idNumber = 12 Ziffern bei einer vietnamesischen persönlichen Identifikationsnummer.
hint-representative-hasLevel2Account = Pflichtangabe für ein Konto der Stufe 1: Der Vertreter muss bereits ein Konto der Stufe 2 haben.

## Values of the enumerations

option-level-1 = Stufe 1
option-level-2 = Stufe 2
option-sex-M = Männlich
option-sex-F = Weiblich
option-sex-X = Keine Angabe
option-relationship-parent = Elternteil
option-relationship-guardian = Vormund
option-relationship-legal-representative = Gesetzlicher Vertreter
option-idKind-vn-personal-id = Vietnamesische persönliche Identifikationsnummer
option-idKind-passport = Reisepass
option-residenceCardKind-temporary = Befristete Aufenthaltskarte
option-residenceCardKind-permanent = Unbefristete Aufenthaltskarte
option-phoneOwner-applicant = Der Antragsteller
option-phoneOwner-representative = Der Vertreter
option-yes = Ja
option-no = Nein

## Temporary residence card symbols and what they mean

symbol-NG3 = Mitglied einer diplomatischen Vertretung, eines Konsulats oder einer internationalen Organisation sowie Familienangehörige
symbol-LV1 = Tätigkeit bei einer zentralstaatlichen Behörde oder Organisation
symbol-LV2 = Tätigkeit bei einer gesellschaftspolitischen Organisation oder einer örtlichen Behörde
symbol-LS = Ausländischer Rechtsanwalt, der in Vietnam tätig ist
symbol-DT1 = Investor mit einem Kapital ab 100 Milliarden Dong oder in einem geförderten Sektor oder Gebiet
symbol-DT2 = Investor mit einem Kapital von 50 bis unter 100 Milliarden Dong
symbol-DT3 = Investor mit einem Kapital von 3 bis unter 50 Milliarden Dong
symbol-NN1 = Leiter eines Projektbüros einer internationalen oder nichtstaatlichen Organisation
symbol-NN2 = Leiter einer Repräsentanz oder Zweigniederlassung eines ausländischen Unternehmens oder einer ausländischen Organisation
symbol-DH = Student oder Praktikant
symbol-PV1 = Ständiger Pressekorrespondent
symbol-LD1 = Arbeitnehmer mit bestätigter Befreiung von der Arbeitserlaubnis
symbol-LD2 = Arbeitnehmer, der eine Arbeitserlaubnis benötigt
symbol-TT = Familienangehöriger eines Ausländers oder eines vietnamesischen Staatsbürgers

## Sections

section-level = Konto
section-applicant = Angaben zum Antragsteller
section-passport = Reisepass
section-residenceCard = Aufenthaltskarte
section-contact = Kontaktdaten
section-representative = Vertreter oder Vormund

## The pages

ui-title = Antrag auf ein Konto für die elektronische Identifizierung
ui-subtitle = Formular TK01 für ausländische Staatsangehörige (Dekret 69/2024/NĐ-CP)
ui-language = Sprache
ui-submit = Prüfen und absenden
ui-check = Meine Angaben prüfen
ui-next = Weiter
ui-back = Zurück
ui-start-over = Neu beginnen
ui-error-summary-title = Es gibt ein Problem
ui-error-prefix = Fehler:
ui-warning-prefix = Bitte prüfen:
ui-title-error-prefix = Fehler:
ui-success-title = Antrag eingegangen
ui-success-body = Ihr Antrag wurde geprüft und ist eingegangen. Bitte bringen Sie Ihren Reisepass und Ihre Aufenthaltskarte zur Einwanderungsbehörde mit.
ui-server-disagrees = Der Server hat diesen Antrag anders bewertet. Bitte prüfen Sie Ihre Angaben noch einmal.
ui-server-unreachable = Der Server ist nicht erreichbar. Ihre Angaben bleiben auf dieser Seite erhalten; bitte versuchen Sie es erneut.
ui-mrz-scan = Reisepass scannen
ui-mrz-scan-hint = Legen Sie die Fotoseite auf den Scanner oder tippen Sie die zwei Zeilen unten auf der Seite ab.
ui-mrz-filled = Aus dem Reisepass übernommen: Bitte prüfen Sie jedes Feld.
ui-mrz-check-failed = Der Scan wurde nicht richtig gelesen. Bitte scannen Sie den Reisepass erneut.
ui-idle-warning = { $seconds ->
    [one] Zum Schutz Ihrer Daten wird dieses Formular in { $seconds } Sekunde geleert.
   *[other] Zum Schutz Ihrer Daten wird dieses Formular in { $seconds } Sekunden geleert.
 }
ui-idle-continue = Ich bin noch da
ui-bilingual = Vietnamesisch neben meiner Sprache anzeigen
ui-optional = (freiwillig)
ui-select = Bitte wählen…
ui-representative-why = Da der Antragsteller unter 14 Jahre alt ist oder unter Vormundschaft steht, übernimmt ein Vertreter die Registrierung mit seiner eigenen Mobilnummer und seinem eigenen Konto.
ui-phone-owner-applicant = Geben Sie die eigene Mobilnummer des Antragstellers ein, die auf seinen Namen registriert ist.
ui-phone-owner-representative = Geben Sie die eigene Mobilnummer des Vertreters ein, die auf seinen Namen registriert ist.
