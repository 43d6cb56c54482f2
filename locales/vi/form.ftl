# eid-form: mọi chữ biểu mẫu hiển thị ngoài thông báo lỗi: tên và gợi ý của trường,
# nhãn các giá trị liệt kê, tiêu đề mục, ký hiệu thẻ tạm trú, chữ của trang, cách viết ngày.

## Tên trường

field-application = Phiếu đề nghị
field-level = Mức độ tài khoản
field-applicant = Người đề nghị
field-applicant-fullName = Họ, chữ đệm và tên
field-applicant-dateOfBirth = Ngày, tháng, năm sinh
field-applicant-sex = Giới tính
field-applicant-nationality = Quốc tịch
field-applicant-ward = Được giám hộ hoặc đại diện
field-applicant-passport = Hộ chiếu
field-applicant-passport-number = Số hộ chiếu
field-applicant-passport-issuingState = Quốc gia cấp
field-applicant-passport-issueDate = Ngày cấp
field-applicant-passport-expiryDate = Ngày hết hạn
field-applicant-passport-placeOfIssue = Nơi cấp
field-applicant-passport-mrz = Vùng đọc máy (MRZ)
field-applicant-residenceCard = Thẻ cư trú
field-applicant-residenceCard-kind = Loại thẻ cư trú
field-applicant-residenceCard-number = Số thẻ cư trú
field-applicant-residenceCard-symbol = Ký hiệu
field-applicant-residenceCard-issueDate = Ngày cấp
field-applicant-residenceCard-expiryDate = Ngày hết hạn
field-contact = Liên hệ
field-contact-phone = Số thuê bao di động
field-contact-phoneOwner = Chủ thuê bao
field-contact-phoneOwnershipConfirmed = Đứng tên chính chủ
field-contact-email = Email
field-representative = Người đại diện
field-representative-fullName = Họ, chữ đệm và tên người đại diện
field-representative-relationship = Quan hệ với người đề nghị
field-representative-dateOfBirth = Ngày sinh của người đại diện
field-representative-sex = Giới tính của người đại diện
field-representative-nationality = Quốc tịch của người đại diện
field-representative-idKind = Giấy tờ của người đại diện
field-representative-idNumber = Số giấy tờ của người đại diện
field-representative-hasLevel2Account = Người đại diện đã có tài khoản mức độ 2

## Ngày tháng: fluent-rs không có DATETIME nên mỗi ngôn ngữ tự viết ngày ở đây.

date-format = { $dd }/{ $mm }/{ $year }
date-day = Ngày
date-month = Tháng
date-year = Năm
month-1 = tháng 1
month-2 = tháng 2
month-3 = tháng 3
month-4 = tháng 4
month-5 = tháng 5
month-6 = tháng 6
month-7 = tháng 7
month-8 = tháng 8
month-9 = tháng 9
month-10 = tháng 10
month-11 = tháng 11
month-12 = tháng 12

## Gợi ý

hint-level = Mức độ 2 dùng được hầu hết dịch vụ công trực tuyến; mức độ 1 dùng được ít dịch vụ hơn.
hint-applicant-fullName = Viết bằng chữ cái Latinh, đúng như in trong hộ chiếu, họ trước.
hint-applicant-dateOfBirth = Như in trong hộ chiếu.
hint-applicant-sex = Như in trong hộ chiếu.
hint-applicant-nationality = Mã ba chữ cái in trong hộ chiếu, ví dụ JPN.
hint-applicant-ward = Đánh dấu nếu bạn từ đủ 14 tuổi nhưng được giám hộ hoặc có người đại diện.
hint-applicant-passport-number = Chỉ gồm chữ cái và chữ số, như in ở trang ảnh.
hint-applicant-passport-issuingState = Mã ba chữ cái của quốc gia cấp hộ chiếu.
hint-applicant-passport-issueDate = Như in ở trang ảnh.
hint-applicant-passport-expiryDate = Hộ chiếu phải còn hạn.
hint-applicant-passport-placeOfIssue = Không bắt buộc, như in trong hộ chiếu.
hint-applicant-passport-mrz = Không bắt buộc: hai dòng 44 ký tự ở cuối trang ảnh, do máy quét đọc.
hint-applicant-residenceCard-kind = Thẻ tạm trú hoặc thẻ thường trú do Việt Nam cấp.
hint-applicant-residenceCard-number = Như in trên thẻ.
hint-applicant-residenceCard-symbol = Ký hiệu in trên thẻ tạm trú, ví dụ LĐ2.
hint-applicant-residenceCard-issueDate = Như in trên thẻ.
hint-applicant-residenceCard-expiryDate = Như in trên thẻ. Thẻ phải còn hạn.
hint-contact-phone = Số di động Việt Nam đứng tên chính chủ, ví dụ 091 234 5678.
hint-contact-phoneOwner = Người dưới 14 tuổi hoặc được giám hộ dùng số của người đại diện.
hint-contact-phoneOwnershipConfirmed = Thuê bao phải đứng tên chính chủ của người sở hữu.
hint-contact-email = Không bắt buộc.
hint-representative-fullName = Như in trên giấy tờ tùy thân của người đại diện.
hint-representative-relationship = Quan hệ của người đại diện với người đề nghị.
hint-representative-dateOfBirth = Người đại diện phải từ đủ 18 tuổi.
hint-representative-sex = Như in trên giấy tờ tùy thân của người đại diện.
hint-representative-nationality = Mã ba chữ cái, ví dụ VNM hoặc KOR.
hint-representative-idKind = Số định danh cá nhân Việt Nam hoặc hộ chiếu.
hint-representative-idNumber = 12 chữ số nếu là số định danh cá nhân Việt Nam.
hint-representative-hasLevel2Account = Bắt buộc với tài khoản mức độ 1: người đại diện phải đã có tài khoản mức độ 2.

