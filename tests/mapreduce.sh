#!/bin/sh
# Map/reduce identity: `build`, extract-then-merge on one shard, and extract
# on eight shards (through GNU parallel) then merge must give byte-identical
# out/ files; so must `build -j 1` and `build -j 4`.
#
# usage: sh tests/mapreduce.sh /abs/path/to/dateline [CORPUS]
set -u
bin=${1:?usage: mapreduce.sh DATELINE [CORPUS]}
cd "$(dirname "$0")/.." || exit 2
corpus=${2:-corpus}
tmp=$(mktemp -d) || exit 2
trap 'rm -rf "$tmp"' EXIT
pass=0 fail=0

same() {	# name dir1 dir2
	if diff -r "$2" "$3" >"$tmp/diff" 2>&1; then
		pass=$((pass + 1))
	else
		echo "FAIL mapreduce: $1"; head -20 "$tmp/diff"
		fail=$((fail + 1))
	fi
}

"$bin" build -q --no-cache -j 1 -o "$tmp/build1" "$corpus" 2>/dev/null
"$bin" build -q --no-cache -j 4 -o "$tmp/build4" "$corpus" 2>/dev/null
same "build -j 1 vs -j 4" "$tmp/build1" "$tmp/build4"

# The events cache: a first run fills it, a second reads it; same output.
"$bin" build -q --cache "$tmp/cache" -o "$tmp/cold" "$corpus" 2>/dev/null
"$bin" build -q --cache "$tmp/cache" -o "$tmp/warm" "$corpus" 2>"$tmp/warm.err"
same "build with a cold cache vs -j 1" "$tmp/build1" "$tmp/cold"
same "build from the cache vs -j 1" "$tmp/build1" "$tmp/warm"

# One shard: extract everything, merge, render.
find "$corpus" -type f ! -name '.*' ! -name 'README*' | LC_ALL=C sort >"$tmp/files"
"$bin" extract - <"$tmp/files" >"$tmp/all.jsonl" 2>/dev/null
"$bin" merge -o "$tmp/timeline.jsonl" "$tmp/all.jsonl"
"$bin" render -o "$tmp/one" "$tmp/timeline.jsonl"
same "build vs extract+merge+render" "$tmp/build1" "$tmp/one"

# Eight shards in a shuffled order, mapped in parallel, reduced from stdin.
if command -v parallel >/dev/null 2>&1; then
	mkdir -p "$tmp/shards"
	LC_ALL=C sort -r "$tmp/files" | split -n r/8 - "$tmp/shards/list."
	ls "$tmp/shards"/list.* | parallel --will-cite -j 8 \
		"$bin extract - < {} > {}.jsonl 2>/dev/null"
	cat $(ls -r "$tmp/shards"/list.*.jsonl) | "$bin" merge | "$bin" render -o "$tmp/eight"
	same "build vs 8 shards through GNU parallel" "$tmp/build1" "$tmp/eight"
else
	echo "FAIL mapreduce: GNU parallel is not installed (Debian package parallel)"
	fail=$((fail + 1))
fi
echo "mapreduce: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
