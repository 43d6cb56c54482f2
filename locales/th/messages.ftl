# eid-form: Thai messages of the issue codes (FORM.md). Each message names the
# field and says how to put it right. Thai has one plural form (*[other]).
# Thai style: no full stops; a space separates sentences; spaces around numbers and Latin text.

required = กรุณาระบุ{ $label }

# A missing field's own words (GOV.UK: say what to do). A missing block's
# message is its first box's: required-<the box's path with dashes>.
required-level = เลือกระดับบัญชี
required-applicant-fullName = กรอกชื่อ-นามสกุลของคุณตามที่พิมพ์ในหนังสือเดินทาง
required-applicant-dateOfBirth = กรอกวันเกิดของคุณ
required-applicant-sex = เลือกเพศของคุณตามที่พิมพ์ในหนังสือเดินทาง
required-applicant-nationality = เลือกสัญชาติของคุณ
required-applicant-passport-number = กรอกเลขที่หนังสือเดินทางของคุณ
required-applicant-passport-issuingState = เลือกประเทศที่ออกหนังสือเดินทางของคุณ
required-applicant-passport-issueDate = กรอกวันที่ออกหนังสือเดินทางของคุณ
required-applicant-passport-expiryDate = กรอกวันหมดอายุของหนังสือเดินทางของคุณ
required-applicant-residenceCard-kind = เลือกประเภทบัตรพำนักที่คุณถือ
required-applicant-residenceCard-number = กรอกเลขที่บัตรพำนักของคุณ
required-applicant-residenceCard-symbol = เลือกสัญลักษณ์ที่พิมพ์บนบัตรพำนักของคุณ
required-applicant-residenceCard-issueDate = กรอกวันที่ออกบัตรพำนักของคุณ
required-applicant-residenceCard-expiryDate = กรอกวันหมดอายุของบัตรพำนักของคุณ
required-contact-phone = กรอกหมายเลขโทรศัพท์มือถือของเวียดนาม
required-contact-phoneOwner = เลือกว่าหมายเลขโทรศัพท์มือถือนี้เป็นของใคร
required-representative-fullName = กรอกชื่อ-นามสกุลของผู้แทนตามที่พิมพ์ในเอกสารแสดงตน
required-representative-relationship = เลือกความสัมพันธ์ของผู้แทนกับผู้ยื่นคำขอ
required-representative-dateOfBirth = กรอกวันเกิดของผู้แทน
required-representative-sex = เลือกเพศของผู้แทน
required-representative-nationality = เลือกสัญชาติของผู้แทน
required-representative-idKind = เลือกประเภทเอกสารของผู้แทน
required-representative-idNumber = กรอกเลขที่เอกสารของผู้แทน
required-representative-hasLevel2Account = ระบุว่าผู้แทนมีบัญชีระดับ 2 หรือไม่

