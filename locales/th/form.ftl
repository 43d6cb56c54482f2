# eid-form: every Thai word the form shows, other than issue messages: field labels
# and hints, the labels of enumerated values, section titles, residence card symbols,
# the pages' own words, and how dates are written.

## Field labels

field-application = ใบคำขอ
field-level = ระดับบัญชี
field-applicant = ผู้ยื่นคำขอ
field-applicant-fullName = ชื่อ-นามสกุล
field-applicant-dateOfBirth = วันเกิด
field-applicant-sex = เพศ
field-applicant-nationality = สัญชาติ
field-applicant-ward = อยู่ในความปกครองหรือมีผู้แทน
field-applicant-passport = หนังสือเดินทาง
field-applicant-passport-number = เลขที่หนังสือเดินทาง
field-applicant-passport-issuingState = ประเทศที่ออกหนังสือเดินทาง
field-applicant-passport-issueDate = วันที่ออก
field-applicant-passport-expiryDate = วันหมดอายุ
field-applicant-passport-placeOfIssue = สถานที่ออก
field-applicant-passport-mrz = ส่วนที่เครื่องอ่านได้ (MRZ)
field-applicant-residenceCard = บัตรพำนัก
field-applicant-residenceCard-kind = ประเภทบัตรพำนัก
field-applicant-residenceCard-number = เลขที่บัตรพำนัก
field-applicant-residenceCard-symbol = สัญลักษณ์
field-applicant-residenceCard-issueDate = วันที่ออก
field-applicant-residenceCard-expiryDate = วันหมดอายุ
field-contact = ช่องทางติดต่อ
field-contact-phone = หมายเลขโทรศัพท์มือถือ
field-contact-phoneOwner = เจ้าของหมายเลขโทรศัพท์มือถือ
field-contact-phoneOwnershipConfirmed = จดทะเบียนในชื่อของเจ้าของหมายเลขเอง
field-contact-email = อีเมล
field-representative = ผู้แทน
field-representative-fullName = ชื่อ-นามสกุลของผู้แทน
field-representative-relationship = ความสัมพันธ์กับผู้ยื่นคำขอ
field-representative-dateOfBirth = วันเกิดของผู้แทน
field-representative-sex = เพศของผู้แทน
field-representative-nationality = สัญชาติของผู้แทน
field-representative-idKind = เอกสารของผู้แทน
field-representative-idNumber = เลขที่เอกสารของผู้แทน
field-representative-hasLevel2Account = ผู้แทนมีบัญชีระดับ 2

## Dates: day, Thai month name, Gregorian year (as printed in passports).

date-format = { $day } { $monthName } { $year }
date-day = วัน
date-month = เดือน
date-year = ปี
month-1 = มกราคม
month-2 = กุมภาพันธ์
month-3 = มีนาคม
month-4 = เมษายน
month-5 = พฤษภาคม
month-6 = มิถุนายน
month-7 = กรกฎาคม
month-8 = สิงหาคม
month-9 = กันยายน
month-10 = ตุลาคม
month-11 = พฤศจิกายน
month-12 = ธันวาคม

## Field hints

