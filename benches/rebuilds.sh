#!/usr/bin/env bash
# Times the shipped site (this repository) with one or more codeatlas binaries, side by side, on
# the RAM disk (/dev/shm): the generators' own cost, not the disk's.
#
#   full     a fresh build into an empty output (the output is deleted before each run)
#   no-op    a rebuild with nothing changed (the fast path)
#   edit     a rebuild after one code file's title changed (its pages and the pages that list it)
#   footer   a rebuild after a message on every page changed: every file is rewritten in place
#            through the commit (journal, moves, marker)
#
# Each binary gets its own copy of the site and its own output folder; hyperfine reports the mean
# of --runs runs after one warm-up. Installs hyperfine with apt-get when it is missing.
#
# usage: benches/rebuilds.sh [--runs 10] BINARY [BINARY ...]
#   e.g. git stash; cargo build --release; cp target/release/codeatlas /tmp/before; git stash pop
#        cargo build --release; benches/rebuilds.sh /tmp/before target/release/codeatlas
set -Eeuo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
RUNS=10
if [ "${1:-}" = "--runs" ]; then RUNS=$2; shift 2; fi
[ $# -ge 1 ] || { sed -n 2,17p "$0"; exit 2; }
command -v hyperfine >/dev/null || apt-get install -y -qq hyperfine >/dev/null
WORK=$(mktemp -d /dev/shm/codeatlas-rebuilds.XXXXXX)
trap 'rm -rf "$WORK"' EXIT

i=0
for bin in "$@"; do
  i=$((i + 1))
  bin=$(realpath "$bin")
  site="$WORK/site$i"
  mkdir -p "$site"
  cp -r "$REPO/content" "$REPO/site.yaml" "$site/"
  for d in templates locales static; do [ -d "$REPO/$d" ] && cp -r "$REPO/$d" "$site/"; done
  echo "== $bin"
  hyperfine -N -w 1 -r "$RUNS" --prepare "rm -rf $WORK/full$i" \
    -n full "$bin build --quiet --root $site --output $WORK/full$i" | grep -E "Benchmark|Time|Range"
  "$bin" build --quiet --root "$site" --output "$WORK/out$i"
  hyperfine -N -w 2 -r "$RUNS" -n no-op "$bin build --quiet --root $site --output $WORK/out$i" | grep -E "Benchmark|Time|Range"
  # Two versions of one title, alternated, so that each run has something to rewrite.
  f="$site/content/smtp/552.yaml"
  cp "$f" "$WORK/552-a.yaml"; sed 's/^    title: .*/    title: A changed title/' "$f" > "$WORK/552-b.yaml"
  hyperfine -w 1 -r "$RUNS" -n edit \
    --prepare "if cmp -s $f $WORK/552-a.yaml; then cp $WORK/552-b.yaml $f; else cp $WORK/552-a.yaml $f; fi" \
    "$bin build --quiet --root $site --output $WORK/out$i" | grep -E "Benchmark|Time|Range"
  cp "$WORK/552-a.yaml" "$f"
  ftl="$site/locales/en/main.ftl"
  cp "$ftl" "$WORK/main-a.ftl"; sed 's/^footer-about = .*/footer-about = A changed footer./' "$ftl" > "$WORK/main-b.ftl"
  hyperfine -w 1 -r "$RUNS" -n footer \
    --prepare "if cmp -s $ftl $WORK/main-a.ftl; then cp $WORK/main-b.ftl $ftl; else cp $WORK/main-a.ftl $ftl; fi" \
    "$bin build --quiet --root $site --output $WORK/out$i" | grep -E "Benchmark|Time|Range"
done
