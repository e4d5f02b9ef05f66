#!/bin/sh
# Command-line behaviour: exit status, one-line errors naming the file, the
# rest of the corpus processed, out/ kept when a run fails.
#
# usage: sh tests/cli.sh /abs/path/to/dateline
set -u
bin=${1:?usage: cli.sh DATELINE}
cd "$(dirname "$0")/.." || exit 2
tmp=$(mktemp -d) || exit 2
trap 'chmod -R u+rwx "$tmp" 2>/dev/null; rm -rf "$tmp"' EXIT
pass=0 fail=0

ok() { pass=$((pass + 1)); }
ko() { echo "FAIL cli: $*"; fail=$((fail + 1)); }
expect_rc() {	# name want-rc cmd...
	name=$1 want=$2; shift 2
	"$@" >"$tmp/stdout" 2>"$tmp/stderr"
	rc=$?
	if [ "$rc" -eq "$want" ]; then ok; else ko "$name: exit $rc, want $want"; head -3 "$tmp/stderr"; fi
}

expect_rc "no command" 2 "$bin"
expect_rc "unknown command" 2 "$bin" frobnicate
expect_rc "unknown option" 2 "$bin" build --no-such-option
expect_rc "option without value" 2 "$bin" build -o
expect_rc "bad --lang" 2 "$bin" extract --lang de x.txt
expect_rc "bad --dct" 2 "$bin" extract --dct 2021-02-30 x.txt
expect_rc "help" 0 "$bin" --help
for c in build extract merge render timex normalize; do
	expect_rc "$c --help" 0 "$bin" "$c" --help
	grep -q "usage: dateline $c" "$tmp/stdout" && ok || ko "$c --help prints no usage"
done
expect_rc "version" 0 "$bin" --version

# A missing file: one line naming it, exit 1.
expect_rc "missing file" 1 "$bin" extract "$tmp/nosuch.txt"
[ "$(wc -l <"$tmp/stderr")" -eq 1 ] && grep -q "nosuch.txt: no such file" "$tmp/stderr" && ok ||
	{ ko "missing file message"; cat "$tmp/stderr"; }

# A corpus with bad entries: the good article is still read.
mkdir -p "$tmp/c/dir.txt" "$tmp/o"
printf 'title: Good\ndate: 2021-05-27\nlang: en\n\nOrange and Capgemini announced Bleu on 27 May 2021.\n' >"$tmp/c/good.txt"
printf '\0\0\0\1\2\3\0\0binary\0\0\0\0\0\0\0\0' >"$tmp/c/binary.txt"
printf 'x' >"$tmp/c/locked.txt"; chmod 000 "$tmp/c/locked.txt"
ln -s loop1 "$tmp/c/loop2.txt"; ln -s loop2.txt "$tmp/c/loop1"
mkfifo "$tmp/c/pipe.txt" 2>/dev/null
expect_rc "corpus with bad files" 1 "$bin" build -q -o "$tmp/o" "$tmp/c"
grep -q "documents read" "$tmp/stderr" && ok || ko "no summary line"
[ "$(tail -n 1 "$tmp/stderr" | grep -c 'documents read')" -eq 1 ] && ok || ko "summary is not the last line"
grep -q "loop2.txt: " "$tmp/stderr" && ok || ko "symlink loop not named"
[ -p "$tmp/c/pipe.txt" ] && { grep -q "pipe.txt: not a regular file" "$tmp/stderr" && ok || ko "named pipe not named"; }
if [ "$(id -u)" != 0 ]; then grep -q "locked.txt: permission denied" "$tmp/stderr" && ok || ko "unreadable file not named"; fi
[ -s "$tmp/o/index.html" ] && ok || ko "no index.html written"
[ -s "$tmp/o/timeline.md" ] && ok || ko "no timeline.md written"

# A failing run keeps what was published: templates missing.
cp "$tmp/o/index.html" "$tmp/index.before"
expect_rc "missing templates" 1 "$bin" build -q -o "$tmp/o" --templates "$tmp/no-templates" "$tmp/c/good.txt"
cmp -s "$tmp/index.before" "$tmp/o/index.html" && ok || ko "index.html changed by a failed run"
grep -q "no-templates" "$tmp/stderr" && ok || ko "missing template not named"
ls "$tmp/o" | grep -q '\.tmp\.' && ko "temporary files left in out/" || ok

# Piped: no progress output, only diagnostics and the summary.
"$bin" build -o "$tmp/o2" "$tmp/c/good.txt" 2>"$tmp/stderr" | cat
grep -q "$(printf '\r')" "$tmp/stderr" && ko "progress printed when not a terminal" || ok

# --max-sources: a count (0 for all), for build and render; not elsewhere.
expect_rc "bad --max-sources" 2 "$bin" build --max-sources -1 "$tmp/c/good.txt"
expect_rc "bad --max-sources word" 2 "$bin" render --max-sources ten
expect_rc "--max-sources on extract" 2 "$bin" extract --max-sources 3 "$tmp/c/good.txt"
mkdir -p "$tmp/m"
for i in 1 2 3; do
	printf 'title: Report %s\ndate: 2021-05-2%s\nlang: en\n\nOrange and Capgemini announced a joint venture, Bleu, on 27 May 2021.\n' "$i" "$((i + 6))" >"$tmp/m/r$i.txt"
done
expect_rc "--max-sources 1" 0 "$bin" build -q --max-sources 1 -o "$tmp/om" "$tmp/m"
grep -q "and 2 more sources" "$tmp/om/index.html" && ok || ko "no 'and 2 more sources' in index.html"
grep -q 'r1.txt | .*r2.txt | .*r3.txt' "$tmp/om/timeline.csv" && ok || ko "CSV lost a source"
expect_rc "--max-sources 0" 0 "$bin" build -q --max-sources 0 -o "$tmp/om" "$tmp/m"
grep -q "more source" "$tmp/om/index.html" && ko "a 'more sources' line with --max-sources 0" || ok

echo "cli: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
