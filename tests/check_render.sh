#!/bin/sh
# tests/check_render.sh OUTDIR - check every format Dateline wrote in OUTDIR
# as its consumers would, plus a hostile fixture built here, and fail on any
# problem.  Run by `make check-render` (after `make timeline`).
#
#   HTML       Nu HTML checker (npm vnu-jar on Debian's Java): no error;
#              JSON-LD expands (pyld, schema.org context served locally);
#              mf2py finds an h-event per entry
#   browser    Debian's chromium, headless: index.html and email.html at
#              375 and 1280 px, no console error, pictures not blank; the
#              page without its <script> elements shows the same entries;
#              axe-core: no serious or critical violation; dark scheme and
#              print PDF (pdftotext) hold every headline; the company filter
#              script shows the same entries as the company's page
#   feeds      feed.xml through python3-feedparser, timeline.ics through
#              python3-icalendar (and back), timeline.csv through csv
#   Markdown   cmark to HTML; a hostile article through Debian's hugo and
#              through Liquid (ruby-liquid, Jekyll's template engine)
#   email      table layout, inline styles, colours on every cell, absolute
#              links, < 100 KB; email.txt lines <= 78, same entries and order
#   TimelineJS timeline.json shape (events, start_date, text, unique_id)
#
# Installs what it needs (Debian packages as root, npm packages into
# build/check-render/node).  Environment: DATELINE (binary, default
# ./dateline), CHECK_RENDER_WORK (scratch folder).
set -eu

OUT=${1:-out}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BIN=${DATELINE:-$ROOT/dateline}
WORK=${CHECK_RENDER_WORK:-$ROOT/build/check-render}
PY=/usr/bin/python3
# What each check runs, and the Debian package that brings it when missing.
NEEDS="cmd:java:default-jre-headless cmd:chromium:chromium cmd:hugo:hugo cmd:cmark:cmark
cmd:pdftotext:poppler-utils cmd:npm:npm cmd:node:nodejs py:feedparser:python3-feedparser
py:icalendar:python3-icalendar py:mf2py:python3-mf2py py:pyld:python3-pyld py:PIL:python3-pil
cmd:ruby:ruby rb:liquid:ruby-liquid
file:/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf:fonts-dejavu-core"
say() { echo "check-render: $*" >&2; }

[ -d "$OUT" ] || { say "no output folder $OUT (run make timeline first)"; exit 1; }
[ -x "$BIN" ] || { say "no binary $BIN"; exit 1; }
case $OUT in /*) ;; *) OUT=$(pwd)/$OUT ;; esac

# ------------------------------------------------------------ set-up
missing=""
for n in $NEEDS; do
	kind=${n%%:*}; rest=${n#*:}; what=${rest%:*}; pkg=${rest##*:}
	case $kind in
	cmd) command -v "$what" >/dev/null 2>&1 && continue ;;
	py) "$PY" -c "import $what" 2>/dev/null && continue ;;
	file) [ -e "$what" ] && continue ;;
	rb) command -v ruby >/dev/null 2>&1 && ruby -e "require '$what'" 2>/dev/null && continue ;;
	esac
	missing="$missing $pkg"
done
if [ -n "$missing" ]; then
	if [ "$(id -u)" = 0 ]; then
		say "installing$missing"
		export DEBIAN_FRONTEND=noninteractive
		{ apt-get update -qq >/dev/null && apt-get install -y -qq \
		    --no-install-recommends $missing >/dev/null; } ||
		    { say "apt-get install$missing failed"; exit 1; }
	else
		say "missing Debian packages:$missing (run: sudo apt-get install$missing)"
		exit 1
	fi
fi
mkdir -p "$WORK/node"
VNU=$WORK/node/node_modules/vnu-jar/build/dist/vnu.jar
AXE=$WORK/node/node_modules/axe-core/axe.min.js
TLJS=$WORK/node/node_modules/@knight-lab/timelinejs/dist
if [ ! -f "$VNU" ] || [ ! -f "$AXE" ] || [ ! -f "$TLJS/js/timeline.js" ]; then
	say "installing vnu-jar, axe-core and @knight-lab/timelinejs from npm"
	(cd "$WORK/node" && [ -f package.json ] || echo '{"private":true}' > package.json)
	npm install --prefix "$WORK/node" --no-audit --no-fund --ignore-scripts \
	    vnu-jar axe-core @knight-lab/timelinejs >/dev/null 2>&1 ||
	    { say "npm install failed"; exit 1; }
fi

# ------------------------------------------------------------ hostile fixture
H=$WORK/hostile
rm -rf "$H"
mkdir -p "$H/corpus"
cat > "$H/corpus/hostile-en.txt" <<'EOF'
date: 2023-03-15
title: Evil <script>alert("t")</script> & "quotes" {{< sc >}} {% tag %}
lang: en
url: https://example.com/a?x=1&y=<b>

Orange signed a partnership with Google Cloud <script>alert(1)</script> & "Bob's" ‮gnp.exe‬ {{< shortcode >}} {{% md %}} {% include x %} {{ .Site }} [link](javascript:alert(1)) on 15 March 2023.
EOF
cat > "$H/corpus/hostile-fr.txt" <<'EOF'
date: 2021-10-04
title: Orange et Capgemini : <img src=x onerror=alert(1)> {{< x >}}
lang: fr
url: javascript:alert(1)

Orange et Capgemini ont créé la coentreprise Bleu <script>alert(2)</script> {% raw %} à l'automne 2021.
EOF
"$BIN" build -q -o "$H/out" --site-url 'https://example.org/dl/' "$H/corpus" 2>"$H/build.log" ||
    { cat "$H/build.log" >&2; say "hostile build failed"; exit 1; }
"$BIN" build -q -o "$H/out-fr" --locale fr --front-matter hugo "$H/corpus" 2>"$H/build-fr.log" ||
    { cat "$H/build-fr.log" >&2; say "hostile build (fr) failed"; exit 1; }

# ------------------------------------------------------------ Liquid (Jekyll)
# The Markdown for Jekyll, through Liquid itself: nothing may be taken for a
# tag or an output, so Liquid must give the text back unchanged.
"$BIN" render -o "$H/out-jekyll" --only md --front-matter jekyll "$H/out/events.jsonl" \
    2>"$H/render-jekyll.log" || { cat "$H/render-jekyll.log" >&2; say "render (jekyll) failed"; exit 1; }
liquid_rc=0
ruby -e '
require "liquid"
src = File.read(ARGV[0], encoding: "UTF-8")
body = src.sub(/\A---\n.*?\n---\n/m, "")
abort "no Jekyll front matter" if body == src
out = Liquid::Template.parse(body, error_mode: :strict).render({})
abort "Liquid changed the text" unless out == body
' "$H/out-jekyll/timeline.md" >"$H/liquid.log" 2>&1 || liquid_rc=$?

# ------------------------------------------------------------ Hugo site
S=$WORK/hugo
rm -rf "$S"
mkdir -p "$S/content" "$S/layouts/_default"
cat > "$S/hugo.toml" <<'EOF'
baseURL = "https://example.org/"
title = "check"
disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]
EOF
printf '%s\n' '<!DOCTYPE html><html><head><title>{{ .Title }}</title></head><body>{{ .Content }}</body></html>' \
    > "$S/layouts/_default/single.html"
printf '%s\n' '<!DOCTYPE html><html><head><title>{{ .Title }}</title></head><body></body></html>' \
    > "$S/layouts/index.html"
cp "$H/out-fr/timeline.md" "$S/content/timeline.md"
hugo_rc=0
hugo --quiet -s "$S" -d "$S/public" >"$S/hugo.log" 2>&1 || hugo_rc=$?

# ------------------------------------------------------------ the checks
cat > "$WORK/check_render.py" <<'EOF'
import csv, glob, html, html.parser, io, json, os, re, shutil, subprocess, sys

out, work, vnu, axe, hugo_rc, tljs = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5]), sys.argv[6]
liquid_rc = int(sys.argv[7])
hostile_dirs = [os.path.join(work, "hostile", "out"), os.path.join(work, "hostile", "out-fr")]
fails = []

def fail(msg):
    fails.append(msg)
    print("check-render: FAIL: " + msg, file=sys.stderr)

def ok(msg):
    print("check-render: ok: " + msg)

def read(p, mode="r"):
    with open(p, mode, **({} if "b" in mode else {"encoding": "utf-8"})) as f:
        return f.read()

def norm(s):
    return " ".join(s.split())

class Page(html.parser.HTMLParser):
    """Entries (li.entry ids), their headlines, and every h-event."""
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.ids, self.heads, self.stack, self.cur = [], [], [], None
    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        cls = (a.get("class") or "").split()
        if tag == "li" and "entry" in cls:
            self.ids.append(a.get("id"))
        if tag == "h3":
            self.cur = []
        self.stack.append(tag)
    def handle_endtag(self, tag):
        if tag == "h3" and self.cur is not None:
            self.heads.append(norm("".join(self.cur)))
            self.cur = None
    def handle_data(self, d):
        if self.cur is not None:
            self.cur.append(d)

def page(p):
    pg = Page()
    pg.feed(read(p))
    return pg

def dated_ids(d):
    """Entry ids with a calendar range, from timeline.csv, in timeline order."""
    with open(os.path.join(d, "timeline.csv"), newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    return [(r["id"], r["date_start"], r["date_end_exclusive"]) for r in rows if r["date_start"]]

HOSTILE_RAW = ["<script>alert", "href=\"javascript", "href='javascript", "\u202e", "<img src=x"]

def no_hostile(d, name, text):
    for h in HOSTILE_RAW:
        if h in text:
            fail("%s/%s: raw hostile text %r" % (d, name, h))

# ---------------------------------------------------------------- per folder
def check_html(d):
    files = [os.path.join(d, "index.html"), os.path.join(d, "email.html")] + \
        sorted(glob.glob(os.path.join(d, "companies", "*.html")))
    r = subprocess.run(["java", "-jar", vnu, "--errors-only", "--format", "text"] + files,
                       capture_output=True, text=True)
    if r.returncode != 0:
        fail("%s: Nu HTML checker:\n%s%s" % (d, r.stdout, r.stderr))
    else:
        ok("%s: Nu HTML checker, %d files, no error" % (d, len(files)))
    for f in files:
        t = read(f)
        if not t.startswith("<!DOCTYPE html>"):
            fail("%s: does not start with <!DOCTYPE html>" % f)
        if d in hostile_dirs:
            no_hostile(d, os.path.relpath(f, d), t)

def check_jsonld_mf2(d):
    from pyld import jsonld
    import mf2py
    t = read(os.path.join(d, "index.html"))
    m = re.search(r'<script type="application/ld\+json">(.*?)</script>', t, re.S)
    if not m:
        fail("%s/index.html: no JSON-LD" % d)
        return
    doc = json.loads(m.group(1))
    def loader(url, options=None):
        if "schema.org" in url:
            return {"contextUrl": None, "documentUrl": url,
                    "document": {"@context": {"@vocab": "https://schema.org/"}}}
        raise Exception("no network: " + url)
    exp = jsonld.expand(doc, {"documentLoader": loader})
    n = sum(1 for node in exp if "https://schema.org/BusinessEvent" in node.get("@type", []))
    want = len(dated_ids(d))
    if n != want:
        fail("%s: JSON-LD expands to %d BusinessEvent, want %d" % (d, n, want))
    else:
        ok("%s: JSON-LD expands, %d BusinessEvent" % (d, n))
    pg = page(os.path.join(d, "index.html"))
    mf = mf2py.parse(doc=t)
    ev = [i for i in mf["items"] if "h-event" in i["type"]]
    if len(ev) != len(pg.ids) or any("name" not in e["properties"] for e in ev):
        fail("%s: mf2py found %d h-event with names, %d entries" % (d, len(ev), len(pg.ids)))
    else:
        ok("%s: mf2py finds %d h-event" % (d, len(ev)))

def check_feed(d):
    import feedparser
    raw = read(os.path.join(d, "feed.xml"), "rb")
    f = feedparser.parse(raw)
    if f.bozo:
        fail("%s/feed.xml: feedparser: %s" % (d, f.bozo_exception))
        return
    dated = dated_ids(d)
    want = [i for i, b, e in sorted(dated, key=lambda x: (x[1], x[2], [-ord(c) for c in x[0]]), reverse=True)][:100]
    got = [e.id.rsplit(":", 1)[-1] for e in f.entries]
    if got != want:
        fail("%s/feed.xml: entries %s, want newest first %s" % (d, got[:5], want[:5]))
    elif f.version != "atom10":
        fail("%s/feed.xml: version %s" % (d, f.version))
    else:
        ok("%s/feed.xml: Atom, %d entries newest first" % (d, len(got)))
    if d in hostile_dirs:
        no_hostile(d, "feed.xml", raw.decode("utf-8"))

def check_ics(d):
    from icalendar import Calendar
    raw = read(os.path.join(d, "timeline.ics"), "rb")
    lines = raw.split(b"\r\n")
    if lines[-1] != b"" or any(b"\n" in l or b"\r" in l for l in lines):
        fail("%s/timeline.ics: not CRLF throughout" % d)
    if any(len(l) > 75 for l in lines):
        fail("%s/timeline.ics: a line over 75 octets" % d)
    cal = Calendar.from_ical(raw)
    evs = list(cal.walk("VEVENT"))
    dated = dated_ids(d)
    uids = [str(e["UID"]) for e in evs]
    if uids != ["%s@dateline" % i for i, b, e in dated]:
        fail("%s/timeline.ics: UIDs %s" % (d, uids[:3]))
    for e in evs:
        s, t = e.decoded("DTSTART"), e.decoded("DTEND")
        if hasattr(s, "hour") or not t > s:
            fail("%s/timeline.ics: %s: DTSTART %s DTEND %s" % (d, e["UID"], s, t))
    back = Calendar.from_ical(cal.to_ical())
    if [str(e["SUMMARY"]) for e in back.walk("VEVENT")] != [str(e["SUMMARY"]) for e in evs]:
        fail("%s/timeline.ics: round trip changed the summaries" % d)
    ok("%s/timeline.ics: %d all-day events, CRLF, folded, round trip" % (d, len(evs)))

def check_csv(d):
    raw = read(os.path.join(d, "timeline.csv"), "rb")
    if raw and (not raw.endswith(b"\r\n") or raw.count(b"\n") != raw.count(b"\r\n")):
        fail("%s/timeline.csv: line ends are not CRLF" % d)
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8"), newline="")))
    n = len(rows[0])
    nent = sum(1 for l in read(os.path.join(d, "events.jsonl")).splitlines() if l.strip())
    if any(len(r) != n for r in rows) or len(rows) != nent + 1:
        fail("%s/timeline.csv: %d rows for %d entries, or ragged" % (d, len(rows) - 1, nent))
    bad = [c for r in rows for c in r if c[:1] in ("=", "+", "-", "@")]
    if bad:
        fail("%s/timeline.csv: formula-like fields %s" % (d, bad[:3]))
    else:
        ok("%s/timeline.csv: RFC 4180, %d rows, no formula" % (d, len(rows) - 1))

def check_timelinejs(d):
    t = json.loads(read(os.path.join(d, "timeline.json")))
    evs = t.get("events", [])
    ids = [e.get("unique_id") for e in evs]
    good = all("year" in e.get("start_date", {}) and int(e["start_date"]["year"]) and
               e.get("text", {}).get("headline") is not None for e in evs)
    if not good or len(set(ids)) != len(ids) or len(evs) != len(dated_ids(d)) or "title" not in t:
        fail("%s/timeline.json: not the TimelineJS shape" % d)
    else:
        ok("%s/timeline.json: TimelineJS shape, %d events" % (d, len(evs)))
    if d in hostile_dirs:
        no_hostile(d, "timeline.json", json.dumps(t, ensure_ascii=False))

def check_md(d):
    md = read(os.path.join(d, "timeline.md"))
    r = subprocess.run(["cmark", "--to", "html"], input=md, capture_output=True, text=True)
    if r.returncode != 0:
        fail("%s/timeline.md: cmark failed" % d)
        return
    h = r.stdout
    if re.search(r"<(script|img|iframe|style)\b", h, re.I):
        fail("%s/timeline.md: raw HTML in cmark's output" % d)
    if "{{" in md or "{%" in md:
        fail("%s/timeline.md: template syntax {{ or {%% left in the file" % d)
    if d in hostile_dirs:
        no_hostile(d, "timeline.md (as HTML)", h)
        if "{{&lt;" not in h and "{{% md %}}" not in h:
            fail("%s/timeline.md: braces do not render as themselves" % d)
    ok("%s/timeline.md: CommonMark through cmark, no raw HTML, no template syntax" % d)

class Email(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.problems, self.metas, self.cur = [], [], None
    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        st = a.get("style") or ""
        if tag in ("script", "style", "link", "img", "iframe", "object"):
            self.problems.append("<%s>" % tag)
        if tag == "td" and ("background-color" not in st or re.search(r"(^|;)color:", st) is None):
            self.problems.append("td without explicit colours")
        if "href" in a and not re.match(r"https?://", a["href"] or ""):
            self.problems.append("relative link %r" % a["href"])
        if tag == "table" and a.get("role") != "presentation":
            self.problems.append("table without role=presentation")
        if tag == "p" and st.startswith("margin:0;font-size:13px;color:#555555"):
            self.cur = []
    def handle_endtag(self, tag):
        if tag == "p" and self.cur is not None:
            self.metas.append(norm("".join(self.cur)))
            self.cur = None
    def handle_data(self, d):
        if self.cur is not None:
            self.cur.append(d)

def check_email(d):
    p = os.path.join(d, "email.html")
    t = read(p)
    if len(t.encode("utf-8")) >= 100000:
        fail("%s/email.html: %d bytes" % (d, len(t.encode())))
    e = Email()
    e.feed(t)
    if e.problems:
        fail("%s/email.html: %s" % (d, sorted(set(e.problems))))
    txt = read(os.path.join(d, "email.txt"))
    long_lines = [l for l in txt.split("\n") if len(l) > 78]
    if long_lines:
        fail("%s/email.txt: %d lines over 78 characters" % (d, len(long_lines)))
    # Each item's first line, "* date · kind · status", begins its HTML twin.
    txt_meta = [norm(l[2:]) for l in txt.split("\n") if l.startswith("* ")]
    html_meta = [m for m in e.metas if " · " in m]
    if not all(h.startswith(tm) for h, tm in zip(html_meta, txt_meta)) or len(html_meta) != len(txt_meta):
        fail("%s/email.txt: entries differ from email.html (%d vs %d)" % (d, len(txt_meta), len(html_meta)))
    else:
        ok("%s/email.html + email.txt: %d entries, inline styles, absolute links" % (d, len(html_meta)))
    if "\u202e" in txt:
        fail("%s/email.txt: a bidi override" % d)

# ---------------------------------------------------------------- browser
CHROME = ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
          "--disable-background-networking", "--hide-scrollbars", "--mute-audio",
          "--allow-file-access-from-files"]

HEAD = """<script>window.__dl=[];addEventListener('error',function(e){__dl.push('error: '+(e.message||(e.target&&(e.target.src||e.target.href))||'?'))},true);addEventListener('unhandledrejection',function(e){__dl.push('rejection: '+e.reason)});(function(){var ce=console.error;console.error=function(){__dl.push('console.error: '+Array.prototype.join.call(arguments,' '));ce.apply(console,arguments)}})();</script>"""

TAIL = """<script src="axe.min.js"></script><script>
(function(){
function rgb(s){var m=s.match(/[\\d.]+/g)||[0,0,0,0];return m.map(Number)}
function bg(el){for(;el;el=el.parentElement){var c=rgb(getComputedStyle(el).backgroundColor);if(c.length<4||c[3]>0)return c}return [255,255,255]}
function done(r){r.errors=__dl;r.overflow=document.documentElement.scrollWidth-innerWidth;r.dark=matchMedia('(prefers-color-scheme: dark)').matches;
r.heads=[].map.call(document.querySelectorAll('h3'),function(h){var b=h.getBoundingClientRect();return {text:h.textContent,h:b.height,fg:rgb(getComputedStyle(h.querySelector('a')||h).color),bg:bg(h)}});
var o=document.createElement('pre');o.id='dl-result';o.textContent=JSON.stringify(r);document.body.appendChild(o)}
if(!window.axe){done({violations:[],axe:'missing'});return}
axe.run(document,{resultTypes:['violations']}).then(function(res){done({violations:res.violations.map(function(v){return {id:v.id,impact:v.impact,help:v.help,nodes:v.nodes.length}})})},function(e){__dl.push('axe: '+e);done({violations:[]})});
})();</script>"""

def chrome(args, url, timeout=120):
    return subprocess.run(CHROME + args + [url], capture_output=True, text=True, timeout=timeout)

def harness(d, name, dark=False):
    hdir = os.path.join(work, "harness")
    os.makedirs(hdir, exist_ok=True)
    shutil.copy(axe, os.path.join(hdir, "axe.min.js"))
    t = read(os.path.join(d, name))
    t = t.replace("<head>", "<head>\n" + HEAD, 1)
    t = t.replace("</body>", TAIL + "</body>", 1)
    p = os.path.join(hdir, name.replace("/", "_"))
    with open(p, "w", encoding="utf-8") as f:
        f.write(t)
    args = ["--window-size=375,1000", "--virtual-time-budget=30000", "--dump-dom"]
    if dark:
        args.insert(0, "--blink-settings=preferredColorScheme=0")
    r = chrome(args, "file://" + p)
    m = re.search(r'<pre id="dl-result">(.*?)</pre>', r.stdout, re.S)
    if not m:
        fail("%s/%s: the browser harness gave no result (%s)" % (d, name, r.stderr[-500:]))
        return None
    return json.loads(html.unescape(m.group(1)))

def lum(c):
    def ch(v):
        v = v / 255.0
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4
    return 0.2126 * ch(c[0]) + 0.7152 * ch(c[1]) + 0.0722 * ch(c[2])

def contrast(a, b):
    la, lb = sorted((lum(a), lum(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)

def check_browser(d, shots):
    from PIL import Image
    pg = page(os.path.join(d, "index.html"))
    for name in ("index.html", "email.html"):
        for w in (375, 1280):
            png = os.path.join(shots, "%s-%d.png" % (name.split(".")[0], w))
            chrome(["--window-size=%d,1400" % w, "--screenshot=" + png],
                   "file://" + os.path.join(d, name))
            if not os.path.exists(png):
                fail("%s/%s: no screenshot at %d px" % (d, name, w))
                continue
            im = Image.open(png).convert("RGB")
            colors = im.getcolors(maxcolors=1 << 20) or []
            if len(colors) < 3:
                fail("%s/%s: blank screenshot at %d px" % (d, name, w))
        r = harness(d, name)
        if r is None:
            continue
        if r["errors"]:
            fail("%s/%s: console errors %s" % (d, name, r["errors"][:5]))
        if r["overflow"] > 0:
            fail("%s/%s: %d px wider than a narrow window" % (d, name, r["overflow"]))
        bad = [v for v in r["violations"] if v["impact"] in ("serious", "critical")]
        if bad:
            fail("%s/%s: axe-core: %s" % (d, name, bad))
        else:
            ok("%s/%s: no console error; axe-core: no serious or critical violation (%d minor)" %
               (d, name, len(r["violations"])))
    # Dark scheme: every headline shown, readable.
    r = harness(d, "index.html", dark=True)
    if r is not None:
        weak = [h["text"] for h in r["heads"] if h["h"] <= 0 or contrast(h["fg"], h["bg"]) < 4.5]
        if not r["dark"]:
            fail("%s/index.html: the browser did not take the dark scheme" % d)
        elif weak or len(r["heads"]) != len(pg.heads):
            fail("%s/index.html: dark scheme hides headlines %s" % (d, weak[:3]))
        else:
            ok("%s/index.html: dark scheme holds %d headlines" % (d, len(r["heads"])))
    # Without scripts: the same entries.
    t = re.sub(r"<script\b.*?</script>", "", read(os.path.join(d, "index.html")), flags=re.S | re.I)
    p = os.path.join(work, "harness", "noscript.html")
    with open(p, "w", encoding="utf-8") as f:
        f.write(t)
    r = chrome(["--dump-dom"], "file://" + p)
    ns = Page()
    ns.feed(r.stdout)
    if ns.ids != pg.ids or not pg.ids and "entry" in t:
        fail("%s/index.html: without scripts, entries %d, want %d" % (d, len(ns.ids), len(pg.ids)))
    else:
        ok("%s/index.html: without scripts, the same %d entries" % (d, len(ns.ids)))
    # With scripts: a company link filters in place, to its page's entries.
    t = read(os.path.join(d, "index.html"))
    m = re.search(r'data-slug="([a-z0-9-]+)"', t)
    if m:
        slug = m.group(1)
        want = len(page(os.path.join(d, "companies", slug + ".html")).ids)
        click = ("<script>document.querySelector('a[data-slug=\"%s\"]').click();"
                 "var o=document.createElement('pre');o.id='dl-result';o.textContent=[].filter.call("
                 "document.querySelectorAll('li.entry'),function(l){return !l.hidden}).length;"
                 "document.body.appendChild(o)</script>" % slug)
        p = os.path.join(work, "harness", "filter.html")
        with open(p, "w", encoding="utf-8") as f:
            f.write(t.replace("</body>", click + "</body>", 1))
        r = chrome(["--dump-dom"], "file://" + p)
        m = re.search(r'<pre id="dl-result">(\d+)</pre>', r.stdout)
        if not m or int(m.group(1)) != want:
            fail("%s/index.html: the company filter shows %s entries for %s, want %d" %
                 (d, m.group(1) if m else "no", slug, want))
        else:
            ok("%s/index.html: the in-place filter shows %s's %d entries" % (d, slug, want))
    # Print: a PDF with every headline.
    pdf = os.path.join(shots, "index.pdf")
    chrome(["--no-pdf-header-footer", "--print-to-pdf=" + pdf], "file://" + os.path.join(d, "index.html"))
    if not os.path.exists(pdf):
        fail("%s/index.html: no print PDF" % d)
        return
    txt = norm(subprocess.run(["pdftotext", "-enc", "UTF-8", pdf, "-"], capture_output=True,
                              text=True).stdout).replace("- ", "-")
    missing = [h for h in pg.heads if norm(h).replace("- ", "-") not in txt]
    if missing:
        fail("%s/index.html: print PDF misses headlines %s" % (d, missing[:3]))
    else:
        ok("%s/index.html: print PDF holds %d headlines" % (d, len(pg.heads)))

TLJS_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>TimelineJS check</title>
HEAD<link rel="stylesheet" href="css/timeline.css"></head><body>
<div id="tl" style="width:1200px;height:650px"></div>
<script id="data" type="application/json">DATA</script>
<script src="js/timeline.js"></script>
<script>
function done(how){var o=document.createElement('pre');o.id='dl-result';
o.textContent=JSON.stringify({how:how,errors:__dl,slides:document.querySelectorAll('.tl-slide').length,
 dates:[].map.call(document.querySelectorAll('.tl-headline-date'),function(h){return h.textContent})});
document.body.appendChild(o)}
try{var tl=new TL.Timeline('tl',JSON.parse(document.getElementById('data').textContent),
 {language:'en',font:'georgia-helvetica',script_path:location.href.replace(/[^\\/]*$/,'')+'js/'});
tl.on('loaded',function(){setTimeout(function(){done('loaded')},500)});
}catch(e){__dl.push('exception: '+e);done('exception')}
</script></body></html>"""

def check_timelinejs_browser(d):
    """timeline.json loaded by Knight Lab's TimelineJS itself, in chromium."""
    h = os.path.join(work, "harness", "tljs")
    shutil.rmtree(h, ignore_errors=True)
    shutil.copytree(tljs, h)
    data = read(os.path.join(d, "timeline.json"))
    want = json.loads(data)
    page_ = TLJS_PAGE.replace("HEAD", HEAD).replace("DATA", data.replace("<", "\\u003c"))
    p = os.path.join(h, "check.html")
    with open(p, "w", encoding="utf-8") as f:
        f.write(page_)
    r = chrome(["--window-size=1280,800", "--virtual-time-budget=20000", "--dump-dom"], "file://" + p)
    m = re.search(r'<pre id="dl-result">(.*?)</pre>', r.stdout, re.S)
    if not m:
        fail("%s/timeline.json: TimelineJS gave no result" % d)
        return
    res = json.loads(html.unescape(m.group(1)))
    if d in hostile_dirs:
        no_hostile(d, "timeline.json in TimelineJS's DOM", r.stdout)
    dates = sorted(e["display_date"] for e in want["events"])
    if res["how"] != "loaded" or res["errors"]:
        fail("%s/timeline.json: TimelineJS: %s %s" % (d, res["how"], res["errors"][:3]))
    elif res["slides"] != len(want["events"]) + 1 or sorted(x for x in res["dates"] if x) != dates:
        fail("%s/timeline.json: TimelineJS shows %d slides, dates %s" % (d, res["slides"], res["dates"][:5]))
    else:
        ok("%s/timeline.json: TimelineJS loads it: %d slides, our display dates" % (d, res["slides"]))

def check_hugo():
    s = os.path.join(work, "hugo")
    if hugo_rc != 0:
        fail("hugo failed on the hostile timeline.md:\n" + read(os.path.join(s, "hugo.log")))
        return
    p = os.path.join(s, "public", "timeline", "index.html")
    if not os.path.exists(p):
        fail("hugo wrote no page for timeline.md")
        return
    t = read(p)
    no_hostile("hugo", "timeline/index.html", t)
    if "{{&lt; x &gt;}}" not in t and "{{&lt; x >}}" not in t:
        fail("hugo: the shortcode-like text is not shown as text")
    else:
        ok("hugo: hostile timeline.md builds, shortcodes and Liquid stay text")

shots = os.path.join(work, "shots")
os.makedirs(shots, exist_ok=True)
for d in [out] + hostile_dirs:
    absent = [f for f in ("index.html", "timeline.md", "events.jsonl", "timeline.json",
                          "timeline.csv", "feed.xml", "timeline.ics", "email.html", "email.txt")
              if not os.path.exists(os.path.join(d, f))]
    if absent:
        fail("%s: no %s" % (d, ", ".join(absent)))
        continue
    for check in (check_html, check_jsonld_mf2, check_feed, check_ics, check_csv,
                  check_timelinejs, check_md, check_email):
        try:
            check(d)
        except Exception as e:
            fail("%s: %s: %s: %s" % (d, check.__name__, type(e).__name__, e))
try:
    check_browser(out, shots)
    check_browser(hostile_dirs[0], os.path.join(work, "hostile"))
    check_timelinejs_browser(out)
    check_timelinejs_browser(hostile_dirs[1])
except Exception as e:
    fail("browser: %s: %s" % (type(e).__name__, e))
check_hugo()
if liquid_rc != 0:
    fail("Liquid (Jekyll) read template syntax in timeline.md: " + read(os.path.join(work, "hostile", "liquid.log")))
else:
    ok("Liquid renders the hostile timeline.md (Jekyll front matter) unchanged")
print("check-render: %d problem(s); screenshots in %s" % (len(fails), shots))
sys.exit(1 if fails else 0)
EOF
exec "$PY" "$WORK/check_render.py" "$OUT" "$WORK" "$VNU" "$AXE" "$hugo_rc" "$TLJS" "$liquid_rc"
