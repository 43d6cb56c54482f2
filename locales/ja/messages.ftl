# eid-form: messages of the issue codes (FORM.md), Japanese.
# Each message names the field and says how to put it right.
# Arguments: $label (the field's label) and the issue's params.

required = 「{ $label }」は必須です。入力してください。

# A missing field's own words (GOV.UK: say what to do). A missing block's
# message is its first box's: required-<the box's path with dashes>.
required-level = アカウントのレベルを選択してください
required-applicant-fullName = 氏名をパスポートに記載されているとおりに入力してください
required-applicant-dateOfBirth = 生年月日を入力してください
required-applicant-sex = 性別をパスポートに記載されているとおりに選択してください
required-applicant-nationality = 国籍を選択してください
required-applicant-passport-number = パスポート番号を入力してください
required-applicant-passport-issuingState = パスポートを発行した国を選択してください
required-applicant-passport-issueDate = パスポートの発行日を入力してください
required-applicant-passport-expiryDate = パスポートの有効期限を入力してください
required-applicant-residenceCard-kind = お持ちの在留カードの種類を選択してください
required-applicant-residenceCard-number = 在留カードの番号を入力してください
required-applicant-residenceCard-symbol = 在留カードに記載されている記号を選択してください
required-applicant-residenceCard-issueDate = 在留カードの発行日を入力してください
required-applicant-residenceCard-expiryDate = 在留カードの有効期限を入力してください
required-contact-phone = ベトナムの携帯電話番号を入力してください
required-contact-phoneOwner = この携帯電話番号の名義人を選択してください
required-representative-fullName = 代理人の氏名を本人確認書類に記載されているとおりに入力してください
required-representative-relationship = 代理人と申請者との関係を選択してください
required-representative-dateOfBirth = 代理人の生年月日を入力してください
required-representative-sex = 代理人の性別を選択してください
required-representative-nationality = 代理人の国籍を選択してください
required-representative-idKind = 代理人の本人確認書類の種類を選択してください
required-representative-idNumber = 代理人の本人確認書類の番号を入力してください
required-representative-hasLevel2Account = 代理人がレベル2のアカウントを持っているかどうかを選択してください

invalid-type = 「{ $label }」の値の種類が正しくありません。フォームでもう一度入力してください。
invalid-value = 「{ $label }」の値が選択肢にありません。一覧から選んでください。
invalid-date = 「{ $label }」には実在する日付を入力してください。年・月・日を確認してください。
too-long = 「{ $label }」に入力できるのは{ $max }文字までです。短くしてください。
unknown-field = このフォームに「{ $label }」という項目はありません。削除してください。
invalid-json = 有効なJSONではないため、申請を読み取れませんでした。もう一度送信してください。
phone-already-used = この携帯電話番号は、すでに別の申請者本人の番号として登録されています。ご本人名義で登録されたベトナムの携帯電話番号を入力してください。
name-invalid = 「{ $label }」は、パスポートの記載どおりにローマ字で入力してください。数字やその他の文字は使えません（例：NGUYEN VAN AN）。
date-in-future = 「{ $label }」に今日より後の日付は入力できません。入力した日付（{ $date }）を確認してください。
age-implausible = 「{ $label }」から計算すると、年齢が{ $max }歳を超えます。年を確認してください。
nationality-unknown = 「{ $label }」は、パスポートに記載されたアルファベット3文字のコードで入力してください（例：JPN、KOR、USA）。
nationality-vietnamese = この申請書は外国籍の方のためのものです。ベトナム国籍の方は、国民身分証明書で申請してください。
level-2-needs-age-6 = レベル2のアカウントは6歳以上の方が対象です。申請者は{ $age }歳です。レベル1を選んでください。
passport-number-format = 「{ $label }」は、パスポートの記載どおりに英字（A～Z）と数字の1～9文字で、スペースや記号を入れずに入力してください。
passport-number-pattern = 「{ $label }」は{ $state }のパスポート番号の形式と異なるようです（通常は{ $example }のような形式です）。パスポートと照らし合わせて確認してください。
document-expired = この書類は{ $date }に有効期限が切れています。更新してから申請してください。期限切れの書類は使えません。
issued-in-future = 「{ $label }」に今日より後の日付は入力できません（入力された日付：{ $date }）。書類に記載された日付を確認してください。
issued-before-birth = 「{ $label }」が生年月日より前になっています。両方の日付を確認してください。
expiry-before-issue = 「{ $label }」は発行日より後の日付である必要があります。書類に記載された両方の日付を確認してください。
mrz-format = 機械読取領域は、パスポートの顔写真ページ下部にある2行（各44文字）である必要があります。もう一度スキャンしてください。
mrz-check-digit = 機械読取領域を正しく読み取れませんでした（{ $field ->
    [number] パスポート番号
    [dateOfBirth] 生年月日
    [expiryDate] 有効期限
    [optionalData] 個人番号
   *[composite] 行全体
 }のチェックデジットが一致しません）。パスポートをもう一度スキャンしてください。
