/*
 * pipeline.c - the per-document stages in order, and the worker pool.
 */
#include <dirent.h>
#include <pthread.h>
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
	o->max_line = DL_MAX_LINE_BYTES;
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
	char *data;
	size_t n;
	const char *why;
	struct doc *d;

	if (read_file(path, o->max_file, &data, &n, &why) != 0) {
		diag_add(dg, DIAG_REJECT, path, "%s", why);
		return NULL;
	}
	d = pl_process_bytes(w, o, path, data, n, dg);
	free(data);
	return d;
}

/* The longest line of DATA[0..n), in bytes (one memchr pass). */
static size_t
longest_line(const char *data, size_t n)
{
	size_t best = 0;
	const char *p = data, *end = data + n;

	while (p < end) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		size_t len = nl ? (size_t)(nl - p) : (size_t)(end - p);
		if (len > best)
			best = len;
		p += len + 1;
	}
	return best;
}

struct doc *
pl_process_bytes(struct worker *w, const struct pl_opts *o, const char *path,
    const char *data, size_t n, struct diag *dg)
{
	struct doc *d;
	const struct lang *l = NULL;

	if (o->max_line && n > o->max_line && longest_line(data, n) > o->max_line) {
		diag_add(dg, DIAG_REJECT, path, "a line longer than %zu bytes "
		    "(see --max-line)", o->max_line);
		return NULL;
	}
	d = doc_new(path);

	if (ingest_bytes(w->ing, d, data, n, dg) != 0) {
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

/* ------------------------------------------------------------ cache */

uint64_t
pl_hash(uint64_t h, const void *s, size_t n)
{
	return fnv1a(h, s, n);
}

const char *
pl_cache_default(struct buf *b)
{
	const char *x = getenv("XDG_CACHE_HOME"), *home = getenv("HOME");

	buf_reset(b);
	if (x && *x == '/')
		buf_printf(b, "%s/dateline", x);
	else if (home && *home == '/')
		buf_printf(b, "%s/.cache/dateline", home);
	else
		return NULL;
	return b->p;
}

/*
 * The cache file of one document: two independent 64-bit hashes of the
 * program version, the options' salt, the path and the content (128 bits:
 * a collision is out of reach for any corpus).
 */
static void
cache_name(const struct pl_opts *o, const char *path, const char *data,
    size_t n, struct buf *out)
{
	uint64_t h1 = PL_HASH_INIT, h2 = 0x84222325cbf29ce4ULL;
	const char *v = DATELINE_VERSION;

	h1 = pl_hash(h1, v, strlen(v));
	h1 = pl_hash(h1, &o->cache_salt, sizeof o->cache_salt);
	h1 = pl_hash(h1, path, strlen(path) + 1);
	h2 = hash64(h2, data, n);
	h2 = pl_hash(h2, &h1, sizeof h1);
	h1 = pl_hash(h1, &h2, sizeof h2);
	buf_reset(out);
	buf_printf(out, "%s/%02x/%016llx%016llx.evb", o->cache, (unsigned)(h1 & 0xFF),
	    (unsigned long long)h1, (unsigned long long)h2);
}

/* A cache file: the records and warnings (evbin.h).  0 and R filled on a hit. */
static int
cache_load(const char *name, struct pl_result *r)
{
	char *s;
	size_t n;
	const char *why;

	if (read_file(name, (size_t)1 << 30, &s, &n, &why) != 0)
		return -1;
	if (evbin_read(s, n, &r->recs, &r->diag) != 0) {
		free(s);
		return -1;	/* torn or from another version: a miss */
	}
	r->nev = r->recs.n;
	r->cached = true;
	return 0;
}

static void
cache_store(const char *name, const struct pl_result *r)
{
	struct buf b = {0};
	char *slash;

	evbin_write(&r->recs, &r->diag, &b);
	slash = strrchr(name, '/');
	if (slash) {
		char *dir = xstrndup(name, (size_t)(slash - name));
		mkdirs(dir);
		free(dir);
	}
	/* A cache needs no fsync: a torn file is only a miss (evbin_read()
	 * refuses it whole) and is rewritten next time. */
	write_file_atomic_flags(name, b.p ? b.p : "", b.n, false);
	buf_free(&b);
}

/* ------------------------------------------------------------ the pool */

static void
process_one(struct worker *w, const struct pl_opts *o, const char *path,
    struct pl_result *r, struct buf *scratch)
{
	char *data;
	size_t n;
	const char *why;
	struct doc *d;

	r->path = path;
	if (read_file(path, o->max_file, &data, &n, &why) != 0) {
		diag_add(&r->diag, DIAG_REJECT, path, "%s", why);
		r->rejected = true;
		return;
	}
	if (o->cache && o->records) {
		cache_name(o, path, data, n, scratch);
		if (cache_load(scratch->p, r) == 0) {
			free(data);
			return;
		}
	}
	d = pl_process_bytes(w, o, path, data, n, &r->diag);
	free(data);
	if (d == NULL) {
		r->rejected = true;
		return;
	}
	r->nev = d->nev;
	if (!o->records) {
		evjson_write_doc(d, &r->events);
		doc_free(d);
		return;
	}
	/* The records the lines would parse to, without the lines; our own
	 * lines always parse, a file whose would not is not cached. */
	if (evjson_records_doc(d, &r->recs) == 0 && o->cache)
		cache_store(scratch->p, r);
	doc_free(d);
}

/*
 * The pool: workers take the next file while it is within the window of
 * results not yet handed to DONE; file i's result lives in slot i % window
 * until DONE has seen it.  There is no consuming thread: the worker that
 * makes the oldest result ready hands it, and every ready one after it, to
 * DONE, one worker at a time (FLUSHING), so the results go in path order
 * with no thread woken per file.  The calling thread is one of the workers.
 * Every field below the lock is read and written under it; a slot belongs
 * to the worker that took its file until it is marked ready, then to the
 * flushing worker until it is consumed.
 */
struct pool {
	const struct pl_opts *o;
	const char *const *paths;
	size_t npath;
	const struct pl_sink *sink;
	bool progress;
	struct pl_result *slot;
	size_t window;
	pthread_mutex_t lock;
	pthread_cond_t space;		/* results were consumed */
	bool *ready;			/* slot holds its file's result */
	bool flushing;			/* a worker is handing results to DONE */
	size_t next;			/* next file to take */
	size_t consumed;		/* files handed to DONE */
	size_t ndone;			/* files processed */
};

/* Call with the lock held (or with no other thread running). */
static void
progress_line(struct pool *p, size_t i)
{
	p->ndone++;
	if (p->progress)
		fprintf(stderr, "\r\033[K[%zu/%zu] %.60s", p->ndone, p->npath,
		    p->paths[i]);
}

static void
result_clear(struct pl_result *r)
{
	buf_free(&r->events);
	evrecs_free(&r->recs);
	diag_free(&r->diag);
	memset(r, 0, sizeof *r);
}

/* File I into R, then the sink's MAP; on the thread that calls it. */
static void
run_one(struct pool *p, struct worker *w, struct buf *scratch, size_t i,
    struct pl_result *r)
{
	process_one(w, p->o, p->paths[i], r, scratch);
	if (p->sink->map)
		p->sink->map(p->sink->arg, r);
}

/*
 * With the lock held and FLUSHING taken: hand the oldest results to DONE
 * while they are ready (the lock is let go around each), then wake the
 * workers waiting for room.
 */
static void
flush_ready(struct pool *p)
{
	while (p->consumed < p->npath && p->ready[p->consumed % p->window]) {
		size_t i = p->consumed;
		struct pl_result *r = &p->slot[i % p->window];
		pthread_mutex_unlock(&p->lock);
		p->sink->done(p->sink->arg, i, r);
		result_clear(r);
		pthread_mutex_lock(&p->lock);
		p->ready[i % p->window] = false;
		p->consumed++;
	}
	pthread_cond_broadcast(&p->space);
}

static void *
pool_main(void *arg)
{
	struct pool *p = arg;
	struct worker *w = worker_new();
	struct buf scratch = {0};

	pthread_mutex_lock(&p->lock);
	for (;;) {
		while (p->next < p->npath && p->next - p->consumed >= p->window)
			pthread_cond_wait(&p->space, &p->lock);
		if (p->next >= p->npath)
			break;
		size_t i = p->next++;
		pthread_mutex_unlock(&p->lock);
		run_one(p, w, &scratch, i, &p->slot[i % p->window]);
		pthread_mutex_lock(&p->lock);
		p->ready[i % p->window] = true;
		progress_line(p, i);
		if (!p->flushing) {
			p->flushing = true;
			flush_ready(p);
			p->flushing = false;
		}
	}
	pthread_mutex_unlock(&p->lock);
	buf_free(&scratch);
	worker_free(w);
	return NULL;
}

/* One thread: each file processed and consumed in turn. */
static void
run_serial(struct pool *p)
{
	struct worker *w = worker_new();
	struct buf scratch = {0};
	struct pl_result r = {0};

	for (size_t i = 0; i < p->npath; i++) {
		run_one(p, w, &scratch, i, &r);
		progress_line(p, i);
		p->sink->done(p->sink->arg, i, &r);
		result_clear(&r);
	}
	buf_free(&scratch);
	worker_free(w);
}

void
pl_run_all(const struct pl_opts *o, const char *const *paths, size_t npath,
    int jobs, bool progress, const struct pl_sink *sink)
{
	struct pool p = { .o = o, .paths = paths, .npath = npath, .sink = sink,
	    .progress = progress };
	pthread_t *th;
	int n = jobs, started = 0;

	if (n <= 0) {
		long c = sysconf(_SC_NPROCESSORS_ONLN);
		n = c > 0 ? (int)c : 1;
	}
	if ((size_t)n > npath)
		n = npath ? (int)npath : 1;
	if (n > 1) {
		p.window = (size_t)n * PL_WINDOW;
		p.slot = xcalloc(p.window, sizeof *p.slot);
		p.ready = xcalloc(p.window, sizeof *p.ready);
		pthread_mutex_init(&p.lock, NULL);
		pthread_cond_init(&p.space, NULL);
		th = xcalloc((size_t)n, sizeof *th);
		/* N - 1 threads, and this one. */
		while (started < n - 1 &&
		    pthread_create(&th[started], NULL, pool_main, &p) == 0)
			started++;
		if (started > 0)
			pool_main(&p);
		for (int i = 0; i < started; i++)
			pthread_join(th[i], NULL);
		free(th);
		pthread_cond_destroy(&p.space);
		pthread_mutex_destroy(&p.lock);
		free(p.ready);
		free(p.slot);
	}
	if (started == 0)
		run_serial(&p);
	if (progress && npath)
		fprintf(stderr, "\r\033[K");
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

/* The folders being walked, outermost first: a link back to one is a loop. */
struct ancestors {
	dev_t dev[MAX_DEPTH + 2];
	ino_t ino[MAX_DEPTH + 2];
};

static void
walk(const char *dir, int depth, struct plist *l, struct diag *dg,
    struct ancestors *anc)
{
	struct dirent *de;
	struct stat self;
	DIR *dp;

	if (depth > MAX_DEPTH) {
		diag_add(dg, DIAG_REJECT, dir, "folders nested too deep");
		return;
	}
	if (stat(dir, &self) == 0) {
		for (int k = 0; k < depth; k++)
			if (anc->dev[k] == self.st_dev && anc->ino[k] == self.st_ino) {
				diag_add(dg, DIAG_REJECT, dir, "symbolic link loop (folder already being read)");
				return;
			}
		anc->dev[depth] = self.st_dev;
		anc->ino[depth] = self.st_ino;
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
	if (sub.n > 1)
		qsort(sub.p, sub.n, sizeof *sub.p, cmpstr);
	for (size_t i = 0; i < sub.n; i++) {
		walk(sub.p[i], depth + 1, l, dg, anc);
		free(sub.p[i]);
	}
	free(sub.p);
}

void
pl_collect(const char *const *args, size_t nargs, char ***out, size_t *n,
    struct diag *dg)
{
	struct plist l = {0};
	struct stat st;

	for (size_t i = 0; i < nargs; i++) {
		if (stat(args[i], &st) == 0 && S_ISDIR(st.st_mode)) {
			struct ancestors anc;
			walk(args[i], 0, &l, dg, &anc);
		}
		else {
			GROW(l.p, l.cap, l.n + 1);
			l.p[l.n++] = xstrdup(args[i]);
		}
	}
	/* One order whatever the folder listing order: byte order of paths. */
	if (l.n > 1)
		qsort(l.p, l.n, sizeof *l.p, cmpstr);
	*out = l.p;
	*n = l.n;
}
