/*
 * normalize.c - NFC and typographic folding, with a map back to the original.
 *
 * One pass over the original text's code points.  The text is cut into
 * normalization chunks (a starter and the code points that combine with it,
 * ICU's unorm2_hasBoundaryBefore, asked once per worker for the code points
 * below U+0300); a chunk of one code point below U+0300 is already NFC and is
 * copied, any other chunk goes through unorm2_normalize.  Runs of printable
 * ASCII, each byte followed by another, are copied as they are.
 * Every output byte records the code-point offset of the original character it
 * came from, so a span over the normalized text maps back exactly.
 *
 * Then each code point is folded by the table below: quotes and apostrophes
 * to ' and ", exotic spaces to ' ', dashes to '-', invisible characters
 * dropped.  Line ends: CRLF and CR become LF; a single line break inside a
 * paragraph becomes a space (hard-wrapped text), a blank line stays a
 * paragraph break, and a line break after a short line (a heading, a list
 * item) stays a line break.
 */
#include <stdlib.h>
#include <string.h>

#include <unicode/unorm2.h>
#include <unicode/ustring.h>

#include "normalize.h"
#include "util.h"


/* What a code point becomes: DROP, or a replacement code point. */
#define DROP 0xFFFFFFFFu

struct fold {
	unsigned from, to;	/* inclusive range */
	unsigned as;		/* replacement or DROP */
};

/* Sorted by range; looked up by binary search. */
static const struct fold folds[] = {
	{ 0x0000, 0x0008, ' ' },	/* C0 controls */
	{ 0x000B, 0x000C, '\n' },	/* VT, FF */
	{ 0x000E, 0x001F, ' ' },
	{ 0x007F, 0x007F, DROP },
	{ 0x0080, 0x0084, DROP },
	{ 0x0085, 0x0085, '\n' },	/* NEL */
	{ 0x0086, 0x009F, DROP },
	{ 0x00A0, 0x00A0, ' ' },	/* no-break space */
	{ 0x00AB, 0x00AB, '"' },	/* guillemets */
	{ 0x00AD, 0x00AD, DROP },	/* soft hyphen */
	{ 0x00BB, 0x00BB, '"' },
	{ 0x02BC, 0x02BC, '\'' },	/* modifier letter apostrophe */
	{ 0x061C, 0x061C, DROP },	/* Arabic letter mark */
	{ 0x1680, 0x1680, ' ' },
	{ 0x180E, 0x180E, DROP },
	{ 0x2000, 0x200A, ' ' },	/* en quad .. hair space */
	{ 0x200B, 0x200F, DROP },	/* zero width, LRM, RLM */
	{ 0x2010, 0x2015, '-' },	/* hyphens and dashes */
	{ 0x2018, 0x201B, '\'' },	/* single quotes */
	{ 0x201C, 0x201F, '"' },	/* double quotes */
	{ 0x2028, 0x2029, '\n' },	/* line, paragraph separators */
	{ 0x202A, 0x202E, DROP },	/* bidi embeddings, overrides */
	{ 0x202F, 0x202F, ' ' },	/* narrow no-break space */
	{ 0x2032, 0x2032, '\'' },	/* prime */
	{ 0x2033, 0x2033, '"' },
	{ 0x2039, 0x2039, '"' },	/* single guillemets */
	{ 0x203A, 0x203A, '"' },
	{ 0x205F, 0x205F, ' ' },
	{ 0x2060, 0x2064, DROP },	/* word joiner, invisible operators */
	{ 0x2066, 0x206F, DROP },	/* bidi isolates, deprecated formats */
	{ 0x2212, 0x2212, '-' },	/* minus sign */
	{ 0x3000, 0x3000, ' ' },
	{ 0xFE58, 0xFE58, '-' },
	{ 0xFE63, 0xFE63, '-' },
	{ 0xFEFF, 0xFEFF, DROP },	/* BOM, zero-width no-break space */
	{ 0xFF0D, 0xFF0D, '-' },
};

static unsigned
fold(unsigned cp)
{
	size_t lo = 0, hi = sizeof folds / sizeof folds[0];

	if (cp >= 0x20 && cp < 0x7F)
		return cp;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (cp < folds[mid].from)
			hi = mid;
		else if (cp > folds[mid].to)
			lo = mid + 1;
		else
			return folds[mid].as;
	}
	return cp;
}

/* The normalized bytes, and for each the code point it came from. */
struct out {
	struct buf b;
	uint32_t *map;
	size_t cap;
};

/* Normalized bytes whose scratch a worker keeps for the next document. */
#define SCRATCH_KEEP_MAX (1u << 20)

/* Code points below this ask ICU nothing: their answer is in a table. */
#define LOW_CP 0x300

struct norm {
	const UNormalizer2 *nfc;	/* owned by ICU, never closed */
	bool boundary[LOW_CP];	/* unorm2_hasBoundaryBefore() of each */
	bool printable_starts;	/* boundary[] of all printable ASCII */
	struct out o;		/* scratch, kept from one document to the next */
};

