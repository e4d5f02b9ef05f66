/*
 * render.c - the backend registry, the shared view, and writing out/.
 *
 * A backend fills buffers named by outset_file(); render_all() writes them
 * (each through a temporary file renamed into place) only if the backend
 * returned 0, so a failed backend leaves its old files as they were.
 */
#include <errno.h>
#include <stdio.h>
#include <pthread.h>
#include <stdatomic.h>
#include <unistd.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "datefmt.h"
#include "escape.h"
#include "render.h"

extern const struct backend backend_html, backend_email, backend_md,
    backend_json, backend_jsonl, backend_csv, backend_atom, backend_ics;

static const struct backend *const backends[] = {
	&backend_html, &backend_md, &backend_jsonl, &backend_json,
	&backend_csv, &backend_atom, &backend_ics, &backend_email,
};
#define NBACKENDS (sizeof backends / sizeof backends[0])

/* Largest template or strings file read. */
#define MAX_TEMPLATE (4u << 20)

/* ------------------------------------------------------------ outset */

struct buf *
outset_file(struct outset *os, const char *name)
{
	for (size_t i = 0; i < os->n; i++)
		if (strcmp(os->f[i].name, name) == 0)
			return &os->f[i].b;
	GROW(os->f, os->cap, os->n + 1);
	memset(&os->f[os->n], 0, sizeof os->f[os->n]);
	os->f[os->n].name = xstrdup(name);
	return &os->f[os->n++].b;
}

/* Bytes a buffer holds before outset_spill() sends them to their file. */
#define SPILL_AT (1u << 20)

/* Removes the temporary files of a backend that failed. */
static void
outset_free(struct outset *os)
{
	for (size_t i = 0; i < os->n; i++) {
		if (os->f[i].spilled)
			afile_abort(&os->f[i].af);
		free(os->f[i].name);
		buf_free(&os->f[i].b);
	}
	free(os->f);
}

/* OUTDIR/NAME (malloc'd), its folder made; NULL (reason in DIAG) if it cannot be. */
static char *
out_path(const char *outdir, const char *name, struct diag *dg)
{
	size_t len = strlen(outdir) + strlen(name) + 2;
	char *path = xmalloc(len);
	const char *slash;

	snprintf(path, len, "%s/%s", outdir, name);
	if ((slash = strrchr(name, '/')) != NULL) {
		char *dir = xstrndup(path, strlen(outdir) + 1 + (size_t)(slash - name));
		int rc = mkdirs(dir);
		if (rc != 0 && dg != NULL)
			diag_add(dg, DIAG_REJECT, dir, "cannot create folder: %s",
			    strerror(errno));
		free(dir);
		if (rc != 0) {
			free(path);
			return NULL;
		}
	}
	return path;
}

void
outset_spill(struct outset *os, struct buf *b)
{
	struct outfile *f = NULL;

	if (os->outdir == NULL || b->n < SPILL_AT)
		return;
	for (size_t i = 0; i < os->n && f == NULL; i++)
		if (&os->f[i].b == b)
			f = &os->f[i];
	if (f == NULL)
		return;
	if (!f->spilled) {
		/* A failure here is met again, and said, when the file is written. */
		char *path = out_path(os->outdir, f->name, NULL);
		bool ok = path != NULL && afile_open(&f->af, path) == 0;
		free(path);
		if (!ok)
			return;
		f->spilled = true;
	}
	afile_write(&f->af, b->p, b->n);
	buf_reset(b);
}

/* Write every file of OS under OUTDIR; -1 (each failure in DIAG) if any fails. */
static int
outset_write(struct outset *os, const char *outdir, struct diag *dg)
{
	int rc = 0;

	for (size_t i = 0; i < os->n; i++) {
		struct outfile *f = &os->f[i];
		char *path = out_path(outdir, f->name, dg);
		int wr;

		if (path == NULL) {
			rc = -1;
			continue;
		}
		if (f->spilled) {
			afile_write(&f->af, f->b.p, f->b.n);
			f->spilled = false;
			wr = afile_commit(&f->af);
		} else
			wr = write_file_atomic(path, f->b.p ? f->b.p : "", f->b.n);
		if (wr != 0) {
			diag_add(dg, DIAG_REJECT, path, "cannot write: %s",
			    strerror(errno));
			rc = -1;
		}
		free(path);
	}
	return rc;
}

