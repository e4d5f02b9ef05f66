/*
 * timex.c - the temporal tagger.
 *
 * Each sentence is cut into tokens once (words, numbers, words mixing letters
 * and digits such as "Q4", "14h30", "1er", and single punctuation marks); a
 * word's class and value come from the language's table (timex_rules.h),
 * looked up by binary search in a sorted index built once per language.
 * Then one left-to-right pass tries the matchers below at each token and
 * keeps the longest match; matched tokens are skipped.  Matchers look only at
 * token classes, never at a language code.
 *
 * Values are TimeML TIMEX3 values at the expression's own granularity,
 * resolved against the document's date (DCT) when there is one:
 *   "le 1er mai" (DCT 2021-06-02)        -> 2021-05-01
 *   "in Q4 2022"                          -> 2022-Q4
 *   "l'an dernier" (DCT 2021-06-02)       -> 2020
 *   "the end of the year"                 -> 2021, mod END
 *   "24 months"                           -> P24M (DURATION)
 *   "every year"                          -> P1Y (SET)
 */
#include <pthread.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/uchar.h>

#include "timex.h"
#include "timex_rules.h"
#include "tval.h"
#include "util.h"

/* The longest folded form of a token, with its NUL. */
#define FORM_MAX 32

/* ------------------------------------------------------------ lexicon index */

#define MAX_LANGS 8

/* A word of the lexicon's hash, or the first word of a form of several. */
struct lexslot {
	uint64_t h;		/* form_hash() of the word */
	const char *w;		/* the word: WLEN bytes of a form */
	const struct tx_lex *x;	/* the table's first entry of that form; NULL if none */
	uint8_t wlen;
	bool mw_first;		/* a form of several words starts with this word */
};

/* A suffix of the tables (ord_suffix, future_suffix...), with its length. */
struct sfx {
	const char *s;		/* NULL: the end of the list */
	uint8_t n;
};

/* A list of suffixes, and the set of their last bytes: most words end with
 * none of them and need not be compared. */
struct sfxlist {
	struct sfx *v;
	uint64_t last[4];
};

struct lexidx {
	const struct tx_rules *r;
	struct lexslot *h;		/* open addressing by word, at most a quarter full */
	size_t hmask;
	const struct tx_lex **other;	/* by entry: the first of its form with another class */
	struct sfxlist ord, future, past, participle;	/* r's suffix lists */
};

/* fnv1a(FNV1A_INIT, S, N), inline: a word is a few bytes, hashed once or
 * twice per token. */
static uint64_t
form_hash(const char *s, size_t n)
{
	uint64_t h = FNV1A_INIT;

	for (size_t k = 0; k < n; k++)
		h = fnv1a_byte(h, (unsigned char)s[k]);
	return h;
}

static struct lexidx lexidx[MAX_LANGS];
static pthread_once_t lexonce = PTHREAD_ONCE_INIT;

/* Are A and B the same N bytes?  (Words are short: no call to memcmp.) */
static bool
same_bytes(const char *a, const char *b, size_t n)
{
	for (size_t k = 0; k < n; k++)
		if (a[k] != b[k])
			return false;
	return true;
}

/* The slot of word W (N bytes) in IX's hash: its own, or a free one. */
static inline struct lexslot *
lex_probe(const struct lexidx *ix, const char *w, size_t n, uint64_t h)
{
	struct lexslot *s;

	for (size_t at = (size_t)h & ix->hmask; ; at = (at + 1) & ix->hmask) {
		s = &ix->h[at];
		if (s->w == NULL || (s->h == h && s->wlen == n && same_bytes(s->w, w, n)))
			return s;
	}
}

/* Enter word W (N bytes) in IX's hash; X its entry (first one kept), or NULL
 * for the first word of a form of several. */
static void
lex_add(struct lexidx *ix, const char *w, size_t n, const struct tx_lex *x)
{
	uint64_t h = form_hash(w, n);
	struct lexslot *s = lex_probe(ix, w, n, h);

	if (s->w == NULL) {
		s->h = h;
		s->w = w;
		s->wlen = (uint8_t)n;
	}
	if (x && s->x == NULL)
		s->x = x;
	if (x == NULL)
		s->mw_first = true;
}

/* LIST (NULL-terminated) with the length and the last byte of each suffix. */
static struct sfxlist
sfx_build(const char *const *list)
{
	struct sfxlist out = {0};
	size_t n = 0;

	while (list && list[n])
		n++;
	out.v = xcalloc(n + 1, sizeof *out.v);
	for (size_t k = 0; k < n; k++) {
		size_t len = strlen(list[k]);
		unsigned char c = len ? (unsigned char)list[k][len - 1] : 0;
		out.v[k] = (struct sfx){ list[k], (uint8_t)len };
		if (len == 0)	/* ends every word */
			memset(out.last, 0xff, sizeof out.last);
		out.last[c >> 6] |= 1ULL << (c & 63);
	}
	return out;
}

/* May a suffix of L end a word whose last byte is C? */
static bool
sfx_may_end(const struct sfxlist *l, char c)
{
	unsigned char b = (unsigned char)c;
	return (l->last[b >> 6] >> (b & 63)) & 1;
}

/* Entries by form, then in table order. */
static int
by_form(const void *a, const void *b)
{
	const struct tx_lex *x = *(const struct tx_lex *const *)a;
	const struct tx_lex *y = *(const struct tx_lex *const *)b;
	int c = strcmp(x->form, y->form);

	return c ? c : (x > y) - (x < y);
}

/* For each of the N entries of LEX, the first entry of its form (in table
 * order) with another class, or NULL: the entries sorted by form, so that
 * a form's entries are side by side. */
static const struct tx_lex **
other_build(const struct tx_lex *lex, size_t n)
{
	const struct tx_lex **other = xcalloc(n, sizeof *other);
	const struct tx_lex **v = xcalloc(n ? n : 1, sizeof *v);
	size_t g, e;

	for (size_t k = 0; k < n; k++)
		v[k] = &lex[k];
	qsort(v, n, sizeof *v, by_form);
	for (g = 0; g < n; g = e) {
		for (e = g + 1; e < n && strcmp(v[e]->form, v[g]->form) == 0; e++)
			;
		for (size_t k = g; k < e; k++)
			for (size_t q = g; q < e && !other[v[k] - lex]; q++)
				if (v[q]->cls != v[k]->cls)
					other[v[k] - lex] = v[q];
	}
	free(v);
	return other;
}

/* Built once for every language, read-only after: safe for the workers. */
static void
lex_build(void)
{
	for (int i = 0; lang_all[i] && i < MAX_LANGS; i++) {
		const struct tx_rules *r = lang_all[i]->tx;
		struct lexidx *ix = &lexidx[i];
		size_t n = 0;

		ix->r = r;
		if (r == NULL || r->lex == NULL)
			continue;
		while (r->lex[n].form)
			n++;
		ix->other = other_build(r->lex, n);
		/* The forms and the first words of "il y a", "at present": at
		 * most 2n words, the hash a quarter full. */
		size_t cap = 16;
		while (cap < 8 * n)
			cap *= 2;
		ix->h = xcalloc(cap, sizeof *ix->h);
		ix->hmask = cap - 1;
		for (size_t k = 0; k < n; k++) {
			const char *f = r->lex[k].form, *sp = strchr(f, ' ');
			lex_add(ix, f, strlen(f), &r->lex[k]);
			if (sp && sp - f < FORM_MAX)
				lex_add(ix, f, (size_t)(sp - f), NULL);
		}
		ix->ord = sfx_build(r->ord_suffix);
		ix->future = sfx_build(r->future_suffix);
		ix->past = sfx_build(r->past_suffix);
		ix->participle = sfx_build(r->participle_ends);
	}
}

static const struct lexidx *
lex_for(const struct tx_rules *r)
{
	pthread_once(&lexonce, lex_build);
	for (int i = 0; i < MAX_LANGS; i++)
		if (lexidx[i].r == r)
			return &lexidx[i];
	return NULL;
}

/* The slot of folded word W (N bytes, form_hash() H), or NULL if the
 * lexicon has no such word nor a form of several words starting with it. */
static const struct lexslot *
lex_slot(const struct lexidx *ix, const char *w, size_t n, uint64_t h)
{
	if (ix == NULL || ix->h == NULL)
		return NULL;
	const struct lexslot *s = lex_probe(ix, w, n, h);
	return s->w ? s : NULL;
}

static const struct lexslot *
lex_word(const struct lexidx *ix, const char *w, size_t n)
{
	return lex_slot(ix, w, n, form_hash(w, n));
}

/* The entry for folded FORM (N bytes), or NULL.  Several entries may share a
 * form ("sept": the month and the number): the first of the table wins. */
static const struct tx_lex *
lex_find(const struct lexidx *ix, const char *form, size_t n)
{
	const struct lexslot *s = lex_word(ix, form, n);
	return s ? s->x : NULL;
}

/* The first entry with FIRST's form and another class, or NULL. */
static const struct tx_lex *
lex_find_other(const struct lexidx *ix, const struct tx_lex *first)
{
	return ix->other[first - ix->r->lex];
}

/* ------------------------------------------------------------ tokens */

enum tkind { K_WORD, K_NUM, K_ALNUM, K_PUNCT };

struct tok {
	uint32_t beg, end;	/* bytes in doc->norm */
	uint8_t kind;		/* enum tkind */
	uint8_t cls;		/* enum tx_cls, from the lexicon */
	int16_t val;
	uint8_t cls2;		/* a second entry of the same form ("sept": 7) */
	int16_t val2;
	int32_t num;		/* K_NUM: value (if it fits) */
	uint8_t ndig;		/* K_NUM: digits */
	bool sep;		/* K_NUM: had , or . inside ("2,020") */
	bool cap;		/* starts with a capital */
	bool space_before;	/* white space before it */
	bool plural;		/* a plural the table knows by its singular: "Mondays" */
	bool mw_first;		/* K_WORD: a form of several words starts with it */
	bool pp;		/* K_WORD: ends as a past participle (participle_ends) */
	uint8_t flen;		/* strlen(f) */
	char f[FORM_MAX];	/* folded form; K_PUNCT: the character */
};

/* Fold a code point to lower-case ASCII where it is a Latin letter: one or
 * two letters ("ae"), or NULL to keep it as is. */
static const char *
fold_cp(int cp, char tmp[8])
{
	static const char *const latin1[32] = {	/* U+00E0 .. U+00FF */
		"a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
		NULL, "n", "o", "o", "o", "o", "o", NULL, NULL, "u", "u", "u", "u", "y", NULL, "y",
	};

	if (cp < 0x80) {
		tmp[0] = (char)(cp >= 'A' && cp <= 'Z' ? cp + 32 : cp);
		tmp[1] = '\0';
		return tmp;
	}
	cp = (int)u_tolower(cp);
	if (cp >= 0xE0 && cp <= 0xFF)
		return latin1[cp - 0xE0];
	return cp == 0x153 ? "oe" : NULL;
}

struct toks {
	struct tok *t;
	size_t n, cap;
};

static bool
is_letter_cp(int cp)
{
	if (cp < 0x80)
		return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
	return u_isalpha(cp) != 0;
}

/* Fold bytes [b, e) of S into OUT (FORM_MAX).  Returns the length written. */
static uint8_t
fold_into(const char *s, uint32_t b, uint32_t e, char *out)
{
	size_t o = 0;
	char tmp[8];

	for (uint32_t i = b; i < e && o < FORM_MAX - 3; ) {
		unsigned char ch = (unsigned char)s[i];
		if (ch < 0x80) {	/* ASCII: lower case in place */
			out[o++] = (char)(ch >= 'A' && ch <= 'Z' ? ch + 32 : ch);
			i++;
			continue;
		}
		int len, cp = utf8_decode((const unsigned char *)s + i, e - i, &len);
		const char *f = cp >= 0 ? fold_cp(cp, tmp) : NULL;
		if (f) {
			size_t k = f[1] ? 2 : 1;	/* one or two letters */
			if (o + k >= FORM_MAX - 1)
				break;
			memcpy(out + o, f, k);
			o += k;
		} else {
			if (o + (size_t)len >= FORM_MAX - 1)
				break;
			memcpy(out + o, s + i, (size_t)len);
			o += (size_t)len;
		}
		i += (uint32_t)len;
	}
	out[o] = '\0';
	return (uint8_t)o;
}

/* Room for one token more (a call only when the array is full). */
static void
toks_grow(struct toks *ts)
{
	GROW(ts->t, ts->cap, ts->n + 1);
}

static inline struct tok *
push(struct toks *ts, uint32_t b, uint32_t e, int kind, bool space)
{
	struct tok *t;

	if (ts->n == ts->cap)
		toks_grow(ts);
	t = &ts->t[ts->n++];
	memset(t, 0, sizeof *t);
	t->beg = b;
	t->end = e;
	t->kind = (uint8_t)kind;
	t->space_before = space;
	return t;
}

/* Does word F (N bytes) end with suffix X, with at least one byte before it? */
static bool
ends_with(const char *f, size_t n, const struct sfx *x)
{
	return n > x->n && same_bytes(f + n - x->n, x->s, x->n);
}

/* Do the N bytes at S end with a suffix of L, with a byte before it? */
static bool
ends_with_any(const char *s, size_t n, const struct sfxlist *l)
{
	if (n == 0 || !sfx_may_end(l, s[n - 1]))
		return false;
	for (const struct sfx *x = l->v; x->s; x++)
		if (ends_with(s, n, x))
			return true;
	return false;
}

/* T's class and value from the lexicon; H: form_hash() of its form. */
static void
classify(const struct lexidx *ix, struct tok *t, uint64_t h)
{
	const struct lexslot *s;
	const struct tx_lex *x;
	size_t fl = t->flen;

	if (t->kind == K_PUNCT || t->kind == K_NUM)
		return;
	s = lex_slot(ix, t->f, fl, h);
	t->mw_first = s && s->mw_first;
	x = s ? s->x : NULL;
	if (x) {
		t->cls = x->cls;
		t->val = x->val;
		/* Shared forms ("sept", "second", "a"): keep the other reading. */
		const struct tx_lex *y = lex_find_other(ix, x);
		if (y) {
			t->cls2 = y->cls;
			t->val2 = y->val;
		}
		return;
	}
	/* Plurals of weekdays, units and parts of the day: "lundis". */
	if (fl > 3 && t->f[fl - 1] == 's') {
		x = lex_find(ix, t->f, fl - 1);
		if (x && (x->cls == TC_WEEKDAY || x->cls == TC_UNIT || x->cls == TC_PARTDAY)) {
			t->cls = x->cls;
			t->val = x->val;
			t->plural = true;
			return;
		}
	}
	/* A verb in the future tense: "votera", "ouvriront". */
	if (t->kind == K_WORD && fl >= 4 && sfx_may_end(&ix->future, t->f[fl - 1]))
		for (const struct sfx *sf = ix->future.v; sf->s; sf++)
			if (ends_with(t->f, fl, sf)) {
				t->cls = TC_FUTURE;
				return;
			}
	/* A verb in a past tense: "acquired", "announced" (not "need"). */
	if (t->kind == K_WORD && fl >= 5 && !t->cap && sfx_may_end(&ix->past, t->f[fl - 1]))
		for (const struct sfx *sf = ix->past.v; sf->s; sf++)
			if (fl > (size_t)sf->n + 2 && ends_with(t->f, fl, sf) &&
			    strchr("aeiou", t->f[fl - sf->n - 1]) == NULL) {
				t->cls = TC_PASTV;
				return;
			}
	/* Digits and an ordinal suffix: "1er", "21st", "3e". */
	if (t->kind == K_ALNUM && t->f[0] >= '0' && t->f[0] <= '9') {
		int v = 0;
		const char *p = t->f;
		while (*p >= '0' && *p <= '9' && v < 10000)
			v = v * 10 + (*p++ - '0');
		size_t rest = fl - (size_t)(p - t->f);
		for (const struct sfx *sf = ix->ord.v; sf->s; sf++)
			if (rest == sf->n && same_bytes(p, sf->s, rest)) {
				t->cls = TC_ORDINAL;
				t->val = (int16_t)v;
				return;
			}
	}
}

/* Append SEP (unless NUL) and T's form at OUT + *O. */
static void
append_form(char *out, size_t *o, char sep, const struct tok *t)
{
	if (sep)
		out[(*o)++] = sep;
	memcpy(out + *o, t->f, t->flen);
	*o += t->flen;
	out[*o] = '\0';
}

/* Make token A stand for tokens [A, A + W) with form F (N bytes) and entry X. */
static void
join_toks(struct toks *ts, struct tok *a, size_t w, const char *f, size_t n,
    const struct tx_lex *x)
{
	memcpy(a->f, f, n + 1);
	a->flen = (uint8_t)n;
	a->end = a[w - 1].end;
	a->cls = x->cls;
	a->val = x->val;
	memmove(a + 1, a + w, (ts->n - (size_t)(a - ts->t) - w) * sizeof *a);
	ts->n -= w - 1;
}

/*
 * The end of the word starting at S[I] (a letter): letters, digits (*DIGIT
 * set) and apostrophes before a letter (*APOS set), up to END.
 */
static uint32_t
word_end(const char *s, uint32_t i, uint32_t end, bool *digit, bool *apos)
{
	uint32_t j = i;

	*digit = *apos = false;
	while (j < end) {
		unsigned char c = (unsigned char)s[j];
		if ((unsigned)((c | 0x20) - 'a') < 26) {	/* an ASCII letter */
			j++;
			continue;
		}
		int l2, c2 = utf8_decode((const unsigned char *)s + j, end - j, &l2);
		if (c2 > 0 && is_letter_cp(c2))
			j += (uint32_t)l2;
		else if (c2 >= '0' && c2 <= '9') {
			*digit = true;
			j++;
		} else if (c2 == '\'' && j + 1 < end) {
			int l3, c3 = utf8_decode((const unsigned char *)s + j + 1, end - j - 1, &l3);
			if (c3 > 0 && is_letter_cp(c3)) {
				*apos = true;
				j++;
			} else
				break;
		} else
			break;
	}
	return j;
}

/*
 * The ASCII letters at S[I, END), folded into T's form (cut where
 * fold_into() cuts) and their form_hash() in *H.  Returns where they stop.
 */
static uint32_t
ascii_letters(const char *s, uint32_t i, uint32_t end, struct tok *t, uint64_t *h)
{
	uint64_t hh = FNV1A_INIT;
	size_t o = 0;

	for (; i < end; i++) {
		unsigned char c = (unsigned char)s[i];
		if ((unsigned)((c | 0x20) - 'a') >= 26)
			break;
		if (o < FORM_MAX - 3) {
			t->f[o++] = (char)(c | 0x20);
			hh = fnv1a_byte(hh, (unsigned char)(c | 0x20));
		}
	}
	t->f[o] = '\0';
	t->flen = (uint8_t)o;
	*h = hh;
	return i;
}