hint-level = ระดับ 2 ใช้บริการภาครัฐออนไลน์ได้เกือบทั้งหมด ส่วนระดับ 1 ใช้บริการได้น้อยกว่า
hint-applicant-fullName = เขียนด้วยอักษรละตินให้ตรงตามที่พิมพ์ในหนังสือเดินทาง โดยเขียนนามสกุลก่อน
hint-applicant-dateOfBirth = ตามที่พิมพ์ในหนังสือเดินทาง
hint-applicant-sex = ตามที่พิมพ์ในหนังสือเดินทาง
hint-applicant-nationality = รหัสตัวอักษร 3 ตัวที่พิมพ์ในหนังสือเดินทาง เช่น JPN
hint-applicant-ward = ทำเครื่องหมายหากท่านอายุ 14 ปีขึ้นไป แต่อยู่ในความปกครองหรือมีผู้แทน
hint-applicant-passport-number = ตัวอักษรและตัวเลขเท่านั้น ตามที่พิมพ์ในหน้ารูปถ่าย
hint-applicant-passport-issuingState = รหัสตัวอักษร 3 ตัวของประเทศที่ออกหนังสือเดินทาง
hint-applicant-passport-issueDate = ตามที่พิมพ์ในหน้ารูปถ่าย
hint-applicant-passport-expiryDate = หนังสือเดินทางต้องยังไม่หมดอายุ
hint-applicant-passport-placeOfIssue = ไม่บังคับ ตามที่พิมพ์ในหนังสือเดินทาง
hint-applicant-passport-mrz = ไม่บังคับ: ข้อความ 2 บรรทัด บรรทัดละ 44 ตัวอักษร ที่ด้านล่างของหน้ารูปถ่าย ซึ่งเครื่องสแกนอ่านได้
hint-applicant-residenceCard-kind = บัตรพำนักชั่วคราวหรือบัตรพำนักถาวรที่ออกในเวียดนาม
hint-applicant-residenceCard-number = ตามที่พิมพ์บนบัตร
hint-applicant-residenceCard-symbol = สัญลักษณ์ที่พิมพ์บนบัตรพำนักชั่วคราว เช่น LĐ2
hint-applicant-residenceCard-issueDate = ตามที่พิมพ์บนบัตร
hint-applicant-residenceCard-expiryDate = ตามที่พิมพ์บนบัตร บัตรต้องยังไม่หมดอายุ
hint-contact-phone = หมายเลขโทรศัพท์มือถือเวียดนามที่จดทะเบียนในชื่อของเจ้าของหมายเลขเอง เช่น 091 234 5678
hint-contact-phoneOwner = ผู้ยื่นคำขอที่อายุต่ำกว่า 14 ปีหรืออยู่ในความปกครอง ให้ใช้หมายเลขของผู้แทน
hint-contact-phoneOwnershipConfirmed = หมายเลขนี้ต้องจดทะเบียนในชื่อของเจ้าของหมายเลขเอง
hint-contact-email = ไม่บังคับ
hint-representative-fullName = ตามที่พิมพ์ในเอกสารแสดงตนของผู้แทน
hint-representative-relationship = ผู้แทนเกี่ยวข้องกับผู้ยื่นคำขออย่างไร
hint-representative-dateOfBirth = ผู้แทนต้องมีอายุ 18 ปีขึ้นไป
hint-representative-sex = ตามที่พิมพ์ในเอกสารแสดงตนของผู้แทน
hint-representative-nationality = รหัสตัวอักษร 3 ตัว เช่น VNM หรือ KOR
hint-representative-idKind = เลขประจำตัวบุคคลของเวียดนาม หรือหนังสือเดินทาง
hint-representative-idNumber = 12 หลัก สำหรับเลขประจำตัวบุคคลของเวียดนาม
hint-representative-hasLevel2Account = จำเป็นสำหรับบัญชีระดับ 1: ผู้แทนต้องมีบัญชีระดับ 2 อยู่แล้ว

## Values of the enumerations

option-level-1 = ระดับ 1
option-level-2 = ระดับ 2
option-sex-M = ชาย
option-sex-F = หญิง
option-sex-X = ไม่ระบุ
option-relationship-parent = บิดาหรือมารดา
option-relationship-guardian = ผู้ปกครอง
option-relationship-legal-representative = ผู้แทนตามกฎหมาย
option-idKind-vn-personal-id = เลขประจำตัวบุคคลของเวียดนาม
option-idKind-passport = หนังสือเดินทาง
option-residenceCardKind-temporary = บัตรพำนักชั่วคราว
option-residenceCardKind-permanent = บัตรพำนักถาวร
option-phoneOwner-applicant = ผู้ยื่นคำขอ
option-phoneOwner-representative = ผู้แทน
option-yes = ใช่
option-no = ไม่ใช่

## Temporary residence card symbols and what they mean

symbol-NG3 = เจ้าหน้าที่ของคณะผู้แทนทางการทูต สถานกงสุล หรือองค์การระหว่างประเทศ และครอบครัว
symbol-LV1 = ทำงานกับหน่วยงานหรือองค์กรระดับส่วนกลาง
symbol-LV2 = ทำงานกับองค์กรทางการเมืองและสังคม หรือหน่วยงานระดับท้องถิ่น
symbol-LS = ทนายความชาวต่างชาติที่ประกอบวิชาชีพในเวียดนาม
symbol-DT1 = นักลงทุนที่มีเงินลงทุนตั้งแต่ 100,000 ล้านดองขึ้นไป หรือลงทุนในกิจการหรือพื้นที่ที่ได้รับการส่งเสริม
symbol-DT2 = นักลงทุนที่มีเงินลงทุนตั้งแต่ 50,000 ล้านดอง แต่ไม่ถึง 100,000 ล้านดอง
symbol-DT3 = นักลงทุนที่มีเงินลงทุนตั้งแต่ 3,000 ล้านดอง แต่ไม่ถึง 50,000 ล้านดอง
symbol-NN1 = หัวหน้าสำนักงานโครงการขององค์การระหว่างประเทศหรือองค์กรนอกภาครัฐ
symbol-NN2 = หัวหน้าสำนักงานผู้แทนหรือสาขาของบริษัทหรือองค์กรต่างประเทศ
symbol-DH = นักศึกษาหรือผู้ฝึกงาน
symbol-PV1 = ผู้สื่อข่าวประจำในเวียดนาม
symbol-LD1 = ผู้ทำงานที่ได้รับการยืนยันว่าไม่ต้องมีใบอนุญาตทำงาน
symbol-LD2 = ผู้ทำงานที่ต้องมีใบอนุญาตทำงาน
symbol-TT = สมาชิกในครอบครัวของชาวต่างชาติหรือของพลเมืองเวียดนาม

