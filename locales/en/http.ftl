# The HTTP family (RFC 9110 §15): its classes, outcomes, retry advice, actors and wording.

family-http-name = HTTP status codes
http-class-informational = informational
http-class-successful = successful
http-class-redirection = redirection
http-class-client-error = client error
http-class-server-error = server error

http-outcome-informational = interim response
http-outcome-client-error = client error
http-outcome-server-error = server error
http-outcome-informational-meaning = a final response is still to come
http-outcome-redirect-meaning = the client completes the request elsewhere: at the URI in Location, or with its stored copy
http-outcome-client-error-meaning = the server found fault with the request, and sending it again unchanged fails again
http-outcome-server-error-meaning = the server failed to perform the request, and the same request may succeed later

http-retry-interim = Nothing to retry: the final response follows.
http-retry-continue = Go on: the server is waiting for the request content.
http-retry-switched = Nothing to retry: the connection goes on in the new protocol.
http-retry-follow = Follow the redirect: the request is completed at the URI in Location.
http-retry-use-stored = Nothing to retry: use the stored copy.
http-retry-later = Possibly: the same request may succeed later; repeat it automatically only if its method is idempotent.
http-retry-after-wait = Yes, after waiting: send the request again once the time in Retry-After has passed.
http-retry-retry-after = Yes, later: wait as long as Retry-After says, if the server sent it.
http-retry-with-credentials = Yes, with valid credentials: authenticate as WWW-Authenticate asks, then repeat the request.
http-retry-not-supported = Not as it is: the server does not support what the request asks for.

http-actor-end-user = the end user
http-actor-client-developer = the client developer
http-actor-server-operator = the server operator
http-actor-intermediary = the proxy, gateway or CDN operator

http-command-any = any method
http-fact-commands = Methods
http-fact-no-command = not tied to one method

http-compare-counterpart = { $first } and { $second } are counterparts: they redirect the same way and differ only in whether a user agent may change POST to GET when it follows them (301 and 302 allow it, 307 and 308 do not).
http-compare-commands-same = Both { $a } and { $b } are responses to { $commands }.
http-compare-commands-different = { $a } is a response to { $a_commands }, while { $b } is a response to { $b_commands }.
http-compare-retry-exception-after-wait = Although { $code } is a client error, the same request may succeed once the client has waited: see the retry advice below.
http-compare-retry-exception-not-supported = Although { $code } is a server error, repeating the same request does not help: the server does not support what it asks for.
http-which-same-informational = Both are interim responses: the final response follows, and nothing needs fixing.
http-which-same-success = Both report success: nothing needs fixing.
http-which-same-redirect = Both are redirects: the client completes the request elsewhere, and nothing needs fixing.
http-which-same-client-error = Both are client errors: sending the same request again does not help, so find out which one you got and change what it names.
http-which-same-server-error = Both are server errors: the cause is on the server, the same request may succeed later, and the server operator acts if they persist.
http-which-exception-after-wait = After { $code }, though, the same request may succeed once the time in Retry-After has passed.
http-which-exception-not-supported = After { $code }, though, the same request keeps failing until the method or the server changes.

http-family-description = All { $count } { $family } status codes of the IANA registry, grouped by class, each explained and compared with the others.
http-heading-fix-sender = For the client developer
http-heading-fix-admin = For the server operator
http-compare-group-counterpart = Counterpart (same redirect, method kept or not)
http-outcome-unused = unused
http-outcome-unused-meaning = the code is registered as unused, and no server should send it
http-retry-with-proxy-credentials = Yes, with proxy credentials: authenticate to the proxy as Proxy-Authenticate asks, then repeat the request.
http-retry-after-network-login = Yes, after logging in to the network: open the login page the response links to, then repeat the request.
http-retry-repeat = Yes: the client may repeat the same request on a new connection.
http-retry-other-connection = Yes, on another connection: the client may repeat the request over a connection to the right server.
http-retry-after-handshake = Yes, after the handshake: send the request again once the TLS handshake has completed, not as early data.
http-retry-deprecated = Do not follow it: the code is deprecated, and a client does not use the proxy it names.
http-retry-after-unlock = Yes, once the lock is released, or with the lock token: the same request can succeed when the resource is no longer locked, or when it carries the token of the lock.
http-retry-user-repeats = Not automatically: the condition is temporary, but a request a user made is repeated only when the user asks again (RFC 4918, section 11.5).
http-compare-retry-exception-after-unlock = Although { $code } is a client error, the same request can succeed once the lock on the resource is released.
http-compare-retry-exception-user-repeats = Although { $code } is a temporary server error, a request that a user made is not repeated automatically: only when the user asks again.
http-which-exception-after-unlock = After { $code }, though, the same request can succeed once the lock is released.
http-which-exception-user-repeats = After { $code }, though, a request a user made is repeated only when the user asks again.
http-retry-accepted = Do not resend: the request was accepted but not yet carried out; check on the work as the response says.
http-retry-per-resource = Only the parts that failed: the body gives a status for each resource, and only those that failed are repeated, once their cause is fixed.
http-retry-choose = Not the same request: choose one of the alternatives the response lists and request it.
http-retry-unused = Nothing to retry: no server should send this code.
http-compare-retry-exception-repeat = Although { $code } is a client error, the client may repeat the same request on a new connection.
http-compare-retry-exception-other-connection = Although { $code } is a client error, the same request may succeed when it is sent over a different connection.
http-compare-retry-exception-after-handshake = Although { $code } is a client error, the same request succeeds once it is sent after the TLS handshake instead of as early data.
http-which-exception-repeat = After { $code }, though, the client may simply repeat the request on a new connection.
http-which-exception-other-connection = After { $code }, though, the same request may succeed over a connection to the right server.
http-which-exception-after-handshake = After { $code }, though, the same request succeeds once it waits for the TLS handshake.
http-which-same-unused = Both are registered as unused: no server should send either.

# Facts beyond the built-in ones: the header fields that go with a code, and caching.
http-property-headers = Header fields
http-property-headers-none = none of its own
http-property-cacheable = Caching
http-property-cacheable-heuristic = cacheable by default: a cache may reuse it without explicit freshness information (heuristic freshness, RFC 9111, section 4.2.2)
http-property-cacheable-explicit = cached only with explicit freshness information (Cache-Control, Expires)
http-property-cacheable-never = never stored: its defining RFC says it "MUST NOT be stored by a cache"
http-property-cacheable-not-final = never cached: it is an interim response
http-property-cacheable-freshens = not stored itself: it freshens the copy a cache has stored (RFC 9111, section 4.3.4)
http-compare-property-headers = { $a_has ->
        [none] { $a } has no header field of its own
       *[some] { $a } goes with { $a_values }
    }; { $b_has ->
        [none] { $b } has none of its own.
       *[some] { $b } goes with { $b_values }.
    }
http-compare-property-cacheable = { $a } is { $a_values }; { $b } is { $b_values }.

# The decode page: what to paste, and where status codes stand in it.
http-decode-paste = an HTTP response head
http-decode-example = a status line (“HTTP/1.1 503 …”)