## Giá trị liệt kê

option-level-1 = Mức độ 1
option-level-2 = Mức độ 2
option-sex-M = Nam
option-sex-F = Nữ
option-sex-X = Không xác định
option-relationship-parent = Cha, mẹ
option-relationship-guardian = Người giám hộ
option-relationship-legal-representative = Người đại diện theo pháp luật
option-idKind-vn-personal-id = Số định danh cá nhân Việt Nam
option-idKind-passport = Hộ chiếu
option-residenceCardKind-temporary = Thẻ tạm trú
option-residenceCardKind-permanent = Thẻ thường trú
option-phoneOwner-applicant = Người đề nghị
option-phoneOwner-representative = Người đại diện
option-yes = Có
option-no = Không

## Ký hiệu thẻ tạm trú

symbol-NG3 = Thành viên cơ quan đại diện ngoại giao, lãnh sự, tổ chức quốc tế và người nhà
symbol-LV1 = Làm việc với cơ quan, tổ chức trung ương
symbol-LV2 = Làm việc với tổ chức chính trị - xã hội, cơ quan địa phương
symbol-LS = Luật sư nước ngoài hành nghề tại Việt Nam
symbol-DT1 = Nhà đầu tư góp vốn từ 100 tỷ đồng trở lên hoặc vào ngành, địa bàn ưu đãi
symbol-DT2 = Nhà đầu tư góp vốn từ 50 đến dưới 100 tỷ đồng
symbol-DT3 = Nhà đầu tư góp vốn từ 3 đến dưới 50 tỷ đồng
symbol-NN1 = Trưởng văn phòng dự án của tổ chức quốc tế, tổ chức phi chính phủ
symbol-NN2 = Trưởng văn phòng đại diện, chi nhánh của thương nhân, tổ chức nước ngoài
symbol-DH = Thực tập, học tập
symbol-PV1 = Phóng viên, báo chí thường trú
symbol-LD1 = Lao động được xác nhận không thuộc diện cấp giấy phép lao động
symbol-LD2 = Lao động thuộc diện phải có giấy phép lao động
symbol-TT = Thân nhân của người nước ngoài hoặc của công dân Việt Nam

## Mục

section-level = Tài khoản
section-applicant = Thông tin người đề nghị
section-passport = Hộ chiếu
section-residenceCard = Thẻ cư trú
section-contact = Liên hệ
section-representative = Người đại diện hoặc giám hộ

## Chữ của trang

ui-title = Phiếu đề nghị cấp tài khoản định danh điện tử
ui-subtitle = Mẫu TK01 dành cho người nước ngoài (Nghị định 69/2024/NĐ-CP)
ui-language = Ngôn ngữ
ui-submit = Kiểm tra và gửi
ui-check = Kiểm tra câu trả lời
ui-next = Tiếp
ui-back = Quay lại
ui-start-over = Làm lại từ đầu
ui-error-summary-title = Có vấn đề cần sửa
ui-error-prefix = Lỗi:
ui-warning-prefix = Vui lòng kiểm tra:
ui-title-error-prefix = Lỗi:
ui-success-title = Đã nhận hồ sơ
ui-success-body = Hồ sơ đã được kiểm tra và tiếp nhận. Vui lòng mang hộ chiếu và thẻ cư trú đến cơ quan quản lý xuất nhập cảnh.
ui-server-disagrees = Máy chủ đánh giá hồ sơ này khác với trang. Vui lòng kiểm tra lại câu trả lời.
ui-server-unreachable = Không kết nối được máy chủ. Câu trả lời vẫn được giữ trên trang; vui lòng thử lại.
ui-mrz-scan = Quét hộ chiếu
ui-mrz-scan-hint = Đặt trang ảnh lên máy quét, hoặc nhập hai dòng ở cuối trang.
ui-mrz-filled = Đã điền từ hộ chiếu: vui lòng kiểm tra từng trường.
ui-mrz-check-failed = Quét chưa đúng. Vui lòng quét lại hộ chiếu.
ui-idle-warning = Để bảo vệ thông tin của bạn, biểu mẫu sẽ được xóa sau { $seconds } giây.
ui-idle-continue = Tôi vẫn đang dùng
ui-bilingual = Hiện tiếng Việt bên cạnh ngôn ngữ của tôi
ui-optional = (không bắt buộc)
ui-select = Chọn…
ui-representative-why = Vì người đề nghị dưới 14 tuổi hoặc được giám hộ, người đại diện đăng ký bằng số di động và tài khoản của chính mình.
ui-phone-owner-applicant = Nhập số di động của chính người đề nghị, đứng tên người đề nghị.
ui-phone-owner-representative = Nhập số di động của chính người đại diện, đứng tên người đại diện.
