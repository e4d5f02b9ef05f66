/*
 * gazetteer.c - companies and their aliases, from a TSV data file.
 *
 * Each line of data/companies.tsv is "canonical TAB parent TAB aliases TAB
 * flags" (see the file's header).  Aliases are split into words the way
 * sentences are (gaz_fold's words), then sorted by first word, most words
 * first, longest first; an open-addressing table maps a first word to its run
 * of aliases.  Matching walks a sentence's words once: at each word, only the
 * aliases starting with it are tried, the longest first.
 *
 * Case: an alias in capitals of up to 5 characters ("OBS", "BT", "DT") must
 * appear exactly so; any other alias matches whatever the case and accents
 * of its letters, but its first letter must be a capital in the text if it
 * is one in the alias ("Orange" the company, not "orange" the colour).
 */
#include <stdlib.h>
#include <string.h>

#include "gazetteer.h"

#define GAZ_MAX_WORDS 8		/* words in an alias; longer ones are dropped */
#define CTX_MAX_RUN 4		/* words in a name marked by context */
#define ACRONYM_MAX 5		/* capitals-only aliases up to this are exact */
#define GAZ_MAX_BYTES (16u << 20)	/* a data file larger than this is a mistake */

struct company {
	const char *canon;
	const char *parent;	/* NULL if none */
	const char *flags;	/* "" if none */
};

struct alias {
	const char *fold;	/* folded words, one space between */
	const char *raw;	/* exact words, one space between (acronyms) */
	size_t len;		/* strlen(fold) */
	uint8_t nw;		/* words */
	bool exact, upper1, weak;
	uint32_t co;		/* index into companies */
	size_t first_len;	/* bytes of the first folded word */
};

struct slot {
	const char *key;	/* first folded word (points into an alias) */
	size_t klen;
	uint32_t beg, n;	/* run of aliases */
};

struct gazetteer {
	struct arena *a;
	struct company *co;
	size_t nco, capco;
	struct alias *al;
	size_t nal, capal;
	struct slot *tab;	/* power-of-two size */
	size_t tabn;
};

/* ------------------------------------------------------------ folding */

/*
 * Base letters of U+00C0..U+017F, case kept ('*' for non-letters).  Ligatures
 * and sharp s are expanded by fold_cp().
 */
static const char latin[] =
	"AAAAAAACEEEEIIII" "DNOOOOO*OUUUUYTs" "aaaaaaaceeeeiiii" "dnooooo*ouuuuyty"
	"AaAaAaCcCcCcCcDd" "DdEeEeEeEeEeGgGg" "GgGgHhHhIiIiIiIi" "IiIiJjKkkLlLlLlL"
	"lLlNnNnNnnNnOoOo" "OoOoRrRrRrSsSsSs" "SsTtTtTtUuUuUuUu" "UuUuWwYyYZzZzZzs";

/* Is code point CP part of a word? */
static bool
is_word_cp(int cp)
{
	if (cp < 0x80)
		return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') ||
		    (cp >= '0' && cp <= '9') || cp == '&';
	if (cp < 0xC0)
		return cp == 0xAA || cp == 0xB5 || cp == 0xBA;
	if (cp == 0xD7 || cp == 0xF7)
		return false;
	if (cp >= 0x2000 && cp <= 0x2BFF)	/* punctuation, symbols */
		return false;
	if (cp >= 0x3000 && cp <= 0x303F)
		return false;
	if (cp >= 0xFE00 && cp <= 0xFFFF)
		return cp >= 0xFF10 && cp <= 0xFF5A;
	return true;
}

static bool
is_upper_cp(int cp)
{
	if (cp < 0x80)
		return cp >= 'A' && cp <= 'Z';
	if (cp >= 0xC0 && cp <= 0x17F)
		return latin[cp - 0xC0] >= 'A' && latin[cp - 0xC0] <= 'Z';
	return false;
}

