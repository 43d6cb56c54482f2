# eid-form: every word the form shows other than issue messages, Japanese:
# field labels and hints, option labels, section titles, residence card symbols,
# the pages' own words, and how dates are written.

## Field labels

field-application = 申請
field-level = アカウントのレベル
field-applicant = 申請者
field-applicant-fullName = 氏名
field-applicant-dateOfBirth = 生年月日
field-applicant-sex = 性別
field-applicant-nationality = 国籍
field-applicant-ward = 後見を受けている、または代理人がいる
field-applicant-passport = パスポート
field-applicant-passport-number = パスポート番号
field-applicant-passport-issuingState = 発行国
field-applicant-passport-issueDate = 発行日
field-applicant-passport-expiryDate = 有効期限
field-applicant-passport-placeOfIssue = 発行地
field-applicant-passport-mrz = 機械読取領域（MRZ）
field-applicant-residenceCard = 在留カード
field-applicant-residenceCard-kind = 在留カードの種類
field-applicant-residenceCard-number = 在留カード番号
field-applicant-residenceCard-symbol = 記号
field-applicant-residenceCard-issueDate = 発行日
field-applicant-residenceCard-expiryDate = 有効期限
field-contact = 連絡先
field-contact-phone = 携帯電話番号
field-contact-phoneOwner = 携帯電話番号の名義人
field-contact-phoneOwnershipConfirmed = 名義人本人の名義で登録済み
field-contact-email = メールアドレス
field-representative = 代理人
field-representative-fullName = 代理人の氏名
field-representative-relationship = 申請者との関係
field-representative-dateOfBirth = 代理人の生年月日
field-representative-sex = 代理人の性別
field-representative-nationality = 代理人の国籍
field-representative-idKind = 代理人の本人確認書類
field-representative-idNumber = 代理人の書類番号
field-representative-hasLevel2Account = 代理人がレベル2のアカウントを保有

## Dates

date-format = { $year }年{ $month }月{ $day }日
date-day = 日
date-month = 月
date-year = 年
month-1 = 1月
month-2 = 2月
month-3 = 3月
month-4 = 4月
month-5 = 5月
month-6 = 6月
month-7 = 7月
month-8 = 8月
month-9 = 9月
month-10 = 10月
month-11 = 11月
month-12 = 12月

## Field hints

hint-level = レベル2では、ほとんどの行政サービスをオンラインで利用できます。レベル1で利用できるサービスは限られます。
hint-applicant-fullName = パスポートの記載どおりにローマ字で、姓を先に入力してください。
hint-applicant-dateOfBirth = パスポートの記載どおりに入力してください。
hint-applicant-sex = パスポートの記載どおりに選んでください。
hint-applicant-nationality = パスポートに記載されたアルファベット3文字のコード（例：JPN）。
hint-applicant-ward = 14歳以上で、後見を受けている、または代理人がいる場合はチェックを入れてください。
hint-applicant-passport-number = 顔写真ページの記載どおりに、英字と数字のみで入力してください。
hint-applicant-passport-issuingState = パスポートを発行した国のアルファベット3文字のコード。
hint-applicant-passport-issueDate = 顔写真ページの記載どおりに入力してください。
hint-applicant-passport-expiryDate = 有効期限内のパスポートが必要です。
hint-applicant-passport-placeOfIssue = 任意。パスポートの記載どおりに入力してください。
hint-applicant-passport-mrz = 任意：顔写真ページ下部にある2行（各44文字）で、スキャナーで読み取ります。
hint-applicant-residenceCard-kind = ベトナムで発行された一時滞在カードまたは永住カード。
hint-applicant-residenceCard-number = カードの記載どおりに入力してください。
hint-applicant-residenceCard-symbol = 一時滞在カードに記載された記号（例：LĐ2）。
hint-applicant-residenceCard-issueDate = カードの記載どおりに入力してください。
hint-applicant-residenceCard-expiryDate = カードの記載どおりに入力してください。有効期限内のカードが必要です。
hint-contact-phone = 名義人本人の名義で登録されたベトナムの携帯電話番号（例：091 234 5678）。
hint-contact-phoneOwner = 14歳未満の方、または後見を受けている方は、代理人の番号を使います。
hint-contact-phoneOwnershipConfirmed = 携帯電話の契約が名義人本人の名義である必要があります。
hint-contact-email = 任意。
hint-representative-fullName = 代理人の本人確認書類の記載どおりに入力してください。
hint-representative-relationship = 代理人と申請者の関係。
hint-representative-dateOfBirth = 代理人は18歳以上である必要があります。
hint-representative-sex = 代理人の本人確認書類の記載どおりに選んでください。
hint-representative-nationality = アルファベット3文字のコード（例：VNM、KOR）。
hint-representative-idKind = ベトナムの個人識別番号、またはパスポート。
hint-representative-idNumber = ベトナムの個人識別番号の場合は12桁の数字です。
hint-representative-hasLevel2Account = レベル1のアカウントの場合は必須：代理人がすでにレベル2のアカウントを持っている必要があります。

