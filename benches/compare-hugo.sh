#!/usr/bin/env bash
# Benchmarks codeatlas against Hugo on the same page set.
#
# For each N it writes two equivalent sites into a work folder:
#   - a codeatlas site:  cargo run --release --example synth -- --codes N --locales L
#   - a Hugo site:       ../shared/bench/gen_peer_sites.py --codes N --locales L --only hugo
# and times with hyperfine (median of --runs runs after --warmup runs):
#   codeatlas, fresh output      the output is cleared before each run (--prepare; see below)
#   codeatlas, rebuild           into the existing output of an unchanged site (codeatlas only
#                                rewrites files whose bytes changed)
#   hugo, clean output           the output is cleared before each run
#   hugo, into existing output   Hugo's default: it overwrites every file
#   cp -r of each output         the floor: writing the same files without rendering anything
# plus the peak resident memory of each build (/usr/bin/time -v, one run each), first with the
# outputs on a RAM disk (/dev/shm: the generators' own cost), then on disk (the work folder,
# under /tmp by default). Last, the shipped site (this repository): a full build against a no-op
# rebuild (codeatlas build twice, the second run timed).
#
# Clearing an output: on the RAM disk it is deleted (rm -rf). On disk it is moved aside into
# WORKDIR/trash (deleted when the script ends) and `sync` is run. Deleting would distort the next
# run there: on ext4 without a journal (as on these machines), the inode allocator skips inodes
# freed in the last 60 s (fs/ext4/ialloc.c, recently_deleted()), so a build right after
# `rm -rf` of tens of thousands of files scans past all of them for every new file, and each run
# gets slower than the one before it (measured: 1.2, 1.8, 2.4, 3.0, 3.8 s for the same N=45 build).
# Deleting the trash at the end takes minutes (millions of files at N=200). For the same reason,
# let a run end completely, then wait 6 minutes, before starting the next one on the same disk.
#
# Installs hugo, hyperfine and GNU time with apt-get when they are missing (needs root).
#
# usage: benches/compare-hugo.sh [--quick] [--codes "45 200"] [--locales 2] [--runs 5]
#                                [--warmup 1] [--no-disk] [--no-shipped] [--workdir DIR] [--keep]
set -Eeuo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PEER_GEN="${PEER_GEN:-$REPO/../shared/bench/gen_peer_sites.py}"
CODES="45 200"
LOCALES=2
RUNS=5
WARMUP=1
DISK=1
SHIPPED=1
WORKDIR=""
KEEP=0

usage() {
    cat <<EOF
usage: $0 [options]

Builds the same page set with codeatlas and with Hugo and prints medians, ratios and peak memory.

  --codes "N ..."   numbers of codes to try (default: "$CODES"; commas work too)
  --locales L       number of locales: en, vi, then the peer's pseudo-locales (default: $LOCALES)
  --runs R          timed runs per measurement (default: $RUNS)
  --warmup W        warm-up runs per measurement (default: $WARMUP)
  --quick           --codes 45 --runs 3 --warmup 1
  --no-disk         skip the measurements with the output on disk
  --no-shipped      skip the full build / no-op rebuild of the shipped site
  --workdir DIR     where to write sites, outputs and results (default: a new /tmp/codeatlas-bench.*)
  --keep            keep the work folder (default: removed at the end, except results/)
  -h, --help        this text

Environment: PEER_GEN (default: ../shared/bench/gen_peer_sites.py beside the repository),
CARGO_TARGET_DIR (where cargo builds).
EOF
}

while [[ $# -gt 0 ]]; do
    case "$1" in
        --codes) CODES="${2:?--codes needs a value}"; shift 2 ;;
        --locales) LOCALES="${2:?--locales needs a value}"; shift 2 ;;
        --runs) RUNS="${2:?--runs needs a value}"; shift 2 ;;
        --warmup) WARMUP="${2:?--warmup needs a value}"; shift 2 ;;
        --quick) CODES="45"; RUNS=3; WARMUP=1; shift ;;
        --no-disk) DISK=0; shift ;;
        --no-shipped) SHIPPED=0; shift ;;
        --workdir) WORKDIR="${2:?--workdir needs a value}"; shift 2 ;;
        --keep) KEEP=1; shift ;;
        -h|--help) usage; exit 0 ;;
        *) echo "unknown option: $1" >&2; usage >&2; exit 2 ;;
    esac
done
CODES="${CODES//,/ }"
for v in $CODES $LOCALES $RUNS $WARMUP; do
    [[ "$v" =~ ^[0-9]+$ ]] || { echo "not a number: $v" >&2; exit 2; }
