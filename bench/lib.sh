# Shared by the bench/*/run.sh scripts (source it; not run by CI).
#
#   build_vigil DIR            builds the real CLI into DIR/vigil (what a user runs)
#   need BIN_DIR NAME PKG@VER  installs a peer tool into BIN_DIR when it is missing there
#   need_trivy BIN_DIR         need for trivy v0.74.0 (built with GOEXPERIMENT=jsonv2)
#   measure NAME DIR CMD...    runs CMD once; writes DIR/NAME.{out,err,secs,cpu,rss}
#   summary NAME DIR           one line: wall seconds, CPU seconds, peak RSS
#   ratio A B DIR              how many times faster B is than A, in wall and CPU time

TRIVY_VERSION=${TRIVY_VERSION:-v0.74.0}
BENCH_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

build_vigil() {
	(cd "$BENCH_ROOT" && go build -o "$1/vigil" ./cmd/vigil)
}

need() {
	if [ ! -x "$1/$2" ]; then
		echo "installing $3 into $1" >&2
		mkdir -p "$1"
		GOBIN="$1" go install "$3"
	fi
}

need_trivy() {
	GOEXPERIMENT=jsonv2 need "$1" trivy "github.com/aquasecurity/trivy/cmd/trivy@$TRIVY_VERSION"
}

measure() {
	local name=$1 dir=$2 start rss user sys
	shift 2
	start=$(date +%s.%N)
	if ! /usr/bin/time -f "%M %U %S" -o "$dir/$name.time" "$@" >"$dir/$name.out" 2>"$dir/$name.err"; then
		# vigil exits 1 when its gate fails; anything else is a broken run.
		if [ "$(tail -1 "$dir/$name.time" | grep -c 'exit status 1')" = 0 ] && ! grep -q '^[0-9]' "$dir/$name.time"; then
			echo "$name failed:" >&2
			tail -5 "$dir/$name.err" >&2
			return 1
		fi
	fi
	echo "$(date +%s.%N) - $start" | bc -l >"$dir/$name.secs"
	read -r rss user sys < <(grep '^[0-9]' "$dir/$name.time" | tail -1)
	echo "$rss" >"$dir/$name.rss"
	echo "$user + $sys" | bc -l >"$dir/$name.cpu"
}

summary() {
	printf '%-8s %8.2fs wall %8.2fs cpu  peak %6d MiB\n' "$1" "$(cat "$2/$1.secs")" "$(cat "$2/$1.cpu")" $(($(cat "$2/$1.rss") / 1024))
}

ratio() {
	printf 'ratio  %s is %.1fx faster than %s in wall time, %.1fx in CPU time\n' "$2" \
		"$(echo "$(cat "$3/$1.secs") / $(cat "$3/$2.secs")" | bc -l)" "$1" \
		"$(echo "$(cat "$3/$1.cpu") / $(cat "$3/$2.cpu")" | bc -l)"
}
