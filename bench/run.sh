#!/bin/sh
# make bench: Dateline beside the ICU floor and the date parsers people use,
# on the same generated files.  Prints figures; asserts nothing.
#
# Environment: BENCH_MB (main corpus, default 10), BENCH_SIZES (scaling,
# default "1 10 100"), BENCH_DP_MB (dateparser subset, default 0.3),
# BENCH_INCR_DOCS (incremental rebuild corpus, default 10000 articles).
set -u
cd "$(dirname "$0")/.." || exit 2
DL=$PWD/dateline
FLOOR=$PWD/build/bench/floor
DATA=bench/data
MB=${BENCH_MB:-10}
SIZES=${BENCH_SIZES:-1 10 100}
DP_MB=${BENCH_DP_MB:-0.3}
INCR_DOCS=${BENCH_INCR_DOCS:-10000}
RUNS=${BENCH_RUNS:-3}
NCPU=$(nproc)
ONE="taskset -c 0"
command -v taskset >/dev/null 2>&1 || ONE=""
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

corpus() {	# MB -> folder
	d=$DATA/c$1
	[ -d "$d" ] || python3 bench/gen.py "$d" "$1" 42 >/dev/null
	echo "$d"
}

# run NAME [-i FILE] [-b SHELLCMD] [-n RUNS] CMD...: the median seconds of
# RUNS runs (default BENCH_RUNS) and the largest peak RSS into $tmp/NAME.
# Standard input from FILE (default /dev/null); SHELLCMD runs before each
# run, untimed (a fresh output folder, a changed article).
run() {
	name=$1; shift
	in=/dev/null; before=; n=$RUNS
	while :; do
		case $1 in
		-i) in=$2; shift 2 ;;
		-b) before=$2; shift 2 ;;
		-n) n=$2; shift 2 ;;
		*) break ;;
		esac
	done
	: >"$tmp/$name.all"
	for _ in $(seq "$n"); do
		[ -z "$before" ] || sh -c "$before"
		if ! /usr/bin/time -f "%e %M" -o "$tmp/$name.one" "$@" <"$in" >"$tmp/$name.out" 2>"$tmp/$name.err"; then
			echo "failed" >"$tmp/$name.time"
			return
		fi
		cat "$tmp/$name.one" >>"$tmp/$name.all"
	done
	sort -n "$tmp/$name.all" | awk '{ t[NR] = $1; if ($2 > m) m = $2 }
	    END { print t[int((NR + 1) / 2)], m }' >"$tmp/$name.time"
}

row() {	# NAME LABEL BYTES DOCS
	t=$(cat "$tmp/$1.time" 2>/dev/null || echo failed)
	case $t in failed*) printf '%-34s %8s\n' "$2" "failed"; return ;; esac
	set -- "$1" "$2" "$3" "$4" $t
	awk -v l="$2" -v b="$3" -v d="$4" -v s="$5" -v k="$6" -v ref="${REF:-0}" 'BEGIN {
		if (s < 0.005) s = 0.005
		mbs = b / 1e6 / s
		r = ref > 0 ? sprintf("%8.1fx", ref / mbs) : "       -"
		printf "%-34s %8.1f %8.2f %9.2f %9.0f %9.1f %s\n", l, b / 1e6, s, mbs, d / s, k / 1024, r
	}'
	awk -v b="$3" -v s="$5" 'BEGIN { if (s < 0.005) s = 0.005; print b / 1e6 / s }' >"$tmp/$1.mbs"
}

main=$(corpus "$MB")
find "$main" -type f | sort >"$tmp/files"
docs=$(wc -l <"$tmp/files")
bytes=$(cat "$tmp/files" | xargs cat | wc -c)
echo "Corpus: $main, $docs articles, $(awk -v b="$bytes" 'BEGIN{printf "%.1f", b/1e6}') MB (EN/FR; txt, md, html). Machine: $NCPU cores."
echo

