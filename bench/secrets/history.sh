#!/usr/bin/env bash
# History benchmark: `vigil secrets --history` against `gitleaks git` on one generated repository
# of COMMITS commits (default 100,000) over a wide tree (2,000 folders), with a fake GitHub token
# planted every 997th commit. Prints wall and CPU time, peak memory and how many secrets each found.
# The repository is written with `git fast-import` (our own generator; Vigil itself never runs git).
#
#   bench/secrets/history.sh
#   COMMITS=10000 bench/secrets/history.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
source bench/lib.sh
COMMITS=${COMMITS:-100000}
BENCH_DIR=${BENCH_DIR:-/work/cache/bench-history}
PEER_BIN=${PEER_BIN:-/work/cache/bin}
REPO=$BENCH_DIR/repo-$COMMITS
mkdir -p "$BENCH_DIR"
need "$PEER_BIN" gitleaks github.com/zricethezav/gitleaks/v8@v8.30.1
build_vigil "$BENCH_DIR"
if [ ! -d "$REPO/.git" ]; then
	git init -q "$REPO"
	python3 - "$COMMITS" <<'PY' | git -C "$REPO" fast-import --quiet
import random, sys
random.seed(7)
n = int(sys.argv[1])
out = sys.stdout.buffer
alphabet = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
def data(b):
    out.write(b"data %d\n" % len(b)); out.write(b); out.write(b"\n")
for i in range(1, n + 1):
    out.write(b"commit refs/heads/main\nmark :%d\n" % i)
    out.write(b"author Dev %d <dev%d@example.com> %d +0000\n" % (i % 50, i % 50, 1600000000 + i * 60))
    out.write(b"committer Dev <dev@example.com> %d +0000\n" % (1600000000 + i * 60))
    data(b"change %d" % i)
    if i > 1:
        out.write(b"from :%d\n" % (i - 1))
    f = i % 2000
    body = b"package svc%d\n\n// revision %d\nfunc Handler%d() int { return %d }\n" % (f, i, f, i)
    if i % 997 == 0:
        body += b'var token = "ghp_' + bytes(random.choice(alphabet) for _ in range(36)) + b'"\n'
    out.write(b"M 100644 inline src/svc%d/handler.go\n" % f)
    data(body)
PY
fi
planted=$((COMMITS / 997))
measure vigil "$BENCH_DIR" "$BENCH_DIR/vigil" secrets --history --quiet --format json --output "$BENCH_DIR/vigil.json" "$REPO"
measure gitleaks "$BENCH_DIR" "$PEER_BIN/gitleaks" git "$REPO" --no-banner --exit-code 0 --report-format json --report-path "$BENCH_DIR/gitleaks.json" --log-level error
echo "$COMMITS commits, $planted secrets planted"
echo "vigil found $(python3 -c 'import json,sys; print(sum(1 + len(f.get("instances") or []) for f in json.load(open(sys.argv[1]))["findings"]))' "$BENCH_DIR/vigil.json"), gitleaks found $(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))))' "$BENCH_DIR/gitleaks.json")"
summary vigil "$BENCH_DIR"
summary gitleaks "$BENCH_DIR"
ratio gitleaks vigil "$BENCH_DIR"
