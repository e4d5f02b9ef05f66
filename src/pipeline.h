/*
 * pipeline.h - one document through every per-document stage, and many
 * documents over worker threads.
 *
 *   ingest -> normalize -> language -> segment -> (DCT from dateline) ->
 *   timex -> events
 *
 * Each worker owns its stage contexts (ICU objects opened once, reused for
 * every document); workers share only the read-only gazetteer.
 */
#ifndef DL_PIPELINE_H
#define DL_PIPELINE_H

#include "dateline.h"
#include "diag.h"
#include "evbin.h"
#include "gazetteer.h"
#include "util.h"

enum pl_stop { PL_NORMALIZE, PL_SEGMENT, PL_TIMEX, PL_EVENTS };

struct pl_opts {
	const char *lang;		/* "auto", "en", "fr" */
	bool has_dct;			/* --dct given: overrides the article's */
	struct tval dct;
	size_t max_file;		/* bytes */
	size_t max_timex;		/* expressions per document */
	size_t max_line;		/* bytes in one line */
	const struct gazetteer *gaz;
	int stop;			/* enum pl_stop: last stage to run */
	bool records;			/* each result's events as records too */
	const char *cache;		/* events cache folder (needs records), NULL: none */
	uint64_t cache_salt;		/* options and gazetteer in the cache key */
};

void pl_opts_default(struct pl_opts *);

struct worker;
struct worker *worker_new(void);
void worker_free(struct worker *);

/*
 * Run the stages on DATA[0..n), the bytes of the file PATH, up to opts->stop.
 * Returns the document (free with doc_free), or NULL if it was rejected.
 */
struct doc *pl_process_bytes(struct worker *, const struct pl_opts *,
    const char *path, const char *data, size_t n, struct diag *);

/*
 * Run the stages on PATH up to opts->stop.  Returns the document (free with
 * doc_free), or NULL if the file was rejected (reason in DIAG).
 */
struct doc *pl_process(struct worker *, const struct pl_opts *,
    const char *path, struct diag *);

/* Per-file result handed to a pl_sink. */
struct pl_result {
	const char *path;
	bool rejected;
	size_t nev;
	struct buf events;		/* the file's events, JSON Lines (empty
					 * with records: they are in RECS) */
	struct evrecs recs;		/* the same as records, with opts->records */
	struct diag diag;		/* its warnings and rejection */
	bool cached;			/* events came from the cache */
	void *user;			/* what the sink's MAP made of it */
};

/*
 * What pl_run_all() does with each result.  MAP (may be NULL) runs on the
 * worker thread that processed the file, files in any order, several at
 * once: it may turn the result into something (r->user) but touches nothing
 * shared.  DONE runs once per file, in the order of the paths, one call at
 * a time, each after the one before has returned (on whichever worker made
 * the file's result ready: the calling thread or another).  When DONE
 * returns, the result's events, records and diagnostics are freed: DONE
 * moves what it keeps (and frees r->user).
 */
struct pl_sink {
	void (*map)(void *arg, struct pl_result *);
	void (*done)(void *arg, size_t i, struct pl_result *);
	void *arg;
};

/*
 * Process NPATH files over JOBS threads, the calling one among them (0: one
 * per core; 1: all on the calling thread).  Each result goes to SINK as soon as it and every file
 * before it are done, so DONE sees PATHS[i]'s result as i-th whatever the
 * scheduling.  Workers run at most PL_WINDOW files per thread ahead of
 * DONE: memory holds a few results, not the corpus.  PROGRESS: print
 * progress on stderr.
 */
#define PL_WINDOW 16
void pl_run_all(const struct pl_opts *, const char *const *paths,
    size_t npath, int jobs, bool progress, const struct pl_sink *);

/*
 * The events cache: a file per (path, content, program version, options),
 * holding the document's event records and its warnings (evbin.h), so a
 * rebuild processes only the articles that changed, and reads the others'
 * records without parsing them.  Default folder:
 * $XDG_CACHE_HOME/dateline or ~/.cache/dateline.
 */
const char *pl_cache_default(struct buf *scratch);
/* A 64-bit FNV-1a hash of S, continuing from H (start with PL_HASH_INIT). */
#define PL_HASH_INIT 0xcbf29ce484222325ULL
uint64_t pl_hash(uint64_t h, const void *s, size_t n);

/* Expand files and folders (recursively; sorted) into regular file paths. */
void pl_collect(const char *const *args, size_t nargs, char ***out,
    size_t *n, struct diag *);

#endif
