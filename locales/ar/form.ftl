# eid-form: every Arabic (MSA) word the form shows, other than issue messages: field
# labels and hints, the labels of enumerated values, section titles, residence card
# symbols, the pages' own words, and how dates are written. The page is shown RTL.

## Field labels

field-application = الطلب
field-level = مستوى الحساب
field-applicant = مقدم الطلب
field-applicant-fullName = الاسم الكامل
field-applicant-dateOfBirth = تاريخ الميلاد
field-applicant-sex = الجنس
field-applicant-nationality = الجنسية
field-applicant-ward = خاضع للوصاية أو له ممثل
field-applicant-passport = جواز السفر
field-applicant-passport-number = رقم جواز السفر
field-applicant-passport-issuingState = دولة الإصدار
field-applicant-passport-issueDate = تاريخ الإصدار
field-applicant-passport-expiryDate = تاريخ الانتهاء
field-applicant-passport-placeOfIssue = مكان الإصدار
field-applicant-passport-mrz = منطقة القراءة الآلية (MRZ)
field-applicant-residenceCard = بطاقة الإقامة
field-applicant-residenceCard-kind = نوع بطاقة الإقامة
field-applicant-residenceCard-number = رقم بطاقة الإقامة
field-applicant-residenceCard-symbol = الرمز
field-applicant-residenceCard-issueDate = تاريخ الإصدار
field-applicant-residenceCard-expiryDate = تاريخ الانتهاء
field-contact = بيانات الاتصال
field-contact-phone = رقم الهاتف المحمول
field-contact-phoneOwner = صاحب رقم الهاتف المحمول
field-contact-phoneOwnershipConfirmed = مسجّل باسم صاحب الرقم نفسه
field-contact-email = البريد الإلكتروني
field-representative = الممثل
field-representative-fullName = الاسم الكامل للممثل
field-representative-relationship = العلاقة بمقدم الطلب
field-representative-dateOfBirth = تاريخ ميلاد الممثل
field-representative-sex = جنس الممثل
field-representative-nationality = جنسية الممثل
field-representative-idKind = وثيقة هوية الممثل
field-representative-idNumber = رقم وثيقة الممثل
field-representative-hasLevel2Account = لدى الممثل حساب من المستوى 2

## Dates: day, month name as on Arabic forms, Gregorian year.

date-format = { $day } { $monthName } { $year }
date-day = اليوم
date-month = الشهر
date-year = السنة
month-1 = يناير
month-2 = فبراير
month-3 = مارس
month-4 = أبريل
month-5 = مايو
month-6 = يونيو
month-7 = يوليو
month-8 = أغسطس
month-9 = سبتمبر
month-10 = أكتوبر
month-11 = نوفمبر
month-12 = ديسمبر

## Field hints

hint-level = يتيح المستوى 2 استخدام معظم الخدمات الحكومية عبر الإنترنت، أما المستوى 1 فيشمل خدمات أقل.
hint-applicant-fullName = بالحروف اللاتينية، تمامًا كما هو مطبوع في جواز سفرك، مع كتابة اسم العائلة أولًا.
hint-applicant-dateOfBirth = كما هو مطبوع في جواز سفرك.
hint-applicant-sex = كما هو مطبوع في جواز سفرك.
hint-applicant-nationality = الرمز المكوّن من ثلاثة أحرف والمطبوع في جواز سفرك، مثل JPN.
hint-applicant-ward = ضع علامة هنا إذا كان عمرك 14 سنة أو أكثر، لكنك خاضع للوصاية أو يمثلك شخص آخر.
hint-applicant-passport-number = حروف وأرقام فقط، كما هي مطبوعة في صفحة الصورة.
hint-applicant-passport-issuingState = رمز الدولة التي أصدرت جواز السفر، المكوّن من ثلاثة أحرف.
hint-applicant-passport-issueDate = كما هو مطبوع في صفحة الصورة.
hint-applicant-passport-expiryDate = يجب أن يكون جواز السفر ساري المفعول.
hint-applicant-passport-placeOfIssue = اختياري، كما هو مطبوع في جواز السفر.
hint-applicant-passport-mrz = اختياري: السطران المطبوعان أسفل صفحة الصورة، في كل منهما 44 حرفًا، ويقرؤهما الماسح الضوئي.
hint-applicant-residenceCard-kind = بطاقة إقامة مؤقتة أو دائمة صادرة في فيتنام.
hint-applicant-residenceCard-number = كما هو مطبوع على البطاقة.
hint-applicant-residenceCard-symbol = الرمز المطبوع على بطاقة الإقامة المؤقتة، مثل LĐ2.
hint-applicant-residenceCard-issueDate = كما هو مطبوع على البطاقة.
hint-applicant-residenceCard-expiryDate = كما هو مطبوع على البطاقة. يجب أن تكون البطاقة سارية المفعول.
hint-contact-phone = رقم هاتف محمول فيتنامي مسجّل باسم صاحب الرقم نفسه، مثل 091 234 5678.
hint-contact-phoneOwner = إذا كان عمر مقدم الطلب أقل من 14 سنة أو كان خاضعًا للوصاية، فيُستخدم رقم الممثل.
hint-contact-phoneOwnershipConfirmed = يجب أن يكون الاشتراك مسجّلًا باسم صاحب الرقم نفسه.
hint-contact-email = اختياري.
hint-representative-fullName = كما هو مطبوع في وثيقة هوية الممثل.
hint-representative-relationship = صلة الممثل بمقدم الطلب.
hint-representative-dateOfBirth = يجب أن يكون عمر الممثل 18 سنة أو أكثر.
hint-representative-sex = كما هو مطبوع في وثيقة هوية الممثل.
hint-representative-nationality = الرمز المكوّن من ثلاثة أحرف، مثل VNM أو KOR.
hint-representative-idKind = رقم التعريف الشخصي الفيتنامي أو جواز السفر.
hint-representative-idNumber = 12 رقمًا لرقم التعريف الشخصي الفيتنامي.
hint-representative-hasLevel2Account = مطلوب لحساب المستوى 1: يجب أن يكون لدى الممثل حساب من المستوى 2 بالفعل.