/* The folded form of CP into OUT (4 bytes at most); returns its length. */
static size_t
fold_char(int cp, char *out)
{
	static const struct { int cp; char s[3]; } lig[] = {
		{ 0xC6, "ae" }, { 0xE6, "ae" }, { 0x152, "oe" }, { 0x153, "oe" },
		{ 0xDF, "ss" }
	};
	struct buf b = {0};
	size_t n;

	if (cp < 0x80) {
		out[0] = (char)(cp >= 'A' && cp <= 'Z' ? cp + 32 : cp);
		return 1;
	}
	for (size_t i = 0; i < sizeof lig / sizeof lig[0]; i++)
		if (lig[i].cp == cp) {
			memcpy(out, lig[i].s, 2);
			return 2;
		}
	if (cp >= 0xC0 && cp <= 0x17F && latin[cp - 0xC0] != '*') {
		int c = latin[cp - 0xC0];
		out[0] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
		return 1;
	}
	buf_put_utf8(&b, (unsigned)cp);
	n = b.n <= 4 ? b.n : 0;
	memcpy(out, b.p, n);
	buf_free(&b);
	return n;
}

/* Append the folded form of CP to OUT. */
static void
fold_cp(int cp, struct buf *out)
{
	char s[4];

	buf_put(out, s, fold_char(cp, s));
}

/*
 * Fold a short written form ("Jeune pousse", "société") into OUT (CAP
 * bytes): words folded, one space between.  Too long: truncated.
 */
static void
fold_into(const char *w, char *out, size_t cap)
{
	const unsigned char *s = (const unsigned char *)w;
	size_t n = strlen(w), i = 0, o = 0;

	while (i < n && o + 6 < cap) {
		int len, cp = utf8_decode(s + i, n - i, &len);
		i += (size_t)len;
		if (is_word_cp(cp))
			o += fold_char(cp, out + o);
		else if (o > 0 && out[o - 1] != ' ')
			out[o++] = ' ';
	}
	while (o > 0 && out[o - 1] == ' ')
		o--;
	out[o] = '\0';
}

/* A word of a text. */
struct word {
	uint32_t beg, end;	/* bytes into the text */
	uint32_t f, fn;		/* its folded form: offset and length in fold buf */
	bool upper1;		/* first letter a capital */
	bool joined;		/* only spaces, '-', '.' or '\'' since the previous word */
	bool caps;		/* every letter a capital */
};

struct words {
	struct word *w;
	size_t n, cap;
	struct buf f;		/* folded words, NUL after each */
};

/* Split TEXT into words (see is_word_cp), folding each. */
static void
split(const char *text, size_t n, struct words *ws)
{
	const unsigned char *s = (const unsigned char *)text;
	size_t i = 0;
	bool joined = false;

	ws->n = 0;
	buf_reset(&ws->f);
	while (i < n) {
		int len, cp = utf8_decode(s + i, n - i, &len);

		if (!is_word_cp(cp)) {
			if (cp != ' ' && cp != '-' && cp != '.' && cp != '\'')
				joined = false;
			i += (size_t)len;
			continue;
		}
		GROW(ws->w, ws->cap, ws->n + 1);
		struct word *w = &ws->w[ws->n++];
		w->beg = (uint32_t)i;
		w->f = (uint32_t)ws->f.n;
		w->upper1 = is_upper_cp(cp);
		w->joined = joined && ws->n > 1;
		w->caps = true;
		while (i < n) {
			cp = utf8_decode(s + i, n - i, &len);
			if (!is_word_cp(cp))
				break;
			if ((cp >= 'a' && cp <= 'z') || (cp >= 0xDF && cp <= 0xFF))
				w->caps = false;
			fold_cp(cp, &ws->f);
			i += (size_t)len;
		}
		w->end = (uint32_t)i;
		w->fn = (uint32_t)(ws->f.n - w->f);
		buf_putc(&ws->f, '\0');
		joined = true;
	}
}

static void
words_free(struct words *ws)
{
	free(ws->w);
	buf_free(&ws->f);
}

