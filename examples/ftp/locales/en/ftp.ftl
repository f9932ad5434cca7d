# The FTP family (RFC 959, section 4.2): names of its classes, categories, actors and stages.
family-ftp-name = FTP reply codes
ftp-class-positive-preliminary = positive preliminary
ftp-class-positive-completion = positive completion
ftp-class-positive-intermediate = positive intermediate
ftp-class-transient-negative = transient negative completion
ftp-class-permanent-negative = permanent negative completion
ftp-category-syntax = syntax
ftp-category-information = information
ftp-category-connections = connections
ftp-category-authentication = authentication and accounting
ftp-category-unspecified = unspecified
ftp-category-file-system = file system
ftp-actor-user = the user
ftp-actor-client = the FTP client
ftp-actor-server-admin = the server administrator
ftp-retry-wait = Wait: another reply to the same command follows.
ftp-command-connection = a new control connection
ftp-command-any = any command

# Built-in wording reworded for FTP pages: 220 is a greeting, not the answer to a request.
ftp-retry-none = Nothing to retry: the server is ready for the next command.
ftp-outcome-success-meaning = the server has completed what was asked and is ready for a new command
# 3yz: "The user should send another command specifying this information" (RFC 959, section 4.2).
ftp-outcome-intermediate-meaning = the client sends another command with the information still needed
ftp-retry-continue = Go on: the server waits for the command that completes this one.
# The decode page: what to paste, and where replies stand in it.
ftp-decode-paste = an FTP session log
ftp-decode-example = a reply at the start of a line (“550 Failed to open file.”)
