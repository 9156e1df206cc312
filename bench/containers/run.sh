#!/usr/bin/env bash
# Container benchmark: Vigil against `trivy config` on the same generated tree of Kubernetes
# manifests and Dockerfiles. Prints times, peak memory and the ratio. Not run by CI.
#
#   bench/containers/run.sh                 # 5,000 manifests + 500 Dockerfiles
#   MANIFESTS=20000 DOCKERFILES=2000 bench/containers/run.sh
#
# WORK (default /work/cache/bench-containers) holds the tree, binaries and caches; nothing is
# written to the repository. PEER_BIN is where trivy is looked for (default: $WORK/bin); when it is
# missing there it is installed with the pinned `go install` line below.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
WORK=${WORK:-/work/cache/bench-containers}
MANIFESTS=${MANIFESTS:-5000}
DOCKERFILES=${DOCKERFILES:-500}
RUNS=${RUNS:-3}
TRIVY_RUNS=${TRIVY_RUNS:-1}
PEER_BIN=${PEER_BIN:-$WORK/bin}
TREE=$WORK/tree-$MANIFESTS-$DOCKERFILES
mkdir -p "$WORK/bin"

if [ ! -x "$PEER_BIN/trivy" ]; then
	echo "installing trivy v0.74.0 into $PEER_BIN (takes a while)" >&2
	mkdir -p "$PEER_BIN"
	GOBIN=$PEER_BIN GOEXPERIMENT=jsonv2 go install github.com/aquasecurity/trivy/cmd/trivy@v0.74.0
fi
TRIVY=$PEER_BIN/trivy

# Until the CLI exists, vigilbench drives engine.Review with every analyzer. With the CLI this
# becomes: go build -o "$WORK/bin/vigil" ./cmd/vigil and VIGIL=("$WORK/bin/vigil" review --format json --output /dev/null --fail-on none)
(cd "$ROOT" && go build -o "$WORK/bin/vigilbench" ./bench/containers/vigilbench)
VIGIL=("$WORK/bin/vigilbench")

if [ ! -d "$TREE" ]; then
	(cd "$ROOT" && go run ./bench/containers/gen -out "$TREE" -manifests "$MANIFESTS" -dockerfiles "$DOCKERFILES")
fi
echo "tree: $TREE ($(find "$TREE" -type f | wc -l) files, $(du -sh "$TREE" | cut -f1))"

# measure NAME RUNS CMD...: best wall time of RUNS runs in seconds, and the peak RSS of the last.
measure() {
	local name=$1 runs=$2; shift 2
	local best="" rss=0
	for _ in $(seq "$runs"); do
		local t0 t1 s
		t0=$(date +%s.%N)
		/usr/bin/time -f "%M" -o "$WORK/$name.rss" "$@" >"$WORK/$name.out" 2>"$WORK/$name.err" || { echo "$name failed:" >&2; tail -5 "$WORK/$name.err" >&2; exit 1; }
		t1=$(date +%s.%N)
		s=$(echo "$t1 - $t0" | bc)
		if [ -z "$best" ] || [ "$(echo "$s < $best" | bc)" = 1 ]; then best=$s; fi
		rss=$(tail -1 "$WORK/$name.rss")
	done
	printf "%-8s best of %d: %6.2fs  peak RSS %5d MiB\n" "$name" "$runs" "$best" $((rss / 1024)) >&2
	echo "$best"
}

# Warm trivy's cache once (it unpacks its embedded checks on first use).
"$TRIVY" config --skip-check-update --cache-dir "$WORK/trivy-cache" -q -f json -o /dev/null "$ROOT/examples/k8s-platform/manifests" >/dev/null 2>&1 || true

v=$(measure vigil "$RUNS" "${VIGIL[@]}" "$TREE")
t=$(measure trivy "$TRIVY_RUNS" "$TRIVY" config --skip-check-update --timeout 2h --cache-dir "$WORK/trivy-cache" -q -f json -o "$WORK/trivy.json" "$TREE")
cat "$WORK/vigil.out"
echo "trivy: $(grep -o '"ID": *"[A-Z]*-[0-9]*"' "$WORK/trivy.json" | wc -l) misconfigurations reported"
printf "ratio: vigil is %.1fx faster than trivy config (target >= 10x)\n" "$(echo "$t / $v" | bc -l)"
