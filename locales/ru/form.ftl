# eid-form: every word the form shows in Russian, other than issue messages: field
# labels and hints, the labels of enumerated values, section titles, residence card
# symbols, the pages' own words, and how dates are written.

## Field labels

field-application = Заявление
field-level = Уровень учётной записи
field-applicant = Заявитель
field-applicant-fullName = Фамилия и имя
field-applicant-dateOfBirth = Дата рождения
field-applicant-sex = Пол
field-applicant-nationality = Гражданство
field-applicant-ward = Под опекой или с представителем
field-applicant-passport = Паспорт
field-applicant-passport-number = Номер паспорта
field-applicant-passport-issuingState = Государство выдачи
field-applicant-passport-issueDate = Дата выдачи
field-applicant-passport-expiryDate = Дата окончания срока действия
field-applicant-passport-placeOfIssue = Место выдачи
field-applicant-passport-mrz = Машиносчитываемая зона (MRZ)
field-applicant-residenceCard = Карта проживания
field-applicant-residenceCard-kind = Вид карты проживания
field-applicant-residenceCard-number = Номер карты проживания
field-applicant-residenceCard-symbol = Обозначение
field-applicant-residenceCard-issueDate = Дата выдачи
field-applicant-residenceCard-expiryDate = Дата окончания срока действия
field-contact = Контактные данные
field-contact-phone = Номер мобильного телефона
field-contact-phoneOwner = Чей это номер
field-contact-phoneOwnershipConfirmed = Номер оформлен на имя владельца
field-contact-email = Электронная почта
field-representative = Представитель
field-representative-fullName = Фамилия и имя представителя
field-representative-relationship = Кем приходится заявителю
field-representative-dateOfBirth = Дата рождения представителя
field-representative-sex = Пол представителя
field-representative-nationality = Гражданство представителя
field-representative-idKind = Документ представителя
field-representative-idNumber = Номер документа представителя
field-representative-hasLevel2Account = У представителя есть учётная запись уровня 2

## Dates: fluent-rs has no DATETIME, so each locale spells its dates here.
## Russian writes dates with digits; month names are in the genitive, as in "1 июля 2025".

date-format = { $dd }.{ $mm }.{ $year }
date-day = День
date-month = Месяц
date-year = Год
month-1 = января
month-2 = февраля
month-3 = марта
month-4 = апреля
month-5 = мая
month-6 = июня
month-7 = июля
month-8 = августа
month-9 = сентября
month-10 = октября
month-11 = ноября
month-12 = декабря

## Field hints

hint-level = Уровень 2 позволяет пользоваться большинством государственных услуг онлайн; на уровне 1 услуг меньше.
hint-applicant-fullName = Латинскими буквами, точно так, как в паспорте, начиная с фамилии.
hint-applicant-dateOfBirth = Как указано в паспорте.
hint-applicant-sex = Как указано в паспорте.
hint-applicant-nationality = Трёхбуквенный код, напечатанный в паспорте, например JPN.
hint-applicant-ward = Отметьте, если вам уже исполнилось 14 лет, но вы находитесь под опекой или вас представляет другое лицо.
hint-applicant-passport-number = Только буквы и цифры, как на странице с фотографией.
hint-applicant-passport-issuingState = Трёхбуквенный код страны, выдавшей паспорт.
hint-applicant-passport-issueDate = Как указано на странице с фотографией.
hint-applicant-passport-expiryDate = Паспорт должен быть действительным.
hint-applicant-passport-placeOfIssue = Необязательно; как указано в паспорте.
hint-applicant-passport-mrz = Необязательно: две строки по 44 символа внизу страницы с фотографией, которые считывает сканер.
hint-applicant-residenceCard-kind = Карта временного или постоянного проживания, выданная во Вьетнаме.
hint-applicant-residenceCard-number = Как указано на карте.
hint-applicant-residenceCard-symbol = Обозначение, напечатанное на карте временного проживания, например LĐ2.
hint-applicant-residenceCard-issueDate = Как указано на карте.
hint-applicant-residenceCard-expiryDate = Как указано на карте. Карта должна быть действительной.
hint-contact-phone = Вьетнамский мобильный номер, оформленный на имя владельца, например 091 234 5678.
hint-contact-phoneOwner = Заявители младше 14 лет или находящиеся под опекой указывают номер представителя.
hint-contact-phoneOwnershipConfirmed = Договор на номер должен быть оформлен на имя владельца.
hint-contact-email = Необязательно.
hint-representative-fullName = Как указано в документе, удостоверяющем личность представителя.
hint-representative-relationship = Кем представитель приходится заявителю.
hint-representative-dateOfBirth = Представителю должно быть не менее 18 лет.
hint-representative-sex = Как указано в документе, удостоверяющем личность представителя.
hint-representative-nationality = Трёхбуквенный код, например VNM или KOR.
hint-representative-idKind = Вьетнамский личный идентификационный номер или паспорт.
hint-representative-idNumber = 12 цифр, если это вьетнамский личный идентификационный номер.
hint-representative-hasLevel2Account = Обязательно для учётной записи уровня 1: у представителя уже должна быть учётная запись уровня 2.

