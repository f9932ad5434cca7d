# Họ mã SMTP: tên các lớp và nhóm (RFC 5321 §4.2.1).

family-smtp-name = Mã phản hồi SMTP
smtp-class-positive-completion = hoàn tất thành công
smtp-class-positive-intermediate = trung gian tích cực
smtp-class-transient-negative = lỗi tạm thời
smtp-class-permanent-negative = lỗi vĩnh viễn
smtp-category-syntax = cú pháp
smtp-category-information = thông tin
smtp-category-connections = kết nối
smtp-category-unspecified = chưa xác định
smtp-category-mail-system = hệ thống thư
