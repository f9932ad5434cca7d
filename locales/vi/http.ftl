# Họ mã HTTP (RFC 9110 §15): lớp, kết quả, hướng dẫn gửi lại, người xử lý và cách diễn đạt riêng.

family-http-name = Mã trạng thái HTTP
http-class-informational = thông tin
http-class-successful = thành công
http-class-redirection = chuyển hướng
http-class-client-error = lỗi phía máy khách
http-class-server-error = lỗi phía máy chủ

http-outcome-informational = phản hồi tạm thời
http-outcome-client-error = lỗi phía máy khách
http-outcome-server-error = lỗi phía máy chủ
http-outcome-informational-meaning = phản hồi cuối cùng vẫn chưa tới
http-outcome-redirect-meaning = máy khách hoàn tất yêu cầu ở chỗ khác: tại URI trong Location, hoặc bằng bản đã lưu
http-outcome-client-error-meaning = máy chủ thấy yêu cầu có lỗi, và gửi lại y nguyên vẫn sẽ lỗi
http-outcome-server-error-meaning = máy chủ không thực hiện được yêu cầu, và cùng yêu cầu đó có thể thành công nếu thử lại sau

http-retry-interim = Không cần: phản hồi cuối cùng sẽ đến sau.
http-retry-continue = Tiếp tục: máy chủ đang chờ phần nội dung của yêu cầu.
http-retry-switched = Không cần: kết nối tiếp tục bằng giao thức mới.
http-retry-follow = Đi theo chuyển hướng: yêu cầu được hoàn tất tại URI trong Location.
http-retry-use-stored = Không cần: dùng bản đã lưu.
http-retry-later = Có thể: cùng yêu cầu đó có thể thành công về sau; chỉ tự động gửi lại nếu phương thức là idempotent.
http-retry-after-wait = Có, sau khi chờ: gửi lại yêu cầu khi đã hết khoảng thời gian trong Retry-After.
http-retry-retry-after = Có, nhưng để sau: chờ đúng khoảng mà Retry-After cho biết, nếu máy chủ có gửi.
http-retry-with-credentials = Có, khi có thông tin xác thực hợp lệ: xác thực theo yêu cầu của WWW-Authenticate rồi gửi lại yêu cầu.
http-retry-not-supported = Không gửi lại y nguyên: máy chủ không hỗ trợ điều mà yêu cầu đòi hỏi.

http-actor-end-user = người dùng cuối
http-actor-client-developer = lập trình viên phía máy khách
http-actor-server-operator = người vận hành máy chủ
http-actor-intermediary = người vận hành proxy, gateway hoặc CDN

http-command-any = mọi phương thức
http-fact-commands = Phương thức
http-fact-no-command = không gắn với phương thức cụ thể

http-compare-counterpart = { $first } và { $second } là hai mã đối ứng: chúng chuyển hướng theo cùng một cách, chỉ khác ở chỗ user agent có được đổi POST thành GET khi đi theo chuyển hướng hay không (301 và 302 cho phép, 307 và 308 thì không).
http-compare-commands-same = Cả { $a } và { $b } đều là phản hồi cho { $commands }.
http-compare-commands-different = { $a } là phản hồi cho { $a_commands }, còn { $b } là phản hồi cho { $b_commands }.
http-compare-retry-exception-after-wait = Dù { $code } là lỗi phía máy khách, cùng yêu cầu đó vẫn có thể thành công sau khi máy khách chờ: xem phần hướng dẫn gửi lại bên dưới.
http-compare-retry-exception-not-supported = Dù { $code } là lỗi phía máy chủ, gửi lại y nguyên cũng không giúp gì: máy chủ không hỗ trợ điều mà yêu cầu đòi hỏi.
http-which-same-informational = Cả hai đều là phản hồi tạm thời: phản hồi cuối cùng sẽ đến sau, và không có gì cần sửa.
http-which-same-success = Cả hai đều báo thành công: không có gì cần sửa.
http-which-same-redirect = Cả hai đều là chuyển hướng: máy khách hoàn tất yêu cầu ở chỗ khác, và không có gì cần sửa.
http-which-same-client-error = Cả hai đều là lỗi phía máy khách: gửi lại y nguyên không giúp gì, nên hãy xác định mình nhận được mã nào và sửa điều mà mã đó chỉ ra.
http-which-same-server-error = Cả hai đều là lỗi phía máy chủ: nguyên nhân nằm ở máy chủ, cùng yêu cầu đó có thể thành công về sau, và người vận hành máy chủ cần xử lý nếu lỗi kéo dài.
http-which-exception-after-wait = Tuy vậy, sau { $code }, cùng yêu cầu đó có thể thành công khi đã hết khoảng thời gian trong Retry-After.
http-which-exception-not-supported = Tuy vậy, sau { $code }, cùng yêu cầu đó vẫn thất bại cho tới khi phương thức hoặc máy chủ thay đổi.

