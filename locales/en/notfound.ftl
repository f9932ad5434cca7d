# The 404 page (templates/404.html, static/notfound.js): what it suggests for a missing address.
# Words in braces, such as {code}, are placeholders the script fills in with the path it read.

not-found-address = The address you asked for:
not-found-meant = Perhaps you were looking for
not-found-compare = { $family } { $a } vs { $b }: the comparison
not-found-nearest = { $family }: there is no code { $code }. These are the nearest codes, not a match:
not-found-family = { $family }: all codes
not-found-search = Or search for the code:
