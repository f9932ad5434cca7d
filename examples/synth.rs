//! Synthetic-site generator for benchmarks.
//!
//! ```text
//! cargo run --release --example synth -- --codes N --locales en,vi --out DIR
//! ```
//!
//! Writes a codeatlas site folder (`site.yaml`, `content/`, `locales/`) with N SMTP-style reply
//! codes whose texts are as long as those of the peer Hugo/Zola sites that
//! `../shared/bench/gen_peer_sites.py` writes, so that `codeatlas build --root DIR` and Hugo build
//! comparable page sets:
//!
//! - the same code list: for N ≤ 38 the same sample of the 38 real SMTP codes, beyond that all of
//!   them plus the same synthetic codes, in the same order (Python's `random` is reproduced
//!   exactly: Mersenne Twister, `shuffle` and `sample`);
//! - the same texts per code and locale: description, when, fix (a paragraph and a 3-item list)
//!   and notes (written to `practice`, with inline code); `en` and `vi`, and pseudo-locales
//!   beyond them (English text tagged `[de]`, like the peer's);
//! - plus what codeatlas needs and the peer site lacks: summary, action, commands, actors,
//!   counterpart (4yz ↔ 5yz) and related codes, so that the comparison rules fire realistically.
//!
//! `--locales` takes a list (`en,vi,de`) or a count (`3` = the peer's first three locales).
//! Locales other than `en` and `vi` get `locales/<lang>/*.ftl` copied from the repository's
//! English files (`--ftl-dir`). The output is deterministic. DIR must be absent, empty, or a
//! folder this generator wrote before (it then replaces `content/`, `locales/` and `site.yaml`).

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// The peer generator's locales, in its order, with the names shown in language switchers.
const ALL_LOCALES: [(&str, &str); 16] = [
    ("en", "English"),
    ("vi", "Tiếng Việt"),
    ("de", "Deutsch"),
    ("fr", "Français"),
    ("es", "Español"),
    ("pt", "Português"),
    ("it", "Italiano"),
    ("ja", "日本語"),
    ("ko", "한국어"),
    ("zh", "中文"),
    ("ru", "Русский"),
    ("pl", "Polski"),
    ("nl", "Nederlands"),
    ("sv", "Svenska"),
    ("tr", "Türkçe"),
    ("id", "Bahasa Indonesia"),
];

/// The file that marks a folder as written by this generator (so it may be replaced).
const MARKER: &str = ".codeatlas-synth";

/// The family folder (and URL segment) of the synthetic codes.
const FAMILY: &str = "smtp";

/// Most codes the peer generator can make (4 classes × 6 categories × 10 details).
const MAX_CODES: usize = 240;

// --------------------------------------------------------------------------------------------
// Real codes (the peer generator's table, plus the structured facts codeatlas uses)
// --------------------------------------------------------------------------------------------

/// One real SMTP reply code.
struct Real {
    code: &'static str,
    /// Short title (the peer's `short`).
    short: &'static str,
    /// Cause clause ("a client sends HELP …").
    cause: &'static str,
    /// One detail sentence.
    detail: &'static str,
    /// `RFC 5321`, `RFC 4954`, … or `non-standard`.
    reference: &'static str,
    /// Enhanced status codes commonly sent with it.
    enhanced: &'static str,
    /// Commands (or stages) that return it.
    commands: &'static [&'static str],
    /// Who has to act.
    actors: &'static [&'static str],
}

