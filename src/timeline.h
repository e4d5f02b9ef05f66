/*
 * timeline.h - event records in, one entry per deal out.
 *
 * The timeline's input is event RECORDS, self-contained (they carry their
 * source: document, title, URL, sentence), exactly what `dateline extract`
 * writes as JSON Lines (evjson.h).  `build` goes through the same records, so
 * build, extract+merge and sharded extract+merge give identical output.
 *
 * Two records are the same deal when their dates are compatible (one contains
 * the other, or within a granularity step), their companies overlap and their
 * kinds agree, whatever the language.  Merging does not depend on input
 * order, and uses buckets by kind and company (no all-pairs comparison).
 * The timeline owns its arena; records are deep-copied in.
 */
#ifndef DL_TIMELINE_H
#define DL_TIMELINE_H

#include "dateline.h"

struct source {
	const char *doc;	/* path of the document */
	const char *title;	/* NULL if none */
	const char *url;	/* NULL if none */
	const char *lang;	/* "en", "fr" */
	const char *dct;	/* article date value or NULL */
	const char *sentence;	/* the source sentence (original text) */
	struct span sspan;	/* the sentence, code points into the document */
	bool has_tspan;
	struct span tspan;	/* the date expression, code points into the SENTENCE */
	const char *ttext;	/* the date expression's text, NULL if none */
	const char *headline;	/* headline in this source's language */
};

/* The article a source is from: shared by every event of the article. */
struct origin {
	const char *doc, *title, *url, *lang, *dct;	/* as in struct source */
};

/*
 * A source as an entry keeps it: the article's fields once per article
 * (hundreds of thousands of sources are kept for a large corpus).
 */
struct esource {
	const struct origin *o;	/* never NULL */
	const char *sentence, *ttext, *headline;	/* as in struct source */
	struct span sspan, tspan;
	bool has_tspan;
};

/* True if S is from the article O stands for (the same five fields). */
bool origin_is(const struct origin *o, const struct source *s);
/* E as a struct source, every field at hand. */
struct source esource_flat(const struct esource *e);

/* One event as extracted from one document. */
struct evrec {
	bool dated;
	struct tval when;
	uint8_t type;		/* enum tx_type of the timex, TX_DATE if from DCT */
	const char *actors[DL_MAX_ACTORS];
	uint8_t nactors;
	uint8_t kind, status;
	struct source src;
};

/* One deal: merged records. */
struct entry {
	char id[17];		/* stable: hex of a hash of the deal's canonical key */
	bool dated;
	struct tval when;	/* the most precise date of its records */
	const char **actors;	/* union, sorted */
	size_t nactors;
	uint8_t kind, status;	/* status: of the most recent source */
	const char *headline[2];/* [0] en, [1] fr; NULL where no source in it */
	struct esource *src;	/* every source, sorted by document then offset */
	size_t nsrc;
};

struct timeline {
	struct entry *e;	/* dated entries chronologically, undated last */
	size_t n;
	size_t nrec;		/* records added */
	struct arena *a;
	void *priv;		/* merge state (timeline.c) */
};

struct timeline *tl_new(void);
/* Deep-copy REC into the timeline. */
void tl_add(struct timeline *, const struct evrec *rec);
/* Merge records into entries and order them. Call once, after every tl_add. */
void tl_finish(struct timeline *);
/*
 * Let tl_finish() use two threads where it can if JOBS > 1 (0: one per
 * core; default 1); the timeline is the same.
 */
void tl_set_jobs(struct timeline *, int jobs);
void tl_free(struct timeline *);

#endif
