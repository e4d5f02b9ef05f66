/*
 * ingest_txt.c - plain text with an optional "key: value" header, and
 * TimeML (.tml): the DCT and the text of <TEXT>, tags dropped.
 *
 * A header exists only if the very first line is a known key ("date:",
 * "title:"...): otherwise the text is kept byte for byte from offset 0, so
 * offsets into it match those of other tools (TimeML evaluation).
 */
#include <ctype.h>
#include <string.h>
#include <strings.h>

#include "ingest.h"
#include "util.h"

/*
 * If LINE[0..n) is "key: value" with a one-word key, set the key and value
 * and return 1.
 */
static int
S_keyval(const char *line, size_t n, const char **k, size_t *kn,
    const char **v, size_t *vn)
{
	size_t i = 0;

	while (i < n && i <= 32 && (isalnum((unsigned char)line[i]) ||
	    line[i] == '_' || line[i] == '-'))
		i++;
	if (i == 0 || i > 32 || !isalpha((unsigned char)line[0]))
		return 0;
	*k = line;
	*kn = i;
	while (i < n && (line[i] == ' ' || line[i] == '\t'))
		i++;
	if (i >= n || line[i] != ':')
		return 0;
	*v = line + i + 1;
	*vn = n - i - 1;
	return 1;
}

static int
S_blank(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (!isspace((unsigned char)s[i]))
			return 0;
	return 1;
}

int
ingest_txt(struct doc *d, const char *s, size_t n, struct diag *dg)
{
	const char *k, *v, *nl;
	size_t kn, vn, pos = 0, len, body = 0;

	nl = memchr(s, '\n', n);
	len = nl ? (size_t)(nl - s) : n;
	if (S_keyval(s, len, &k, &kn, &v, &vn) && ingest_meta_known(k, kn)) {
		/* A header: key lines up to the first blank line. */
		while (pos < n) {
			nl = memchr(s + pos, '\n', n - pos);
			len = nl ? (size_t)(nl - (s + pos)) : n - pos;
			if (S_blank(s + pos, len)) {
				body = nl ? pos + len + 1 : n;
				break;
			}
			if (!S_keyval(s + pos, len, &k, &kn, &v, &vn)) {
				body = pos;
				break;
			}
			ingest_meta(d, k, kn, v, vn, "header", dg);
			pos += len + (nl != NULL);
			body = pos;
		}
	}
	ingest_set_text(d, s + body, n - body);
	return 0;
}

/* ------------------------------------------------------------ TimeML */

/* Find NEEDLE in S[0..n); NULL if absent. */
static const char *
S_find(const char *s, size_t n, const char *needle)
{
	return mem_find(s, n, needle, strlen(needle));
}

/* Append S[0..n) with tags dropped and XML character references decoded. */
static void
S_xml_text(struct buf *b, const char *s, size_t n)
{
	static const struct {
		const char *name;
		char c;
	} ents[] = {
		{ "amp;", '&' }, { "lt;", '<' }, { "gt;", '>' },
		{ "quot;", '"' }, { "apos;", '\'' },
	};
	size_t i = 0, k;

	while (i < n) {
		if (s[i] == '<') {
			const char *e = memchr(s + i, '>', n - i);

			if (e == NULL)
				break;
			i = (size_t)(e - s) + 1;
			continue;
		}
		if (s[i] == '&') {
			for (k = 0; k < sizeof ents / sizeof ents[0]; k++) {
				size_t l = strlen(ents[k].name);

				if (i + 1 + l <= n &&
				    memcmp(s + i + 1, ents[k].name, l) == 0) {
					buf_putc(b, ents[k].c);
					i += 1 + l;
					break;
				}
			}
			if (k < sizeof ents / sizeof ents[0])
				continue;
			if (i + 2 < n && s[i + 1] == '#') {
				size_t j = i + 2;
				unsigned long cp = 0;
				int hex = s[j] == 'x' || s[j] == 'X', nd = 0;

				j += hex;
				while (j < n && nd < 8 && (hex ?
				    isxdigit((unsigned char)s[j]) :
				    isdigit((unsigned char)s[j]))) {
					int c = (unsigned char)s[j++];

					cp = cp * (hex ? 16 : 10) + (unsigned long)
					    (isdigit(c) ? c - '0' :
					    tolower(c) - 'a' + 10);
					nd++;
				}
				if (nd > 0 && j < n && s[j] == ';') {
					if (cp == 0 || cp > 0x10FFFF ||
					    (cp >= 0xD800 && cp <= 0xDFFF))
						cp = 0xFFFD;
					buf_put_utf8(b, (unsigned)cp);
					i = j + 1;
					continue;
				}
			}
		}
		buf_putc(b, s[i]);
		i++;
	}
}

/* The value="..." of the TIMEX3 in <DCT>, or of a CREATION_TIME one. */
static void
S_tml_dct(struct doc *d, const char *s, size_t n, struct diag *dg)
{
	const char *p, *e, *v;
	char val[64];
	size_t k;

	p = S_find(s, n, "<DCT>");
	if (p == NULL)
		p = S_find(s, n, "functionInDocument=\"CREATION_TIME\"");
	if (p == NULL)
		return;
	/* The TIMEX3 tag holding it: from its '<' to its '>'. */
	while (p > s && *p != '<')
		p--;
	if (strncmp(p, "<DCT>", 5) == 0)
		p += 5;
	if ((p = S_find(p, n - (size_t)(p - s), "<TIMEX3")) == NULL)
		return;
	if ((e = memchr(p, '>', n - (size_t)(p - s))) == NULL)
		return;
	if ((v = S_find(p, (size_t)(e - p), " value=\"")) == NULL)
		return;
	v += 8;
	for (k = 0; v + k < e && v[k] != '"' && k + 1 < sizeof val; k++)
		val[k] = v[k];
	val[k] = '\0';
	if (ingest_parse_date(val, &d->dct) == 0)
		d->has_dct = true;
	else {
		memset(&d->dct, 0, sizeof d->dct);
		diag_add(dg, DIAG_WARN, d->path,
		    "unusable DCT value in TimeML (ignored)");
	}
}

int
ingest_tml(struct doc *d, const char *s, size_t n, struct diag *dg)
{
	struct buf b = {0};
	const char *beg, *end;

	S_tml_dct(d, s, n, dg);
	beg = S_find(s, n, "<TEXT");
	if (beg != NULL && (beg = memchr(beg, '>', n - (size_t)(beg - s)))) {
		beg++;
		end = S_find(beg, n - (size_t)(beg - s), "</TEXT>");
		if (end == NULL)
			end = s + n;
	} else {
		beg = s;
		end = s + n;
	}
	buf_put(&b, "", 0);
	S_xml_text(&b, beg, (size_t)(end - beg));
	ingest_set_text(d, b.p, b.n);
	buf_free(&b);
	return 0;
}