const REAL: [Real; 38] = [
    Real {
        code: "211",
        short: "System status, or system help reply",
        cause: "a client sends HELP or a status query and the server answers with a system status",
        detail: "Few servers implement it beyond a one-line answer, and its text is meant for humans rather than parsers.",
        reference: "RFC 5321",
        enhanced: "2.0.0",
        commands: &["HELP"],
        actors: &["nobody"],
    },
    Real {
        code: "214",
        short: "Help message",
        cause: "a client issues the HELP command, typically during manual testing with telnet or openssl s_client",
        detail: "The text usually lists the supported commands or points to the documentation of the server software.",
        reference: "RFC 5321",
        enhanced: "2.0.0",
        commands: &["HELP"],
        actors: &["nobody"],
    },
    Real {
        code: "220",
        short: "Service ready",
        cause: "a client opens a TCP connection and the server greets it with its banner",
        detail: "The greeting normally carries the host name and software of the server, and some anti-spam setups delay it on purpose to catch clients that talk too early.",
        reference: "RFC 5321",
        enhanced: "2.0.0",
        commands: &["connection", "STARTTLS"],
        actors: &["nobody"],
    },
    Real {
        code: "221",
        short: "Service closing transmission channel",
        cause: "a client sends QUIT and the server confirms that it will close the connection",
        detail: "It is the normal, polite end of a session and carries no error information.",
        reference: "RFC 5321",
        enhanced: "2.0.0",
        commands: &["QUIT"],
        actors: &["nobody"],
    },
    Real {
        code: "235",
        short: "Authentication successful",
        cause: "a client completes SMTP AUTH with valid credentials",
        detail: "After it the client may relay mail according to the permissions attached to the authenticated identity.",
        reference: "RFC 4954",
        enhanced: "2.7.0",
        commands: &["AUTH"],
        actors: &["nobody"],
    },
    Real {
        code: "250",
        short: "Requested mail action okay, completed",
        cause: "a command such as EHLO, MAIL FROM, RCPT TO or the end of DATA has been accepted",
        detail: "After the final dot of DATA it means the server has taken responsibility for the message, the moment the duty to deliver moves from sender to receiver.",
        reference: "RFC 5321",
        enhanced: "2.0.0, 2.1.5, 2.6.0",
        commands: &["EHLO", "MAIL FROM", "RCPT TO", "end-of-data"],
        actors: &["nobody"],
    },
    Real {
        code: "251",
        short: "User not local; will forward",
        cause: "the recipient is not hosted on the server but the server knows where to forward the message",
        detail: "Modern servers rarely emit it, because forwarding is usually configured silently.",
        reference: "RFC 5321",
        enhanced: "2.1.5",
        commands: &["RCPT TO"],
        actors: &["nobody"],
    },
    Real {
        code: "252",
        short: "Cannot verify the user, but will accept the message and attempt delivery",
        cause: "a client uses VRFY on a server that refuses to disclose whether a mailbox exists",
        detail: "Servers answer VRFY this way to avoid helping address harvesters while still not rejecting legitimate mail.",
        reference: "RFC 5321",
        enhanced: "2.0.0",
        commands: &["VRFY"],
        actors: &["nobody"],
    },
    Real {
        code: "253",
        short: "OK, pending messages for node started",
        cause: "a client sends ETRN and the server starts flushing its queue for that domain",
        detail: "It belongs to the ETRN extension used by intermittently connected mail hosts.",
        reference: "RFC 1985",
        enhanced: "2.0.0",
        commands: &["ETRN"],
        actors: &["nobody"],
    },
    Real {
        code: "334",
        short: "Server challenge for authentication",
        cause: "a client starts SMTP AUTH and the server sends a base64-encoded challenge",
        detail: "The client must answer on the next line, and an empty challenge is normal for the PLAIN and LOGIN mechanisms.",
        reference: "RFC 4954",
        enhanced: "none",
        commands: &["AUTH"],
        actors: &["client"],
    },
    Real {
        code: "354",
        short: "Start mail input; end with a line containing only a dot",
        cause: "a client sends DATA after at least one accepted recipient",
        detail: "The client then streams the headers and the body and finishes with a line that contains a single dot.",
        reference: "RFC 5321",
        enhanced: "none",
        commands: &["DATA"],
        actors: &["client"],
    },
    Real {
        code: "421",
        short: "Service not available, closing transmission channel",
        cause: "the server is shutting down, overloaded or rate-limiting the connecting host",
        detail: "Large providers use it to throttle senders whose volume or reputation looks unusual.",
        reference: "RFC 5321",
        enhanced: "4.3.2, 4.7.0",
        commands: &["connection", "any"],
        actors: &["client", "sender-admin"],
    },
    Real {
        code: "422",
        short: "Recipient mailbox has exceeded its storage limit",
        cause: "the mailbox of the recipient is temporarily over quota on a server that uses this non-standard code",
        detail: "It is not defined in RFC 5321, and most servers use 452 with the enhanced code 4.2.2 instead.",
        reference: "non-standard",
        enhanced: "4.2.2",
        commands: &["RCPT TO", "end-of-data"],
        actors: &["recipient"],
    },
    Real {
        code: "432",
        short: "A password transition is needed",
        cause: "the account must change its password or credential format before AUTH can succeed",
        detail: "It is rare in practice and mostly seen on legacy enterprise servers.",
        reference: "RFC 4954",
        enhanced: "4.7.12",
        commands: &["AUTH"],
        actors: &["sender"],
    },
    Real {
        code: "450",
        short: "Requested mail action not taken: mailbox unavailable",
        cause: "the mailbox is temporarily busy or locked, or the server applies greylisting",
        detail: "Greylisting deliberately rejects the first attempt from an unknown sender and accepts the retry a few minutes later.",
        reference: "RFC 5321",
        enhanced: "4.2.0, 4.7.1",
        commands: &["MAIL FROM", "RCPT TO"],
        actors: &["client"],
    },
    Real {
        code: "451",
        short: "Requested action aborted: local error in processing",
        cause: "the receiving server hit an internal problem such as a failed DNS lookup, a full spool or an unavailable content scanner",
        detail: "It is also used for greylisting and for policy checks such as SPF or DMARC lookups that timed out.",
        reference: "RFC 5321",
        enhanced: "4.3.0, 4.4.3",
        commands: &["MAIL FROM", "RCPT TO", "end-of-data"],
        actors: &["client", "server-admin"],
    },
    Real {
        code: "452",
        short: "Requested action not taken: insufficient system storage",
        cause: "the server is short of disk space or the message has too many recipients for one transaction",
        detail: "After RCPT TO it often means the per-message recipient limit was reached, and the client should send the rest in another transaction.",
        reference: "RFC 5321",
        enhanced: "4.3.1, 4.5.3",
        commands: &["MAIL FROM", "RCPT TO", "end-of-data"],
        actors: &["client", "server-admin"],
    },
    Real {
        code: "454",
        short: "Temporary authentication failure",
        cause: "the authentication backend is unreachable or TLS is not available right now",
        detail: "Clients should retry later rather than treat the credentials as wrong.",
        reference: "RFC 4954",
        enhanced: "4.7.0",
        commands: &["AUTH", "STARTTLS"],
        actors: &["server-admin"],
    },
    Real {
        code: "455",
        short: "Server unable to accommodate parameters",
        cause: "the server cannot handle the MAIL FROM or RCPT TO parameters at the moment",
        detail: "It is the temporary twin of 555.",
        reference: "RFC 5321",
        enhanced: "4.3.0",
        commands: &["MAIL FROM", "RCPT TO"],
        actors: &["client"],
    },
    Real {
        code: "458",
        short: "Unable to queue messages for node",
        cause: "an ETRN request cannot be honoured because the queue for that node is unavailable",
        detail: "It belongs to the ETRN extension and only matters for hosts that dial in to collect mail.",
        reference: "RFC 1985",
        enhanced: "4.0.0",
        commands: &["ETRN"],
        actors: &["server-admin"],
    },
    Real {
        code: "459",
        short: "Node not allowed",
        cause: "an ETRN request names a node the client is not permitted to flush",
        detail: "Servers use it to stop one customer from triggering delivery of the queue of another.",
        reference: "RFC 1985",
        enhanced: "4.0.0",
        commands: &["ETRN"],
        actors: &["sender-admin"],
    },
    Real {
        code: "500",
        short: "Syntax error, command unrecognized",
        cause: "the server does not recognise the command, often because of a typo, a pipelining bug or a line that is too long",
        detail: "It also appears when a client speaks HTTP or TLS to a plain SMTP port.",
        reference: "RFC 5321",
        enhanced: "5.5.1, 5.5.2",
        commands: &["any"],
        actors: &["sender-admin"],
    },
    Real {
        code: "501",
        short: "Syntax error in parameters or arguments",
        cause: "a command is known but its arguments are malformed, such as an address without angle brackets or an invalid EHLO name",
        detail: "Strict servers reject addresses with spaces or a missing domain part here instead of after DATA.",
        reference: "RFC 5321",
        enhanced: "5.5.4, 5.1.7",
        commands: &["any"],
        actors: &["sender", "sender-admin"],
    },
    Real {
        code: "502",
        short: "Command not implemented",
        cause: "the command is valid SMTP but this server does not support it, for example VRFY, EXPN or TURN",
        detail: "Clients should check the EHLO response before using optional commands.",
        reference: "RFC 5321",
        enhanced: "5.5.1",
        commands: &["any"],
        actors: &["sender-admin"],
    },
    Real {
        code: "503",
        short: "Bad sequence of commands",
        cause: "commands arrive in the wrong order, such as RCPT TO before MAIL FROM or DATA with no valid recipients",
        detail: "It often hides an earlier failure: a rejected MAIL FROM makes the following RCPT TO fail with 503.",
        reference: "RFC 5321",
        enhanced: "5.5.1",
        commands: &["any"],
        actors: &["sender-admin"],
    },
    Real {
        code: "504",
        short: "Command parameter not implemented",
        cause: "a command uses a parameter the server does not support, such as an unknown AUTH mechanism",
        detail: "The fix is almost always on the client side, in its configuration of mechanisms or extensions.",
        reference: "RFC 5321",
        enhanced: "5.5.4",
        commands: &["any"],
        actors: &["sender-admin"],
    },
    Real {
        code: "521",
        short: "Host does not accept mail",
        cause: "the host is configured never to receive email, as announced by a null MX or a dedicated rejecting server",
        detail: "Sending servers should not retry, because the refusal is a deliberate and lasting policy.",
        reference: "RFC 7504",
        enhanced: "5.3.2",
        commands: &["connection"],
        actors: &["sender"],
    },
    Real {
        code: "530",
        short: "Authentication required",
        cause: "the server requires SMTP AUTH, or STARTTLS first, before it accepts mail from this client",
        detail: "Submission servers on port 587 send it to clients that forgot to log in.",
        reference: "RFC 4954",
        enhanced: "5.7.0",
        commands: &["MAIL FROM", "any"],
        actors: &["sender"],
    },
    Real {
        code: "534",
        short: "Authentication mechanism is too weak",
        cause: "the chosen AUTH mechanism is below the policy of the server, for example PLAIN without TLS",
        detail: "Some providers also use it to demand OAuth instead of passwords.",
        reference: "RFC 4954",
        enhanced: "5.7.9",
        commands: &["AUTH"],
        actors: &["sender-admin"],
    },
    Real {
        code: "535",
        short: "Authentication credentials invalid",
        cause: "the username or password is wrong, or the account requires an app-specific password",
        detail: "Repeated 535 answers can trigger a temporary lockout of the account or of the client address.",
        reference: "RFC 4954",
        enhanced: "5.7.8",
        commands: &["AUTH"],
        actors: &["sender"],
    },
    Real {
        code: "538",
        short: "Encryption required for requested authentication mechanism",
        cause: "the client tries a plaintext AUTH mechanism before STARTTLS",
        detail: "Enabling STARTTLS or implicit TLS on the client usually resolves it at once.",
        reference: "RFC 4954",
        enhanced: "5.7.11",
        commands: &["AUTH"],
        actors: &["sender-admin"],
    },
    Real {
        code: "550",
        short: "Requested action not taken: mailbox unavailable",
        cause: "the mailbox does not exist or is disabled, or policy rejects the message, for example because of spam filtering or a blocklist",
        detail: "It is the most common permanent bounce, and the enhanced status code is the best clue to the real reason.",
        reference: "RFC 5321",
        enhanced: "5.1.1, 5.7.1",
        commands: &["MAIL FROM", "RCPT TO", "end-of-data"],
        actors: &["sender"],
    },
    Real {
        code: "551",
        short: "User not local; please try another path",
        cause: "the recipient is not hosted here and the server will not forward, sometimes suggesting another address",
        detail: "Open relays used to return it, but today it is seldom seen outside old software.",
        reference: "RFC 5321",
        enhanced: "5.1.6",
        commands: &["RCPT TO"],
        actors: &["sender"],
    },
    Real {
        code: "552",
        short: "Requested mail action aborted: exceeded storage allocation",
        cause: "the mailbox of the recipient is over quota or the message is larger than the server accepts",
        detail: "Some servers send it for full mailboxes even though the condition may be temporary, so senders see a permanent bounce for a passing problem.",
        reference: "RFC 5321",
        enhanced: "5.2.2, 5.3.4",
        commands: &["MAIL FROM", "RCPT TO", "end-of-data"],
        actors: &["sender", "recipient", "server-admin"],
    },
    Real {
        code: "553",
        short: "Requested action not taken: mailbox name not allowed",
        cause: "the address is syntactically invalid or the sender is not allowed to use that address",
        detail: "Submission servers use it when the MAIL FROM address does not belong to the authenticated user.",
        reference: "RFC 5321",
        enhanced: "5.1.3, 5.7.1",
        commands: &["MAIL FROM", "RCPT TO"],
        actors: &["sender"],
    },
    Real {
        code: "554",
        short: "Transaction failed",
        cause: "the transaction is rejected as a whole, usually by content or reputation filtering, or the server refuses to offer SMTP service at all",
        detail: "As a greeting it means no SMTP service here; after DATA it usually means the content was judged to be spam or malware.",
        reference: "RFC 5321",
        enhanced: "5.7.1, 5.6.0",
        commands: &["connection", "end-of-data"],
        actors: &["sender", "sender-admin"],
    },
    Real {
        code: "555",
        short: "MAIL FROM or RCPT TO parameters not recognized or not implemented",
        cause: "the client passes an extension parameter such as SIZE or SMTPUTF8 that the server did not advertise",
        detail: "Clients should only send parameters for extensions listed in the EHLO response.",
        reference: "RFC 5321",
        enhanced: "5.5.4",
        commands: &["MAIL FROM", "RCPT TO"],
        actors: &["sender-admin"],
    },
    Real {
        code: "556",
        short: "Domain does not accept mail",
        cause: "the recipient domain publishes a null MX and therefore never accepts email",
        detail: "It lets a domain that only sends mail say so clearly instead of letting messages time out.",
        reference: "RFC 7504",
        enhanced: "5.1.10",
        commands: &["RCPT TO"],
        actors: &["sender"],
    },
];

