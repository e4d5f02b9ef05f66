/*
 * ingest.c - one input file into a struct doc: format by extension, bytes to
 * UTF-8 (ingest_enc.c), then the format's reader (ingest_txt.c, ingest_md.c,
 * ingest_html.c); metadata fields and dates shared by all of them.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "ingest.h"
#include "util.h"

struct ingest {
	void *csd;		/* ICU charset detector, opened once */
};

struct ingest *
ingest_new(void)
{
	struct ingest *g = xcalloc(1, sizeof *g);

	g->csd = ingest_csd_open();
	return g;
}

void
ingest_free(struct ingest *g)
{
	if (g == NULL)
		return;
	ingest_csd_close(g->csd);
	free(g);
}

void
ingest_set_text(struct doc *d, const char *s, size_t n)
{
	d->text = arena_strndup(d->a, s, n);
	d->text_n = n;
}

/* Format from the path's extension, case-insensitive. */
static int
S_format(const char *path)
{
	const char *slash = strrchr(path, '/'), *dot = strrchr(path, '.');

	if (dot == NULL || (slash != NULL && dot < slash))
		return FMT_TXT;
	dot++;
	if (strcasecmp(dot, "md") == 0 || strcasecmp(dot, "markdown") == 0)
		return FMT_MD;
	if (strcasecmp(dot, "html") == 0 || strcasecmp(dot, "htm") == 0 ||
	    strcasecmp(dot, "xhtml") == 0)
		return FMT_HTML;
	if (strcasecmp(dot, "tml") == 0)
		return FMT_TML;
	return FMT_TXT;
}

/*
 * The charset a markup document names in its first KiB: <meta charset=...>,
 * <meta http-equiv content="...; charset=...">, <?xml encoding="..."?>.
 * Only ASCII-compatible bytes are looked at; UTF-16 has a BOM or NULs.
 */
static const char *
S_declared(const char *s, size_t n, char *out, size_t outsz)
{
	static const char *const keys[] = { "charset", "encoding" };
	size_t lim = n < 1024 ? n : 1024, k, j;

	for (size_t i = 0; i < lim; i++) {
		for (k = 0; k < 2; k++) {
			size_t kl = strlen(keys[k]);

			if (i + kl >= lim || strncasecmp(s + i, keys[k], kl))
				continue;
			j = i + kl;
			while (j < lim && (s[j] == ' ' || s[j] == '\t'))
				j++;
			if (j >= lim || s[j] != '=')
				continue;
			j++;
			while (j < lim && (s[j] == ' ' || s[j] == '"' ||
			    s[j] == '\''))
				j++;
			k = 0;
			while (j < lim && k + 1 < outsz &&
			    (isalnum((unsigned char)s[j]) || s[j] == '-' ||
			    s[j] == '_' || s[j] == '.' || s[j] == ':'))
				out[k++] = s[j++];
			out[k] = '\0';
			return k > 0 ? out : NULL;
		}
	}
	return NULL;
}

int
ingest_bytes(struct ingest *g, struct doc *d, const char *data, size_t n,
    struct diag *dg)
{
	struct buf b = {0};
	char csbuf[48];
	const char *declared = NULL;
	int rc;

	d->format = (uint8_t)S_format(d->path);
	if (d->format == FMT_HTML || d->format == FMT_TML)
		declared = S_declared(data, n, csbuf, sizeof csbuf);
	if (ingest_decode(g != NULL ? g->csd : NULL, d->path, data, n,
	    declared, &b, dg) != 0) {
		buf_free(&b);
		return -1;
	}
	switch (d->format) {
	case FMT_MD:
		rc = ingest_md(d, b.p, b.n, dg);
		break;
	case FMT_HTML:
		rc = ingest_html(d, b.p, b.n, dg);
		break;
	case FMT_TML:
		rc = ingest_tml(d, b.p, b.n, dg);
		break;
	default:
		rc = ingest_txt(d, b.p, b.n, dg);
		break;
	}
	buf_free(&b);
	if (rc == 0 && d->text == NULL)
		ingest_set_text(d, "", 0);
	return rc;
}

