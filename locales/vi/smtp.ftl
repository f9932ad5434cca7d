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

# Cách diễn đạt về thư của các trang SMTP (smtp-enhanced cũng dùng: `wording-from: smtp`).
smtp-fact-no-command = không gắn với lệnh cụ thể
smtp-heading-fix-sender = Với người gửi
smtp-heading-fix-admin = Với quản trị viên máy chủ
smtp-compare-group-counterpart = Mã đối ứng tạm thời/vĩnh viễn
smtp-retry-later = Có: giữ thư lại và gửi lại sau.
smtp-retry-as-transient = Thường là không gửi lại y nguyên, nhưng coi là lỗi tạm thời trong trường hợp mà phần hướng dẫn gửi lại của mã này nêu.
smtp-actor-client = phần mềm gửi thư
smtp-actor-sender = người gửi
smtp-actor-recipient = người nhận
smtp-actor-sender-admin = quản trị viên phía gửi
smtp-actor-server-admin = quản trị viên máy chủ nhận
smtp-command-connection = kết nối mới
smtp-command-end-of-data = phần kết thúc dữ liệu thư
smtp-command-any = bất kỳ lệnh nào
smtp-compare-counterpart = { $first } là mã tạm thời tương ứng với { $second }: hai mã báo những tình trạng có liên quan, { $first } là tình trạng được cho là sẽ qua đi, còn { $second } thì không.
smtp-compare-class-same = Cả { $a } và { $b } đều là phản hồi { $name } ({ $label }).
smtp-compare-class-different = { $a } là phản hồi { $a_name } ({ $a_label }), còn { $b } là phản hồi { $b_name } ({ $b_label }).
smtp-compare-outcome-success-intermediate = { $first } báo một yêu cầu đã hoàn tất, còn { $second } yêu cầu máy khách tiếp tục gửi phần tiếp theo.
smtp-compare-outcome-success-transient = { $first } nghĩa là yêu cầu đã thành công; { $second } nghĩa là yêu cầu tạm thời thất bại và máy khách nên thử lại sau.
smtp-compare-outcome-success-permanent = { $first } nghĩa là yêu cầu đã thành công; { $second } nghĩa là yêu cầu thất bại, và gửi lại y nguyên nhiều khả năng vẫn thất bại.
smtp-compare-outcome-intermediate-transient = { $first } mời máy khách tiếp tục; { $second } tạm từ chối yêu cầu, cần thử lại sau.
smtp-compare-outcome-intermediate-permanent = { $first } mời máy khách tiếp tục; { $second } từ chối hẳn yêu cầu.
smtp-compare-outcome-transient-permanent = Khi nhận { $first }, máy khách giữ thư lại và thử gửi lại sau; khi nhận { $second }, máy khách không nên lặp lại y nguyên yêu cầu đó.
smtp-compare-retry-exception-as-transient = Dù { $code } là phản hồi vĩnh viễn, có một trường hợp máy khách nên coi nó là lỗi tạm thời: xem phần hướng dẫn gửi lại bên dưới.
smtp-compare-commands-same = Cả { $a } và { $b } đều là phản hồi cho { $commands }.
smtp-compare-commands-different = { $a } là phản hồi cho { $a_commands }, còn { $b } là phản hồi cho { $b_commands }.
smtp-which-success-intermediate = Không mã nào là lỗi: { $first } khép lại một bước, { $second } mở ra bước tiếp theo.
smtp-which-success-transient = Chỉ { $second } cần để ý, và thường chỉ cần kiên nhẫn: máy khách sẽ tự gửi lại.
smtp-which-success-permanent = Chỉ { $second } cần xử lý: phải thay đổi điều gì đó thì yêu cầu mới thành công.
smtp-which-intermediate-transient = { $first } là một bước bình thường của phiên làm việc; { $second } cần được thử lại sau.
smtp-which-intermediate-permanent = { $first } là một bước bình thường của phiên làm việc; { $second } đòi hỏi phải thay đổi gì đó thì yêu cầu mới thành công.
smtp-which-transient-permanent = Với { $first }, hãy chờ để máy khách tự gửi lại; với { $second }, phải thay đổi điều gì đó trước đã.
smtp-which-same-success = Cả hai đều báo thành công: không có gì cần sửa.
smtp-which-same-intermediate = Cả hai đều là các bước của một phiên làm việc bình thường: máy khách cứ tiếp tục.
smtp-which-same-transient = Cả hai đều là lỗi tạm thời: máy khách sẽ tự gửi lại; chỉ cần xử lý nếu lỗi kéo dài.
smtp-which-same-permanent = Cả hai đều là lỗi vĩnh viễn: gửi lại y nguyên không giúp được gì, vì vậy hãy xác định chính xác mình nhận được mã nào.
smtp-retry-next-poll = Không cần ngay: không có gì đang chờ, nên máy khách chỉ hỏi lại ở lần kiểm tra định kỳ tiếp theo.
smtp-retry-only-after-change = Không gửi lại y nguyên: dù đây là phản hồi tạm thời, cùng yêu cầu đó vẫn thất bại cho đến khi có điều gì đó thay đổi.
smtp-compare-retry-exception-next-poll = Dù { $code } là phản hồi tạm thời, không có gì để thử lại: không có thư nào đang chờ, nên máy khách chỉ hỏi lại ở lần kiểm tra định kỳ tiếp theo.
smtp-compare-retry-exception-only-after-change = Dù { $code } là phản hồi tạm thời, lặp lại cùng yêu cầu đó vẫn thất bại cho đến khi một tên hoặc một cấu hình thay đổi: xem phần hướng dẫn gửi lại bên dưới.
smtp-which-exception-next-poll = Tuy vậy, sau { $code } không có gì để thử lại: máy khách chỉ hỏi lại ở lần kiểm tra định kỳ tiếp theo.
smtp-which-exception-only-after-change = Tuy vậy, sau { $code }, lặp lại cùng yêu cầu đó vẫn thất bại cho đến khi một tên hoặc một cấu hình thay đổi.
smtp-family-description = Toàn bộ { $count } mã { $family }, xếp theo lớp, mỗi mã đều có giải thích và so sánh với các mã còn lại.

# Trang giải mã: dán gì, và mã trả lời nằm ở đâu trong đó.
smtp-decode-paste = một thư báo lỗi gửi thư
smtp-decode-example = câu trả lời được trích sau “said:” (“550 5.1.1 …”)
