# The comparison grid of a family index.
grid-heading = Compare at a glance
grid-help = Choose two codes: their comparison opens.
grid-legend = Outcomes
grid-chosen = { $code } chosen. Choose a second code to open the comparison.
grid-no-pair = These two codes have no comparison page. Choose another code.