## Sections

section-level = บัญชี
section-applicant = ข้อมูลผู้ยื่นคำขอ
section-passport = หนังสือเดินทาง
section-residenceCard = บัตรพำนัก
section-contact = ช่องทางติดต่อ
section-representative = ผู้แทนหรือผู้ปกครอง

## The pages

ui-title = คำขอเปิดบัญชีระบุตัวตนทางอิเล็กทรอนิกส์
ui-subtitle = แบบฟอร์ม TK01 สำหรับชาวต่างชาติ (กฤษฎีกาเลขที่ 69/2024/NĐ-CP)
ui-language = ภาษา
ui-submit = ตรวจสอบและส่ง
ui-check = ตรวจสอบข้อมูลที่กรอก
ui-next = ถัดไป
ui-back = ย้อนกลับ
ui-start-over = เริ่มใหม่ทั้งหมด
ui-error-summary-title = มีข้อมูลที่ต้องแก้ไข
ui-error-prefix = ข้อผิดพลาด:
ui-warning-prefix = โปรดตรวจสอบ:
ui-title-error-prefix = ข้อผิดพลาด:
ui-success-title = ได้รับคำขอแล้ว
ui-success-body = คำขอของท่านผ่านการตรวจสอบและได้รับเรื่องแล้ว กรุณานำหนังสือเดินทางและบัตรพำนักไปยังสำนักงานตรวจคนเข้าเมือง
ui-server-disagrees = ผลการตรวจสอบคำขอนี้ที่เซิร์ฟเวอร์ไม่ตรงกับผลในหน้านี้ กรุณาตรวจสอบข้อมูลที่กรอกอีกครั้ง
ui-server-unreachable = ไม่สามารถเชื่อมต่อกับเซิร์ฟเวอร์ได้ ข้อมูลที่ท่านกรอกยังคงอยู่ในหน้านี้ กรุณาลองอีกครั้ง
ui-mrz-scan = สแกนหนังสือเดินทาง
ui-mrz-scan-hint = วางหน้ารูปถ่ายบนเครื่องสแกน หรือพิมพ์ข้อความ 2 บรรทัดที่ด้านล่างของหน้า
ui-mrz-filled = กรอกข้อมูลจากหนังสือเดินทางแล้ว: กรุณาตรวจสอบทุกช่อง
ui-mrz-check-failed = อ่านข้อมูลจากการสแกนไม่ถูกต้อง กรุณาสแกนหนังสือเดินทางอีกครั้ง
ui-idle-warning = { $seconds ->
   *[other] เพื่อความเป็นส่วนตัวของท่าน ข้อมูลในแบบฟอร์มนี้จะถูกล้างในอีก { $seconds } วินาที
 }
ui-idle-continue = ยังใช้งานอยู่
ui-bilingual = แสดงภาษาเวียดนามคู่กับภาษาของฉัน
ui-optional = (ไม่บังคับ)
ui-select = เลือก…
ui-representative-why = เนื่องจากผู้ยื่นคำขออายุต่ำกว่า 14 ปีหรืออยู่ในความปกครอง ผู้แทนจึงต้องลงทะเบียนด้วยหมายเลขโทรศัพท์มือถือและบัญชีของผู้แทนเอง
ui-phone-owner-applicant = กรอกหมายเลขโทรศัพท์มือถือของผู้ยื่นคำขอเอง ซึ่งจดทะเบียนในชื่อของผู้ยื่นคำขอ
ui-phone-owner-representative = กรอกหมายเลขโทรศัพท์มือถือของผู้แทนเอง ซึ่งจดทะเบียนในชื่อของผู้แทน
