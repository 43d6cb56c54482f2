# eid-form: Russian messages of the issue codes (FORM.md). Each message names the
# field and says how to put it right. Arguments: $label (the field's label) and the
# issue's params ($max, $age, $date, $state, $example, $field, $mrz, $part, ...).
# Labels are quoted (Поле «…») so that gender and case never clash.

required = Заполните поле «{ $label }».

# A missing field's own words (GOV.UK: say what to do). A missing block's
# message is its first box's: required-<the box's path with dashes>.
required-level = Выберите уровень учётной записи
required-applicant-fullName = Введите фамилию и имя так, как они напечатаны в паспорте
required-applicant-dateOfBirth = Введите дату рождения
required-applicant-sex = Выберите пол так, как он указан в паспорте
required-applicant-nationality = Выберите гражданство
required-applicant-passport-number = Введите номер паспорта
required-applicant-passport-issuingState = Выберите государство, выдавшее паспорт
required-applicant-passport-issueDate = Введите дату выдачи паспорта
required-applicant-passport-expiryDate = Введите дату окончания срока действия паспорта
required-applicant-residenceCard-kind = Выберите вид вашей карты проживания
required-applicant-residenceCard-number = Введите номер карты проживания
required-applicant-residenceCard-symbol = Выберите обозначение, напечатанное на карте проживания
required-applicant-residenceCard-issueDate = Введите дату выдачи карты проживания
required-applicant-residenceCard-expiryDate = Введите дату окончания срока действия карты проживания
required-contact-phone = Введите номер вьетнамского мобильного телефона
required-contact-phoneOwner = Выберите, чей это мобильный номер
required-representative-fullName = Введите фамилию и имя представителя так, как они напечатаны в его документе
required-representative-relationship = Выберите, кем представитель приходится заявителю
required-representative-dateOfBirth = Введите дату рождения представителя
required-representative-sex = Выберите пол представителя
required-representative-nationality = Выберите гражданство представителя
required-representative-idKind = Выберите вид документа представителя
required-representative-idNumber = Введите номер документа представителя
required-representative-hasLevel2Account = Укажите, есть ли у представителя учётная запись уровня 2

invalid-type = В поле «{ $label }» указано значение неподходящего типа. Введите его в форме ещё раз.
invalid-value = В поле «{ $label }» можно указать только один из предложенных вариантов. Выберите вариант из списка.
invalid-date = В поле «{ $label }» должна быть существующая дата. Проверьте день, месяц и год.
too-long = Поле «{ $label }» может содержать не более { $max } { $max ->
    [one] символа
    [few] символов
    [many] символов
   *[other] символа
 }. Сократите текст.
unknown-field = В форме нет поля «{ $label }». Удалите его.
invalid-json = Не удалось прочитать заявление: данные не являются корректным JSON. Отправьте заявление ещё раз.
phone-already-used = Этот номер мобильного телефона уже зарегистрирован как собственный номер другого заявителя. Введите вьетнамский мобильный номер, оформленный на ваше имя.
name-invalid = Заполните поле «{ $label }» латинскими буквами точно так, как в паспорте, без цифр и букв других алфавитов, например NGUYEN VAN AN.
date-in-future = Дата в поле «{ $label }» не может быть позже сегодняшней. Проверьте введённую дату ({ $date }).
age-implausible = По дате в поле «{ $label }» получается возраст более { $max } { $max ->
    [one] года
    [few] лет
    [many] лет
   *[other] года
 }. Проверьте год.
nationality-unknown = В поле «{ $label }» укажите трёхбуквенный код так, как он напечатан в паспорте, например JPN, KOR или USA.
nationality-vietnamese = Эта форма предназначена для иностранных граждан. Граждане Вьетнама оформляют учётную запись по своему вьетнамскому удостоверению личности.
level-2-needs-age-6 = Учётную запись уровня 2 можно получить с 6 лет, а заявителю { $age } { $age ->
    [one] год
    [few] года
    [many] лет
   *[other] года
 }. Выберите уровень 1.
