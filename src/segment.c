/*
 * segment.c - sentences from ICU's sentence break iterator.
 *
 * The iterator is opened once per language and per worker ("en@ss=standard":
 * CLDR's own suppressions), and reused for every document.  On top of ICU:
 *   - a break right after one of the language's abbreviations ("M.", "Inc.",
 *     "S.A.", "av. J.-C.") is dropped, unless a blank line follows;
 *   - every sentence is trimmed of surrounding white space; empty ones go.
 * ICU works on UTF-16: the normalized text is converted once per document,
 * noting where each non-ASCII code point ends in both (ASCII is a unit a
 * byte), which takes a break's unit offset back to its byte offset.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/ubrk.h>
#include <unicode/ustring.h>

#include "segment.h"
#include "util.h"

#define SEG_MAX_LANGS 8

/* Bucket of "." itself; bucket c < 256: those ending in c and '.'. */
#define DOT_ALONE 256

/* One language's iterator, and its abbreviations ending in '.' by bucket. */
struct seg_lang {
	const struct lang *l;
	UBreakIterator *bi;
	size_t *alen;		/* strlen of l->abbrevs[i] */
	size_t *order;		/* indexes into l->abbrevs, bucket by bucket */
	size_t from[DOT_ALONE + 2];	/* bucket b: order[from[b]..from[b+1]) */
};

/* Where a non-ASCII code point ends, in UTF-16 units and in bytes. */
struct anchor {
	int32_t unit;
	uint32_t byte;
};

struct seg {
	struct seg_lang it[SEG_MAX_LANGS];
	int n;
	UChar *u;		/* scratch UTF-16 text */
	struct anchor *anc;	/* its anchors, in order */
	size_t cap, anccap, nanc;
};

struct seg *
seg_new(void)
{
	return xcalloc(1, sizeof(struct seg));
}

void
seg_free(struct seg *s)
{
	if (s == NULL)
		return;
	for (int i = 0; i < s->n; i++) {
		ubrk_close(s->it[i].bi);
		free(s->it[i].alen);
		free(s->it[i].order);
	}
	free(s->u);
	free(s->anc);
	free(s);
}

/* The bucket of abbreviation A, of K bytes, or -1 if it ends in no '.'. */
static int
bucket_of(const char *a, size_t k)
{
	if (k == 0 || a[k - 1] != '.')
		return -1;
	return k == 1 ? DOT_ALONE : (unsigned char)a[k - 2];
}

/* IT's N abbreviations (lengths known) sorted into their buckets. */
static void
bucket_abbrevs(struct seg_lang *it, size_t n)
{
	const char *const *a = it->l->abbrevs;

	it->order = xcalloc(n + 1, sizeof *it->order);
	memset(it->from, 0, sizeof it->from);
	for (size_t i = 0; i < n; i++) {
		int b = bucket_of(a[i], it->alen[i]);
		if (b >= 0)
			it->from[b + 1]++;
	}
	for (int b = 0; b <= DOT_ALONE; b++)
		it->from[b + 1] += it->from[b];
	size_t at[DOT_ALONE + 1];
	memcpy(at, it->from, sizeof at);
	for (size_t i = 0; i < n; i++) {
		int b = bucket_of(a[i], it->alen[i]);
		if (b >= 0)
			it->order[at[b]++] = i;
	}
}

/* The iterator of language L (opened on first use), or NULL. */
static const struct seg_lang *
iterator(struct seg *s, const struct lang *l)
{
	UErrorCode e = U_ZERO_ERROR;
	struct seg_lang *it;
	char loc[32];
	size_t n = 0;

	for (int i = 0; i < s->n; i++)
		if (s->it[i].l == l)
			return &s->it[i];
	if (s->n == SEG_MAX_LANGS)
		return &s->it[0];
	snprintf(loc, sizeof loc, "%s@ss=standard", l->code);
	UBreakIterator *bi = ubrk_open(UBRK_SENTENCE, loc, NULL, 0, &e);
	if (U_FAILURE(e))
		return NULL;
	it = &s->it[s->n++];
	it->l = l;
	it->bi = bi;
	while (l->abbrevs && l->abbrevs[n])
		n++;
	it->alen = xcalloc(n + 1, sizeof *it->alen);
	for (size_t i = 0; i < n; i++)
		it->alen[i] = strlen(l->abbrevs[i]);
	bucket_abbrevs(it, n);
	return it;
}

/*
 * Does T[beg, end) end with one of IT's abbreviations of bucket B, starting
 * a word?
 */
static bool
bucket_abbrev(const struct seg_lang *it, int b, const char *t, size_t beg,
    size_t end)
{
	for (size_t j = it->from[b]; j < it->from[b + 1]; j++) {
		const char *a = it->l->abbrevs[it->order[j]];
		size_t k = it->alen[it->order[j]];
		if (k > end - beg)
			continue;
		size_t st = end - k;
		/* The normalized text has no NUL: memcmp is strncmp here. */
		if (t[st] != a[0] || memcmp(t + st, a, k) != 0)
			continue;
		/* The abbreviation must start a word. */
		if (st == beg || t[st - 1] == ' ' || t[st - 1] == '(' ||
		    t[st - 1] == '\n' || t[st - 1] == '"' || t[st - 1] == '\'')
			return true;
	}
	return false;
}

/*
 * Does T[beg, end), ending in '.', end with one of IT's abbreviations,
 * starting a word?  Only "." itself, or one ending in the byte before the
 * '.', can.
 */
static bool
listed_abbrev(const struct seg_lang *it, const char *t, size_t beg,
    size_t end)
{
	return (end - beg >= 2 &&
	    bucket_abbrev(it, (unsigned char)t[end - 2], t, beg, end)) ||
	    bucket_abbrev(it, DOT_ALONE, t, beg, end);
}

