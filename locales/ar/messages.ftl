# eid-form: Arabic (MSA) messages of the issue codes (FORM.md). Each message names
# the field and says how to put it right. Counted nouns follow the CLDR plural
# categories of Arabic (zero, one, two, few, many, other).

required = يُرجى إدخال { $label }.

# A missing field's own words (GOV.UK: say what to do). A missing block's
# message is its first box's: required-<the box's path with dashes>.
required-level = اختر مستوى الحساب
required-applicant-fullName = أدخل اسمك الكامل كما هو مطبوع في جواز سفرك
required-applicant-dateOfBirth = أدخل تاريخ ميلادك
required-applicant-sex = اختر جنسك كما هو مطبوع في جواز سفرك
required-applicant-nationality = اختر جنسيتك
required-applicant-passport-number = أدخل رقم جواز سفرك
required-applicant-passport-issuingState = اختر الدولة التي أصدرت جواز سفرك
required-applicant-passport-issueDate = أدخل تاريخ إصدار جواز سفرك
required-applicant-passport-expiryDate = أدخل تاريخ انتهاء صلاحية جواز سفرك
required-applicant-residenceCard-kind = اختر نوع بطاقة الإقامة التي تحملها
required-applicant-residenceCard-number = أدخل رقم بطاقة إقامتك
required-applicant-residenceCard-symbol = اختر الرمز المطبوع على بطاقة إقامتك
required-applicant-residenceCard-issueDate = أدخل تاريخ إصدار بطاقة إقامتك
required-applicant-residenceCard-expiryDate = أدخل تاريخ انتهاء صلاحية بطاقة إقامتك
required-contact-phone = أدخل رقم هاتف محمول فيتنامي
required-contact-phoneOwner = اختر صاحب رقم الهاتف المحمول هذا
required-representative-fullName = أدخل الاسم الكامل للممثل كما هو مطبوع في وثيقة هويته
required-representative-relationship = اختر علاقة الممثل بمقدم الطلب
required-representative-dateOfBirth = أدخل تاريخ ميلاد الممثل
required-representative-sex = اختر جنس الممثل
required-representative-nationality = اختر جنسية الممثل
required-representative-idKind = اختر نوع وثيقة هوية الممثل
required-representative-idNumber = أدخل رقم وثيقة هوية الممثل
required-representative-hasLevel2Account = حدّد ما إذا كان لدى الممثل حساب من المستوى 2

invalid-type = نوع القيمة في حقل { $label } غير صحيح. يُرجى إدخالها مرة أخرى في النموذج.
invalid-value = يجب أن تكون قيمة حقل { $label } أحد الخيارات المتاحة. يُرجى الاختيار من القائمة.
invalid-date = يجب أن يكون { $label } تاريخًا صحيحًا. تحقّق من اليوم والشهر والسنة.
too-long = يجب ألا يتجاوز طول { $label } { $max ->
    [zero] { $max } حرف
    [one] حرفًا واحدًا
    [two] حرفين
    [few] { $max } أحرف
    [many] { $max } حرفًا
   *[other] { $max } حرف
 }. يُرجى اختصار النص.
unknown-field = لا يحتوي النموذج على حقل باسم «{ $label }». يُرجى حذفه.
invalid-json = تعذّرت قراءة هذا الطلب لأنه ليس بصيغة JSON صحيحة. يُرجى إرساله مرة أخرى.
phone-already-used = رقم الهاتف المحمول هذا مسجّل بالفعل بوصفه الرقم الشخصي لمقدم طلب آخر. يُرجى إدخال رقم هاتف محمول فيتنامي مسجّل باسمك.
name-invalid = يُرجى كتابة { $label } بالحروف اللاتينية تمامًا كما هو مطبوع في جواز السفر، دون أرقام أو حروف غير لاتينية، مثل NGUYEN VAN AN.
date-in-future = لا يمكن أن يكون { $label } بعد تاريخ اليوم. يُرجى التحقق من التاريخ الذي أدخلته ({ $date }).
age-implausible = العمر المحسوب من { $label } يزيد على { $max ->
    [zero] { $max } سنة
    [one] سنة واحدة
    [two] سنتين
    [few] { $max } سنوات
    [many] { $max } سنة
   *[other] { $max } سنة
 }. يُرجى التحقق من السنة.
nationality-unknown = يجب إدخال { $label } على هيئة رمز من ثلاثة أحرف كما هو مطبوع في جواز السفر، مثل JPN أو KOR أو USA.
nationality-vietnamese = هذا النموذج مخصص للأجانب. أما المواطنون الفيتناميون فيتقدمون بطلباتهم باستخدام بطاقة الهوية الوطنية.
level-2-needs-age-6 = يُشترط لحساب المستوى 2 أن يكون عمر مقدم الطلب 6 سنوات أو أكثر، بينما عمره { $age ->
    [zero] أقل من سنة
    [one] سنة واحدة
    [two] سنتان
    [few] { $age } سنوات
    [many] { $age } سنة
   *[other] { $age } سنة
 }. يُرجى اختيار المستوى 1.
