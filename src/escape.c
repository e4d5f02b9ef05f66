/*
 * escape.c - one escape function per output context (escape.h).
 *
 * Every function walks its input code point by code point (utf8_decode), so
 * ill-formed bytes are replaced, never copied through.
 */
#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <unicode/unorm2.h>

#include "escape.h"

/* Bidirectional formatting characters: dropped from every output. */
static bool
is_bidi(int cp)
{
	return (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069) ||
	    cp == 0x200E || cp == 0x200F || cp == 0x061C;
}

static bool
is_control(int cp)
{
	return cp < 0x20 || (cp >= 0x7F && cp < 0xA0) || cp == 0xFEFF ||
	    cp == 0xFFFE || cp == 0xFFFF;
}

static bool
is_space(int cp)
{
	return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' ||
	    cp == 0x0B || cp == 0x0C || cp == 0x85 || cp == 0x2028 || cp == 0x2029;
}

/* Next code point of S[*i..n), advancing *i; U+FFFD for ill-formed bytes. */
static int
next_cp(const char *s, size_t n, size_t *i)
{
	int len, cp = utf8_decode((const unsigned char *)s + *i, n - *i, &len);

	*i += (size_t)len;
	return cp < 0 ? 0xFFFD : cp;
}

/*
 * Length of the non-ASCII code point at S[j..n) if esc_text keeps it as it
 * is, with nothing before it (well-formed UTF-8 of two or three bytes that is
 * no space, control or bidirectional mark); else 0.
 */
static inline size_t
plain_len(const unsigned char *s, size_t j, size_t n)
{
	unsigned c = s[j], cp;

	if (c >= 0xC2 && c <= 0xDF) {
		if (n - j < 2 || (s[j + 1] & 0xC0) != 0x80)
			return 0;
		cp = ((c & 0x1Fu) << 6) | (s[j + 1] & 0x3Fu);
		return cp >= 0xA0 && cp != 0x061C ? 2 : 0;
	}
	if (c >= 0xE0 && c <= 0xEF) {
		if (n - j < 3 || (s[j + 1] & 0xC0) != 0x80 ||
		    (s[j + 2] & 0xC0) != 0x80)
			return 0;
		cp = ((c & 0x0Fu) << 12) | ((s[j + 1] & 0x3Fu) << 6) |
		    (s[j + 2] & 0x3Fu);
		if (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF) ||
		    is_space((int)cp) || is_control((int)cp) || is_bidi((int)cp))
			return 0;
		return 3;
	}
	return 0;
}

void
esc_text(struct buf *b, const char *s, size_t n)
{
	size_t i = 0;
	bool space = false, any = false;

	if (s == NULL)
		return;
	while (i < n) {
		unsigned char c = (unsigned char)s[i];
		size_t j = i, len;
		/* Runs of what stays as it is go out whole. */
		for (;;) {
			while (j < n && (unsigned char)s[j] > 0x20 &&
			    (unsigned char)s[j] < 0x7F)
				j++;
			if (j < n && (unsigned char)s[j] >= 0xC2 &&
			    (len = plain_len((const unsigned char *)s, j, n)) > 0)
				j += len;
			else
				break;
		}
		if (j > i) {
			if (space)
				buf_putc(b, ' ');
			space = false;
			any = true;
			buf_put(b, s + i, j - i);
			i = j;
			continue;
		}
		size_t at = i;
		int cp = c;
		if (c < 0x80)
			i++;
		else
			cp = next_cp(s, n, &i);
		if (is_space(cp)) {
			space = any;
			continue;
		}
		if (is_control(cp) || is_bidi(cp))
			continue;
		if (space)
			buf_putc(b, ' ');
		space = false;
		any = true;
		if (c >= 0x80 && i - at == 1)
			buf_put_utf8(b, 0xFFFD);	/* an ill-formed byte */
		else
			buf_put(b, s + at, i - at);	/* well-formed: the same bytes */
	}
	if (b->p == NULL)
		buf_puts(b, "");
}

