#!/bin/sh
# Run the temporal tagger over the TimeML development set and print the
# scorer's table (TempEval-3 style: strict and relaxed span F1, type and
# value accuracy and F1), per folder.
#
# usage: sh tests/timeml_eval.sh /abs/path/to/dateline [TIMEML_DIR]
# TIMEML_DIR defaults to ../shared/timeml beside the repository; where it is
# absent the evaluation is skipped with a message (exit 0).
# EVAL_FLAGS="--errors" or "-v" are passed to the scorer.
set -u
bin=${1:?usage: timeml_eval.sh DATELINE [TIMEML_DIR]}
cd "$(dirname "$0")/.." || exit 2
dir=${2:-../shared/timeml}
if [ ! -f "$dir/score_timex.py" ]; then
	echo "timeml-eval: skipped: no TimeML development set at $dir"
	exit 0
fi
tmp=$(mktemp -d) || exit 2
trap 'rm -rf "$tmp"' EXIT
jobs=$(nproc 2>/dev/null || echo 2)

for gold in "$dir"/*/; do
	gold=${gold%/}
	name=$(basename "$gold")
	ls "$gold"/*.tml >/dev/null 2>&1 || continue
	case $name in
	fr-*) lang=fr ;;
	*) lang=en ;;
	esac
	python3 "$dir/score_timex.py" export "$gold" "$tmp/in/$name" >/dev/null || exit 1
	mkdir -p "$tmp/sys/$name"
	# manifest.tsv: name TAB dct TAB chars (a header line may come first)
	awk -F'\t' 'NR > 1 || $1 != "name" { print $1 "\t" $2 }' "$tmp/in/$name/manifest.tsv" |
	while IFS="$(printf '\t')" read -r doc dct; do
		[ -n "$doc" ] || continue
		printf '%s\t%s\n' "$doc" "$dct"
	done >"$tmp/list.$name"
	# One process per document, several at once.
	while IFS="$(printf '\t')" read -r doc dct; do
		d=$(printf '%s' "$dct" | cut -c1-10)
		base=${doc%.tml}
		printf '%s\0' "$bin timex --format jsonl --lang $lang --dct $d '$tmp/in/$name/$base.txt' > '$tmp/sys/$name/$base.jsonl'"
	done <"$tmp/list.$name" | xargs -0 -P "$jobs" -n 1 sh -c
done
python3 "$dir/score_timex.py" "$dir" "$tmp/sys" --jsonl ${EVAL_FLAGS:-}
# Where the rest of the gap is: values off only by a convention of the gold
# outside TimeML's value format (tools/timeml_conventions.py).
python3 "$dir/score_timex.py" "$dir" "$tmp/sys" --jsonl --errors | python3 tools/timeml_conventions.py
