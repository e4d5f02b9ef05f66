/*
 * ingest_enc.c - bytes to UTF-8: BOMs, UTF-16/32, ICU charset detection.
 *
 * Order of decisions, for a file's bytes:
 *   1. a BOM (UTF-8, UTF-16LE/BE, UTF-32LE/BE) decides;
 *   2. known binary signatures, or too many NUL or control bytes: rejected,
 *      unless the NULs fall every other byte (UTF-16 without a BOM);
 *   3. valid UTF-8 is used as it is;
 *   4. text that looks like a legacy 8-bit encoding (isolated high bytes,
 *      almost no valid multi-byte sequence) goes to the charset the document
 *      declares, else to ICU's charset detector, and is converted by ucnv;
 *   5. anything else is UTF-8 with damage: each bad byte becomes U+FFFD.
 * NUL bytes left in the text become U+FFFD too (C strings downstream).
 */
#include <string.h>
#include <strings.h>

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>

#include "ingest.h"
#include "util.h"

#define SNIFF_MAX	(256u << 10)	/* bytes shown to the charset detector */
#define DETECT_MIN_CONF	10		/* below this, fall back to windows-1252 */

static const char fffd[3] = { (char)0xEF, (char)0xBF, (char)0xBD };

void *
ingest_csd_open(void)
{
	UErrorCode e = U_ZERO_ERROR;
	UCharsetDetector *csd = ucsdet_open(&e);

	if (U_FAILURE(e))
		return NULL;
	return csd;
}

void
ingest_csd_close(void *csd)
{
	if (csd != NULL)
		ucsdet_close(csd);
}

/*
 * Copy S[0..n) to OUT as UTF-8: each ill-formed byte and each NUL becomes
 * U+FFFD.  Counts both.
 */
static void
S_utf8_repair(const char *s, size_t n, struct buf *out, size_t *nbad,
    size_t *nnul)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i = 0, run;
	int len;

	GROW(out->p, out->cap, out->n + n + 1);
	while (i < n) {
		/* Fast path: a run of ASCII other than NUL. */
		run = i + ascii_span(s + i, n - i);
		if (run > i) {
			buf_put(out, s + i, run - i);
			i = run;
			continue;
		}
		if (u[i] == 0) {
			(*nnul)++;
			buf_put(out, fffd, 3);
			i++;
			continue;
		}
		if (utf8_decode(u + i, n - i, &len) < 0) {
			(*nbad)++;
			buf_put(out, fffd, 3);
			i++;
			continue;
		}
		buf_put(out, s + i, (size_t)len);
		i += (size_t)len;
	}
	if (out->p == NULL)
		buf_put(out, "", 0);
	out->p[out->n] = '\0';
}

/* The ToUnicode callback: U+FFFD for each bad sequence, and count it. */
static void U_CALLCONV
S_to_u_sub(const void *ctx, UConverterToUnicodeArgs *args,
    const char *units, int32_t len, UConverterCallbackReason why,
    UErrorCode *err)
{
	static const UChar sub = 0xFFFD;
	size_t *nbad = (size_t *)(uintptr_t)ctx;

	(void)units;
	(void)len;
	if (why > UCNV_IRREGULAR)
		return;
	(*nbad)++;
	*err = U_ZERO_ERROR;
	ucnv_cbToUWriteUChars(args, &sub, 1, 0, err);
}

/*
 * Convert S[0..n) from charset FROM to UTF-8, appended to OUT.  Returns 0,
 * or -1 if ICU does not know FROM.
 */
static int
S_convert(const char *from, const char *s, size_t n, struct buf *out,
    size_t *nbad)
{
	UErrorCode e = U_ZERO_ERROR;
	UConverter *src, *dst;
	UChar pivot[2048], *ps = pivot, *pt = pivot;
	const char *in = s, *end = s + n;
	char *t;
	UBool reset = 1;
	int rc = 0;

	src = ucnv_open(from, &e);
	if (U_FAILURE(e))
		return -1;
	dst = ucnv_open("UTF-8", &e);
	if (U_FAILURE(e)) {
		ucnv_close(src);
		return -1;
	}
	ucnv_setToUCallBack(src, S_to_u_sub, nbad, NULL, NULL, &e);
	if (U_FAILURE(e))
		rc = -1;
	while (rc == 0) {
		GROW(out->p, out->cap, out->n + (end - in) + 4096);
		t = out->p + out->n;
		e = U_ZERO_ERROR;
		ucnv_convertEx(dst, src, &t, out->p + out->cap - 1, &in, end,
		    pivot, &ps, &pt, pivot + 2048, reset, 1, &e);
		reset = 0;
		out->n = (size_t)(t - out->p);
		if (e == U_BUFFER_OVERFLOW_ERROR)
			continue;
		if (U_FAILURE(e))
			rc = -1;
		break;
	}
	ucnv_close(src);
	ucnv_close(dst);
	if (out->p == NULL)
		buf_put(out, "", 0);
	out->p[out->n] = '\0';
	return rc;
}

