# User-interface strings of codeatlas (English, the default locale).
# Every visible word of the templates comes from here; other locales fall back to these.

language-name = English
site-name = codeatlas
skip-to-content = Skip to content
nav-home = Home
nav-language = Language
nav-breadcrumbs = Breadcrumbs
footer-about = codeatlas explains reply codes from their RFCs. Texts are checked against the RFC sections they cite.
footer-source = Every statement cites its RFC section.

home-title = codeatlas: reply codes explained, compared and sourced
home-description = What does an SMTP reply code mean, and how does it differ from another? Each code explained from its RFC, with what to do about it, and every pair compared.
home-heading = Reply codes, explained and compared
home-intro = Look up a reply code from a bounce message or a server log: what it means, when you see it, how to fix it and whether to retry. Every pair of codes in a family has its own comparison page.
home-families = Code families
home-family-count = { $count ->
    [one] { $count } code
   *[other] { $count } codes
}

family-description = All { $count } { $family } codes, grouped by class, each explained and compared with the others.
family-intro = Choose a code to read what it means, or compare two codes from the code page.
family-codes-in-class = { $label }: { $name }

code-title = { $family } { $code }: { $title }
code-heading = { $family } { $code }
code-facts = Facts
fact-code = Code
fact-title = Meaning
fact-class = Class
fact-category = Category
fact-outcome = Outcome
fact-retry = Retry
fact-commands = Returned for
fact-actors = Who acts
fact-linked = Sent with ({ $family })
fact-forms = Sent as
fact-travels-with = Sent with
fact-counterpart = Counterpart
fact-defined-in = Defined in
fact-none = none
fact-no-command = not tied to one command

heading-description = Description
heading-when = When you see this code
heading-fix = How to fix it
heading-fix-sender = For the sender
heading-fix-admin = For the server administrator
heading-retry = Should the client retry?
heading-practice = In practice
heading-differences = Key differences
heading-which = When to use which
heading-learn-more = Learn more
heading-references = References
heading-related = Related codes
heading-compare-with = Compare { $code } with other codes
heading-related-comparisons = Related comparisons
fallback-note = This text is not translated yet; it is shown in English.

compare-title = { $family } { $a } vs { $b }: what is the difference?
compare-heading = { $family } { $a } vs { $b }
compare-facts-caption = { $a } and { $b } side by side
compare-description-of = { $code }: { $title }
compare-group-counterpart = Transient/permanent counterpart
compare-group-related = Related codes
compare-group-same-class = Same class
compare-group-other = Other codes
compare-read-page = Read the full page on { $code }

reference-rfc = RFC { $number }
reference-rfc-section = RFC { $number }, section { $section }

list-separator = {", "}
list-or = { $init } or { $last }
list-and = { $init } and { $last }

outcome-success = success
outcome-intermediate = in progress
outcome-transient = temporary failure
outcome-permanent = permanent failure

retry-none = Nothing to retry: the request succeeded.
retry-continue = Go on: the server is waiting for the next part.
retry-later = Yes: keep the message and retry later.
retry-after-change = Not as it is: change something before repeating the request.
retry-as-transient = Usually not as it is, but treat it as temporary in the case its retry advice names.

actor-nobody = nobody
actor-client = the sending software
actor-sender = the sender
actor-recipient = the recipient
actor-sender-admin = the sending side's administrator
actor-server-admin = the receiving server's administrator

command-connection = a new connection
command-end-of-data = the end of the message data
command-any = any command
command-any-notably = { $any }, notably { $others }

# Comparison sentences. $a is always the lower code; rules fill these with data only.
compare-counterpart = { $first } is the temporary counterpart of { $second }: they report related conditions, { $first } one that is expected to clear and { $second } one that is not.
compare-class-same = Both { $a } and { $b } are { $label } { $name } replies.
compare-class-different = { $a } is a { $a_label } { $a_name } reply, while { $b } is a { $b_label } { $b_name } reply.
compare-outcome-success-intermediate = { $first } reports that a request is complete, whereas { $second } asks the client to go on and send the next part.
compare-outcome-success-transient = { $first } means the request succeeded; { $second } means it failed for now, and the client should try again later.
compare-outcome-success-permanent = { $first } means the request succeeded; { $second } means it failed, and repeating it unchanged is expected to fail again.
compare-outcome-intermediate-transient = { $first } invites the client to continue; { $second } turns the request down for now, to be retried later.
compare-outcome-intermediate-permanent = { $first } invites the client to continue; { $second } turns the request down for good.
compare-outcome-transient-permanent = After { $first } a sending client keeps the message and retries later; after { $second } it should not repeat the same request unchanged.
compare-retry-exception = Although { $code } is a permanent reply, there is a case in which clients should treat it as temporary: see the retry advice below.
compare-commands-same = Both { $a } and { $b } are replies to { $commands }.
compare-commands-different = { $a } is a reply to { $a_commands }, while { $b } is a reply to { $b_commands }.
compare-category-different = { $a } belongs to the { $a_name } category ({ $a_label }), while { $b } belongs to the { $b_name } category ({ $b_label }).
compare-classes-different = { $a } { $a_single ->
    [yes] is only sent as
   *[other] can be sent as
} { $a_forms }, while { $b } { $b_single ->
    [yes] is only sent as
   *[other] can be sent as
} { $b_forms }.
compare-linked-different = { $a } travels with { $a_codes }, while { $b } travels with { $b_codes }.
compare-linked-same = Both { $a } and { $b } travel with { $codes }.
compare-actors-different = Only { $a } calls on { $a_only } to act; only { $b } calls on { $b_only }.
compare-actors-shared = Both { $a } and { $b } call on { $shared } to act; only { $a } also calls on { $a_only }, and only { $b } on { $b_only }.
compare-actors-extra = { $more } also calls on { $extra } to act, which { $fewer } does not.
compare-actors-nobody = { $quiet } asks nothing of anyone, while { $busy } needs { $actors } to act.
compare-detail-only = The structured facts of { $a } and { $b } are the same; what tells them apart is their meaning, described below.

which-success-intermediate = Neither is an error: { $first } closes a step, { $second } opens the next one.
which-success-transient = Only { $second } needs attention, and often only patience: the client retries by itself.
which-success-permanent = Only { $second } needs attention: something has to change before the request can succeed.
which-intermediate-transient = { $first } is part of a normal exchange; { $second } needs a later retry.
which-intermediate-permanent = { $first } is part of a normal exchange; { $second } needs a change before the request can succeed.
which-transient-permanent = Wait and let the client retry after { $first }; after { $second }, change something first.
which-same-success = Both report success: nothing needs fixing.
which-same-intermediate = Both are steps of a normal exchange: the client goes on.
which-same-transient = Both are temporary: the client retries by itself; act only if they persist.
which-same-permanent = Both are permanent: retrying unchanged does not help, so find out which one you got.
which-unclassified = Read what each code asks of whom.
which-nobody = After { $code } nobody needs to act.
which-who = Who acts on { $code }: { $actors }.
which-exception = { $code } has an exception to this: see its retry advice below.

search-label = Search codes
search-placeholder = 552, 5.2.2, mailbox full…
search-found = {"{"}n{"}"} results
search-none = No code matches.
picker-heading = Compare two codes: { $family }
picker-first = First code
picker-second = Second code
picker-button = Compare
picker-same = Choose two different codes.
picker-noscript = Every code page lists links to its comparisons with the other codes of its family.

not-found-title = Page not found
not-found-text = There is no page at this address. The code may be written differently, or the link may be broken.
not-found-home = Go to the home page

redirect-moved = This page has moved to:
