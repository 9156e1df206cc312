#!/usr/bin/env bash
# Container benchmark: `vigil review` against `trivy config` on the same generated tree of
# Kubernetes manifests and Dockerfiles. Prints wall and CPU times, peak memory and the ratio. Not
# run by CI.
#
#   bench/containers/run.sh                 # 5,000 manifests + 500 Dockerfiles
#   MANIFESTS=20000 DOCKERFILES=2000 bench/containers/run.sh
#
# WORK (default /work/cache/bench-containers) holds the tree, binaries and caches; nothing is
# written to the repository. PEER_BIN is where trivy is looked for (default: $WORK/bin); when it is
# missing there it is installed.
set -euo pipefail
cd "$(dirname "$0")/../.."
source bench/lib.sh
WORK=${WORK:-/work/cache/bench-containers}
MANIFESTS=${MANIFESTS:-5000}
DOCKERFILES=${DOCKERFILES:-500}
PEER_BIN=${PEER_BIN:-$WORK/bin}
TREE=$WORK/tree-$MANIFESTS-$DOCKERFILES
mkdir -p "$WORK/bin"
need_trivy "$PEER_BIN"
build_vigil "$WORK/bin"
if [ ! -d "$TREE" ]; then
	go run ./bench/containers/gen -out "$TREE" -manifests "$MANIFESTS" -dockerfiles "$DOCKERFILES"
fi
echo "tree: $TREE ($(find "$TREE" -type f | wc -l) files, $(du -sh "$TREE" | cut -f1))"

# Warm trivy's cache once (it unpacks its embedded checks on first use).
"$PEER_BIN/trivy" config --skip-check-update --cache-dir "$WORK/trivy-cache" -q -f json -o /dev/null examples/k8s-platform/manifests >/dev/null 2>&1 || true

measure vigil "$WORK" "$WORK/bin/vigil" review --quiet --format json --output "$WORK/vigil.json" "$TREE"
measure trivy "$WORK" "$PEER_BIN/trivy" config --skip-check-update --timeout 2h --cache-dir "$WORK/trivy-cache" -q -f json -o "$WORK/trivy.json" "$TREE"
python3 - "$WORK/vigil.json" "$WORK/trivy.json" <<'PY'
import json, sys
v = json.load(open(sys.argv[1]))
t = json.load(open(sys.argv[2]))
print("vigil: %d findings (%d places); trivy: %d misconfigurations" % (
    len(v["findings"]), v["summary"]["occurrences"],
    sum(len(r.get("Misconfigurations") or []) for r in t.get("Results") or [])))
PY
summary vigil "$WORK"
summary trivy "$WORK"
ratio trivy vigil "$WORK"
