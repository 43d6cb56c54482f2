# eid-form: Spanish messages of the issue codes (FORM.md). Each message names the
# field and says how to put it right. Arguments: $label (the field's label) and the
# issue's params ($max, $age, $date, $state, $example, $field, $mrz, $part, ...).
# Labels are quoted (el campo «…») so that gender and articles never clash.

required = Complete el campo «{ $label }».

# A missing field's own words (GOV.UK: say what to do). A missing block's
# message is its first box's: required-<the box's path with dashes>.
required-level = Elija el nivel de su cuenta
required-applicant-fullName = Escriba su nombre completo tal como aparece en su pasaporte
required-applicant-dateOfBirth = Escriba su fecha de nacimiento
required-applicant-sex = Elija su sexo tal como aparece en su pasaporte
required-applicant-nationality = Elija su nacionalidad
required-applicant-passport-number = Escriba el número de su pasaporte
required-applicant-passport-issuingState = Elija el país que expidió su pasaporte
required-applicant-passport-issueDate = Escriba la fecha de expedición de su pasaporte
required-applicant-passport-expiryDate = Escriba la fecha de caducidad de su pasaporte
required-applicant-residenceCard-kind = Elija el tipo de tarjeta de residencia que tiene
required-applicant-residenceCard-number = Escriba el número de su tarjeta de residencia
required-applicant-residenceCard-symbol = Elija el símbolo impreso en su tarjeta de residencia
required-applicant-residenceCard-issueDate = Escriba la fecha de expedición de su tarjeta de residencia
required-applicant-residenceCard-expiryDate = Escriba la fecha de caducidad de su tarjeta de residencia
required-contact-phone = Escriba un número de móvil vietnamita
required-contact-phoneOwner = Elija de quién es este número de móvil
required-representative-fullName = Escriba el nombre completo del representante tal como aparece en su documento de identidad
required-representative-relationship = Elija la relación del representante con el solicitante
required-representative-dateOfBirth = Escriba la fecha de nacimiento del representante
required-representative-sex = Elija el sexo del representante
required-representative-nationality = Elija la nacionalidad del representante
required-representative-idKind = Elija el tipo de documento del representante
required-representative-idNumber = Escriba el número del documento del representante
required-representative-hasLevel2Account = Indique si el representante tiene una cuenta de nivel 2

invalid-type = El campo «{ $label }» contiene un tipo de valor incorrecto. Vuelva a introducirlo en el formulario.
invalid-value = El valor del campo «{ $label }» debe ser una de las opciones ofrecidas. Elija una de la lista.
invalid-date = El campo «{ $label }» debe contener una fecha válida. Compruebe el día, el mes y el año.
too-long = El campo «{ $label }» puede tener como máximo { $max } { $max ->
    [one] carácter
   *[other] caracteres
 }. Acórtelo, por favor.
unknown-field = El formulario no tiene ningún campo llamado «{ $label }». Elimínelo.
invalid-json = No se ha podido leer esta solicitud porque no es un JSON válido. Envíela de nuevo.
phone-already-used = Este número de móvil ya está registrado como número propio de otro solicitante. Introduzca un número de móvil vietnamita registrado a su nombre.
name-invalid = Complete el campo «{ $label }» con letras latinas, exactamente como figura en el pasaporte, sin números ni otros alfabetos, por ejemplo NGUYEN VAN AN.
date-in-future = La fecha del campo «{ $label }» no puede ser posterior a hoy. Compruebe la fecha introducida ({ $date }).
age-implausible = Según el campo «{ $label }», la edad sería de más de { $max } { $max ->
    [one] año
   *[other] años
 }. Compruebe el año.
nationality-unknown = El campo «{ $label }» debe contener el código de tres letras que figura en el pasaporte, por ejemplo JPN, KOR o USA.
nationality-vietnamese = Este formulario es para ciudadanos extranjeros. Los ciudadanos vietnamitas presentan la solicitud con su documento de identidad vietnamita.
level-2-needs-age-6 = Para una cuenta de nivel 2, el solicitante debe tener al menos 6 años, pero tiene { $age } { $age ->
    [one] año
   *[other] años
 }. Elija el nivel 1.