/* True if NAME is in the comma-separated LIST. */
static bool
in_list(const char *list, const char *name)
{
	size_t n = strlen(name);

	for (const char *p = list; *p; ) {
		const char *c = strchr(p, ',');
		size_t len = c ? (size_t)(c - p) : strlen(p);
		if (len == n && strncmp(p, name, n) == 0)
			return true;
		p += len + (c != NULL);
	}
	return false;
}

struct rjob {
	size_t i;		/* index into backends[], or VIEW_JOB */
	int part;		/* which part of it */
	struct diag bd;
	int rc;
};

/* The job that builds the shared view: the first one taken. */
#define VIEW_JOB SIZE_MAX

/* Parts of one backend at most. */
#define MAX_PARTS 8

struct rpool {
	const struct timeline *tl;
	struct rctx r;		/* the caller's, no view: read-only once started */
	const char *outdir;
	struct rjob jobs[NBACKENDS * MAX_PARTS + 1];
	size_t n;
	atomic_size_t next;
	/* The view is built by the first job while backends that do without
	 * it (JSON Lines) start; the others wait for it. */
	pthread_mutex_t mu;
	pthread_cond_t cv;
	bool view_done;
	struct rview *view;	/* the shared view (under MU until VIEW_DONE) */
};

static int
nparts(const struct backend *b)
{
	return b->parts < 1 ? 1 : b->parts > MAX_PARTS ? MAX_PARTS : b->parts;
}

/* The view (dates in words, cleaned text, slugs), built once and shared; a
 * backend that cannot have it builds its own and says why. */
static void
build_view(struct rpool *p)
{
	struct diag vd = {0};
	struct rview *v = rview_new(p->tl, &p->r, &vd);

	if (v)
		v->shared = true;
	diag_free(&vd);
	pthread_mutex_lock(&p->mu);
	p->view = v;
	p->view_done = true;
	pthread_cond_broadcast(&p->cv);
	pthread_mutex_unlock(&p->mu);
}

/* RC with its own copy of the shared view (its own arena, in *A), once built. */
static void
take_view(struct rpool *p, struct rctx *rc, struct rview *copy,
    struct arena **a)
{
	pthread_mutex_lock(&p->mu);
	while (!p->view_done)
		pthread_cond_wait(&p->cv, &p->mu);
	pthread_mutex_unlock(&p->mu);
	if (p->view) {
		*copy = *p->view;
		*a = arena_new();
		copy->a = *a;
		copy->shared = true;
		rc->view = copy;
	}
}

static void *
render_worker(void *arg)
{
	struct rpool *p = arg;
	struct rctx rc = p->r;
	struct rview copy;
	struct arena *a = NULL;
	bool viewed = false;
	size_t k;

	while ((k = atomic_fetch_add(&p->next, 1)) < p->n) {
		struct rjob *j = &p->jobs[k];
		struct outset os = { .outdir = p->outdir };
		if (j->i == VIEW_JOB) {
			if (!p->view_done)	/* not needed when already "done" */
				build_view(p);
			continue;
		}
		if (!backends[j->i]->no_view && !viewed) {
			take_view(p, &rc, &copy, &a);
			viewed = true;
		}
		rc.part = j->part;
		rc.nparts = nparts(backends[j->i]);
		j->rc = backends[j->i]->render(p->tl, &rc, &os, &j->bd);
		if (j->rc == 0 && outset_write(&os, p->outdir, &j->bd) != 0)
			j->rc = -1;
		outset_free(&os);
	}
	arena_free(a);
	return NULL;
}

