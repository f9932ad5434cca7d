# Trang giải mã: dán nhật ký hoặc báo cáo lỗi, xem giải thích từng mã trong đó.

nav-decode = Giải mã nhật ký
decode-title = Giải mã nhật ký hoặc báo cáo lỗi: giải thích từng mã trong đó
decode-description = Dán { $sources }: từng mã trong đó được giải thích ngay trong trình duyệt của bạn.
decode-heading = Giải mã nhật ký hoặc báo cáo lỗi
decode-intro = Dán { $sources }. Từng mã trong đó được giải thích bên dưới: ý nghĩa, có nên thử lại không, và ai cần xử lý.
decode-private = Việc giải mã diễn ra hoàn toàn trong trình duyệt của bạn: nội dung bạn dán không được gửi đi đâu cả.
decode-label = Văn bản cần giải mã
decode-button = Giải mã
decode-results = Kết quả
decode-noscript = Việc giải mã chạy trong trình duyệt và cần JavaScript. Nếu không có JavaScript, hãy tra mã bằng ô tìm kiếm hoặc trong danh sách mã.
decode-loading = Đang tải dữ liệu mã…
decode-failed = Không tải được dữ liệu mã nên chưa giải mã được gì. Hãy tải lại trang để thử lại.
decode-none = Không tìm thấy mã nào trong văn bản này. Hãy dán toàn bộ, gồm cả các dòng chứa mã.
decode-none-examples = Không tìm thấy mã nào trong văn bản này. Hãy dán toàn bộ, gồm cả các dòng chứa mã, chẳng hạn { $examples }.
decode-paste-any = một đoạn nhật ký
decode-found-one = Tìm thấy { $n } chỗ có mã: { $codes }.
decode-found-other = Tìm thấy { $n } chỗ có mã: { $codes }.
decode-more-one = Còn { $n } chỗ có mã khác không được hiển thị: hãy giải mã một đoạn ngắn hơn để xem.
decode-more-other = Còn { $n } chỗ có mã khác không được hiển thị: hãy giải mã một đoạn ngắn hơn để xem.
decode-repeated-one = Xuất hiện { $n } lần.
decode-repeated-other = Xuất hiện { $n } lần; hiển thị lần đầu tiên.
decode-line = Dòng { $line }
decode-lines = Dòng { $first }–{ $last }
decode-family = Họ mã
decode-compare = So sánh với các mã khác tìm thấy
decode-fields-heading = Ý nghĩa các trường của báo cáo
