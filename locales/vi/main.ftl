# Chuỗi giao diện của codeatlas (tiếng Việt). Thông điệp nào thiếu ở đây sẽ dùng bản tiếng Anh.

language-name = Tiếng Việt
site-name = codeatlas
skip-to-content = Chuyển đến nội dung
nav-home = Trang chủ
nav-language = Ngôn ngữ
nav-breadcrumbs = Đường dẫn
footer-about = codeatlas giải thích các mã phản hồi dựa trên RFC. Nội dung được đối chiếu với đúng mục RFC được trích dẫn.
footer-source = Mỗi nhận định đều dẫn mục RFC tương ứng.

home-title = codeatlas: giải thích, so sánh và dẫn nguồn các mã phản hồi
home-description = Một mã phản hồi SMTP có nghĩa là gì và khác mã kia ở điểm nào? Mỗi mã được giải thích theo RFC, kèm cách xử lý, và mọi cặp mã đều được so sánh.
home-heading = Mã phản hồi: giải thích và so sánh
home-intro = Tra một mã phản hồi gặp trong thư báo lỗi (bounce) hay trong log máy chủ: mã đó nghĩa là gì, khi nào xuất hiện, khắc phục thế nào và có nên gửi lại không. Mỗi cặp mã trong cùng một họ đều có trang so sánh riêng.
home-families = Các họ mã
home-family-count = { $count } mã

family-description = Toàn bộ { $count } mã { $family }, xếp theo lớp, mỗi mã đều có giải thích và so sánh với các mã còn lại.
family-intro = Chọn một mã để xem ý nghĩa, hoặc so sánh hai mã ngay từ trang của mã đó.
family-codes-in-class = { $label }: { $name }

code-title = { $family } { $code }: { $title }
code-heading = { $family } { $code }
code-facts = Thông tin chính
fact-code = Mã
fact-title = Ý nghĩa
fact-class = Lớp
fact-category = Nhóm
fact-outcome = Kết quả
fact-retry = Gửi lại
fact-commands = Trả về cho
fact-actors = Ai cần xử lý
fact-linked = Đi kèm với ({ $family })
fact-forms = Các dạng mã
fact-travels-with = Đi kèm với
fact-counterpart = Mã đối ứng
fact-defined-in = Định nghĩa tại
fact-none = không có
fact-no-command = không gắn với lệnh cụ thể

heading-description = Mô tả
heading-when = Khi bạn thấy mã này
heading-fix = Cách khắc phục
heading-fix-sender = Với người gửi
heading-fix-admin = Với quản trị viên máy chủ
heading-retry = Máy khách có nên gửi lại?
heading-practice = Trong thực tế
heading-differences = Sự khác biệt chính
heading-which = Khi nào dùng cái nào
heading-learn-more = Tìm hiểu thêm
heading-references = Tài liệu tham khảo
heading-related = Mã liên quan
heading-compare-with = So sánh { $code } với các mã khác
heading-related-comparisons = Các so sánh liên quan
fallback-note = Đoạn này chưa được dịch nên đang hiển thị bằng tiếng Anh.

compare-title = { $family } { $a } và { $b }: khác nhau thế nào?
compare-heading = { $family } { $a } và { $b }
compare-facts-caption = So sánh { $a } và { $b }
compare-description-of = { $code }: { $title }
compare-group-counterpart = Mã đối ứng tạm thời/vĩnh viễn
compare-group-related = Mã liên quan
compare-group-same-class = Cùng lớp
compare-group-other = Các mã khác
compare-read-page = Xem trang đầy đủ về mã { $code }

reference-rfc = RFC { $number }
reference-rfc-section = RFC { $number }, mục { $section }

list-separator = {", "}
list-or = { $init } hoặc { $last }
list-and = { $init } và { $last }

outcome-success = thành công
outcome-intermediate = đang tiếp diễn
outcome-transient = lỗi tạm thời
outcome-permanent = lỗi vĩnh viễn

retry-none = Không cần: yêu cầu đã thành công.
retry-continue = Tiếp tục: máy chủ đang chờ phần tiếp theo.
retry-later = Có: giữ thư lại và gửi lại sau.
retry-after-change = Không gửi lại y nguyên: cần thay đổi điều gì đó trước khi lặp lại yêu cầu.
retry-as-transient = Thường là không gửi lại y nguyên, nhưng coi là lỗi tạm thời trong trường hợp mà phần hướng dẫn gửi lại của mã này nêu.

actor-nobody = không ai
actor-client = phần mềm gửi thư
actor-sender = người gửi
actor-recipient = người nhận
actor-sender-admin = quản trị viên phía gửi
actor-server-admin = quản trị viên máy chủ nhận

command-connection = kết nối mới
command-end-of-data = phần kết thúc dữ liệu thư
command-any = bất kỳ lệnh nào
command-any-notably = { $any }, nhất là { $others }