void
gaz_fold(const char *text, size_t n, struct buf *out)
{
	struct words ws = {0};

	split(text, n, &ws);
	buf_putc(out, ' ');
	for (size_t i = 0; i < ws.n; i++) {
		buf_put(out, ws.f.p + ws.w[i].f, ws.w[i].fn);
		buf_putc(out, ' ');
	}
	words_free(&ws);
}

/* ------------------------------------------------------------ loading */

static uint64_t
hash(const char *s, size_t n)
{
	uint64_t h = 0xcbf29ce484222325ULL;

	for (size_t i = 0; i < n; i++) {
		h ^= (unsigned char)s[i];
		h *= 0x100000001b3ULL;
	}
	return h;
}

static void
add_alias(struct gazetteer *g, uint32_t co, const char *s, size_t n, bool weak)
{
	struct words ws = {0};
	struct buf f = {0}, r = {0};
	struct alias *al;
	size_t letters = 0;
	bool caps = true;

	split(s, n, &ws);
	if (ws.n == 0 || ws.n > GAZ_MAX_WORDS) {
		words_free(&ws);
		return;
	}
	for (size_t i = 0; i < ws.n; i++) {
		if (i) {
			buf_putc(&f, ' ');
			buf_putc(&r, ' ');
		}
		buf_put(&f, ws.f.p + ws.w[i].f, ws.w[i].fn);
		buf_put(&r, s + ws.w[i].beg, ws.w[i].end - ws.w[i].beg);
		caps = caps && ws.w[i].caps;
		letters += ws.w[i].end - ws.w[i].beg;
	}
	GROW(g->al, g->capal, g->nal + 1);
	al = &g->al[g->nal++];
	al->fold = arena_strndup(g->a, f.p, f.n);
	al->raw = arena_strndup(g->a, r.p, r.n);
	al->len = f.n;
	al->nw = (uint8_t)ws.n;
	al->exact = caps && letters <= ACRONYM_MAX;
	al->upper1 = ws.w[0].upper1;
	al->weak = weak;
	al->co = co;
	al->first_len = ws.w[0].fn;
	buf_free(&f);
	buf_free(&r);
	words_free(&ws);
}

/* Split LINE at tabs into at most MAX fields. */
static size_t
fields(char *line, char **f, size_t max)
{
	size_t n = 0;

	f[n++] = line;
	for (char *p = line; *p && n < max; p++)
		if (*p == '\t') {
			*p = '\0';
			f[n++] = p + 1;
		}
	return n;
}

static bool
empty_field(const char *s)
{
	return *s == '\0' || strcmp(s, "-") == 0;
}

/* Add one TSV line (modified in place). Returns false if malformed. */
static bool
add_line(struct gazetteer *g, char *line)
{
	char *f[5];
	size_t n;
	uint32_t co;
	bool weak;

	n = fields(line, f, 5);
	if (n > 4 || empty_field(f[0]))
		return false;
	weak = n > 3 && strstr(f[3], "weak") != NULL;	/* see gaz_has_flag */
	GROW(g->co, g->capco, g->nco + 1);
	co = (uint32_t)g->nco++;
	g->co[co].canon = arena_strdup(g->a, f[0]);
	g->co[co].parent = n > 1 && !empty_field(f[1]) ?
	    arena_strdup(g->a, f[1]) : NULL;
	g->co[co].flags = arena_strdup(g->a, n > 3 && !empty_field(f[3]) ?
	    f[3] : "");
	add_alias(g, co, f[0], strlen(f[0]), weak);
	if (n > 2 && !empty_field(f[2])) {
		char *p = f[2];
		for (;;) {
			char *bar = strchr(p, '|');
			size_t k = bar ? (size_t)(bar - p) : strlen(p);
			if (k)
				add_alias(g, co, p, k, weak);
			if (bar == NULL)
				break;
			p = bar + 1;
		}
	}
	return true;
}

