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
 *
 * Phrases (struct gaz_phrases: the event cues, a language's triggers,
 * adjectives and non-names) are indexed the same way, by whole first word,
 * one-word prefixes by first byte; a text is split and folded once
 * (gaz_split) and every matcher works on its words.
 */
#include <stdlib.h>
#include <string.h>

#include "gazetteer.h"

#define GAZ_MAX_WORDS 8		/* words in an alias; longer ones are dropped */
#define CTX_MAX_RUN 4		/* words in a name marked by context */
#define ACRONYM_MAX 5		/* capitals-only aliases up to this are exact */
#define GAZ_MAX_BYTES (16u << 20)	/* a data file larger than this is a mistake */
#define HASH_BITS 4096		/* bits of a set of hashes (struct hash_bits) */

/*
 * A set of hashes, lossy: a bit per hash modulo HASH_BITS.  No bit: surely
 * not in the set; most words are ruled out so, at the cost of one load.
 */
struct hash_bits {
	uint64_t w[HASH_BITS / 64];
};

static inline void
hash_bits_add(struct hash_bits *b, uint64_t h)
{
	b->w[(h >> 6) % (HASH_BITS / 64)] |= 1ull << (h & 63);
}

static inline bool
hash_bits_may(const struct hash_bits *b, uint64_t h)
{
	return (b->w[(h >> 6) % (HASH_BITS / 64)] >> (h & 63)) & 1;
}

struct company {
	const char *canon;
	const char *parent;	/* NULL if none */
	const char *flags;	/* "" if none */
};

struct alias {
	const char *fold;	/* folded words, one space between */
	const char *raw;	/* exact words, one space between (acronyms) */
	size_t len;		/* strlen(fold) */
	size_t raw_len;		/* strlen(raw) */
	uint8_t nw;		/* words */
	bool exact, upper1, weak;
	uint32_t co;		/* index into companies */
	size_t first_len;	/* bytes of the first folded word */
};

