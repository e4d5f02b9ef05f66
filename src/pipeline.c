/*
 * pipeline.c - the per-document stages in order, and the worker pool.
 */
#include <dirent.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "evjson.h"
#include "events.h"
#include "ingest.h"
#include "lang.h"
#include "normalize.h"
#include "pipeline.h"
#include "segment.h"
#include "timex.h"

struct worker {
	struct ingest *ing;
	struct norm *norm;
	struct seg *seg;
};

void
pl_opts_default(struct pl_opts *o)
{
	memset(o, 0, sizeof *o);
	o->lang = "auto";
	o->max_file = DL_MAX_FILE_BYTES;
	o->max_timex = DL_MAX_TIMEX;
	o->stop = PL_EVENTS;
}

struct worker *
worker_new(void)
{
	struct worker *w = xcalloc(1, sizeof *w);

	w->ing = ingest_new();
	w->norm = norm_new();
	w->seg = seg_new();
	return w;
}

void
worker_free(struct worker *w)
{
	if (w == NULL)
		return;
	ingest_free(w->ing);
	norm_free(w->norm);
	seg_free(w->seg);
	free(w);
}

/* How far into the text a dateline may stand. */
#define DATELINE_BYTES 400

/* A plain calendar day "YYYY-MM-DD". */
static bool
is_day_value(const char *v)
{
	for (int i = 0; i < 10; i++) {
		if (i == 4 || i == 7) {
			if (v[i] != '-')
				return false;
		} else if (v[i] < '0' || v[i] > '9')
			return false;
	}
	return v[10] == '\0';
}

/*
 * The article's own date from a dateline near the top ("PARIS, June 22,
 * 2022 -", "Paris, le 22 juin 2022"): the first absolute day the tagger finds
 * in the first sentences.  Nothing found: no DCT (never the file's mtime).
 */
static void
dct_from_dateline(const struct lang *l, struct doc *d)
{
	size_t keep = d->nsents, k = 0;

	while (k < d->nsents && d->sents[k].beg < DATELINE_BYTES)
		k++;
	if (k == 0)
		return;
	d->nsents = k;
	tx_run(l, d, 16);
	d->nsents = keep;
	for (size_t i = 0; i < d->ntx; i++) {
		const struct timex *t = &d->tx[i];
		if (t->beg >= DATELINE_BYTES)
			break;
		if (t->type == TX_DATE && t->val.mod == MOD_NONE &&
		    is_day_value(t->val.v)) {
			d->dct = t->val;
			d->has_dct = true;
			break;
		}
	}
	d->tx = NULL;
	d->ntx = 0;
}

struct doc *
pl_process(struct worker *w, const struct pl_opts *o, const char *path,
    struct diag *dg)
{
	struct doc *d = doc_new(path);
	const struct lang *l = NULL;

	if (ingest_file(w->ing, d, o->max_file, dg) != 0) {
		doc_free(d);
		return NULL;
	}
	if (norm_run(w->norm, d) != 0)
		diag_add(dg, DIAG_WARN, path, "Unicode normalization failed; text kept as is");
	if (strcmp(o->lang, "auto") != 0)
		l = lang_get(o->lang);
	else if (d->lang_given)
		l = lang_get(d->lang);
	if (l == NULL)
		l = lang_get(lang_detect(d->norm, d->norm_n));
	if (l == NULL)
		l = lang_all[0];
	memcpy(d->lang, l->code, 2);
	d->lang[2] = '\0';
	if (o->stop == PL_NORMALIZE)
		return d;
	if (seg_run(w->seg, l, d) != 0)
		diag_add(dg, DIAG_WARN, path, "sentence segmentation failed; text kept as one sentence");
	if (o->stop == PL_SEGMENT)
		return d;
	if (o->has_dct) {
		d->dct = o->dct;
		d->has_dct = true;
	} else if (!d->has_dct)
		dct_from_dateline(l, d);
	tx_run(l, d, o->max_timex);
	if (d->ntx >= o->max_timex)
		diag_add(dg, DIAG_WARN, path,
		    "more than %zu date expressions; the rest ignored (see --max-timex)",
		    o->max_timex);
	if (o->stop == PL_TIMEX)
		return d;
	ev_run(o->gaz, l, d);
	return d;
}

/* ------------------------------------------------------------ the pool */

struct pool {
	const struct pl_opts *o;
	const char *const *paths;
	size_t npath;
	struct pl_result *res;
	atomic_size_t next, done;
	bool progress;
	pthread_mutex_t lock;
};