/* First words together, then most words first, then longest first. */
static int
alias_cmp(const void *pa, const void *pb)
{
	const struct alias *a = pa, *b = pb;
	size_t k = a->first_len < b->first_len ? a->first_len : b->first_len;
	int c = memcmp(a->fold, b->fold, k);

	if (c == 0 && a->first_len != b->first_len)
		c = a->first_len < b->first_len ? -1 : 1;
	if (c)
		return c;
	if (a->nw != b->nw)
		return a->nw > b->nw ? -1 : 1;
	if (a->len != b->len)
		return a->len > b->len ? -1 : 1;
	if ((c = strcmp(a->raw, b->raw)) != 0)
		return c;
	return a->co < b->co ? -1 : a->co > b->co;
}

static const struct slot *
lookup(const struct gazetteer *g, const char *k, size_t n)
{
	size_t mask = g->tabn - 1;

	for (size_t i = hash(k, n) & mask;; i = (i + 1) & mask) {
		const struct slot *s = &g->tab[i];
		if (s->key == NULL)
			return NULL;
		if (s->klen == n && memcmp(s->key, k, n) == 0)
			return s;
	}
}

static void
index_aliases(struct gazetteer *g)
{
	size_t nkeys = 0;

	if (g->nal)
		qsort(g->al, g->nal, sizeof *g->al, alias_cmp);
	for (size_t i = 0; i < g->nal; i++)
		if (i == 0 || alias_cmp(&g->al[i - 1], &g->al[i]) != 0)
			nkeys++;
	g->tabn = 16;
	while (g->tabn < 2 * nkeys)
		g->tabn *= 2;
	g->tab = arena_alloc(g->a, g->tabn * sizeof *g->tab);
	for (size_t i = 0; i < g->nal;) {
		const struct alias *a = &g->al[i];
		size_t j = i + 1;

		while (j < g->nal && g->al[j].first_len == a->first_len &&
		    memcmp(g->al[j].fold, a->fold, a->first_len) == 0)
			j++;
		size_t mask = g->tabn - 1, h = hash(a->fold, a->first_len) & mask;
		while (g->tab[h].key != NULL)
			h = (h + 1) & mask;
		g->tab[h].key = a->fold;
		g->tab[h].klen = a->first_len;
		g->tab[h].beg = (uint32_t)i;
		g->tab[h].n = (uint32_t)(j - i);
		i = j;
	}
}

static struct gazetteer *
gaz_new(void)
{
	struct gazetteer *g = xcalloc(1, sizeof *g);

	g->a = arena_new();
	return g;
}

/* Lines of a whole file; '#' comments and blank lines skipped. */
static void
load_text(struct gazetteer *g, char *text, const char *path, struct diag *dg)
{
	size_t lineno = 0;

	for (char *p = text; p && *p;) {
		char *nl = strchr(p, '\n');
		if (nl)
			*nl = '\0';
		lineno++;
		size_t k = strlen(p);
		if (k && p[k - 1] == '\r')
			p[--k] = '\0';
		if (k && p[0] != '#' && !add_line(g, p) && dg)
			diag_add(dg, DIAG_WARN, path,
			    "line %zu: expected canonical TAB parent TAB aliases TAB flags",
			    lineno);
		p = nl ? nl + 1 : NULL;
	}
}

struct gazetteer *
gaz_load(const char *path, struct diag *dg)
{
	struct gazetteer *g;
	const char *why;
	char *text;
	size_t n;

	if (read_file(path, GAZ_MAX_BYTES, &text, &n, &why) != 0) {
		diag_add(dg, DIAG_REJECT, path, "%s", why);
		return NULL;
	}
	g = gaz_new();
	load_text(g, text, path, dg);
	free(text);
	index_aliases(g);
	return g;
}

static const char *const builtin[] = {
#include "companies.inc"
	NULL
};

struct gazetteer *
gaz_default(void)
{
	struct gazetteer *g = gaz_new();

	for (size_t i = 0; builtin[i]; i++) {
		char *line = xstrdup(builtin[i]);
		add_line(g, line);
		free(line);
	}
	index_aliases(g);
	return g;
}

