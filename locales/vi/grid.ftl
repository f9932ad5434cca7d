# Lưới so sánh trên trang danh mục của một họ mã.
grid-heading = So sánh nhanh
grid-help = Chọn hai mã: trang so sánh hai mã đó sẽ mở ra.
grid-legend = Kết quả
grid-chosen = Đã chọn { $code }. Hãy chọn mã thứ hai để mở trang so sánh.
grid-no-pair = Hai mã này không có trang so sánh. Hãy chọn mã khác.