void
esc_html(struct buf *b, const char *s)
{
	size_t at = b->n, k;
	char *t;

	/* Cleaned in place; most texts need nothing more. */
	esc_text(b, s, s ? strlen(s) : 0);
	if (b->p == NULL)
		buf_puts(b, "");
	k = at + strcspn(b->p + at, "&<>\"'");
	if (k == b->n)
		return;
	t = xstrdup(b->p + k);
	b->n = k;
	b->p[k] = '\0';
	for (const char *p = t; *p; p++) {
		size_t run = strcspn(p, "&<>\"'");
		buf_put(b, p, run);
		p += run;
		if (*p == '\0')
			break;
		switch (*p) {
		case '&': buf_puts(b, "&amp;"); break;
		case '<': buf_puts(b, "&lt;"); break;
		case '>': buf_puts(b, "&gt;"); break;
		case '"': buf_puts(b, "&quot;"); break;
		default: buf_puts(b, "&#39;"); break;
		}
	}
	free(t);
}

void
esc_json(struct buf *b, const char *s, unsigned flags)
{
	struct buf t = {0};

	esc_text(&t, s, s ? strlen(s) : 0);
	buf_putc(b, '"');
	for (const char *p = t.p; p && *p; p++) {
		unsigned char c = (unsigned char)*p;
		if (c == '"' || c == '\\')
			buf_printf(b, "\\%c", c);
		else if (c < 0x20)
			buf_printf(b, "\\u%04x", c);
		else if ((flags & JSON_ESC_MARKUP) && strchr("<>&", c))
			buf_printf(b, "\\u%04x", c);
		else if ((flags & JSON_ESC_TEMPLATE) && strchr("{}%", c))
			buf_printf(b, "\\u%04x", c);
		else
			buf_putc(b, c);
	}
	buf_putc(b, '"');
	buf_free(&t);
}

void
esc_json_script(struct buf *b, const char *json)
{
	for (const char *p = json; *p; p++) {
		if (*p == '<')
			buf_puts(b, "\\u003c");
		else
			buf_putc(b, *p);
	}
}

void
esc_csv(struct buf *b, const char *s)
{
	/* Cleaned straight into B after the opening quote; most fields need
	 * nothing more (no formula sign first, no quote inside). */
	buf_putc(b, '"');
	size_t at = b->n;
	esc_text(b, s, s ? strlen(s) : 0);
	bool formula = b->n > at && strchr("=+-@\t\r", b->p[at]) != NULL;
	size_t k = b->p ? at + strcspn(b->p + at, "\"") : at;
	if (formula || k < b->n) {
		char *t = xstrndup(b->p + at, b->n - at);
		b->n = at;
		if (formula)
			buf_putc(b, '\'');
		for (const char *p = t; *p; ) {
			size_t run = strcspn(p, "\"");
			buf_put(b, p, run);
			p += run;
			if (*p) {
				buf_put(b, "\"\"", 2);
				p++;
			}
		}
		free(t);
	}
	buf_putc(b, '"');
}

void
esc_ics_text(struct buf *b, const char *s)
{
	size_t at = b->n, k;
	char *t;

	/* Cleaned in place; most texts need nothing more. */
	esc_text(b, s, s ? strlen(s) : 0);
	if (b->p == NULL)
		return;
	k = at + strcspn(b->p + at, "\\;,");
	if (k == b->n)
		return;
	t = xstrdup(b->p + k);
	b->n = k;
	b->p[k] = '\0';
	for (const char *p = t; *p; ) {
		size_t run = strcspn(p, "\\;,");
		buf_put(b, p, run);
		p += run;
		if (*p) {
			buf_putc(b, '\\');
			buf_putc(b, *p++);
		}
	}
	free(t);
}

void
ics_fold(struct buf *b, const char *line, size_t n)
{
	size_t i = 0, col = 0;

	for (;;) {
		size_t j = i;
		/* The whole UTF-8 sequences that still fit on this line. */
		while (j < n) {
			unsigned char c = (unsigned char)line[j];
			size_t len = c < 0xC0 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
			uint64_t w;
			/* Eight ASCII bytes at a time while they fit. */
			if (75 - col >= 8 && n - j >= 8) {
				memcpy(&w, line + j, 8);
				if ((w & UINT64_C(0x8080808080808080)) == 0) {
					col += 8;
					j += 8;
					continue;
				}
			}
			if (len > n - j)
				len = n - j;
			if (col + len > 75)
				break;
			col += len;
			j += len;
		}
		buf_put(b, line + i, j - i);
		i = j;
		if (i == n)
			break;
		buf_put(b, "\r\n ", 3);
		col = 1;
	}
	buf_put(b, "\r\n", 2);
}

