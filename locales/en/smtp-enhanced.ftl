# The SMTP enhanced status code family (RFC 3463, RFC 5248).

family-smtp-enhanced-name = SMTP enhanced status codes
smtp-enhanced-category-other = other or undefined status
smtp-enhanced-category-addressing = addressing status
smtp-enhanced-category-mailbox = mailbox status
smtp-enhanced-category-mail-system = mail system status
smtp-enhanced-category-network = network and routing status
smtp-enhanced-category-protocol = mail delivery protocol status
smtp-enhanced-category-content = message content or media status
smtp-enhanced-category-security = security or policy status
smtp-enhanced-alias-success = success
smtp-enhanced-alias-persistent-transient = persistent transient failure
smtp-enhanced-alias-permanent = permanent failure

# Enhanced status codes are not replies themselves: they travel in the replies to commands.
smtp-enhanced-fact-commands = Sent in replies to
smtp-enhanced-compare-commands-same = Both { $a } and { $b } are sent in replies to { $commands }.
smtp-enhanced-compare-commands-different = { $a } is sent in replies to { $a_commands }, while { $b } is sent in replies to { $b_commands }.
smtp-enhanced-family-description = All { $count } { $family } enhanced status codes, grouped by subject (the middle number), each explained and compared with the others.