static void *
pool_main(void *arg)
{
	struct pool *p = arg;
	struct worker *w = worker_new();
	size_t i;

	while ((i = atomic_fetch_add(&p->next, 1)) < p->npath) {
		struct pl_result *r = &p->res[i];
		struct doc *d;

		r->path = p->paths[i];
		d = pl_process(w, p->o, p->paths[i], &r->diag);
		if (d == NULL)
			r->rejected = true;
		else {
			r->nev = d->nev;
			evjson_write_doc(d, &r->events);
			doc_free(d);
		}
		size_t done = atomic_fetch_add(&p->done, 1) + 1;
		if (p->progress) {
			pthread_mutex_lock(&p->lock);
			fprintf(stderr, "\r\033[K[%zu/%zu] %.60s", done, p->npath,
			    p->paths[i]);
			pthread_mutex_unlock(&p->lock);
		}
	}
	worker_free(w);
	return NULL;
}

void
pl_run_all(const struct pl_opts *o, const char *const *paths, size_t npath,
    int jobs, bool progress, struct pl_result *res)
{
	struct pool p = { .o = o, .paths = paths, .npath = npath, .res = res,
	    .progress = progress };
	pthread_t *th;
	int n = jobs;

	if (n <= 0) {
		long c = sysconf(_SC_NPROCESSORS_ONLN);
		n = c > 0 ? (int)c : 1;
	}
	if ((size_t)n > npath)
		n = npath ? (int)npath : 1;
	memset(res, 0, npath * sizeof *res);
	atomic_init(&p.next, 0);
	atomic_init(&p.done, 0);
	pthread_mutex_init(&p.lock, NULL);
	if (n == 1) {
		pool_main(&p);
	} else {
		th = xcalloc((size_t)n, sizeof *th);
		for (int i = 0; i < n; i++)
			if (pthread_create(&th[i], NULL, pool_main, &p) != 0) {
				n = i;
				break;
			}
		if (n == 0)
			pool_main(&p);
		for (int i = 0; i < n; i++)
			pthread_join(th[i], NULL);
		free(th);
	}
	if (progress && npath)
		fprintf(stderr, "\r\033[K");
	pthread_mutex_destroy(&p.lock);
}

/* ------------------------------------------------------------ collecting */

struct plist {
	char **p;
	size_t n, cap;
};

static int
cmpstr(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Files a folder walk leaves out: hidden ones, READMEs, our temp files. */
static bool
skipped_name(const char *name)
{
	return name[0] == '.' || strncmp(name, "README", 6) == 0 ||
	    strstr(name, ".tmp.") != NULL;
}

#define MAX_DEPTH 64	/* folder nesting followed; deeper is a loop or abuse */

static void
walk(const char *dir, int depth, struct plist *l, struct diag *dg)
{
	struct dirent *de;
	DIR *dp;
	size_t n0 = l->n;

	if (depth > MAX_DEPTH) {
		diag_add(dg, DIAG_REJECT, dir, "folders nested too deep (a symbolic link loop?)");
		return;
	}
	dp = opendir(dir);
	if (dp == NULL) {
		diag_add(dg, DIAG_REJECT, dir, "cannot open folder");
		return;
	}
	struct plist sub = {0};
	while ((de = readdir(dp)) != NULL) {
		if (skipped_name(de->d_name))
			continue;
		size_t len = strlen(dir) + strlen(de->d_name) + 2;
		char *p = xmalloc(len);
		struct stat st;
		snprintf(p, len, "%s%s%s", dir,
		    dir[strlen(dir) - 1] == '/' ? "" : "/", de->d_name);
		if (stat(p, &st) == 0 && S_ISDIR(st.st_mode)) {
			GROW(sub.p, sub.cap, sub.n + 1);
			sub.p[sub.n++] = p;
			continue;
		}
		/* Everything else (files, pipes, broken links) is a file: the
		 * reader says what is wrong with it. */
		GROW(l->p, l->cap, l->n + 1);
		l->p[l->n++] = p;
	}
	closedir(dp);
	qsort(sub.p, sub.n, sizeof *sub.p, cmpstr);
	for (size_t i = 0; i < sub.n; i++) {
		walk(sub.p[i], depth + 1, l, dg);
		free(sub.p[i]);
	}
	free(sub.p);
	(void)n0;
}

void
pl_collect(const char *const *args, size_t nargs, char ***out, size_t *n,
    struct diag *dg)
{
	struct plist l = {0};
	struct stat st;

	for (size_t i = 0; i < nargs; i++) {
		if (stat(args[i], &st) == 0 && S_ISDIR(st.st_mode))
			walk(args[i], 0, &l, dg);
		else {
			GROW(l.p, l.cap, l.n + 1);
			l.p[l.n++] = xstrdup(args[i]);
		}
	}
	/* One order whatever the folder listing order: byte order of paths. */
	qsort(l.p, l.n, sizeof *l.p, cmpstr);
	*out = l.p;
	*n = l.n;
}