int
ingest_file(struct ingest *g, struct doc *d, size_t max, struct diag *dg)
{
	const char *why = "cannot read";
	char *p;
	size_t n;
	int rc;

	if (read_file(d->path, max, &p, &n, &why) != 0) {
		diag_add(dg, DIAG_REJECT, d->path, "%s", why);
		return -1;
	}
	rc = ingest_bytes(g, d, p, n, dg);
	free(p);
	return rc;
}

/* ------------------------------------------------------------ metadata */

static const char *const meta_keys[] = {
	"date", "title", "lang", "language", "source", "url", "author",
	"published", "pubdate", "publishdate", "canonical", "link",
};

static int
S_key_is(const char *key, size_t keyn, const char *want)
{
	return strlen(want) == keyn && strncasecmp(key, want, keyn) == 0;
}

int
ingest_meta_known(const char *key, size_t keyn)
{
	for (size_t i = 0; i < sizeof meta_keys / sizeof meta_keys[0]; i++)
		if (S_key_is(key, keyn, meta_keys[i]))
			return 1;
	return 0;
}

/*
 * A language tag or name to "en" or "fr"; "" otherwise.  "en-US", "fr_CA",
 * "French", "français".
 */
static void
S_lang(const char *v, size_t n, char out[3])
{
	static const struct {
		const char *name, *code;
	} names[] = {
		{ "english", "en" }, { "anglais", "en" }, { "french", "fr" },
		{ "fran\xc3\xa7" "ais", "fr" }, { "francais", "fr" },
	};
	size_t k = 0;

	out[0] = '\0';
	for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
		if (S_key_is(v, n, names[i].name)) {
			memcpy(out, names[i].code, 3);
			return;
		}
	while (k < n && isalpha((unsigned char)v[k]))
		k++;
	if (k != 2 || (k < n && v[k] != '-' && v[k] != '_'))
		return;
	out[0] = (char)tolower((unsigned char)v[0]);
	out[1] = (char)tolower((unsigned char)v[1]);
	out[2] = '\0';
	if (strcmp(out, "en") != 0 && strcmp(out, "fr") != 0)
		out[0] = '\0';
}

/* Trim spaces and one pair of matching quotes. */
static void
S_trim(const char **v, size_t *n)
{
	const char *p = *v;
	size_t m = *n;

	while (m > 0 && isspace((unsigned char)*p))
		p++, m--;
	while (m > 0 && isspace((unsigned char)p[m - 1]))
		m--;
	if (m >= 2 && (p[0] == '"' || p[0] == '\'') && p[m - 1] == p[0])
		p++, m -= 2;
	*v = p;
	*n = m;
}

int
ingest_meta(struct doc *d, const char *key, size_t keyn, const char *val,
    size_t valn, const char *where, struct diag *dg)
{
	char tmp[128];
	char lang[3];

	if (!ingest_meta_known(key, keyn))
		return 0;
	S_trim(&val, &valn);
	if (valn == 0)
		return 1;
	if (S_key_is(key, keyn, "date") || S_key_is(key, keyn, "published") ||
	    S_key_is(key, keyn, "pubdate") ||
	    S_key_is(key, keyn, "publishdate")) {
		if (d->has_dct)
			return 1;
		if (valn >= sizeof tmp) {
			diag_add(dg, DIAG_WARN, d->path,
			    "unrecognised date in %s (ignored)", where);
			return 1;
		}
		memcpy(tmp, val, valn);
		tmp[valn] = '\0';
		if (ingest_parse_date(tmp, &d->dct) == 0)
			d->has_dct = true;
		else {
			/* Quote it safely: printable ASCII only. */
			for (size_t i = 0; i < valn; i++)
				if ((unsigned char)tmp[i] < 0x20 ||
				    (unsigned char)tmp[i] >= 0x7f)
					tmp[i] = '?';
			memset(&d->dct, 0, sizeof d->dct);
			diag_add(dg, DIAG_WARN, d->path,
			    "impossible date in %s: %.40s (ignored)", where,
			    tmp);
		}
	} else if (S_key_is(key, keyn, "title")) {
		if (d->title == NULL)
			d->title = arena_strndup(d->a, val, valn);
	} else if (S_key_is(key, keyn, "lang") ||
	    S_key_is(key, keyn, "language")) {
		S_lang(val, valn, lang);
		if (lang[0] != '\0' && !d->lang_given) {
			memcpy(d->lang, lang, 3);
			d->lang_given = true;
		}
	} else if (S_key_is(key, keyn, "source") ||
	    S_key_is(key, keyn, "author")) {
		if (d->source == NULL || S_key_is(key, keyn, "source"))
			d->source = arena_strndup(d->a, val, valn);
	} else if (d->url == NULL) {
		/* Only web addresses: never javascript:, data: and the like. */
		if ((valn > 7 && strncasecmp(val, "http://", 7) == 0) ||
		    (valn > 8 && strncasecmp(val, "https://", 8) == 0))
			d->url = arena_strndup(d->a, val, valn);
		else
			diag_add(dg, DIAG_WARN, d->path,
			    "URL in %s ignored (not http or https)", where);
	}
	return 1;
}