// --------------------------------------------------------------------------------------------
// Per-language text (the peer generator's tables; pseudo-locales use English)
// --------------------------------------------------------------------------------------------

/// The sentence parts of one base language. Indices: class 2..=5 → 0..=3, category 0..=5.
struct Lang {
    class: [&'static str; 4],
    act: [&'static str; 4],
    meaning: [&'static str; 4],
    category: [&'static str; 6],
    cause: [&'static str; 6],
    syn_short: [&'static str; 4],
    syn_detail: &'static str,
    /// How a real code's English detail sentence is introduced (`Chi tiết: `).
    real_detail: &'static str,
    desc: &'static str,
    desc_tail: [&'static str; 3],
    when: &'static str,
    when_tail: [&'static str; 4],
    fix_intro: [&'static str; 4],
    fix_steps: [[&'static str; 3]; 6],
    notes: &'static str,
    summary: &'static str,
    retry_552: &'static str,
    family_name: &'static str,
}

const EN: Lang = Lang {
    class: [
        "positive completion",
        "positive intermediate",
        "transient negative completion",
        "permanent negative completion",
    ],
    act: [
        "continue with the next command",
        "send the additional input the server asked for",
        "keep the message queued and retry later",
        "stop and return a bounce to the sender",
    ],
    meaning: [
        "the requested action was completed",
        "the command was accepted but the server needs more input before it can finish",
        "the action failed for now and may succeed if the client retries later",
        "the action failed and repeating it unchanged will fail again",
    ],
    category: [
        "syntax",
        "information",
        "connections",
        "authentication",
        "unspecified",
        "mail system",
    ],
    cause: [
        "the server could not parse a command or its arguments the way it expected",
        "the client asked for information such as help or status and the server answers with site-specific details",
        "something about the connection itself, such as TLS, rate limits or the connecting address, affects the session",
        "authentication or another site-specific precondition has not been met",
        "a local, site-specific rule applies to this transaction",
        "the state of the mailbox or of the mail system decides whether the message can be accepted",
    ],
    syn_short: [
        "Site-specific {cat} success",
        "Site-specific {cat} continuation",
        "Site-specific transient {cat} condition",
        "Site-specific permanent {cat} failure",
    ],
    syn_detail: "Code {code} is not assigned by RFC 5321, so its exact meaning depends on the server software; read the text that follows the code and the enhanced status code for the details.",
    real_detail: "",
    desc: "{code} means \u{201c}{short}\u{201d}. It is a {klass} reply in the {category} category, which tells the client that {meaning}. {detail} {tail}",
    desc_tail: [
        "The text after the code is free-form, so two servers can word the same condition very differently.",
        "Automated tools should rely on the numeric code and the enhanced status code rather than on the wording.",
        "Logs on both sides of the connection record it together with the command that triggered it.",
    ],
    when: "You usually see {code} when {cause}. {tail} It shows up in the SMTP session transcript, in the logs of the sending server and, for failures, in the bounce message the sender receives.",
    when_tail: [
        "Clients treat it as success and move on without involving the user.",
        "The client has to send more data before the server gives a final answer.",
        "A well-behaved client keeps the message queued and retries with growing delays, often for several days.",
        "The sending server must not retry the same transaction unchanged; it generates a delivery status notification for the sender instead.",
    ],
    fix_intro: [
        "No fix is needed, because {code} reports progress rather than a problem. If you are debugging a session anyway, these checks help:",
        "No fix is needed, because {code} only asks the client to continue. If a session stalls right after it, check the following:",
        "Because {code} is temporary, the first remedy is patience: most causes clear up within minutes or hours. If it keeps coming back:",
        "A permanent failure needs a change before anyone retries, otherwise the next attempt fails the same way. Work through these steps:",
    ],
    fix_steps: [
        [
            "Capture the exact command line the client sent, including spaces and angle brackets.",
            "Compare it with the grammar in RFC 5321 and with the extensions listed in the EHLO response.",
            "Update or reconfigure the client library if it produces non-standard syntax.",
        ],
        [
            "Run the same query by hand with openssl s_client to see the full multi-line answer.",
            "Check whether the server hides details on purpose for unauthenticated clients.",
            "Consult the documentation of the server software for site-specific text.",
        ],
        [
            "Check the TLS settings on both sides and make sure certificates are valid and not expired.",
            "Look for rate limits or blocklist entries for the sending IP address.",
            "Spread the sending volume over more time or more connections that the receiver accepts.",
        ],
        [
            "Verify the username, the password and the authentication mechanism the client uses.",
            "Make sure STARTTLS or implicit TLS is active before credentials are sent.",
            "Check whether the provider requires an app-specific password or OAuth.",
        ],
        [
            "Read the text after the code and the enhanced status code, since the rule is site-specific.",
            "Search the logs of the receiving server for the matching transaction.",
            "Contact the postmaster of the receiving domain if the rule seems wrong.",
        ],
        [
            "Confirm that the recipient address exists and is spelled correctly.",
            "Check quota, message size and the reputation of the sending domain and IP address.",
            "Review SPF, DKIM and DMARC alignment, since many policy rejections start there.",
        ],
    ],
    notes: "Reference: {ref}. Enhanced status codes commonly sent with it: `{enh}`. In a session transcript it appears as `{code} ` followed by text, or as `{code}-` on every line but the last of a multi-line reply.",
    summary: "A {klass} reply: {meaning}.",
    retry_552: "Treat a 552 to `RCPT TO` (too many recipients) as temporary, like a 452, and send the remaining recipients in a later transaction (RFC 5321, section 4.5.3.1.10). For size and quota failures, do not repeat the request unchanged.",
    family_name: "SMTP reply codes",
};

const VI: Lang = Lang {
    class: [
        "hoàn tất tích cực",
        "trung gian tích cực",
        "phủ định tạm thời",
        "phủ định vĩnh viễn",
    ],
    act: [
        "tiếp tục với lệnh tiếp theo",
        "gửi thêm dữ liệu mà máy chủ yêu cầu",
        "giữ thư trong hàng đợi và thử lại sau",
        "dừng lại và gửi thư báo lỗi cho người gửi",
    ],
    meaning: [
        "hành động được yêu cầu đã hoàn tất",
        "lệnh đã được chấp nhận nhưng máy chủ cần thêm dữ liệu trước khi hoàn tất",
        "hành động tạm thời thất bại và có thể thành công nếu máy khách thử lại sau",
        "hành động thất bại và lặp lại y nguyên sẽ vẫn thất bại",
    ],
    category: [
        "cú pháp",
        "thông tin",
        "kết nối",
        "xác thực",
        "không xác định",
        "hệ thống thư",
    ],
    cause: [
        "máy chủ không phân tích được lệnh hoặc tham số theo cách nó mong đợi",
        "máy khách yêu cầu thông tin như trợ giúp hoặc trạng thái và máy chủ trả lời bằng chi tiết riêng của hệ thống",
        "có vấn đề ở chính kết nối, chẳng hạn TLS, giới hạn tốc độ hoặc địa chỉ đang kết nối",
        "chưa đáp ứng yêu cầu xác thực hoặc một điều kiện tiên quyết khác của máy chủ",
        "một quy tắc cục bộ riêng của máy chủ được áp dụng cho giao dịch này",
        "trạng thái của hộp thư hoặc của hệ thống thư quyết định thư có được chấp nhận hay không",
    ],
    // The peer site keeps the short titles in English in every locale.
    syn_short: EN.syn_short,
    syn_detail: "Mã {code} không được RFC 5321 định nghĩa, nên ý nghĩa cụ thể phụ thuộc vào phần mềm máy chủ; hãy đọc dòng chữ đi sau mã và mã trạng thái mở rộng để biết chi tiết.",
    real_detail: "Chi tiết: ",
    desc: "Mã {code} nghĩa là \u{201c}{short}\u{201d}. Đây là phản hồi {klass} thuộc nhóm {category}, cho máy khách biết rằng {meaning}. {detail} {tail}",
    desc_tail: [
        "Phần chữ sau mã là tự do, nên hai máy chủ có thể diễn đạt cùng một tình trạng rất khác nhau.",
        "Các công cụ tự động nên dựa vào mã số và mã trạng thái mở rộng thay vì câu chữ.",
        "Nhật ký ở cả hai phía của kết nối ghi lại mã này cùng với lệnh đã gây ra nó.",
    ],
    when: "Bạn thường gặp {code} khi {cause}. {tail} Mã này xuất hiện trong bản ghi phiên SMTP, trong nhật ký của máy chủ gửi và, khi có lỗi, trong thư báo lỗi mà người gửi nhận được.",
    when_tail: [
        "Máy khách coi đây là thành công và tiếp tục mà không cần người dùng can thiệp.",
        "Máy khách phải gửi thêm dữ liệu trước khi máy chủ đưa ra câu trả lời cuối cùng.",
        "Một máy khách tốt sẽ giữ thư trong hàng đợi và thử lại với khoảng chờ tăng dần, thường trong vài ngày.",
        "Máy chủ gửi không được thử lại giao dịch y nguyên; thay vào đó nó tạo thư thông báo trạng thái gửi cho người gửi.",
    ],
    fix_intro: [
        "Không cần khắc phục gì, vì {code} báo tiến trình chứ không phải lỗi. Nếu bạn vẫn đang gỡ lỗi một phiên, các bước sau sẽ giúp:",
        "Không cần khắc phục gì, vì {code} chỉ yêu cầu máy khách tiếp tục. Nếu phiên bị treo ngay sau đó, hãy kiểm tra:",
        "Vì {code} là tạm thời, cách đầu tiên là kiên nhẫn: phần lớn nguyên nhân tự hết sau vài phút hoặc vài giờ. Nếu nó lặp lại:",
        "Lỗi vĩnh viễn cần được sửa trước khi thử lại, nếu không lần sau sẽ thất bại y như vậy. Hãy làm theo các bước sau:",
    ],
    fix_steps: [
        [
            "Ghi lại chính xác dòng lệnh mà máy khách đã gửi, kể cả khoảng trắng và dấu ngoặc nhọn.",
            "So sánh nó với ngữ pháp trong RFC 5321 và với các phần mở rộng trong phản hồi EHLO.",
            "Cập nhật hoặc cấu hình lại thư viện máy khách nếu nó tạo ra cú pháp không chuẩn.",
        ],
        [
            "Chạy lại cùng truy vấn bằng openssl s_client để xem toàn bộ câu trả lời nhiều dòng.",
            "Kiểm tra xem máy chủ có cố ý ẩn chi tiết với máy khách chưa xác thực hay không.",
            "Tham khảo tài liệu của phần mềm máy chủ để hiểu phần chữ riêng của hệ thống.",
        ],
        [
            "Kiểm tra cấu hình TLS ở cả hai phía và bảo đảm chứng chỉ hợp lệ, chưa hết hạn.",
            "Tìm giới hạn tốc độ hoặc danh sách chặn đối với địa chỉ IP gửi.",
            "Dàn trải lượng thư gửi trong thời gian dài hơn hoặc qua nhiều kết nối hơn mà bên nhận chấp nhận.",
        ],
        [
            "Kiểm tra tên đăng nhập, mật khẩu và cơ chế xác thực mà máy khách dùng.",
            "Bảo đảm STARTTLS hoặc TLS ngầm định đã bật trước khi gửi thông tin đăng nhập.",
            "Kiểm tra xem nhà cung cấp có yêu cầu mật khẩu ứng dụng hoặc OAuth hay không.",
        ],
        [
            "Đọc phần chữ sau mã và mã trạng thái mở rộng, vì quy tắc này là riêng của hệ thống.",
            "Tìm giao dịch tương ứng trong nhật ký của máy chủ nhận.",
            "Liên hệ quản trị thư của tên miền nhận nếu quy tắc có vẻ sai.",
        ],
        [
            "Xác nhận địa chỉ người nhận tồn tại và được viết đúng.",
            "Kiểm tra hạn mức, kích thước thư và uy tín của tên miền cũng như địa chỉ IP gửi.",
            "Xem lại sự khớp nhau của SPF, DKIM và DMARC, vì nhiều lần từ chối theo chính sách bắt đầu từ đó.",
        ],
    ],
    notes: "Tham chiếu: {ref}. Mã trạng thái mở rộng thường đi kèm: `{enh}`. Trong bản ghi phiên, nó xuất hiện dưới dạng `{code} ` kèm chữ, hoặc `{code}-` ở mọi dòng trừ dòng cuối của phản hồi nhiều dòng.",
    summary: "Phản hồi {klass}: {meaning}.",
    retry_552: "Nếu 552 trả lời `RCPT TO` vì quá nhiều người nhận, hãy coi nó là lỗi tạm thời như 452 và gửi cho số người nhận còn lại trong một giao dịch sau (RFC 5321, mục 4.5.3.1.10). Với lỗi kích thước hay hạn mức, đừng lặp lại y nguyên yêu cầu.",
    family_name: "Mã phản hồi SMTP",
};

/// Family keys of the classes (2..=5) and categories (0..=5), as in the family file.
const CLASS_KEYS: [(&str, &str, &str); 4] = [
    ("positive-completion", "success", "none"),
    ("positive-intermediate", "intermediate", "continue"),
    ("transient-negative", "transient", "later"),
    ("permanent-negative", "permanent", "after-change"),
];
const CATEGORY_KEYS: [&str; 6] = [
    "syntax",
    "information",
    "connections",
    "authentication",
    "unspecified",
    "mail-system",
];

// --------------------------------------------------------------------------------------------
// Python's `random`, reproduced so that the code list is the peer generator's
// --------------------------------------------------------------------------------------------

/// `MT19937` seeded like `CPython`'s `random.Random(int)`, with its `_randbelow`.
struct PyRandom {
    mt: [u32; 624],
    index: usize,
}

impl PyRandom {
    fn new(seed: u32) -> PyRandom {
        let mut mt = [0u32; 624];
        mt[0] = 19_650_218;
        for i in 1..624 {
            let prev = mt[i - 1];
            mt[i] = 1_812_433_253u32
                .wrapping_mul(prev ^ (prev >> 30))
                .wrapping_add(i as u32);
        }
        // init_by_array with the key [seed] (CPython splits an int seed into 32-bit words).
        let (mut i, mut k) = (1usize, 624usize);
        while k > 0 {
            let prev = mt[i - 1];
            mt[i] = (mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_664_525)).wrapping_add(seed);
            i += 1;
            if i >= 624 {
                mt[0] = mt[623];
                i = 1;
            }
            k -= 1;
        }
        k = 623;
        while k > 0 {
            let prev = mt[i - 1];
            mt[i] =
                (mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_566_083_941)).wrapping_sub(i as u32);
            i += 1;
            if i >= 624 {
                mt[0] = mt[623];
                i = 1;
            }
            k -= 1;
        }
        mt[0] = 0x8000_0000;
        PyRandom { mt, index: 624 }
    }

    fn next_u32(&mut self) -> u32 {
        if self.index >= 624 {
            for kk in 0..624 {
                let y = (self.mt[kk] & 0x8000_0000) | (self.mt[(kk + 1) % 624] & 0x7fff_ffff);
                let mut v = self.mt[(kk + 397) % 624] ^ (y >> 1);
                if y & 1 != 0 {
                    v ^= 0x9908_b0df;
                }
                self.mt[kk] = v;
            }
            self.index = 0;
        }
        let mut y = self.mt[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^ (y >> 18)
    }

    /// `random._randbelow(n)` for 1 ≤ n < 2³²: `getrandbits(n.bit_length())` until below n.
    fn below(&mut self, n: usize) -> usize {
        let bits = usize::BITS - n.leading_zeros();
        loop {
            let r = (self.next_u32() >> (32 - bits)) as usize;
            if r < n {
                return r;
            }
        }
    }

    /// `random.shuffle(items)`.
    fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            let j = self.below(i + 1);
            items.swap(i, j);
        }
    }

    /// The indices `random.sample(range(n), k)` picks (in pick order).
    fn sample(&mut self, n: usize, k: usize) -> Vec<usize> {
        let mut setsize = 21;
        if k > 5 {
            // 4 ** ceil(log(3k, 4)); 3k is never a power of 4, so no float is needed.
            let mut p = 1;
            while p < 3 * k {
                p *= 4;
            }
            setsize += p;
        }
        if n <= setsize {
            let mut pool: Vec<usize> = (0..n).collect();
            (0..k)
                .map(|i| {
                    let j = self.below(n - i);
                    let picked = pool[j];
                    pool[j] = pool[n - i - 1];
                    picked
                })
                .collect()
        } else {
            let mut picked: Vec<usize> = Vec::with_capacity(k);
            for _ in 0..k {
                let mut j = self.below(n);
                while picked.contains(&j) {
                    j = self.below(n);
                }
                picked.push(j);
            }
            picked
        }
    }
}

/// The peer generator's `pick_codes(n)`: sorted three-digit codes.
fn pick_codes(n: usize) -> Vec<String> {
    let real: Vec<&str> = REAL.iter().map(|r| r.code).collect();
    if n <= real.len() {
        let mut rng = PyRandom::new(7);
        let mut codes: Vec<String> = rng
            .sample(real.len(), n)
            .into_iter()
            .map(|i| real[i].to_string())
            .collect();
        codes.sort();
        return codes;
    }
    let mut rest = Vec::new();
    for x in "2345".chars() {
        for y in "012345".chars() {
            for z in "0123456789".chars() {
                let code = format!("{x}{y}{z}");
                if !real.contains(&code.as_str()) {
                    rest.push(code);
                }
            }
        }
    }
    PyRandom::new(42).shuffle(&mut rest);
    let mut codes: Vec<String> = real.iter().map(ToString::to_string).collect();
    codes.extend(rest.into_iter().take(n - real.len()));
    codes.sort();
    codes
}

// --------------------------------------------------------------------------------------------
// Texts and facts of one code
// --------------------------------------------------------------------------------------------

/// Fills `{name}` placeholders in one pass (values are never scanned again).
fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 64);
    let mut rest = template;
    while let Some(start) = rest.find('{') {
        out.push_str(&rest[..start]);
        let after = &rest[start + 1..];
        match after.find('}').map(|end| (&after[..end], end)) {
            Some((name, end)) if values.iter().any(|(k, _)| *k == name) => {
                let value = values.iter().find(|(k, _)| *k == name).map_or("", |v| v.1);
                out.push_str(value);
                rest = &after[end + 1..];
            }
            _ => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// FNV-1a: a stable stand-in for the peer's per-(code, locale) random choice of a tail sentence.
fn stable_hash(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

fn capitalize(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// The texts of one code in one locale.
struct Texts {
    title: String,
    summary: String,
    description: String,
    when: String,
    fix: String,
    retry: Option<String>,
    practice: String,
    action: String,
}

fn digit(code: &str, i: usize) -> usize {
    usize::from(code.as_bytes()[i] - b'0')
}

fn code_texts(code: &str, lang: &str) -> Texts {
    let base = if lang == "vi" { &VI } else { &EN };
    let (cls, cat) = (digit(code, 0) - 2, digit(code, 1));
    let real = REAL.iter().find(|r| r.code == code);
    let category = base.category[cat];
    let (short, cause, detail, reference, enhanced) = match real {
        Some(r) => {
            let cause = if lang == "vi" {
                base.cause[cat]
            } else {
                r.cause
            };
            let detail = format!("{}{}", base.real_detail, r.detail);
            (
                r.short.to_string(),
                cause,
                detail,
                r.reference,
                r.enhanced.to_string(),
            )
        }
        None => (
            fill(EN.syn_short[cls], &[("cat", EN.category[cat])]),
            base.cause[cat],
            fill(base.syn_detail, &[("code", code)]),
            "site-specific",
            format!("{}.0.0", cls + 2),
        ),
    };
    let tail = base.desc_tail[(stable_hash(&format!("{code}/{lang}")) % 3) as usize];
    let description = fill(
        base.desc,
        &[
            ("code", code),
            ("short", &short),
            ("klass", base.class[cls]),
            ("category", category),
            ("meaning", base.meaning[cls]),
            ("detail", &detail),
            ("tail", tail),
        ],
    );
    let when = fill(
        base.when,
        &[
            ("code", code),
            ("cause", cause),
            ("tail", base.when_tail[cls]),
        ],
    );
    let mut fix = fill(base.fix_intro[cls], &[("code", code)]);
    fix.push('\n');
    for step in base.fix_steps[cat] {
        fix.push_str("\n- ");
        fix.push_str(step);
    }
    let practice = fill(
        base.notes,
        &[("ref", reference), ("enh", &enhanced), ("code", code)],
    );
    let summary = fill(
        base.summary,
        &[("klass", base.class[cls]), ("meaning", base.meaning[cls])],
    );
    let action = format!("{}.", capitalize(base.act[cls]));
    let retry = (code == "552").then(|| base.retry_552.to_string());
    let mut texts = Texts {
        title: short,
        summary,
        description,
        when,
        fix,
        retry,
        practice,
        action,
    };
    if lang != "en" && lang != "vi" {
        // A pseudo-locale: the English text, tagged like the peer site's.
        let tag = format!("[{lang}] ");
        for field in [
            &mut texts.title,
            &mut texts.summary,
            &mut texts.description,
            &mut texts.when,
        ] {
            field.insert_str(0, &tag);
        }
    }
    texts
}

/// The structured facts of a code: commands, actors, references.
fn code_facts(code: &str) -> (Vec<&'static str>, Vec<&'static str>, String) {
    if let Some(r) = REAL.iter().find(|r| r.code == code) {
        let references = match r.reference {
            "RFC 5321" => {
                "  - rfc: 5321\n    section: '4.2.2'\n  - rfc: 5321\n    section: '4.2.3'\n"
            }
            "RFC 4954" => "  - rfc: 4954\n    section: '6'\n  - rfc: 5321\n    section: '4.2.1'\n",
            "RFC 1985" => "  - rfc: 1985\n    section: '5'\n  - rfc: 5321\n    section: '4.2.1'\n",
            "RFC 7504" => "  - rfc: 7504\n    section: '3'\n  - rfc: 5321\n    section: '4.2.1'\n",
            _ => {
                "  - url: https://example.org/smtp/non-standard-codes\n    title: Non-standard reply codes\n  - rfc: 5321\n    section: '4.2.1'\n"
            }
        };
        return (
            r.commands.to_vec(),
            r.actors.to_vec(),
            format!("{references}  - rfc: 3463\n    section: '2'\n"),
        );
    }
    let (cls, cat, detail) = (digit(code, 0), digit(code, 1), digit(code, 2));
    let commands = match (cat, detail % 2) {
        (0, _) => vec!["any"],
        (1, 0) => vec!["HELP"],
        (1, _) => vec!["VRFY", "EXPN"],
        (2, 0) => vec!["connection"],
        (2, _) => vec!["EHLO", "STARTTLS"],
        (3, _) => vec!["AUTH"],
        (4, 0) => vec!["MAIL FROM"],
        (4, _) => vec!["MAIL FROM", "RCPT TO"],
        (_, 0) => vec!["RCPT TO"],
        _ => vec!["RCPT TO", "end-of-data"],
    };
    let actors = match (cls, cat) {
        (2, _) => vec!["nobody"],
        (3, _) | (4, 2 | 4) => vec!["client"],
        (4, _) => vec!["client", "server-admin"],
        (_, 0 | 2) => vec!["sender-admin"],
        (_, 4) => vec!["server-admin"],
        (_, 5) => vec!["sender", "recipient"],
        _ => vec!["sender"],
    };
    let references = "  - rfc: 5321\n    section: '4.2.1'\n  - rfc: 3463\n    section: '2'\n";
    (commands, actors, references.to_string())
}

/// The counterpart (4yz ↔ 5yz, when both are in the set) and up to three related codes: the
/// nearest codes of the same category on either side, then the same detail in another class.
fn relations(code: &str, codes: &[String]) -> (Option<String>, Vec<String>) {
    let cls = code.as_bytes()[0];
    let counterpart = match cls {
        b'4' => Some(format!("5{}", &code[1..])),
        b'5' => Some(format!("4{}", &code[1..])),
        _ => None,
    }
    .filter(|c| codes.contains(c));
    let same_category: Vec<&String> = codes
        .iter()
        .filter(|c| c.as_bytes()[1] == code.as_bytes()[1])
        .collect();
    let mut related = Vec::new();
    if let Some(pos) = same_category.iter().position(|c| *c == code) {
        if pos > 0 {
            related.push(same_category[pos - 1].clone());
        }
        if let Some(next) = same_category.get(pos + 1) {
            related.push((*next).clone());
        }
    }
    if let Some(other) = codes
        .iter()
        .find(|c| c.as_bytes()[0] != cls && c[1..] == code[1..])
    {
        related.push(other.clone());
    }
    related.retain(|c| Some(c) != counterpart.as_ref());
    related.dedup();
    (counterpart, related)
}

// --------------------------------------------------------------------------------------------
// Writing the site
// --------------------------------------------------------------------------------------------

/// A YAML double-quoted string (JSON escaping is valid YAML).
fn quoted(text: &str) -> String {
    serde_json::to_string(text).unwrap_or_else(|_| "\"\"".to_string())
}

/// A YAML literal block (`|`) at the given indentation.
fn block(text: &str, indent: usize) -> String {
    let pad = " ".repeat(indent);
    let mut out = String::from("|\n");
    for line in text.lines() {
        if !line.is_empty() {
            out.push_str(&pad);
            out.push_str(line);
        }
        out.push('\n');
    }
    out
}

fn code_file(code: &str, codes: &[String], locales: &[String]) -> String {
    let (commands, actors, references) = code_facts(code);
    let (counterpart, related) = relations(code, codes);
    let mut out = String::new();
    let _ = writeln!(out, "code: {code}");
    let _ = writeln!(out, "commands: [{}]", commands.join(", "));
    let _ = writeln!(out, "actors: [{}]", actors.join(", "));
    if let Some(cp) = counterpart {
        let _ = writeln!(out, "counterpart: {cp}");
    }
    if !related.is_empty() {
        let _ = writeln!(out, "related: [{}]", related.join(", "));
    }
    if code == "552" {
        out.push_str("retry: as-transient\n");
    }
    out.push_str("references:\n");
    out.push_str(&references);
    out.push_str("texts:\n");
    for lang in locales {
        let t = code_texts(code, lang);
        let _ = writeln!(out, "  {lang}:");
        let _ = writeln!(out, "    title: {}", quoted(&t.title));
        let _ = writeln!(out, "    summary: {}", quoted(&t.summary));
        let _ = write!(out, "    description: {}", block(&t.description, 6));
        let _ = write!(out, "    when: {}", block(&t.when, 6));
        let _ = write!(out, "    fix: {}", block(&t.fix, 6));
        if let Some(retry) = &t.retry {
            let _ = write!(out, "    retry: {}", block(retry, 6));
        }
        let _ = write!(out, "    practice: {}", block(&t.practice, 6));
        let _ = writeln!(out, "    action: {}", quoted(&t.action));
    }
    out
}

fn family_file() -> String {
    let mut out = String::from(
        "# Synthetic benchmark family written by examples/synth.rs: SMTP-style codes, the class\n\
         # from the first digit, the category from the second (as the peer sites describe them).\n\
         name: SMTP\n\
         code:\n  pattern: '(?P<class>[2-5])(?P<category>[0-5])(?P<detail>[0-9])'\n  \
         order: [class, category, detail]\n\
         class:\n  group: class\n  label: '{}xx'\n  values:\n",
    );
    for (i, (key, outcome, retry)) in CLASS_KEYS.iter().enumerate() {
        let _ = writeln!(
            out,
            "    '{}': {{ key: {key}, outcome: {outcome}, retry: {retry} }}",
            i + 2
        );
    }
    out.push_str("category:\n  group: category\n  label: 'x{}z'\n  values:\n");
    for (i, key) in CATEGORY_KEYS.iter().enumerate() {
        let _ = writeln!(out, "    '{i}': {key}");
    }
    out.push_str("compare: all\n");
    out.push_str("actors: [client, sender, recipient, sender-admin, server-admin]\n");
    out.push_str("counterpart: { outcomes: [transient, permanent] }\n");
    out.push_str(
        "retry: { none: {}, continue: {}, later: {}, after-change: {}, as-transient: { exception: true } }\n",
    );
    out.push_str(
        "requests:\n  tokens: [connection, HELO, EHLO, MAIL FROM, RCPT TO, DATA, end-of-data, BDAT, \
         BURL, RSET, VRFY, EXPN, HELP, NOOP, QUIT, AUTH, STARTTLS, ETRN, ATRN, any]\n  wildcard: any\n",
    );
    out
}

/// `locales/<lang>/smtp.ftl`: the names of the synthetic family's classes and categories. It
/// overrides the built-in file of the same path, so the site does not depend on its keys.
fn family_ftl(lang: &str) -> String {
    let base = if lang == "vi" { &VI } else { &EN };
    let mut out = format!(
        "# Written by examples/synth.rs: names of the synthetic SMTP family's classes and categories.\n\n\
         family-{FAMILY}-name = {}\n",
        base.family_name
    );
    for (i, (key, _, _)) in CLASS_KEYS.iter().enumerate() {
        let _ = writeln!(out, "{FAMILY}-class-{key} = {}", base.class[i]);
    }
    for (i, key) in CATEGORY_KEYS.iter().enumerate() {
        let _ = writeln!(out, "{FAMILY}-category-{key} = {}", base.category[i]);
    }
    out
}

const REFERENCES: &str = "# The RFCs the synthetic code files cite.\nrfcs:\n  \
    1985: SMTP Service Extension for Remote Message Queue Starting\n  \
    3463: Enhanced Mail System Status Codes\n  \
    4954: SMTP Service Extension for Authentication\n  \
    5321: Simple Mail Transfer Protocol\n  \
    7504: SMTP 521 and 556 Reply Codes\n";

fn write(path: &Path, text: &str) -> Result<(), String> {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent)
            .map_err(|e| format!("cannot create {}: {e}", parent.display()))?;
    }
    std::fs::write(path, text).map_err(|e| format!("cannot write {}: {e}", path.display()))
}

/// Makes `out` ready: absent or empty, or written by this generator before (its `content/`,
/// `locales/` and `site.yaml` are then removed).
fn prepare_out(out: &Path) -> Result<(), String> {
    match std::fs::read_dir(out) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(format!("cannot read {}: {e}", out.display())),
        Ok(mut entries) => {
            if entries.next().is_none() {
                return Ok(());
            }
            if !out.join(MARKER).is_file() {
                return Err(format!(
                    "{} is not empty and was not written by this generator (no {MARKER}); \
                     choose a new folder",
                    out.display()
                ));
            }
            for name in ["content", "locales"] {
                let dir = out.join(name);
                if dir.exists() {
                    std::fs::remove_dir_all(&dir)
                        .map_err(|e| format!("cannot remove {}: {e}", dir.display()))?;
                }
            }
            let config = out.join("site.yaml");
            if config.exists() {
                std::fs::remove_file(&config)
                    .map_err(|e| format!("cannot remove {}: {e}", config.display()))?;
            }
            Ok(())
        }
    }
}

/// Copies the English `.ftl` files into `locales/<lang>/` for a pseudo-locale, naming the
/// language; the family file is written separately.
fn copy_ftl(ftl_dir: &Path, lang: &str, out: &Path) -> Result<(), String> {
    let name = ALL_LOCALES
        .iter()
        .find(|(l, _)| *l == lang)
        .map_or(lang, |(_, n)| n);
    let mut entries: Vec<PathBuf> = std::fs::read_dir(ftl_dir)
        .map_err(|e| format!("cannot read {} (see --ftl-dir): {e}", ftl_dir.display()))?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
        .collect();
    entries.sort();
    if entries.is_empty() {
        return Err(format!(
            "no .ftl files in {} (see --ftl-dir)",
            ftl_dir.display()
        ));
    }
    for src in entries {
        let file = src
            .file_name()
            .unwrap_or_default()
            .to_string_lossy()
            .to_string();
        if file == format!("{FAMILY}.ftl") {
            continue;
        }
        let text = std::fs::read_to_string(&src)
            .map_err(|e| format!("cannot read {}: {e}", src.display()))?;
        let text: String = text
            .lines()
            .map(|line| {
                if line.starts_with("language-name =") {
                    format!("language-name = {name}\n")
                } else {
                    format!("{line}\n")
                }
            })
            .collect();
        write(&out.join("locales").join(lang).join(&file), &text)?;
    }
    Ok(())
}

struct Args {
    codes: usize,
    locales: Vec<String>,
    out: PathBuf,
    ftl_dir: PathBuf,
}

const USAGE: &str =
    "usage: synth --codes N --out DIR [--locales en,vi | --locales L] [--ftl-dir DIR]

Writes a codeatlas site with N SMTP-style codes (2..=240) into DIR, matching the page set of
../shared/bench/gen_peer_sites.py --codes N --locales L.

  --codes N        number of codes (the peer generator's code list)
  --locales LIST   comma-separated locales, the default first (default: en,vi),
                   or a count L: the peer generator's first L locales (en, vi, de, fr, ...)
  --out DIR        the site folder to write (absent, empty, or written by synth before)
  --ftl-dir DIR    English .ftl files copied for locales other than en and vi
                   (default: this repository's locales/en)";

fn parse_args() -> Result<Args, String> {
    let mut codes = None;
    let mut locales = "en,vi".to_string();
    let mut out = None;
    let mut ftl_dir = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/locales/en"));
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let (flag, inline) = match arg.split_once('=') {
            Some((f, v)) if f.starts_with("--") => (f.to_string(), Some(v.to_string())),
            _ => (arg.clone(), None),
        };
        if flag == "-h" || flag == "--help" {
            println!("{USAGE}");
            std::process::exit(0);
        }
        let mut value = || {
            inline
                .clone()
                .or_else(|| args.next())
                .ok_or(format!("{flag} needs a value"))
        };
        match flag.as_str() {
            "--codes" => {
                let v = value()?;
                codes = Some(
                    v.parse::<usize>()
                        .map_err(|_| format!("--codes: `{v}` is not a number"))?,
                );
            }
            "--locales" => locales = value()?,
            "--out" => out = Some(PathBuf::from(value()?)),
            "--ftl-dir" => ftl_dir = PathBuf::from(value()?),
            other => return Err(format!("unknown argument `{other}`")),
        }
    }
    let codes = codes.ok_or("--codes is required")?;
    if !(2..=MAX_CODES).contains(&codes) {
        return Err(format!("--codes must be in 2..={MAX_CODES}"));
    }
    let locales: Vec<String> = match locales.trim().parse::<usize>() {
        Ok(count) if (1..=ALL_LOCALES.len()).contains(&count) => ALL_LOCALES[..count]
            .iter()
            .map(|(l, _)| l.to_string())
            .collect(),
        Ok(_) => {
            return Err(format!(
                "--locales count must be in 1..={}",
                ALL_LOCALES.len()
            ));
        }
        Err(_) => locales
            .split(',')
            .map(|l| l.trim().to_string())
            .filter(|l| !l.is_empty())
            .collect(),
    };
    if locales.is_empty() {
        return Err("--locales is empty".into());
    }
    for (i, lang) in locales.iter().enumerate() {
        let valid = lang.len() <= 16
            && lang
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
        if !valid {
            return Err(format!("--locales: `{lang}` is not a language tag"));
        }
        if locales[..i].contains(lang) {
            return Err(format!("--locales: `{lang}` is listed twice"));
        }
    }
    Ok(Args {
        codes,
        locales,
        out: out.ok_or("--out is required")?,
        ftl_dir,
    })
}

fn run(args: &Args) -> Result<(), String> {
    let codes = pick_codes(args.codes);
    prepare_out(&args.out)?;
    let out = &args.out;
    write(
        &out.join(MARKER),
        "Written by codeatlas examples/synth.rs; synth may replace this folder.\n",
    )?;
    let quoted_locales: Vec<String> = args.locales.iter().map(|l| quoted(l)).collect();
    write(
        &out.join("site.yaml"),
        &format!(
            "# Synthetic benchmark site written by examples/synth.rs (--codes {}).\n\
             base_url: \"https://example.org/\"\n\
             default_locale: {}\n\
             locales: [{}]\n",
            args.codes,
            quoted(&args.locales[0]),
            quoted_locales.join(", ")
        ),
    )?;
    write(&out.join("content/references.yaml"), REFERENCES)?;
    let family_dir = out.join("content").join(FAMILY);
    write(&family_dir.join("_family.yaml"), &family_file())?;
    for code in &codes {
        write(
            &family_dir.join(format!("{code}.yaml")),
            &code_file(code, &codes, &args.locales),
        )?;
    }
    for lang in &args.locales {
        if lang != "en" && lang != "vi" {
            copy_ftl(&args.ftl_dir, lang, out)?;
        }
        write(
            &out.join("locales").join(lang).join(format!("{FAMILY}.ftl")),
            &family_ftl(lang),
        )?;
    }
    let n = codes.len();
    let pairs = n * (n - 1) / 2;
    let l = args.locales.len();
    println!(
        "N={n} L={l} codes={}..{} -> {}: per locale 1 home + 1 family + {n} code + {pairs} \
         comparison pages (+ {pairs} comparison redirects); peer page set = {}",
        codes[0],
        codes[n - 1],
        out.display(),
        l * (n + pairs + 1)
    );
    Ok(())
}

fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(args) => args,
        Err(msg) => {
            eprintln!("synth: {msg}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(msg) => {
            eprintln!("synth: {msg}");
            ExitCode::FAILURE
        }
    }
}