void
gaz_free(struct gazetteer *g)
{
	if (g == NULL)
		return;
	free(g->co);
	free(g->al);
	arena_free(g->a);
	free(g);
}

static const struct company *
company(const struct gazetteer *g, const char *canon)
{
	for (size_t i = 0; g && canon && i < g->nco; i++)
		if (strcmp(g->co[i].canon, canon) == 0)
			return &g->co[i];
	return NULL;
}

const char *
gaz_parent(const struct gazetteer *g, const char *canon)
{
	const struct company *c = company(g, canon);

	return c ? c->parent : NULL;
}

bool
gaz_has_flag(const struct gazetteer *g, const char *canon, const char *flag)
{
	const struct company *c = company(g, canon);
	size_t k = strlen(flag);

	for (const char *p = c ? c->flags : ""; (p = strstr(p, flag)) != NULL; p += k)
		if ((p == c->flags || p[-1] == ',' || p[-1] == ' ') &&
		    (p[k] == '\0' || p[k] == ',' || p[k] == ' '))
			return true;
	return false;
}

/* ------------------------------------------------------------ matching */

/* Does alias A match the words starting at W[i]? */
static bool
alias_at(const struct alias *a, const char *text, const struct words *ws,
    size_t i)
{
	const char *f = a->fold, *r = a->raw;

	if (i + a->nw > ws->n)
		return false;
	if (a->weak && i == 0)
		return false;
	if (a->upper1 && !ws->w[i].upper1)
		return false;
	for (size_t k = 0; k < a->nw; k++) {
		const struct word *w = &ws->w[i + k];
		size_t wl = w->end - w->beg;

		if (k > 0 && !w->joined)
			return false;
		if (a->exact) {
			if (strncmp(r, text + w->beg, wl) != 0 ||
			    (r[wl] != ' ' && r[wl] != '\0'))
				return false;
			r += wl + (r[wl] == ' ');
		} else {
			if (strncmp(f, ws->f.p + w->f, w->fn) != 0 ||
			    (f[w->fn] != ' ' && f[w->fn] != '\0'))
				return false;
			f += w->fn + (f[w->fn] == ' ');
		}
	}
	return true;
}

/* Is folded word W one of LIST (NULL-terminated; may be NULL)? */
static bool
in_list(const char *const *list, const char *w)
{
	char f[64];

	for (; list && *list; list++) {
		fold_into(*list, f, sizeof f);
		if (strcmp(f, w) == 0)
			return true;
	}
	return false;
}

static bool
is_suffix(const struct gaz_lang *l, const char *text, const struct word *w)
{
	size_t k = w->end - w->beg;

	for (const char *const *s = l->suffixes; s && *s; s++)
		if (strlen(*s) == k && memcmp(*s, text + w->beg, k) == 0)
			return true;
	return false;
}

/* Could word W be part of a name marked by context? */
static bool
name_word(const struct gaz_lang *l, const char *text, const struct words *ws,
    size_t i, const bool *used)
{
	const struct word *w = &ws->w[i];

	return !used[i] && (w->upper1 || (text[w->beg] >= '0' &&
	    text[w->beg] <= '9')) && !in_list(l->nonames, ws->f.p + w->f) &&
	    !is_suffix(l, text, w);
}

/* Does trigger WRITTEN start at word I?  Returns its number of words or 0. */
static size_t
trigger_at(const char *written, const struct words *ws, size_t i)
{
	char f[64];
	const char *t = f;
	size_t nw = 0;
	unsigned char c0 = (unsigned char)written[0];

	/* Most words do not start like the trigger: skip the folding. */
	if (i >= ws->n || ws->w[i].fn == 0)
		return 0;
	if (c0 < 0x80 && ((c0 | 0x20) >= 'a' && (c0 | 0x20) <= 'z') &&
	    (char)(c0 | 0x20) != ws->f.p[ws->w[i].f])
		return 0;
	fold_into(written, f, sizeof f);
	if (*t == '\0')
		return 0;

	while (*t) {
		const char *sp = strchr(t, ' ');
		size_t k = sp ? (size_t)(sp - t) : strlen(t);
		if (i + nw >= ws->n || ws->w[i + nw].fn != k ||
		    memcmp(ws->f.p + ws->w[i + nw].f, t, k) != 0)
			return 0;
		nw++;
		t += k + (sp != NULL);
	}
	return nw;
}

