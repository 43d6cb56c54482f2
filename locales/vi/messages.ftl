# eid-form: thông báo cho từng mã lỗi (FORM.md). Mỗi thông báo nêu trường và cách sửa.
# Tham số: $label (tên trường) và params của lỗi ($max, $age, $date, $state, $example, $field, $mrz, $part, ...).

required = Vui lòng nhập { $label }.

# A missing field's own words (GOV.UK: say what to do). A missing block's
# message is its first box's: required-<the box's path with dashes>.
required-level = Chọn mức độ tài khoản
required-applicant-fullName = Nhập họ, chữ đệm và tên của bạn đúng như trong hộ chiếu
required-applicant-dateOfBirth = Nhập ngày sinh của bạn
required-applicant-sex = Chọn giới tính của bạn đúng như trong hộ chiếu
required-applicant-nationality = Chọn quốc tịch của bạn
required-applicant-passport-number = Nhập số hộ chiếu của bạn
required-applicant-passport-issuingState = Chọn quốc gia đã cấp hộ chiếu của bạn
required-applicant-passport-issueDate = Nhập ngày cấp hộ chiếu của bạn
required-applicant-passport-expiryDate = Nhập ngày hết hạn hộ chiếu của bạn
required-applicant-residenceCard-kind = Chọn loại thẻ cư trú bạn đang có
required-applicant-residenceCard-number = Nhập số thẻ cư trú của bạn
required-applicant-residenceCard-symbol = Chọn ký hiệu in trên thẻ cư trú của bạn
required-applicant-residenceCard-issueDate = Nhập ngày cấp thẻ cư trú của bạn
required-applicant-residenceCard-expiryDate = Nhập ngày hết hạn thẻ cư trú của bạn
required-contact-phone = Nhập số thuê bao di động Việt Nam
required-contact-phoneOwner = Chọn người đứng tên số thuê bao di động này
required-representative-fullName = Nhập họ, chữ đệm và tên của người đại diện đúng như trong giấy tờ tùy thân
required-representative-relationship = Chọn quan hệ của người đại diện với người đề nghị
required-representative-dateOfBirth = Nhập ngày sinh của người đại diện
required-representative-sex = Chọn giới tính của người đại diện
required-representative-nationality = Chọn quốc tịch của người đại diện
required-representative-idKind = Chọn loại giấy tờ của người đại diện
required-representative-idNumber = Nhập số giấy tờ của người đại diện
required-representative-hasLevel2Account = Cho biết người đại diện đã có tài khoản mức độ 2 hay chưa

invalid-type = { $label } có kiểu giá trị không đúng. Vui lòng nhập lại trên biểu mẫu.
invalid-value = { $label } phải là một trong các lựa chọn có sẵn. Vui lòng chọn trong danh sách.
invalid-date = { $label } phải là ngày có thật. Vui lòng kiểm tra ngày, tháng và năm.
too-long = { $label } chỉ được tối đa { $max } ký tự. Vui lòng rút gọn.
unknown-field = Biểu mẫu không có trường “{ $label }”. Vui lòng bỏ trường này.
invalid-json = Không đọc được hồ sơ vì không đúng định dạng JSON. Vui lòng gửi lại.
phone-already-used = Số di động này đã được đăng ký là số chính chủ của người đề nghị khác. Vui lòng nhập số di động Việt Nam đứng tên chính mình.
name-invalid = { $label } phải viết bằng chữ cái Latinh đúng như in trong hộ chiếu, không có chữ số hay chữ viết khác, ví dụ NGUYEN VAN AN.
date-in-future = { $label } không được sau ngày hôm nay. Vui lòng kiểm tra ngày đã nhập ({ $date }).
age-implausible = { $label } cho số tuổi trên { $max }. Vui lòng kiểm tra lại năm.
nationality-unknown = { $label } phải là mã ba chữ cái như in trong hộ chiếu, ví dụ JPN, KOR hoặc USA.
nationality-vietnamese = Biểu mẫu này dành cho người nước ngoài. Công dân Việt Nam đăng ký bằng thẻ căn cước.
level-2-needs-age-6 = Tài khoản mức độ 2 chỉ cấp cho người từ đủ 6 tuổi; người đề nghị mới { $age } tuổi. Vui lòng chọn mức độ 1.
passport-number-format = { $label } phải gồm 1 đến 9 chữ cái A–Z và chữ số như in trong hộ chiếu, không có dấu cách hay ký hiệu.
passport-number-pattern = { $label } không giống số hộ chiếu của { $state } (thường có dạng { $example }). Vui lòng đối chiếu với hộ chiếu.
document-expired = Giấy tờ này đã hết hạn ngày { $date }. Vui lòng gia hạn trước khi đề nghị; không dùng được giấy tờ đã hết hạn.
issued-in-future = { $label } không được sau ngày hôm nay (đã nhập { $date }). Vui lòng kiểm tra ngày trên giấy tờ.
issued-before-birth = { $label } trước ngày sinh. Vui lòng kiểm tra cả hai ngày.
expiry-before-issue = { $label } phải sau ngày cấp. Vui lòng kiểm tra cả hai ngày trên giấy tờ.
mrz-format = Vùng đọc máy phải là hai dòng, mỗi dòng 44 ký tự, ở cuối trang ảnh của hộ chiếu. Vui lòng quét lại.
mrz-check-digit = Vùng đọc máy chưa được đọc đúng (số kiểm tra của { $field ->
    [number] số hộ chiếu
    [dateOfBirth] ngày sinh
    [expiryDate] ngày hết hạn
    [optionalData] số cá nhân
   *[composite] cả dòng
 }). Vui lòng quét lại hộ chiếu.