static void
run_pool(struct rpool *p, int jobs)
{
	pthread_t th[NBACKENDS * MAX_PARTS];
	long n = jobs;

	if (n <= 0)
		n = sysconf(_SC_NPROCESSORS_ONLN);
	if (n > (long)p->n)
		n = (long)p->n;
	if (n <= 1) {
		render_worker(p);
		return;
	}
	long started = 0;
	for (; started < n; started++)
		if (pthread_create(&th[started], NULL, render_worker, p) != 0)
			break;
	if (started == 0)
		render_worker(p);
	for (long i = 0; i < started; i++)
		pthread_join(th[i], NULL);
}

/*
 * The jobs' messages into DG in backend order (not the order the jobs were
 * queued or ran in), each once: backends share templates.  -1 if a job failed.
 */
static int
collect(struct rpool *p, struct diag *dg)
{
	int rc = 0;

	for (size_t i = 0; i < NBACKENDS; i++)
		for (size_t k = 0; k < p->n; k++) {
			struct rjob *j = &p->jobs[k];
			if (j->i != i)
				continue;
			if (j->rc != 0)
				rc = -1;
			for (size_t m = 0; m < j->bd.n; m++) {
				bool seen = false;
				for (size_t d = 0; d < dg->n && !seen; d++)
					seen = strcmp(dg->it[d].msg, j->bd.it[m].msg) == 0;
				if (!seen)
					diag_add(dg, j->bd.it[m].level, NULL, "%s",
					    j->bd.it[m].msg);
			}
			diag_free(&j->bd);
		}
	return rc;
}

int
render_all(const struct timeline *tl, const struct rctx *r, const char *outdir,
    const char *only, struct diag *dg)
{
	int rc = 0;

	if (only != NULL) {
		/* Every name asked for must be a backend. */
		for (const char *p = only; *p; ) {
			const char *c = strchr(p, ',');
			size_t len = c ? (size_t)(c - p) : strlen(p);
			bool found = false;
			for (size_t i = 0; i < NBACKENDS; i++)
				if (strlen(backends[i]->name) == len &&
				    strncmp(backends[i]->name, p, len) == 0)
					found = true;
			if (!found && len > 0) {
				diag_add(dg, DIAG_REJECT, "--only", "no output format "
				    "named \"%.*s\"", (int)len, p);
				rc = -1;
			}
			p += len + (c != NULL);
		}
	}
	/* Backends render at once, each into its own files, each with its own
	 * copy of the view whose arena is its own; their messages are then
	 * taken in backend order, so the output does not depend on timing.
	 * The view is the first job; those that need no view come next. */
	struct rpool pool = { .tl = tl, .r = *r, .outdir = outdir };
	pool.r.view = NULL;
	pthread_mutex_init(&pool.mu, NULL);
	pthread_cond_init(&pool.cv, NULL);
	pool.jobs[pool.n++].i = VIEW_JOB;
	pool.view_done = true;	/* unless a backend asks for it, below */
	for (int pass = 0; pass < 2; pass++)
		for (size_t i = 0; i < NBACKENDS; i++)
			if ((only == NULL || in_list(only, backends[i]->name)) &&
			    backends[i]->no_view == (pass == 0))
				for (int part = 0; part < nparts(backends[i]); part++) {
					pool.jobs[pool.n].i = i;
					pool.jobs[pool.n++].part = part;
					pool.view_done = pool.view_done && backends[i]->no_view;
				}
	atomic_init(&pool.next, 0);
	run_pool(&pool, r->jobs);
	if (collect(&pool, dg) != 0)
		rc = -1;
	if (pool.view) {
		pool.view->shared = false;
		rview_free(pool.view);
	}
	pthread_mutex_destroy(&pool.mu);
	pthread_cond_destroy(&pool.cv);
	return rc;
}

/* ------------------------------------------------------------ view */

struct kv {
	const char *k, *v;
};

struct priv {
	struct kv *kv;
	size_t nkv, cap;
};

/* S[0..n) through esc_text, into arena A; TMP is scratch. */
static char *
clean(struct arena *a, struct buf *tmp, const char *s, size_t n)
{
	buf_reset(tmp);
	esc_text(tmp, s ? s : "", s ? n : 0);
	return arena_strndup(a, tmp->p ? tmp->p : "", tmp->n);
}

