#!/usr/bin/env bash
# Dependency benchmark: Vigil against osv-scanner on the same lockfiles and the same OSV data.
#
#   bench/deps/run.sh                 # 2,000 lockfiles, 200,000 package entries
#   FILES=200 PACKAGES=20000 bench/deps/run.sh
#
# Environment:
#   PEER_BIN   folder holding osv-scanner (installed there when missing); on the team machine
#              PEER_BIN=/work/cache/bin
#   BENCH_WORK where data, trees and outputs go (default: ~/.cache/vigil-bench/deps)
#   OSV_SRC    the OSV records (default: shared/data/osv beside the repository)
#   VIGIL_BIN  a vigil binary; when set, the script runs
#                $VIGIL_BIN review --db DB --format json --output OUT TREE
#              instead of the stand-in (bench/deps/benchtool review, which calls engine.Review with
#              analyzers.All exactly as the review command does)
#   REGEN=1    regenerate the tree even when it exists
#   REUSE_PEER=1  keep the previous osv-scanner output and time for this tree (its run takes over half
#              an hour at full size on a 2-core machine) and only rerun Vigil
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
if [ -z "${OSV_SRC:-}" ]; then
  # shared/ sits beside the repository's root (or beside a folder above it, for worktrees).
  d=$ROOT
  while [ "$d" != / ] && [ ! -d "$d/shared/data/osv" ]; do d=$(dirname "$d"); done
  OSV_SRC=$d/shared/data/osv
fi
[ -d "$OSV_SRC" ] || { echo "no OSV records at $OSV_SRC (set OSV_SRC)" >&2; exit 1; }
WORK=${BENCH_WORK:-${XDG_CACHE_HOME:-$HOME/.cache}/vigil-bench/deps}
PEER_BIN=${PEER_BIN:-$WORK/bin}
FILES=${FILES:-2000}
PACKAGES=${PACKAGES:-200000}
TREE=$WORK/tree-$FILES-$PACKAGES
mkdir -p "$WORK"

# The peer: installed from the Go module proxy when missing (v2.6.0 needs Go 1.27).
OSV_SCANNER=$PEER_BIN/osv-scanner
if [ ! -x "$OSV_SCANNER" ]; then
  if command -v osv-scanner >/dev/null; then
    OSV_SCANNER=$(command -v osv-scanner)
  else
    echo "installing osv-scanner v2.6.0 into $PEER_BIN" >&2
    mkdir -p "$PEER_BIN"
    GOBIN="$PEER_BIN" GOTOOLCHAIN=go1.27.3 go install github.com/google/osv-scanner/v2/cmd/osv-scanner@v2.6.0
  fi
fi
peer_version=$("$OSV_SCANNER" --version)
echo "${peer_version%%$'\n'*} at $OSV_SCANNER"

(cd "$ROOT" && go build -o "$WORK/benchtool" ./bench/deps/benchtool)
BT=$WORK/benchtool

# The same OSV data for both: all.zip archives in osv-scanner's offline layout, imported into
# Vigil's database (the equivalent of osv-scanner downloading its offline databases).
rm -rf "$WORK/osv"
"$BT" osvdata -src "$OSV_SRC" -out "$WORK/osv"
rm -f "$WORK/vigil.db"
# A rerun against the same tree must not mix outputs of different runs.
[ "${REUSE_PEER:-0}" = 1 ] || rm -f "$WORK/osv.json" "$WORK/osv-scanner.time"
/usr/bin/time -f "vigil db import: %e s, %M KB max RSS" "$BT" import -src "$WORK/osv" -db "$WORK/vigil.db"

if [ ! -d "$TREE" ] || [ "${REGEN:-0}" = 1 ]; then
  rm -rf "$TREE" "$TREE.tmp"
  "$BT" gen -osv "$OSV_SRC" -out "$TREE.tmp" -files "$FILES" -packages "$PACKAGES"
  mv "$TREE.tmp" "$TREE"
fi

timed() { # label outfile command...
  local label=$1 out=$2; shift 2
  /usr/bin/time -f "%e %M" -o "$WORK/$label.time" "$@" >"$out" 2>"$WORK/$label.err" || true
  read -r secs rss < <(tail -1 "$WORK/$label.time")
  printf '%-12s %8.2f s  %8d KB max RSS\n' "$label" "$secs" "$rss"
  eval "${label//-/_}_secs=$secs"
}

echo "tree: $TREE ($FILES lockfiles, $PACKAGES package entries)"
if [ -n "${VIGIL_BIN:-}" ]; then
  timed vigil /dev/null "$VIGIL_BIN" review --db "$WORK/vigil.db" --format json --output "$WORK/vigil.json" "$TREE"
else
  timed vigil /dev/null "$BT" review -db "$WORK/vigil.db" -out "$WORK/vigil.json" "$TREE"
fi
# Offline, with the local databases; call analysis off (it would build the generated modules with
# the go command, and Vigil never executes anything from a scanned tree); --all-vulns so that no
# match is hidden as "unimportant".
if [ "${REUSE_PEER:-0}" = 1 ] && [ -s "$WORK/osv.json" ] && [ -s "$WORK/osv-scanner.time" ]; then
  read -r osv_scanner_secs rss < <(tail -1 "$WORK/osv-scanner.time")
  printf '%-12s %8.2f s  %8d KB max RSS (previous run)\n' osv-scanner "$osv_scanner_secs" "$rss"
else
timed osv-scanner "$WORK/osv.json" env OSV_SCALIBR_LOCAL_DB_CACHE_DIRECTORY="$WORK/osv" \
  "$OSV_SCANNER" scan source --offline --no-call-analysis=go --all-vulns -r --format json "$TREE"
fi

awk -v a="$osv_scanner_secs" -v b="$vigil_secs" 'BEGIN { printf "ratio:       osv-scanner / vigil = %.1fx\n", a / b }'
"$BT" compare -osv "$WORK/osv.json" -vigil "$WORK/vigil.json" -tree "$TREE" -records "$OSV_SRC" -osv-log "$WORK/osv-scanner.err"