invalid-type = ข้อมูลในช่อง{ $label }ไม่อยู่ในรูปแบบที่ถูกต้อง กรุณากรอกใหม่ในแบบฟอร์ม
invalid-value = { $label }ต้องเป็นตัวเลือกใดตัวเลือกหนึ่งที่มีให้ กรุณาเลือกจากรายการ
invalid-date = { $label }ต้องเป็นวันที่ที่มีอยู่จริง กรุณาตรวจสอบวัน เดือน และปี
too-long = { $label }ยาวได้ไม่เกิน { $max } ตัวอักษร กรุณาทำให้สั้นลง
unknown-field = แบบฟอร์มนี้ไม่มีช่อง “{ $label }” กรุณานำช่องนี้ออก
invalid-json = ไม่สามารถอ่านใบคำขอนี้ได้ เนื่องจากไม่อยู่ในรูปแบบ JSON ที่ถูกต้อง กรุณาส่งใหม่อีกครั้ง
phone-already-used = หมายเลขโทรศัพท์มือถือนี้ถูกลงทะเบียนเป็นหมายเลขของผู้ยื่นคำขอรายอื่นแล้ว กรุณากรอกหมายเลขโทรศัพท์มือถือเวียดนามที่จดทะเบียนในชื่อของท่านเอง
name-invalid = กรุณาเขียน{ $label }ด้วยอักษรละตินให้ตรงตามที่พิมพ์ในหนังสือเดินทาง โดยไม่มีตัวเลขหรืออักษรอื่น เช่น NGUYEN VAN AN
date-in-future = { $label }ต้องไม่เป็นวันที่ในอนาคต กรุณาตรวจสอบวันที่ที่กรอก ({ $date })
age-implausible = ตาม{ $label }ที่กรอก อายุจะเกิน { $max } ปี กรุณาตรวจสอบปีอีกครั้ง
nationality-unknown = { $label }ต้องเป็นรหัสตัวอักษร 3 ตัวตามที่พิมพ์ในหนังสือเดินทาง เช่น JPN, KOR หรือ USA
nationality-vietnamese = แบบฟอร์มนี้สำหรับชาวต่างชาติ ผู้มีสัญชาติเวียดนามให้ยื่นคำขอโดยใช้บัตรประจำตัวประชาชนเวียดนามแทน
level-2-needs-age-6 = บัญชีระดับ 2 กำหนดให้ผู้ยื่นคำขอมีอายุ 6 ปีขึ้นไป แต่ผู้ยื่นคำขอมีอายุ { $age } ปี กรุณาเลือกระดับ 1
passport-number-format = { $label }ต้องประกอบด้วยตัวอักษร A–Z และตัวเลขรวม 1 ถึง 9 ตัว ตามที่พิมพ์ในหนังสือเดินทาง โดยไม่มีช่องว่างหรือสัญลักษณ์
passport-number-pattern = { $label }ไม่ตรงกับรูปแบบเลขหนังสือเดินทางของ { $state } (ปกติมีลักษณะเช่น { $example }) กรุณาตรวจสอบกับหนังสือเดินทางอีกครั้ง
document-expired = เอกสารนี้หมดอายุแล้วเมื่อวันที่ { $date } กรุณาต่ออายุก่อนยื่นคำขอ เนื่องจากไม่สามารถใช้เอกสารที่หมดอายุได้
issued-in-future = { $label }ต้องไม่เป็นวันที่ในอนาคต (วันที่ที่กรอกคือ { $date }) กรุณาตรวจสอบวันที่ในเอกสาร
issued-before-birth = { $label }เป็นวันที่ก่อนวันเกิด กรุณาตรวจสอบวันที่ทั้งสองช่อง
expiry-before-issue = { $label }ต้องเป็นวันที่หลังวันที่ออก กรุณาตรวจสอบวันที่ทั้งสองในเอกสาร
mrz-format = ส่วนที่เครื่องอ่านได้ (MRZ) ต้องเป็นข้อความ 2 บรรทัด บรรทัดละ 44 ตัวอักษร ที่ด้านล่างของหน้ารูปถ่ายในหนังสือเดินทาง กรุณาสแกนอีกครั้ง
mrz-check-digit = อ่านส่วนที่เครื่องอ่านได้ (MRZ) ไม่สำเร็จ (เลขตรวจสอบของ{ $field ->
    [number] เลขที่หนังสือเดินทาง
    [dateOfBirth] วันเกิด
    [expiryDate] วันหมดอายุ
    [optionalData] เลขประจำตัวบุคคล
   *[composite] ทั้งบรรทัด
 }ไม่ตรงกัน) กรุณาสแกนหนังสือเดินทางอีกครั้ง