mrz-mismatch = 「{ $label }」が、パスポートの機械読取領域の記載「{ $mrz }」と一致しません。パスポートの記載どおりに入力してください。
residence-card-number-format = 「{ $label }」は、カードの記載どおりに英字と数字の6～20文字で入力してください。
residence-symbol-unknown = 「{ $label }」は一時滞在カードの記号ではありません。カードに記載された記号を入力してください（例：LĐ2、TT）。
residence-validity-too-long = 記号が{ $symbol }のカードの有効期間は最長{ $years }年です。カードの「{ $label }」を確認してください。
residence-outlasts-passport = 在留カードの有効期限は、パスポートの有効期限より{ $days }日以上前である必要があります。カードとパスポートの「{ $label }」を確認してください。
contact-required = 携帯電話番号またはメールアドレスを入力してください。
phone-invalid = 「{ $label }」は電話番号として正しくありません。ベトナムの携帯電話番号を入力してください（例：091 234 5678）。
phone-not-vn-mobile = 名義人本人の名義で登録された、ベトナムの携帯電話番号を入力してください（例：091 234 5678）。固定電話や外国の番号は使えません。
phone-owner-must-be-representative = 14歳未満の方、または後見を受けている方は、代理人本人の携帯電話番号を使います。番号の名義人として「代理人」を選んでください。
phone-owner-must-be-applicant = 14歳以上の申請者は、ご本人名義で登録された携帯電話番号を使います。番号の名義人として「申請者」を選んでください。
phone-ownership-unconfirmed = 携帯電話番号が名義人本人の名義で登録されていることを確認してください。
email-invalid = 「{ $label }」はメールアドレスとして正しくありません。name@example.com のような形式で入力してください。
representative-required = 14歳未満の方、または後見を受けている方の申請には代理人が必要です。代理人の情報を入力してください。
representative-not-applicable = 14歳以上で後見を受けていない方は、代理人なしで申請します。代理人の情報を削除してください。
representative-too-young = 代理人は18歳以上である必要があります。この生年月日では{ $age }歳です。確認するか、別の代理人を選んでください。
representative-needs-level-2 = レベル1のアカウントを申請する場合、代理人がすでにレベル2の電子識別アカウントを持っている必要があります。
personal-id-format = 「{ $label }」には、ベトナムの個人識別番号（12桁の数字）を入力してください。
personal-id-mismatch = 「{ $label }」が代理人の{ $part ->
    [sex] 性別
    [century] 生まれた世紀
   *[year] 生まれた年
 }と一致しません。番号と入力内容を確認してください。
personal-id-province-unknown = 「{ $label }」の先頭がベトナムの省・市のコードになっていません。最初の3桁を確認してください。
representative-is-applicant = 申請者本人を代理人にすることはできません。代理人ご本人の書類番号を入力してください。