/* Does a word end before byte C for word_end(), C neither a letter, a
 * digit, an apostrophe nor a byte of a longer character? */
static bool
ascii_word_end(char c)
{
	unsigned char b = (unsigned char)c;
	return b < 0x80 && !((b >= '0' && b <= '9') || b == '\'' ||
	    (unsigned)((b | 0x20) - 'a') < 26);
}

/*
 * Word T (S[t->beg, t->end)), folded, has an apostrophe: drop a possessive
 * "'s" ("Friday's"), and split an elided article ("l'an" -> "l'" + "an")
 * unless the whole word is known ("aujourd'hui").  Returns the token left
 * to classify: T, or the word after the article (T, the article, classified).
 */
static struct tok *
split_apostrophe(const struct lexidx *ix, const struct tx_rules *r, const char *s,
    struct toks *ts, struct tok *t)
{
	uint32_t i = t->beg, j = t->end;
	size_t fl = t->flen;

	if (fl > 2 && t->f[fl - 2] == '\'' && t->f[fl - 1] == 's' &&
	    lex_find(ix, t->f, fl) == NULL && j - i > 2) {
		t->f[fl - 2] = '\0';
		t->flen = (uint8_t)(fl - 2);
		t->end = j - 2;
	}
	char *ap = memchr(t->f, '\'', t->flen);
	if (ap == NULL || lex_find(ix, t->f, t->flen) != NULL)
		return t;
	size_t k = (size_t)(ap - t->f);
	for (const char *const *e = r->elisions; e && *e; e++) {
		if (strlen(*e) == k && strncmp(t->f, *e, k) == 0) {
			/* Split in the text: find the apostrophe. */
			uint32_t q = i;
			while (q < j && s[q] != '\'')
				q++;
			char rest[FORM_MAX];
			size_t nrest = t->flen - k - 1;
			memcpy(rest, ap + 1, nrest + 1);
			t->end = q + 1;
			t->f[k + 1] = '\0';
			t->flen = (uint8_t)(k + 1);
			classify(ix, t, form_hash(t->f, t->flen));
			struct tok *u = push(ts, q + 1, j, K_WORD, false);
			memcpy(u->f, rest, nrest + 1);
			u->flen = (uint8_t)nrest;
			return u;
		}
	}
	return t;
}

/*
 * Cut S[beg, end) into tokens.  Words keep inner apostrophes ("aujourd'hui")
 * except after an elided article ("l'an" -> "l'" "an"); numbers keep inner
 * separators ("2,020": one token, marked).
 */
static void
tokenize(const struct lexidx *ix, const struct tx_rules *r, const char *s,
    uint32_t beg, uint32_t end, struct toks *ts)
{
	uint32_t i = beg;
	bool space = true;
	bool hyphen = false, dot = false;	/* a '-'; a '.' right after one letter */

	ts->n = 0;
	while (i < end) {
		int len, cp = utf8_decode((const unsigned char *)s + i, end - i, &len);
		if (cp == ' ' || cp == '\n' || cp == '\t') {
			space = true;
			i += (uint32_t)len;
			continue;
		}
		if (cp >= '0' && cp <= '9') {
			uint32_t j = i;
			bool sep = false, alpha = false;
			while (j < end) {
				unsigned char c = (unsigned char)s[j];
				if (c >= '0' && c <= '9')
					j++;
				else if ((c == ',' || c == '.') && j + 1 < end &&
				    s[j + 1] >= '0' && s[j + 1] <= '9' && !alpha) {
					sep = true;
					j++;
				} else {
					int l2, c2 = utf8_decode((const unsigned char *)s + j, end - j, &l2);
					if (c2 > 0 && is_letter_cp(c2)) {
						alpha = true;
						j += (uint32_t)l2;
					} else
						break;
				}
			}
			struct tok *t = push(ts, i, j, alpha && !sep ? K_ALNUM : K_NUM, space);
			t->flen = fold_into(s, i, j, t->f);
			if (t->kind == K_NUM) {
				t->sep = sep;
				long v = 0;
				int nd = 0;
				for (uint32_t k = i; k < j; k++)
					if (s[k] >= '0' && s[k] <= '9') {
						if (v < 100000000)
							v = v * 10 + (s[k] - '0');
						nd++;
					}
				t->num = (int32_t)v;
				t->ndig = (uint8_t)(nd > 255 ? 255 : nd);
			} else
				classify(ix, t, form_hash(t->f, t->flen));
			i = j;
			space = false;
			continue;
		}
		if (is_letter_cp(cp)) {
			struct tok *t = push(ts, i, i, K_WORD, space);
			uint64_t h;
			uint32_t j = ascii_letters(s, i, end, t, &h);
			t->end = j;
			t->cap = cp < 0x80 ? (cp >= 'A' && cp <= 'Z') : u_isupper(cp);
			if (j < end && !ascii_word_end(s[j])) {
				/* a digit, an apostrophe or a letter beyond ASCII */
				bool digit, apos;
				j = word_end(s, i, end, &digit, &apos);
				t->kind = digit ? K_ALNUM : K_WORD;
				t->end = j;
				t->flen = fold_into(s, i, j, t->f);
				if (apos)
					t = split_apostrophe(ix, r, s, ts, t);
				h = form_hash(t->f, t->flen);
			}
			classify(ix, t, h);
			if (t->kind == K_WORD && !t->cap && t->cls == TC_NONE)
				t->pp = ends_with_any(s + t->beg, t->end - t->beg, &ix->participle);
			i = j;
			space = false;
			continue;
		}
		struct tok *t = push(ts, i, i + (uint32_t)len, K_PUNCT, space);
		if (cp == 0x20AC || cp == 0xA3 || cp == 0xA5)
			t->f[0] = '$';		/* currencies */
		else if (cp < 0x80)
			t->f[0] = (char)cp;
		else
			t->f[0] = '?';
		t->flen = t->f[0] != '\0';
		hyphen = hyphen || t->f[0] == '-';
		dot = dot || (t->f[0] == '.' && !space && ts->n >= 2 && t[-1].kind == K_WORD &&
		    t[-1].flen == 1);
		i += (uint32_t)len;
		space = false;
	}
	/* Words the table knows as a group: "il y a", "at present". */
	for (size_t k = 0; k + 1 < ts->n; k++) {
		if (ts->t[k].kind != K_WORD || !ts->t[k].mw_first)
			continue;
		for (size_t w = 3; w >= 2; w--) {
			if (k + w > ts->n)
				continue;
			char joined[FORM_MAX * 3 + 3];
			size_t o = 0;
			bool ok = true;
			for (size_t q = k; q < k + w && ok; q++) {
				const struct tok *t = &ts->t[q];
				if (t->kind != K_WORD || (q > k && !t->space_before))
					ok = false;
				else
					append_form(joined, &o, q > k ? ' ' : '\0', t);
			}
			const struct tx_lex *x;
			if (!ok || o >= FORM_MAX || (x = lex_find(ix, joined, o)) == NULL)
				continue;
			join_toks(ts, &ts->t[k], w, joined, o, x);
			break;
		}
	}
	/* Hyphenated words the table knows: "week-end", "apres-midi". */
	for (size_t k = 0; hyphen && k + 2 < ts->n; k++) {
		struct tok *a = &ts->t[k], *h = &ts->t[k + 1], *b = &ts->t[k + 2];
		if (a->kind != K_WORD || h->kind != K_PUNCT || h->f[0] != '-' ||
		    b->kind != K_WORD || h->space_before || b->space_before)
			continue;
		char joined[FORM_MAX * 2 + 2];
		size_t o = 0;
		append_form(joined, &o, '\0', a);
		append_form(joined, &o, '-', b);
		const struct tx_lex *x = o < FORM_MAX ? lex_find(ix, joined, o) : NULL;
		if (x == NULL)
			continue;
		join_toks(ts, a, 3, joined, o, x);
	}
	/* Dotted abbreviations the table knows: "a.m.", "p.m." (folded "a.m"). */
	for (size_t k = 0; dot && k + 2 < ts->n; k++) {
		struct tok *a = &ts->t[k], *d = &ts->t[k + 1], *b = &ts->t[k + 2];
		if (a->kind != K_WORD || d->kind != K_PUNCT || d->f[0] != '.' ||
		    b->kind != K_WORD || d->space_before || b->space_before ||
		    a->flen != 1 || b->flen != 1)
			continue;
		char joined[4] = { a->f[0], '.', b->f[0], '\0' };
		const struct tx_lex *x = lex_find(ix, joined, 3);
		if (x == NULL)
			continue;
		size_t w = 3;
		if (k + 3 < ts->n && ts->t[k + 3].kind == K_PUNCT && ts->t[k + 3].f[0] == '.' &&
		    !ts->t[k + 3].space_before)
			w = 4;
		join_toks(ts, a, w, joined, 3, x);
	}
}

/* ------------------------------------------------------------ values */

/* A match: tokens [b, e), its type and value. */
struct m {
	size_t b, e;
	uint8_t type;
	struct tval v;
	bool det_ok;	/* an anaphoric expression: "the quarter" keeps its "the" */
	bool anaph;	/* a period named again ("a year ago"): not a new last_q */
	bool new_period;	/* a reporting period of months ("the nine months"):
				 * "a year earlier" no longer means the last quarter */
	int8_t ago;	/* a date that far back (-1: "ago", "il y a") or ahead (1: "later") */
};

struct ctx {
	const struct tx_rules *r;
	const struct lexidx *ix;	/* its lexicon */
	const struct toks *ts;
	const struct tok *t;
	size_t n;
	bool has_dct;
	struct ymd dct;
	bool future;		/* the sentence speaks of the future */
	bool past;		/* ... or only of the past (a past tense, no future cue) */
	size_t cur;		/* the token being matched */
	bool after_mod;		/* ... after a position word ("early", "fin") */
	char last_q[32];	/* the last quarter named in the document: "2021-Q3" */
	bool has_ref;		/* the last day named in the document, for times */
	int anc_gran;		/* the last date named: 0 none, 1 year, 2 month, 3 day */
	struct ymd anc;		/* ... for "the following year", "le mois précédent" */
	struct ymd ref;
};

/* The day a time or part of the day belongs to: the last day named, else the DCT. */
static struct ymd
ref_day(const struct ctx *c)
{
	return c->has_ref ? c->ref : c->dct;
}

/* A value being written: P[0, N) of CAP bytes, a NUL always left room. */
struct vbuf {
	char *p;
	size_t n, cap;
};

/* Append S[0, N), cut short at the end of the buffer (as vsnprintf cuts). */
static void
vb_put(struct vbuf *b, const char *s, size_t n)
{
	if (n > b->cap - 1 - b->n)
		n = b->cap - 1 - b->n;
	memcpy(b->p + b->n, s, n);
	b->n += n;
}

/* V in decimal, zeros before it up to WIDTH characters with its sign: "%0*d". */
static void
vb_int(struct vbuf *b, int v, int width)
{
	char tmp[24];
	size_t k = sizeof tmp;
	unsigned u = v < 0 ? 0u - (unsigned)v : (unsigned)v;

	do {
		tmp[--k] = (char)('0' + u % 10);
		u /= 10;
	} while (u);
	while ((int)(sizeof tmp - k) + (v < 0) < width)
		tmp[--k] = '0';
	if (v < 0)
		tmp[--k] = '-';
	vb_put(b, tmp + k, sizeof tmp - k);
}

/*
 * vsnprintf(OUT, CAP, FMT, AP) for the conversions values are written with,
 * and only those: %s, %.Ns, %c, %d and %0Nd.
 */
static void
fmt_value(char *out, size_t cap, const char *fmt, va_list ap)
{
	struct vbuf b = { out, 0, cap };

	for (const char *p = fmt; *p; p++) {
		const char *q = p;
		while (*q && *q != '%')
			q++;
		vb_put(&b, p, (size_t)(q - p));
		if (*q == '\0')
			break;
		p = q + 1;
		int width = 0, prec = -1;
		if (*p == '0' || *p == '.') {
			bool dot = *p++ == '.';
			int v = 0;
			while (*p >= '0' && *p <= '9')
				v = v * 10 + (*p++ - '0');
			if (dot)
				prec = v;
			else
				width = v;
		}
		if (*p == 'd')
			vb_int(&b, va_arg(ap, int), width);
		else if (*p == 'c') {
			char ch = (char)va_arg(ap, int);
			vb_put(&b, &ch, 1);
		} else if (*p == 's') {
			const char *s = va_arg(ap, const char *);
			vb_put(&b, s, prec >= 0 ? strnlen(s, (size_t)prec) : strlen(s));
		}
	}
	out[b.n] = '\0';
}