mrz-mismatch = { $label }ไม่ตรงกับส่วนที่เครื่องอ่านได้ของหนังสือเดินทาง ซึ่งระบุว่า “{ $mrz }” กรุณากรอกให้ตรงตามหนังสือเดินทาง
residence-card-number-format = { $label }ต้องประกอบด้วยตัวอักษรและตัวเลขรวม 6 ถึง 20 ตัว ตามที่พิมพ์บนบัตร
residence-symbol-unknown = ข้อมูลในช่อง{ $label }ไม่ใช่สัญลักษณ์ของบัตรพำนักชั่วคราว กรุณากรอกสัญลักษณ์ที่พิมพ์บนบัตร เช่น LĐ2 หรือ TT
residence-validity-too-long = บัตรที่มีสัญลักษณ์ { $symbol } มีอายุได้ไม่เกิน { $years } ปี กรุณาตรวจสอบ{ $label }บนบัตร
residence-outlasts-passport = บัตรพำนักควรหมดอายุก่อนหนังสือเดินทางอย่างน้อย { $days } วัน กรุณาตรวจสอบ{ $label }บนบัตรและในหนังสือเดินทาง
contact-required = กรุณากรอกหมายเลขโทรศัพท์มือถือหรือที่อยู่อีเมล
phone-invalid = { $label }ที่กรอกไว้ไม่ใช่หมายเลขโทรศัพท์ที่ถูกต้อง กรุณากรอกหมายเลขโทรศัพท์มือถือเวียดนาม เช่น 091 234 5678
phone-not-vn-mobile = กรุณากรอกหมายเลขโทรศัพท์มือถือเวียดนามที่จดทะเบียนในชื่อของเจ้าของหมายเลขเอง เช่น 091 234 5678 ไม่สามารถใช้หมายเลขโทรศัพท์บ้านหรือหมายเลขต่างประเทศได้
phone-owner-must-be-representative = ผู้ยื่นคำขอที่อายุต่ำกว่า 14 ปีหรืออยู่ในความปกครอง ต้องใช้หมายเลขโทรศัพท์มือถือของผู้แทนเอง กรุณาเลือกผู้แทนเป็นเจ้าของหมายเลข
phone-owner-must-be-applicant = ผู้ยื่นคำขอที่อายุ 14 ปีขึ้นไป ต้องใช้หมายเลขโทรศัพท์มือถือที่จดทะเบียนในชื่อของตนเอง กรุณาเลือกผู้ยื่นคำขอเป็นเจ้าของหมายเลข
phone-ownership-unconfirmed = กรุณายืนยันว่าหมายเลขโทรศัพท์มือถือนี้จดทะเบียนในชื่อของเจ้าของหมายเลขเอง
email-invalid = { $label }ที่กรอกไว้ไม่ใช่ที่อยู่อีเมลที่ถูกต้อง กรุณากรอกในรูปแบบ name@example.com
representative-required = ผู้ยื่นคำขอที่อายุต่ำกว่า 14 ปีหรืออยู่ในความปกครองต้องมีผู้แทน กรุณากรอกข้อมูลของผู้แทน
representative-not-applicable = ผู้ยื่นคำขอที่อายุ 14 ปีขึ้นไปและไม่ได้อยู่ในความปกครอง ให้ยื่นคำขอด้วยตนเองโดยไม่ต้องมีผู้แทน กรุณาลบข้อมูลของผู้แทนออก
representative-too-young = ผู้แทนต้องมีอายุ 18 ปีขึ้นไป แต่ตามวันเกิดนี้ผู้แทนมีอายุ { $age } ปี กรุณาตรวจสอบอีกครั้ง หรือเลือกผู้แทนคนอื่น
representative-needs-level-2 = สำหรับบัญชีระดับ 1 ผู้แทนต้องมีบัญชีระบุตัวตนทางอิเล็กทรอนิกส์ระดับ 2 อยู่แล้ว
personal-id-format = { $label }ต้องเป็นเลขประจำตัวบุคคลของเวียดนาม 12 หลัก
personal-id-mismatch = { $label }ไม่ตรงกับ{ $part ->
    [sex] เพศ
    [century] ศตวรรษที่เกิด
   *[year] ปีเกิด
 }ของผู้แทน กรุณาตรวจสอบเลขและข้อมูลอีกครั้ง
personal-id-province-unknown = { $label }ไม่ได้ขึ้นต้นด้วยรหัสจังหวัดของเวียดนาม กรุณาตรวจสอบตัวเลข 3 หลักแรก
representative-is-applicant = ผู้แทนต้องไม่ใช่บุคคลเดียวกับผู้ยื่นคำขอ กรุณากรอกเลขที่เอกสารของผู้แทนเอง
