#!/usr/bin/env bash
# Vigil's cloud analyzer against Trivy's misconfiguration scanner (trivy config, offline with its
# embedded checks) on the same generated tree of Terraform files. Prints both wall times, peak
# memory and the ratio. Not run by CI; run it by hand from the repository root:
#
#   bash bench/cloud/run.sh                 # 2,000 files under $BENCH_DIR
#   FILES=5000 bash bench/cloud/run.sh
#
# The tree is generated deterministically (fixed seed) outside the repository. Trivy is installed
# from the Go module proxy into $PEER_BIN only when it is missing there.
set -euo pipefail

cd "$(dirname "$0")/../.."
CACHE=${CACHE:-/work/cache}
BENCH_DIR=${BENCH_DIR:-$CACHE/bench-cloud}
PEER_BIN=${PEER_BIN:-$CACHE/bin}
FILES=${FILES:-2000}
TRIVY_VERSION=v0.74.0

mkdir -p "$BENCH_DIR" "$PEER_BIN"
if [ ! -x "$PEER_BIN/trivy" ]; then
	echo "installing trivy $TRIVY_VERSION into $PEER_BIN (about 15 minutes on two cores)"
	GOBIN="$PEER_BIN" GOEXPERIMENT=jsonv2 go install "github.com/aquasecurity/trivy/cmd/trivy@$TRIVY_VERSION"
fi

go build -o "$BENCH_DIR/cloudbench" ./bench/cloud
"$BENCH_DIR/cloudbench" gen -out "$BENCH_DIR/tree" -files "$FILES"

# measure NAME CMD...: runs the command once, records wall seconds and peak RSS (KiB).
measure() {
	local name=$1
	shift
	local start end
	start=$(date +%s.%N)
	if [ -x /usr/bin/time ]; then
		/usr/bin/time -f "%M" -o "$BENCH_DIR/$name.rss" "$@" >"$BENCH_DIR/$name.out" 2>"$BENCH_DIR/$name.err"
	else
		"$@" >"$BENCH_DIR/$name.out" 2>"$BENCH_DIR/$name.err"
		echo 0 >"$BENCH_DIR/$name.rss"
	fi
	end=$(date +%s.%N)
	echo "$end - $start" | bc -l >"$BENCH_DIR/$name.secs"
}

# Vigil. Until the CLI lands, cloudbench drives engine.Review with the cloud analyzer; afterwards
# this line becomes: measure vigil ./vigil review --format json --output "$BENCH_DIR/vigil.json" "$BENCH_DIR/tree"
measure vigil "$BENCH_DIR/cloudbench" review "$BENCH_DIR/tree"
# Trivy, offline: no check bundle update, embedded checks only.
measure trivy "$PEER_BIN/trivy" config --skip-check-update --quiet --format json --output "$BENCH_DIR/trivy.json" "$BENCH_DIR/tree"

tf_files=$(find "$BENCH_DIR/tree" -name '*.tf' | wc -l)
vigil_s=$(cat "$BENCH_DIR/vigil.secs")
trivy_s=$(cat "$BENCH_DIR/trivy.secs")
printf '%d Terraform files\n' "$tf_files"
printf 'vigil  %7.2fs  peak %6d MiB  (%s)\n' "$vigil_s" $(($(cat "$BENCH_DIR/vigil.rss") / 1024)) "$(cat "$BENCH_DIR/vigil.out")"
printf 'trivy  %7.2fs  peak %6d MiB\n' "$trivy_s" $(($(cat "$BENCH_DIR/trivy.rss") / 1024))
printf 'ratio  %.1fx faster (target: at least 10x)\n' "$(echo "$trivy_s / $vigil_s" | bc -l)"