## Values of the enumerations

option-level-1 = المستوى 1
option-level-2 = المستوى 2
option-sex-M = ذكر
option-sex-F = أنثى
option-sex-X = غير محدد
option-relationship-parent = الأب أو الأم
option-relationship-guardian = الوصي
option-relationship-legal-representative = الممثل القانوني
option-idKind-vn-personal-id = رقم التعريف الشخصي الفيتنامي
option-idKind-passport = جواز السفر
option-residenceCardKind-temporary = بطاقة إقامة مؤقتة
option-residenceCardKind-permanent = بطاقة إقامة دائمة
option-phoneOwner-applicant = مقدم الطلب
option-phoneOwner-representative = الممثل
option-yes = نعم
option-no = لا

## Temporary residence card symbols and what they mean

symbol-NG3 = عضو في بعثة دبلوماسية أو قنصلية أو منظمة دولية، وأفراد أسرته
symbol-LV1 = العمل مع جهة أو منظمة على المستوى المركزي
symbol-LV2 = العمل مع منظمة سياسية اجتماعية أو جهة محلية
symbol-LS = محامٍ أجنبي يمارس المهنة في فيتنام
symbol-DT1 = مستثمر برأس مال 100 مليار دونغ أو أكثر، أو في قطاع أو منطقة ذات أولوية
symbol-DT2 = مستثمر برأس مال من 50 إلى أقل من 100 مليار دونغ
symbol-DT3 = مستثمر برأس مال من 3 إلى أقل من 50 مليار دونغ
symbol-NN1 = رئيس مكتب مشروع تابع لمنظمة دولية أو غير حكومية
symbol-NN2 = رئيس مكتب تمثيلي أو فرع لشركة أو منظمة أجنبية
symbol-DH = طالب أو متدرب
symbol-PV1 = مراسل صحفي مقيم
symbol-LD1 = عامل ثبت أنه لا يحتاج إلى تصريح عمل
symbol-LD2 = عامل يلزمه تصريح عمل
symbol-TT = فرد من أسرة أجنبي أو من أسرة مواطن فيتنامي

## Sections

section-level = الحساب
section-applicant = بيانات مقدم الطلب
section-passport = جواز السفر
section-residenceCard = بطاقة الإقامة
section-contact = بيانات الاتصال
section-representative = الممثل أو الوصي

## The pages

ui-title = طلب حساب هوية إلكترونية
ui-subtitle = النموذج TK01 للأجانب (المرسوم 69/2024/NĐ-CP)
ui-language = اللغة
ui-submit = التحقق والإرسال
ui-check = مراجعة إجاباتي
ui-next = التالي
ui-back = رجوع
ui-start-over = البدء من جديد
ui-error-summary-title = هناك مشكلة
ui-error-prefix = خطأ:
ui-warning-prefix = يُرجى التحقق:
ui-title-error-prefix = خطأ:
ui-success-title = تم استلام الطلب
ui-success-body = تم التحقق من طلبك واستلامه. يُرجى إحضار جواز سفرك وبطاقة إقامتك إلى مكتب الهجرة.
ui-server-disagrees = جاء تقييم الخادم لهذا الطلب مختلفًا. يُرجى مراجعة إجاباتك مرة أخرى.
ui-server-unreachable = يتعذّر الاتصال بالخادم. إجاباتك محفوظة في هذه الصفحة؛ يُرجى المحاولة مرة أخرى.
ui-mrz-scan = مسح جواز السفر ضوئيًا
ui-mrz-scan-hint = ضع صفحة الصورة على الماسح الضوئي، أو اكتب السطرين الموجودين أسفل الصفحة.
ui-mrz-filled = تم ملء البيانات من جواز السفر: يُرجى التحقق من كل حقل.
ui-mrz-check-failed = لم تتم قراءة المسح بشكل صحيح. يُرجى مسح جواز السفر ضوئيًا مرة أخرى.
ui-idle-warning = { $seconds ->
    [zero] حفاظًا على خصوصيتك، سيُمسح هذا النموذج الآن.
    [one] حفاظًا على خصوصيتك، سيُمسح هذا النموذج بعد ثانية واحدة.
    [two] حفاظًا على خصوصيتك، سيُمسح هذا النموذج بعد ثانيتين.
    [few] حفاظًا على خصوصيتك، سيُمسح هذا النموذج بعد { $seconds } ثوانٍ.
    [many] حفاظًا على خصوصيتك، سيُمسح هذا النموذج بعد { $seconds } ثانية.
   *[other] حفاظًا على خصوصيتك، سيُمسح هذا النموذج بعد { $seconds } ثانية.
 }
ui-idle-continue = ما زلت هنا
ui-bilingual = عرض اللغة الفيتنامية بجانب لغتي
ui-optional = (اختياري)
ui-select = اختر…
ui-representative-why = لأن عمر مقدم الطلب أقل من 14 سنة أو لأنه خاضع للوصاية، يسجّل الممثل باستخدام رقم هاتفه المحمول وحسابه الشخصي.
ui-phone-owner-applicant = يُرجى إدخال رقم الهاتف المحمول الخاص بمقدم الطلب، المسجّل باسمه.
ui-phone-owner-representative = يُرجى إدخال رقم الهاتف المحمول الخاص بالممثل، المسجّل باسمه.