# Câu so sánh. $a luôn là mã nhỏ hơn; các quy tắc chỉ điền dữ liệu vào đây.
compare-counterpart = { $first } là mã tạm thời tương ứng với { $second }: hai mã báo những tình trạng có liên quan, { $first } là tình trạng được cho là sẽ qua đi, còn { $second } thì không.
compare-class-same = Cả { $a } và { $b } đều là phản hồi { $name } ({ $label }).
compare-class-different = { $a } là phản hồi { $a_name } ({ $a_label }), còn { $b } là phản hồi { $b_name } ({ $b_label }).
compare-outcome-success-intermediate = { $first } báo một yêu cầu đã hoàn tất, còn { $second } yêu cầu máy khách tiếp tục gửi phần tiếp theo.
compare-outcome-success-transient = { $first } nghĩa là yêu cầu đã thành công; { $second } nghĩa là yêu cầu tạm thời thất bại và máy khách nên thử lại sau.
compare-outcome-success-permanent = { $first } nghĩa là yêu cầu đã thành công; { $second } nghĩa là yêu cầu thất bại, và gửi lại y nguyên nhiều khả năng vẫn thất bại.
compare-outcome-intermediate-transient = { $first } mời máy khách tiếp tục; { $second } tạm từ chối yêu cầu, cần thử lại sau.
compare-outcome-intermediate-permanent = { $first } mời máy khách tiếp tục; { $second } từ chối hẳn yêu cầu.
compare-outcome-transient-permanent = Khi nhận { $first }, máy khách giữ thư lại và thử gửi lại sau; khi nhận { $second }, máy khách không nên lặp lại y nguyên yêu cầu đó.
compare-retry-exception = Dù { $code } là phản hồi vĩnh viễn, có một trường hợp máy khách nên coi nó là lỗi tạm thời: xem phần hướng dẫn gửi lại bên dưới.
compare-commands-same = Cả { $a } và { $b } đều là phản hồi cho { $commands }.
compare-commands-different = { $a } là phản hồi cho { $a_commands }, còn { $b } là phản hồi cho { $b_commands }.
compare-category-different = { $a } thuộc nhóm { $a_name } ({ $a_label }), còn { $b } thuộc nhóm { $b_name } ({ $b_label }).
compare-classes-different = { $a } { $a_single ->
    [yes] chỉ được gửi dưới dạng
   *[other] có thể được gửi dưới dạng
} { $a_forms }, còn { $b } { $b_single ->
    [yes] chỉ được gửi dưới dạng
   *[other] có thể được gửi dưới dạng
} { $b_forms }.
compare-linked-different = { $a } thường đi kèm { $a_codes }, còn { $b } đi kèm { $b_codes }.
compare-linked-same = Cả { $a } và { $b } đều đi kèm { $codes }.
compare-actors-different = Chỉ { $a } cần { $a_only } xử lý; chỉ { $b } cần { $b_only } xử lý.
compare-actors-shared = Cả { $a } và { $b } đều cần { $shared } xử lý; chỉ { $a } cần thêm { $a_only }, và chỉ { $b } cần thêm { $b_only }.
compare-actors-extra = { $more } còn cần { $extra } xử lý, điều mà { $fewer } không cần.
compare-actors-nobody = { $quiet } không đòi hỏi ai phải làm gì, còn { $busy } cần { $actors } xử lý.
compare-detail-only = Các thông tin chính của { $a } và { $b } giống nhau; điều phân biệt hai mã là ý nghĩa của từng mã, được mô tả bên dưới.

which-success-intermediate = Không mã nào là lỗi: { $first } khép lại một bước, { $second } mở ra bước tiếp theo.
which-success-transient = Chỉ { $second } cần để ý, và thường chỉ cần kiên nhẫn: máy khách sẽ tự gửi lại.
which-success-permanent = Chỉ { $second } cần xử lý: phải thay đổi điều gì đó thì yêu cầu mới thành công.
which-intermediate-transient = { $first } là một bước bình thường của phiên làm việc; { $second } cần được thử lại sau.
which-intermediate-permanent = { $first } là một bước bình thường của phiên làm việc; { $second } đòi hỏi phải thay đổi gì đó thì yêu cầu mới thành công.
which-transient-permanent = Với { $first }, hãy chờ để máy khách tự gửi lại; với { $second }, phải thay đổi điều gì đó trước đã.
which-same-success = Cả hai đều báo thành công: không có gì cần sửa.
which-same-intermediate = Cả hai đều là các bước của một phiên làm việc bình thường: máy khách cứ tiếp tục.
which-same-transient = Cả hai đều là lỗi tạm thời: máy khách sẽ tự gửi lại; chỉ cần xử lý nếu lỗi kéo dài.
which-same-permanent = Cả hai đều là lỗi vĩnh viễn: gửi lại y nguyên không giúp được gì, vì vậy hãy xác định chính xác mình nhận được mã nào.
which-unclassified = Hãy xem mỗi mã đòi hỏi ai làm gì.
which-nobody = Khi nhận { $code }, không ai cần làm gì.
which-who = Ai cần xử lý { $code }: { $actors }.
which-exception = Riêng { $code } có một ngoại lệ: xem phần hướng dẫn gửi lại bên dưới.

search-label = Tìm mã
search-placeholder = 552, 5.2.2, hộp thư đầy…
search-found = {"{"}n{"}"} kết quả
search-none = Không có mã nào khớp.
picker-heading = So sánh hai mã: { $family }
picker-first = Mã thứ nhất
picker-second = Mã thứ hai
picker-button = So sánh
picker-same = Hãy chọn hai mã khác nhau.
picker-noscript = Trang của mỗi mã đều có liên kết tới các trang so sánh với những mã khác trong cùng họ.

not-found-title = Không tìm thấy trang
not-found-text = Không có trang nào ở địa chỉ này. Có thể mã được viết theo cách khác, hoặc liên kết bị hỏng.
not-found-home = Về trang chủ

redirect-moved = Trang này đã chuyển sang:
