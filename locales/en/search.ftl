# The search box in every page's header. The browser script fills in the words in braces: the
# number of results (n), and two codes or two titles compared (a, b).

search-label = Search codes
search-placeholder = A code, two codes to compare, or words…
search-help = Type a code, two codes to compare them (452 vs 552) or words from a meaning. Up and down arrows move through the results; Enter opens one.
search-found = {"{"}n{"}"} results
search-found-one = 1 result
search-none = No code matches.
search-kind-code = Code
search-kind-compare = Comparison
search-compare = {"{"}a{"}"} vs {"{"}b{"}"}
