# Ô tìm kiếm ở đầu mỗi trang. Script của trình duyệt điền vào các từ trong ngoặc nhọn: số kết
# quả (n), và hai mã hoặc hai tiêu đề được so sánh (a, b).

search-label = Tìm mã
search-placeholder = Một mã, hai mã để so sánh, hoặc từ khóa…
search-help = Gõ một mã, hai mã để so sánh (452 và 552) hoặc từ khóa về ý nghĩa. Dùng phím mũi tên lên, xuống để chọn kết quả; nhấn Enter để mở.
search-found = {"{"}n{"}"} kết quả
search-found-one = 1 kết quả
search-none = Không có mã nào khớp.
search-kind-code = Mã
search-kind-compare = So sánh
search-compare = {"{"}a{"}"} và {"{"}b{"}"}