passport-number-format = El campo «{ $label }» debe tener de 1 a 9 letras (A–Z) y números, tal como figura en el pasaporte, sin espacios ni símbolos.
passport-number-pattern = El valor del campo «{ $label }» no parece un número de pasaporte expedido por { $state } (suele tener la forma { $example }). Compárelo con el pasaporte.
document-expired = Este documento caducó el { $date }. Renuévelo antes de presentar la solicitud; no se puede usar un documento caducado.
issued-in-future = La fecha del campo «{ $label }» no puede ser posterior a hoy (fecha introducida: { $date }). Compruebe la fecha en el documento.
issued-before-birth = La fecha del campo «{ $label }» es anterior a la fecha de nacimiento. Compruebe ambas fechas.
expiry-before-issue = La fecha del campo «{ $label }» debe ser posterior a la fecha de expedición. Compruebe ambas fechas en el documento.
mrz-format = La zona de lectura mecánica son las dos líneas de 44 caracteres de la parte inferior de la página con la foto del pasaporte. Vuelva a escanearla.
mrz-check-digit = La zona de lectura mecánica no se leyó correctamente (dígito de control { $field ->
    [number] del número de pasaporte
    [dateOfBirth] de la fecha de nacimiento
    [expiryDate] de la fecha de caducidad
    [optionalData] del número personal
   *[composite] de la línea completa
 }). Vuelva a escanear el pasaporte.
mrz-mismatch = El campo «{ $label }» no coincide con la zona de lectura mecánica del pasaporte, donde figura «{ $mrz }». Escríbalo exactamente como en el pasaporte.
residence-card-number-format = El campo «{ $label }» debe tener de 6 a 20 letras y números, tal como figura en la tarjeta.
residence-symbol-unknown = El valor del campo «{ $label }» no es un símbolo de tarjeta de residencia temporal. Introduzca el símbolo impreso en la tarjeta, por ejemplo LĐ2 o TT.
residence-validity-too-long = Una tarjeta con el símbolo { $symbol } tiene una validez máxima de { $years } { $years ->
    [one] año
   *[other] años
 }. Compruebe el campo «{ $label }» en la tarjeta.
residence-outlasts-passport = La tarjeta de residencia debe vencer al menos { $days } { $days ->
    [one] día
   *[other] días
 } antes que el pasaporte. Compruebe el campo «{ $label }» en la tarjeta y en el pasaporte.
contact-required = Introduzca un número de móvil o una dirección de correo electrónico.
phone-invalid = El campo «{ $label }» no contiene un número de teléfono válido. Introduzca un número de móvil vietnamita, por ejemplo 091 234 5678.
phone-not-vn-mobile = Introduzca un número de móvil vietnamita registrado a nombre de su titular, por ejemplo 091 234 5678. No se admiten teléfonos fijos ni números extranjeros.
phone-owner-must-be-representative = Un solicitante menor de 14 años o bajo tutela usa el número de móvil propio de su representante. Elija al representante como titular.
phone-owner-must-be-applicant = Un solicitante de 14 años o más usa un número de móvil registrado a su propio nombre. Elija al solicitante como titular.
phone-ownership-unconfirmed = Confirme que el número de móvil está registrado a nombre de su titular.
email-invalid = El campo «{ $label }» no contiene una dirección de correo electrónico. Escríbala así: name@example.com.
representative-required = Un solicitante menor de 14 años o bajo tutela necesita un representante. Complete los datos del representante.
representative-not-applicable = Un solicitante de 14 años o más que no está bajo tutela presenta la solicitud sin representante. Elimine los datos del representante.
representative-too-young = El representante debe tener 18 años o más; según esta fecha de nacimiento tiene { $age } { $age ->
    [one] año
   *[other] años
 }. Compruébela o elija a otro representante.
representative-needs-level-2 = Para una cuenta de nivel 1, el representante ya debe tener una cuenta de identificación electrónica de nivel 2.
personal-id-format = El campo «{ $label }» debe contener los 12 dígitos del número de identificación personal vietnamita.
personal-id-mismatch = El campo «{ $label }» no concuerda con { $part ->
    [sex] el sexo
    [century] el siglo de nacimiento
   *[year] el año de nacimiento
 } del representante. Compruebe el número y los datos.
personal-id-province-unknown = El campo «{ $label }» no empieza por un código de provincia vietnamita. Compruebe los tres primeros dígitos.
representative-is-applicant = El representante no puede ser el propio solicitante. Introduzca el número del documento del representante.