mrz-mismatch = { $label } không khớp với vùng đọc máy của hộ chiếu, ghi “{ $mrz }”. Vui lòng nhập đúng như trong hộ chiếu.
residence-card-number-format = { $label } phải gồm 6 đến 20 chữ cái và chữ số như in trên thẻ.
residence-symbol-unknown = { $label } không phải là ký hiệu thẻ tạm trú. Vui lòng nhập ký hiệu in trên thẻ, ví dụ LĐ2 hoặc TT.
residence-validity-too-long = Thẻ ký hiệu { $symbol } có thời hạn tối đa { $years } năm. Vui lòng kiểm tra ngày hết hạn trên thẻ.
residence-outlasts-passport = Thẻ cư trú phải hết hạn trước hộ chiếu ít nhất { $days } ngày. Vui lòng kiểm tra ngày hết hạn trên thẻ và trên hộ chiếu.
contact-required = Vui lòng nhập số di động hoặc địa chỉ email.
phone-invalid = { $label } không phải là số điện thoại. Vui lòng nhập số di động Việt Nam, ví dụ 091 234 5678.
phone-not-vn-mobile = Vui lòng nhập số di động Việt Nam đứng tên chính chủ, ví dụ 091 234 5678. Không dùng số cố định hay số nước ngoài.
phone-owner-must-be-representative = Người đề nghị dưới 14 tuổi hoặc được giám hộ dùng số di động chính chủ của người đại diện. Vui lòng chọn chủ số là người đại diện.
phone-owner-must-be-applicant = Người đề nghị từ đủ 14 tuổi dùng số di động đứng tên chính mình. Vui lòng chọn chủ số là người đề nghị.
phone-ownership-unconfirmed = Vui lòng xác nhận số di động đứng tên chính chủ của người sở hữu.
email-invalid = { $label } không phải là địa chỉ email. Vui lòng nhập theo dạng ten@example.com.
representative-required = Người đề nghị dưới 14 tuổi hoặc được giám hộ cần có người đại diện. Vui lòng điền thông tin người đại diện.
representative-not-applicable = Người đề nghị từ đủ 14 tuổi và không được giám hộ thì tự đề nghị, không cần người đại diện. Vui lòng bỏ thông tin người đại diện.
representative-too-young = Người đại diện phải từ đủ 18 tuổi; ngày sinh này mới { $age } tuổi. Vui lòng kiểm tra hoặc chọn người đại diện khác.
representative-needs-level-2 = Với tài khoản mức độ 1, người đại diện phải đã có tài khoản định danh điện tử mức độ 2.
personal-id-format = { $label } phải là 12 chữ số của số định danh cá nhân Việt Nam.
personal-id-mismatch = { $label } không khớp với { $part ->
    [sex] giới tính
    [century] thế kỷ sinh
   *[year] năm sinh
 } của người đại diện. Vui lòng kiểm tra số và thông tin.
personal-id-province-unknown = { $label } không bắt đầu bằng mã tỉnh của Việt Nam. Vui lòng kiểm tra ba chữ số đầu.
representative-is-applicant = Người đại diện không thể là chính người đề nghị. Vui lòng nhập số giấy tờ của người đại diện.
