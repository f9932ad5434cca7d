# The SMTP family: names of its classes and categories (RFC 5321 §4.2.1).

family-smtp-name = SMTP reply codes
smtp-class-positive-completion = positive completion
smtp-class-positive-intermediate = positive intermediate
smtp-class-transient-negative = transient negative completion
smtp-class-permanent-negative = permanent negative completion
smtp-category-syntax = syntax
smtp-category-information = information
smtp-category-connections = connections
smtp-category-unspecified = unspecified
smtp-category-mail-system = mail system

# Mail wording of SMTP pages (smtp-enhanced takes it too: `wording-from: smtp`).
smtp-fact-no-command = not tied to one command
smtp-heading-fix-sender = For the sender
smtp-heading-fix-admin = For the server administrator
smtp-compare-group-counterpart = Transient/permanent counterpart
smtp-retry-later = Yes: keep the message and retry later.
smtp-retry-as-transient = Usually not as it is, but treat it as temporary in the case its retry advice names.
smtp-actor-client = the sending software
smtp-actor-sender = the sender
smtp-actor-recipient = the recipient
smtp-actor-sender-admin = the sending side's administrator
smtp-actor-server-admin = the receiving server's administrator
smtp-command-connection = a new connection
smtp-command-end-of-data = the end of the message data
smtp-command-any = any command
smtp-compare-counterpart = { $first } is the temporary counterpart of { $second }: they report related conditions, { $first } one that is expected to clear and { $second } one that is not.
smtp-compare-class-same = Both { $a } and { $b } are { $label } { $name } replies.
smtp-compare-class-different = { $a } is a { $a_label } { $a_name } reply, while { $b } is a { $b_label } { $b_name } reply.
smtp-compare-outcome-success-intermediate = { $first } reports that a request is complete, whereas { $second } asks the client to go on and send the next part.
smtp-compare-outcome-success-transient = { $first } means the request succeeded; { $second } means it failed for now, and the client should try again later.
smtp-compare-outcome-success-permanent = { $first } means the request succeeded; { $second } means it failed, and repeating it unchanged is expected to fail again.
smtp-compare-outcome-intermediate-transient = { $first } invites the client to continue; { $second } turns the request down for now, to be retried later.
smtp-compare-outcome-intermediate-permanent = { $first } invites the client to continue; { $second } turns the request down for good.
smtp-compare-outcome-transient-permanent = After { $first } a sending client keeps the message and retries later; after { $second } it should not repeat the same request unchanged.
smtp-compare-retry-exception-as-transient = Although { $code } is a permanent reply, there is a case in which clients should treat it as temporary: see the retry advice below.
smtp-compare-commands-same = Both { $a } and { $b } are replies to { $commands }.
smtp-compare-commands-different = { $a } is a reply to { $a_commands }, while { $b } is a reply to { $b_commands }.
smtp-which-success-intermediate = Neither is an error: { $first } closes a step, { $second } opens the next one.
smtp-which-success-transient = Only { $second } needs attention, and often only patience: the client retries by itself.
smtp-which-success-permanent = Only { $second } needs attention: something has to change before the request can succeed.
smtp-which-intermediate-transient = { $first } is part of a normal exchange; { $second } needs a later retry.
smtp-which-intermediate-permanent = { $first } is part of a normal exchange; { $second } needs a change before the request can succeed.
smtp-which-transient-permanent = Wait and let the client retry after { $first }; after { $second }, change something first.
smtp-which-same-success = Both report success: nothing needs fixing.
smtp-which-same-intermediate = Both are steps of a normal exchange: the client goes on.
smtp-which-same-transient = Both are temporary: the client retries by itself; act only if they persist.
smtp-which-same-permanent = Both are permanent: retrying unchanged does not help, so find out which one you got.
smtp-retry-next-poll = Not right away: nothing is waiting, so the client asks again at its next regular poll.
smtp-retry-only-after-change = Not as it is: although the reply is temporary, the same request keeps failing until something changes.
smtp-compare-retry-exception-next-poll = Although { $code } is a temporary reply, there is nothing to retry: no mail is waiting, so the client asks again only at its next regular poll.
smtp-compare-retry-exception-only-after-change = Although { $code } is a temporary reply, repeating the same request keeps failing until a name or a configuration changes: see the retry advice below.
smtp-which-exception-next-poll = After { $code }, though, there is nothing to retry: the client asks again at its next regular poll.
smtp-which-exception-only-after-change = After { $code }, though, repeating the same request keeps failing until a name or a configuration changes.
smtp-family-description = All { $count } { $family } codes, grouped by class, each explained and compared with the others.

# The decode page: what to paste, and where reply codes stand in it.
smtp-decode-paste = a bounce message
smtp-decode-example = a reply quoted after “said:” (“550 5.1.1 …”)
