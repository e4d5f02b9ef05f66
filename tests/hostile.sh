#!/bin/sh
# Hostile input: every file below is made at test time; dateline must never
# crash, hang or blow up, must name each rejected file in one line, must
# still process the others, and must let nothing through unescaped.
#
# usage: sh tests/hostile.sh /abs/path/to/dateline
set -u
bin=${1:?usage: hostile.sh DATELINE}
cd "$(dirname "$0")/.." || exit 2
tmp=$(mktemp -d) || exit 2
trap 'rm -rf "$tmp"' EXIT
pass=0 fail=0
c=$tmp/c
mkdir -p "$c"
ok() { pass=$((pass + 1)); }
ko() { echo "FAIL hostile: $*"; fail=$((fail + 1)); }

# ---- the files
p() { printf "$@"; }
p 'title: Good\ndate: 2021-05-27\nlang: en\n\nOrange and Capgemini announced a joint venture, Bleu, on 27 May 2021.\n' >"$c/good.txt"
p 'Orange \200\277 stray \300\257 overlong \355\240\200 surrogate and Google Cloud signed on 3 May 2021 \342\202' >"$c/bad-utf8.txt"
p '\377\376O\000r\000a\000n\000g\000e\000 \0002\0000\0002\0001\000\n\000' >"$c/utf16le-bom.txt"
p 'O\000r\000a\000n\000g\000e\000 \000a\000n\000d\000 \000S\000A\000P\000 \0002\0000\0002\0001\000' >"$c/utf16le-nobom.txt"
p 'Orange a sign\351 avec Thales le 3 f\351vrier 2021, d\351j\340.\n' >"$c/latin1.txt"
p 'a\000b\000\000\000\000\000\000\000\000\000\000' >"$c/nul.txt"
p 'Orange signed with SAP on 3 May 2021.\rIt was a deal.\rThe end.' >"$c/cr-only.txt"
p 'Orange signed with SAP on 3 May 2021.\r\nIt was a deal.\r\n' >"$c/crlf.txt"
: >"$c/empty.txt"; p '\n\n   \n\t\n' >"$c/blank.md"
head -c 30000000 /dev/zero | tr '\0' 'a' >"$c/long-line.txt"
awk 'BEGIN { printf "Orange x"; for (i = 0; i < 200000; i++) printf "\xcc\x81"; print " 3 May 2021" }' >"$c/combining.txt"
p 'Or\342\200\256ange and Goo\342\200\213gle Cloud signed on 3 May 2021 \342\200\255x.\n' >"$c/bidi.txt"
awk 'BEGIN { for (i = 0; i < 100000; i++) printf "<div>"; print "Orange 2021" }' >"$c/deep.html"
cat >"$c/xxe.html" <<'H'
<!DOCTYPE html [<!ENTITY xxe SYSTEM "file:///etc/passwd"><!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>
<html><body><p>&xxe; &c; Orange and SAP signed on 3 May 2021.</p></body></html>
H
cat >"$c/script.html" <<'H'
<html lang="en"><head><title>Evil <script>alert(1)</script> "title"</title>
<meta property="og:url" content="javascript:alert(1)"></head>
<body onload="alert(2)"><article><p onclick="alert(3)">Orange and <b>Capgemini</b> announced &lt;script&gt;alert(4)&lt;/script&gt; Bleu on 27 May 2021.</p>
<script>document.write("Orange and SAP 2021")</script><a href="javascript:alert(5)">link</a></article></body></html>
H
cat >"$c/template.md" <<'H'
---
title: "{{< shortcode >}} {% include x %} <script>alert(6)</script>"
date: 2021-05-27
url: javascript:alert(7)
---
Orange and Capgemini announced {{ .Site.Title }} {% raw %} Bleu on 27 May 2021 <img src=x onerror=alert(8)>.
H
for d in 2021-02-30 0000-00-00 99999-01-01; do
	p -- "---\ntitle: Impossible\ndate: $d\n---\nOrange and SAP signed on 3 May 2021.\n" >"$c/date-$d.md"
done
awk 'BEGIN { for (i = 0; i < 100000; i++) printf "On 3 May 2021 and "; print "." }' >"$c/many-dates.txt"
p 'Orange and SAP signed on 3 May 2021.\n' >"$c/name with spaces 'quotes' <lt> \303\251t\303\251.txt"
mkfifo "$c/pipe.txt" 2>/dev/null
ln -s loop-b "$c/loop-a.txt"; ln -s loop-a.txt "$c/loop-b"
mkdir -p "$c/folder.txt"; p 'Orange and SAP signed a cloud partnership on 4 May 2021.\n' >"$c/folder.txt/inner.txt"
head -c 2000000 /dev/urandom >"$c/random.bin.txt"

# ---- one build over all of it, under time and memory limits
# A memory cap, except under AddressSanitizer (its shadow memory is reserved
# virtual memory; ASan reports leaks and overflows itself).
cap="ulimit -v 4000000;"
case $bin in */asan/*) cap="" ;; esac
sh -c "$cap timeout 300 \"\$0\" build -q --no-cache -o \"\$1\" \"\$2\"" "$bin" "$tmp/out" "$c" >"$tmp/stdout" 2>"$tmp/stderr"
rc=$?
[ "$rc" -le 1 ] && ok || { ko "build exit status $rc (crash, signal or timeout)"; tail -5 "$tmp/stderr"; }
grep -q "documents read" "$tmp/stderr" && ok || ko "no summary line"
grep -q 'random.bin.txt: ' "$tmp/stderr" && ok || ko "binary file not named"
grep -q 'loop-a.txt: ' "$tmp/stderr" && ok || ko "symbolic link loop not named"
[ -p "$c/pipe.txt" ] && { grep -q 'pipe.txt: not a regular file' "$tmp/stderr" && ok || ko "named pipe not named"; }
grep -q 'date-2021-02-30.md: .*impossible date' "$tmp/stderr" && ok || ko "impossible front-matter date not reported"
grep -q 'many-dates.txt: .*date expressions' "$tmp/stderr" && ok || ko "date-expression limit not reported"
grep -q 'long-line.txt: a line longer than' "$tmp/stderr" && ok || ko "line-length limit not reported"
n=$(grep -c '' "$tmp/stderr")
awk 'length > 1000 { exit 1 }' "$tmp/stderr" && ok || ko "a diagnostic line is over 1000 characters"
grep -q '"doc":"[^"]*good.txt"' "$tmp/out/events.jsonl" 2>/dev/null || grep -q 'good.txt' "$tmp/out/events.jsonl" && ok || ko "the good article was not processed"
grep -q 'inner.txt' "$tmp/out/events.jsonl" && ok || ko "a folder named .txt was not walked"

# ---- nothing unescaped in any output
for f in "$tmp/out"/*.html "$tmp/out"/companies/*.html; do
	[ -f "$f" ] || continue
	if grep -qiE '<script>alert|onerror=|onload=|onclick=|href="javascript:' "$f"; then ko "unescaped input in $(basename "$f")"; else ok; fi
	grep -q '/etc/passwd\|root:x:' "$f" && ko "external entity expanded in $(basename "$f")" || ok
done
for f in timeline.md email.txt timeline.csv timeline.ics timeline.json feed.xml events.jsonl; do
	[ -f "$tmp/out/$f" ] || { ko "no $f"; continue; }
	grep -q '<script>alert' "$tmp/out/$f" && [ "$f" != "events.jsonl" ] && [ "$f" != "timeline.csv" ] && [ "$f" != "email.txt" ] && [ "$f" != "timeline.ics" ] && ko "raw <script> in $f" || ok
done
grep -q '{{<' "$tmp/out/timeline.md" && ko "Hugo shortcode left live in timeline.md" || ok
grep -q '{%' "$tmp/out/timeline.md" && ko "Liquid tag left live in timeline.md" || ok
python3 -c "import json,sys; json.load(open(sys.argv[1]))" "$tmp/out/timeline.json" && ok || ko "timeline.json does not parse"
python3 -c "
import json,sys
for l in open(sys.argv[1]): json.loads(l)" "$tmp/out/events.jsonl" && ok || ko "events.jsonl does not parse"

# ---- limits can be changed by option
"$bin" extract --max-line 64M "$c/long-line.txt" >/dev/null 2>"$tmp/err"
[ $? -eq 0 ] && ok || { ko "--max-line 64M still rejects the long line"; cat "$tmp/err"; }

# ---- a file over the size limit gets a clear message
"$bin" extract --max-file-size 1k "$c/long-line.txt" >/dev/null 2>"$tmp/err"
[ $? -eq 1 ] && grep -q 'long-line.txt: larger than the file size limit' "$tmp/err" && ok || ko "size limit message"

# ---- two builds at once on the same out/: every file complete
"$bin" build -q --no-cache -o "$tmp/same" corpus 2>/dev/null &
"$bin" build -q --no-cache -o "$tmp/same" corpus 2>/dev/null
wait
tail -c 20 "$tmp/same/index.html" | grep -q '</html>' && ok || ko "index.html incomplete after concurrent builds"
python3 -c "import json,sys; json.load(open(sys.argv[1]))" "$tmp/same/timeline.json" && ok || ko "timeline.json broken after concurrent builds"
ls "$tmp/same" | grep -q '\.tmp\.' && ko "temporary files left behind" || ok

echo "hostile: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