/* Known binary signatures: images, archives, executables, PDF, Office. */
static int
S_binary_magic(const unsigned char *u, size_t n)
{
	static const struct {
		const char *m;
		size_t n;
	} magic[] = {
		{ "\x89PNG\r\n\x1a\n", 8 }, { "GIF8", 4 }, { "\xff\xd8\xff", 3 },
		{ "PK\x03\x04", 4 }, { "\x1f\x8b", 2 }, { "\x7f" "ELF", 4 },
		{ "%PDF-", 5 }, { "\xd0\xcf\x11\xe0", 4 }, { "BZh", 3 },
		{ "\xfd" "7zXZ", 5 }, { "7z\xbc\xaf", 4 }, { "\x28\xb5\x2f\xfd", 4 },
		{ "RIFF", 4 }, { "\0asm", 4 }, { "\xca\xfe\xba\xbe", 4 },
	};

	for (size_t i = 0; i < sizeof magic / sizeof magic[0]; i++)
		if (n >= magic[i].n && memcmp(u, magic[i].m, magic[i].n) == 0)
			return 1;
	return 0;
}

/*
 * UTF-16 without a BOM: NULs on one side of most byte pairs, almost none on
 * the other.  Returns the ICU name or NULL.
 */
static const char *
S_utf16_guess(const unsigned char *u, size_t n)
{
	size_t z0 = 0, z1 = 0, pairs = n / 2;

	if (pairs < 2)
		return NULL;
	for (size_t i = 0; i + 1 < n; i += 2) {
		z0 += u[i] == 0;
		z1 += u[i + 1] == 0;
	}
	if (z1 * 10 >= pairs * 3 && z0 * 10 < z1)
		return "UTF-16LE";
	if (z0 * 10 >= pairs * 3 && z1 * 10 < z0)
		return "UTF-16BE";
	return NULL;
}

/*
 * Does invalid UTF-8 look like a legacy 8-bit encoding?  Latin-1 French has
 * isolated high bytes between ASCII ("d\xe9j\xe0") and no valid multi-byte
 * sequence; damaged UTF-8 has runs of bytes (a cut or overlong sequence)
 * next to valid ones.
 */
static int
S_looks_legacy(const unsigned char *u, size_t n)
{
	size_t valid = 0, single = 0, multi = 0, i = 0, run;
	int len;

	while (i < n) {
		if (u[i] < 0x80) {
			i += u[i] ? ascii_span((const char *)u + i, n - i) : 1;
			continue;
		}
		if (utf8_decode(u + i, n - i, &len) >= 0) {
			valid++;
			i += (size_t)len;
			continue;
		}
		run = 0;
		while (i < n && u[i] >= 0x80 &&
		    utf8_decode(u + i, n - i, &len) < 0) {
			run++;
			i++;
		}
		if (run == 1)
			single++;
		else
			multi++;
	}
	return single > multi && valid * 4 < single;
}

/* Ask ICU which charset S is in; NULL if it does not know well enough. */
static const char *
S_detect(void *csd, const char *s, size_t n, const char *declared,
    char *name, size_t namesz)
{
	UErrorCode e = U_ZERO_ERROR;
	const UCharsetMatch *m;
	const char *nm;
	int conf;

	if (csd == NULL)
		return NULL;
	ucsdet_setText(csd, s, (int32_t)(n > SNIFF_MAX ? SNIFF_MAX : n), &e);
	if (declared != NULL)
		ucsdet_setDeclaredEncoding(csd, declared, -1, &e);
	if (U_FAILURE(e))
		return NULL;
	m = ucsdet_detect(csd, &e);
	if (U_FAILURE(e) || m == NULL)
		return NULL;
	nm = ucsdet_getName(m, &e);
	conf = ucsdet_getConfidence(m, &e);
	/* Forget the text: the detector must not keep a pointer into it. */
	e = U_ZERO_ERROR;
	ucsdet_setText(csd, "", 0, &e);
	if (nm == NULL || conf < DETECT_MIN_CONF)
		return NULL;
	/* Unicode forms were ruled out before: a guess of them is noise. */
	if (strncasecmp(nm, "UTF-", 4) == 0)
		return NULL;
	snprintf(name, namesz, "%s", nm);
	return name;
}

static int
S_is_utf8_name(const char *cs)
{
	return strcasecmp(cs, "utf-8") == 0 || strcasecmp(cs, "utf8") == 0;
}

/* Are the 8 bytes at U all 0x20 or above (no NUL, no control)? */
static bool
no_control8(const unsigned char *u)
{
	const uint64_t ones = 0x0101010101010101ULL;
	uint64_t x;

	memcpy(&x, u, sizeof x);
	/* A byte below 0x20 borrows into its high bit (a set high bit in x
	 * is a byte of 0x80 or above, masked by ~x). */
	return ((x - 0x20 * ones) & ~x & (ones << 7)) == 0;
}

