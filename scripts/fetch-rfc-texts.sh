#!/usr/bin/env bash
# Downloads, from the RFC Editor, the plain text of every RFC listed in content/references.yaml
# into sources/rfc/rfcNNNN.txt (unchanged bytes), for `codeatlas check` to verify citations
# against. Needs network access to www.rfc-editor.org. Existing files are kept.
#
# usage: scripts/fetch-rfc-texts.sh [SITE_ROOT]
set -Eeuo pipefail
ROOT="${1:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)}"
OUT="$ROOT/sources/rfc"
mkdir -p "$OUT"
# The numbers are the keys under `rfcs:` (two spaces in, then digits and a colon).
grep -E '^  [0-9]+:' "$ROOT/content/references.yaml" | sed -E 's/^  ([0-9]+):.*/\1/' | while read -r n; do
  f="$OUT/rfc$n.txt"
  [ -s "$f" ] && continue
  curl -fsS --retry 3 -o "$f.part" "https://www.rfc-editor.org/rfc/rfc$n.txt" && mv "$f.part" "$f"
  echo "rfc$n.txt"
done
