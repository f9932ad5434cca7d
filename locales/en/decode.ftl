# The decode page: paste a log or an error report, see every code in it explained. Its sentences
# are protocol-neutral: what a family's codes look like is said in its own .ftl file.
# Messages with { $n }, { $codes } … are shown by static/decode.js, which puts in the values;
# a count is chosen by the locale's plural rules: <id>-one, <id>-other (and -zero, -two, -few,
# -many where the language has them).

nav-decode = Decode a log
decode-title = Decode a log or an error report: every code in it explained
decode-description = Paste { $sources }: every code in it is explained, right in your browser.
decode-heading = Decode a log or an error report
decode-intro = Paste { $sources }. Every code in it is explained below: what it means, whether to retry, and who has to act.
decode-private = Decoding runs entirely in your browser: what you paste is not sent anywhere.
decode-label = Text to decode
decode-button = Decode
decode-results = Results
decode-noscript = Decoding runs in your browser and needs JavaScript. Without it, look a code up with the search box or in the code lists.
decode-loading = Loading the codes…
decode-failed = The codes could not be loaded, so nothing was decoded. Reload the page to try again.
decode-none = No code found in this text. Paste it whole, with the lines that hold the codes.
decode-none-examples = No code found in this text. Paste it whole, with the lines that hold the codes, such as { $examples }.
# What can always be pasted; each family adds its own before it (<family>-decode-paste), and says
# where its codes stand (<family>-decode-example), in its .ftl file.
decode-paste-any = a log excerpt
decode-found-one = { $n } finding: { $codes }.
decode-found-other = { $n } findings: { $codes }.
decode-more-one = { $n } more finding is not shown: decode a shorter excerpt to see it.
decode-more-other = { $n } more findings are not shown: decode a shorter excerpt to see them.
decode-repeated-one = Found { $n } time.
decode-repeated-other = Found { $n } times; the first is shown.
decode-line = Line { $line }
decode-lines = Lines { $first }–{ $last }
decode-family = Family
decode-compare = Compare with the other codes found
decode-fields-heading = What the fields of a report mean