passport-number-format = يجب أن يتكون { $label } من 1 إلى 9 خانات من الحروف A–Z والأرقام، كما هو مطبوع في جواز السفر، دون مسافات أو رموز.
passport-number-pattern = لا يشبه { $label } أرقام جوازات السفر الصادرة عن { $state } (التي تكون عادةً مثل { $example }). يُرجى مقارنته بما هو مطبوع في جواز السفر.
document-expired = انتهت صلاحية هذه الوثيقة في { $date }. يُرجى تجديدها قبل تقديم الطلب، إذ لا يمكن استخدام وثيقة منتهية الصلاحية.
issued-in-future = لا يمكن أن يكون { $label } بعد تاريخ اليوم (التاريخ المُدخل: { $date }). يُرجى التحقق من التاريخ المدوّن في الوثيقة.
issued-before-birth = يقع { $label } قبل تاريخ الميلاد. يُرجى التحقق من التاريخين.
expiry-before-issue = يجب أن يكون { $label } بعد تاريخ الإصدار. يُرجى التحقق من التاريخين المدوّنين في الوثيقة.
mrz-format = يجب أن تتكون منطقة القراءة الآلية من السطرين المطبوعين أسفل صفحة الصورة في جواز السفر، وفي كل سطر 44 حرفًا. يُرجى مسحها ضوئيًا مرة أخرى.
mrz-check-digit = لم تُقرأ منطقة القراءة الآلية بشكل صحيح (خطأ في رقم التحقق { $field ->
    [number] لرقم جواز السفر
    [dateOfBirth] لتاريخ الميلاد
    [expiryDate] لتاريخ الانتهاء
    [optionalData] للرقم الشخصي
   *[composite] للسطر كاملًا
 }). يُرجى مسح جواز السفر ضوئيًا مرة أخرى.
mrz-mismatch = القيمة المُدخلة في حقل { $label } لا تطابق منطقة القراءة الآلية في جواز السفر، إذ ورد فيها «{ $mrz }». يُرجى إدخال البيانات تمامًا كما تظهر في جواز السفر.
residence-card-number-format = يجب أن يتكون { $label } من 6 إلى 20 خانة من الحروف والأرقام، كما هو مطبوع على البطاقة.
residence-symbol-unknown = القيمة المُدخلة في حقل { $label } ليست رمزًا لبطاقة إقامة مؤقتة. يُرجى إدخال الرمز المطبوع على البطاقة، مثل LĐ2 أو TT.
residence-validity-too-long = البطاقة التي تحمل الرمز { $symbol } صالحة لمدة أقصاها { $years ->
    [zero] { $years } سنة
    [one] سنة واحدة
    [two] سنتان
    [few] { $years } سنوات
    [many] { $years } سنة
   *[other] { $years } سنة
 }. يُرجى التحقق من { $label } على البطاقة.
residence-outlasts-passport = ينبغي أن تنتهي صلاحية بطاقة الإقامة قبل انتهاء صلاحية جواز السفر بمدة لا تقل عن { $days ->
    [zero] { $days } يوم
    [one] يوم واحد
    [two] يومين
    [few] { $days } أيام
    [many] { $days } يومًا
   *[other] { $days } يوم
 }. يُرجى التحقق من { $label } على البطاقة وفي جواز السفر.
contact-required = يُرجى إدخال رقم هاتف محمول أو عنوان بريد إلكتروني.
phone-invalid = القيمة المُدخلة في حقل { $label } ليست رقم هاتف. يُرجى إدخال رقم هاتف محمول فيتنامي، مثل 091 234 5678.
phone-not-vn-mobile = يُرجى إدخال رقم هاتف محمول فيتنامي مسجّل باسم صاحب الرقم نفسه، مثل 091 234 5678. لا يمكن استخدام أرقام الهاتف الثابت أو الأرقام الأجنبية.
phone-owner-must-be-representative = إذا كان عمر مقدم الطلب أقل من 14 سنة أو كان خاضعًا للوصاية، فيُستخدم رقم الهاتف المحمول الخاص بالممثل. يُرجى اختيار «الممثل» صاحبًا للرقم.
phone-owner-must-be-applicant = إذا كان عمر مقدم الطلب 14 سنة أو أكثر، فيُستخدم رقم هاتف محمول مسجّل باسمه شخصيًا. يُرجى اختيار «مقدم الطلب» صاحبًا للرقم.
phone-ownership-unconfirmed = يُرجى تأكيد أن رقم الهاتف المحمول مسجّل باسم صاحب الرقم نفسه.
email-invalid = القيمة المُدخلة في حقل { $label } ليست عنوان بريد إلكتروني. يُرجى إدخاله بصيغة مثل name@example.com.
representative-required = يحتاج مقدم الطلب الذي يقل عمره عن 14 سنة أو الخاضع للوصاية إلى ممثل. يُرجى تعبئة بيانات الممثل.
representative-not-applicable = مقدم الطلب الذي يبلغ عمره 14 سنة أو أكثر وغير الخاضع للوصاية يتقدم بطلبه دون ممثل. يُرجى حذف بيانات الممثل.
representative-too-young = يجب أن يكون عمر الممثل 18 سنة أو أكثر، لكن تاريخ الميلاد هذا يعني أن عمره { $age ->
    [zero] أقل من سنة
    [one] سنة واحدة
    [two] سنتان
    [few] { $age } سنوات
    [many] { $age } سنة
   *[other] { $age } سنة
 }. يُرجى التحقق منه أو اختيار ممثل آخر.
representative-needs-level-2 = لحساب من المستوى 1، يجب أن يكون لدى الممثل بالفعل حساب هوية إلكترونية من المستوى 2.
personal-id-format = يجب أن يكون { $label } رقم التعريف الشخصي الفيتنامي المكوّن من 12 رقمًا.
personal-id-mismatch = لا يتوافق { $label } مع { $part ->
    [sex] جنس
    [century] قرن ميلاد
   *[year] سنة ميلاد
 } الممثل. يُرجى التحقق من الرقم ومن البيانات.
personal-id-province-unknown = لا يبدأ { $label } برمز محافظة فيتنامية. يُرجى التحقق من الأرقام الثلاثة الأولى.
representative-is-applicant = لا يمكن أن يكون الممثل هو مقدم الطلب نفسه. يُرجى إدخال رقم وثيقة الممثل نفسه.