struct norm *
norm_new(void)
{
	struct norm *n = xcalloc(1, sizeof *n);
	UErrorCode e = U_ZERO_ERROR;

	n->nfc = unorm2_getNFCInstance(&e);
	if (U_FAILURE(e))
		n->nfc = NULL;
	for (UChar32 c = 0; c < LOW_CP; c++)
		n->boundary[c] = n->nfc == NULL ||
		    unorm2_hasBoundaryBefore(n->nfc, c);
	n->printable_starts = true;
	for (int c = 0x20; c < 0x7F; c++)
		n->printable_starts = n->printable_starts && n->boundary[c];
	return n;
}

static void
out_free(struct out *o)
{
	buf_free(&o->b);
	free(o->map);
	o->map = NULL;
	o->cap = 0;
}

void
norm_free(struct norm *n)
{
	if (n == NULL)
		return;
	out_free(&n->o);
	free(n);
}

/* Does a normalization chunk start at CP (nothing before combines with it)? */
static bool
boundary(const struct norm *nm, int cp)
{
	return cp < LOW_CP ? nm->boundary[cp] :
	    unorm2_hasBoundaryBefore(nm->nfc, (UChar32)cp);
}

/* Room for K more bytes (and a NUL) and their map. */
static void
reserve(struct out *o, size_t k)
{
	if (o->b.n + k + 1 > o->b.cap)
		GROW(o->b.p, o->b.cap, o->b.n + k + 1);
	if (o->b.n + k + 1 > o->cap)
		GROW(o->map, o->cap, o->b.n + k + 1);
}

static void
emit(struct out *o, unsigned cp, uint32_t orig)
{
	size_t k;

	reserve(o, 4);
	if (cp == 0x2026) {	/* ellipsis: three dots */
		memcpy(o->b.p + o->b.n, "...", 3);
		k = 3;
	} else
		k = utf8_encode(cp, o->b.p + o->b.n);
	for (size_t i = 0; i < k; i++)
		o->map[o->b.n + i] = orig;
	o->b.n += k;
}

/* Does fold() leave byte C as it is (tab, LF, printable ASCII)? */
static inline bool
verbatim(unsigned char c)
{
	return (c >= 0x20 && c < 0x7F) || c == '\t' || c == '\n';
}

/* Are the 8 bytes at S all printable ASCII, 0x20 to 0x7E? */
static inline bool
printable8(const unsigned char *s)
{
	const uint64_t ones = 0x0101010101010101ULL, highs = ones << 7;
	uint64_t x;

	memcpy(&x, s, sizeof x);
	/* Below 0x20: borrows into its high bit; above 0x7E: carries into
	 * it, or has it. */
	return ((((x - 0x20 * ones) & ~x) | (x + ones) | x) & highs) == 0;
}

/*
 * The bytes from S[i] on (N in all) that are copied as they are: verbatim
 * ASCII, each followed by an ASCII byte that starts a chunk of its own, so
 * that nothing combines with it.
 */
static size_t
ascii_run(const struct norm *nm, const unsigned char *s, size_t i, size_t n)
{
	size_t j = i;

	for (;;) {
		/* Eight printable bytes: the first seven are in the run. */
		while (nm->printable_starts && n - j >= 8 && printable8(s + j))
			j += 7;
		if (!(j < n && verbatim(s[j]) &&
		    (j + 1 == n || (s[j + 1] < 0x80 && nm->boundary[s[j + 1]]))))
			return j - i;
		j++;
	}
}

/* Copy the K bytes at S, the first from code point CPI, as they are. */
static void
copy_run(struct out *o, const unsigned char *s, size_t k, uint32_t cpi)
{
	uint32_t *m;
	size_t i = 0;

	reserve(o, k);
	memcpy(o->b.p + o->b.n, s, k);
	m = o->map + o->b.n;
	/* Eight at a time, a fixed count the compiler vectorizes. */
	for (; k - i >= 8; i += 8)
		for (size_t j = 0; j < 8; j++)
			m[i + j] = cpi + (uint32_t)(i + j);
	for (; i < k; i++)
		m[i] = cpi + (uint32_t)i;
	o->b.n += k;
}

/* Fold one code point of the NFC text, and emit it. */
static void
put(struct out *o, unsigned cp, uint32_t orig)
{
	cp = fold(cp);
	if (cp != DROP)
		emit(o, cp, orig);
}

/*
 * Line breaks: LF after a line of LONG_LINE or more bytes that ends in a word
 * character continues the paragraph (hard-wrapped text).  A shorter line is a
 * heading or a list item: its break stays.
 */
#define LONG_LINE 40

