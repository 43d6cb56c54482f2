# eid-form: French messages of the issue codes (FORM.md). Each message names the
# field and says how to put it right. Arguments: $label (the field's label) and the
# issue's params ($max, $age, $date, $state, $example, $field, $mrz, $part, ...).
# Labels are quoted (le champ « … ») so that gender and articles never clash.

required = Veuillez renseigner le champ « { $label } ».

# A missing field's own words (GOV.UK: say what to do). A missing block's
# message is its first box's: required-<the box's path with dashes>.
required-level = Choisissez le niveau de votre compte
required-applicant-fullName = Saisissez votre nom complet tel qu'il figure dans votre passeport
required-applicant-dateOfBirth = Saisissez votre date de naissance
required-applicant-sex = Choisissez votre sexe tel qu'il figure dans votre passeport
required-applicant-nationality = Choisissez votre nationalité
required-applicant-passport-number = Saisissez le numéro de votre passeport
required-applicant-passport-issuingState = Choisissez l'État qui a délivré votre passeport
required-applicant-passport-issueDate = Saisissez la date de délivrance de votre passeport
required-applicant-passport-expiryDate = Saisissez la date d'expiration de votre passeport
required-applicant-residenceCard-kind = Choisissez le type de votre carte de séjour
required-applicant-residenceCard-number = Saisissez le numéro de votre carte de séjour
required-applicant-residenceCard-symbol = Choisissez le symbole imprimé sur votre carte de séjour
required-applicant-residenceCard-issueDate = Saisissez la date de délivrance de votre carte de séjour
required-applicant-residenceCard-expiryDate = Saisissez la date d'expiration de votre carte de séjour
required-contact-phone = Saisissez un numéro de mobile vietnamien
required-contact-phoneOwner = Choisissez à qui appartient ce numéro de mobile
required-representative-fullName = Saisissez le nom complet du représentant tel qu'il figure sur sa pièce d'identité
required-representative-relationship = Choisissez le lien entre le représentant et le demandeur
required-representative-dateOfBirth = Saisissez la date de naissance du représentant
required-representative-sex = Choisissez le sexe du représentant
required-representative-nationality = Choisissez la nationalité du représentant
required-representative-idKind = Choisissez le type de pièce d'identité du représentant
required-representative-idNumber = Saisissez le numéro de la pièce d'identité du représentant
required-representative-hasLevel2Account = Indiquez si le représentant a un compte de niveau 2

invalid-type = La valeur du champ « { $label } » n'est pas du bon type. Saisissez-la à nouveau dans le formulaire.
invalid-value = Le champ « { $label } » doit contenir l'une des options proposées. Choisissez-en une dans la liste.
invalid-date = Le champ « { $label } » doit contenir une date existante. Vérifiez le jour, le mois et l'année.
too-long = Le champ « { $label } » ne peut pas dépasser { $max } { $max ->
    [one] caractère
    [many] de caractères
   *[other] caractères
 }. Veuillez le raccourcir.
unknown-field = Le formulaire ne comporte aucun champ « { $label } ». Veuillez le supprimer.
invalid-json = Cette demande n'a pas pu être lue, car ce n'est pas un JSON valide. Veuillez l'envoyer à nouveau.
phone-already-used = Ce numéro de mobile est déjà enregistré comme numéro personnel d'un autre demandeur. Indiquez un numéro de mobile vietnamien enregistré à votre nom.
name-invalid = Remplissez le champ « { $label } » en lettres latines, exactement comme dans le passeport, sans chiffres ni autre alphabet, par exemple NGUYEN VAN AN.
date-in-future = La date du champ « { $label } » ne peut pas être postérieure à aujourd'hui. Vérifiez la date saisie ({ $date }).
age-implausible = D'après le champ « { $label } », l'âge dépasserait { $max } { $max ->
    [one] an
    [many] d'ans
   *[other] ans
 }. Vérifiez l'année.
nationality-unknown = Le champ « { $label } » doit contenir le code à trois lettres figurant dans le passeport, par exemple JPN, KOR ou USA.
nationality-vietnamese = Ce formulaire est réservé aux ressortissants étrangers. Les citoyens vietnamiens font leur demande avec leur carte d'identité vietnamienne.
level-2-needs-age-6 = Un compte de niveau 2 n'est accessible qu'à partir de 6 ans ; le demandeur a { $age } { $age ->
    [one] an
    [many] d'ans
   *[other] ans
 }. Choisissez le niveau 1.
passport-number-format = Le champ « { $label } » doit contenir de 1 à 9 lettres (A–Z) et chiffres, comme dans le passeport, sans espaces ni symboles.
passport-number-pattern = La valeur du champ « { $label } » ne ressemble pas à un numéro de passeport délivré par { $state } (généralement de la forme { $example }). Comparez-la avec le passeport.
document-expired = Ce document a expiré le { $date }. Faites-le renouveler avant de déposer votre demande : un document expiré ne peut pas être utilisé.
issued-in-future = La date du champ « { $label } » ne peut pas être postérieure à aujourd'hui (date saisie : { $date }). Vérifiez la date sur le document.
issued-before-birth = La date du champ « { $label } » est antérieure à la date de naissance. Vérifiez les deux dates.
expiry-before-issue = La date du champ « { $label } » doit être postérieure à la date de délivrance. Vérifiez les deux dates sur le document.
mrz-format = La zone de lecture automatique correspond aux deux lignes de 44 caractères en bas de la page photo du passeport. Veuillez la scanner à nouveau.
mrz-check-digit = La zone de lecture automatique n'a pas été lue correctement (chiffre de contrôle { $field ->
    [number] du numéro de passeport
    [dateOfBirth] de la date de naissance
    [expiryDate] de la date d'expiration
    [optionalData] du numéro personnel
   *[composite] de la ligne entière
 }). Scannez de nouveau le passeport.
mrz-mismatch = Le champ « { $label } » ne correspond pas à la zone de lecture automatique du passeport, qui indique « { $mrz } ». Saisissez-le exactement comme dans le passeport.
residence-card-number-format = Le champ « { $label } » doit contenir de 6 à 20 lettres et chiffres, comme sur la carte.
residence-symbol-unknown = La valeur du champ « { $label } » n'est pas un symbole de carte de séjour temporaire. Saisissez le symbole imprimé sur la carte, par exemple LĐ2 ou TT.
residence-validity-too-long = Une carte portant le symbole { $symbol } est valable { $years } { $years ->
    [one] an
    [many] d'ans
   *[other] ans
 } au maximum. Vérifiez le champ « { $label } » sur la carte.
residence-outlasts-passport = La carte de séjour doit expirer au moins { $days } { $days ->
    [one] jour
    [many] de jours
   *[other] jours
 } avant le passeport. Vérifiez le champ « { $label } » sur la carte et sur le passeport.
contact-required = Indiquez un numéro de mobile ou une adresse e-mail.
phone-invalid = Le champ « { $label } » ne contient pas de numéro de téléphone valide. Saisissez un numéro de mobile vietnamien, par exemple 091 234 5678.
phone-not-vn-mobile = Saisissez un numéro de mobile vietnamien enregistré au nom de son titulaire, par exemple 091 234 5678. Les numéros de téléphone fixe et les numéros étrangers ne sont pas acceptés.
phone-owner-must-be-representative = Un demandeur de moins de 14 ans ou sous tutelle utilise le numéro de mobile personnel de son représentant. Choisissez le représentant comme titulaire.
phone-owner-must-be-applicant = Un demandeur de 14 ans ou plus utilise un numéro de mobile enregistré à son propre nom. Choisissez le demandeur comme titulaire.
phone-ownership-unconfirmed = Confirmez que le numéro de mobile est enregistré au nom de son titulaire.
email-invalid = Le champ « { $label } » ne contient pas d'adresse e-mail valide. Saisissez-la sous la forme name@example.com.
representative-required = Un demandeur de moins de 14 ans ou sous tutelle doit avoir un représentant. Remplissez les informations sur le représentant.
representative-not-applicable = Un demandeur de 14 ans ou plus qui n'est pas sous tutelle fait sa demande sans représentant. Supprimez les informations sur le représentant.
representative-too-young = Le représentant doit avoir au moins 18 ans ; cette date de naissance correspond à un âge de { $age } { $age ->
    [one] an
    [many] d'ans
   *[other] ans
 }. Vérifiez-la ou choisissez un autre représentant.
representative-needs-level-2 = Pour un compte de niveau 1, le représentant doit déjà posséder un compte d'identification électronique de niveau 2.
personal-id-format = Le champ « { $label } » doit contenir les 12 chiffres du numéro d'identification personnel vietnamien.
personal-id-mismatch = Le champ « { $label } » ne concorde pas avec { $part ->
    [sex] le sexe
    [century] le siècle de naissance
   *[year] l'année de naissance
 } du représentant. Vérifiez le numéro et ces informations.
personal-id-province-unknown = Le champ « { $label } » ne commence pas par un code de province vietnamien. Vérifiez les trois premiers chiffres.
representative-is-applicant = Le représentant ne peut pas être le demandeur lui-même. Saisissez le numéro de la pièce d'identité du représentant.
