#!/usr/bin/env bash
# `vigil review` against Trivy's misconfiguration scanner (trivy config, offline with its embedded
# checks) on the same generated tree of Terraform files. Prints wall and CPU times, peak memory and
# the ratio. Not run by CI; run it by hand:
#
#   bash bench/cloud/run.sh                 # 2,000 files under $BENCH_DIR
#   FILES=5000 bash bench/cloud/run.sh
#
# The tree is generated deterministically (fixed seed) outside the repository. Trivy is installed
# into $PEER_BIN only when it is missing there.
set -euo pipefail
cd "$(dirname "$0")/../.."
source bench/lib.sh
CACHE=${CACHE:-/work/cache}
BENCH_DIR=${BENCH_DIR:-$CACHE/bench-cloud}
PEER_BIN=${PEER_BIN:-$CACHE/bin}
FILES=${FILES:-2000}
mkdir -p "$BENCH_DIR" "$PEER_BIN"
need_trivy "$PEER_BIN"
build_vigil "$BENCH_DIR"
go run ./bench/cloud gen -out "$BENCH_DIR/tree" -files "$FILES"

measure vigil "$BENCH_DIR" "$BENCH_DIR/vigil" review --quiet --format json --output "$BENCH_DIR/vigil.json" "$BENCH_DIR/tree"
measure trivy "$BENCH_DIR" "$PEER_BIN/trivy" config --skip-check-update --quiet --format json --output "$BENCH_DIR/trivy.json" "$BENCH_DIR/tree"

printf '%d Terraform files; vigil: %s findings\n' "$(find "$BENCH_DIR/tree" -name '*.tf' | wc -l)" \
	"$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["findings"]))' "$BENCH_DIR/vigil.json")"
summary vigil "$BENCH_DIR"
summary trivy "$BENCH_DIR"
ratio trivy vigil "$BENCH_DIR"