## Values of the enumerations

option-level-1 = Уровень 1
option-level-2 = Уровень 2
option-sex-M = Мужской
option-sex-F = Женский
option-sex-X = Не указан
option-relationship-parent = Родитель
option-relationship-guardian = Опекун
option-relationship-legal-representative = Законный представитель
option-idKind-vn-personal-id = Вьетнамский личный идентификационный номер
option-idKind-passport = Паспорт
option-residenceCardKind-temporary = Карта временного проживания
option-residenceCardKind-permanent = Карта постоянного проживания
option-phoneOwner-applicant = Заявитель
option-phoneOwner-representative = Представитель
option-yes = Да
option-no = Нет

## Temporary residence card symbols and what they mean

symbol-NG3 = Сотрудник дипломатического представительства, консульства или международной организации, а также члены его семьи
symbol-LV1 = Работа с центральным государственным органом или организацией
symbol-LV2 = Работа с общественно-политической организацией или местным органом власти
symbol-LS = Иностранный адвокат, практикующий во Вьетнаме
symbol-DT1 = Инвестор с капиталом от 100 млрд донгов или в приоритетной отрасли либо районе
symbol-DT2 = Инвестор с капиталом от 50 млрд донгов, но менее 100 млрд
symbol-DT3 = Инвестор с капиталом от 3 млрд донгов, но менее 50 млрд
symbol-NN1 = Руководитель проектного офиса международной или неправительственной организации
symbol-NN2 = Руководитель представительства или филиала иностранной компании или организации
symbol-DH = Студент или стажёр
symbol-PV1 = Постоянный корреспондент СМИ
symbol-LD1 = Работник, для которого подтверждено, что разрешение на работу не требуется
symbol-LD2 = Работник, которому требуется разрешение на работу
symbol-TT = Член семьи иностранца или гражданина Вьетнама

## Sections

section-level = Учётная запись
section-applicant = Сведения о заявителе
section-passport = Паспорт
section-residenceCard = Карта проживания
section-contact = Контактные данные
section-representative = Представитель или опекун

## The pages

ui-title = Заявление на получение учётной записи электронной идентификации
ui-subtitle = Форма TK01 для иностранных граждан (Постановление 69/2024/NĐ-CP)
ui-language = Язык
ui-submit = Проверить и отправить
ui-check = Проверить мои ответы
ui-next = Далее
ui-back = Назад
ui-start-over = Начать заново
ui-error-summary-title = Обнаружены ошибки
ui-error-prefix = Ошибка:
ui-warning-prefix = Проверьте:
ui-title-error-prefix = Ошибка:
ui-success-title = Заявление принято
ui-success-body = Ваше заявление проверено и принято. Возьмите паспорт и карту проживания и обратитесь в иммиграционную службу.
ui-server-disagrees = Сервер оценил это заявление иначе. Пожалуйста, проверьте ответы ещё раз.
ui-server-unreachable = Не удаётся связаться с сервером. Ваши ответы сохранены на этой странице; попробуйте ещё раз.
ui-mrz-scan = Отсканировать паспорт
ui-mrz-scan-hint = Положите страницу с фотографией на сканер или введите две строки внизу страницы.
ui-mrz-filled = Заполнено по данным паспорта: проверьте каждое поле.
ui-mrz-check-failed = Паспорт распознан неверно. Отсканируйте его ещё раз.
ui-idle-warning = { $seconds ->
    [one] В целях защиты ваших данных форма будет очищена через { $seconds } секунду.
    [few] В целях защиты ваших данных форма будет очищена через { $seconds } секунды.
    [many] В целях защиты ваших данных форма будет очищена через { $seconds } секунд.
   *[other] В целях защиты ваших данных форма будет очищена через { $seconds } секунды.
 }
ui-idle-continue = Я ещё здесь
ui-bilingual = Показывать вьетнамский текст рядом с моим языком
ui-optional = (необязательно)
ui-select = Выберите…
ui-representative-why = Поскольку заявителю нет 14 лет или он находится под опекой, регистрацию проходит представитель со своим мобильным номером и своей учётной записью.
ui-phone-owner-applicant = Введите собственный мобильный номер заявителя, оформленный на его имя.
ui-phone-owner-representative = Введите собственный мобильный номер представителя, оформленный на его имя.
