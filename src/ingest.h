/*
 * ingest.h - read one input file into a struct doc.
 *
 * Formats by extension: .txt (optional "key: value" header: date, title,
 * lang, source, url, then a blank line), .md/.markdown (front matter between
 * "---" lines; body through cmark to plain text), .html/.htm (libxml2's HTML
 * parser, network and entities off; <title>, article:published_time,
 * <time datetime>, <html lang>, body text without script/style/nav), .tml
 * (TimeML: <DCT> and the text of <TEXT>, tags dropped).  Anything else is read
 * as .txt.
 *
 * Encoding: UTF-8 with or without BOM, UTF-16LE/BE with BOM; otherwise ICU's
 * charset detector.  Ill-formed bytes become U+FFFD with a warning.
 *
 * The DCT (article date) comes from metadata, else from a dateline near the
 * top ("PARIS, June 22, 2022 -", "22 juin 2022", "2020-04-27"), else none.
 */
#ifndef DL_INGEST_H
#define DL_INGEST_H

#include "dateline.h"
#include "diag.h"

struct ingest;		/* per-worker context (ICU charset detector...) */

struct ingest *ingest_new(void);
void ingest_free(struct ingest *);

/*
 * Fill DOC (made by doc_new with its path) from the file's bytes DATA[0..n).
 * Sets doc->format, text, text_n, title, url, source, lang (if given), dct.
 * Returns 0, or -1 with a reason in DIAG (the doc is then unusable).
 */
int ingest_bytes(struct ingest *, struct doc *doc, const char *data, size_t n,
    struct diag *);

/* Read doc->path (size limit MAX bytes) then ingest_bytes(). */
int ingest_file(struct ingest *, struct doc *doc, size_t max, struct diag *);

/*
 * Parse a metadata date ("2021-05-26", "2021-05-26T10:00:00Z", "26/05/2021",
 * "May 26, 2021") into a day value.  Returns 0, or -1 if it is not a real
 * calendar date ("2021-02-30", "0000-00-00").
 */
int ingest_parse_date(const char *s, struct tval *out);

/* ------------------------------------------------------------ internal */
/*
 * Shared by src/ingest*.c only; not part of the contract above.
 */
struct buf;

/* ICU charset detector (ingest_enc.c): opened once per struct ingest. */
void *ingest_csd_open(void);
void ingest_csd_close(void *);

/*
 * Decode DATA[0..n) into UTF-8 in OUT (BOM dropped, ill-formed bytes and NUL
 * as U+FFFD).  DECLARED: a charset named by the document itself (HTML meta,
 * XML declaration) or NULL.  Returns 0, or -1 with a rejection in DIAG.
 */
int ingest_decode(void *csd, const char *path, const char *data, size_t n,
    const char *declared, struct buf *out, struct diag *);

/* Per format, on decoded UTF-8 S[0..n) (NUL-terminated). 0 or -1. */
int ingest_txt(struct doc *, const char *s, size_t n, struct diag *);
int ingest_tml(struct doc *, const char *s, size_t n, struct diag *);
int ingest_md(struct doc *, const char *s, size_t n, struct diag *);
int ingest_html(struct doc *, const char *s, size_t n, struct diag *);

/*
 * Apply one metadata field (KEY case-insensitive: date, title, lang,
 * language, source, url, author...) to DOC.  Returns 1 if KEY is known.
 * WHERE names the origin for warnings ("front matter", "header", "meta").
 */
int ingest_meta(struct doc *, const char *key, size_t keyn, const char *val,
    size_t valn, const char *where, struct diag *);
/* True if KEY is a metadata key ingest_meta() knows. */
int ingest_meta_known(const char *key, size_t keyn);

/* Set doc->text to a copy of S[0..n) in the doc's arena. */
void ingest_set_text(struct doc *, const char *s, size_t n);

#endif