## Values of the enumerations

option-level-1 = レベル1
option-level-2 = レベル2
option-sex-M = 男性
option-sex-F = 女性
option-sex-X = 指定なし
option-relationship-parent = 親（父または母）
option-relationship-guardian = 後見人
option-relationship-legal-representative = 法定代理人
option-idKind-vn-personal-id = ベトナムの個人識別番号
option-idKind-passport = パスポート
option-residenceCardKind-temporary = 一時滞在カード
option-residenceCardKind-permanent = 永住カード
option-phoneOwner-applicant = 申請者
option-phoneOwner-representative = 代理人
option-yes = はい
option-no = いいえ

## Temporary residence card symbols and what they mean

symbol-NG3 = 外交代表機関・領事機関・国際機関の職員およびその家族
symbol-LV1 = 中央の機関・組織と業務を行う者
symbol-LV2 = 政治社会団体または地方機関と業務を行う者
symbol-LS = ベトナムで業務を行う外国人弁護士
symbol-DT1 = 出資額1,000億ドン以上、または優遇対象の分野・地域に投資する投資家
symbol-DT2 = 出資額500億ドン以上1,000億ドン未満の投資家
symbol-DT3 = 出資額30億ドン以上500億ドン未満の投資家
symbol-NN1 = 国際機関・非政府組織のプロジェクト事務所の代表者
symbol-NN2 = 外国企業・組織の駐在員事務所または支店の代表者
symbol-DH = 留学生または実習生
symbol-PV1 = 常駐の報道記者
symbol-LD1 = 労働許可証が不要と確認された労働者
symbol-LD2 = 労働許可証が必要な労働者
symbol-TT = 外国人またはベトナム国民の家族

## Sections

section-level = アカウント
section-applicant = 申請者について
section-passport = パスポート
section-residenceCard = 在留カード
section-contact = 連絡先
section-representative = 代理人または後見人

## The pages

ui-title = 電子識別アカウント申請書
ui-subtitle = 外国籍の方用 TK01様式（政令第69/2024/NĐ-CP号）
ui-language = 言語
ui-submit = 確認して送信
ui-check = 入力内容を確認
ui-next = 次へ
ui-back = 戻る
ui-start-over = 最初からやり直す
ui-error-summary-title = 入力内容に問題があります
ui-error-prefix = エラー：
ui-warning-prefix = ご確認ください：
ui-title-error-prefix = エラー：
ui-success-title = 申請を受け付けました
ui-success-body = 申請内容は確認され、受け付けられました。パスポートと在留カードを持って、出入国管理事務所にお越しください。
ui-server-disagrees = サーバーの判定がこのページと異なりました。入力内容をもう一度確認してください。
ui-server-unreachable = サーバーに接続できません。入力内容はこのページに残っています。もう一度お試しください。
ui-mrz-scan = パスポートをスキャン
ui-mrz-scan-hint = 顔写真ページをスキャナーに置くか、ページ下部の2行を入力してください。
ui-mrz-filled = パスポートから入力しました。すべての項目を確認してください。
ui-mrz-check-failed = 正しく読み取れませんでした。パスポートをもう一度スキャンしてください。
ui-idle-warning = { $seconds ->
   *[other] 個人情報保護のため、このフォームは{ $seconds }秒後に消去されます。
 }
ui-idle-continue = 利用を続ける
ui-bilingual = 選択した言語の横にベトナム語も表示する
ui-optional = （任意）
ui-select = 選択してください…
ui-representative-why = 申請者が14歳未満、または後見を受けているため、代理人が自分の携帯電話番号とアカウントで登録します。
ui-phone-owner-applicant = 申請者本人名義で登録された、申請者本人の携帯電話番号を入力してください。
ui-phone-owner-representative = 代理人本人名義で登録された、代理人本人の携帯電話番号を入力してください。