struct slot {
	const char *key;	/* first folded word (points into an alias) */
	size_t klen;
	uint64_t h;		/* gaz_hash() of the key */
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
	struct hash_bits firsts;	/* the first words' hashes */
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

/*
 * What a byte is to gaz_split(): an ASCII letter, digit or '&', its folded
 * form (a letter lower-cased); else one of these.
 */
enum {
	BF_NONE,	/* ASCII, no part of a word */
	BF_JOIN,	/* ' ', '-', '.', '\'': words around it stay joined */
	BF_WIDE		/* part of a multi-byte character: decode it */
};

static const unsigned char byte_fold[256] =
	"\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0" "\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0"
	"\1\0\0\0\0\0&\1\0\0\0\0\0\1\1\0" "0123456789\0\0\0\0\0\0"
	"\0abcdefghijklmno" "pqrstuvwxyz\0\0\0\0\0"
	"\0abcdefghijklmno" "pqrstuvwxyz\0\0\0\0\0"
	"\2\2\2\2\2\2\2\2\2\2\2\2\2\2\2\2" "\2\2\2\2\2\2\2\2\2\2\2\2\2\2\2\2"
	"\2\2\2\2\2\2\2\2\2\2\2\2\2\2\2\2" "\2\2\2\2\2\2\2\2\2\2\2\2\2\2\2\2"
	"\2\2\2\2\2\2\2\2\2\2\2\2\2\2\2\2" "\2\2\2\2\2\2\2\2\2\2\2\2\2\2\2\2"
	"\2\2\2\2\2\2\2\2\2\2\2\2\2\2\2\2" "\2\2\2\2\2\2\2\2\2\2\2\2\2\2\2\2";

static bool is_word_cp_wide(int cp);

/* Is code point CP part of a word? ASCII inline. */
static inline bool
is_word_cp(int cp)
{
	if (cp < 0x80)
		return cp >= 0 && byte_fold[cp] > BF_WIDE;	/* -1: ill-formed */
	return is_word_cp_wide(cp);
}

/* is_word_cp() of CP, U+0080 or above. */
static bool
is_word_cp_wide(int cp)
{
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

/*
 * The folded form of CP into OUT (4 bytes at most); returns its length,
 * never more than CP's in UTF-8.
 */
static size_t
fold_char(int cp, char *out)
{
	static const struct { int cp; char s[3]; } lig[] = {
		{ 0xC6, "ae" }, { 0xE6, "ae" }, { 0x152, "oe" }, { 0x153, "oe" },
		{ 0xDF, "ss" }
	};

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
	return utf8_encode((unsigned)cp, out);
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

uint64_t
gaz_hash(const char *s, size_t n)
{
	return fnv1a(FNV1A_INIT, s, n);
}

/* The code point at S[i] (N bytes in all); sets *LEN. */
static inline int
decode_at(const unsigned char *s, size_t i, size_t n, int *len)
{
	if (s[i] < 0x80) {
		*len = 1;
		return s[i];
	}
	return utf8_decode(s + i, n - i, len);
}

/*
 * The word of S from byte I on (N bytes in all; S[i] starts it): folded to
 * *O (moved past it), W's hash set.  Returns the byte after it.
 */
static size_t
fold_word(const unsigned char *s, size_t i, size_t n, char **o,
    struct gaz_word *w)
{
	uint64_t h = FNV1A_INIT;
	char *p = *o;
	int len, cp;

	for (;;) {
		unsigned char c = BF_NONE;

		/* ASCII letters, digits and '&', folded here a byte at a time. */
		for (; i < n && (c = byte_fold[s[i]]) > BF_WIDE; i++) {
			*p++ = (char)c;
			h = fnv1a_byte(h, c);
		}
		if (c != BF_WIDE || i >= n)
			break;
		cp = utf8_decode(s + i, n - i, &len);
		if (!is_word_cp(cp))
			break;
		char *f = p;
		p += fold_char(cp, p);
		for (; f < p; f++)
			h = fnv1a_byte(h, (unsigned char)*f);
		i += (size_t)len;
	}
	*o = p;
	w->h = h;
	return i;
}

void
gaz_split(const char *text, size_t n, struct gaz_words *ws)
{
	const unsigned char *s = (const unsigned char *)text;
	size_t i = 0, k, cap;
	bool joined = false;
	struct gaz_word *wa;
	char *base, *o;

	/*
	 * No folded character is longer than the character: the words, a
	 * space before them and one after each, and a NUL fit in 2n + 2.
	 */
	if (ws->f.n + 2 * n + 2 > ws->f.cap)
		GROW(ws->f.p, ws->f.cap, ws->f.n + 2 * n + 2);
	/* Locals: the folded bytes written could alias WS's fields. */
	base = ws->f.p;
	o = base + ws->f.n;
	wa = ws->w;
	k = ws->n;
	cap = ws->cap;
	*o++ = ' ';
	while (i < n) {
		unsigned char c = byte_fold[s[i]];
		int len = 1, cp = s[i];
		struct gaz_word *w;

		if (c == BF_WIDE)
			cp = utf8_decode(s + i, n - i, &len);
		if (c < BF_WIDE || (c == BF_WIDE && !is_word_cp(cp))) {
			joined = joined && c == BF_JOIN;
			i += (size_t)len;
			continue;
		}
		if (k == cap) {
			GROW(ws->w, ws->cap, k + 1);
			wa = ws->w;
			cap = ws->cap;
		}
		w = &wa[k++];
		w->beg = (uint32_t)i;
		w->f = (uint32_t)(o - base);
		w->upper1 = is_upper_cp(cp);
		w->joined = joined;	/* false for the first word */
		i = fold_word(s, i, n, &o, w);
		w->end = (uint32_t)i;
		w->fn = (uint32_t)(o - base) - w->f;
		w->c = (unsigned char)base[w->f];
		*o++ = ' ';
		joined = true;
	}
	ws->n = k;
	ws->f.n = (size_t)(o - base);
	*o = '\0';
}

void
gaz_words_reset(struct gaz_words *ws)
{
	ws->n = 0;
	buf_reset(&ws->f);
}

void
gaz_words_free(struct gaz_words *ws)
{
	free(ws->w);
	buf_free(&ws->f);
	memset(ws, 0, sizeof *ws);
}

void
gaz_fold(const char *text, size_t n, struct buf *out)
{
	struct gaz_words ws = {0};

	gaz_split(text, n, &ws);
	buf_put(out, ws.f.p, ws.f.n);
	gaz_words_free(&ws);
}

/* ------------------------------------------------------------ phrases */

#define NONE 0			/* end of a chain: phrases are numbered from 1 */

/* A word of a phrase: its folded form in the set's text. */
struct pword {
	uint32_t off, len;
	uint64_t h;
};

struct phrase {
	uint32_t w, nw;		/* words: pw[w..w+nw) */
	uint32_t id;
	uint32_t next;		/* the next phrase (+1) of the same chain, or NONE;
				 * a chain is in order of id */
	bool prefix;		/* the last word is a prefix */
};

/* The phrases of one whole first word. */
struct pslot {
	uint64_t h;
	uint32_t head;		/* first phrase (+1), or NONE: an empty slot */
};

struct gaz_phrases {
	struct buf text;
	struct pword *pw;
	size_t npw, cappw;
	struct phrase *p;
	size_t n, cap;
	struct pslot *tab;	/* power-of-two size, half full at most */
	size_t tabn, used;
	struct hash_bits firsts;	/* the whole first words' hashes */
	uint32_t pre[256];	/* one-word prefixes, by first byte: chain heads */
	uint32_t pre_min[256];	/* the shortest of each chain, in bytes
				 * (UINT32_MAX: an empty chain) */
	struct hash_bits pre4;	/* the prefixes' first PRE_KEY bytes
				 * (prefix_key()) */
	bool pre_short[256];	/* a prefix of the chain is shorter */
};

#define PRE_KEY 4		/* bytes of a word that rule prefixes out */

/* The key of the first PRE_KEY bytes of S (hash_bits'). */
static inline uint64_t
prefix_key(const char *s)
{
	uint32_t x;

	memcpy(&x, s, sizeof x);
	return (uint64_t)(x * 2654435761u) >> 20;
}

struct gaz_phrases *
gaz_phrases_new(void)
{
	struct gaz_phrases *ps = xcalloc(1, sizeof *ps);

	for (size_t c = 0; c < 256; c++)
		ps->pre_min[c] = UINT32_MAX;
	return ps;
}

void
gaz_phrases_free(struct gaz_phrases *ps)
{
	if (ps == NULL)
		return;
	buf_free(&ps->text);
	free(ps->pw);
	free(ps->p);
	free(ps->tab);
	free(ps);
}

/* The first word of phrase number J (+1). */
static const struct pword *
first_word(const struct gaz_phrases *ps, uint32_t j)
{
	return &ps->pw[ps->p[j - 1].w];
}

/* The slot of whole first word S[0..n) (hash H): its own, or an empty one. */
static struct pslot *
pslot_find(const struct gaz_phrases *ps, const char *s, size_t n, uint64_t h)
{
	size_t mask = ps->tabn - 1;

	for (size_t i = h & mask;; i = (i + 1) & mask) {
		struct pslot *sl = &ps->tab[i];
		const struct pword *k;

		if (sl->head == NONE)
			return sl;
		k = first_word(ps, sl->head);
		if (sl->h == h && k->len == n &&
		    memcmp(ps->text.p + k->off, s, n) == 0)
			return sl;
	}
}

static void
pslot_grow(struct gaz_phrases *ps)
{
	struct pslot *old = ps->tab;
	size_t oldn = ps->tabn;

	ps->tabn = oldn ? 2 * oldn : 16;
	ps->tab = xcalloc(ps->tabn, sizeof *ps->tab);
	for (size_t i = 0; i < oldn; i++)
		if (old[i].head != NONE) {
			const struct pword *k = first_word(ps, old[i].head);
			*pslot_find(ps, ps->text.p + k->off, k->len, old[i].h) =
			    old[i];
		}
	free(old);
}

/*
 * Link phrase J (+1) into the chain at *HEAD, in order of id (after those of
 * the same id): the first of a chain to match is the lowest.
 */
static void
chain_link(struct gaz_phrases *ps, uint32_t *head, uint32_t j)
{
	uint32_t *at = head;

	while (*at != NONE && ps->p[*at - 1].id <= ps->p[j - 1].id)
		at = &ps->p[*at - 1].next;
	ps->p[j - 1].next = *at;
	*at = j;
}

bool
gaz_phrases_add(struct gaz_phrases *ps, const char *written, uint32_t id)
{
	struct gaz_words ws = {0};
	size_t k = strlen(written);
	bool prefix = k && written[k - 1] == '*';
	struct phrase *p;
	uint32_t j;

	gaz_split(written, prefix ? k - 1 : k, &ws);
	if (ws.n == 0) {
		gaz_words_free(&ws);
		return false;
	}
	GROW(ps->p, ps->cap, ps->n + 1);
	p = &ps->p[ps->n++];
	j = (uint32_t)ps->n;
	p->w = (uint32_t)ps->npw;
	p->nw = (uint32_t)ws.n;
	p->id = id;
	p->prefix = prefix;
	for (size_t i = 0; i < ws.n; i++) {
		GROW(ps->pw, ps->cappw, ps->npw + 1);
		ps->pw[ps->npw].off = (uint32_t)ps->text.n;
		ps->pw[ps->npw].len = ws.w[i].fn;
		ps->pw[ps->npw].h = ws.w[i].h;
		ps->npw++;
		buf_put(&ps->text, ws.f.p + ws.w[i].f, ws.w[i].fn);
	}
	if (prefix && ws.n == 1) {
		unsigned char c = (unsigned char)ws.f.p[ws.w[0].f];
		if (ws.w[0].fn < ps->pre_min[c])
			ps->pre_min[c] = ws.w[0].fn;
		if (ws.w[0].fn < PRE_KEY)
			ps->pre_short[c] = true;
		else
			hash_bits_add(&ps->pre4,
			    prefix_key(ws.f.p + ws.w[0].f));
		chain_link(ps, &ps->pre[c], j);
	} else {
		struct pslot *sl;

		if (2 * (ps->used + 1) > ps->tabn)
			pslot_grow(ps);
		sl = pslot_find(ps, ws.f.p + ws.w[0].f, ws.w[0].fn, ws.w[0].h);
		if (sl->head == NONE) {
			sl->h = ws.w[0].h;
			ps->used++;
		}
		chain_link(ps, &sl->head, j);
		hash_bits_add(&ps->firsts, ws.w[0].h);
	}
	gaz_words_free(&ws);
	return true;
}

/*
 * Does phrase P match the words of V from word I on?  Its first K words are
 * known to match already.
 */
static bool
phrase_at(const struct gaz_phrases *ps, const struct phrase *p,
    const struct gaz_view *v, size_t i, uint32_t k)
{
	if (p->nw > v->n - i)
		return false;
	for (; k < p->nw; k++) {
		const struct pword *pw = &ps->pw[p->w + k];
		const struct gaz_word *w = &v->w[i + k];

		if (p->prefix && k + 1 == p->nw) {
			if (w->fn < pw->len || memcmp(v->fold + w->f,
			    ps->text.p + pw->off, pw->len) != 0)
				return false;
		} else if (w->h != pw->h || w->fn != pw->len ||
		    memcmp(v->fold + w->f, ps->text.p + pw->off, pw->len) != 0)
			return false;
	}
	return true;
}

/* Does the one-word prefix P start word W (folded text FOLD)? */
static inline bool
prefix_at(const struct gaz_phrases *ps, const struct phrase *p,
    const struct gaz_word *w, const char *fold)
{
	const struct pword *pw = &ps->pw[p->w];
	const char *a = fold + w->f, *b = ps->text.p + pw->off;

	/* The first bytes are equal (the chain's); the last tells most. */
	return w->fn >= pw->len && a[pw->len - 1] == b[pw->len - 1] &&
	    memcmp(a, b, pw->len) == 0;
}

/*
 * May a one-word prefix start word W (folded text FOLD)?  Not if all of
 * its first byte's are longer, nor, mostly, if none has its first bytes.
 */
static inline bool
may_prefix(const struct gaz_phrases *ps, const struct gaz_word *w,
    const char *fold)
{
	if (w->fn < ps->pre_min[w->c])
		return false;
	/* Else the word has PRE_KEY bytes at least, or pre_short says yes. */
	return ps->pre_short[w->c] ||
	    hash_bits_may(&ps->pre4, prefix_key(fold + w->f));
}

/*
 * May a phrase start at word W (folded text FOLD)?  Most words start none:
 * a bit of the first words' hashes, or may_prefix(), says so.
 */
static inline bool
may_start(const struct gaz_phrases *ps, const struct gaz_word *w,
    const char *fold)
{
	return hash_bits_may(&ps->firsts, w->h) || may_prefix(ps, w, fold);
}

/* gaz_phrases_at() for word I of V, I < v->n, once may_start(). */
static long
phrases_at_slow(const struct gaz_phrases *ps, const struct gaz_view *v,
    size_t i, uint32_t from)
{
	const struct gaz_word *w = &v->w[i];
	unsigned char c = w->c;
	const struct pslot *sl = NULL;
	long best = -1;
	uint32_t j;

	if (hash_bits_may(&ps->firsts, w->h))
		sl = pslot_find(ps, v->fold + w->f, w->fn, w->h);
	/* Its first word matched: the rest of each phrase is tried, lowest
	 * id first (chains are in order): the first to match is the one. */
	for (j = sl ? sl->head : NONE; j != NONE; j = ps->p[j - 1].next) {
		const struct phrase *p = &ps->p[j - 1];
		if (p->id >= from && phrase_at(ps, p, v, i, 1)) {
			best = p->id;
			break;
		}
	}
	if (!may_prefix(ps, w, v->fold))
		return best;
	for (j = ps->pre[c]; j != NONE; j = ps->p[j - 1].next) {
		const struct phrase *p = &ps->p[j - 1];
		if (best >= 0 && p->id >= (uint32_t)best)
			break;
		if (p->id >= from && prefix_at(ps, p, w, v->fold)) {
			best = p->id;
			break;
		}
	}
	return best;
}

/* gaz_phrases_at() for word I of V, I < v->n. */
static inline long
phrases_at(const struct gaz_phrases *ps, const struct gaz_view *v, size_t i,
    uint32_t from)
{
	const struct gaz_word *w = &v->w[i];

	return may_start(ps, w, v->fold) ?
	    phrases_at_slow(ps, v, i, from) : -1;
}

long
gaz_phrases_at(const struct gaz_phrases *ps, const struct gaz_view *v,
    size_t i, uint32_t from)
{
	return i < v->n ? phrases_at(ps, v, i, from) : -1;
}

/* Add ID to IDS[0..n) (ascending, grown), unless there; returns the count. */
static size_t
add_id(uint32_t **ids, size_t *cap, size_t n, uint32_t id)
{
	size_t k = n;

	while (k > 0 && (*ids)[k - 1] > id)
		k--;
	if (k > 0 && (*ids)[k - 1] == id)
		return n;
	GROW(*ids, *cap, n + 1);
	memmove(*ids + k + 1, *ids + k, (n - k) * sizeof **ids);
	(*ids)[k] = id;
	return n + 1;
}

size_t
gaz_phrases_all_at(const struct gaz_phrases *ps, const struct gaz_view *v,
    size_t i, uint32_t **ids, size_t *cap)
{
	const struct gaz_word *w;
	size_t n = 0;
	uint32_t j = NONE;

	if (i >= v->n || !may_start(ps, &v->w[i], v->fold))
		return 0;
	w = &v->w[i];
	if (hash_bits_may(&ps->firsts, w->h))
		j = pslot_find(ps, v->fold + w->f, w->fn, w->h)->head;
	for (; j != NONE; j = ps->p[j - 1].next)
		if (phrase_at(ps, &ps->p[j - 1], v, i, 1))
			n = add_id(ids, cap, n, ps->p[j - 1].id);
	if (!may_prefix(ps, w, v->fold))
		return n;
	for (j = ps->pre[w->c]; j != NONE; j = ps->p[j - 1].next)
		if (prefix_at(ps, &ps->p[j - 1], w, v->fold))
			n = add_id(ids, cap, n, ps->p[j - 1].id);
	return n;
}

size_t
gaz_phrases_next(const struct gaz_phrases *ps, const struct gaz_view *v,
    size_t i)
{
	for (; i < v->n; i++)
		if (may_start(ps, &v->w[i], v->fold))
			return i;
	return v->n;
}

bool
gaz_phrases_any(const struct gaz_phrases *ps, const struct gaz_view *v)
{
	for (size_t i = gaz_phrases_next(ps, v, 0); i < v->n;
	    i = gaz_phrases_next(ps, v, i + 1))
		if (phrases_at_slow(ps, v, i, 0) >= 0)
			return true;
	return false;
}

long
gaz_phrases_word(const struct gaz_phrases *ps, const struct gaz_view *v,
    size_t i)
{
	const struct gaz_word *w;
	const struct pslot *sl;

	if (i >= v->n)
		return -1;
	w = &v->w[i];
	if (!hash_bits_may(&ps->firsts, w->h))
		return -1;
	sl = pslot_find(ps, v->fold + w->f, w->fn, w->h);
	/* The chain is in order of id: the first one-word phrase. */
	for (uint32_t j = sl->head; j != NONE; j = ps->p[j - 1].next)
		if (ps->p[j - 1].nw == 1 && !ps->p[j - 1].prefix)
			return ps->p[j - 1].id;
	return -1;
}

/* ------------------------------------------------------------ loading */

/* Is every letter of word S[0..n) a capital (no a-z, no U+00DF..U+00FF)? */
static bool
word_caps(const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;
	int len;

	for (size_t i = 0; i < n; i += (size_t)len) {
		int cp = decode_at(u, i, n, &len);
		if ((cp >= 'a' && cp <= 'z') || (cp >= 0xDF && cp <= 0xFF))
			return false;
	}
	return true;
}

static void
add_alias(struct gazetteer *g, uint32_t co, const char *s, size_t n, bool weak)
{
	struct gaz_words ws = {0};
	struct buf f = {0}, r = {0};
	struct alias *al;
	size_t letters = 0;
	bool caps = true;

	gaz_split(s, n, &ws);
	if (ws.n == 0 || ws.n > GAZ_MAX_WORDS) {
		gaz_words_free(&ws);
		return;
	}
	for (size_t i = 0; i < ws.n; i++) {
		if (i) {
			buf_putc(&f, ' ');
			buf_putc(&r, ' ');
		}
		buf_put(&f, ws.f.p + ws.w[i].f, ws.w[i].fn);
		buf_put(&r, s + ws.w[i].beg, ws.w[i].end - ws.w[i].beg);
		caps = caps && word_caps(s + ws.w[i].beg,
		    ws.w[i].end - ws.w[i].beg);
		letters += ws.w[i].end - ws.w[i].beg;
	}
	GROW(g->al, g->capal, g->nal + 1);
	al = &g->al[g->nal++];
	al->fold = arena_strndup(g->a, f.p, f.n);
	al->raw = arena_strndup(g->a, r.p, r.n);
	al->len = f.n;
	al->raw_len = r.n;
	al->nw = (uint8_t)ws.n;
	al->exact = caps && letters <= ACRONYM_MAX;
	al->upper1 = ws.w[0].upper1;
	al->weak = weak;
	al->co = co;
	al->first_len = ws.w[0].fn;
	buf_free(&f);
	buf_free(&r);
	gaz_words_free(&ws);
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

/* The run of aliases of first word K[0..n), of hash H (gaz_hash), or NULL. */
static const struct slot *
lookup(const struct gazetteer *g, const char *k, size_t n, uint64_t h)
{
	size_t mask = g->tabn - 1;

	/* Most words start no alias: one bit says so. */
	if (!hash_bits_may(&g->firsts, h))
		return NULL;

	for (size_t i = h & mask;; i = (i + 1) & mask) {
		const struct slot *s = &g->tab[i];
		if (s->key == NULL)
			return NULL;
		if (s->h == h && s->klen == n && memcmp(s->key, k, n) == 0)
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
		uint64_t hash = gaz_hash(a->fold, a->first_len);
		size_t mask = g->tabn - 1, h = hash & mask;
		while (g->tab[h].key != NULL)
			h = (h + 1) & mask;
		g->tab[h].key = a->fold;
		g->tab[h].klen = a->first_len;
		g->tab[h].h = hash;
		hash_bits_add(&g->firsts, hash);
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

/*
 * Does alias A match the words of V starting at word I?  A is of the run of
 * word I's folded form (lookup()): its first folded word is word I's.
 */
static bool
alias_at(const struct alias *a, const char *text, const struct gaz_view *v,
    size_t i)
{
	/* Folded: from the second word on (past the first and a space). */
	size_t k = a->exact ? 0 : 1, skip = a->first_len + (a->nw > 1);
	const char *f = a->fold + skip, *r = a->raw;
	size_t fl = a->len - skip, rl = a->raw_len;

	if (a->nw > v->n - i)
		return false;
	if (a->weak && i == 0)
		return false;
	if (a->upper1 && !v->w[i].upper1)
		return false;
	for (; k < a->nw; k++) {
		const struct gaz_word *w = &v->w[i + k];
		size_t wl = w->end - w->beg;

		if (k > 0 && !w->joined)
			return false;
		/* A word has neither spaces nor NULs: it is the alias's next
		 * word or is not. */
		if (a->exact) {
			if (wl > rl || memcmp(r, text + w->beg, wl) != 0 ||
			    (wl < rl && r[wl] != ' '))
				return false;
			wl += wl < rl;
			r += wl;
			rl -= wl;
		} else {
			wl = w->fn;
			if (wl > fl || memcmp(f, v->fold + w->f, wl) != 0 ||
			    (wl < fl && f[wl] != ' '))
				return false;
			wl += wl < fl;
			f += wl;
			fl -= wl;
		}
	}
	return true;
}

/* The language's cues, compiled. */
struct gaz_lex {
	struct gaz_phrases *triggers;	/* ids: index in the list */
	uint32_t *trigger_nw;		/* words of each trigger, by id */
	struct gaz_phrases *adjectives, *nonames;
	const char *const *suffixes;
	size_t *suffix_len;
	uint64_t suffix_lens;		/* bit k: a suffix of k bytes, k < 64 */
	uint64_t suffix_c[4];		/* bit c: a suffix starting with byte c */
};

/*
 * The phrases of LIST, each folded by fold_into() as the matching always did
 * (64 bytes at most, no '*'); their words in NW if not NULL.
 */
static struct gaz_phrases *
compile_list(const char *const *list, uint32_t **nw)
{
	struct gaz_phrases *ps = gaz_phrases_new();
	size_t n = 0;
	char f[64];

	while (list && list[n])
		n++;
	if (nw)
		*nw = xcalloc(n + 1, sizeof **nw);
	for (size_t i = 0; i < n; i++) {
		fold_into(list[i], f, sizeof f);
		if (!gaz_phrases_add(ps, f, (uint32_t)i) || nw == NULL)
			continue;
		(*nw)[i] = 1;
		for (const char *p = f; *p; p++)
			(*nw)[i] += *p == ' ';
	}
	return ps;
}

struct gaz_lex *
gaz_lex_new(const struct gaz_lang *l)
{
	struct gaz_lex *lx = xcalloc(1, sizeof *lx);
	size_t n = 0;
	unsigned c;

	lx->triggers = compile_list(l->triggers, &lx->trigger_nw);
	lx->adjectives = compile_list(l->adjectives, NULL);
	lx->nonames = compile_list(l->nonames, NULL);
	lx->suffixes = l->suffixes;
	while (l->suffixes && l->suffixes[n])
		n++;
	lx->suffix_len = xcalloc(n + 1, sizeof *lx->suffix_len);
	for (size_t i = 0; i < n; i++) {
		lx->suffix_len[i] = strlen(l->suffixes[i]);
		lx->suffix_lens |= lx->suffix_len[i] < 64 ?
		    1ull << lx->suffix_len[i] : 0;
		c = (unsigned char)l->suffixes[i][0];
		lx->suffix_c[c >> 6] |= 1ull << (c & 63);
	}
	return lx;
}

void
gaz_lex_free(struct gaz_lex *lx)
{
	if (lx == NULL)
		return;
	gaz_phrases_free(lx->triggers);
	gaz_phrases_free(lx->adjectives);
	gaz_phrases_free(lx->nonames);
	free(lx->trigger_nw);
	free(lx->suffix_len);
	free(lx);
}

/* Is TEXT[beg, beg + k) one of LX's suffixes? */
static bool
suffix_listed(const struct gaz_lex *lx, const char *text, size_t beg, size_t k)
{
	for (size_t i = 0; lx->suffixes && lx->suffixes[i]; i++)
		if (lx->suffix_len[i] == k && lx->suffixes[i][0] == text[beg] &&
		    memcmp(lx->suffixes[i], text + beg, k) == 0)
			return true;
	return false;
}

/* Is word W a legal form ("Inc", "GmbH")?  Most words fail the first tests. */
static inline bool
is_suffix(const struct gaz_lex *lx, const char *text, const struct gaz_word *w)
{
	size_t k = w->end - w->beg;
	unsigned c = (unsigned char)text[w->beg];

	if ((k < 64 && !((lx->suffix_lens >> k) & 1)) ||
	    !((lx->suffix_c[c >> 6] >> (c & 63)) & 1))
		return false;
	return suffix_listed(lx, text, w->beg, k);
}

/* Could word I be part of a name marked by context? */
static bool
name_word(const struct gaz_lex *lx, const char *text, const struct gaz_view *v,
    size_t i, const bool *used)
{
	const struct gaz_word *w = &v->w[i];

	return !used[i] && (w->upper1 || (text[w->beg] >= '0' &&
	    text[w->beg] <= '9')) && gaz_phrases_word(lx->nonames, v, i) < 0 &&
	    !is_suffix(lx, text, w);
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

/*
 * Sort M[0..n) by beginning (no two begin at the same word).  Both runs,
 * the gazetteer's and then the context's, are in text order already, and
 * short: insertion.
 */
static void
sort_matches(struct gaz_match *m, size_t n)
{
	for (size_t i = 1; i < n; i++) {
		struct gaz_match x = m[i];
		size_t j = i;

		for (; j > 0 && m[j - 1].beg > x.beg; j--)
			m[j] = m[j - 1];
		m[j] = x;
	}
}

/*
 * Names marked by context: "the French startup Foo Bar", "la société Foo",
 * "Foo Bar Inc.".  USED marks words already taken by the gazetteer.
 */
static size_t
by_context(const struct gaz_lex *lx, const char *text, const struct gaz_view *v,
    bool *used, struct gaz_match *out, size_t n, size_t max)
{
	const struct gaz_word *ws = v->w;

	for (size_t i = 0; i < v->n; i++) {
		long t;

		if (used[i])
			continue;
		/* The first trigger of the list found here. */
		if ((t = gaz_phrases_at(lx->triggers, v, i, 0)) >= 0) {
			size_t j = i + lx->trigger_nw[t], skip = 0;
			while (j < v->n && skip < 2 && !ws[j].upper1 &&
			    gaz_phrases_word(lx->adjectives, v, j) >= 0)
				j++, skip++;
			size_t e = j;
			while (e < v->n && e - j < CTX_MAX_RUN &&
			    (e == j || ws[e].joined) &&
			    name_word(lx, text, v, e, used))
				e++;
			if (e > j) {
				n = push(out, n, max, ws[j].beg, ws[e - 1].end,
				    NULL);
				for (size_t m = j; m < e; m++)
					used[m] = true;
				i = e - 1;
			}
			continue;
		}
		if (i > 0 && is_suffix(lx, text, &ws[i])) {
			size_t b = i;
			while (b > 0 && i - b < CTX_MAX_RUN - 1 &&
			    (b == i || ws[b].joined) &&
			    name_word(lx, text, v, b - 1, used))
				b--;
			if (b < i) {
				n = push(out, n, max, ws[b].beg, ws[i - 1].end,
				    NULL);
				for (size_t m = b; m <= i; m++)
					used[m] = true;
			}
		}
	}
	return n;
}

size_t
gaz_match_words(const struct gazetteer *g, const struct gaz_lex *lx,
    const char *text, const struct gaz_view *v, struct gaz_match *out,
    size_t max)
{
	bool used_stack[256], *used = used_stack;
	size_t nout = 0;

	if (v->n + 1 > sizeof used_stack)
		used = xcalloc(v->n + 1, sizeof *used);
	else
		memset(used, 0, (v->n + 1) * sizeof *used);
	for (size_t i = 0; i < v->n;) {
		const struct gaz_word *w = &v->w[i];
		const struct slot *s = g && g->tabn ?
		    lookup(g, v->fold + w->f, w->fn, w->h) : NULL;
		const struct alias *hit = NULL;

		for (uint32_t k = 0; s && k < s->n && !hit; k++)
			if (alias_at(&g->al[s->beg + k], text, v, i))
				hit = &g->al[s->beg + k];
		if (hit == NULL) {
			i++;
			continue;
		}
		nout = push(out, nout, max, w->beg, v->w[i + hit->nw - 1].end,
		    g->co[hit->co].canon);
		for (size_t m = i; m < i + hit->nw; m++)
			used[m] = true;
		i += hit->nw;
	}
	if (lx)
		nout = by_context(lx, text, v, used, out, nout, max);
	sort_matches(out, nout);
	if (used != used_stack)
		free(used);
	return nout;
}

size_t
gaz_match(const struct gazetteer *g, const struct gaz_lang *l,
    const char *text, size_t n, struct gaz_match *out, size_t max)
{
	struct gaz_words ws = {0};
	struct gaz_lex *lx = l ? gaz_lex_new(l) : NULL;
	struct gaz_view v;
	size_t nout;

	gaz_split(text, n, &ws);
	v.w = ws.w;
	v.n = ws.n;
	v.fold = ws.f.p;
	nout = gaz_match_words(g, lx, text, &v, out, max);
	gaz_lex_free(lx);
	gaz_words_free(&ws);
	return nout;
}