http-family-description = Toàn bộ { $count } mã trạng thái { $family } trong sổ đăng ký IANA, xếp theo lớp, mỗi mã đều được giải thích và so sánh với các mã còn lại.
http-heading-fix-sender = Cho lập trình viên phía máy khách
http-heading-fix-admin = Cho người vận hành máy chủ
http-compare-group-counterpart = Mã đối ứng (cùng kiểu chuyển hướng, giữ hay đổi phương thức)
http-outcome-unused = không dùng
http-outcome-unused-meaning = mã này được đăng ký là không dùng, và không máy chủ nào nên gửi nó
http-retry-with-proxy-credentials = Có, khi có thông tin xác thực cho proxy: xác thực với proxy theo Proxy-Authenticate rồi gửi lại yêu cầu.
http-retry-after-network-login = Có, sau khi đăng nhập vào mạng: mở trang đăng nhập mà phản hồi trỏ tới, rồi gửi lại yêu cầu.
http-retry-repeat = Có: máy khách có thể gửi lại đúng yêu cầu đó trên một kết nối mới.
http-retry-other-connection = Có, trên kết nối khác: máy khách có thể gửi lại yêu cầu qua một kết nối tới đúng máy chủ.
http-retry-after-handshake = Có, sau bắt tay TLS: gửi lại yêu cầu khi quá trình bắt tay TLS (handshake) đã xong, không gửi dưới dạng early data.
http-retry-deprecated = Không đi theo: mã này đã bị loại bỏ (deprecated), và máy khách không dùng proxy mà nó chỉ tới.
http-retry-after-unlock = Có, khi khóa được gỡ hoặc khi gửi kèm lock token: cùng yêu cầu đó có thể thành công khi tài nguyên không còn bị khóa, hoặc khi yêu cầu mang token của khóa.
http-retry-user-repeats = Không tự động: tình trạng này là tạm thời, nhưng yêu cầu do người dùng thực hiện chỉ được gửi lại khi người dùng yêu cầu lần nữa (RFC 4918, mục 11.5).
http-compare-retry-exception-after-unlock = Dù { $code } là lỗi phía máy khách, cùng yêu cầu đó vẫn có thể thành công khi khóa trên tài nguyên được gỡ.
http-compare-retry-exception-user-repeats = Dù { $code } là lỗi tạm thời phía máy chủ, yêu cầu do người dùng thực hiện không được tự động gửi lại: chỉ gửi lại khi người dùng yêu cầu lần nữa.
http-which-exception-after-unlock = Tuy vậy, sau { $code }, cùng yêu cầu đó có thể thành công khi khóa được gỡ.
http-which-exception-user-repeats = Tuy vậy, sau { $code }, yêu cầu do người dùng thực hiện chỉ được gửi lại khi người dùng yêu cầu lần nữa.
http-retry-accepted = Đừng gửi lại: yêu cầu đã được nhận nhưng chưa được thực hiện xong; hãy theo dõi công việc theo cách phản hồi chỉ ra.
http-retry-per-resource = Chỉ những phần thất bại: body cho biết trạng thái của từng tài nguyên, và chỉ làm lại những phần thất bại sau khi đã xử lý nguyên nhân.
http-retry-choose = Không gửi lại y nguyên: chọn một trong các lựa chọn mà phản hồi liệt kê rồi yêu cầu lựa chọn đó.
http-retry-unused = Không cần: không máy chủ nào nên gửi mã này.
http-compare-retry-exception-repeat = Dù { $code } là lỗi phía máy khách, máy khách vẫn có thể gửi lại đúng yêu cầu đó trên một kết nối mới.
http-compare-retry-exception-other-connection = Dù { $code } là lỗi phía máy khách, cùng yêu cầu đó có thể thành công khi được gửi qua một kết nối khác.
http-compare-retry-exception-after-handshake = Dù { $code } là lỗi phía máy khách, cùng yêu cầu đó sẽ thành công khi được gửi sau bắt tay TLS thay vì dưới dạng early data.
http-which-exception-repeat = Tuy vậy, sau { $code }, máy khách chỉ cần gửi lại yêu cầu trên một kết nối mới.
http-which-exception-other-connection = Tuy vậy, sau { $code }, cùng yêu cầu đó có thể thành công qua một kết nối tới đúng máy chủ.
http-which-exception-after-handshake = Tuy vậy, sau { $code }, cùng yêu cầu đó sẽ thành công nếu chờ bắt tay TLS xong.
http-which-same-unused = Cả hai đều được đăng ký là không dùng: không máy chủ nào nên gửi chúng.

# Các thông tin ngoài phần dựng sẵn: header đi kèm mã, và việc lưu vào bộ nhớ đệm (cache).
http-property-headers = Header đi kèm
http-property-headers-none = không có header riêng
http-property-cacheable = Bộ nhớ đệm (cache)
http-property-cacheable-heuristic = mặc định được cache: bộ nhớ đệm được dùng lại phản hồi này kể cả khi không có thông tin rõ ràng về thời hạn (thời hạn ước lượng, RFC 9111, mục 4.2.2)
http-property-cacheable-explicit = chỉ được cache khi có thông tin rõ ràng về thời hạn (Cache-Control, Expires)
http-property-cacheable-never = không bao giờ được lưu: RFC định nghĩa mã này ghi rằng nó "MUST NOT be stored by a cache" (không được lưu vào cache)
http-property-cacheable-not-final = không bao giờ được cache: đây là phản hồi tạm thời
http-property-cacheable-freshens = không được lưu như một phản hồi: nó làm mới bản mà cache đã lưu (RFC 9111, mục 4.3.4)
http-compare-property-headers = { $a_has ->
        [none] { $a } không có header riêng
       *[some] { $a } đi kèm { $a_values }
    }; { $b_has ->
        [none] { $b } thì không có header riêng.
       *[some] { $b } đi kèm { $b_values }.
    }
http-compare-property-cacheable = { $a }: { $a_values }; { $b }: { $b_values }.

# Trang giải mã: dán gì, và mã trạng thái nằm ở đâu trong đó.
http-decode-paste = phần đầu của một phản hồi HTTP
http-decode-example = một dòng trạng thái (“HTTP/1.1 503 …”)