passport-number-format = Поле «{ $label }» должно содержать от 1 до 9 латинских букв (A–Z) и цифр, как в паспорте, без пробелов и других знаков.
passport-number-pattern = Значение в поле «{ $label }» не похоже на номер паспорта страны { $state } (обычно он выглядит так: { $example }). Сверьте его с паспортом.
document-expired = Срок действия этого документа истёк { $date }. Продлите его перед подачей заявления: документ с истёкшим сроком использовать нельзя.
issued-in-future = Дата в поле «{ $label }» не может быть позже сегодняшней (введено: { $date }). Проверьте дату в документе.
issued-before-birth = Дата в поле «{ $label }» раньше даты рождения. Проверьте обе даты.
expiry-before-issue = Дата в поле «{ $label }» должна быть позже даты выдачи. Проверьте обе даты в документе.
mrz-format = Машиносчитываемая зона — это две строки по 44 символа внизу страницы паспорта с фотографией. Отсканируйте её ещё раз.
mrz-check-digit = Машиносчитываемая зона распознана неверно (не совпадает контрольная цифра { $field ->
    [number] номера паспорта
    [dateOfBirth] даты рождения
    [expiryDate] даты окончания срока действия
    [optionalData] личного номера
   *[composite] всей строки
 }). Отсканируйте паспорт ещё раз.
mrz-mismatch = Значение в поле «{ $label }» не совпадает с машиносчитываемой зоной паспорта, где указано «{ $mrz }». Введите его точно так, как в паспорте.
residence-card-number-format = Поле «{ $label }» должно содержать от 6 до 20 букв и цифр, как на карте.
residence-symbol-unknown = В поле «{ $label }» указано обозначение, которого нет у карт временного проживания. Введите обозначение, напечатанное на карте, например LĐ2 или TT.
residence-validity-too-long = Карта с обозначением { $symbol } выдаётся не более чем на { $years } { $years ->
    [one] год
    [few] года
    [many] лет
   *[other] года
 }. Сверьте поле «{ $label }» с картой.
residence-outlasts-passport = Срок действия карты проживания должен заканчиваться не менее чем за { $days } { $days ->
    [one] день
    [few] дня
    [many] дней
   *[other] дня
 } до окончания срока действия паспорта. Сверьте поле «{ $label }» с картой и паспортом.
contact-required = Укажите номер мобильного телефона или адрес электронной почты.
phone-invalid = В поле «{ $label }» указан не номер телефона. Введите вьетнамский мобильный номер, например 091 234 5678.
phone-not-vn-mobile = Введите вьетнамский мобильный номер, оформленный на имя его владельца, например 091 234 5678. Стационарные и иностранные номера не подходят.
phone-owner-must-be-representative = Для заявителя младше 14 лет или находящегося под опекой указывается собственный мобильный номер представителя. Укажите владельцем номера представителя.
phone-owner-must-be-applicant = Заявитель, которому исполнилось 14 лет, указывает мобильный номер, оформленный на его собственное имя. Укажите владельцем номера заявителя.
phone-ownership-unconfirmed = Подтвердите, что мобильный номер оформлен на имя его владельца.
email-invalid = В поле «{ $label }» указан не адрес электронной почты. Введите адрес в виде name@example.com.
representative-required = Заявителю младше 14 лет или находящемуся под опекой нужен представитель. Заполните сведения о представителе.
representative-not-applicable = Заявитель, которому исполнилось 14 лет и который не находится под опекой, подаёт заявление без представителя. Удалите сведения о представителе.
representative-too-young = Представителю должно быть не менее 18 лет, а по этой дате рождения получается { $age } { $age ->
    [one] год
    [few] года
    [many] лет
   *[other] года
 }. Проверьте дату или выберите другого представителя.
representative-needs-level-2 = Для учётной записи уровня 1 у представителя уже должна быть учётная запись электронной идентификации уровня 2.
personal-id-format = Поле «{ $label }» должно содержать 12 цифр вьетнамского личного идентификационного номера.
personal-id-mismatch = Значение в поле «{ $label }» не согласуется с { $part ->
    [sex] полом
    [century] веком рождения
   *[year] годом рождения
 } представителя. Проверьте номер и эти сведения.
personal-id-province-unknown = Значение в поле «{ $label }» не начинается с кода провинции Вьетнама. Проверьте первые три цифры.
representative-is-applicant = Представитель не может быть самим заявителем. Введите номер документа самого представителя.