static void
fix_lines(struct out *o)
{
	char *s = o->b.p;
	size_t n = o->b.n, line = 0;

	if (n == 0)
		return;
	for (char *nl = memchr(s, '\n', n); nl != NULL;
	    nl = memchr(nl + 1, '\n', (size_t)(s + n - nl - 1))) {
		size_t i = (size_t)(nl - s), len = i - line;
		bool blank_next = false;
		size_t j = i + 1;
		while (j < n && (s[j] == ' ' || s[j] == '\t'))
			j++;
		blank_next = j >= n || s[j] == '\n';
		unsigned char last = i > 0 ? (unsigned char)s[i - 1] : '\n';
		unsigned char first = j < n ? (unsigned char)s[j] : '\n';
		/* After a full stop the break stays only before a capital or a
		 * quote: "Oct.\n26" is one sentence. */
		bool stop = last == '.' || last == ':' || last == '!' || last == '?';
		bool capital = (first >= 'A' && first <= 'Z') || first == '"' ||
		    first == '\'' || first >= 0x80 || first == '-' || first == '*';
		if (!blank_next && len >= LONG_LINE && last != '\n' && (!stop || !capital))
			s[i] = ' ';
		line = i + 1;
	}
}

/*
 * One chunk from S[*i] (N bytes in all; code point *CPI): CP, of LEN bytes,
 * and the code points that combine with it, normalized, folded and
 * emitted; *I and *CPI move past it.  Returns 0, or -1 if ICU failed (the
 * chunk then kept as it is).
 */
static int
chunk(struct norm *nm, const unsigned char *s, size_t n, size_t *i,
    uint32_t *cpi, int cp, int len)
{
	size_t j = *i + (size_t)len;
	uint32_t cpj = *cpi + 1, at = *cpi;
	UChar in[64], outu[256];
	int nin = 0, rc = 0;
	bool simple = cp < LOW_CP;

	if (nm->nfc != NULL) {
		while (j < n) {
			int l2, c2 = utf8_decode(s + j, n - j, &l2);
			if (c2 < 0 || boundary(nm, c2))
				break;
			if (nin == 0) {
				U16_APPEND_UNSAFE(in, nin, cp);
			}
			if (nin > (int)(sizeof in / sizeof in[0]) - 2)
				break;	/* absurd combining run: stop here */
			U16_APPEND_UNSAFE(in, nin, c2);
			j += (size_t)l2;
			cpj++;
			simple = false;
		}
	}
	*i = j;
	*cpi = cpj;
	if (simple || nm->nfc == NULL) {
		put(&nm->o, (unsigned)cp, at);
		return 0;
	}
	UErrorCode e = U_ZERO_ERROR;
	int32_t k, m;
	if (nin == 0)
		U16_APPEND_UNSAFE(in, nin, cp);
	/* Quick check first: most chunks (a quote, a dash) are NFC already. */
	if (unorm2_quickCheck(nm->nfc, in, nin, &e) == UNORM_YES)
		m = -1;
	else {
		e = U_ZERO_ERROR;
		m = unorm2_normalize(nm->nfc, in, nin, outu,
		    (int32_t)(sizeof outu / sizeof outu[0]), &e);
		if (U_FAILURE(e))
			rc = m = -1;
	}
	if (m < 0) {	/* kept as it is */
		memcpy(outu, in, (size_t)nin * sizeof *in);
		m = nin;
	}
	/* Same length: one to one; else all to the chunk start. */
	uint32_t ncp = cpj - at, oc = 0;
	bool one_to_one = (int32_t)ncp == u_countChar32(outu, m);
	for (k = 0; k < m; ) {
		UChar32 c;
		U16_NEXT(outu, k, m, c);
		put(&nm->o, (unsigned)c, at + (oc < ncp && one_to_one ? oc : 0));
		oc++;
	}
	return rc;
}

int
norm_run(struct norm *nm, struct doc *d)
{
	const unsigned char *s = (const unsigned char *)d->text;
	size_t n = d->text_n, i = 0;
	uint32_t cpi = 0;		/* code point index of s[i] */
	struct out *o = &nm->o;
	int rc = 0;

	o->b.n = 0;
	while (i < n) {
		size_t k = ascii_run(nm, s, i, n);
		if (k > 0) {
			copy_run(o, s + i, k, cpi);
			i += k;
			cpi += (uint32_t)k;
			continue;
		}
		int len, cp = utf8_decode(s + i, n - i, &len);
		if (cp < 0)
			cp = 0xFFFD;
		if (cp == '\r') {	/* CRLF -> LF (the CR dropped), CR -> LF */
			if (i + 1 < n && s[i + 1] == '\n') {
				i++;
				cpi++;
				continue;
			}
			cp = '\n';
		}
		if (chunk(nm, s, n, &i, &cpi, cp, len) != 0)
			rc = -1;
	}
	fix_lines(o);
	reserve(o, 0);
	o->map[o->b.n] = cpi;

	d->norm_n = o->b.n;
	d->norm = arena_strndup(d->a, o->b.p, o->b.n);
	d->to_orig = arena_memdup(d->a, o->map,
	    (o->b.n + 1) * sizeof *d->to_orig);
	/* Scratch grown for an exceptional document is not kept. */
	if (o->b.cap > SCRATCH_KEEP_MAX)
		out_free(o);
	return rc;
}