done
[[ "$RUNS" -ge 1 ]] || { echo "--runs must be at least 1" >&2; exit 2; }

say() { printf '\n== %s\n' "$*"; }
trap 'echo "compare-hugo.sh: failed at line $LINENO (exit $?)" >&2' ERR

# ---------------------------------------------------------------------------------------------
# Tools
# ---------------------------------------------------------------------------------------------
missing=()
command -v hugo >/dev/null || missing+=(hugo)
command -v hyperfine >/dev/null || missing+=(hyperfine)
[[ -x /usr/bin/time ]] || missing+=(time)
command -v python3 >/dev/null || missing+=(python3)
if [[ ${#missing[@]} -gt 0 ]]; then
    say "installing ${missing[*]}"
    if [[ $(id -u) -ne 0 ]]; then
        echo "missing ${missing[*]}: run as root or install them (apt-get install ${missing[*]})" >&2
        exit 1
    fi
    export DEBIAN_FRONTEND=noninteractive
    apt-get install -y "${missing[@]}" || { apt-get update && apt-get install -y "${missing[@]}"; }
fi
[[ -f "$PEER_GEN" ]] || { echo "peer generator not found: $PEER_GEN (set PEER_GEN)" >&2; exit 1; }

say "building codeatlas and the synth example (cargo build --release)"
(cd "$REPO" && cargo build --release --bin codeatlas --example synth)
TARGET="${CARGO_TARGET_DIR:-$REPO/target}"
[[ "$TARGET" = /* ]] || TARGET="$REPO/$TARGET"

# ---------------------------------------------------------------------------------------------
# Folders
# ---------------------------------------------------------------------------------------------
if [[ -z "$WORKDIR" ]]; then
    WORKDIR="$(mktemp -d /tmp/codeatlas-bench.XXXXXX)"
else
    mkdir -p "$WORKDIR"
fi
WORKDIR="$(cd "$WORKDIR" && pwd)"
RAM="$(mktemp -d /dev/shm/codeatlas-bench.XXXXXX)"
RES="$WORKDIR/results"
TRASH="$WORKDIR/trash"
mkdir -p "$RES" "$WORKDIR/bin" "$TRASH"
# Benchmark copies: another cargo build may replace target/release/codeatlas during the run.
cp "$TARGET/release/codeatlas" "$TARGET/release/examples/synth" "$WORKDIR/bin/"
CA="$WORKDIR/bin/codeatlas"
SYNTH="$WORKDIR/bin/synth"
cleanup() {
    echo "deleting the outputs set aside in $TRASH (this takes a few minutes on disk)" >&2
    rm -rf "$RAM" "$TRASH"
    echo "deleted; wait 6 minutes before another run on this disk (see the header)" >&2
    if [[ $KEEP -eq 0 ]]; then
        find "$WORKDIR" -mindepth 1 -maxdepth 1 ! -name results -exec rm -rf {} +
    fi
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

cat >"$RES/machine.txt" <<EOF
date: $(date -u '+%Y-%m-%d %H:%M UTC')
nproc: $(nproc)
memory: $(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo)
cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')
disk ($WORKDIR): $(df -hT "$WORKDIR" | awk 'NR==2 {print $2 " on " $1 ", " $3 " total"}')
ram disk ($RAM): $(df -hT "$RAM" | awk 'NR==2 {print $2 ", " $3 " total"}')
hugo: $(hugo version)
hyperfine: $(hyperfine --version)
rustc: $(rustc --version)
codeatlas: $("$CA" --version)
load average at start: $(cut -d' ' -f1-3 /proc/loadavg)
command: $0 --codes "$CODES" --locales $LOCALES --runs $RUNS --warmup $WARMUP$([[ $DISK -eq 1 ]] || echo " --no-disk")$([[ $SHIPPED -eq 1 ]] || echo " --no-shipped")
EOF
for pid in $(pgrep -f 'compare-hugo[.]sh'); do
    # This script, what started it (e.g. `timeout … compare-hugo.sh`) and its own subshells
    # (gone by now, or children of this script) do not count.
    [[ "$pid" == "$$" || "$pid" == "$PPID" || ! -d "/proc/$pid" ]] && continue
    [[ "$(ps -o ppid= -p "$pid" | tr -d ' ')" == "$$" ]] && continue
    echo "warning: another compare-hugo.sh (pid $pid) is running or still deleting its outputs: the figures will be disturbed" >&2
done
say "machine"
cat "$RES/machine.txt"
if [[ "$(df --output=fstype "$WORKDIR" | tail -1)" == tmpfs ]]; then
    echo "warning: $WORKDIR is on tmpfs, so the 'disk' figures are RAM figures" >&2
fi

# ---------------------------------------------------------------------------------------------
# Measuring
# ---------------------------------------------------------------------------------------------
# A command that clears an output folder (see the header): `set-aside DIR` moves DIR into the
# trash folder under a new name and syncs; on the RAM disk the folder is deleted.
cat >"$WORKDIR/bin/set-aside" <<EOF
#!/usr/bin/env bash
set -eu
if [[ -e "\$1" ]]; then
    mv "\$1" "\$(mktemp -d "$TRASH/XXXXXXXX")/"
fi
sync
EOF
chmod +x "$WORKDIR/bin/set-aside"
# clear_cmd DIR LOC: the command that clears output folder DIR (LOC is ram or disk).
clear_cmd() {
    if [[ "$2" == disk ]]; then
        echo "$WORKDIR/bin/set-aside $1"
    else
        echo "rm -rf $1"
    fi
}

# bench NAME PREPARE COMMAND: hyperfine into $RES/NAME.json (PREPARE may be empty).
bench() {
    local name="$1" prepare="$2" cmd="$3"
    local args=(--style basic --warmup "$WARMUP" --runs "$RUNS" --export-json "$RES/$name.json" -n "$name")
    [[ -n "$prepare" ]] && args+=(--prepare "$prepare")
    hyperfine "${args[@]}" "$cmd"
}

# peak NAME COMMAND...: one run under GNU time; the maximum resident set size (KiB) into NAME.rss.
peak() {
    local name="$1"
    shift
    /usr/bin/time -v -o "$RES/$name.time" "$@" >/dev/null
    awk -F': ' '/Maximum resident set size/ {print $2}' "$RES/$name.time" >"$RES/$name.rss"
}

# sizes NAME DIR: the number of files, of HTML files, and the apparent bytes of an output.
sizes() {
    local name="$1" dir="$2"
    {
        echo "files $(find "$dir" -type f | wc -l)"
        echo "html $(find "$dir" -type f -name '*.html' | wc -l)"
        echo "bytes $(du -sb "$dir" | cut -f1)"
        echo "du $(du -sh "$dir" | cut -f1)"
    } >"$RES/$name.size"
}

# compare_sizes NAME DIR KIND: the mean size of comparison pages per locale (A-vs-B with A < B).
compare_sizes() {
    python3 - "$2" "$3" >"$RES/$1.cmpsize" <<'EOF'
import os, re, sys
root, kind = sys.argv[1], sys.argv[2]
folder = "smtp" if kind == "codeatlas" else "compare"
for lang in [None] + sorted(d for d in os.listdir(root) if os.path.isdir(os.path.join(root, d, folder))):
    d = os.path.join(root, lang or "", folder)
    if not os.path.isdir(d):
        continue
    sizes = []
    for name in os.listdir(d):
        m = re.fullmatch(r"(\w+)-vs-(\w+)", name)
        if m and m.group(1) < m.group(2):
            sizes.append(os.path.getsize(os.path.join(d, name, "index.html")))
    if sizes:
        print(f"{lang or 'default'} {len(sizes)} {sum(sizes) / len(sizes):.0f}")
EOF
}

# measure WHERE N SITE PEER: every measurement of one N with the outputs under WHERE.
measure() {
    local where="$1" n="$2" site="$3" peer="$4" loc="$5"
    local p="$loc-N$n"
    local out_ca="$where/out-codeatlas-$n" out_hugo="$where/out-hugo-$n" dst="$where/cp-dst-$n"
    local d
    for d in "$out_ca" "$out_hugo" "$dst"; do $(clear_cmd "$d" "$loc"); done

    say "$loc, N=$n: one build each (checks that both succeed)"
    "$CA" build --root "$site" --output "$out_ca"
    hugo --quiet -s "$peer" -d "$out_hugo"
    sizes "$p-codeatlas" "$out_ca"
    sizes "$p-hugo" "$out_hugo"
    compare_sizes "$p-codeatlas" "$out_ca" codeatlas
    compare_sizes "$p-hugo" "$out_hugo" hugo
    echo "codeatlas output: $(tr '\n' ' ' <"$RES/$p-codeatlas.size")"
    echo "hugo output:      $(tr '\n' ' ' <"$RES/$p-hugo.size")"

    say "$loc, N=$n: timings"
    bench "$p-codeatlas-fresh" "$(clear_cmd "$out_ca" "$loc")" "$CA --quiet build --root $site --output $out_ca"
    bench "$p-codeatlas-rebuild" "" "$CA --quiet build --root $site --output $out_ca"
    bench "$p-hugo-clean" "$(clear_cmd "$out_hugo" "$loc")" "hugo --quiet -s $peer -d $out_hugo"
    bench "$p-hugo-inplace" "" "hugo --quiet -s $peer -d $out_hugo"
    bench "$p-cp-codeatlas" "$(clear_cmd "$dst" "$loc")" "cp -r $out_ca $dst"
    bench "$p-cp-hugo" "$(clear_cmd "$dst" "$loc")" "cp -r $out_hugo $dst"
    $(clear_cmd "$dst" "$loc")

    say "$loc, N=$n: peak memory"
    $(clear_cmd "$out_ca" "$loc")
    peak "$p-codeatlas-fresh" "$CA" --quiet build --root "$site" --output "$out_ca"
    peak "$p-codeatlas-rebuild" "$CA" --quiet build --root "$site" --output "$out_ca"
    $(clear_cmd "$out_hugo" "$loc")
    peak "$p-hugo-clean" hugo --quiet -s "$peer" -d "$out_hugo"
    peak "$p-hugo-inplace" hugo --quiet -s "$peer" -d "$out_hugo"
    for v in codeatlas-fresh codeatlas-rebuild hugo-clean hugo-inplace; do
        echo "$v: $(cat "$RES/$p-$v.rss") KiB"
    done
    for d in "$out_ca" "$out_hugo"; do $(clear_cmd "$d" "$loc"); done
}

for n in $CODES; do
    site="$WORKDIR/site-codeatlas-$n"
    say "N=$n, L=$LOCALES: generating the sites"
    rm -rf "$site"
    "$SYNTH" --codes "$n" --locales "$LOCALES" --out "$site"
    python3 "$PEER_GEN" --codes "$n" --locales "$LOCALES" --out "$WORKDIR/peer-$n" --only hugo
    measure "$RAM" "$n" "$site" "$WORKDIR/peer-$n/hugo" ram
    if [[ $DISK -eq 1 ]]; then
        mkdir -p "$WORKDIR/disk"
        measure "$WORKDIR/disk" "$n" "$site" "$WORKDIR/peer-$n/hugo" disk
    fi
    # Set aside, not deleted: the next measurements on disk come right after (see the header).
    for d in "$site" "$WORKDIR/peer-$n"; do $(clear_cmd "$d" disk); done
done

# ---------------------------------------------------------------------------------------------
# The shipped site: full build against a no-op rebuild
# ---------------------------------------------------------------------------------------------
if [[ $SHIPPED -eq 1 ]]; then
    say "shipped site ($REPO): full build and no-op rebuild"
    for loc in ram disk; do
        [[ "$loc" == disk && $DISK -eq 0 ]] && continue
        where="$RAM"
        [[ "$loc" == disk ]] && where="$WORKDIR/disk" && mkdir -p "$where"
        out="$where/out-shipped"
        $(clear_cmd "$out" "$loc")
        if "$CA" build --root "$REPO" --output "$out" >"$RES/shipped-build.log" 2>&1; then
            cat "$RES/shipped-build.log"
            sizes "$loc-shipped" "$out"
            bench "$loc-shipped-full" "$(clear_cmd "$out" "$loc")" "$CA --quiet build --root $REPO --output $out"
            # The output exists from the last full build: every run is the second build in a row.
            bench "$loc-shipped-noop" "" "$CA --quiet build --root $REPO --output $out"
            $(clear_cmd "$out" "$loc")
        else
            tail -n 3 "$RES/shipped-build.log"
            echo "the shipped site does not build right now: no-op rebuild not measured" |
                tee "$RES/shipped-skipped.txt"
            break
        fi
    done
fi

# ---------------------------------------------------------------------------------------------
# Report
# ---------------------------------------------------------------------------------------------
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)" >>"$RES/machine.txt"
say "results (also in $RES/report.md)"
python3 - "$RES" "$CODES" "$LOCALES" "$RUNS" "$WARMUP" >"$RES/report.md" <<'EOF'
import json, os, statistics, sys
res, codes, locales, runs, warmup = sys.argv[1], sys.argv[2].split(), sys.argv[3], sys.argv[4], sys.argv[5]

def timing(name):
    path = os.path.join(res, name + ".json")
    if not os.path.exists(path):
        return None
    r = json.load(open(path))["results"][0]
    return {"median": r.get("median", statistics.median(r["times"])), "min": r["min"],
            "max": r["max"], "cpu": r["user"] + r["system"]}

def read(name, ext):
    path = os.path.join(res, f"{name}.{ext}")
    return open(path).read().strip() if os.path.exists(path) else None

def size(name):
    text = read(name, "size")
    return dict(line.split(" ", 1) for line in text.splitlines()) if text else {}

def mib(name):
    kib = read(name, "rss")
    return f"{int(kib) / 1024:,.0f}" if kib else "–"

def ratio(a, b):
    return f"{a['median'] / b['median']:.2f}" if a and b else "–"

print(open(os.path.join(res, "machine.txt")).read())
print(f"Each time is the median of {runs} runs after {warmup} warm-up run(s) (hyperfine); "
      "CPU is user + system, the mean over the runs; peak is the maximum resident set size of one "
      "run (/usr/bin/time -v).\n")
places = [("ram", "output on the RAM disk (/dev/shm)"), ("disk", "output on disk")]
rows = [("codeatlas-fresh", "codeatlas, fresh output (cleared before each run)", "hugo-clean", "cp-codeatlas"),
        ("codeatlas-rebuild", "codeatlas, rebuild into its existing output (site unchanged)", "hugo-inplace", "cp-codeatlas"),
        ("hugo-clean", "hugo, clean output (cleared before each run)", None, "cp-hugo"),
        ("hugo-inplace", "hugo, into its existing output (Hugo's default)", None, "cp-hugo"),
        ("cp-codeatlas", "floor: cp -r of codeatlas's output", None, None),
        ("cp-hugo", "floor: cp -r of Hugo's output", None, None)]
for loc, title in places:
    for n in codes:
        p = f"{loc}-N{n}"
        if timing(f"{p}-codeatlas-fresh") is None:
            continue
        ca, hu = size(f"{p}-codeatlas"), size(f"{p}-hugo")
        print(f"### N={n}, L={locales}, {title}\n")
        print(f"codeatlas writes {int(ca['html']):,} HTML files ({int(ca['files']):,} files, "
              f"{int(ca['bytes']) / 1e6:,.1f} MB, du {ca['du']}); Hugo writes {int(hu['html']):,} "
              f"HTML files ({int(hu['files']):,} files, {int(hu['bytes']) / 1e6:,.1f} MB, du {hu['du']}).")
        for tool in ("codeatlas", "hugo"):
            cmp = read(f"{p}-{tool}", "cmpsize")
            if cmp:
                parts = [f"{l.split()[0]} {int(l.split()[2]) / 1000:.2f} KB" for l in cmp.splitlines()]
                print(f"Mean comparison page, {tool}: {', '.join(parts)}.")
        print()
        print("| build | median s | min–max s | CPU s | ÷ hugo | ÷ cp floor | peak MiB |")
        print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
        for key, label, vs_hugo, vs_cp in rows:
            t = timing(f"{p}-{key}")
            if t is None:
                continue
            h = timing(f"{p}-{vs_hugo}") if vs_hugo else None
            c = timing(f"{p}-{vs_cp}") if vs_cp else None
            peak = mib(f"{p}-{key}") if not key.startswith("cp") else "–"
            print(f"| {label} | {t['median']:.3f} | {t['min']:.3f}–{t['max']:.3f} | {t['cpu']:.2f} | "
                  f"{ratio(t, h) if h else '–'} | {ratio(t, c) if c else '–'} | {peak} |")
        print()
skipped = read("shipped-skipped", "txt")
print("### Shipped site: full build against a no-op rebuild\n")
if skipped:
    print(skipped + "\n")
for loc, title in places:
    full, noop = timing(f"{loc}-shipped-full"), timing(f"{loc}-shipped-noop")
    if not full:
        continue
    s = size(f"{loc}-shipped")
    print(f"{title}: {int(s['html']):,} HTML files, {int(s['files']):,} files, {int(s['bytes']) / 1e6:,.1f} MB\n")
    print("| build | median s | min–max s | CPU s |")
    print("| --- | ---: | ---: | ---: |")
    for t, label in ((full, "full build, fresh output"), (noop, "no-op rebuild (second build in a row)")):
        print(f"| {label} | {t['median']:.3f} | {t['min']:.3f}–{t['max']:.3f} | {t['cpu']:.2f} |")
    print(f"\nno-op rebuild ÷ full build: {ratio(noop, full)}\n")
EOF
cat "$RES/report.md"
if [[ $KEEP -eq 0 ]]; then
    echo "(sites and outputs removed; results kept in $RES)"
fi