/* Does the text before byte END (spaces trimmed) end with an abbreviation? */
static bool
ends_with_abbrev(const struct seg_lang *it, const char *t, size_t beg,
    size_t end)
{
	while (end > beg && (t[end - 1] == ' ' || t[end - 1] == '\t'))
		end--;
	if (end == beg || t[end - 1] != '.')
		return false;
	if (listed_abbrev(it, t, beg, end))
		return true;
	/* A single capital initial: "J. Smith". */
	return end - beg >= 2 && t[end - 2] >= 'A' && t[end - 2] <= 'Z' &&
	    (end - beg == 2 || t[end - 3] == ' ');
}

static void
add_sentence(struct doc *d, size_t *cap, size_t beg, size_t end)
{
	const char *t = d->norm;

	while (beg < end && (t[beg] == ' ' || t[beg] == '\n' || t[beg] == '\t'))
		beg++;
	while (end > beg && (t[end - 1] == ' ' || t[end - 1] == '\n' || t[end - 1] == '\t'))
		end--;
	if (beg == end)
		return;
	if (d->nsents == *cap) {
		size_t nc = *cap ? *cap * 2 : 64;
		struct sent *ns = arena_alloc(d->a, nc * sizeof *ns);
		if (d->nsents)
			memcpy(ns, d->sents, d->nsents * sizeof *ns);
		d->sents = ns;
		*cap = nc;
	}
	d->sents[d->nsents].beg = (uint32_t)beg;
	d->sents[d->nsents].end = (uint32_t)end;
	d->sents[d->nsents].boiler = false;
	d->nsents++;
}

/*
 * The run of ASCII bytes but NUL at T[0..n) (as ascii_span() finds it),
 * copied to U a unit a byte: its length.
 */
static size_t
widen_ascii(UChar *restrict u, const unsigned char *restrict t, size_t n)
{
	size_t i = 0;

	/* Eight at a time (a fixed count the compiler vectorizes). */
	for (; n - i >= 8 && ascii8(t + i); i += 8)
		for (int j = 0; j < 8; j++)
			u[i + j] = t[i + j];
	for (; i < n && t[i] - 1u < 0x7Fu; i++)
		u[i] = t[i];
	return i;
}

/*
 * S's scratch: UTF-8 T[0..n) in UTF-16, with the anchors (room for N
 * units and N anchors); the units' count.
 */
static int32_t
to_utf16(struct seg *s, const unsigned char *t, size_t n)
{
	UChar *u = s->u;
	int32_t ulen = 0;

	s->nanc = 0;
	for (size_t i = 0; i < n; ) {
		/* A run of ASCII: a unit a byte. */
		size_t k = widen_ascii(u + ulen, t + i, n - i);
		ulen += (int32_t)k;
		i += k;
		if (i >= n)
			break;
		int len, cp = utf8_decode(t + i, n - i, &len);
		if (cp < 0)
			cp = 0xFFFD;
		U16_APPEND_UNSAFE(u, ulen, cp);
		i += (size_t)len;
		s->anc[s->nanc].unit = ulen;
		s->anc[s->nanc++].byte = (uint32_t)i;
	}
	return ulen;
}

/*
 * The byte offset of unit B (a code point's start, or the end), B never
 * below the one asked before: *K is the first anchor not yet passed.
 */
static size_t
unit_byte(const struct seg *s, int32_t b, size_t *k)
{
	const struct anchor *a;

	while (*k < s->nanc && s->anc[*k].unit <= b)
		(*k)++;
	if (*k == 0)
		return (size_t)b;
	a = &s->anc[*k - 1];
	return a->byte + (size_t)(b - a->unit);
}

int
seg_run(struct seg *s, const struct lang *l, struct doc *d)
{
	UErrorCode e = U_ZERO_ERROR;
	const struct seg_lang *it;
	UBreakIterator *bi;
	int32_t ulen = 0;
	size_t cap = 0, start = 0, passed = 0;

	d->sents = NULL;
	d->nsents = 0;
	if (d->norm_n == 0)
		return 0;
	if (d->norm_n > INT32_MAX / 2) {
		add_sentence(d, &cap, 0, d->norm_n);
		return -1;
	}
	/* UTF-8 -> UTF-16, with the anchors back to bytes. */
	GROW(s->u, s->cap, d->norm_n + 1);
	GROW(s->anc, s->anccap, d->norm_n + 1);
	ulen = to_utf16(s, (const unsigned char *)d->norm, d->norm_n);

	it = iterator(s, l);
	bi = it ? it->bi : NULL;
	if (bi == NULL) {
		add_sentence(d, &cap, 0, d->norm_n);
		return -1;
	}
	ubrk_setText(bi, s->u, ulen, &e);
	if (U_FAILURE(e)) {
		add_sentence(d, &cap, 0, d->norm_n);
		return -1;
	}
	for (int32_t b = ubrk_following(bi, 0); b != UBRK_DONE; b = ubrk_next(bi)) {
		size_t end = unit_byte(s, b, &passed);
		/* Keep going past an abbreviation, unless a line break ends it. */
		if (b < ulen && ends_with_abbrev(it, d->norm, start, end)) {
			size_t k = end;
			while (k > start && d->norm[k - 1] == ' ')
				k--;
			if (memchr(d->norm + k, '\n', end - k) == NULL)
				continue;
		}
		add_sentence(d, &cap, start, end);
		start = end;
	}
	if (start < d->norm_n)
		add_sentence(d, &cap, start, d->norm_n);
	/* ubrk_setText keeps a pointer to our scratch: clear it. */
	ubrk_setText(bi, NULL, 0, &e);
	return 0;
}
