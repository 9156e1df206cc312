#!/usr/bin/env bash
# `vigil review` (runtime coverage rules over the resource set) against Trivy's misconfiguration
# scanner (trivy config, offline, embedded checks: it has the per-resource logging checks, e.g.
# trail validation, bucket logging, flow logs, EKS logging) on the same generated tree. Not run by
# CI; run it by hand:
#
#   bash bench/runtime/run.sh               # 200 Terraform root modules, 1,000 files, under $BENCH_DIR
#   ROOTS=1000 bash bench/runtime/run.sh
#   MODE=k8s CLUSTERS=500 bash bench/runtime/run.sh   # self-managed clusters: static pods, kubeadm
#
# In the k8s mode the tree holds kube-apiserver static pods, kubeadm configurations and node agent
# DaemonSets; trivy's Kubernetes checks include the CIS API server audit flags (KCV0019-KCV0022) on
# static pods, Vigil's runtime rules read the same pods and the kubeadm configurations.
set -euo pipefail
cd "$(dirname "$0")/../.."
source bench/lib.sh
CACHE=${CACHE:-/work/cache}
BENCH_DIR=${BENCH_DIR:-$CACHE/bench-runtime}
PEER_BIN=${PEER_BIN:-$CACHE/bin}
ROOTS=${ROOTS:-200}
MODE=${MODE:-terraform}
CLUSTERS=${CLUSTERS:-500}
mkdir -p "$BENCH_DIR" "$PEER_BIN"
need_trivy "$PEER_BIN"
build_vigil "$BENCH_DIR"
if [ "$MODE" = k8s ]; then
	go run ./bench/runtime gen-k8s -out "$BENCH_DIR/tree" -clusters "$CLUSTERS"
else
	go run ./bench/runtime gen -out "$BENCH_DIR/tree" -roots "$ROOTS"
fi

measure vigil "$BENCH_DIR" "$BENCH_DIR/vigil" review --quiet --format json --output "$BENCH_DIR/vigil.json" "$BENCH_DIR/tree"
measure trivy "$BENCH_DIR" "$PEER_BIN/trivy" config --skip-check-update --quiet --format json --output "$BENCH_DIR/trivy.json" "$BENCH_DIR/tree"

printf '%s mode, %d files; vigil: %s runtime findings\n' "$MODE" "$(find "$BENCH_DIR/tree" -type f | wc -l)" \
	"$(python3 -c 'import json,sys; print(sum(f["area"]=="runtime" for f in json.load(open(sys.argv[1]))["findings"]))' "$BENCH_DIR/vigil.json")"
summary vigil "$BENCH_DIR"
summary trivy "$BENCH_DIR"
ratio trivy vigil "$BENCH_DIR"
