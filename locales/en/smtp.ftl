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
