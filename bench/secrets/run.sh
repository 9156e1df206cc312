#!/usr/bin/env bash
# Secrets benchmark: Vigil's secret scan against gitleaks on one generated corpus.
#
#   bench/secrets/run.sh            # corpus of 520 MiB under $BENCH_DIR (default /work/cache/secrets-bench)
#   MB=100 bench/secrets/run.sh     # a smaller corpus
#
# The corpus is deterministic (fixed seed) and holds secrets planted at known places (manifest.tsv)
# plus decoys (placeholders, hashes, UUIDs, lock-file integrity, data URIs, minified bundles). The
# script prints throughput, wall time, peak memory (/usr/bin/time -v), recall on the planted set and
# false alarms (findings at no planted line) for both tools, and the throughput ratio.
#
# gitleaks is taken from $PEER_BIN when it holds one, else installed with
#   go install github.com/zricethezav/gitleaks/v8@v8.30.1
# into $BENCH_DIR/bin. Set VIGIL_CMD to time the CLI instead of the bench driver: it is run with the
# corpus folder as its last argument and must print a Vigil JSON report on stdout, e.g.
#   VIGIL_CMD='vigil review --format json'
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
BENCH_DIR=${BENCH_DIR:-/work/cache/secrets-bench}
MB=${MB:-520}
PEER_BIN=${PEER_BIN:-/work/cache/bin}
corpus="$BENCH_DIR/corpus-$MB"
mkdir -p "$BENCH_DIR/bin" "$BENCH_DIR/out"

(cd "$repo" && go build -o "$BENCH_DIR/bin/benchtool" ./bench/secrets/benchtool)
tool="$BENCH_DIR/bin/benchtool"

gitleaks="$PEER_BIN/gitleaks"
if [ ! -x "$gitleaks" ]; then
  GOBIN="$BENCH_DIR/bin" go install github.com/zricethezav/gitleaks/v8@v8.30.1
  gitleaks="$BENCH_DIR/bin/gitleaks"
fi

if [ ! -f "$corpus.done" ]; then
  rm -rf "$corpus"
  mkdir -p "$corpus/files"
  "$tool" gen "$corpus/files" "$MB"
  touch "$corpus.done"
fi

out="$BENCH_DIR/out"
# Warm the page cache so neither tool pays for the first read.
cat $(find "$corpus/files" -type f) > /dev/null 2>&1 || true

echo "== vigil"
if [ -n "${VIGIL_CMD:-}" ]; then
  /usr/bin/time -v -o "$out/vigil.time" $VIGIL_CMD "$corpus/files" > "$out/vigil.json" || true
else
  /usr/bin/time -v -o "$out/vigil.time" "$tool" scan "$corpus/files" "$out/vigil.json"
fi
echo "== gitleaks $("$gitleaks" version 2>/dev/null || true)"
/usr/bin/time -v -o "$out/gitleaks.time" "$gitleaks" dir "$corpus/files" --no-banner --exit-code 0 \
  --report-format json --report-path "$out/gitleaks.json" --log-level warn
echo
"$tool" score "$corpus/files" "$corpus/manifest.tsv" "$out/vigil.json" "$out/gitleaks.json" "$out/vigil.time" "$out/gitleaks.time"
