#!/usr/bin/env bash
# Pipeline benchmark: Vigil's pipeline analyzer against actionlint on the same generated set of
# GitHub Actions workflows. Prints both wall times, the ratio and peak memory. Not run by CI.
#
#   bash bench/pipeline/run.sh            # 5,000 workflows under $CACHE (default /work/cache)
#   N=20000 bash bench/pipeline/run.sh
#
# actionlint is taken from $PEER_BIN (default $CACHE/bin) or installed there with
#   go install github.com/rhysd/actionlint/cmd/actionlint@v1.7.12
# actionlint runs without shellcheck and pyflakes (-shellcheck= -pyflakes=) so that both tools
# spend their time on the workflows themselves.
#
# Vigil is measured twice: bench/pipeline/vigilbench (engine.Review with the pipeline analyzer only:
# the figure to compare with actionlint) and the real CLI, `vigil review` with every analyzer
# (secrets, dependencies, images ... read the same files too), for what a user waits for.
# CPU profile of the pipeline run: VIGILBENCH_CPUPROFILE=cpu.prof "$BIN/vigilbench" "$DATA", and
# per workflow: VIGIL_BENCH_WORKFLOWS=$DATA/.github/workflows go test ./internal/pipeline/githubactions -bench Workflow
set -euo pipefail
cd "$(dirname "$0")/../.."
CACHE=${CACHE:-/work/cache}
N=${N:-5000}
SEED=${SEED:-1}
PEER_BIN=${PEER_BIN:-$CACHE/bin}
DATA=$CACHE/bench-pipeline/data-$N-$SEED
BIN=$CACHE/bench-pipeline/bin
mkdir -p "$BIN" "$PEER_BIN"

if [ ! -d "$DATA/.github/workflows" ]; then
  echo "generating $N workflows into $DATA"
  go run ./bench/pipeline/gen -out "$DATA" -n "$N" -seed "$SEED"
fi
go build -o "$BIN/vigilbench" ./bench/pipeline/vigilbench
go build -o "$BIN/vigil" ./cmd/vigil

source bench/lib.sh
need "$PEER_BIN" actionlint github.com/rhysd/actionlint/cmd/actionlint@v1.7.12
ACTIONLINT=$PEER_BIN/actionlint

# measure CMD...: prints "wall_s cpu_s maxrss_kb" of one run (the tool's output is discarded).
# CPU time (user+sys) is the fairer figure on a shared machine: wall time depends on how many
# runnable threads each tool has while other jobs compete for the cores.
measure() {
  local t
  t=$(mktemp)
  /usr/bin/time -o "$t" -f '%e %U %S %M' "$@" >/dev/null 2>&1 || true
  awk '{printf "%s %.2f %s\n", $1, $2+$3, $4}' "$t" | tail -1
  rm -f "$t"
}

files=$(ls "$DATA/.github/workflows" | wc -l)
echo "workflows: $files   cores: $(nproc)   load: $(cut -d' ' -f1-3 /proc/loadavg)"
"$BIN/vigilbench" "$DATA"
RUNS=${RUNS:-3}
for run in $(seq "$RUNS"); do
  read -r wv cv mv < <(measure "$BIN/vigilbench" "$DATA")
  read -r wg cg mg < <(GOGC=400 measure "$BIN/vigilbench" "$DATA")
  read -r wa ca ma < <(cd "$DATA" && measure "$ACTIONLINT" -no-color -shellcheck= -pyflakes= .github/workflows/*.yml)
  read -r wc cc mc < <(measure "$BIN/vigil" review "$DATA" --format json --output /dev/null --fail-on none --quiet)
  printf 'run %d: vigil %ss wall %ss cpu %s KB | vigil GOGC=400 %ss wall %ss cpu %s KB | actionlint %ss wall %ss cpu %s KB | vigil CLI %ss wall %ss cpu %s KB\n' \
    "$run" "$wv" "$cv" "$mv" "$wg" "$cg" "$mg" "$wa" "$ca" "$ma" "$wc" "$cc" "$mc"
  echo "$wv $cv $mv $wg $cg $mg $wa $ca $ma $wc $cc $mc" >> "$BIN/runs.$$"
done
# best (lowest) of the runs for each figure
awk '
  NR==1 {for (i=1;i<=12;i++) b[i]=$i; next}
  {for (i=1;i<=12;i++) if ($i<b[i]) b[i]=$i}
  END {
    printf "best of %d, wall:  vigil %.2fs  vigil GOGC=400 %.2fs  actionlint %.2fs  ratio vigil/actionlint %.2f (GOGC=400: %.2f)\n", NR, b[1], b[4], b[7], b[1]/b[7], b[4]/b[7]
    printf "best of %d, cpu:   vigil %.2fs  vigil GOGC=400 %.2fs  actionlint %.2fs  ratio vigil/actionlint %.2f (GOGC=400: %.2f)\n", NR, b[2], b[5], b[8], b[2]/b[8], b[5]/b[8]
    printf "peak memory: vigil %.0f MiB  vigil GOGC=400 %.0f MiB  actionlint %.0f MiB\n", b[3]/1024, b[6]/1024, b[9]/1024
    printf "vigil CLI, every analyzer: %.2fs wall  %.2fs cpu (ratio %.2f)  %.0f MiB\n", b[10], b[11], b[11]/b[8], b[12]/1024
  }' "$BIN/runs.$$"
rm -f "$BIN/runs.$$"
