# User-interface strings of codeatlas (English, the default locale).
# Every visible word of the templates comes from here; other locales fall back to these.

language-name = English
site-name = codeatlas
skip-to-content = Skip to content
nav-home = Home
nav-language = Language
nav-breadcrumbs = Breadcrumbs
footer-about = codeatlas explains protocol codes from the documents that define them, and cites the section behind each page.

home-title = codeatlas: protocol codes explained, compared and sourced
home-description = What does a code mean, and how does it differ from another? { $families }: each code explained from its source, with what to do about it, and every pair compared.
home-heading = Protocol codes, explained and compared
home-intro = Look up a code from a log, an error report or a reply: what it means, when you see it, how to fix it and whether to retry. Every pair of codes in a family has its own comparison page.
home-families = Code families
home-family-count = { $count ->
    [one] { $count } code
   *[other] { $count } codes
}

family-description = All { $count } { $family } codes, each explained and compared with the others.
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
fact-no-command = not tied to one request

heading-description = Description
heading-when = When you see this code
heading-fix = How to fix it
heading-fix-sender = For the client
heading-fix-admin = For the server operator
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
compare-group-counterpart = Counterpart
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
outcome-preliminary = preliminary
outcome-redirect = redirection
outcome-preliminary-meaning = a final answer is still to come
outcome-success-meaning = the request has succeeded
outcome-intermediate-meaning = the client goes on and sends the next part
outcome-redirect-meaning = the client finds what it asked for elsewhere
outcome-transient-meaning = the request has failed for now, and the same request may succeed later
outcome-permanent-meaning = the request has failed, and repeating it unchanged will fail again
compare-outcome = { $first } means { $first_meaning }; { $second } means { $second_meaning }.

retry-none = Nothing to retry: the request succeeded.
retry-continue = Go on: the server is waiting for the next part.
retry-later = Yes: the same request may succeed later.
retry-after-change = Not as it is: change something before repeating the request.

actor-nobody = nobody

command-any-notably = { $any }, notably { $others }

# Comparison sentences. $a is always the lower code; rules fill these with data only.
compare-counterpart = { $first } and { $second } are counterparts: they report closely related conditions.
compare-class-same = Both { $a } and { $b } are in class { $label } ({ $name }).
compare-class-different = { $a } is in class { $a_label } ({ $a_name }), while { $b } is in class { $b_label } ({ $b_name }).
compare-retry-exception = { $code } has retry advice of its own, not the one its outcome suggests: see below.
compare-commands-same = Both { $a } and { $b } answer { $commands }.
compare-commands-different = { $a } answers { $a_commands }, while { $b } answers { $b_commands }.
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
compare-property-different = { $property }: { $a }, { $a_values }; { $b }, { $b_values }.

which-no-failure = Neither { $a } nor { $b } reports a failure: nothing needs fixing.
which-both-retry = Both { $a } and { $b } report failures that may clear: the same request may succeed later, so act only if they persist.
which-both-change = Both { $a } and { $b } are failures that repeating the request unchanged does not cure: find out which one you got, and change what it names.
which-retry-change = After { $retry } the same request may succeed later; after { $change }, change something first.
which-one-failure-retry = Only { $failed } reports a failure, and the same request may succeed later.
which-one-failure-change = Only { $failed } reports a failure: something has to change before the request can succeed.
which-unclassified = Read what each code asks of whom.
which-nobody = After { $code } nobody needs to act.
which-who = Who acts on { $code }: { $actors }.
which-exception = { $code } has an exception to this: see its retry advice below.

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
