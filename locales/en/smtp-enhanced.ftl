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

# The decode page: the per-recipient fields of a delivery status notification (RFC 3464 §2.3).
smtp-enhanced-decode-report = Delivery status notification (RFC 3464)
smtp-enhanced-decode-field-original-recipient = original recipient
smtp-enhanced-decode-field-original-recipient-meaning = The recipient's address as the sender gave it, when the message's envelope carried it.
smtp-enhanced-decode-field-final-recipient = final recipient
smtp-enhanced-decode-field-final-recipient-meaning = The recipient these fields report on: its address as the reporting server accepted the message for it.
smtp-enhanced-decode-field-action = action
smtp-enhanced-decode-field-action-meaning = What the reporting server did with the message for this recipient.
smtp-enhanced-decode-field-action-failed = the message could not be delivered to the recipient; the reporting server has given up, and no further notification should be expected
smtp-enhanced-decode-field-action-delayed = the message is not delivered yet, and the reporting server goes on trying; more notifications may follow
smtp-enhanced-decode-field-action-delivered = the message was delivered to the recipient (which does not mean that it was read); no further notification should be expected
smtp-enhanced-decode-field-action-relayed = the message was passed on to a system that does not report successful deliveries
smtp-enhanced-decode-field-action-expanded = the message was delivered to the address and forwarded from there to several other addresses; more notifications may follow
smtp-enhanced-decode-field-status = status
smtp-enhanced-decode-field-status-meaning = The status code of the delivery to this recipient: its first number says whether it succeeded (2), failed for now (4) or failed for good (5).
smtp-enhanced-decode-field-remote-mta = remote server
smtp-enhanced-decode-field-remote-mta-meaning = The remote server that reported the status to the reporting server; when it is given, the diagnostic came from that server.
smtp-enhanced-decode-field-diagnostic-code = diagnostic
smtp-enhanced-decode-field-diagnostic-code-meaning = The diagnostic the mail transport itself issued, after its type (smtp: an SMTP reply); it may be more precise than the status.
smtp-enhanced-decode-field-last-attempt-date = last attempt
smtp-enhanced-decode-field-last-attempt-date-meaning = When the reporting server last tried to relay or deliver the message.
smtp-enhanced-decode-field-final-log-id = final log identifier
smtp-enhanced-decode-field-final-log-id-meaning = The identifier the final server gave the message, to find the delivery attempt in its log.
smtp-enhanced-decode-field-will-retry-until = retrying until
smtp-enhanced-decode-field-will-retry-until-meaning = In a notification of a delay: the date after which the reporting server expects to give up.
smtp-enhanced-decode-paste = a delivery status notification
smtp-enhanced-decode-example = a report's status field (“Status: 5.1.1”)