/* snprintf(OUT, CAP, FMT, ...) with the conversions of fmt_value(). */
static void
fmt_str(char *out, size_t cap, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static void
fmt_str(char *out, size_t cap, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	fmt_value(out, cap, fmt, ap);
	va_end(ap);
}

static void
setv(struct m *m, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

static void
setv(struct m *m, const char *fmt, ...)
{
	va_list ap;
	char tmp[sizeof m->v.v];
	struct tval t;

	va_start(ap, fmt);
	fmt_value(tmp, sizeof tmp, fmt, ap);
	va_end(ap);
	uint8_t mod = m->v.mod;
	if (tval_parse(tmp, &t) == 0)
		m->v = t;
	else {
		memset(&m->v, 0, sizeof m->v);
		memcpy(m->v.v, tmp, strlen(tmp) + 1);
	}
	m->v.mod = mod;
}

static void
iso_week(struct ymd d, int *wy, int *wn)
{
	long days = ymd_to_days(d);
	long wd = ((days % 7) + 7 + 3) % 7;	/* Monday 0 */
	long thu = days - wd + 3;
	struct ymd t = days_to_ymd(thu);

	*wy = t.y;
	*wn = (int)((thu - ymd_to_days((struct ymd){ t.y, 1, 1 })) / 7 + 1);
}

static struct ymd
add_months(struct ymd d, int k)
{
	int m = d.y * 12 + (d.m - 1) + k;

	d.y = m / 12;
	d.m = m % 12 + 1;
	if (d.d > ymd_days_in_month(d.y, d.m))
		d.d = ymd_days_in_month(d.y, d.m);
	return d;
}

/* The DCT moved by K units, written at the unit's granularity. */
static void
rel_value(const struct ctx *c, struct m *m, int unit, int k)
{
	struct ymd d = c->dct;
	int wy, wn;

	if (!c->has_dct) {
		setv(m, "%s", k < 0 ? "PAST_REF" : k > 0 ? "FUTURE_REF" : "PRESENT_REF");
		return;
	}
	switch (unit) {
	case TU_DAY:
		d = days_to_ymd(ymd_to_days(d) + k);
		setv(m, "%04d-%02d-%02d", d.y, d.m, d.d);
		break;
	case TU_WEEK:
	case TU_WEEKEND:
		d = days_to_ymd(ymd_to_days(d) + 7L * k);
		iso_week(d, &wy, &wn);
		setv(m, unit == TU_WEEKEND ? "%04d-W%02d-WE" : "%04d-W%02d", wy, wn);
		break;
	case TU_MONTH:
		d = add_months(d, k);
		setv(m, "%04d-%02d", d.y, d.m);
		break;
	case TU_QUARTER: {
		int q = (d.m - 1) / 3 + k, y = d.y;
		while (q < 0) { q += 4; y--; }
		while (q > 3) { q -= 4; y++; }
		setv(m, "%04d-Q%d", y, q + 1);
		break;
	}
	case TU_YEAR:
		setv(m, "%04d", d.y + k);
		break;
	case TU_DECADE:
		setv(m, "%03dX", (d.y + 10 * k) / 10);
		break;
	default:
		setv(m, "%04d-%02d-%02d", d.y, d.m, d.d);
		if (unit == TU_HOUR || unit == TU_MINUTE)
			m->type = TX_TIME;
		break;
	}
}

/* rel_value() counted from the last date named: "the following year",
 * "le mois suivant" (see anchored()). */
static void
rel_from_anchor(const struct ctx *c, struct m *m, int unit, int k)
{
	struct ctx c2 = *c;

	c2.dct = c->anc;
	rel_value(&c2, m, unit, k);
}

/* Is there a date named before, of UNIT's precision at least, for "the
 * following year", "le mois précédent"? */
static bool
anchored(const struct ctx *c, int unit)
{
	return c->has_dct && ((unit == TU_YEAR && c->anc_gran >= 1) ||
	    (unit == TU_MONTH && c->anc_gran >= 2) || (unit == TU_DAY && c->anc_gran >= 3));
}

/* Year for a month (or quarter...) without one: the DCT's, or the one
 * before or after by the sentence's tense, as HOW says. */
enum guess {
	GUESS_MONTH,	/* a month named alone: a past tense sends it back a year */
	GUESS_DAY,	/* a day: so does a past tense where the language's rules say */
	GUESS_NEAREST	/* the nearest, a past tense no stronger ("had until March") */
};

/* Days a year guess leans to the past (news reports what happened), or to
 * the future when the sentence speaks of it. */
#define PAST_BIAS 120
#define FUTURE_BIAS 200
#define PAST_TENSE_BIAS 300	/* a sentence in a past tense, nothing of the future */

/* A future cue in the clause before the token being matched, at most
 * this many tokens back (a clause of news prose rarely runs longer
 * without a comma). */
#define FUTURE_CUE_SPAN 16
/* Token I has class CLS as its first or second entry. */
static bool
has_cls(const struct ctx *c, size_t i, int cls)
{
	return i < c->n && (c->t[i].cls == cls || c->t[i].cls2 == cls);
}

/*
 * Token K is a verb in a past tense: "posted", "said", a participle after
 * an auxiliary of the past ("a remporté"); not one after "be" or a future,
 * which takes their tense ("will be paid", "sera signé").
 */
static bool
past_verb_at(const struct ctx *c, size_t k)
{
	const struct tok *t = &c->t[k];
	int before = k > 0 ? c->t[k - 1].cls : TC_NONE;

	if (before == TC_PASSIVE || before == TC_FUTURE)
		return false;
	if (t->cls == TC_PASTV || t->cls == TC_SAID)
		return true;
	return t->pp && k > 0 && (has_cls(c, k - 1, TC_AUX) || before == TC_PASTV);
}

/*
 * A future cue in the clause before token I, at most SPAN tokens back.
 * PAST_STOPS: a verb of the past nearer wins, the date is its ("will
 * present the results it posted in March", "qui a remporté les élections
 * du 13 juin"); a participle after "be" or a future ("will be paid Dec.
 * 14", "sera signé") is its auxiliary's.
 */
static bool
cue_in_clause(const struct ctx *c, size_t i, size_t span, bool past_stops)
{
	for (size_t k = i < c->n ? i : c->n; k-- > 0 && k + span >= i; ) {
		if (c->t[k].cls == TC_FUTURE)
			return true;
		if (past_stops && past_verb_at(c, k))
			return false;
		if (c->t[k].kind == K_PUNCT && strchr(",;:", c->t[k].f[0]))
			break;	/* the clause begins */
	}
	return false;
}

static bool
future_here(const struct ctx *c)
{
	return cue_in_clause(c, c->cur, FUTURE_CUE_SPAN, true);
}

/*
 * The sentence is in a past tense, and so is the clause of the token being
 * matched: the nearest verb before it in its clause is not in the present
 * ("had not signed an agreement ... when the case is heard in May").
 */
static bool
past_here(const struct ctx *c)
{
	size_t i = c->cur;

	if (!c->past)
		return false;
	for (size_t k = i < c->n ? i : c->n; k-- > 0 && k + FUTURE_CUE_SPAN >= i; ) {
		int cls = c->t[k].cls;
		if (cls == TC_PRESENT)
			return false;
		if (cls == TC_PASTV || cls == TC_SAID || cls == TC_FUTURE)
			return true;
		if (c->t[k].kind == K_PUNCT && strchr(",;:", c->t[k].f[0]))
			break;
	}
	return true;
}

static int
guess_year_day(const struct ctx *c, int month, int day, enum guess how)
{
	bool whole_month = how == GUESS_MONTH;
	bool future = c->future && future_here(c);
	long now = ymd_to_days(c->dct), bestdist = 0;
	int best = c->dct.y;

	if (whole_month && month == c->dct.m)
		return c->dct.y;	/* the month under way */

	/* The nearest such date to the DCT; a sentence about the future
	 * pushes it ahead. */
	for (int y = c->dct.y - 1; y <= c->dct.y + 1; y++) {
		int d = day > ymd_days_in_month(y, month) ? ymd_days_in_month(y, month) : day;
		long delta = ymd_to_days((struct ymd){ y, month, d }) - now;
		long dist = delta < 0 ? -delta : delta;
		/* A clause about the future: a day or month ahead, whatever
		 * the distance ("will close on December 31" in March). */
		if (future && delta < 0)
			dist += 2 * FUTURE_BIAS;
		/* A past tense sends a month back a year, but not the next
		 * month: "decided to admit them in March" (in February) is
		 * what was decided for the coming month. */
		bool next_month = y * 12 + month == c->dct.y * 12 + c->dct.m + 1;
		if (!future && delta > 0)
			dist += past_here(c) && (whole_month || (how == GUESS_DAY && c->r->past_days_back)) &&
			    !next_month ? PAST_TENSE_BIAS : PAST_BIAS;
		if (y == c->dct.y - 1 || dist < bestdist) {
			best = y;
			bestdist = dist;
		}
	}
	return best;
}

static int
guess_year(const struct ctx *c, int month)
{
	return guess_year_day(c, month, 15, GUESS_MONTH);
}

static bool
in_list(const char *const *list, const char *f)
{
	for (; list && *list; list++)
		if (strcmp(*list, f) == 0)
			return true;
	return false;
}

static int unit_of(const struct ctx *, size_t);
static int year_words_at(const struct ctx *, size_t, size_t *);
static size_t rel_year(const struct ctx *, size_t, int *);
static bool mx_weekday(const struct ctx *, size_t, struct m *);
static bool day_with_part(const struct ctx *, struct m *, struct ymd, size_t);
static int partday_after(const struct ctx *, size_t, size_t *);
static bool clock_hour(const struct ctx *, size_t);
static int opt_year(const struct ctx *, size_t *);
static bool mx_mdy(const struct ctx *, size_t, struct m *);
static bool mx_dmy(const struct ctx *, size_t, struct m *);

static const char unit_letter[TU_MAX] = {
	[TU_DAY] = 'D', [TU_WEEK] = 'W', [TU_MONTH] = 'M', [TU_QUARTER] = 'Q',
	[TU_YEAR] = 'Y', [TU_DECADE] = 'E', [TU_HOUR] = 'H', [TU_MINUTE] = 'M',
	[TU_WEEKEND] = 'W',
};

static void
duration_value(struct m *m, int unit, int n)
{
	char num[16];

	if (n < 0)
		fmt_str(num, sizeof num, "X");
	else
		fmt_str(num, sizeof num, "%d", n);
	m->type = TX_DURATION;
	if (unit == TU_DECADE)
		setv(m, "P%s0Y", n < 0 ? "X" : num);
	else if (unit == TU_QUARTER)
		setv(m, "P%sQ", num);
	else if (unit == TU_HOUR || unit == TU_MINUTE)
		setv(m, "PT%s%c", num, unit_letter[unit]);
	else
		setv(m, "P%s%c", num, unit_letter[unit]);
	m->v.gran = GRAN_NONE;
}

/* N units and a half: "P2Y6M", "PT5H30M".  False for units without a
 * whole half in the next unit down. */
static bool
half_value(struct m *m, int unit, int n)
{
	m->type = TX_DURATION;
	m->v.gran = GRAN_NONE;
	switch (unit) {
	case TU_YEAR: setv(m, "P%dY6M", n); return true;
	case TU_DECADE: setv(m, "P%dY", n * 10 + 5); return true;
	case TU_DAY: setv(m, "P%dDT12H", n); return true;
	case TU_HOUR: setv(m, "PT%dH30M", n); return true;
	case TU_MINUTE: setv(m, "PT%dM30S", n); return true;
	default: return false;
	}
}

/* Parts of the day as TimeML writes them after a date. */
static const char *const season_code[] = { "", "SP", "SU", "FA", "WI" };
static const char *const partday[] = { "", "TMO", "TAF", "TEV", "TNI", "T12:00", "T24:00" };

/* ------------------------------------------------------------ token tests */

static const struct tok *
at(const struct ctx *c, size_t i)
{
	static const struct tok none = { .kind = K_PUNCT };
	return i < c->n ? &c->t[i] : &none;
}

static bool
is_cls(const struct ctx *c, size_t i, int cls)
{
	return i < c->n && c->t[i].cls == cls;
}

static bool
is_punct(const struct ctx *c, size_t i, char ch)
{
	return i < c->n && c->t[i].kind == K_PUNCT && c->t[i].f[0] == ch;
}

/* True if the token at I is a determiner, not a possessive: "the year" is
 * the article's year, "his year" no date. */
static bool
plain_det(const struct ctx *c, size_t i)
{
	return i < c->n && at(c, i)->cls == TC_DET && at(c, i)->val != DET_POSSESSIVE;
}

/* "year-ago", "year-earlier" at I: the same period a year before. */
static bool
year_ago_at(const struct ctx *c, size_t i)
{
	return is_cls(c, i, TC_UNIT) && at(c, i)->val == TU_YEAR && is_punct(c, i + 1, '-') &&
	    !at(c, i + 1)->space_before && is_cls(c, i + 2, TC_AGO);
}

/* The last letter of T's form ("years": 's'); NUL if it has none. */
static char
last_ch(const struct tok *t)
{
	return t->flen ? t->f[t->flen - 1] : '\0';
}

/* Month tokens: the month, whether it needs a capital, is an abbreviation. */
static int month_num(const struct tok *t) { return t->val % 100; }
static bool month_needs_cap(const struct tok *t) { return t->val >= 100 && t->val < 200; }
static bool month_abbr(const struct tok *t) { return t->val >= 200; }

/* After an abbreviated month, its period: "Jan. 6", "3 janv. 2022". */
static size_t
month_dot(const struct ctx *c, size_t k)
{
	const struct tok *m = at(c, k - 1);

	if (month_abbr(m) && is_punct(c, k, '.') && !at(c, k)->space_before)
		return k + 1;
	return k;
}

/* A day of the month: 1-31 as digits ("27", "1er", "21st") or an ordinal. */
static int
day_at(const struct ctx *c, size_t i)
{
	const struct tok *t = at(c, i);

	if (t->kind == K_NUM && !t->sep && t->ndig <= 2 && t->num >= 1 && t->num <= 31)
		return t->num;
	if (t->cls == TC_ORDINAL && t->kind == K_ALNUM && t->val >= 1 && t->val <= 31)
		return t->val;
	if (t->cls == TC_ORDINAL && t->val == 1 && t->kind == K_WORD)
		return 1;	/* "premier mai", "first of May" */
	return 0;
}

/* The first year a four-digit number stands for alone, with no word that
 * leads to a date before it ("in", "since", a month). */
#define BARE_YEAR_MIN 1900

/* A four-digit year, 1000-2199. */
static int
year_at(const struct ctx *c, size_t i)
{
	const struct tok *t = at(c, i);

	if (t->kind == K_NUM && !t->sep && t->ndig == 4 && t->num >= 1000 && t->num <= 2199)
		return t->num;
	return 0;
}

/* A number as digits or words ("24", "two", "vingt"). -1 if none. */
static int
number_at(const struct ctx *c, size_t i, size_t *next)
{
	const struct tok *t = at(c, i);

	*next = i + 1;
	if (t->kind == K_NUM && !t->sep && t->ndig <= 4)
		return t->num;
	if (t->cls == TC_NUMBER) {
		int v = t->val;
		/* "a couple of years", "a dozen weeks", "a hundred years" */
		size_t k = i + 1;
		if (v == 1 && t->kind == K_WORD && in_list(c->r->articles, t->f) &&
		    is_cls(c, k, TC_FEW)) {
			*next = k + 1;	/* "a few years" */
			return -2;
		}
		if (v == 1 && t->kind == K_WORD && is_cls(c, k, TC_NUMBER) &&
		    at(c, k)->kind == K_WORD && at(c, k)->val > 1 &&
		    (at(c, k)->val >= 100 || is_cls(c, k + 1, TC_OF))) {	/* not "a five-year plan" */
			v = at(c, k)->val;
			*next = k + 1;
		} else {
			/* "twenty-four", "vingt-quatre", "twenty four" */
			if (is_punct(c, k, '-'))
				k++;
			if (v >= 20 && v < 100 && v % 10 == 0 && is_cls(c, k, TC_NUMBER) &&
			    at(c, k)->val < 10) {
				v += at(c, k)->val;
				*next = k + 1;
			}
		}
		/* "couple of years" */
		if (t->kind == K_WORD && is_cls(c, *next, TC_OF) && unit_of(c, *next + 1))
			++*next;
		return v;
	}
	if (t->cls == TC_FEW)
		return -2;	/* "several": value X */
	if (t->cls2 == TC_NUMBER)
		return t->val2;
	return -1;
}

/* A year in words: "nineteen ninety-six" (hundreds, then 10-99).  0 if none. */
static int
year_words_at(const struct ctx *c, size_t i, size_t *next)
{
	const struct tok *t = at(c, i);

	if (t->cls != TC_NUMBER || t->kind != K_WORD || at(c, i + 1)->kind != K_WORD)
		return 0;
	/* "two thousand", "two thousand and five", "deux mille trois" */
	if (t->val == 2 && is_cls(c, i + 1, TC_NUMBER) && at(c, i + 1)->val == 1000) {
		size_t k = i + 2, nx;
		*next = k;
		if (is_cls(c, k, TC_AND))
			k++;
		int lo = at(c, k)->kind == K_WORD ? number_at(c, k, &nx) : -1;
		if (lo >= 1 && lo <= 99) {
			*next = nx;
			return 2000 + lo;
		}
		return 2000;
	}
	if (t->val < 17 || t->val > 20)
		return 0;
	int lo = number_at(c, i + 1, next);
	return lo >= 10 && lo <= 99 ? t->val * 100 + lo : 0;
}

static bool
starts_lower_word(const struct ctx *c, size_t i)
{
	const struct tok *t = at(c, i);
	return i < c->n && t->kind == K_WORD && !t->cap;
}

/*
 * A bare four-digit number is a year only where a year can stand: after a
 * preposition, a determiner, a cue word, or before punctuation or the end;
 * never after a currency sign, before '%', or among other numbers (phones).
 */
static bool
bare_year_ok(const struct ctx *c, size_t i)
{
	const struct tok *p = i > 0 ? at(c, i - 1) : NULL;
	const struct tok *n = at(c, i + 1);

	if (p && p->kind == K_PUNCT && (p->f[0] == '$' || p->f[0] == '#' || p->f[0] == '+'))
		return false;
	if (p && (p->kind == K_NUM || p->cls == TC_NOTYEAR))
		return false;	/* phone numbers; "page 2021" */
	if (i + 1 < c->n && (n->kind == K_NUM || (n->kind == K_PUNCT &&
	    (n->f[0] == '%' || n->f[0] == '$'))))
		return false;
	if (i + 1 < c->n && n->kind == K_PUNCT && (n->f[0] == '-' || n->f[0] == '/') &&
	    at(c, i + 2)->kind == K_NUM && at(c, i + 2)->ndig != 4 && at(c, i + 2)->ndig != 2)
		return false;
	if (p && p->kind == K_PUNCT && p->f[0] == '-' && i > 1 && at(c, i - 2)->cls == TC_MOD &&
	    !p->space_before && !at(c, i)->space_before)
		return true;	/* "mid-2023", "post-1959" */
	if (p != NULL && !(p->cls == TC_MOD && p->val >= 200))	/* "post 2020 results" */
		switch (p->cls) {
		case TC_PREP: case TC_IN: case TC_FROM: case TC_RANGE: case TC_AND:
		case TC_MOD: case TC_APPROX: case TC_OF: case TC_DET: case TC_SEASON:
		case TC_MONTH: case TC_QUARTER: case TC_HALF: case TC_THIS: case TC_WITHIN:
			return true;
		}
	/* Without a word that leads to a date (or a verb in a past tense), a
	 * number before 1900 is a model or a count ("IBM 1401", "Nokia 1100"),
	 * not a year of news. */
	if (year_at(c, i) < BARE_YEAR_MIN && !(p && p->cls == TC_PASTV))
		return false;	/* "founded 1865" still is one */
	if (p == NULL)
		return !starts_lower_word(c, i + 1);
	/* Elsewhere a year is a modifier ("a 1996 law", "its 1990 results")
	 * but a count is followed by a plural ("2020 engineers", "1500 euros"). */
	if (starts_lower_word(c, i + 1) && n->cls == TC_NONE) {
		return !(n->flen > 2 && last_ch(n) == 's');
	}
	return true;
}

/* ------------------------------------------------------------ matchers */

/*
 * Each matcher tries to read an expression starting at token I.  On success
 * it fills M (token range, type, value) and returns true.  AFTER_MOD: a
 * "the end of" / "la fin de" prefix came before, so a bare unit ("the year")
 * means the current one.
 */

/* Days a deadline ("by March 31") may have passed and still be this year's. */
#define DEADLINE_PASSED 31

static bool
day_value(const struct ctx *c, struct m *m, int y, int mo, int d)
{
	if (y > 0) {
		if (!ymd_valid(y, mo, d))
			return false;
		setv(m, "%04d-%02d-%02d", y, mo, d);
	} else if (c->has_dct) {
		y = guess_year_day(c, mo, d, GUESS_DAY);
		/* right after a verb in a past tense ("the quarter ended Oct.
		 * 31", "clos le 31 mars"), not in a future clause ("will be
		 * paid Dec. 14"): on or before the article's date */
		size_t v = m->b > 0 && is_cls(c, m->b - 1, TC_DET) ? m->b - 1 : m->b;
		if (v > 0 && is_cls(c, v - 1, TC_PASTV) && !(c->future && future_here(c)) &&
		    ymd_valid(c->dct.y, mo, d))
			y = ymd_to_days((struct ymd){ c->dct.y, mo, d }) > ymd_to_days(c->dct) ?
			    c->dct.y - 1 : c->dct.y;
		/* "valid through Sept. 30", "by March 31": a deadline ahead,
		 * unless the sentence is in a past tense or it passed within
		 * the month (still news) */
		else if (v > 0 && at(c, v - 1)->kind == K_WORD && !c->past &&
		    in_list(c->r->deadline_preps, at(c, v - 1)->f) && ymd_valid(c->dct.y, mo, d) &&
		    ymd_to_days(c->dct) - ymd_to_days((struct ymd){ c->dct.y, mo, d }) > DEADLINE_PASSED)
			y = c->dct.y + 1;
		if (!ymd_valid(y, mo, d))
			return false;
		setv(m, "%04d-%02d-%02d", y, mo, d);
	} else {
		if (d > 31)
			return false;
		setv(m, "XXXX-%02d-%02d", mo, d);
	}
	return true;
}

/* The day of holiday VAL (a TC_HOLIDAY value) in year Y. */
static struct ymd
holiday_day(int val, int y)
{
	if (val >= HOLIDAY_EASTER) {
		/* Easter Sunday (Meeus/Jones/Butcher, Gregorian), then the offset */
		int a = y % 19, b = y / 100, cc = y % 100, d = b / 4, e = b % 4;
		int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
		int i = cc / 4, k = cc % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
		int mm = (a + 11 * h + 22 * l) / 451;
		int mo = (h + l - 7 * mm + 114) / 31, dd = (h + l - 7 * mm + 114) % 31 + 1;
		return days_to_ymd(ymd_to_days((struct ymd){ y, mo, dd }) + val - HOLIDAY_EASTER - 100);
	}
	if (val >= HOLIDAY_NTH) {
		int v = val - HOLIDAY_NTH, mo = v / 100, n = v / 10 % 10, wd = v % 10;
		struct ymd d = { y, mo, 1 };
		if (n == 5)
			d.d = ymd_days_in_month(y, mo);
		long days = ymd_to_days(d);
		long cur = ((days % 7) + 7 + 3) % 7 + 1;	/* 1 Monday */
		if (n == 5)
			days -= (cur - wd + 7) % 7;
		else
			days += (wd - cur + 7) % 7 + 7L * (n - 1);
		return days_to_ymd(days);
	}
	return (struct ymd){ y, val / 100, val % 100 };
}

/* "Christmas", "Thanksgiving Day", "Easter 2021", "Noël", "la Toussaint" */
static bool
mx_holiday(const struct ctx *c, size_t i, struct m *m)
{
	const struct tok *t = at(c, i);

	if (t->cls != TC_HOLIDAY || (!t->cap && !strchr(t->f, ' ') && !strchr(t->f, '-')))
		return false;
	size_t k = i + 1;
	int y = opt_year(c, &k);
	m->e = k;
	m->det_ok = true;
	if (y == 0 && !c->has_dct) {
		if (t->val >= HOLIDAY_NTH)
			setv(m, "XXXX-XX-XX");
		else
			setv(m, "XXXX-%02d-%02d", t->val / 100, t->val % 100);
		return true;
	}
	if (y == 0) {
		/* the nearest one, leaning to the past as for days */
		struct ymd here = holiday_day(t->val, c->dct.y);
		y = c->dct.y + (guess_year_day(c, here.m, here.d, GUESS_DAY) - c->dct.y);
	}
	struct ymd d = holiday_day(t->val, y);
	setv(m, "%04d-%02d-%02d", d.y, d.m, d.d);
	return true;
}

/* "2020-04-27" */
static bool
mx_iso(const struct ctx *c, size_t i, struct m *m)
{
	if (!year_at(c, i) || !is_punct(c, i + 1, '-') || !is_punct(c, i + 3, '-'))
		return false;
	const struct tok *mo = at(c, i + 2), *d = at(c, i + 4);
	if (mo->kind != K_NUM || mo->ndig != 2 || d->kind != K_NUM || d->ndig != 2 ||
	    at(c, i + 1)->space_before || mo->space_before)
		return false;
	m->e = i + 5;
	return day_value(c, m, year_at(c, i), mo->num, d->num);
}

/* "27/04/2020", "27.04.2020", "04/27/2020" */
static bool
mx_numeric(const struct ctx *c, size_t i, struct m *m)
{
	const struct tok *a = at(c, i), *b = at(c, i + 2), *y = at(c, i + 4);
	char sep = at(c, i + 1)->f[0];

	if (a->kind != K_NUM || a->sep || a->ndig > 2 || (sep != '/' && sep != '.') ||
	    !is_punct(c, i + 1, sep) || !is_punct(c, i + 3, sep) ||
	    b->kind != K_NUM || b->ndig > 2 || y->kind != K_NUM ||
	    (y->ndig != 4 && y->ndig != 2) || at(c, i + 1)->space_before ||
	    b->space_before || y->space_before)
		return false;
	if (a->kind == K_NUM && a->sep)
		return false;
	int yy = y->ndig == 2 ? (y->num < 50 ? 2000 + y->num : 1900 + y->num) : y->num;
	int d = a->num, mo = b->num;
	if (!c->r->slash_dmy && a->num <= 12 && b->num > 12) {
		d = b->num;
		mo = a->num;
	} else if (!c->r->slash_dmy && a->num <= 12 && b->num <= 12 && sep == '/') {
		d = b->num;	/* ambiguous: the American order */
		mo = a->num;
	} else if (a->num <= 12 && b->num > 12) {
		d = b->num;
		mo = a->num;
	}
	if (mo < 1 || mo > 12)
		return false;
	m->e = i + 5;
	return day_value(c, m, yy, mo, d);
}

/* After a date: ", 2021" or " 2021", or "octobre 98" */
static int
opt_year(const struct ctx *c, size_t *k)
{
	int y;
	size_t nx;
	const struct tok *t = at(c, *k);

	if ((y = year_at(c, *k)) != 0) {
		(*k)++;
		return y;
	}
	if ((y = year_words_at(c, *k, &nx)) != 0) {
		*k = nx;
		return y;
	}
	if (t->kind == K_NUM && !t->sep && t->ndig == 2 && t->num > 31 &&
	    !is_punct(c, *k + 1, '%') && !(*k + 1 < c->n && at(c, *k + 1)->kind == K_WORD &&
	    !at(c, *k + 1)->cap && at(c, *k + 1)->cls == TC_NONE)) {
		(*k)++;
		return t->num >= 50 ? 1900 + t->num : 2000 + t->num;
	}
	if (is_punct(c, *k, ',') && (y = year_at(c, *k + 1)) != 0) {
		*k += 2;
		return y;
	}
	return 0;
}

/* A weekday and optional comma before a date: "lundi 3 mars", "Monday, May 3". */
static size_t
skip_weekday(const struct ctx *c, size_t i)
{
	if (is_cls(c, i, TC_WEEKDAY)) {
		i++;
		if (is_punct(c, i, ','))
			i++;
		if (is_cls(c, i, TC_DET))	/* "Monday the 3rd" */
			i++;
	}
	return i;
}

/* "27 April 2020", "le 1er mai", "lundi 3 mars 2025", "the 3rd of May" */
static bool
mx_dmy(const struct ctx *c, size_t i, struct m *m)
{
	size_t k = skip_weekday(c, i);
	int d = day_at(c, k);

	if (d == 0)
		return false;
	k++;
	if (is_cls(c, k, TC_OF))
		k++;
	if (!is_cls(c, k, TC_MONTH) || (month_needs_cap(at(c, k)) && !at(c, k)->cap))
		return false;
	int mo = month_num(at(c, k));
	k = month_dot(c, k + 1);
	int y = opt_year(c, &k);
	/* "le 6 mai dernier", "le 3 juin prochain" */
	if (y == 0 && (is_cls(c, k, TC_PAST) || is_cls(c, k, TC_NEXT)) && c->has_dct) {
		bool next = is_cls(c, k, TC_NEXT);
		long now = ymd_to_days(c->dct);
		y = c->dct.y;
		if (ymd_valid(y, mo, d)) {
			long at_y = ymd_to_days((struct ymd){ y, mo, d });
			if (next && at_y <= now)
				y++;
			if (!next && at_y >= now)
				y--;
		}
		k++;
	}
	m->e = k;
	return day_value(c, m, y, mo, d);
}

/* "April 27, 2020", "May 3rd", "Monday, May 3" */
static bool
mx_mdy(const struct ctx *c, size_t i, struct m *m)
{
	size_t k = skip_weekday(c, i);

	if (!is_cls(c, k, TC_MONTH))
		return false;
	const struct tok *mt = at(c, k);
	if (month_needs_cap(mt) && !mt->cap)
		return false;
	int mo = month_num(mt);
	k = month_dot(c, k + 1);
	int d = day_at(c, k);
	if (d == 0 || (at(c, k)->kind == K_WORD))
		return false;
	/* "May 2 pm", "May 3%": not a day */
	if (is_cls(c, k + 1, TC_AMPM) || is_punct(c, k + 1, '%') ||
	    (is_punct(c, k + 1, ':') && at(c, k + 2)->kind == K_NUM && !at(c, k + 2)->space_before))
		return false;
	k++;
	int y = opt_year(c, &k);
	m->e = k;
	return day_value(c, m, y, mo, d);
}

/* "mai 2021", "May of 2021", "March, 2020" */
static bool
mx_my(const struct ctx *c, size_t i, struct m *m)
{
	size_t k = i;

	if (!is_cls(c, k, TC_MONTH))
		return false;
	int mo = month_num(at(c, k));
	const struct tok *mt = at(c, k);
	k = month_dot(c, k + 1);
	if (is_cls(c, k, TC_OF))
		k++;
	int y = opt_year(c, &k);
	if (y == 0)
		return false;
	if (month_needs_cap(mt) && !mt->cap)
		return false;
	m->e = k;
	setv(m, "%04d-%02d", y, mo);
	return true;
}

/* "in March", "en mars", "fin mars": a month without a year. */
static bool
mx_month(const struct ctx *c, size_t i, struct m *m)
{
	const struct tok *t = at(c, i);
	bool after_mod = c->after_mod;

	if (t->cls != TC_MONTH || t->kind != K_WORD)
		return false;
	/* "may", "march": only capitalized; short forms only with a period
	 * ("Jan.") */
	if (!t->cap && month_needs_cap(t))
		return false;
	if (month_abbr(t) && !(is_punct(c, i + 1, '.') && !at(c, i + 1)->space_before))
		return false;
	if (!after_mod && i > 0) {
		int pc = at(c, i - 1)->cls;
		if (pc != TC_PREP && pc != TC_IN && pc != TC_FROM && pc != TC_RANGE &&
		    pc != TC_AND && pc != TC_OF && pc != TC_DET && pc != TC_THIS && pc != TC_WITHIN &&
		    pc != TC_APPROX && !is_punct(c, i - 1, ','))
			return false;
	} else if (!after_mod && i == 0 && !t->cap)
		return false;
	m->e = month_dot(c, i + 1);
	int mo = month_num(t);
	/* "June last year", "February this year", "avril de l'année prochaine" */
	int ry;
	size_t re = rel_year(c, m->e, &ry);
	if (re > m->e) {
		m->e = re;
		setv(m, "%04d-%02d", ry, mo);
		return true;
	}
	/* "juin prochain", "septembre dernier" */
	if ((is_cls(c, m->e, TC_PAST) || is_cls(c, m->e, TC_NEXT)) && c->has_dct) {
		int y = c->dct.y;
		if (is_cls(c, m->e, TC_NEXT) && mo <= c->dct.m)
			y++;
		if (is_cls(c, m->e, TC_PAST) && mo >= c->dct.m)
			y--;
		m->e++;
		setv(m, "%04d-%02d", y, mo);
		return true;
	}
	/* "by August", "through January": a deadline lies ahead */
	bool deadline = i > 0 && in_list(c->r->deadline_preps, at(c, i - 1)->f);
	if (c->has_dct && deadline && !c->past)
		setv(m, "%04d-%02d", mo >= c->dct.m ? c->dct.y : c->dct.y + 1, mo);
	else if (c->has_dct && deadline)	/* "had until March": the nearest, a past tense no stronger */
		setv(m, "%04d-%02d", guess_year_day(c, mo, 15, GUESS_NEAREST), mo);
	else if (c->has_dct)
		setv(m, "%04d-%02d", guess_year(c, mo), mo);
	else
		setv(m, "XXXX-%02d", mo);
	return true;
}

/* The first year of the decade a word names ("nineties" 90): the latest
 * one that began by the article's date, else the 1900s'. */
static int
decade_by_word(const struct ctx *c, int tens)
{
	if (!c->has_dct)
		return 1900 + tens;
	int y = c->dct.y / 100 * 100 + tens;
	return y > c->dct.y ? y - 100 : y;
}

/* "2017", "the 2010s", "les années 2000" */
static bool
mx_year(const struct ctx *c, size_t i, struct m *m)
{
	const struct tok *t = at(c, i);
	int y;

	/* A year in words: "nineteen ninety-six", "twenty twenty-one" */
	size_t nx;
	if (t->val != 2 && (y = year_words_at(c, i, &nx)) != 0) {
		m->e = nx;	/* not "two thousand" alone: a count as often */
		setv(m, "%04d", y);
		return true;
	}
	/* "2010s", "1990s" */
	if (t->kind == K_ALNUM && t->flen == 5 && t->f[4] == 's' &&
	    t->f[3] == '0' && t->f[0] >= '1' && t->f[0] <= '2') {
		m->e = i + 1;
		m->det_ok = true;	/* "the 1990s" */
		setv(m, "%.3sX", t->f);
		return true;
	}
	/* "the nineties": the last such decade by the article's date */
	if (t->cls == TC_DECADE && plain_det(c, i - 1)) {
		m->e = i + 1;
		m->det_ok = true;
		setv(m, "%03dX", decade_by_word(c, t->val) / 10);
		return true;
	}
	/* "les années 2000", "les années 90", "les années soixante" (not "the
	 * years 2020 to 2023") */
	if (t->cls == TC_UNIT && t->val == TU_YEAR && last_ch(t) == 's' && c->r->years_decade) {
		const struct tok *n = at(c, i + 1);
		/* "les années 2020 à 2023", "... et 2021": years, no decade */
		bool years = (is_cls(c, i + 2, TC_RANGE) || is_cls(c, i + 2, TC_AND)) && year_at(c, i + 3);
		if (n->kind == K_NUM && !n->sep && n->num % 10 == 0 && !years &&
		    (n->ndig == 4 || n->ndig == 2)) {
			int v = n->ndig == 2 ? 1900 + n->num : n->num;
			m->e = i + 2;
			setv(m, "%03dX", v / 10);
			return true;
		}
		if (n->kind == K_WORD && n->cls == TC_NUMBER && n->val >= 20 && n->val <= 90 &&
		    n->val % 10 == 0 && !is_cls(c, i + 2, TC_UNIT)) {
			m->e = i + 2;
			setv(m, "%03dX", decade_by_word(c, n->val) / 10);
			return true;
		}
		return false;
	}
	/* "the year-earlier quarter", "year-ago": the same period a year before */
	if (year_ago_at(c, i)) {
		size_t k = i + 3;
		bool period = is_cls(c, k, TC_QUARTER) ||
		    (at(c, k)->kind == K_WORD && in_list(c->r->period_words, at(c, k)->f));
		if (period)
			k++;
		m->e = k;
		m->det_ok = true;
		m->anaph = true;
		if (c->last_q[0] && strlen(c->last_q) == 7)
			setv(m, "%04d%s", atoi(c->last_q) - 1, c->last_q + 4);
		else if (c->has_dct)
			setv(m, "%04d", c->dct.y - 1);
		else
			setv(m, "PAST_REF");
		return true;
	}
	/* "l'année 2001", "the year 2001", "the year two thousand" (not "the
	 * years 2020 to 2023": two years) */
	bool one_year = t->cls == TC_UNIT && t->val == TU_YEAR && last_ch(t) != 's';
	if (one_year && (y = year_words_at(c, i + 1, &nx)) != 0) {
		m->e = nx;
		setv(m, "%04d", y);
		return true;
	}
	if (one_year && (y = year_at(c, i + 1)) != 0) {
		m->e = i + 2;
		setv(m, "%04d", y);
		return true;
	}
	if ((y = year_at(c, i)) == 0 || !bare_year_ok(c, i))
		return false;
	m->e = i + 1;
	setv(m, "%04d", y);
	return true;
}

/* Roman numerals "xxie" -> 21 */
static int
roman(const char *s)
{
	int v = 0, prev = 0;
	size_t n = strlen(s);

	while (n > 0 && (s[n - 1] == 'e' || s[n - 1] == 'm' || s[n - 1] == 'i') &&
	    !(n >= 2 && s[n - 1] == 'i' && (s[n - 2] == 'x' || s[n - 2] == 'v')))
		break;
	for (size_t k = n; k > 0; k--) {
		int d;
		switch (s[k - 1]) {
		case 'i': d = 1; break;
		case 'v': d = 5; break;
		case 'x': d = 10; break;
		default: return 0;
		}
		v += d < prev ? -d : d;
		if (d > prev)
			prev = d;
	}
	return v;
}

/* "the 21st century", "le XXIe siècle" */
static bool
mx_century(const struct ctx *c, size_t i, struct m *m)
{
	const struct tok *t = at(c, i);
	int n = 0;

	if (!is_cls(c, i + 1, TC_CENTURY))
		return false;
	if (t->cls == TC_ORDINAL)
		n = t->val;
	else if (t->kind == K_WORD && t->flen >= 2 && t->flen < 12) {
		char tmp[16];
		size_t l = t->flen;
		memcpy(tmp, t->f, l + 1);
		if (tmp[l - 1] == 'e')
			tmp[--l] = '\0';
		n = roman(tmp);
	}
	if (n < 1 || n > 30)
		return false;
	m->e = i + 2;
	setv(m, "%02d", n - 1);
	return true;
}

/* Resolve a period of a year (quarter, half, season) without a year. */
static int
period_year(const struct ctx *c, size_t *k, int first_month, bool *ok)
{
	int y = 0;

	*ok = true;
	size_t nx;
	if (is_cls(c, *k, TC_OF) && year_at(c, *k + 1)) {
		y = year_at(c, *k + 1);
		*k += 2;
	} else if (is_cls(c, *k, TC_OF) && (y = year_words_at(c, *k + 1, &nx)) != 0)
		*k = nx;	/* "the winter of nineteen ninety-four" */
	else if ((y = year_at(c, *k)) != 0)
		(*k)++;
	else if (c->has_dct)
		y = guess_year(c, first_month);
	else
		*ok = false;
	return y;
}

/* The year of a quarter or half named without one: the last that has
 * begun (results are reported after the period: "third-quarter profit"),
 * or, in a clause about the future, the next that is not half over. */
static int
guess_period_year(const struct ctx *c, int first_month, int months)
{
	if (c->future && future_here(c))
		return first_month + months / 2 >= c->dct.m ? c->dct.y : c->dct.y + 1;
	return first_month <= c->dct.m ? c->dct.y : c->dct.y - 1;
}

/* A year named before a quarter or half: "the 1988 second quarter",
 * "this year's third quarter", "next year's first half" (*Y that year),
 * "the year-ago third quarter" (*Y -1: a year before the period's own).
 * Returns the index after it, I if there is none. */
static size_t
period_prefix(const struct ctx *c, size_t i, int *y)
{
	const struct tok *t = at(c, i);

	if ((*y = year_at(c, i)) != 0)
		return i + 1;
	if (!c->has_dct)
		return i;
	if ((t->cls == TC_THIS || t->cls == TC_PAST || t->cls == TC_NEXT) &&
	    unit_of(c, i + 1) == TU_YEAR) {
		*y = c->dct.y + (t->cls == TC_PAST ? -1 : t->cls == TC_NEXT ? 1 : 0);
		return i + 2;
	}
	if (year_ago_at(c, i)) {
		*y = -1;
		return i + 3;
	}
	return i;
}

static bool period_at(const struct ctx *, size_t, struct m *, int);

/* A year named relative to the DCT after a month: "this year", "last
 * year", "of next year", "l'an dernier", "de l'année prochaine".  Returns
 * the index after it (I if none) and the year in *Y. */
static size_t
rel_year(const struct ctx *c, size_t i, int *y)
{
	size_t k = i;

	if (!c->has_dct)
		return i;
	if (is_cls(c, k, TC_OF))
		k++;
	if ((is_cls(c, k, TC_THIS) || is_cls(c, k, TC_PAST) || is_cls(c, k, TC_NEXT)) &&
	    unit_of(c, k + 1) == TU_YEAR && !is_cls(c, k + 2, TC_PAST) && !is_cls(c, k + 2, TC_NEXT)) {
		int d = is_cls(c, k, TC_PAST) ? -1 : is_cls(c, k, TC_NEXT) ? 1 : 0;
		*y = c->dct.y + d;
		return k + 2;
	}
	if (is_cls(c, k, TC_DET))
		k++;
	if (unit_of(c, k) == TU_YEAR && (is_cls(c, k + 1, TC_PAST) || is_cls(c, k + 1, TC_NEXT)) &&
	    k > i) {
		*y = c->dct.y + (is_cls(c, k + 1, TC_PAST) ? -1 : 1);
		return k + 2;
	}
	return i;
}

/* "Q4 2022", "the fourth quarter of 2022", "au troisième trimestre 2023",
 * "H1 2024", "premier semestre", "T3", "this year's third quarter" */
static bool
mx_period(const struct ctx *c, size_t i, struct m *m)
{
	int py = 0;
	size_t j = period_prefix(c, i, &py);

	if (j > i && period_at(c, j, m, py))
		return true;
	return period_at(c, i, m, 0);
}

/* A quarter or half at I; PY the year a prefix named (-1: the year before). */
static bool
period_at(const struct ctx *c, size_t i, struct m *m, int py)
{
	const struct tok *t = at(c, i);
	int n = 0, kind = 0;	/* 1 quarter, 2 half */
	size_t k = i;
	bool ok;

	/* "the 1988 quarter", "last year's quarter": that year's quarter last named */
	if (py != 0 && t->cls == TC_QUARTER && last_ch(t) != 's') {
		int y = py > 0 ? py : c->dct.y - 1;
		m->e = i + 1;
		m->det_ok = true;
		m->anaph = true;
		if (c->last_q[0] && strlen(c->last_q) == 7)
			setv(m, "%04d%s", y, c->last_q + 4);
		else
			setv(m, "%04d-QX", y);
		return true;
	}

	if (t->kind == K_ALNUM && t->flen == 2 && t->f[1] >= '1' && t->f[1] <= '4' &&
	    t->cap) {
		if (t->f[0] == 'q' || t->f[0] == 't')
			kind = 1;
		else if ((t->f[0] == 'h' || t->f[0] == 's') && t->f[1] <= '2')
			kind = 2;
		n = t->f[1] - '0';
		k = i + 1;
		/* "Q4 2022" or "Q4" after a preposition ("from Q2 to Q3"); not
		 * "T1 lines" */
		if (kind && !year_at(c, k) && !(i > 0 && (at(c, i - 1)->cls == TC_PREP ||
		    at(c, i - 1)->cls == TC_IN || at(c, i - 1)->cls == TC_FROM ||
		    at(c, i - 1)->cls == TC_DET || at(c, i - 1)->cls == TC_THIS ||
		    at(c, i - 1)->cls == TC_RANGE || at(c, i - 1)->cls == TC_AND)))
			return false;
	} else if (t->cls == TC_ORDINAL && is_punct(c, i + 1, '-') &&
	    (is_cls(c, i + 2, TC_QUARTER) || is_cls(c, i + 2, TC_HALF))) {
		kind = is_cls(c, i + 2, TC_QUARTER) ? 1 : 2;	/* "third-quarter" */
		n = t->val;
		k = i + 3;
	} else if (t->cls == TC_ORDINAL && (is_cls(c, i + 1, TC_QUARTER) || is_cls(c, i + 1, TC_HALF))) {
		kind = is_cls(c, i + 1, TC_QUARTER) ? 1 : 2;
		n = t->val;
		k = i + 2;
	} else if (t->cls == TC_PAST && t->val == 0 &&
	    (is_cls(c, i + 1, TC_QUARTER) || is_cls(c, i + 1, TC_HALF)) && year_at(c, i + 3)) {
		kind = is_cls(c, i + 1, TC_QUARTER) ? 1 : 2;	/* "last quarter of 2021" */
		n = kind == 1 ? 4 : 2;
		k = i + 2;
	} else
		return false;
	if (kind == 0 || n < 1 || (kind == 1 && n > 4) || (kind == 2 && n > 2))
		return false;
	int first = kind == 1 ? 3 * n - 2 : 6 * n - 5, y;
	size_t rk;
	if (year_at(c, k) || (is_cls(c, k, TC_OF) && year_at(c, k + 1)) || !c->has_dct)
		y = period_year(c, &k, first, &ok);
	else if ((rk = rel_year(c, k, &y)) > k) {
		ok = true;	/* "au troisième trimestre de l'an dernier" */
		k = rk;
	}
	else {
		ok = true;
		y = py > 0 ? py : guess_period_year(c, first, kind == 1 ? 3 : 6) + (py < 0 ? -1 : 0);
	}
	m->e = k;
	m->det_ok = true;
	/* A quarter in a clause about the future is not the one reported on,
	 * that "the latest quarter" and "a year ago" refer to. */
	m->anaph = c->future && future_here(c);
	if (!ok)
		setv(m, kind == 1 ? "XXXX-Q%d" : "XXXX-H%d", n);
	else
		setv(m, kind == 1 ? "%04d-Q%d" : "%04d-H%d", y, n);
	return true;
}

/* The year of season S (1 spring .. 4 winter) named with DIR: "last
 * spring" (-1) the last one ended or under way, "next winter" (1) the next
 * to begin, "this summer" (0) this year's. */
static int
season_year(const struct ctx *c, int s, int dir)
{
	static const int first[] = { 0, 3, 6, 9, 12 };
	int y = c->dct.y;

	if (dir < 0 && first[s] + 3 > c->dct.m)
		y--;
	if (dir > 0 && first[s] <= c->dct.m)
		y++;
	return y;
}

/* "autumn 2021", "à l'automne 2021", "summer of 2020" */
static bool
mx_season(const struct ctx *c, size_t i, struct m *m)
{
	static const int first[] = { 0, 3, 6, 9, 12 };
	bool ok;

	if (!is_cls(c, i, TC_SEASON))
		return false;
	int s = at(c, i)->val;
	size_t k = i + 1;
	int y = period_year(c, &k, first[s], &ok);
	m->det_ok = true;
	/* "le printemps dernier", "l'hiver prochain" */
	if (k == i + 1 && c->has_dct && (is_cls(c, k, TC_PAST) || is_cls(c, k, TC_NEXT))) {
		y = season_year(c, s, is_cls(c, k, TC_PAST) ? -1 : 1);
		k++;
	}
	/* A season word alone is a date only after a preposition or determiner. */
	if (k == i + 1 && !c->after_mod && !(i > 0 && (at(c, i - 1)->cls == TC_DET || at(c, i - 1)->cls == TC_PREP ||
	    at(c, i - 1)->cls == TC_IN || at(c, i - 1)->cls == TC_THIS)))
		return false;
	m->e = k;
	if (!ok)
		setv(m, "XXXX-%s", season_code[s]);
	else
		setv(m, "%04d-%s", y, season_code[s]);
	return true;
}

/* Unit of a token for relative dates: a TC_UNIT, a quarter or half word. */
static int
unit_of(const struct ctx *c, size_t i)
{
	const struct tok *t = at(c, i);

	if (t->cls == TC_UNIT)
		return t->val;
	if (t->cls == TC_QUARTER)
		return TU_QUARTER;
	return 0;
}

/* The whole day at I that a time or a part of the day belongs to: a
 * weekday ("Tuesday"), or with DATES a date instead ("Nov. 9", "le 3 mars
 * 2024").  Its match in *D; false unless its value is a known day. */
static bool
day_for_time(const struct ctx *c, size_t i, bool dates, struct m *d)
{
	memset(d, 0, sizeof *d);
	d->b = i;
	if (dates ? !mx_mdy(c, i, d) && (memset(d, 0, sizeof *d), d->b = i, !mx_dmy(c, i, d)) :
	    !mx_weekday(c, i, d))
		return false;
	return strlen(d->v.v) == 10 && d->v.v[0] != 'X';
}

/* "the weekend", "this weekend", "ce week-end": the coming one if its
 * clause speaks of the future; else the one just past if the sentence is
 * in a past tense; else the nearer one (the one past early in the week). */
static void
weekend_value(const struct ctx *c, struct m *m)
{
	long wd = ((ymd_to_days(c->dct) % 7) + 7 + 3) % 7 + 1;	/* 1 Monday */
	int k = 0;

	if (c->has_dct && wd < 6 && !(c->future && future_here(c)) && (c->past || wd <= 3))
		k = -1;
	rel_value(c, m, TU_WEEKEND, k);
}

/* "the year" at I: the article's year; "the year ended March 31", "l'année
 * close le 30 juin": twelve months named by their end, not a calendar year. */
static void
the_year(const struct ctx *c, struct m *m, size_t i)
{
	if (at(c, i + 1)->kind == K_WORD && in_list(c->r->period_end, at(c, i + 1)->f)) {
		duration_value(m, TU_YEAR, 1);
		m->det_ok = true;	/* "the year ended ...": one expression */
	} else
		rel_value(c, m, TU_YEAR, 0);
}

/* "last year", "l'an dernier", "le mois prochain", "this quarter", "ce
 * matin", "next Monday", "the past three years" (a duration). */
static bool
relative_at(const struct ctx *c, size_t i, struct m *m, bool after_mod)
{
	const struct tok *t = at(c, i);
	int u, dir;

	/* "ces derniers jours", "these past weeks": a vague duration */
	if (t->cls == TC_THIS && (is_cls(c, i + 1, TC_PAST) || is_cls(c, i + 1, TC_NEXT)) &&
	    (u = unit_of(c, i + 2)) != 0 && last_ch(at(c, i + 2)) == 's') {
		m->e = i + 3;
		duration_value(m, u, -1);
		return true;
	}
	/* "noon", "midi": a time of the day last named */
	if (t->cls == TC_PARTDAY && t->val >= 5) {
		struct ymd d = ref_day(c);
		m->e = i + 1;
		m->type = TX_TIME;
		struct m wm;
		size_t w = is_cls(c, i + 1, TC_PREP) ? i + 2 : i + 1;
		if (day_for_time(c, w, false, &wm) || day_for_time(c, w, true, &wm)) {
			m->e = wm.e;	/* "noon Thursday", "midnight on Sunday", "midi le 3 mars" */
			setv(m, "%.10s%s", wm.v.v, partday[t->val]);
			return true;
		}
		if (c->has_dct)
			setv(m, "%04d-%02d-%02d%s", d.y, d.m, d.d, partday[t->val]);
		else
			setv(m, "XXXX-XX-XX%s", partday[t->val]);
		return true;
	}
	/* "la nuit", "le matin": that part of the article's day ("les nuits": none) */
	if (t->cls == TC_PARTDAY && !t->plural && i > 0 && at(c, i - 1)->cls == TC_DET && c->has_dct &&
	    c->r->det_in_span) {
		struct ymd d = ref_day(c);
		m->e = i + 1;
		m->type = TX_TIME;
		setv(m, "%04d-%02d-%02d%s", d.y, d.m, d.d, partday[t->val]);
		return true;
	}
	/* "this past spring", "this coming Monday": as "last", "next" */
	if (t->cls == TC_THIS && (is_cls(c, i + 1, TC_PAST) || is_cls(c, i + 1, TC_NEXT)) &&
	    (is_cls(c, i + 2, TC_SEASON) || is_cls(c, i + 2, TC_WEEKDAY) ||
	    is_cls(c, i + 2, TC_MONTH)))
		return relative_at(c, i + 1, m, after_mod);
	/* "that year", "that month": the last date named */
	if (t->cls == TC_THIS && t->val == 3) {
		u = unit_of(c, i + 1);
		if (u == 0 || u == TU_QUARTER || !anchored(c, u) ||
		    last_ch(at(c, i + 1)) == 's')
			return false;
		m->e = i + 2;
		rel_from_anchor(c, m, u, 0);
		return true;
	}
	/* "the latest quarter", "the latest period": the quarter last named */
	if (t->cls == TC_THIS && t->val == 4) {
		const struct tok *n = at(c, i + 1);
		if (!c->last_q[0] || !(n->cls == TC_QUARTER || in_list(c->r->period_words, n->f)) ||
		    last_ch(n) == 's')
			return false;
		m->e = i + 2;
		m->anaph = true;
		setv(m, "%s", c->last_q);
		return true;
	}
	if (t->cls == TC_NEXT && t->val == 2)
		return false;	/* "ahead", "à venir": only after the unit */
	if (t->cls == TC_PAST || t->cls == TC_NEXT || t->cls == TC_THIS) {
		dir = t->cls == TC_PAST ? -1 : t->cls == TC_NEXT ? 1 : 0;
		size_t k = i + 1;
		/* "last fiscal year", "the current fiscal year" */
		if (at(c, k)->kind == K_WORD && in_list(c->r->period_adjs, at(c, k)->f) &&
		    unit_of(c, k + 1) == TU_YEAR)
			k++;
		size_t nx;
		int n = number_at(c, k, &nx);
		if (n != -1 && dir != 0 && (u = unit_of(c, nx)) != 0 && n != 1) {
			m->e = nx + 1;	/* "the past three years": a duration */
			m->det_ok = true;	/* with its "the" */
			duration_value(m, u, n == -2 ? -1 : n);
			return true;
		}
		/* "the following year": after the last named; "the next day"
		 * too, a day in a story being told */
		if ((u = unit_of(c, k)) != 0 && dir != 0 && anchored(c, u) && (t->val == 1 ||
		    (u == TU_DAY && last_ch(at(c, k)) != 's' && i > 0 && is_cls(c, i - 1, TC_DET)))) {
			m->e = k + 1;
			rel_from_anchor(c, m, u, dir);
			return true;
		}
		if ((u = unit_of(c, k)) != 0) {
			const struct tok *ut = at(c, k);
			if (dir == 1 && u != TU_WEEKEND && last_ch(ut) == 's' &&
			    !(u == TU_YEAR && ut->flen == 3)) {
				m->e = k + 1;	/* "the coming weeks": a vague span ahead */
				m->det_ok = true;
				duration_value(m, u, -1);
				return true;
			}
			if (dir == -1 && t->val == 2 && u != TU_WEEKEND) {
				m->e = k + 1;	/* "the past year": a duration */
				m->det_ok = true;
				duration_value(m, u, 1);
				return true;
			}
			m->e = k + 1;
			if (u == TU_WEEKEND && dir == 0)
				weekend_value(c, m);	/* "this weekend", "ce week-end" */
			else
				rel_value(c, m, u, dir);
			return true;
		}
		if (is_cls(c, k, TC_WEEKDAY) || is_cls(c, k, TC_PARTDAY) ||
		    is_cls(c, k, TC_SEASON) || (is_cls(c, k, TC_MONTH) &&
		    (!month_needs_cap(at(c, k)) || at(c, k)->cap) && !month_abbr(at(c, k)) &&
		    !day_at(c, k + 1))) {
			/* handled below with a direction */
		} else if (t->cls == TC_THIS && t->val == 1) {
			m->e = i + 1;	/* "current" alone: now */
			setv(m, "PRESENT_REF");
			return true;
		} else if (t->cls == TC_PAST && i > 0 && at(c, i - 1)->cls == TC_DET &&
		    !is_cls(c, k, TC_QUARTER) &&
		    !(is_punct(c, k, '-') && !at(c, k)->space_before) &&	/* "the last-minute" */
		    (at(c, k)->kind != K_WORD ||
		    ((at(c, k)->cls == TC_NONE || at(c, k)->cls == TC_THIS) &&
		    t->val == 2 && !at(c, k)->cap))) {
			m->e = i + 1;	/* "the past", "in the past it considered" */
			setv(m, "PAST_REF");
			return true;
		} else
			return false;
		const struct tok *w = at(c, k);
		m->e = k + 1;
		if (!c->has_dct) {
			rel_value(c, m, TU_DAY, dir);
			return true;
		}
		if (w->cls == TC_PARTDAY && dir == 0) {
			m->type = TX_TIME;
			setv(m, "%04d-%02d-%02d%s", c->dct.y, c->dct.m, c->dct.d, partday[w->val]);
			return true;
		}
		/* "last night": the evening before the article; "the next
		 * morning", "the previous evening": from the day last named */
		if (w->cls == TC_PARTDAY) {
			struct ymd base = c->dct;
			if ((t->val == 1 || is_cls(c, i - 1, TC_DET)) && anchored(c, TU_DAY))
				base = c->anc;
			struct ymd d = days_to_ymd(ymd_to_days(base) + dir);
			day_with_part(c, m, d, k);
			m->type = TX_TIME;
			return true;
		}
		if (w->cls == TC_WEEKDAY) {
			long d0 = ymd_to_days(c->dct);
			long wd = ((d0 % 7) + 7 + 3) % 7 + 1;	/* 1 Monday */
			long delta = w->val - wd;
			if (dir > 0 && delta <= 0)
				delta += 7;
			if (dir < 0 && delta >= 0)
				delta -= 7;
			struct ymd d = days_to_ymd(d0 + delta);
			setv(m, "%04d-%02d-%02d", d.y, d.m, d.d);
			return true;
		}
		if (w->cls == TC_SEASON) {
			setv(m, "%04d-%s", season_year(c, w->val, dir), season_code[w->val]);
			return true;
		}
		if (w->cls == TC_MONTH) {
			int y = c->dct.y, mo = month_num(w);
			if (dir > 0 && mo <= c->dct.m)
				y++;
			if (dir < 0 && mo >= c->dct.m)
				y--;
			setv(m, "%04d-%02d", y, mo);
			return true;
		}
		return false;
	}
	/* Unit then direction: "l'an dernier", "la semaine prochaine". */
	if ((u = unit_of(c, i)) != 0) {
		/* "the week of March 6", "la semaine du 6 mars": that day's week */
		struct m dm;
		if (u == TU_WEEK && !at(c, i)->plural && last_ch(at(c, i)) != 's' &&
		    (is_cls(c, i + 1, TC_OF) || is_cls(c, i + 1, TC_FROM)) &&
		    day_for_time(c, i + 2, true, &dm)) {
			struct tval tv;
			struct ymd db, de;
			int wy, wn;
			if (tval_parse(dm.v.v, &tv) == 0 && tval_range(&tv, &db, &de) == 0) {
				iso_week(db, &wy, &wn);
				m->e = dm.e;
				setv(m, "%04d-W%02d", wy, wn);
				return true;
			}
		}
		if (is_cls(c, i + 1, TC_PAST) || is_cls(c, i + 1, TC_NEXT) ||
		    (is_cls(c, i + 1, TC_THIS) && at(c, i + 1)->val == 5)) {
			dir = is_cls(c, i + 1, TC_PAST) ? -1 : is_cls(c, i + 1, TC_NEXT) ? 1 : 0;
			m->e = i + 2;
			/* "the weeks ahead", "les mois à venir", "les années
			 * passées": several, a vague span */
			if (dir != 0 && last_ch(at(c, i)) == 's' && i > 0 &&
			    is_cls(c, i - 1, TC_DET) && at(c, i - 1)->val != DET_SINGULAR) {
				m->det_ok = true;
				duration_value(m, u, -1);
				return true;
			}
			if (dir != 0 && at(c, i + 1)->val == 1 && anchored(c, u))
				rel_from_anchor(c, m, u, dir);	/* "le mois suivant" */
			else
				rel_value(c, m, u, dir);
			return true;
		}
		if (after_mod && i > 0 && (last_ch(at(c, i)) != 's' || u == TU_MONTH) &&
		    (at(c, i - 1)->cls == TC_DET || (i > 1 && has_cls(c, i - 1, TC_OF) &&
		    at(c, i - 2)->cls == TC_MOD))) {
			m->e = i + 1;	/* "la fin de l'année", "en fin d'année" */
			rel_value(c, m, u, 0);
			return true;
		}
		/* "the full year", "the fiscal year": the article's year */
		if (u == TU_YEAR && i > 1 && at(c, i - 2)->cls == TC_DET &&
		    in_list(c->r->period_adjs, at(c, i - 1)->f) &&
		    last_ch(at(c, i)) != 's' && !is_cls(c, i + 1, TC_OF) &&
		    !(i + 1 < c->n && at(c, i + 1)->kind == K_NUM)) {
			m->e = i + 1;
			the_year(c, m, i);
			return true;
		}
		/* "by year-end", "by year end": the end of the article's year */
		if (u == TU_YEAR && last_ch(at(c, i)) != 's' &&
		    (is_punct(c, i + 1, '-') ? is_cls(c, i + 2, TC_MOD) && at(c, i + 2)->val % 100 == MOD_END &&
		    !at(c, i + 1)->space_before && !at(c, i + 2)->space_before :
		    is_cls(c, i + 1, TC_MOD) && at(c, i + 1)->val == 100 + MOD_END) &&
		    i > 0 && (at(c, i - 1)->cls == TC_PREP || at(c, i - 1)->cls == TC_IN ||
		    at(c, i - 1)->cls == TC_RANGE || at(c, i - 1)->cls == TC_FROM)) {
			m->e = is_punct(c, i + 1, '-') ? i + 3 : i + 2;
			rel_value(c, m, u, 0);
			return true;
		}
		/* "the year": the article's year */
		if (u == TU_YEAR && plain_det(c, i - 1) &&
		    last_ch(at(c, i)) != 's' && !is_cls(c, i + 1, TC_OF) &&
		    !(i + 1 < c->n && at(c, i + 1)->kind == K_NUM)) {
			m->e = i + 1;
			the_year(c, m, i);
			return true;
		}
		/* "for years", "in weeks", "within weeks", "depuis des années": a
		 * vague duration */
		if (i > 0 && (at(c, i - 1)->cls == TC_PREP || at(c, i - 1)->cls == TC_IN ||
		    at(c, i - 1)->cls == TC_WITHIN ||
		    in_list(c->r->vague_dets, at(c, i - 1)->f)) &&
		    !(i + 1 < c->n && at(c, i + 1)->kind == K_NUM) &&
		    at(c, i)->cls == TC_UNIT && u != TU_HOUR && u != TU_MINUTE &&
		    last_ch(at(c, i)) == 's' && !is_cls(c, i + 1, TC_OF)) {
			m->e = i + 1;
			duration_value(m, u, -1);
			return true;
		}
		if (u == TU_QUARTER && plain_det(c, i - 1) &&
		    at(c, i)->cls == TC_QUARTER && !is_cls(c, i + 1, TC_OF)) {
			m->e = i + 1;	/* "the quarter": the one reported on */
			/* "the quarter ended June 30", "le trimestre clos le 30
			 * juin": the quarter of that day */
			struct m qd;
			size_t k = is_cls(c, i + 2, TC_DET) ? i + 3 : i + 2;
			if (at(c, i + 1)->kind == K_WORD && in_list(c->r->period_end, at(c, i + 1)->f) &&
			    day_for_time(c, k, true, &qd)) {
				setv(m, "%.4s-Q%d", qd.v.v, (atoi(qd.v.v + 5) - 1) / 3 + 1);
				return true;
			}
			rel_value(c, m, u, c->future && future_here(c) ? 0 : -1);
			return true;
		}
		if (u == TU_WEEKEND && i > 0 && (plain_det(c, i - 1) ||
		    at(c, i - 1)->cls == TC_THIS)) {
			m->e = i + 1;	/* "the weekend" */
			weekend_value(c, m);
			return true;
		}
	}
	return false;
}

/* relative_at() at I after the prefix's position word, if any; a date
 * keeps its "the" ("the next year"). */
static bool
mx_relative(const struct ctx *c, size_t i, struct m *m)
{
	if (!relative_at(c, i, m, c->after_mod))
		return false;
	m->det_ok = m->det_ok || m->type != TX_DURATION;
	return true;
}

static bool mx_time(const struct ctx *, size_t, struct m *);

/* Day D, and the part of the day at token K if there is one ("Monday night"). */
static bool
day_with_part(const struct ctx *c, struct m *m, struct ymd d, size_t k)
{
	if (is_cls(c, k, TC_PARTDAY)) {
		m->e = k + 1;
		m->type = c->r->partday_type;
		setv(m, "%04d-%02d-%02d%s", d.y, d.m, d.d, partday[at(c, k)->val]);
		return true;
	}
	setv(m, "%04d-%02d-%02d", d.y, d.m, d.d);
	return true;
}

/* "today", "hier", "yesterday morning" */
static bool
mx_dayref(const struct ctx *c, size_t i, struct m *m)
{
	const struct tok *t = at(c, i);

	if (t->cls != TC_DAYREF)
		return false;
	m->e = i + 1;
	if (t->val == 100) {	/* "tonight" */
		if (!c->has_dct)
			setv(m, "PRESENT_REF");
		else {
			m->type = c->r->partday_type;
			setv(m, "%04d-%02d-%02d%s", c->dct.y, c->dct.m, c->dct.d, partday[4]);
		}
		return true;
	}
	int off = t->val;
	struct ymd base = c->dct;
	/* "the network of tomorrow", "le réseau de demain": an age, no day
	 * ("à partir de demain" is one) */
	if ((off == 1 || off == -1) && i >= 3 && is_cls(c, i - 1, TC_OF) &&
	    at(c, i - 2)->kind == K_WORD && at(c, i - 2)->cls == TC_NONE && is_cls(c, i - 3, TC_DET))
		return false;
	if (off >= DAYREF_ANCHORED - 50 && off <= DAYREF_ANCHORED + 50) {
		/* "le lendemain", "the day before": after a determiner, alone
		 * at the end of a clause (not "la veille de Noël", "the day
		 * before authorities issued…", "the day before last Tuesday") */
		const struct tok *n = at(c, i + 1);
		if (i == 0 || !is_cls(c, i - 1, TC_DET) || (i + 1 < c->n &&
		    n->kind != K_PUNCT && n->cls != TC_AND && n->cls != TC_PARTDAY))
			return false;
		off -= DAYREF_ANCHORED;
		if (anchored(c, TU_DAY))
			base = c->anc;
	}
	if (!c->has_dct) {
		setv(m, "%s", off < 0 ? "PAST_REF" : off > 0 ? "FUTURE_REF" : "PRESENT_REF");
		return true;
	}
	struct ymd d = days_to_ymd(ymd_to_days(base) + off);
	if (is_cls(c, i + 1, TC_WEEKDAY))
		m->e = i + 2;	/* "aujourd'hui vendredi" */
	/* "hier à 10 h", "yesterday at 2 pm": a time that day */
	if (is_cls(c, m->e, TC_RANGE) || is_cls(c, m->e, TC_PREP)) {
		struct ctx c2 = *c;
		struct m tm;
		memset(&tm, 0, sizeof tm);
		c2.has_ref = true;
		c2.ref = d;
		if (mx_time(&c2, m->e + 1, &tm)) {
			*m = tm;
			m->b = i;
			return true;
		}
	}
	return day_with_part(c, m, d, i + 1);
}

/* "now", "currently", "recently", "the future", "l'avenir" */
static bool
mx_ref(const struct ctx *c, size_t i, struct m *m)
{
	static const char *const refs[] = { "", "PRESENT_REF", "PAST_REF", "FUTURE_REF",
		"", "", "FUTURE_REF" };
	const struct tok *t = at(c, i);

	if (t->cls != TC_REF || t->val < 1 || t->val > 6 || t->val == 4)
		return false;
	if (t->val == 5) {	/* "recent years": a vague span up to now */
		int u = unit_of(c, i + 1);
		if (!u)
			return false;
		m->e = i + 2;
		if (last_ch(at(c, i + 1)) == 's')
			duration_value(m, u, -1);
		else
			setv(m, "PAST_REF");
		return true;
	}
	if (t->val == 1 && i == 0 && is_punct(c, i + 1, ','))
		return false;	/* "Now, he says...": a discourse marker */
	if (t->val == 3 && t->kind == K_WORD && !(i > 0 && at(c, i - 1)->cls == TC_DET) &&
	    !strchr(t->f, ' '))
		return false;	/* "future services" */
	m->e = i + 1;
	m->det_ok = t->val == 3;	/* "the future" */
	m->type = c->r->ref_type;
	/* "recent years", "recent months" */
	if (t->val == 2 && unit_of(c, i + 1) && last_ch(at(c, i + 1)) == 's')
		m->e = i + 2;
	setv(m, "%s", refs[t->val]);
	return true;
}

/* Without a tense cue, a weekday is taken within this many days of the
 * DCT: mostly back (news reports what happened), a little ahead. */
#define WEEKDAY_BACK 5
#define WEEKDAY_AHEAD 1
#define WEEKDAY_CUE_SPAN 6	/* tokens before a weekday, in its clause, where a future cue counts */

/*
 * Right before token I (and an "on" or a comma), a verb telling what was
 * done: in a past tense ("met", "said"), a participle ("publié", as the
 * language writes them) or a word after an auxiliary ("ont signé").
 */
static bool
done_before(const struct ctx *c, size_t i)
{
	size_t k = i;

	if (k > 0 && (is_cls(c, k - 1, TC_PREP) || is_punct(c, k - 1, ',')))
		k--;
	if (k == 0)
		return false;
	if (is_cls(c, k - 1, TC_PASTV) || is_cls(c, k - 1, TC_SAID) || at(c, k - 1)->pp)
		return true;
	return k >= 2 && at(c, k - 1)->kind == K_WORD && at(c, k - 1)->cls == TC_NONE &&
	    !at(c, k - 1)->cap && (has_cls(c, k - 2, TC_AUX) || is_cls(c, k - 2, TC_PASTV));
}

/* "Monday", "mardi", "dimanche matin" */
static bool
mx_weekday(const struct ctx *c, size_t i, struct m *m)
{
	const struct tok *t = at(c, i);

	if (t->cls != TC_WEEKDAY)
		return false;
	m->e = i + 1;
	/* "on Mondays", "Tuesday nights", "les mardis soir": every such day */
	bool part = is_cls(c, i + 1, TC_PARTDAY) && at(c, i + 1)->val <= 4;
	if (t->plural || (part && at(c, i + 1)->plural)) {
		m->type = TX_SET;
		m->e = part ? i + 2 : i + 1;
		setv(m, "XXXX-WXX-%d%s", t->val, part ? partday[at(c, i + 1)->val] : "");
		return true;
	}
	if (!c->has_dct) {
		setv(m, "XXXX-WXX-%d", t->val);
		return true;
	}
	long d0 = ymd_to_days(c->dct);
	long wd = ((d0 % 7) + 7 + 3) % 7 + 1;
	long delta = t->val - wd;
	/* "lundi prochain", "vendredi dernier" */
	if (is_cls(c, i + 1, TC_NEXT) || is_cls(c, i + 1, TC_PAST)) {
		if (is_cls(c, i + 1, TC_NEXT) && delta <= 0)
			delta += 7;
		if (is_cls(c, i + 1, TC_PAST) && delta >= 0)
			delta -= 7;
		struct ymd d = days_to_ymd(d0 + delta);
		m->e = i + 2;
		setv(m, "%04d-%02d-%02d", d.y, d.m, d.d);
		return true;
	}
	/* News speaks of the days around its date: the nearest one, ahead
	 * if its own clause is about the future (a cue just before it: "will
	 * meet on Friday"; a "will" elsewhere in the sentence says nothing). */
	/* A weekday: a cue a few words back counts past a verb of the past
	 * ("as soon as trading opened Monday"); done_before() has the rest. */
	bool ahead = cue_in_clause(c, i, WEEKDAY_CUE_SPAN, false);
	if (ahead && delta < 0)
		delta += 7;
	else if (!ahead && done_before(c, i) && delta > 0)
		delta -= 7;	/* "said Friday", "a annoncé vendredi": not ahead */
	else if (!ahead && delta > WEEKDAY_AHEAD)
		delta -= 7;
	else if (!ahead && delta < -WEEKDAY_BACK)
		delta += 7;
	struct ymd d = days_to_ymd(d0 + delta);
	return day_with_part(c, m, d, i + 1);
}

/* An amount ends just before I: "$1.76", "$500 million", "20%". */
static bool
amount_before(const struct ctx *c, size_t i)
{
	if (i > 0 && (at(c, i - 1)->kind == K_NUM || is_punct(c, i - 1, '%')))
		return true;
	return i > 1 && at(c, i - 1)->kind == K_WORD && at(c, i - 2)->kind == K_NUM;
}

/* Token I is a TC_AGE word of value V ("old", "long"). */
static bool
age_at(const struct ctx *c, size_t i, int v)
{
	return is_cls(c, i, TC_AGE) && at(c, i)->val == v;
}

/*
 * Before the count at K, "de" after a person ("une fillette de 6 ans", "un
 * chauffeur de bus de 38 ans": a few words of the noun phrase back): an age.
 */
static bool
person_before(const struct ctx *c, size_t k)
{
	if (k > 0 && at(c, k - 1)->kind == K_WORD && is_cls(c, k - 1, TC_NUMBER) &&
	    at(c, k - 1)->val == 1)
		k--;	/* "d'une trentaine d'années" */
	if (k == 0 || !is_cls(c, k - 1, TC_OF))
		return false;
	for (size_t j = k - 1, n = 0; j-- > 0 && n < 4; n++) {
		const struct tok *t = at(c, j);
		if (t->kind != K_WORD)
			return false;
		if (in_list(c->r->age_nouns, t->f))
			return true;
		if (t->cls != TC_NONE && t->cls != TC_OF)
			return false;
	}
	return false;
}

/*
 * Before the count at K, a determiner and a span of counts or a comparison:
 * "les 6-16 ans", "les moins de 17 ans", "les plus de 60 ans", people of
 * those ages, no duration.
 */
static bool
age_group_before(const struct ctx *c, size_t k)
{
	if (k >= 3 && is_punct(c, k - 1, '-') && at(c, k - 2)->kind == K_NUM &&
	    is_cls(c, k - 3, TC_DET))
		return true;
	return k >= 3 && is_cls(c, k - 1, TC_OF) && is_cls(c, k - 2, TC_COMPAR) &&
	    is_cls(c, k - 3, TC_DET);
}

/* The unit at I is joined to "long" by a hyphen: "day-long". */
static bool
long_after(const struct ctx *c, size_t i)
{
	return is_punct(c, i + 1, '-') && !at(c, i + 1)->space_before &&
	    age_at(c, i + 2, AGE_LONG) && !at(c, i + 2)->space_before;
}

/* A comparison at token I: "more than", "plus" before "de". */
static bool
compar_at(const struct ctx *c, size_t i)
{
	return is_cls(c, i, TC_COMPAR) && (at(c, i)->val < 100 || is_cls(c, i + 1, TC_OF));
}

/*
 * The mod of a date DIR (-1 back, 1 ahead) after a comparison MOD: "more
 * than a year ago" is BEFORE that day, "less than a year ago" AFTER it, and
 * the other way round ahead; an approximation stays one.
 */
static int
ago_mod(int mod, int dir)
{
	switch (mod) {
	case MOD_MORE_THAN:
		return dir < 0 ? MOD_BEFORE : MOD_AFTER;
	case MOD_EQUAL_OR_MORE:
		return dir < 0 ? MOD_ON_OR_BEFORE : MOD_ON_OR_AFTER;
	case MOD_LESS_THAN:
		return dir < 0 ? MOD_AFTER : MOD_BEFORE;
	case MOD_EQUAL_OR_LESS:
		return dir < 0 ? MOD_ON_OR_AFTER : MOD_ON_OR_BEFORE;
	}
	return mod;
}

/* MOD compares amounts: "more than", "at least", "up to". */
static bool
mod_compares(int mod)
{
	return mod == MOD_MORE_THAN || mod == MOD_LESS_THAN ||
	    mod == MOD_EQUAL_OR_LESS || mod == MOD_EQUAL_OR_MORE;
}

/* Durations and their relatives: "24 months", "deux ans", "six-year",
 * "two years ago", "il y a deux ans", "in two weeks", "dans deux semaines". */
static bool
mx_duration(const struct ctx *c, size_t i, struct m *m)
{
	size_t k = i, nx;
	bool pre_ago = false;

	/* "le quinquennat", "son septennat": a term of that many years */
	if (at(c, i)->cls == TC_TERM) {
		m->e = i + 1;
		duration_value(m, TU_YEAR, at(c, i)->val);
		return true;
	}
	/* "day-long", "decades-long": a duration named by its unit alone */
	int u0 = unit_of(c, i);
	if (u0 != 0 && long_after(c, i)) {
		m->e = i + 3;
		duration_value(m, u0, last_ch(at(c, i)) == 's' ? -1 : 1);
		return true;
	}
	int pre_mod = MOD_NONE;
	if (is_cls(c, k, TC_AGO_PRE)) {
		pre_ago = true;
		k++;
		/* "il y a plus d'un an", "il y a près de deux ans" */
		if (is_cls(c, k, TC_APPROX) || compar_at(c, k)) {
			pre_mod = is_cls(c, k, TC_COMPAR) ? at(c, k)->val % 100 : MOD_APPROX;
			k++;
			if (is_cls(c, k, TC_OF))
				k++;
		}
	}
	int n = number_at(c, k, &nx);
	if (n == -1)
		return false;
	/* "two more weeks", "three additional years"; "les trois derniers
	 * mois", "les 90 prochains jours": so many units back or ahead */
	if (at(c, nx)->kind == K_WORD && (in_list(c->r->unit_adjs, at(c, nx)->f) ||
	    is_cls(c, nx, TC_PAST) || is_cls(c, nx, TC_NEXT)) && unit_of(c, nx + 1))
		nx++;
	size_t u_at = nx;
	bool half = false;
	if (at(c, nx)->kind == K_NUM && at(c, nx)->num == 1 && is_punct(c, nx + 1, '/') &&
	    at(c, nx + 2)->kind == K_NUM && at(c, nx + 2)->num == 2 &&
	    !at(c, nx + 1)->space_before && !at(c, nx + 2)->space_before) {
		half = true;	/* "5 1/2 hours" */
		u_at = nx + 3;
	} else if (is_cls(c, nx, TC_AND) && at(c, nx + 1)->cls == TC_NUMBER &&
	    at(c, nx + 1)->val == 1 && is_cls(c, nx + 2, TC_HALF) && unit_of(c, nx + 3)) {
		half = true;	/* "two and a half days" */
		u_at = nx + 3;
	}
	if (is_punct(c, u_at, '-') && !at(c, u_at)->space_before)
		u_at++;		/* "six-year" */
	int u = unit_of(c, u_at);
	if (u != 0 && year_at(c, k) && u_at == nx &&
	    last_ch(at(c, u_at)) != 's')
		return false;	/* "the 1988 quarter": a year, not 1988 quarters */
	if (u == 0)
		return false;
	if (u == TU_QUARTER && is_cls(c, u_at + 1, TC_OF))
		return false;	/* "three-quarters of": a fraction */
	if (u == TU_HOUR && u_at == nx && clock_hour(c, k))
		return false;	/* "à 15 heures": a time */
	const struct tok *nt = at(c, k);
	/* "a year" alone is too loose: only with "ago", "within", "for",
	 * "il y a", "dans", "in". */
	bool article = nt->kind == K_WORD && nt->cls == TC_NUMBER && nt->val == 1 &&
	    in_list(c->r->articles, nt->f);
	int pc = i > 0 ? at(c, i - 1)->cls : TC_NONE;
	if (age_at(c, u_at + 1, AGE_OLD) || (is_punct(c, u_at + 1, '-') && age_at(c, u_at + 2, AGE_OLD)))
		return false;	/* "a 6-year-old": an age */
	if (u == TU_YEAR && k > 0 && (age_at(c, k - 1, AGE_OLD) ||
	    (is_cls(c, k - 1, TC_OF) && age_at(c, k - 2, AGE_OLD))))
		return false;	/* "âgé de 38 ans" */
	if (u == TU_YEAR && person_before(c, k))
		return false;	/* "une fillette de 6 ans" */
	if (u == TU_YEAR && age_group_before(c, k))
		return false;	/* "les 6-16 ans", "les moins de 17 ans" */
	if (article && long_after(c, u_at))
		return false;	/* "a day-long meeting": "day-long" alone */
	if (u == TU_YEAR && k > 0 && (is_punct(c, k - 1, ',') || is_punct(c, k - 1, '(')) &&
	    (u_at + 1 >= c->n || is_punct(c, u_at + 1, ',') || is_punct(c, u_at + 1, ')')))
		return false;	/* "Jean Dupont, 53 ans," */
	if (is_cls(c, u_at + 1, TC_LATER) && n >= 0 && u != TU_HOUR && u != TU_MINUTE) {
		m->e = u_at + 2;
		m->ago = 1;
		/* "founded in 1999 and listed a decade later": from the date
		 * last named, where there is one that precise */
		if (anchored(c, u == TU_DECADE || u == TU_QUARTER ? TU_YEAR : u == TU_WEEK ? TU_DAY : u))
			rel_from_anchor(c, m, u, n);
		else
			rel_value(c, m, u, n);
		return true;
	}
	if (pre_ago || is_cls(c, u_at + 1, TC_AGO)) {
		m->e = pre_ago ? u_at + 1 : u_at + 2;
		m->ago = -1;
		if (pre_mod != MOD_NONE)
			m->v.mod = (uint8_t)ago_mod(pre_mod, -1);
		if (n < 0) {
			setv(m, "PAST_REF");
			return true;
		}
		/* "a year ago" after a quarter was named: that quarter, a year
		 * before ("profit rose in the third quarter from a year ago"). */
		if (u == TU_YEAR && n == 1 && c->last_q[0] && strlen(c->last_q) == 7) {
			m->anaph = true;
			setv(m, "%04d%s", atoi(c->last_q) - n, c->last_q + 4);
			return true;
		}
		rel_value(c, m, u, -n);
		return true;
	}
	if (article && is_cls(c, u_at + 1, TC_REL))
		return false;	/* "in a quarter which produced...": a period described */
	/* "une semaine sur deux", "un mois sur trois": every second week, third month */
	size_t nx2;
	int every = article && at(c, u_at + 1)->kind == K_WORD &&
	    in_list(c->r->every_nth, at(c, u_at + 1)->f) ? number_at(c, u_at + 2, &nx2) : -1;
	if (every >= 2) {
		m->e = nx2;
		duration_value(m, u, every);
		m->type = TX_SET;
		return true;
	}
	/* "in two weeks": a date ahead; "built in six months" (a past tense): a duration */
	if (pc == TC_IN && n >= 0 && u != TU_HOUR && u != TU_MINUTE && !c->past) {
		m->e = u_at + 1;	/* "in two weeks": a date */
		rel_value(c, m, u, n);
		return true;
	}
	if (article && (pc == TC_PER || (i > 0 && unit_of(c, i - 1)) || amount_before(c, i)))
		return false;	/* "twice a year", "deux fois par an", "24 hours a day",
				 * "$1.76 a year", "$500 million a year": a rate */
	m->e = u_at + 1;
	/* "a year and a half", "une heure et demie" */
	const struct tok *a1 = at(c, u_at + 2);
	bool art = a1->cls == TC_NUMBER && a1->val == 1 && a1->kind == K_WORD;
	if (!half && is_cls(c, u_at + 1, TC_AND) && is_cls(c, u_at + (art ? 3 : 2), TC_HALF)) {
		half = true;
		m->e = u_at + (art ? 4 : 3);
	}
	if (half && n >= 0 && half_value(m, u, n))
		return true;
	if (half && u_at == nx + 3)
		return false;	/* "1/2" and a unit without a half of its own */
	m->e = long_after(c, u_at) ? u_at + 3 : u_at + 1;	/* "a two-week-long strike" */
	duration_value(m, u, n < 0 ? -1 : n);
	/* "for the nine months", "the first six months", "les neuf mois" */
	m->new_period = u == TU_MONTH && n > 1 && k > 0 && !pre_ago &&
	    (is_cls(c, k - 1, TC_DET) || is_cls(c, k - 1, TC_ORDINAL) ||
	    is_cls(c, k - 1, TC_THIS));
	return true;
}

/* "every year", "chaque mois", "tous les ans", "weekly", "every Monday" */
static bool
mx_set(const struct ctx *c, size_t i, struct m *m)
{
	const struct tok *t = at(c, i);

	if (t->cls == TC_SETADV) {
		/* "20% annually", "$2 million annually", "10,000 units annually":
		 * the rate of an amount, not a recurring time */
		for (size_t k = i >= 2 ? i - 2 : 0; k < i; k++)
			if (at(c, k)->kind == K_NUM || is_punct(c, k, '%'))
				return false;
		/* +100: a set only as an adverb ("paid quarterly"), not
		 * before a noun ("quarterly results") nor as one ("its
		 * initial quarterly of five cents") */
		const struct tok *n = at(c, i + 1);
		if (t->val >= 100 && i + 1 < c->n && ((n->kind == K_WORD && n->cls == TC_NONE &&
		    !n->cap && n->cls2 == TC_NONE) || n->cls == TC_OF))
			return false;
		int u = t->val % 100;
		m->e = i + 1;
		m->type = TX_SET;
		setv(m, u == TU_HOUR || u == TU_MINUTE ? "PT1%c" : "P1%c", unit_letter[u]);
		return true;
	}
	if (t->cls != TC_EVERY)
		return false;
	size_t k = i + 1, nx;
	if (is_cls(c, k, TC_DET))
		k++;
	int n = number_at(c, k, &nx);
	if (n > 0 && unit_of(c, nx))
		k = nx;
	else
		n = t->val > 1 ? t->val : 1;	/* "every other week": 2 */
	if (unit_of(c, k)) {
		m->e = k + 1;
		m->type = TX_SET;
		int u = unit_of(c, k);
		if (u == TU_HOUR || u == TU_MINUTE)
			setv(m, "PT%d%c", n, unit_letter[u]);
		else
			setv(m, "P%d%c", n, unit_letter[u]);
		return true;
	}
	if (is_cls(c, k, TC_WEEKDAY)) {
		m->e = k + 1;
		m->type = TX_SET;
		setv(m, "XXXX-WXX-%d", at(c, k)->val);
		return true;
	}
	/* "each July", "chaque printemps" */
	if (is_cls(c, k, TC_MONTH) && (!month_needs_cap(at(c, k)) || at(c, k)->cap) &&
	    !day_at(c, k + 1)) {
		m->e = k + 1;
		m->type = TX_SET;
		setv(m, "XXXX-%02d", month_num(at(c, k)));
		return true;
	}
	if (is_cls(c, k, TC_SEASON)) {
		m->e = k + 1;
		m->type = TX_SET;
		setv(m, "XXXX-%s", season_code[at(c, k)->val]);
		return true;
	}
	return false;
}

/* After a time at I, its part of the day: "in the morning", "du soir",
 * "de l'après-midi"; its TC_PARTDAY value (1..4) and *END, or 0. */
static int
partday_after(const struct ctx *c, size_t i, size_t *end)
{
	if (!is_cls(c, i, TC_IN) && !is_cls(c, i, TC_OF) && !has_cls(c, i, TC_FROM))
		return 0;
	size_t k = is_cls(c, i + 1, TC_DET) ? i + 2 : i + 1;
	if (!is_cls(c, k, TC_PARTDAY) || at(c, k)->val > 4 || at(c, k)->plural)
		return 0;
	*end = k + 1;
	return at(c, k)->val;
}

/* "à 15 heures", "15 heures 30", "4 heures du matin": the number at I and
 * the unit after it are a time of day, not so many hours. */
static bool
clock_hour(const struct ctx *c, size_t i)
{
	size_t pe;
	const struct tok *t = at(c, i), *mn = at(c, i + 2);

	return t->kind == K_NUM && !t->sep && t->ndig <= 2 && t->num <= 24 &&
	    unit_of(c, i + 1) == TU_HOUR &&
	    ((i > 0 && at(c, i - 1)->kind == K_WORD && in_list(c->r->clock_preps, at(c, i - 1)->f)) ||
	    partday_after(c, i + 2, &pe) ||
	    (mn->kind == K_NUM && mn->ndig == 2 && !mn->sep && mn->num < 60));
}

/* "14h30", "14 h 30", "2:30 pm", "10 am", "2pm" */
static bool
mx_time(const struct ctx *c, size_t i, struct m *m)
{
	const struct tok *t = at(c, i);
	int h = -1, mi = 0;
	size_t k = i, pe;

	if (t->kind == K_ALNUM) {
		int a = 0, b = 0, nd = 0;
		const char *p = t->f;
		while (*p >= '0' && *p <= '9' && nd < 3)
			a = a * 10 + (*p++ - '0'), nd++;
		if (nd < 1 || nd > 2)
			return false;
		/* The letters after the hour, looked up: "h" (then minutes),
		 * "am", "pm" */
		size_t nl = 0;
		while (p[nl] && !(p[nl] >= '0' && p[nl] <= '9'))
			nl++;
		const struct tx_lex *x = nl ? lex_find(c->ix, p, nl) : NULL;
		if (x && x->cls == TC_HOUR && x->val == HOUR_MINUTES) {
			p += nl;
			int nb = 0;
			while (*p >= '0' && *p <= '9' && nb < 3)
				b = b * 10 + (*p++ - '0'), nb++;
			if (*p || (nb != 0 && nb != 2))
				return false;
			h = a;
			mi = b;
		} else if (x && x->cls == TC_AMPM && p[nl] == '\0') {
			h = a % 12 + x->val;
		} else
			return false;
		k = i + 1;
	} else if (t->kind == K_NUM && !t->sep && t->ndig <= 2) {
		if (is_punct(c, i + 1, ':') && at(c, i + 2)->kind == K_NUM &&
		    at(c, i + 2)->ndig == 2 && !at(c, i + 1)->space_before) {
			h = t->num;
			mi = at(c, i + 2)->num;
			k = i + 3;
		} else if ((is_cls(c, i + 1, TC_HOUR) && at(c, i + 1)->val == HOUR_MINUTES) ||
		    clock_hour(c, i)) {
			h = t->num;	/* "14 h 30", "à 15 heures 30" */
			k = i + 2;
			if (at(c, k)->kind == K_NUM && at(c, k)->ndig == 2) {
				mi = at(c, k)->num;
				k++;
			}
		} else if (is_cls(c, i + 1, TC_AMPM) || is_cls(c, i + 1, TC_HOUR) ||
		    (t->num >= 1 && t->num <= 12 && partday_after(c, i + 1, &pe))) {
			h = t->num;
			k = i + 1;
		} else
			return false;
		if (is_cls(c, k, TC_AMPM)) {
			h = h % 12 + at(c, k)->val;
			k++;
		} else if (is_cls(c, k, TC_HOUR) && k == i + 1) {
			k++;	/* "ten o'clock" */
		}
	} else
		return false;
	/* "4 in the morning", "10 heures du soir" */
	int pd = k > i + 1 && is_cls(c, k - 1, TC_AMPM) ? 0 : partday_after(c, k, &pe);
	if (pd != 0) {
		if (pd == 1 && h == 12)
			h = 0;
		else if ((pd == 2 || pd == 3 || (pd == 4 && h >= 6)) && h < 12)
			h += 12;
		k = pe;
	}
	if (h < 0 || h > 24 || mi > 59)
		return false;
	m->e = k;
	m->type = TX_TIME;
	/* "9 a.m. EST Tuesday", "5 p.m. EST Nov. 9", "à 15 h le 3 mars": the
	 * time of that weekday or date */
	size_t w = is_cls(c, k, TC_TZONE) && at(c, k)->cap ? k + 1 : k;
	size_t dq = is_punct(c, w, ',') ? w + 1 : w;
	if (is_cls(c, dq, TC_PREP))
		dq++;	/* "10 a.m. ET on March 20" */
	if (is_cls(c, dq, TC_DET) && c->r->det_in_span)
		dq++;
	struct m wm;
	bool wday = day_for_time(c, w, false, &wm);
	if (wday || day_for_time(c, dq, true, &wm)) {
		m->e = wday ? w + 1 : wm.e;	/* "9 a.m. EST Tuesday" */
		setv(m, "%sT%02d:%02d", wm.v.v, h, mi);
		m->v.gran = GRAN_TIME;
		return true;
	}
	/* "Vers 0 h 40, jeudi, ...": that weekday's time, the weekday an
	 * expression of its own */
	if (dq > w && day_for_time(c, dq, false, &wm)) {
		if (w > k)
			m->e = w;
		setv(m, "%sT%02d:%02d", wm.v.v, h, mi);
		m->v.gran = GRAN_TIME;
		return true;
	}
	if (w > k)
		m->e = w;
	/* "15 h 30, hier": the time of that day */
	size_t q = is_punct(c, k, ',') ? k + 1 : k;
	if (c->has_dct && is_cls(c, q, TC_DAYREF) && at(c, q)->val != 100) {
		struct ymd d = days_to_ymd(ymd_to_days(c->dct) + at(c, q)->val);
		m->e = q + 1;
		setv(m, "%04d-%02d-%02dT%02d:%02d", d.y, d.m, d.d, h, mi);
		m->v.gran = GRAN_TIME;
		return true;
	}
	if (c->has_dct) {
		struct ymd d = ref_day(c);
		setv(m, "%04d-%02d-%02dT%02d:%02d", d.y, d.m, d.d, h, mi);
	}
	else
		setv(m, "XXXX-XX-XXT%02d:%02d", h, mi);
	m->v.gran = GRAN_TIME;
	return true;
}

/* ------------------------------------------------------------ the pass */

#define KIND(k) (1u << (k))
#define CLS(c) (1ULL << (c))

_Static_assert(TC_MAX <= 64, "a matcher's start classes are bits of a uint64_t");

/*
 * The matchers, each with the tokens it may start at, read off its first
 * tests: their kinds (enum tkind), or their classes (a token's cls or
 * cls2).  A matcher is tried only at such a token; keep each row in step
 * with its mx_* (`make asan` builds with DL_CHECK_TABLES: every matcher is
 * then tried everywhere, and a match its row rules out aborts).
 */
static const struct matcher {
	bool (*fn)(const struct ctx *, size_t, struct m *);
	uint8_t kinds;
	uint64_t cls;
} matchers[] = {
	{ mx_iso, KIND(K_NUM), 0 },
	{ mx_numeric, KIND(K_NUM), 0 },
	{ mx_dmy, KIND(K_NUM), CLS(TC_WEEKDAY) | CLS(TC_ORDINAL) },	/* skip_weekday, day_at */
	{ mx_mdy, 0, CLS(TC_WEEKDAY) | CLS(TC_MONTH) },
	{ mx_my, 0, CLS(TC_MONTH) },
	{ mx_period, KIND(K_NUM) | KIND(K_ALNUM),	/* period_prefix, period_at */
	  CLS(TC_THIS) | CLS(TC_PAST) | CLS(TC_NEXT) | CLS(TC_UNIT) | CLS(TC_ORDINAL) |
	  CLS(TC_QUARTER) },
	{ mx_season, 0, CLS(TC_SEASON) },
	{ mx_holiday, 0, CLS(TC_HOLIDAY) },
	{ mx_century, KIND(K_WORD), CLS(TC_ORDINAL) },	/* "XXIe", "21st" before "century" */
	{ mx_year, KIND(K_NUM) | KIND(K_ALNUM), CLS(TC_NUMBER) | CLS(TC_UNIT) | CLS(TC_DECADE) },
	{ mx_dayref, 0, CLS(TC_DAYREF) },
	{ mx_ref, 0, CLS(TC_REF) },
	{ mx_weekday, 0, CLS(TC_WEEKDAY) },
	{ mx_duration, KIND(K_NUM),	/* a term, "il y a", number_at, "day-long" */
	  CLS(TC_TERM) | CLS(TC_AGO_PRE) | CLS(TC_NUMBER) | CLS(TC_FEW) | CLS(TC_UNIT) },
	{ mx_set, 0, CLS(TC_SETADV) | CLS(TC_EVERY) },	/* then month, season */
	{ mx_time, KIND(K_NUM) | KIND(K_ALNUM), 0 },
	{ mx_relative, 0,
	  CLS(TC_THIS) | CLS(TC_PAST) | CLS(TC_NEXT) | CLS(TC_PARTDAY) | CLS(TC_UNIT) |
	  CLS(TC_QUARTER) },
	{ mx_month, 0, CLS(TC_MONTH) },
};

#define NMATCHERS (sizeof matchers / sizeof matchers[0])

_Static_assert(NMATCHERS <= 32, "the matchers that may start at a token are bits of a uint32_t");

/* By kind and by class, the matchers (bit K: matchers[K]) that may start
 * at such a token: the rows above turned around, once. */
static uint32_t start_kind[K_PUNCT + 1], start_cls[TC_MAX];
static pthread_once_t startonce = PTHREAD_ONCE_INIT;

static void
starts_build(void)
{
	for (size_t k = 0; k < NMATCHERS; k++) {
		for (int q = 0; q <= K_PUNCT; q++)
			if ((matchers[k].kinds >> q) & 1)
				start_kind[q] |= 1u << k;
		for (int q = 0; q < TC_MAX; q++)
			if ((matchers[k].cls >> q) & 1)
				start_cls[q] |= 1u << k;
	}
}

/* The matchers that may start at token T. */
static uint32_t
starts_at(const struct tok *t)
{
	return start_kind[t->kind] | start_cls[t->cls] | start_cls[t->cls2];
}

/* A lower-case word the tables do not know: neither a prefix nor a day,
 * and no expression starts there (may_start()). */
static bool
plain_word(const struct tok *t)
{
	return t->kind == K_WORD && t->cls == TC_NONE && t->cls2 == TC_NONE && !t->cap;
}

/* A punctuation mark or a plain word: neither a prefix nor a day, and no
 * expression starts there. */
static bool
inert(const struct tok *t)
{
	return t->kind == K_PUNCT || plain_word(t);
}

/* make asan: every token goes through longest(), inert ones too, so that
 * the start tables are checked everywhere. */
#ifdef DL_CHECK_TABLES
#define SKIP_INERT false
#else
#define SKIP_INERT true
#endif

/*
 * Can an expression start at token I?  A number, a word of a class some
 * matcher's row starts at (start_cls[]); or any word before "century"
 * (mx_century: "XXIe siècle"), but a plain lower-case word the tables do
 * not know.  Punctuation never.
 */
static inline bool
may_start(const struct ctx *c, size_t i)
{
	const struct tok *t = at(c, i);

	if (t->kind == K_NUM || t->kind == K_ALNUM ||
	    (start_cls[t->cls] | start_cls[t->cls2]) != 0)
		return true;
	if (t->kind != K_WORD || plain_word(t))
		return false;
	return is_cls(c, i + 1, TC_CENTURY);
}

/* Matcher X at I, in M: true if it matches.  MAY: X's row lets it start
 * at I (else DL_CHECK_TABLES tries it, and a match aborts). */
static bool
try_one(const struct ctx *c, const struct matcher *x, size_t i, struct m *m, bool may)
{
	memset(m, 0, sizeof *m);
	m->b = i;
	m->type = TX_DATE;
	if (!x->fn(c, i, m) || m->e <= i)
		return false;
#ifdef DL_CHECK_TABLES
	if (!may)
		abort();
#endif
	return true;
}

/* Every matcher at I: the longest match in BEST (the first of the longest),
 * true if any. */
static bool
try_all(struct ctx *c, size_t i, bool after_mod, struct m *best)
{
	struct m m;
	bool found = false;

	uint32_t may = starts_at(at(c, i)), todo = may;

#ifdef DL_CHECK_TABLES
	todo = ~0u;	/* make asan: every matcher, the rows checked */
#endif
	c->after_mod = after_mod;
	for (size_t k = 0; k < NMATCHERS; k++)
		if (((todo >> k) & 1) && try_one(c, &matchers[k], i, &m, (may >> k) & 1) &&
		    (!found || m.e > best->e)) {
			*best = m;
			found = true;
		}
	return found;
}

/* The longest match of any matcher at I.  Returns true and fills BEST. */
static bool
longest(struct ctx *c, size_t i, bool after_mod, struct m *best)
{
	c->cur = i;
	if (!may_start(c, i)) {
#ifdef DL_CHECK_TABLES
		/* make asan: may_start() checked against every matcher. */
		struct m none;
		if (try_all(c, i, after_mod, &none))
			abort();
#endif
		return false;
	}
	return try_all(c, i, after_mod, best);
}

struct out {
	struct timex *tx;
	size_t n, cap, max;
};

/*
 * The day value V names by its first ten bytes ("2021-05-26T14:30":
 * 2021-05-26), in *DAY; false if they name none.  RANGED and BEG: V's own
 * range, the same when V is no longer.
 */
static bool
day_of(const struct tval *v, bool ranged, struct ymd beg, struct ymd *day)
{
	struct tval t;
	struct ymd b = beg, e;
	char ten[11];

	if (strnlen(v->v, 11) > 10) {
		fmt_str(ten, sizeof ten, "%.10s", v->v);
		ranged = tval_parse(ten, &t) == 0 && tval_range(&t, &b, &e) == 0;
		beg = b;
	}
	if (ranged)
		*day = beg;
	return ranged;
}

static void
emit(struct doc *d, struct out *o, struct ctx *c, const struct m *m,
    uint32_t sent)
{
	if (m->v.gran == GRAN_QUARTER && m->v.v[0] != 'X' && !m->anaph)
		fmt_str(c->last_q, sizeof c->last_q, "%s", m->v.v);
	if (m->new_period)
		c->last_q[0] = '\0';
	/* The anchor of "the following year": the start of a year, month or
	 * day named (of a week, quarter or season: its year) */
	struct ymd ab, ae;
	bool ranged = tval_range(&m->v, &ab, &ae) == 0;
	int g = 0;
	if (m->type == TX_DATE && ranged)
		g = m->v.gran == GRAN_DAY || m->v.gran == GRAN_TIME ? 3 :
		    m->v.gran == GRAN_MONTH ? 2 : m->v.gran >= GRAN_YEAR ? 1 : 0;
	if (g) {
		c->anc = g == 1 ? (struct ymd){ atoi(m->v.v), 1, 1 } : ab;
		c->anc_gran = g;
	}
	if ((m->v.gran == GRAN_DAY || m->v.gran == GRAN_TIME) && m->v.v[0] != 'X' &&
	    m->v.v[0] != 'P' && day_of(&m->v, ranged, ab, &c->ref))
		c->has_ref = true;
	struct timex *t;

	if (o->n >= o->max || m->e <= m->b)
		return;
	GROW(o->tx, o->cap, o->n + 1);
	t = &o->tx[o->n++];
	memset(t, 0, sizeof *t);
	t->beg = c->t[m->b].beg;
	t->end = c->t[m->e - 1].end;
	t->span = doc_span(d, t->beg, t->end);
	t->type = m->type;
	t->val = m->v;
	t->sent = sent;
	if (t->type == TX_DURATION || t->type == TX_SET)
		t->val.gran = GRAN_NONE;
}

/*
 * A prefix that changes a date without being one: determiners ("the",
 * "le", "l'"), position words ("early", "mid-", "fin", "la fin de",
 * "at the beginning of") and approximations ("around", "environ").
 * Returns the token after the prefix and the mod it implies.
 */
static size_t
prefix(const struct ctx *c, size_t i, int *mod, bool *after_mod, size_t *span_b)
{
	size_t k = i;

	*mod = MOD_NONE;
	*after_mod = false;
	*span_b = i;
	if (is_cls(c, k, TC_APPROX) || compar_at(c, k)) {
		/* "about two weeks", "more than a year ago", "plus de deux ans" */
		bool compar = is_cls(c, k, TC_COMPAR);
		bool keep = compar || at(c, k)->val == APPROX_IN_SPAN;
		bool out = !compar && at(c, k)->val == APPROX_OUT_OF_SPAN;
		*mod = compar ? at(c, k)->val % 100 : MOD_APPROX;
		k++;
		if (*mod != MOD_APPROX && is_cls(c, k, TC_OF))
			k++;
		if ((!c->r->approx_in_span && !keep) || out)
			*span_b = k;	/* "about two weeks": the span leaves "about" out,
					 * "more than two weeks", "nearly a year" keep theirs */
	}
	if (is_cls(c, k, TC_DET)) {
		k++;
		if (!c->r->det_in_span && !(is_cls(c, k, TC_MOD) && at(c, k)->val < 200))
			*span_b = k;	/* "the end of 2022" keeps "the", "the post-1959 rules" not */
	}
	if (is_cls(c, k, TC_MOD)) {
		int v = at(c, k)->val;
		bool need_of = v >= 100 && v < 200;
		if (need_of && !is_cls(c, k + 1, TC_OF))
			return i;	/* "end December 31": not a position */
		if (v >= 200 && !(is_punct(c, k + 1, '-') && !at(c, k + 1)->space_before &&
		    !at(c, k + 2)->space_before))
			return i;	/* "to post 2020 results": no "post-2020" */
		*mod = v % 100;
		*after_mod = true;
		k++;
		if (is_punct(c, k, '-') && !at(c, k)->space_before)
			k++;
		if (has_cls(c, k, TC_OF))	/* "the end of", "la fin du" */
			k++;
		if (is_cls(c, k, TC_DET))
			k++;
	}
	return k;
}

static bool md_range(const struct ctx *, struct m *, struct m *);

/* Emit M (its year from the range it begins, if any: range_year()), and
 * the second bound of a day range after it if one follows (md_range());
 * the token after what was emitted. */
/* Tokens [B, E) hold a year of their own ("2024", not a guessed one). */
static bool
year_written(const struct ctx *c, size_t b, size_t e)
{
	for (size_t k = b; k < e; k++)
		if (year_at(c, k))
			return true;
	return false;
}

/*
 * M, a month, day, quarter or half whose year was guessed, is the first
 * bound of a range whose second bound, of the same kind, writes its year
 * ("from January to March 2023", "du 3 janvier au 5 mars 2024", "from Q3
 * to Q4 2022"): that year, or the one before when M comes later in the
 * year ("from November to March 2023").
 */
static void
range_year(struct ctx *c, struct m *m)
{
	size_t k = m->e;
	size_t len = strlen(m->v.v);
	struct m next;

	if (m->type != TX_DATE || m->v.mod != MOD_NONE || (len != 7 && len != 10) ||
	    m->v.v[0] < '0' || m->v.v[0] > '9' || year_written(c, m->b, m->e))
		return;
	if (!(is_cls(c, k, TC_RANGE) || is_cls(c, k, TC_AND) || is_punct(c, k, '-')))
		return;
	if (!longest(c, k + 1, false, &next) || next.type != TX_DATE ||
	    next.v.gran != m->v.gran || strlen(next.v.v) != len ||
	    !year_written(c, next.b, next.e))
		return;
	/* The part after the year: "03", "Q3", "03-05"; its first number orders */
	const char *p = m->v.v + 5, *q = next.v.v + 5;
	int a = atoi(*p >= '0' && *p <= '9' ? p : p + 1);
	int b = atoi(*q >= '0' && *q <= '9' ? q : q + 1);
	int y = atoi(next.v.v) - (a > b);
	if (len == 10 && !ymd_valid(y, a, atoi(m->v.v + 8)))
		return;
	char rest[sizeof m->v.v];
	memcpy(rest, p, strlen(p) + 1);
	setv(m, "%04d-%s", y, rest);
}

static size_t
emit_with_range(struct doc *d, struct out *o, struct ctx *c, struct m *m,
    uint32_t sent)
{
	struct m second;

	range_year(c, m);
	if (!md_range(c, m, &second)) {
		emit(d, o, c, m, sent);
		return m->e;
	}
	emit(d, o, c, m, sent);
	emit(d, o, c, &second, sent);
	return second.e;
}

/*
 * A day range written month first: "March 3-5", "March 3 to 5, 2024",
 * "May 12 and 13".  FIRST (matched, a day ending with its day number) is
 * the first bound; the second day (and a year after it, which both bounds
 * take) goes to SECOND.  False, FIRST untouched, if none follows.
 */
static bool
md_range(const struct ctx *c, struct m *first, struct m *second)
{
	size_t k = first->e;
	int d1, d2, y, mo;

	if (first->type != TX_DATE || first->v.mod != MOD_NONE ||
	    strlen(first->v.v) != 10 || first->v.v[0] == 'X' || k == 0 ||
	    at(c, k - 1)->kind == K_WORD || (d1 = day_at(c, k - 1)) == 0)
		return false;	/* not a whole day that ends with its number */
	if (!(is_cls(c, k, TC_RANGE) || is_cls(c, k, TC_AND) ||
	    (is_punct(c, k, '-') && !at(c, k + 1)->space_before)))
		return false;
	if (at(c, k + 1)->kind == K_WORD || (d2 = day_at(c, k + 1)) <= d1 ||
	    is_cls(c, k + 2, TC_MONTH) || is_cls(c, k + 2, TC_UNIT))
		return false;	/* "March 3 to 5 April", "March 3-5 years" */
	y = atoi(first->v.v);
	mo = atoi(first->v.v + 5);
	memset(second, 0, sizeof *second);
	second->b = k + 1;
	second->e = k + 2;
	second->type = TX_DATE;
	if (is_punct(c, k + 2, ',') && year_at(c, k + 3)) {
		y = year_at(c, k + 3);	/* "March 3-5, 2024" */
		second->e = k + 4;
	} else if (year_at(c, k + 2)) {
		y = year_at(c, k + 2);
		second->e = k + 3;
	}
	if (!ymd_valid(y, mo, d1) || !ymd_valid(y, mo, d2))
		return false;
	setv(first, "%04d-%02d-%02d", y, mo, d1);
	setv(second, "%04d-%02d-%02d", y, mo, d2);
	second->v.gran = GRAN_DAY;
	return true;
}

size_t
tx_run(const struct lang *l, struct doc *d, size_t max)
{
	const struct tx_rules *r = l ? l->tx : NULL;
	const struct lexidx *ix = r ? lex_for(r) : NULL;
	struct toks ts = {0};
	struct out o = { .max = max };
	struct ctx c;

	d->tx = NULL;
	d->ntx = 0;
	if (r == NULL || r->lex == NULL || d->norm == NULL)
		return 0;
	pthread_once(&startonce, starts_build);
	memset(&c, 0, sizeof c);
	c.r = r;
	c.ix = ix;
	c.last_q[0] = '\0';
	if (d->has_dct) {
		struct tval t;
		struct ymd b, e;
		if (tval_parse(d->dct.v, &t) == 0 && tval_range(&t, &b, &e) == 0) {
			c.has_dct = true;
			c.dct = b;
		}
	}
	for (size_t s = 0; s < d->nsents && o.n < o.max; s++) {
		tokenize(ix, r, d->norm, d->sents[s].beg, d->sents[s].end, &ts);
		c.ts = &ts;
		c.t = ts.t;
		c.n = ts.n;
		c.future = false;
		c.past = false;
		/* A past tense in a relative clause ("the pilot, which began
		 * last September, ends in June") is not the sentence's. */
		bool rel = false;
		for (size_t k = 0; k < ts.n; k++)
			if (ts.t[k].cls == TC_FUTURE)
				c.future = true;
			else if (ts.t[k].cls == TC_PASTV && !rel)
				c.past = true;
			else if (ts.t[k].cls == TC_REL)
				rel = true;
			else if (ts.t[k].kind == K_PUNCT && strchr(",;:", ts.t[k].f[0]))
				rel = false;
		if (c.future)
			c.past = false;
		for (size_t i = 0; i < ts.n; ) {
			struct m best;
			int mod;
			bool after_mod;
			size_t span_b;

			if (SKIP_INERT && inert(&ts.t[i])) {
				i++;
				continue;
			}
			size_t j = prefix(&c, i, &mod, &after_mod, &span_b);

			/* Day ranges: "du 3 au 5 mars 2024", "from 3 to 5 March". */
			if (day_at(&c, j) && at(&c, j)->kind != K_WORD &&
			    (is_cls(&c, j + 1, TC_RANGE) || is_cls(&c, j + 1, TC_AND) ||
			    is_punct(&c, j + 1, '-'))) {
				struct m second;
				memset(&second, 0, sizeof second);
				second.b = j + 2;
				second.type = TX_DATE;
				/* "entre le 3 et le 15 avril" */
				size_t sj = is_cls(&c, j + 2, TC_DET) ? j + 3 : j + 2;
				if (sj > j + 2 && !c.r->det_in_span)
					second.b = sj;
				if (mx_dmy(&c, sj, &second)) {
					struct m first = second;
					int day = day_at(&c, j);
					first.b = c.r->det_in_span && j > 0 && is_cls(&c, j - 1, TC_DET) ? j - 1 : j;	/* "le 3" */
					first.e = j + 1;
					char v[sizeof first.v.v];
					memcpy(v, second.v.v, sizeof v);
					size_t len = strlen(v);
					if (len >= 10) {
						fmt_str(v + len - 2, 3, "%02d", day);
						setv(&first, "%s", v);
						emit(d, &o, &c, &first, (uint32_t)s);
					}
					emit(d, &o, &c, &second, (uint32_t)s);
					i = second.e;
					continue;
				}
			}
			if (j > i && longest(&c, j, after_mod, &best)) {
				best.b = span_b < j ? span_b : j;
				if (best.det_ok && span_b > i && plain_det(&c, i))
					best.b = i;	/* "the quarter" */
				if (mod_compares(mod)) {
					/* a comparison: of a duration, or of how far back
					 * or ahead a date is; nothing else */
					if (best.v.mod == MOD_NONE && best.type == TX_DURATION)
						best.v.mod = (uint8_t)mod;
					else if (best.v.mod == MOD_NONE && best.ago)
						best.v.mod = (uint8_t)ago_mod(mod, best.ago);
				} else if (mod != MOD_NONE && best.v.mod == MOD_NONE &&
				    (best.type == TX_DATE || (mod == MOD_APPROX &&
				    best.type != TX_SET)))
					best.v.mod = (uint8_t)mod;
				/* "the" before a bare year or day is not part of it
				 * in TimeML unless a mod came with it. */
				i = emit_with_range(d, &o, &c, &best, (uint32_t)s);
				continue;
			}
			if (longest(&c, i, false, &best)) {
				i = emit_with_range(d, &o, &c, &best, (uint32_t)s);
				continue;
			}
			i++;
		}
	}
	free(ts.t);
	if (o.n) {
		d->tx = arena_alloc(d->a, o.n * sizeof *d->tx);
		memcpy(d->tx, o.tx, o.n * sizeof *d->tx);
		d->ntx = o.n;
	}
	free(o.tx);
	return d->ntx;
}
