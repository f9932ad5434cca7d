# Chuỗi giao diện của codeatlas (tiếng Việt). Thông điệp nào thiếu ở đây sẽ dùng bản tiếng Anh.

language-name = Tiếng Việt
site-name = codeatlas
skip-to-content = Chuyển đến nội dung
nav-home = Trang chủ
nav-language = Ngôn ngữ
nav-breadcrumbs = Đường dẫn
footer-about = codeatlas giải thích các mã giao thức dựa trên tài liệu định nghĩa chúng, và dẫn mục tài liệu làm cơ sở cho mỗi trang.

home-title = codeatlas: giải thích, so sánh và dẫn nguồn các mã giao thức
home-description = Một mã có nghĩa là gì và khác mã kia ở điểm nào? { $families }: mỗi mã được giải thích theo nguồn gốc của nó, kèm cách xử lý, và mọi cặp mã đều được so sánh.
home-heading = Mã giao thức: giải thích và so sánh
home-intro = Tra một mã gặp trong log, trong thông báo lỗi hay trong phản hồi của máy chủ: mã đó nghĩa là gì, khi nào xuất hiện, khắc phục thế nào và có nên thử lại không. Mỗi cặp mã trong cùng một họ đều có trang so sánh riêng.
home-families = Các họ mã
home-family-count = { $count } mã

family-description = Toàn bộ { $count } mã { $family }, mỗi mã đều có giải thích và so sánh với các mã còn lại.
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
fact-no-command = không gắn với yêu cầu cụ thể

heading-description = Mô tả
heading-when = Khi bạn thấy mã này
heading-fix = Cách khắc phục
heading-fix-sender = Với phía máy khách
heading-fix-admin = Với người vận hành máy chủ
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
compare-group-counterpart = Mã đối ứng
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
outcome-preliminary = sơ bộ
outcome-redirect = chuyển hướng
outcome-preliminary-meaning = câu trả lời cuối cùng vẫn còn ở phía sau
outcome-success-meaning = yêu cầu đã thành công
outcome-intermediate-meaning = máy khách tiếp tục gửi phần tiếp theo
outcome-redirect-meaning = máy khách tìm thứ mình cần ở chỗ khác
outcome-transient-meaning = yêu cầu tạm thời thất bại, và cùng yêu cầu đó có thể thành công nếu thử lại sau
outcome-permanent-meaning = yêu cầu đã thất bại, và lặp lại y nguyên vẫn sẽ thất bại
compare-outcome = { $first } nghĩa là { $first_meaning }; { $second } nghĩa là { $second_meaning }.

retry-none = Không cần: yêu cầu đã thành công.
retry-continue = Tiếp tục: máy chủ đang chờ phần tiếp theo.
retry-later = Có: cùng yêu cầu đó có thể thành công nếu thử lại sau.
retry-after-change = Không gửi lại y nguyên: cần thay đổi điều gì đó trước khi lặp lại yêu cầu.

actor-nobody = không ai

command-any-notably = { $any }, nhất là { $others }

# Câu so sánh. $a luôn là mã nhỏ hơn; các quy tắc chỉ điền dữ liệu vào đây.
compare-counterpart = { $first } và { $second } là hai mã đối ứng: chúng báo những tình trạng có liên quan chặt chẽ với nhau.
compare-class-same = Cả { $a } và { $b } đều thuộc lớp { $label } ({ $name }).
compare-class-different = { $a } thuộc lớp { $a_label } ({ $a_name }), còn { $b } thuộc lớp { $b_label } ({ $b_name }).
compare-retry-exception = { $code } có hướng dẫn thử lại riêng, khác với điều mà kết quả của mã này gợi ý: xem bên dưới.
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
compare-property-different = { $property }: { $a }, { $a_values }; { $b }, { $b_values }.

which-no-failure = Cả { $a } và { $b } đều không báo lỗi: không có gì cần sửa.
which-both-retry = Cả { $a } và { $b } đều báo lỗi có thể tự hết: cùng yêu cầu đó có thể thành công nếu thử lại sau, nên chỉ cần xử lý nếu lỗi kéo dài.
which-both-change = Cả { $a } và { $b } đều là lỗi mà lặp lại y nguyên yêu cầu không khắc phục được: hãy xác định chính xác mình nhận được mã nào và thay đổi điều mà mã đó chỉ ra.
which-retry-change = Sau { $retry }, cùng yêu cầu đó có thể thành công nếu thử lại sau; sau { $change }, phải thay đổi điều gì đó trước đã.
which-one-failure-retry = Chỉ { $failed } báo lỗi, và cùng yêu cầu đó có thể thành công nếu thử lại sau.
which-one-failure-change = Chỉ { $failed } báo lỗi: phải thay đổi điều gì đó thì yêu cầu mới thành công.
which-unclassified = Hãy xem mỗi mã đòi hỏi ai làm gì.
which-nobody = Khi nhận { $code }, không ai cần làm gì.
which-who = Ai cần xử lý { $code }: { $actors }.
which-exception = Riêng { $code } có một ngoại lệ: xem phần hướng dẫn gửi lại bên dưới.

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
