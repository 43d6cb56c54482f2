# eid-form: every word the form shows in French, other than issue messages: field
# labels and hints, the labels of enumerated values, section titles, residence card
# symbols, the pages' own words, and how dates are written.

## Field labels

field-application = Demande
field-level = Niveau du compte
field-applicant = Demandeur
field-applicant-fullName = Nom et prénoms
field-applicant-dateOfBirth = Date de naissance
field-applicant-sex = Sexe
field-applicant-nationality = Nationalité
field-applicant-ward = Sous tutelle ou représenté
field-applicant-passport = Passeport
field-applicant-passport-number = Numéro de passeport
field-applicant-passport-issuingState = État de délivrance
field-applicant-passport-issueDate = Date de délivrance
field-applicant-passport-expiryDate = Date d'expiration
field-applicant-passport-placeOfIssue = Lieu de délivrance
field-applicant-passport-mrz = Zone de lecture automatique (MRZ)
field-applicant-residenceCard = Carte de séjour
field-applicant-residenceCard-kind = Type de carte de séjour
field-applicant-residenceCard-number = Numéro de la carte de séjour
field-applicant-residenceCard-symbol = Symbole
field-applicant-residenceCard-issueDate = Date de délivrance
field-applicant-residenceCard-expiryDate = Date d'expiration
field-contact = Coordonnées
field-contact-phone = Numéro de mobile
field-contact-phoneOwner = Titulaire du numéro de mobile
field-contact-phoneOwnershipConfirmed = Enregistré au nom du titulaire
field-contact-email = Adresse e-mail
field-representative = Représentant
field-representative-fullName = Nom et prénoms du représentant
field-representative-relationship = Lien avec le demandeur
field-representative-dateOfBirth = Date de naissance du représentant
field-representative-sex = Sexe du représentant
field-representative-nationality = Nationalité du représentant
field-representative-idKind = Pièce d'identité du représentant
field-representative-idNumber = Numéro de la pièce d'identité du représentant
field-representative-hasLevel2Account = Le représentant a un compte de niveau 2

## Dates: fluent-rs has no DATETIME, so each locale spells its dates here.

date-format = { $day } { $monthName } { $year }
date-day = Jour
date-month = Mois
date-year = Année
month-1 = janvier
month-2 = février
month-3 = mars
month-4 = avril
month-5 = mai
month-6 = juin
month-7 = juillet
month-8 = août
month-9 = septembre
month-10 = octobre
month-11 = novembre
month-12 = décembre

## Field hints

hint-level = Le niveau 2 donne accès en ligne à la plupart des services publics ; le niveau 1 en couvre moins.
hint-applicant-fullName = En lettres latines, exactement comme dans votre passeport, en commençant par le nom de famille.
hint-applicant-dateOfBirth = Comme indiqué dans votre passeport.
hint-applicant-sex = Comme indiqué dans votre passeport.
hint-applicant-nationality = Le code à trois lettres figurant dans votre passeport, par exemple JPN.
hint-applicant-ward = Cochez cette case si vous avez 14 ans ou plus mais êtes sous tutelle ou représenté par une autre personne.
hint-applicant-passport-number = Lettres et chiffres uniquement, comme sur la page photo.
hint-applicant-passport-issuingState = Le code à trois lettres du pays qui a délivré le passeport.
hint-applicant-passport-issueDate = Comme indiqué sur la page photo.
hint-applicant-passport-expiryDate = Le passeport doit être encore valide.
hint-applicant-passport-placeOfIssue = Facultatif, comme indiqué dans le passeport.
hint-applicant-passport-mrz = Facultatif : les deux lignes de 44 caractères en bas de la page photo, lues par le scanner.
hint-applicant-residenceCard-kind = Carte de séjour temporaire ou carte de résident permanent délivrée au Viêt Nam.
hint-applicant-residenceCard-number = Comme indiqué sur la carte.
hint-applicant-residenceCard-symbol = Le symbole imprimé sur la carte de séjour temporaire, par exemple LĐ2.
hint-applicant-residenceCard-issueDate = Comme indiqué sur la carte.
hint-applicant-residenceCard-expiryDate = Comme indiqué sur la carte. La carte doit être encore valide.
hint-contact-phone = Un numéro de mobile vietnamien enregistré au nom de son titulaire, par exemple 091 234 5678.
hint-contact-phoneOwner = Les demandeurs de moins de 14 ans ou sous tutelle utilisent le numéro du représentant.
hint-contact-phoneOwnershipConfirmed = L'abonnement doit être enregistré au nom du titulaire.
hint-contact-email = Facultatif.
hint-representative-fullName = Comme indiqué sur la pièce d'identité du représentant.
hint-representative-relationship = Le lien entre le représentant et le demandeur.
hint-representative-dateOfBirth = Le représentant doit avoir au moins 18 ans.
hint-representative-sex = Comme indiqué sur la pièce d'identité du représentant.
hint-representative-nationality = Le code à trois lettres, par exemple VNM ou KOR.
hint-representative-idKind = Un numéro d'identification personnel vietnamien ou un passeport.
hint-representative-idNumber = 12 chiffres pour un numéro d'identification personnel vietnamien.
hint-representative-hasLevel2Account = Obligatoire pour un compte de niveau 1 : le représentant doit déjà avoir un compte de niveau 2.

