/*
 * dateline.h - the data model shared by every stage.
 *
 * Data flows one way:
 *   ingest -> normalize -> lang -> segment -> timex -> events   (per document, struct doc)
 *   events are serialized as JSON Lines (evjson.h)              (the map/reduce boundary)
 *   timeline merges parsed event records into entries           (struct timeline)
 *   render writes every output format from the timeline         (render.h)
 *
 * Plain structs, no library pointer in the model.  Offsets:
 *   - doc->text is the ORIGINAL text (UTF-8, decoded from the file's encoding,
 *     markup removed for .md/.html).  Spans given to users count Unicode code
 *     points into it (struct span).
 *   - doc->norm is the normalized text (NFC, quotes, spaces, dashes...), UTF-8.
 *     Stages work on it with byte offsets; doc->to_orig maps each byte of norm
 *     (and norm_n itself) to a code-point offset into doc->text.
 * Every string in a doc lives in the doc's arena: doc_free() frees it all.
 */
#ifndef DATELINE_H
#define DATELINE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define DATELINE_VERSION "0.1.0"
#define EVENTS_SCHEMA    1	/* version of the events JSON Lines schema */

#define DL_MAX_ACTORS    8	/* companies kept per event */

/* Default limits: bad input never makes memory grow out of proportion. */
#define DL_MAX_FILE_BYTES   (64u << 20)	/* largest input file */
#define DL_MAX_TIMEX        20000	/* date expressions kept per document */
#define DL_MAX_LINE_BYTES   (4u << 20)	/* one line: an article is not a 4 MB line */

struct arena;

/* A view: pointer and length, never assume a NUL. */
struct str {
	const char *p;
	size_t n;
};

/* Code-point offsets into a document's ORIGINAL text, end exclusive. */
struct span {
	uint32_t beg, end;
};

/* ---------------------------------------------------------------- timex */

enum tx_type { TX_DATE, TX_TIME, TX_DURATION, TX_SET, TX_TYPE_MAX };

enum tx_mod {
	MOD_NONE, MOD_START, MOD_MID, MOD_END, MOD_APPROX, MOD_BEFORE,
	MOD_AFTER, MOD_ON_OR_BEFORE, MOD_ON_OR_AFTER, MOD_LESS_THAN,
	MOD_MORE_THAN, MOD_EQUAL_OR_LESS, MOD_EQUAL_OR_MORE, MOD_MAX
};

/* Granularity of a value, coarsest first; used to order and merge. */
enum tx_gran {
	GRAN_NONE,		/* durations, sets, unknown */
	GRAN_REF,		/* PRESENT_REF, PAST_REF, FUTURE_REF */
	GRAN_CENTURY, GRAN_DECADE, GRAN_YEAR, GRAN_HALF, GRAN_SEASON,
	GRAN_QUARTER, GRAN_MONTH, GRAN_WEEK, GRAN_DAY, GRAN_TIME, GRAN_MAX
};

/* A TIMEX3 value: "2021-05", GRAN_MONTH, MOD_START. */
struct tval {
	char v[32];		/* TimeML value, NUL-terminated; "" if none */
	uint8_t gran;		/* enum tx_gran */
	uint8_t mod;		/* enum tx_mod */
};

struct timex {
	uint32_t beg, end;	/* byte offsets into doc->norm */
	struct span span;	/* code points into doc->text */
	uint8_t type;		/* enum tx_type */
	struct tval val;
	uint32_t sent;		/* index of its sentence */
};

/* ---------------------------------------------------------------- events */

enum deal_kind {
	DEAL_PARTNERSHIP, DEAL_JV, DEAL_ACQUISITION, DEAL_INVESTMENT,
	DEAL_CONTRACT, DEAL_LAUNCH, DEAL_CERTIFICATION, DEAL_DATACENTER,
	DEAL_APPROVAL, DEAL_TERMINATION, DEAL_OTHER, DEAL_MAX
};

enum deal_status { ST_DONE, ST_ANNOUNCED, ST_PLANNED, ST_CANCELLED, ST_MAX };

/* Name tables, indexed by the enums above (dateline.c). */
extern const char *const tx_type_names[TX_TYPE_MAX];	/* "DATE" ...   */
extern const char *const tx_mod_names[MOD_MAX];		/* "" "START"...*/
extern const char *const tx_gran_names[GRAN_MAX];	/* "none" "day" */
extern const char *const deal_kind_names[DEAL_MAX];	/* "partnership"*/
extern const char *const deal_status_names[ST_MAX];	/* "done" ...   */

/* Index of NAME in a names table of N entries, or -1. */
int dl_name_index(const char *const *names, int n, const char *name);

/* An event found in one document.  Strings live in the doc's arena. */
struct event {
	uint32_t sent;		/* sentence index */
	int32_t timex;		/* index into doc->tx, -1 if dated by DCT or undated */
	bool dated;		/* false: undated (no date in sentence, no DCT) */
	struct tval when;	/* the event's date (copy of the timex's or DCT) */
	const char *actors[DL_MAX_ACTORS];	/* canonical company names */
	uint8_t nactors;
	uint8_t kind;		/* enum deal_kind */
	uint8_t status;		/* enum deal_status */
	const char *headline;	/* a few words, in the document's language */
};

/* ---------------------------------------------------------------- documents */

enum doc_format { FMT_TXT, FMT_MD, FMT_HTML, FMT_TML, FMT_MAX };

struct sent {
	uint32_t beg, end;	/* byte offsets into doc->norm */
	bool boiler;		/* in an "About", biography, legal... section */
};

struct doc {
	const char *path;	/* as given on the command line */
	uint8_t format;		/* enum doc_format */
	char lang[3];		/* "en", "fr" ("" until known) */
	bool lang_given;	/* from metadata or --lang: do not detect */
	const char *title, *url, *source;	/* metadata, NULL if absent */
	bool has_dct;
	struct tval dct;	/* the article's own date, GRAN_DAY usually */

	const char *text;	/* original text, UTF-8, NUL-terminated */
	size_t text_n;		/* bytes */
	const char *norm;	/* normalized text, NUL-terminated */
	size_t norm_n;
	uint32_t *to_orig;	/* norm_n + 1 entries: byte -> code point in text */

	struct sent *sents;
	size_t nsents;
	struct timex *tx;
	size_t ntx;
	struct event *ev;
	size_t nev;

	struct arena *a;	/* owns everything above */
};

/* A new empty document for PATH (copied into its arena). */
struct doc *doc_new(const char *path);
void doc_free(struct doc *);

/* Code-point span in the original text for normalized bytes [beg, end). */
struct span doc_span(const struct doc *, uint32_t beg, uint32_t end);

#endif