int
ingest_decode(void *csd, const char *path, const char *data, size_t n,
    const char *declared, struct buf *out, struct diag *dg)
{
	const unsigned char *u = (const unsigned char *)data;
	struct buf tmp = {0};
	size_t nul = 0, ctl = 0, nbad = 0, nnul = 0, cbad = 0;
	const char *from = NULL, *conv;
	char name[64];
	int detected = 0;

	buf_put(out, "", 0);
	if (n == 0)
		return 0;

	/* 1. Byte order marks. */
	if (n >= 3 && memcmp(u, "\xef\xbb\xbf", 3) == 0) {
		S_utf8_repair(data + 3, n - 3, out, &nbad, &nnul);
		goto warn;
	}
	if (n >= 4 && n % 4 == 0 && memcmp(u, "\xff\xfe\0\0", 4) == 0) {
		from = "UTF-32LE";
		data += 4, n -= 4;
	} else if (n >= 4 && memcmp(u, "\0\0\xfe\xff", 4) == 0) {
		from = "UTF-32BE";
		data += 4, n -= 4;
	} else if (n >= 2 && memcmp(u, "\xff\xfe", 2) == 0) {
		from = "UTF-16LE";
		data += 2, n -= 2;
	} else if (n >= 2 && memcmp(u, "\xfe\xff", 2) == 0) {
		from = "UTF-16BE";
		data += 2, n -= 2;
	}
	if (from != NULL)
		goto convert;

	/* 2. Binary data. */
	if (S_binary_magic(u, n)) {
		diag_add(dg, DIAG_REJECT, path, "not text (binary data)");
		return -1;
	}
	for (size_t i = 0; i < n; i++) {
		if (n - i >= 8 && no_control8(u + i)) {
			i += 7;		/* and the loop's 1: past the eight */
			continue;
		}
		if (u[i] == 0)
			nul++;
		else if (u[i] < 0x20 && u[i] != '\t' && u[i] != '\n' &&
		    u[i] != '\r' && u[i] != '\f' && u[i] != 0x1b)
			ctl++;
	}
	if (nul > 0 && (from = S_utf16_guess(u, n)) != NULL)
		goto convert;
	if (nul > n / 100 || ctl > n / 10) {
		diag_add(dg, DIAG_REJECT, path, "not text (binary data)");
		return -1;
	}

	/* 3, 4, 5. UTF-8, a legacy charset, or damaged UTF-8. */
	if (declared != NULL && !S_is_utf8_name(declared) &&
	    strncasecmp(declared, "utf-16", 6) != 0 &&
	    strncasecmp(declared, "utf-32", 6) != 0) {
		size_t i = 0;
		int len;

		while (i < n && (u[i] < 0x80 ||
		    utf8_decode(u + i, n - i, &len) >= 0))
			i += u[i] < 0x80 ? 1 : (size_t)len;
		if (i < n)
			from = declared;
	}
	if (from == NULL) {
		size_t at = out->n;

		/* UTF-8 first: with no ill-formed byte, S_looks_legacy() is
		 * false without looking (it counts the bytes counted here). */
		S_utf8_repair(data, n, out, &nbad, &nnul);
		if (nbad == 0 || !S_looks_legacy(u, n))
			goto warn;
		/* Taken back: converted from the charset detected. */
		out->n = at;
		out->p[at] = '\0';
		nbad = nnul = 0;
		from = S_detect(csd, data, n, declared, name, sizeof name);
		if (from == NULL)
			from = "windows-1252";
		detected = 1;
	}

convert:
	/* ISO-8859-1 as labelled on the web is windows-1252 (WHATWG). */
	conv = from;
	if (strcasecmp(from, "ISO-8859-1") == 0 ||
	    strcasecmp(from, "latin1") == 0 ||
	    strcasecmp(from, "us-ascii") == 0)
		conv = "windows-1252";
	if (S_convert(conv, data, n, &tmp, &cbad) != 0) {
		buf_reset(&tmp);
		cbad = 0;
		if (S_convert("windows-1252", data, n, &tmp, &cbad) != 0) {
			buf_free(&tmp);
			diag_add(dg, DIAG_REJECT, path,
			    "cannot decode: unknown charset %.40s", from);
			return -1;
		}
		from = "windows-1252";
		detected = 1;
	}
	if (detected)
		diag_add(dg, DIAG_WARN, path, "encoding detected as %s", from);
	S_utf8_repair(tmp.p, tmp.n, out, &nbad, &nnul);
	buf_free(&tmp);
	/* Mostly undecodable: this was not text in that charset. */
	if (cbad > 16 && cbad > n / 10) {
		diag_add(dg, DIAG_REJECT, path,
		    "cannot decode: too many invalid %s sequences", from);
		return -1;
	}
	if (cbad > 0)
		diag_add(dg, DIAG_WARN, path,
		    "invalid %s sequences replaced with U+FFFD", from);

warn:
	if (nbad > 0)
		diag_add(dg, DIAG_WARN, path,
		    "ill-formed UTF-8 replaced with U+FFFD");
	if (nnul > 0)
		diag_add(dg, DIAG_WARN, path, "NUL bytes replaced with U+FFFD");
	return 0;
}
