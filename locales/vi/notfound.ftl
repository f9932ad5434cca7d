# Trang 404 (templates/404.html, static/notfound.js): những gợi ý cho một địa chỉ không tồn tại.
# Các từ trong ngoặc nhọn, như {code}, là chỗ trống mà script điền vào từ địa chỉ đã đọc.

not-found-address = Địa chỉ bạn đã mở:
not-found-meant = Có thể bạn đang tìm
not-found-compare = So sánh { $family } { $a } và { $b }
not-found-nearest = { $family }: không có mã { $code }. Đây là các mã gần nhất, không phải mã bạn tìm:
not-found-family = { $family }: tất cả các mã
not-found-search = Hoặc tìm mã:
