#!/bin/sh
# Golden-file cases: input beside expected output (lowdown's regress).
#
#   tests/cases/NAME.in.EXT            input; EXT picks the ingester (txt, md, html, tml)
#   tests/cases/NAME.args              optional extra flags (e.g. --dct 2021-05-26 --lang fr)
#   tests/cases/NAME.expected.jsonl    `dateline extract` output (events)
#   tests/cases/NAME.expected.timeml   `dateline timex --format timeml`
#   tests/cases/NAME.expected.tx.jsonl `dateline timex --format jsonl`
#   tests/cases/NAME.expected.norm     `dateline normalize`
#   tests/cases/NAME.expected.sents    `dateline normalize --format sentences`
#   tests/cases/NAME.expected.err      stderr of `dateline extract` (diagnostics)
#   tests/cases/corpus/FILE.expected.jsonl   events of corpus/FILE
# Each expected file present is compared with `diff -u`.  BLESS=1 rewrites
# the expected files instead (review them with git diff).  VALGRIND=cmd
# prefixes every run.
#
# usage: sh tests/golden.sh /abs/path/to/dateline
set -u
bin=${1:?usage: golden.sh DATELINE}
cd "$(dirname "$0")/.." || exit 2
pass=0 fail=0
tmp=$(mktemp -d) || exit 2
trap 'rm -rf "$tmp"' EXIT

check() {	# name expected-file command...
	name=$1 exp=$2
	shift 2
	${VALGRIND:-} "$@" >"$tmp/out" 2>"$tmp/err"
	rc=$?
	case $exp in
	*.err) mv "$tmp/err" "$tmp/out" ;;
	esac
	if [ $rc -gt 1 ]; then
		echo "FAIL $name: exit status $rc"; cat "$tmp/err" | head -5
		fail=$((fail + 1)); return
	fi
	if [ "${BLESS:-}" = 1 ]; then
		cp "$tmp/out" "$exp"; pass=$((pass + 1)); return
	fi
	if diff -u "$exp" "$tmp/out" >"$tmp/diff"; then
		pass=$((pass + 1))
	else
		echo "FAIL $name ($exp)"; head -40 "$tmp/diff"
		fail=$((fail + 1))
	fi
}

for in in tests/cases/*.in.*; do
	[ -e "$in" ] || continue
	base=${in%.in.*}
	name=${base#tests/cases/}
	args=""
	[ -f "$base.args" ] && args=$(cat "$base.args")
	# shellcheck disable=SC2086
	for exp in "$base".expected.*; do
		[ -e "$exp" ] || continue
		case $exp in
		*.expected.jsonl) check "$name" "$exp" "$bin" extract $args "$in" ;;
		*.expected.tx.jsonl) check "$name" "$exp" "$bin" timex --format jsonl $args "$in" ;;
		*.expected.timeml) check "$name" "$exp" "$bin" timex --format timeml $args "$in" ;;
		*.expected.norm) check "$name" "$exp" "$bin" normalize $args "$in" ;;
		*.expected.sents) check "$name" "$exp" "$bin" normalize --format sentences $args "$in" ;;
		*.expected.err) check "$name" "$exp" "$bin" extract $args "$in" ;;
		esac
	done
done

for exp in tests/cases/corpus/*.expected.jsonl; do
	[ -e "$exp" ] || continue
	f=${exp#tests/cases/corpus/}
	f=${f%.expected.jsonl}
	check "corpus/$f" "$exp" "$bin" extract "corpus/$f"
done

echo "golden: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