/* ------------------------------------------------------------ dates */

static int
S_leap(int y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

static int
S_valid(int y, int m, int d)
{
	static const int mdays[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31,
	    30, 31 };

	if (y < 1 || y > 9999 || m < 1 || m > 12 || d < 1)
		return 0;
	return d <= mdays[m - 1] + (m == 2 && S_leap(y));
}

/* Month names, EN and FR, ASCII-folded, with common abbreviations. */
static int
S_month(const char *w)
{
	static const struct {
		const char *name;
		int m;
	} months[] = {
		{ "january", 1 }, { "jan", 1 }, { "janvier", 1 }, { "janv", 1 },
		{ "february", 2 }, { "feb", 2 }, { "fevrier", 2 }, { "fev", 2 },
		{ "fevr", 2 }, { "march", 3 }, { "mar", 3 }, { "mars", 3 },
		{ "april", 4 }, { "apr", 4 }, { "avril", 4 }, { "avr", 4 },
		{ "may", 5 }, { "mai", 5 }, { "june", 6 }, { "jun", 6 },
		{ "juin", 6 }, { "july", 7 }, { "jul", 7 }, { "juillet", 7 },
		{ "juil", 7 }, { "august", 8 }, { "aug", 8 }, { "aout", 8 },
		{ "september", 9 }, { "sep", 9 }, { "sept", 9 },
		{ "septembre", 9 }, { "october", 10 }, { "oct", 10 },
		{ "octobre", 10 }, { "november", 11 }, { "nov", 11 },
		{ "novembre", 11 }, { "december", 12 }, { "dec", 12 },
		{ "decembre", 12 },
	};

	for (size_t i = 0; i < sizeof months / sizeof months[0]; i++)
		if (strcmp(w, months[i].name) == 0)
			return months[i].m;
	return 0;
}

/* Words a date may carry and we skip: weekdays, articles, ordinals. */
static int
S_filler(const char *w)
{
	static const char *const fill[] = {
		"monday", "tuesday", "wednesday", "thursday", "friday",
		"saturday", "sunday", "mon", "tue", "tues", "wed", "thu",
		"thur", "thurs", "fri", "sat", "sun", "lundi", "mardi",
		"mercredi", "jeudi", "vendredi", "samedi", "dimanche", "lun",
		"mar", "mer", "jeu", "ven", "sam", "dim", "le", "the", "of",
		"on", "st", "nd", "rd", "th", "er", "e",
	};

	for (size_t i = 0; i < sizeof fill / sizeof fill[0]; i++)
		if (strcmp(w, fill[i]) == 0)
			return 1;
	return 0;
}

/* Read up to MAXD digits at *P; -1 if none or more than MAXD. */
static int
S_num(const char **p, int maxd, int *ndig)
{
	const char *s = *p;
	int v = 0, k = 0;

	while (isdigit((unsigned char)*s)) {
		if (++k > maxd)
			return -1;
		v = v * 10 + (*s++ - '0');
	}
	*ndig = k;
	*p = s;
	return k ? v : -1;
}

/* Numeric forms: Y-M-D[T...], Y/M/D, D/M/Y, D.M.Y, D-M-Y, M/D/Y. */
static int
S_date_numeric(const char *s, int *y, int *m, int *d)
{
	const char *p = s;
	int a, b, c, na, nb, nc;
	char sep;

	if ((a = S_num(&p, 5, &na)) < 0)
		return -1;
	sep = *p;
	if (sep != '-' && sep != '/' && sep != '.')
		return -1;
	p++;
	if ((b = S_num(&p, 2, &nb)) < 0 || *p != sep)
		return -1;
	p++;
	if ((c = S_num(&p, 5, &nc)) < 0)
		return -1;
	/* After the date: nothing, or a time ("T10:00", " 10:00", "Z"). */
	if (*p != '\0' && *p != 'T' && *p != 't' && *p != ' ')
		return -1;
	if (na == 4 && nc <= 2) {
		*y = a, *m = b, *d = c;
	} else if (nc == 4 && na <= 2) {
		*y = c;
		if (b > 12 && a <= 12)
			*m = a, *d = b;		/* US: 05/26/2021 */
		else
			*m = b, *d = a;
	} else
		return -2;			/* a date, but no real year */
	return 0;
}

/*
 * Textual forms: "May 26, 2021", "26 May 2021", "mercredi 26 mai 2021",
 * "1er mai 2021", "Wed, 26 May 2021 10:00:00 +0000".  Words are folded to
 * lower-case ASCII (French accents dropped).
 */
static int
S_date_words(const char *s, int *y, int *m, int *d)
{
	const unsigned char *p = (const unsigned char *)s;
	char w[16];
	int nw, v, nd, day = -1, mon = 0, year = -1, mon_mar = 0;

	while (*p) {
		if (isdigit(*p)) {
			const char *q = (const char *)p;

			v = S_num(&q, 5, &nd);
			p = (const unsigned char *)q;
			if (v < 0)
				return -1;
			if (*p == ':')		/* a time: the date is over */
				break;
			if (nd <= 2 && day < 0)
				day = v;
			else if (nd >= 3 && year < 0)
				year = nd == 4 ? v : -2;
			else
				return -1;
		} else if (isalpha(*p) || *p >= 0x80) {
			nw = 0;
			while (*p && (isalpha(*p) || *p >= 0x80)) {
				int c = *p;

				/* é è ê ë: C3 A8-AB; û ù: C3 B9-BB; ô: C3 B4 */
				if (c == 0xC3 && p[1]) {
					c = p[1];
					c = c >= 0xA8 && c <= 0xAB ? 'e' :
					    (c >= 0x88 && c <= 0x8B) ? 'e' :
					    (c >= 0xB9 && c <= 0xBC) ? 'u' :
					    (c == 0xA0 || c == 0xA2) ? 'a' :
					    c == 0xB4 ? 'o' : '?';
					p += 2;
				} else
					p++;
				if (nw + 1 < (int)sizeof w)
					w[nw++] = (char)tolower(c);
				else
					return -1;
			}
			w[nw] = '\0';
			/* "mar" is March, or mardi before a month name. */
			if ((v = S_month(w)) > 0 && (mon == 0 || mon_mar)) {
				mon = v;
				mon_mar = strcmp(w, "mar") == 0;
			} else if (!S_filler(w))
				return -1;
		} else if (*p == ',' || *p == '.' || *p == ' ' || *p == '\t')
			p++;
		else
			return -1;
	}
	if (day < 0 || mon == 0 || year == -1)
		return -1;
	if (year < 0)
		return -2;
	*y = year, *m = mon, *d = day;
	return 0;
}

int
ingest_parse_date(const char *s, struct tval *out)
{
	int y, m, d, rc;

	if (s == NULL)
		return -1;
	while (*s == ' ' || *s == '\t')
		s++;
	rc = S_date_numeric(s, &y, &m, &d);
	if (rc == -1)
		rc = S_date_words(s, &y, &m, &d);
	if (rc != 0 || !S_valid(y, m, d))
		return -1;
	memset(out, 0, sizeof *out);
	snprintf(out->v, sizeof out->v, "%04d-%02d-%02d", y, m, d);
	out->gran = GRAN_DAY;
	out->mod = MOD_NONE;
	return 0;
}