## Values of the enumerations

option-level-1 = Niveau 1
option-level-2 = Niveau 2
option-sex-M = Masculin
option-sex-F = Féminin
option-sex-X = Non précisé
option-relationship-parent = Père ou mère
option-relationship-guardian = Tuteur
option-relationship-legal-representative = Représentant légal
option-idKind-vn-personal-id = Numéro d'identification personnel vietnamien
option-idKind-passport = Passeport
option-residenceCardKind-temporary = Carte de séjour temporaire
option-residenceCardKind-permanent = Carte de résident permanent
option-phoneOwner-applicant = Le demandeur
option-phoneOwner-representative = Le représentant
option-yes = Oui
option-no = Non

## Temporary residence card symbols and what they mean

symbol-NG3 = Membre d'une mission diplomatique, d'un consulat ou d'une organisation internationale, et sa famille
symbol-LV1 = Travail auprès d'un organisme ou d'une organisation de l'administration centrale
symbol-LV2 = Travail auprès d'une organisation socio-politique ou d'un organisme local
symbol-LS = Avocat étranger exerçant au Viêt Nam
symbol-DT1 = Investisseur avec un capital d'au moins 100 milliards de dongs, ou dans un secteur ou une zone prioritaire
symbol-DT2 = Investisseur avec un capital de 50 à moins de 100 milliards de dongs
symbol-DT3 = Investisseur avec un capital de 3 à moins de 50 milliards de dongs
symbol-NN1 = Chef du bureau de projet d'une organisation internationale ou non gouvernementale
symbol-NN2 = Chef du bureau de représentation ou de la succursale d'une entreprise ou d'une organisation étrangère
symbol-DH = Étudiant ou stagiaire
symbol-PV1 = Correspondant de presse permanent
symbol-LD1 = Travailleur dont la dispense de permis de travail a été confirmée
symbol-LD2 = Travailleur soumis à un permis de travail
symbol-TT = Membre de la famille d'un étranger ou d'un citoyen vietnamien

## Sections

section-level = Compte
section-applicant = Informations sur le demandeur
section-passport = Passeport
section-residenceCard = Carte de séjour
section-contact = Coordonnées
section-representative = Représentant ou tuteur

## The pages

ui-title = Demande de compte d'identification électronique
ui-subtitle = Formulaire TK01 pour les ressortissants étrangers (décret 69/2024/NĐ-CP)
ui-language = Langue
ui-submit = Vérifier et envoyer
ui-check = Vérifier mes réponses
ui-next = Suivant
ui-back = Retour
ui-start-over = Recommencer
ui-error-summary-title = Un problème a été détecté
ui-error-prefix = Erreur :
ui-warning-prefix = À vérifier :
ui-title-error-prefix = Erreur :
ui-success-title = Demande reçue
ui-success-body = Votre demande a été vérifiée et reçue. Présentez-vous au service de l'immigration avec votre passeport et votre carte de séjour.
ui-server-disagrees = Le serveur a évalué cette demande différemment. Veuillez vérifier à nouveau vos réponses.
ui-server-unreachable = Le serveur est injoignable. Vos réponses sont conservées sur cette page ; veuillez réessayer.
ui-mrz-scan = Scanner le passeport
ui-mrz-scan-hint = Placez la page photo sur le scanner, ou saisissez les deux lignes situées en bas de la page.
ui-mrz-filled = Rempli à partir du passeport : vérifiez chaque champ.
ui-mrz-check-failed = La lecture a échoué. Scannez de nouveau le passeport.
ui-idle-warning = { $seconds ->
    [one] Pour protéger vos données, ce formulaire sera effacé dans { $seconds } seconde.
    [many] Pour protéger vos données, ce formulaire sera effacé dans { $seconds } de secondes.
   *[other] Pour protéger vos données, ce formulaire sera effacé dans { $seconds } secondes.
 }
ui-idle-continue = Je suis toujours là
ui-bilingual = Afficher le vietnamien à côté de ma langue
ui-optional = (facultatif)
ui-select = Choisir…
ui-representative-why = Comme le demandeur a moins de 14 ans ou est sous tutelle, c'est un représentant qui fait l'inscription, avec son propre numéro de mobile et son propre compte.
ui-phone-owner-applicant = Saisissez le numéro de mobile personnel du demandeur, enregistré à son nom.
ui-phone-owner-representative = Saisissez le numéro de mobile personnel du représentant, enregistré à son nom.