static char *
cleans(struct arena *a, struct buf *tmp, const char *s)
{
	return clean(a, tmp, s, s ? strlen(s) : 0);
}

/* ------------------------------------------------------------ memo */

/*
 * Values worked out once per distinct key while the view is built: dates
 * in words (ICU) and article dates.  Keys and values live in the arena.
 */
struct memo_slot {
	const char *k;
	size_t kn;
	uint64_t h;
	void *v;
};

struct memo {
	struct memo_slot *s;
	size_t n, cap;		/* cap: a power of two, or 0 */
};

static uint64_t
hash_bytes(const void *p, size_t n)
{
	return fnv1a(FNV1A_INIT, p, n);
}

/* The value slot of key K (*slot NULL if new: the caller fills it). */
static void **
memo_get(struct memo *m, struct arena *a, const void *k, size_t kn)
{
	uint64_t h = hash_bytes(k, kn);
	size_t i;

	if (2 * (m->n + 1) > m->cap) {
		size_t cap = m->cap ? m->cap * 2 : 256;
		struct memo_slot *s = xcalloc(cap, sizeof *s);
		for (size_t j = 0; j < m->cap; j++) {
			if (m->s[j].k == NULL)
				continue;
			for (i = m->s[j].h & (cap - 1); s[i].k; i = (i + 1) & (cap - 1))
				;
			s[i] = m->s[j];
		}
		free(m->s);
		m->s = s;
		m->cap = cap;
	}
	for (i = h & (m->cap - 1); m->s[i].k; i = (i + 1) & (m->cap - 1))
		if (m->s[i].h == h && m->s[i].kn == kn &&
		    memcmp(m->s[i].k, k, kn) == 0)
			return &m->s[i].v;
	m->s[i].k = arena_strndup(a, k, kn);
	m->s[i].kn = kn;
	m->s[i].h = h;
	m->n++;
	return &m->s[i].v;
}

/* Load TEMPLATES/strings/LOCALE.tsv: "key TAB value" lines, '#' comments. */
static int
load_strings(struct rview *rv, struct diag *dg)
{
	struct priv *pv = rv->priv;
	char *path = arena_printf(rv->a, "%s/strings/%s.tsv", rv->r->templates ?
	    rv->r->templates : "templates", rv->locale);
	char *data;
	size_t n;
	const char *why;

	if (read_file(path, MAX_TEMPLATE, &data, &n, &why) != 0) {
		diag_add(dg, DIAG_REJECT, path, "interface strings for locale "
		    "\"%s\": %s", rv->locale, why);
		return -1;
	}
	for (char *p = data, *nl; p < data + n; p = nl + 1) {
		nl = strchr(p, '\n');
		if (nl == NULL)
			nl = data + n;
		*nl = '\0';
		if (nl > p && nl[-1] == '\r')
			nl[-1] = '\0';
		char *tab = strchr(p, '\t');
		if (*p == '#' || tab == NULL)
			continue;
		*tab = '\0';
		GROW(pv->kv, pv->cap, pv->nkv + 1);
		pv->kv[pv->nkv].k = arena_strdup(rv->a, p);
		pv->kv[pv->nkv].v = arena_strdup(rv->a, tab + 1);
		pv->nkv++;
	}
	free(data);
	return 0;
}

const char *
rv_str(const struct rview *rv, const char *key)
{
	const struct priv *pv = rv->priv;

	for (size_t i = pv->nkv; i-- > 0; )
		if (strcmp(pv->kv[i].k, key) == 0)
			return pv->kv[i].v;
	return key;
}

static int
co_cmp(const void *a, const void *b)
{
	const struct rcompany *x = a, *y = b;
	int c = strcasecmp(x->name, y->name);

	return c ? c : strcmp(x->name, y->name);
}

