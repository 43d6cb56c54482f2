# eid-form: every word the form shows in Spanish, other than issue messages: field
# labels and hints, the labels of enumerated values, section titles, residence card
# symbols, the pages' own words, and how dates are written.

## Field labels

field-application = Solicitud
field-level = Nivel de la cuenta
field-applicant = Solicitante
field-applicant-fullName = Nombre completo
field-applicant-dateOfBirth = Fecha de nacimiento
field-applicant-sex = Sexo
field-applicant-nationality = Nacionalidad
field-applicant-ward = Bajo tutela o con representante
field-applicant-passport = Pasaporte
field-applicant-passport-number = Número de pasaporte
field-applicant-passport-issuingState = País de expedición
field-applicant-passport-issueDate = Fecha de expedición
field-applicant-passport-expiryDate = Fecha de caducidad
field-applicant-passport-placeOfIssue = Lugar de expedición
field-applicant-passport-mrz = Zona de lectura mecánica (MRZ)
field-applicant-residenceCard = Tarjeta de residencia
field-applicant-residenceCard-kind = Tipo de tarjeta de residencia
field-applicant-residenceCard-number = Número de la tarjeta de residencia
field-applicant-residenceCard-symbol = Símbolo
field-applicant-residenceCard-issueDate = Fecha de expedición
field-applicant-residenceCard-expiryDate = Fecha de caducidad
field-contact = Datos de contacto
field-contact-phone = Número de móvil
field-contact-phoneOwner = Titular del número de móvil
field-contact-phoneOwnershipConfirmed = Registrado a nombre del titular
field-contact-email = Correo electrónico
field-representative = Representante
field-representative-fullName = Nombre completo del representante
field-representative-relationship = Relación con el solicitante
field-representative-dateOfBirth = Fecha de nacimiento del representante
field-representative-sex = Sexo del representante
field-representative-nationality = Nacionalidad del representante
field-representative-idKind = Documento del representante
field-representative-idNumber = Número de documento del representante
field-representative-hasLevel2Account = El representante tiene una cuenta de nivel 2

## Dates: fluent-rs has no DATETIME, so each locale spells its dates here.

date-format = { $day } de { $monthName } de { $year }
date-day = Día
date-month = Mes
date-year = Año
month-1 = enero
month-2 = febrero
month-3 = marzo
month-4 = abril
month-5 = mayo
month-6 = junio
month-7 = julio
month-8 = agosto
month-9 = septiembre
month-10 = octubre
month-11 = noviembre
month-12 = diciembre

## Field hints

hint-level = El nivel 2 permite usar en línea la mayoría de los servicios públicos; el nivel 1 abarca menos servicios.
hint-applicant-fullName = Con letras latinas, exactamente como figura en su pasaporte, empezando por el apellido.
hint-applicant-dateOfBirth = Tal como figura en su pasaporte.
hint-applicant-sex = Tal como figura en su pasaporte.
hint-applicant-nationality = El código de tres letras que figura en su pasaporte, por ejemplo JPN.
hint-applicant-ward = Márquelo si tiene 14 años o más pero está bajo tutela o lo representa otra persona.
hint-applicant-passport-number = Solo letras y números, tal como figuran en la página de la foto.
hint-applicant-passport-issuingState = El código de tres letras del país que expidió el pasaporte.
hint-applicant-passport-issueDate = Tal como figura en la página de la foto.
hint-applicant-passport-expiryDate = El pasaporte debe estar vigente.
hint-applicant-passport-placeOfIssue = Opcional, tal como figura en el pasaporte.
hint-applicant-passport-mrz = Opcional: las dos líneas de 44 caracteres de la parte inferior de la página de la foto, leídas por el escáner.
hint-applicant-residenceCard-kind = Tarjeta de residencia temporal o permanente expedida en Vietnam.
hint-applicant-residenceCard-number = Tal como figura en la tarjeta.
hint-applicant-residenceCard-symbol = El símbolo impreso en la tarjeta de residencia temporal, por ejemplo LĐ2.
hint-applicant-residenceCard-issueDate = Tal como figura en la tarjeta.
hint-applicant-residenceCard-expiryDate = Tal como figura en la tarjeta. La tarjeta debe estar vigente.
hint-contact-phone = Un número de móvil vietnamita registrado a nombre de su titular, por ejemplo 091 234 5678.
hint-contact-phoneOwner = Los solicitantes menores de 14 años o bajo tutela usan el número del representante.
hint-contact-phoneOwnershipConfirmed = La línea debe estar registrada a nombre de su titular.
hint-contact-email = Opcional.
hint-representative-fullName = Tal como figura en el documento de identidad del representante.
hint-representative-relationship = Qué relación tiene el representante con el solicitante.
hint-representative-dateOfBirth = El representante debe tener 18 años o más.
hint-representative-sex = Tal como figura en el documento de identidad del representante.
hint-representative-nationality = El código de tres letras, por ejemplo VNM o KOR.
hint-representative-idKind = Un número de identificación personal vietnamita o un pasaporte.
hint-representative-idNumber = 12 dígitos si es un número de identificación personal vietnamita.
hint-representative-hasLevel2Account = Obligatorio para una cuenta de nivel 1: el representante ya debe tener una cuenta de nivel 2.

## Values of the enumerations

option-level-1 = Nivel 1
option-level-2 = Nivel 2
option-sex-M = Masculino
option-sex-F = Femenino
option-sex-X = Sin especificar
option-relationship-parent = Padre o madre
option-relationship-guardian = Tutor
option-relationship-legal-representative = Representante legal
option-idKind-vn-personal-id = Número de identificación personal vietnamita
option-idKind-passport = Pasaporte
option-residenceCardKind-temporary = Tarjeta de residencia temporal
option-residenceCardKind-permanent = Tarjeta de residencia permanente
option-phoneOwner-applicant = El solicitante
option-phoneOwner-representative = El representante
option-yes = Sí
# Same word as in English: Spanish has no other word for "No" on a form.
option-no = No

## Temporary residence card symbols and what they mean

symbol-NG3 = Miembro de una misión diplomática, un consulado o una organización internacional, y sus familiares
symbol-LV1 = Trabajo con un organismo u organización del gobierno central
symbol-LV2 = Trabajo con una organización sociopolítica o un organismo local
symbol-LS = Abogado extranjero que ejerce en Vietnam
symbol-DT1 = Inversor con un capital de 100 000 millones de dongs o más, o en un sector o zona prioritarios
symbol-DT2 = Inversor con un capital de 50 000 millones a menos de 100 000 millones de dongs
symbol-DT3 = Inversor con un capital de 3000 millones a menos de 50 000 millones de dongs
symbol-NN1 = Jefe de la oficina de proyectos de una organización internacional o no gubernamental
symbol-NN2 = Jefe de una oficina de representación o sucursal de una empresa u organización extranjera
symbol-DH = Estudiante o persona en prácticas
symbol-PV1 = Corresponsal de prensa residente
symbol-LD1 = Trabajador con confirmación de que no necesita permiso de trabajo
symbol-LD2 = Trabajador que necesita permiso de trabajo
symbol-TT = Familiar de un extranjero o de un ciudadano vietnamita

## Sections

section-level = Cuenta
section-applicant = Datos del solicitante
section-passport = Pasaporte
section-residenceCard = Tarjeta de residencia
section-contact = Datos de contacto
section-representative = Representante o tutor

## The pages

ui-title = Solicitud de cuenta de identificación electrónica
ui-subtitle = Formulario TK01 para ciudadanos extranjeros (Decreto 69/2024/NĐ-CP)
ui-language = Idioma
ui-submit = Comprobar y enviar
ui-check = Comprobar mis respuestas
ui-next = Siguiente
ui-back = Atrás
ui-start-over = Empezar de nuevo
ui-error-summary-title = Hay un problema
ui-error-prefix = Hay un error:
ui-warning-prefix = Compruebe:
ui-title-error-prefix = Error en el formulario:
ui-success-title = Solicitud recibida
ui-success-body = Su solicitud se ha comprobado y recibido. Lleve su pasaporte y su tarjeta de residencia a la oficina de inmigración.
ui-server-disagrees = El servidor ha evaluado esta solicitud de otra manera. Compruebe de nuevo sus respuestas.
ui-server-unreachable = No se puede conectar con el servidor. Sus respuestas se conservan en esta página; inténtelo de nuevo.
ui-mrz-scan = Escanear el pasaporte
ui-mrz-scan-hint = Coloque la página de la foto en el escáner o escriba las dos líneas de la parte inferior de la página.
ui-mrz-filled = Datos tomados del pasaporte: compruebe cada campo.
ui-mrz-check-failed = El pasaporte no se leyó correctamente. Vuelva a escanearlo.
ui-idle-warning = { $seconds ->
    [one] Para proteger su privacidad, este formulario se borrará en { $seconds } segundo.
   *[other] Para proteger su privacidad, este formulario se borrará en { $seconds } segundos.
 }
ui-idle-continue = Sigo aquí
ui-bilingual = Mostrar el vietnamita junto a mi idioma
ui-optional = (opcional)
ui-select = Elija…
ui-representative-why = Como el solicitante es menor de 14 años o está bajo tutela, un representante hace el registro con su propio número de móvil y su propia cuenta.
ui-phone-owner-applicant = Introduzca el número de móvil propio del solicitante, registrado a su nombre.
ui-phone-owner-representative = Introduzca el número de móvil propio del representante, registrado a su nombre.
