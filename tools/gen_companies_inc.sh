#!/bin/sh
# Regenerate src/companies.inc (the built-in gazetteer) from data/companies.tsv.
#   sh tools/gen_companies_inc.sh [data/companies.tsv] [src/companies.inc]
# One C string per line (an array initializer); the .inc is committed, so a
# build never needs this script.
set -eu
in=${1:-data/companies.tsv}
out=${2:-src/companies.inc}
tmp=$out.tmp.$$
{
	echo "/* Generated from $in by tools/gen_companies_inc.sh: do not edit. */"
	LC_ALL=C awk '/^#/ || /^[ \t]*$/ { next }
	{
		gsub(/\\/, "\\\\"); gsub(/"/, "\\\""); gsub(/\t/, "\\t");
		printf "\"%s\",\n", $0
	}' "$in"
} >"$tmp"
mv "$tmp" "$out"
