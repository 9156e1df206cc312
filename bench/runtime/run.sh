#!/usr/bin/env bash
# Vigil's runtime coverage rules (with the cloud analyzer that builds the resource set) against
# Trivy's misconfiguration scanner (trivy config, offline, embedded checks: it has the per-resource
# logging checks, e.g. trail validation, bucket logging, flow logs, EKS logging) on the same
# generated tree of Terraform root modules. Prints wall times, peak memory and the ratio. Not run
# by CI; run it by hand from the repository root:
#
#   bash bench/runtime/run.sh               # 200 root modules, 1,000 files, under $BENCH_DIR
#   ROOTS=1000 bash bench/runtime/run.sh
#   MODE=k8s CLUSTERS=500 bash bench/runtime/run.sh   # self-managed clusters: static pods, kubeadm
#
# In the k8s mode the tree holds kube-apiserver static pods, kubeadm configurations and node agent
# DaemonSets; trivy's Kubernetes checks include the CIS API server audit flags (KCV0019-KCV0022) on
# static pods, Vigil's runtime rules read the same pods and the kubeadm configurations.
#
# Trivy is installed from the Go module proxy into $PEER_BIN only when it is missing there.
set -euo pipefail

cd "$(dirname "$0")/../.."
CACHE=${CACHE:-/work/cache}
BENCH_DIR=${BENCH_DIR:-$CACHE/bench-runtime}
PEER_BIN=${PEER_BIN:-$CACHE/bin}
ROOTS=${ROOTS:-200}
MODE=${MODE:-terraform}
CLUSTERS=${CLUSTERS:-500}
TRIVY_VERSION=v0.74.0

mkdir -p "$BENCH_DIR" "$PEER_BIN"
if [ ! -x "$PEER_BIN/trivy" ]; then
	echo "installing trivy $TRIVY_VERSION into $PEER_BIN (about 15 minutes on two cores)"
	GOBIN="$PEER_BIN" GOEXPERIMENT=jsonv2 go install "github.com/aquasecurity/trivy/cmd/trivy@$TRIVY_VERSION"
fi

go build -o "$BENCH_DIR/runtimebench" ./bench/runtime
if [ "$MODE" = k8s ]; then
	"$BENCH_DIR/runtimebench" gen-k8s -out "$BENCH_DIR/tree" -clusters "$CLUSTERS"
else
	"$BENCH_DIR/runtimebench" gen -out "$BENCH_DIR/tree" -roots "$ROOTS"
fi

# timed NAME CMD...: runs the command once; writes NAME.secs (wall) and NAME.rss (peak KiB).
timed() {
	local name=$1 start
	shift
	start=$(date +%s.%N)
	if [ -x /usr/bin/time ]; then
		/usr/bin/time -f "%M" -o "$BENCH_DIR/$name.rss" "$@" >"$BENCH_DIR/$name.out" 2>"$BENCH_DIR/$name.err"
	else
		"$@" >"$BENCH_DIR/$name.out" 2>"$BENCH_DIR/$name.err"
		echo 0 >"$BENCH_DIR/$name.rss"
	fi
	echo "$(date +%s.%N) - $start" | bc -l >"$BENCH_DIR/$name.secs"
}

# Until the CLI lands, runtimebench drives engine.Review; afterwards: ./vigil review --format json DIR.
timed vigil "$BENCH_DIR/runtimebench" review "$BENCH_DIR/tree"
timed trivy "$PEER_BIN/trivy" config --skip-check-update --quiet --format json --output "$BENCH_DIR/trivy.json" "$BENCH_DIR/tree"

if [ "$MODE" = k8s ]; then
	printf '%d clusters, %d manifest files\n' "$CLUSTERS" "$(find "$BENCH_DIR/tree" -name '*.yaml' | wc -l)"
else
	printf '%d root modules, %d Terraform files\n' "$ROOTS" "$(find "$BENCH_DIR/tree" -name '*.tf' | wc -l)"
fi
printf 'vigil  %7.2fs  peak %6d MiB  (%s)\n' "$(cat "$BENCH_DIR/vigil.secs")" $(($(cat "$BENCH_DIR/vigil.rss") / 1024)) "$(cat "$BENCH_DIR/vigil.out")"
printf 'trivy  %7.2fs  peak %6d MiB\n' "$(cat "$BENCH_DIR/trivy.secs")" $(($(cat "$BENCH_DIR/trivy.rss") / 1024))
printf 'ratio  %.1fx\n' "$(echo "$(cat "$BENCH_DIR/trivy.secs") / $(cat "$BENCH_DIR/vigil.secs")" | bc -l)"