const struct rcompany *
rv_company(const struct rview *rv, const char *name)
{
	size_t lo = 0, hi = rv->nco;

	/* Sorted by co_cmp: a binary search. */
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		struct rcompany key = { .name = name };
		int c = co_cmp(&key, &rv->co[mid]);
		if (c == 0)
			return &rv->co[mid];
		if (c < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return NULL;
}

const char *
rv_site(const struct rview *rv, const char *path)
{
	struct buf b = {0};
	const char *r;

	if (rv->r->site_url == NULL || !esc_url(&b, rv->r->site_url)) {
		buf_free(&b);
		return NULL;
	}
	if (b.n == 0 || b.p[b.n - 1] != '/')
		buf_putc(&b, '/');
	buf_puts(&b, path);
	r = arena_strdup(rv->a, b.p);
	buf_free(&b);
	return r;
}

int
rv_template(const struct rview *rv, const char *name, char **out, size_t *n,
    struct diag *dg)
{
	const char *why;
	char *path = arena_printf(rv->a, "%s/%s", rv->r->templates ?
	    rv->r->templates : "templates", name);

	if (read_file(path, MAX_TEMPLATE, out, n, &why) != 0) {
		diag_add(dg, DIAG_REJECT, path, "template: %s", why);
		return -1;
	}
	return 0;
}

/* What building the view keeps from entry to entry. */
struct vctx {
	struct datefmt *df;
	struct buf tmp;		/* esc_text scratch */
	struct memo dates;	/* struct vdate by date value */
	struct memo dcts;	/* struct vdct by article date string */
	const char *kind[DEAL_MAX + 1], *status[ST_MAX + 1];	/* localized */
};

/* A date value in words, as HTML, as a range, and its group heading. */
struct vdate {
	const char *text;	/* cleaned */
	char html[16];
	bool ranged;
	struct ymd beg, end;	/* as tval_range() leaves them */
	const char *group;	/* the year, for a year or finer; else TEXT */
};

/* An article date: parsed (or not) and its vdate. */
struct vdct {
	bool parsed;
	struct tval v;
	const struct vdate *d;
};

static const struct vdate *
vdate(struct rview *rv, struct vctx *vc, const struct tval *t)
{
	char key[sizeof t->v + 2], text[256];
	size_t n = strnlen(t->v, sizeof t->v - 1);
	void **slot;
	struct vdate *d;

	/* Every field of a tval: the text, then granularity and modifier. */
	memcpy(key, t->v, n);
	key[n] = (char)t->gran;
	key[n + 1] = (char)t->mod;
	slot = memo_get(&vc->dates, rv->a, key, n + 2);
	if (*slot != NULL)
		return *slot;
	d = arena_alloc(rv->a, sizeof *d);
	datefmt_text(vc->df, t, text, sizeof text);
	d->text = cleans(rv->a, &vc->tmp, text);
	datefmt_html(t, d->html, sizeof d->html);
	d->ranged = tval_range(t, &d->beg, &d->end) == 0;
	d->group = d->ranged && t->gran >= GRAN_YEAR ?
	    arena_printf(rv->a, "%d", d->beg.y) : d->text;
	*slot = d;
	return d;
}

static const struct vdct *
vdct(struct rview *rv, struct vctx *vc, const char *dct)
{
	void **slot = memo_get(&vc->dcts, rv->a, dct, strlen(dct));
	struct vdct *d;

	if (*slot != NULL)
		return *slot;
	d = arena_alloc(rv->a, sizeof *d);
	d->parsed = tval_parse(dct, &d->v) == 0;
	if (d->parsed)
		d->d = vdate(rv, vc, &d->v);
	*slot = d;
	return d;
}

/* The sentence of S cut around its date expression (code points). */
static void
split_mark(struct arena *a, struct buf *tmp, struct rsrc *rs)
{
	const struct esource *s = rs->s;
	const char *t = s->sentence ? s->sentence : "";
	size_t n = strlen(t), i = 0, cp = 0, bb = n, be = n;

	rs->sentence = clean(a, tmp, t, n);
	rs->pre = rs->sentence;
	rs->mark = rs->post = "";
	if (!s->has_tspan || s->tspan.end <= s->tspan.beg)
		return;
	while (i <= n) {
		if (cp == s->tspan.beg)
			bb = i;
		if (cp == s->tspan.end) {
			be = i;
			break;
		}
		if (i == n)
			break;
		if ((unsigned char)t[i] < 0x80)
			i++;
		else {
			int len;
			utf8_decode((const unsigned char *)t + i, n - i, &len);
			i += (size_t)len;
		}
		cp++;
	}
	if (bb >= be || be > n)
		return;
	rs->pre = clean(a, tmp, t, bb);
	rs->mark = clean(a, tmp, t + bb, be - bb);
	rs->post = clean(a, tmp, t + be, n - be);
	/* esc_text trims: keep the spaces around the mark. */
	if (bb > 0 && strchr(" \t\r\n", t[bb - 1]) && *rs->pre)
		rs->pre = arena_printf(a, "%s ", rs->pre);
	if (be < n && strchr(" \t\r\n", t[be]) && *rs->post)
		rs->post = arena_printf(a, " %s", rs->post);
}

/* "and N more sources" in the view's locale (its "%s" is N). */
static const char *
more_text(const struct rview *rv, size_t n)
{
	const char *t = rv_str(rv, n == 1 ? "more_sources_one" : "more_sources");
	const char *p = strstr(t, "%s");

	if (p == NULL)
		return t;
	return arena_printf(rv->a, "%.*s%zu%s", (int)(p - t), t, n, p + 2);
}

static const char *
base_name(const char *path)
{
	const char *s = strrchr(path, '/');

	return s ? s + 1 : path;
}

/* RS: source S made ready to show, DC its article's date (or NULL). */
static void
view_source(struct arena *a, struct buf *tmp, const struct esource *s,
    const struct vdct *dc, struct rsrc *rs)
{
	const struct origin *o = s->o;

	rs->s = s;
	rs->name = cleans(a, tmp, o->title && *o->title ? o->title :
	    base_name(o->doc ? o->doc : ""));
	buf_reset(tmp);
	if (esc_url(tmp, o->url))
		rs->url = arena_strndup(a, tmp->p, tmp->n);
	rs->lang = o->lang && (strcmp(o->lang, "en") == 0 ||
	    strcmp(o->lang, "fr") == 0) ? o->lang : "";
	split_mark(a, tmp, rs);
	if (dc && dc->parsed) {
		rs->dct_text = dc->d->text;
		memcpy(rs->dct_html, dc->d->html, sizeof rs->dct_html);
	}
}

static void
view_entry(struct rview *rv, struct vctx *vc, const struct entry *e,
    struct rentry *re)
{
	struct arena *a = rv->a;
	struct buf *tmp = &vc->tmp;
	int li = strcmp(rv->locale, "fr") == 0 ? 1 : 0;
	static const char *const langs[2] = { "en", "fr" };

	re->e = e;
	if (e->headline[li] && *e->headline[li]) {
		re->headline = cleans(a, tmp, e->headline[li]);
		re->hl_lang = langs[li];
	} else if (e->headline[!li] && *e->headline[!li]) {
		re->headline = cleans(a, tmp, e->headline[!li]);
		re->hl_lang = langs[!li];
	} else {
		re->headline = "";
		re->hl_lang = rv->locale;
	}
	re->kind = vc->kind[e->kind < DEAL_MAX ? e->kind : DEAL_MAX];
	re->status = vc->status[e->status < ST_MAX ? e->status : ST_MAX];
	re->actors = arena_alloc(a, (e->nactors + 1) * sizeof *re->actors);
	re->slugs = arena_alloc(a, (e->nactors + 1) * sizeof *re->slugs);
	for (size_t i = 0; i < e->nactors; i++)
		re->actors[i] = cleans(a, tmp, e->actors[i]);
	if (*re->headline == '\0') {
		/* No headline: "Partnership: A, B". */
		buf_reset(tmp);
		buf_puts(tmp, re->kind);
		for (size_t i = 0; i < e->nactors; i++)
			buf_printf(tmp, "%s%s", i ? ", " : ": ", re->actors[i]);
		re->headline = arena_strdup(a, tmp->p);
	}
	if (e->dated) {
		const struct vdate *d = vdate(rv, vc, &e->when);
		re->date_text = d->text;
		memcpy(re->html_date, d->html, sizeof re->html_date);
		re->ranged = d->ranged;
		/* As tval_range() left them, even when it failed. */
		re->beg = d->beg;
		re->end = d->end;
		re->group = d->group;
	} else
		re->date_text = rv_str(rv, "undated");
	if (re->ranged)
		re->year = re->beg.y;
	else {
		re->undated = true;
		re->group = rv_str(rv, "undated_section");
	}
	re->nsrc = e->nsrc;
	re->nshow = e->nsrc;
	if (rv->r->max_sources > 0 && e->nsrc > rv->r->max_sources) {
		re->nshow = rv->r->max_sources;
		re->more = more_text(rv, e->nsrc - re->nshow);
	}
	/* The latest article date of every source; only the sources shown are
	 * made ready (the data formats read the timeline's own).  An article's
	 * sources share its origin: its date is looked up once. */
	re->src = arena_alloc(a, (re->nshow + 1) * sizeof *re->src);
	const struct origin *last = NULL;
	const struct vdct *dc = NULL;
	for (size_t i = 0; i < e->nsrc; i++) {
		const struct origin *o = e->src[i].o;
		if (o != last)
			dc = o->dct ? vdct(rv, vc, o->dct) : NULL;
		last = o;
		if (dc && dc->parsed && dc->d->ranged && (!re->has_updated ||
		    ymd_to_days(dc->d->beg) > ymd_to_days(re->updated))) {
			re->updated = dc->d->beg;
			re->has_updated = true;
		}
		if (i < re->nshow)
			view_source(a, tmp, &e->src[i], dc, &re->src[i]);
	}
	if (!re->has_updated && re->ranged) {
		re->updated = re->beg;
		re->has_updated = true;
	}
}

/* Timeline order: dated entries chronologically, undated last; then input order. */
static int
entry_cmp(const void *a, const void *b)
{
	const struct rentry *x = a, *y = b;
	int c;

	if (x->e->dated != y->e->dated)
		return x->e->dated ? -1 : 1;
	if (x->e->dated && (c = tval_cmp(&x->e->when, &y->e->when)) != 0)
		return c;
	return x->e < y->e ? -1 : x->e > y->e;
}

/* The company of *SLOT (a memo value): its index + 1, NULL when new. */
#define CO_AT(slot) ((size_t)(uintptr_t)*(slot) - 1)
#define CO_SET(slot, k) (*(slot) = (void *)(uintptr_t)((k) + 1))

/*
 * The view's companies, each once, in order of name, with a unique slug and
 * the list of its entries; each entry's slugs.  Names and slugs are looked
 * up in hash tables: no scan of every company per entry.
 */
static void
view_companies(struct rview *rv)
{
	struct memo names = {0}, slugs = {0};
	size_t cap = 0;
	struct buf b = {0};

	for (size_t i = 0; i < rv->n; i++)
		for (size_t j = 0; j < rv->e[i].e->nactors; j++) {
			const char *name = rv->e[i].actors[j];
			void **slot = memo_get(&names, rv->a, name, strlen(name));
			if (*slot == NULL) {
				GROW(rv->co, cap, rv->nco + 1);
				rv->co[rv->nco] = (struct rcompany){ name, NULL, 0, NULL, 0 };
				CO_SET(slot, rv->nco);
				rv->nco++;
			}
			rv->co[CO_AT(slot)].n++;
		}
	if (rv->nco > 1)
		qsort(rv->co, rv->nco, sizeof *rv->co, co_cmp);
	for (size_t k = 0; k < rv->nco; k++) {
		struct rcompany *c = &rv->co[k];
		CO_SET(memo_get(&names, rv->a, c->name, strlen(c->name)), k);
		c->ent = arena_alloc(rv->a, (c->n + 1) * sizeof *c->ent);
		/* A unique slug: "orange", else "orange-2", "orange-3"... */
		buf_reset(&b);
		esc_slug(&b, c->name);
		const char *slug = arena_strdup(rv->a, b.p ? b.p : "");
		void **s;
		for (int dup = 2; *(s = memo_get(&slugs, rv->a, slug, strlen(slug)));
		    dup++)
			slug = arena_printf(rv->a, "%s-%d", b.p ? b.p : "", dup);
		*s = c;
		c->slug = slug;
	}
	for (size_t i = 0; i < rv->n; i++)
		for (size_t j = 0; j < rv->e[i].e->nactors; j++) {
			const char *name = rv->e[i].actors[j];
			struct rcompany *c = &rv->co[CO_AT(memo_get(&names, rv->a,
			    name, strlen(name)))];
			rv->e[i].slugs[j] = c->slug;
			if (c->nent == 0 || c->ent[c->nent - 1] != i)
				c->ent[c->nent++] = i;
		}
	buf_free(&b);
	free(names.s);
	free(slugs.s);
}

struct rview *
rview_new(const struct timeline *tl, const struct rctx *r, struct diag *dg)
{
	if (r->view != NULL && r->view->tl == tl)
		return r->view;
	struct rview *rv = xcalloc(1, sizeof *rv);
	struct priv *pv = xcalloc(1, sizeof *pv);
	struct vctx vc = {0};

	rv->tl = tl;
	rv->r = r;
	rv->a = arena_new();
	rv->priv = pv;
	rv->locale = r->locale && *r->locale ? r->locale : "en";
	/* The locale names a file: letters, digits, '-' and '_' only. */
	for (const char *p = rv->locale; *p; p++)
		if (!(*p >= 'a' && *p <= 'z') && !(*p >= 'A' && *p <= 'Z') &&
		    !(*p >= '0' && *p <= '9') && *p != '-' && *p != '_') {
			diag_add(dg, DIAG_REJECT, "--locale", "not a locale: \"%s\"",
			    rv->locale);
			rview_free(rv);
			return NULL;
		}
	if (load_strings(rv, dg) != 0) {
		rview_free(rv);
		return NULL;
	}
	rv->title = r->title ? cleans(rv->a, &vc.tmp, r->title) : "";
	if (*rv->title == '\0')
		rv->title = rv_str(rv, "title");
	vc.df = datefmt_new(rv->locale);
	/* Kind and status names once (out-of-range ones as before). */
	for (int k = 0; k <= DEAL_MAX; k++)
		vc.kind[k] = rv_str(rv, arena_printf(rv->a, "kind.%s", k < DEAL_MAX ?
		    deal_kind_names[k] : "other"));
	for (int k = 0; k <= ST_MAX; k++)
		vc.status[k] = rv_str(rv, arena_printf(rv->a, "status.%s",
		    k < ST_MAX ? deal_status_names[k] : "announced"));
	rv->n = tl->n;
	rv->e = arena_alloc(rv->a, (tl->n + 1) * sizeof *rv->e);
	for (size_t i = 0; i < tl->n; i++)
		view_entry(rv, &vc, &tl->e[i], &rv->e[i]);
	datefmt_free(vc.df);
	buf_free(&vc.tmp);
	free(vc.dates.s);
	free(vc.dcts.s);
	/* The timeline is in order; a hand-made or concatenated file may not be
	 * (checked first: a sort compares each date many times). */
	size_t sorted = 1;
	while (sorted < rv->n && entry_cmp(&rv->e[sorted - 1], &rv->e[sorted]) < 0)
		sorted++;
	if (sorted < rv->n)
		qsort(rv->e, rv->n, sizeof *rv->e, entry_cmp);

	view_companies(rv);
	return rv;
}

void
rview_free(struct rview *rv)
{
	struct priv *pv;

	if (rv == NULL || rv->shared)
		return;
	pv = rv->priv;
	if (pv) {
		free(pv->kv);
		free(pv);
	}
	free(rv->co);
	arena_free(rv->a);
	free(rv);
}