run floor -i "$tmp/files" $ONE "$FLOOR" -
run libfloor -i "$tmp/files" $ONE "$FLOOR" --libs -
run extract -i "$tmp/files" $ONE "$DL" extract -j 1 -
run extractN -i "$tmp/files" "$DL" extract -j "$NCPU" -
run build1 -b "rm -rf '$tmp/out1'" $ONE "$DL" build -q --no-cache -j 1 -o "$tmp/out1" "$main"
run buildN -b "rm -rf '$tmp/outN'" "$DL" build -q --no-cache -j "$NCPU" -o "$tmp/outN" "$main"
if [ -d bench/node_modules/chrono-node ]; then
	run chrono -i "$tmp/files" $ONE node bench/chrono.js
fi
# dateparser: a subset (it runs at tens of KB/s), measured on its own bytes.
awk -v lim="$(awk -v m="$DP_MB" 'BEGIN{print m*1e6}')" '{ print }' "$tmp/files" >"$tmp/dpall"
: >"$tmp/dpfiles"; dpb=0
while read -r f; do
	s=$(wc -c <"$f"); dpb=$((dpb + s)); echo "$f" >>"$tmp/dpfiles"
	[ "$dpb" -ge "$(awk -v m="$DP_MB" 'BEGIN{printf "%d", m*1e6}')" ] && break
done <"$tmp/files"
dpdocs=$(wc -l <"$tmp/dpfiles")
run dateparser -n 1 -i "$tmp/dpfiles" $ONE /usr/bin/python3 bench/dateparser_run.py

printf '%-34s %8s %8s %9s %9s %9s %9s\n' "tool (one core unless said)" "MB" "seconds" "MB/s" "docs/s" "peak MB" "extract÷"
row extract "dateline extract -j 1" "$bytes" "$docs"
REF=$(cat "$tmp/extract.mbs" 2>/dev/null || echo 0)
export REF
row floor "ICU floor (UTF-16, NFC, breaks)" "$bytes" "$docs"
row libfloor "+ libxml2 HTML, EN/FR abbreviations" "$bytes" "$docs"
row extractN "dateline extract -j $NCPU (all cores)" "$bytes" "$docs"
row build1 "dateline build -j 1" "$bytes" "$docs"
row buildN "dateline build -j $NCPU (all cores)" "$bytes" "$docs"
[ -f "$tmp/chrono.time" ] && row chrono "chrono-node (en/fr parsers)" "$bytes" "$docs"
row dateparser "dateparser search_dates (subset)" "$(cat $(cat "$tmp/dpfiles") | wc -c)" "$dpdocs"
echo
awk -v a="$(cat "$tmp/extract.mbs" 2>/dev/null || echo 0)" -v f="$(cat "$tmp/floor.mbs" 2>/dev/null || echo 1)" \
    -v l="$(cat "$tmp/libfloor.mbs" 2>/dev/null || echo 1)" \
    'BEGIN { printf "extract at %.0f%% of the floor'"'"'s MB/s (target: at least 50%%); the required libraries alone run at %.0f%% of it\n", 100 * a / f, 100 * l / f }'
awk -v one="$(cat "$tmp/build1.mbs" 2>/dev/null || echo 1)" -v all="$(cat "$tmp/buildN.mbs" 2>/dev/null || echo 0)" -v n="$NCPU" \
    -v x1="$(cat "$tmp/extract.mbs" 2>/dev/null || echo 1)" -v xn="$(cat "$tmp/extractN.mbs" 2>/dev/null || echo 0)" \
    'BEGIN { printf "build -j %d is %.2fx build -j 1 (target: 1.8x on two cores); extract, which shares no work, %.2fx\n", n, all / one, xn / x1 }'
cmp -s "$tmp/out1/events.jsonl" "$tmp/outN/events.jsonl" && echo "build -j 1 and -j $NCPU outputs: identical" || echo "build -j 1 and -j $NCPU outputs: DIFFER"

