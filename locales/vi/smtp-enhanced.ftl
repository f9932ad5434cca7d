# Họ mã trạng thái mở rộng SMTP (RFC 3463, RFC 5248).

family-smtp-enhanced-name = Mã trạng thái mở rộng SMTP
smtp-enhanced-category-other = trạng thái khác hoặc chưa xác định
smtp-enhanced-category-addressing = trạng thái địa chỉ
smtp-enhanced-category-mailbox = trạng thái hộp thư
smtp-enhanced-category-mail-system = trạng thái hệ thống thư
smtp-enhanced-category-network = trạng thái mạng và định tuyến
smtp-enhanced-category-protocol = trạng thái giao thức chuyển thư
smtp-enhanced-category-content = trạng thái nội dung hoặc định dạng thư
smtp-enhanced-category-security = trạng thái bảo mật hoặc chính sách
smtp-enhanced-alias-success = thành công
smtp-enhanced-alias-persistent-transient = lỗi tạm thời kéo dài
smtp-enhanced-alias-permanent = lỗi vĩnh viễn

# Mã trạng thái mở rộng không tự là phản hồi: chúng đi kèm trong phản hồi cho các lệnh.
smtp-enhanced-fact-commands = Gửi kèm phản hồi cho
smtp-enhanced-compare-commands-same = Cả { $a } và { $b } đều được gửi kèm phản hồi cho { $commands }.
smtp-enhanced-compare-commands-different = { $a } được gửi kèm phản hồi cho { $a_commands }, còn { $b } được gửi kèm phản hồi cho { $b_commands }.
smtp-enhanced-family-description = Toàn bộ { $count } mã trạng thái mở rộng { $family }, xếp theo chủ đề (số ở giữa), mỗi mã đều có giải thích và so sánh với các mã còn lại.
