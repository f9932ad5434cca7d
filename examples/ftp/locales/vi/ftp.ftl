# Họ mã FTP (RFC 959, mục 4.2).
family-ftp-name = Mã phản hồi FTP
ftp-class-positive-preliminary = sơ bộ tích cực
ftp-class-positive-completion = hoàn tất tích cực
ftp-class-positive-intermediate = trung gian tích cực
ftp-class-transient-negative = phủ định tạm thời
ftp-class-permanent-negative = phủ định vĩnh viễn
ftp-category-syntax = cú pháp
ftp-category-information = thông tin
ftp-category-connections = kết nối
ftp-category-authentication = xác thực và tính cước
ftp-category-unspecified = chưa quy định
ftp-category-file-system = hệ thống tệp
ftp-actor-user = người dùng
ftp-actor-client = phần mềm FTP phía máy khách
ftp-actor-server-admin = quản trị viên máy chủ
ftp-retry-wait = Chờ: sẽ có thêm một phản hồi cho cùng lệnh này.
ftp-command-connection = một kết nối điều khiển mới
ftp-command-any = bất kỳ lệnh nào

# Câu chữ có sẵn được viết lại cho các trang FTP: 220 là lời chào, không phải câu trả lời cho một yêu cầu.
ftp-retry-none = Không cần gửi lại: máy chủ sẵn sàng nhận lệnh tiếp theo.
ftp-outcome-success-meaning = máy chủ đã hoàn tất việc được yêu cầu và sẵn sàng nhận lệnh mới
# 3yz: máy khách cần gửi thêm một lệnh mang thông tin còn thiếu (RFC 959, mục 4.2).
ftp-outcome-intermediate-meaning = máy khách gửi thêm một lệnh mang thông tin còn thiếu
ftp-retry-continue = Tiếp tục: máy chủ đang chờ lệnh hoàn tất lệnh này.
# Trang giải mã: dán gì, và câu trả lời nằm ở đâu trong đó.
ftp-decode-paste = nhật ký một phiên FTP
ftp-decode-example = một câu trả lời ở đầu dòng (“550 Failed to open file.”)