echo
echo "Scaling (dateline build -j $NCPU, no cache):"
printf '%8s %8s %9s %9s\n' "MB" "seconds" "MB/s" "peak MB"
for s in $SIZES; do
	c=$(corpus "$s")
	run "scale$s" -b "rm -rf '$tmp/os$s'" "$DL" build -q --no-cache -o "$tmp/os$s" "$c"
	t=$(cat "$tmp/scale$s.time")
	b=$(find "$c" -type f | xargs cat | wc -c)
	case $t in failed*) printf '%8.1f %8s\n' "$(awk -v b="$b" 'BEGIN{print b/1e6}')" failed; continue ;; esac
	set -- $t
	awk -v b="$b" -v s="$1" -v k="$2" 'BEGIN { if (s < 0.005) s = 0.005; printf "%8.1f %8.2f %9.2f %9.1f\n", b/1e6, s, b/1e6/s, k/1024 }'
done

echo
# Start-up: an empty corpus, median of 20 runs.
mkdir -p "$tmp/empty"
for i in $(seq 20); do
	/usr/bin/time -f "%e" -o "$tmp/st.$i" "$DL" build -q --no-cache -o "$tmp/oe" "$tmp/empty" 2>/dev/null
	cat "$tmp/st.$i"
done | sort -n | awk '{ a[NR] = $1 } END { printf "start-up, empty corpus (median of 20): %.0f ms (target: under 20 ms)\n", a[int((NR + 1) / 2)] * 1000 }'

# Incremental rebuild: INCR_DOCS articles, one changed, events cache on.
incr_mb=$(awk -v n="$INCR_DOCS" 'BEGIN { printf "%.0f", n * 3.5 / 1000 }')
ic=$DATA/incr$INCR_DOCS
[ -d "$ic" ] || python3 bench/gen.py "$ic" "$incr_mb" 7 >/dev/null
run full -b "rm -rf '$tmp/cache' '$tmp/oi'" "$DL" build -q --cache "$tmp/cache" -o "$tmp/oi" "$ic"
f=$(find "$ic" -type f | sort | head -n 1)
cp "$f" "$tmp/saved"
# Each run changes the article anew (another day each time), so each finds
# exactly one article not in the cache.
echo 0 >"$tmp/day"
run incr -b "d=\$((\$(cat '$tmp/day') + 1)); echo \$d >'$tmp/day'; cp '$tmp/saved' '$f';
    printf '\\nOrange and Capgemini announced a new contract on %d March 2025.\\n' \$d >>'$f'" \
    "$DL" build -q --cache "$tmp/cache" -o "$tmp/oi" "$ic"
cp "$tmp/saved" "$f"
n=$(find "$ic" -type f | wc -l)
awk -v a="$(cut -d' ' -f1 "$tmp/full.time")" -v b="$(cut -d' ' -f1 "$tmp/incr.time")" -v n="$n" \
    'BEGIN { printf "rebuild after 1 of %d articles changed: %.2f s vs %.2f s full (%.1f%%; target: under 5%%)\n", n, b, a, 100 * b / a }'
# What any rebuild that publishes its files whole (a temporary file renamed
# into place) must at least do: look at every article (a stat each) and
# write every output anew.  cp -r copies the published folder, in the kernel
# where it can (copy_file_range).
run outcopy -b "rm -rf '$tmp/oc'" sh -c "find '$ic' -type f -printf '%s %T@\\n' >/dev/null && cp -r '$tmp/oi' '$tmp/oc'"
awk -v a="$(cut -d' ' -f1 "$tmp/full.time")" -v c="$(cut -d' ' -f1 "$tmp/outcopy.time")" \
    -v mb="$(du -sm "$tmp/oi" | cut -f1)" \
    'BEGIN { printf "stat every article and write the outputs anew (%d MB), nothing else: %.2f s (%.1f%% of the full build)\n", mb, c, 100 * c / a }'
