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
#include "gazetteer.h"
#include "util.h"

enum pl_stop { PL_NORMALIZE, PL_SEGMENT, PL_TIMEX, PL_EVENTS };

struct pl_opts {
	const char *lang;		/* "auto", "en", "fr" */
	bool has_dct;			/* --dct given: overrides the article's */
	struct tval dct;
	size_t max_file;		/* bytes */
	size_t max_timex;		/* expressions per document */
	const struct gazetteer *gaz;
	int stop;			/* enum pl_stop: last stage to run */
};

void pl_opts_default(struct pl_opts *);

struct worker;
struct worker *worker_new(void);
void worker_free(struct worker *);

/*
 * Run the stages on PATH up to opts->stop.  Returns the document (free with
 * doc_free), or NULL if the file was rejected (reason in DIAG).
 */
struct doc *pl_process(struct worker *, const struct pl_opts *,
    const char *path, struct diag *);

/* Per-file result of pl_run_all(). */
struct pl_result {
	const char *path;
	bool rejected;
	size_t nev;
	struct buf events;		/* the file's events, JSON Lines */
	struct diag diag;		/* its warnings and rejection */
};

/*
 * Process NPATH files over JOBS threads (0: one per core); RES[i] for
 * PATHS[i], whatever the scheduling.  PROGRESS: print progress on stderr.
 */
void pl_run_all(const struct pl_opts *, const char *const *paths,
    size_t npath, int jobs, bool progress, struct pl_result *res);

/* Expand files and folders (recursively; sorted) into regular file paths. */
void pl_collect(const char *const *args, size_t nargs, char ***out,
    size_t *n, struct diag *);

#endif