static size_t
push(struct gaz_match *out, size_t n, size_t max, uint32_t beg, uint32_t end,
    const char *canon)
{
	if (n < max) {
		out[n].beg = beg;
		out[n].end = end;
		out[n].canon = canon;
		n++;
	}
	return n;
}

static int
match_cmp(const void *pa, const void *pb)
{
	const struct gaz_match *a = pa, *b = pb;

	return a->beg < b->beg ? -1 : a->beg > b->beg;
}

/*
 * Names marked by context: "the French startup Foo Bar", "la société Foo",
 * "Foo Bar Inc.".  USED marks words already taken by the gazetteer.
 */
static size_t
by_context(const struct gaz_lang *l, const char *text, const struct words *ws,
    bool *used, struct gaz_match *out, size_t n, size_t max)
{
	for (size_t i = 0; i < ws->n; i++) {
		size_t k = 0;

		if (used[i])
			continue;
		for (const char *const *t = l->triggers; t && *t && !k; t++)
			k = trigger_at(*t, ws, i);
		if (k) {
			size_t j = i + k, skip = 0;
			while (j < ws->n && skip < 2 && !ws->w[j].upper1 &&
			    in_list(l->adjectives, ws->f.p + ws->w[j].f))
				j++, skip++;
			size_t e = j;
			while (e < ws->n && e - j < CTX_MAX_RUN &&
			    (e == j || ws->w[e].joined) &&
			    name_word(l, text, ws, e, used))
				e++;
			if (e > j) {
				n = push(out, n, max, ws->w[j].beg,
				    ws->w[e - 1].end, NULL);
				for (size_t m = j; m < e; m++)
					used[m] = true;
				i = e - 1;
			}
			continue;
		}
		if (i > 0 && is_suffix(l, text, &ws->w[i])) {
			size_t b = i;
			while (b > 0 && i - b < CTX_MAX_RUN - 1 &&
			    (b == i || ws->w[b].joined) &&
			    name_word(l, text, ws, b - 1, used))
				b--;
			if (b < i) {
				n = push(out, n, max, ws->w[b].beg,
				    ws->w[i - 1].end, NULL);
				for (size_t m = b; m <= i; m++)
					used[m] = true;
			}
		}
	}
	return n;
}

size_t
gaz_match(const struct gazetteer *g, const struct gaz_lang *l,
    const char *text, size_t n, struct gaz_match *out, size_t max)
{
	struct words ws = {0};
	size_t nout = 0;
	bool *used;

	split(text, n, &ws);
	used = xcalloc(ws.n + 1, sizeof *used);
	for (size_t i = 0; i < ws.n;) {
		const struct slot *s = g && g->tabn ?
		    lookup(g, ws.f.p + ws.w[i].f, ws.w[i].fn) : NULL;
		const struct alias *hit = NULL;

		for (uint32_t k = 0; s && k < s->n && !hit; k++)
			if (alias_at(&g->al[s->beg + k], text, &ws, i))
				hit = &g->al[s->beg + k];
		if (hit == NULL) {
			i++;
			continue;
		}
		nout = push(out, nout, max, ws.w[i].beg,
		    ws.w[i + hit->nw - 1].end, g->co[hit->co].canon);
		for (size_t m = i; m < i + hit->nw; m++)
			used[m] = true;
		i += hit->nw;
	}
	if (l)
		nout = by_context(l, text, &ws, used, out, nout, max);
	qsort(out, nout, sizeof *out, match_cmp);
	free(used);
	words_free(&ws);
	return nout;
}
