#!/usr/bin/env bash
# Benchmarks the access analyzers against trivy's Kubernetes RBAC checks on the same generated
# manifests (trivy config does not read raw IAM policy JSON files, so those are Vigil-only).
# Usage: bench/access/run.sh [N]   (N manifests and N policy files; default 2000)
# PEER_BIN: where trivy is (default: a cache dir it is installed into when missing).
set -euo pipefail
cd "$(dirname "$0")/../.."
N=${1:-2000}
WORK=${BENCH_DIR:-$(mktemp -d)}
PEER_BIN=${PEER_BIN:-$HOME/.cache/vigil-bench/bin}
source bench/lib.sh
need_trivy "$PEER_BIN"
go build -o "$WORK/vigil-access" ./bench/access
rm -rf "$WORK/in" && "$WORK/vigil-access" -gen "$WORK/in" -n "$N"
echo "input: $N RBAC manifests (4 objects each) + $N IAM policy files in $WORK/in"

vstart=$(date +%s.%N)
"$WORK/vigil-access" -review "$WORK/in"
vend=$(date +%s.%N)
vk8s_start=$(date +%s.%N)
"$WORK/vigil-access" -review "$WORK/in/k8s"
vk8s_end=$(date +%s.%N)

export TRIVY_CACHE_DIR="$WORK/trivy-cache"
tstart=$(date +%s.%N)
"$PEER_BIN/trivy" config --skip-check-update --quiet --format json --timeout 60m \
  --output "$WORK/trivy.json" "$WORK/in/k8s" 2> "$WORK/trivy.err" || { cat "$WORK/trivy.err"; exit 1; }
tend=$(date +%s.%N)
tfind=$(python3 -c "import json,sys; d=json.load(open(sys.argv[1])); print(sum(len(r.get('Misconfigurations') or []) for r in d.get('Results') or []))" "$WORK/trivy.json")

awk -v v="$vend-$vstart" -v vk="$vk8s_end-$vk8s_start" -v t="$tend-$tstart" -v tf="$tfind" 'function d(s,  a) { split(s, a, "-"); return a[1] - a[2] }
BEGIN {
  v = d(v); vk = d(vk); t = d(t)
  printf "vigil access, manifests+policies: %.2fs\n", v
  printf "vigil access, manifests only:     %.2fs\n", vk
  printf "trivy config, manifests only:     %.2fs (%d misconfigurations)\n", t, tf
  printf "ratio trivy/vigil on manifests:   %.1fx\n", t / vk
}'