void
esc_wrap(struct buf *b, const char *s, const char *prefix, size_t width)
{
	struct buf t = {0};
	size_t plen = utf8_count(prefix, strlen(prefix)), col = 0;
	const char *p, *end;

	if (width <= plen + 8)
		width = plen + 8;
	esc_text(&t, s, s ? strlen(s) : 0);
	p = t.p;
	end = t.p + t.n;
	while (p < end) {
		const char *w = p;
		while (w < end && *w != ' ')
			w++;
		size_t wn = (size_t)(w - p), wc = utf8_count(p, wn);
		if (col > 0 && col + 1 + wc > width) {
			buf_putc(b, '\n');
			col = 0;
		}
		if (col == 0) {
			buf_puts(b, prefix);
			col = plen;
		} else {
			buf_putc(b, ' ');
			col++;
		}
		/* A word longer than the line: cut it at code points. */
		while (col + wc > width) {
			size_t room = width - col, i = 0, k = 0;
			while (k < room) {
				int len;
				utf8_decode((const unsigned char *)p + i, wn - i, &len);
				i += (size_t)len;
				k++;
			}
			buf_put(b, p, i);
			buf_putc(b, '\n');
			buf_puts(b, prefix);
			col = plen;
			p += i;
			wn -= i;
			wc -= k;
		}
		buf_put(b, p, wn);
		col += wc;
		p = w < end ? w + 1 : w;
	}
	if (col > 0 || t.n == 0)
		buf_putc(b, '\n');
	buf_free(&t);
}

bool
esc_url(struct buf *b, const char *url)
{
	static const char hex[] = "0123456789ABCDEF";
	const char *p, *host;
	size_t i;

	if (url == NULL)
		return false;
	while (*url == ' ' || *url == '\t')
		url++;
	if (strncasecmp(url, "http://", 7) == 0)
		host = url + 7;
	else if (strncasecmp(url, "https://", 8) == 0)
		host = url + 8;
	else
		return false;
	if (*host == '\0' || *host == '/' || *host == '?' || *host == '#')
		return false;
	/* The scheme in lower case, the rest percent-encoded where unsafe. */
	for (i = 0; url + i < host; i++)
		buf_putc(b, tolower((unsigned char)url[i]));
	for (p = host; *p; p++) {
		unsigned char c = (unsigned char)*p;
		if (c <= 0x20 || c >= 0x7F || strchr("\"<>\\^`{|}'", c))
			buf_printf(b, "%%%c%c", hex[c >> 4], hex[c & 15]);
		else
			buf_putc(b, c);
	}
	return true;
}

void
esc_slug(struct buf *b, const char *s)
{
	UErrorCode err = U_ZERO_ERROR;
	const UNormalizer2 *nfd = unorm2_getNFDInstance(&err);
	size_t n = s ? strlen(s) : 0, i = 0, start = b->n, len = 0;
	bool dash = false;

	while (i < n && len < 60) {
		int cp = next_cp(s, n, &i);
		UChar dec[8];
		int32_t dn = 0;
		if (cp >= 0x80 && U_SUCCESS(err)) {
			UErrorCode e2 = U_ZERO_ERROR;
			dn = unorm2_getRawDecomposition(nfd, (UChar32)cp, dec, 8, &e2);
			if (U_SUCCESS(e2) && dn > 0 && dec[0] < 0x80)
				cp = dec[0];
		}
		const char *two = NULL;
		if (cp == 0xDF)
			two = "ss";
		else if (cp == 0xC6 || cp == 0xE6)
			two = "ae";
		else if (cp == 0x152 || cp == 0x153)
			two = "oe";
		if (two == NULL && (cp >= 0x80 || !isalnum(cp))) {
			dash = true;
			continue;
		}
		if (dash && len > 0) {
			buf_putc(b, '-');
			len++;
		}
		dash = false;
		if (two != NULL) {
			buf_puts(b, two);
			len += 2;
		} else {
			buf_putc(b, tolower(cp));
			len++;
		}
	}
	if (b->n == start)
		buf_putc(b, 'x');
}

void
esc_md_template(struct buf *b, const char *md, size_t n)
{
	size_t bs = 0;

	for (size_t i = 0; i < n; i++) {
		char c = md[i];
		if (c == '{' && bs % 2 == 0)
			buf_putc(b, '\\');
		else if (c == '%' && i > 0 && md[i - 1] == '{')
			buf_putc(b, '\\');
		buf_putc(b, c);
		bs = c == '\\' ? bs + 1 : 0;
	}
	if (b->p == NULL)
		buf_puts(b, "");
}
