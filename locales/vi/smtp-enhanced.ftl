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

# Trang giải mã: các trường theo từng người nhận của báo cáo trạng thái gửi (RFC 3464 §2.3).
smtp-enhanced-decode-report = Báo cáo trạng thái gửi thư (DSN, RFC 3464)
smtp-enhanced-decode-field-original-recipient = người nhận ban đầu
smtp-enhanced-decode-field-original-recipient-meaning = Địa chỉ người nhận đúng như người gửi đã ghi, khi phong bì của thư có mang địa chỉ này.
smtp-enhanced-decode-field-final-recipient = người nhận cuối cùng
smtp-enhanced-decode-field-final-recipient-meaning = Người nhận mà nhóm trường này báo cáo: địa chỉ của họ như lúc máy chủ báo cáo nhận thư để chuyển cho họ.
smtp-enhanced-decode-field-action = hành động
smtp-enhanced-decode-field-action-meaning = Điều máy chủ báo cáo đã làm với thư đối với người nhận này.
smtp-enhanced-decode-field-action-failed = không thể chuyển thư đến người nhận; máy chủ báo cáo đã từ bỏ, và sẽ không có thông báo nào thêm
smtp-enhanced-decode-field-action-delayed = thư chưa được chuyển, và máy chủ báo cáo vẫn tiếp tục thử; có thể sẽ có thêm thông báo
smtp-enhanced-decode-field-action-delivered = thư đã được chuyển đến người nhận (không có nghĩa là thư đã được đọc); sẽ không có thông báo nào thêm
smtp-enhanced-decode-field-action-relayed = thư đã được chuyển tiếp sang một hệ thống không báo lại khi gửi thành công
smtp-enhanced-decode-field-action-expanded = thư đã được chuyển đến địa chỉ này và từ đó được chuyển tiếp đến nhiều địa chỉ khác; có thể sẽ có thêm thông báo
smtp-enhanced-decode-field-status = trạng thái
smtp-enhanced-decode-field-status-meaning = Mã trạng thái của việc gửi thư đến người nhận này: số đầu tiên cho biết gửi thành công (2), tạm thời thất bại (4) hay thất bại vĩnh viễn (5).
smtp-enhanced-decode-field-remote-mta = máy chủ ở xa
smtp-enhanced-decode-field-remote-mta-meaning = Máy chủ ở xa đã báo trạng thái cho máy chủ báo cáo; khi có trường này, thông tin chẩn đoán đến từ máy chủ đó.
smtp-enhanced-decode-field-diagnostic-code = chẩn đoán
smtp-enhanced-decode-field-diagnostic-code-meaning = Thông tin chẩn đoán do chính hệ thống chuyển thư đưa ra, sau loại của nó (smtp: một câu trả lời SMTP); thông tin này có thể chính xác hơn mã trạng thái.
smtp-enhanced-decode-field-last-attempt-date = lần thử cuối
smtp-enhanced-decode-field-last-attempt-date-meaning = Thời điểm máy chủ báo cáo thử chuyển tiếp hoặc chuyển thư lần cuối.
smtp-enhanced-decode-field-final-log-id = mã nhật ký cuối
smtp-enhanced-decode-field-final-log-id-meaning = Mã định danh mà máy chủ cuối cùng đặt cho thư, để tìm lần thử gửi trong nhật ký của máy chủ đó.
smtp-enhanced-decode-field-will-retry-until = thử lại đến
smtp-enhanced-decode-field-will-retry-until-meaning = Trong thông báo chậm trễ: thời điểm mà sau đó máy chủ báo cáo dự định từ bỏ.
smtp-enhanced-decode-paste = một báo cáo trạng thái gửi thư
smtp-enhanced-decode-example = trường trạng thái của báo cáo (“Status: 5.1.1”)
