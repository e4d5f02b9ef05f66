/*
 * events.c - deal events from sentences.
 *
 * For each sentence outside boilerplate: a deal cue (the language's table of
 * struct ev_cue; the heaviest, then the first, wins), then companies
 * (gaz_match; "the company" at the start of a sentence stands for the
 * article's main actor), then status (cue words; a date after the article's
 * own date makes it planned), then the date: the sentence's best DATE timex,
 * else the DCT for the article's main announcement (a "today announced" cue,
 * or its first deal sentence), else undated.
 *
 * Cues are matched on the folded sentence (gaz_fold: " words like this "),
 * so " joint venture " is a whole-word substring test and "acquisition*" a
 * prefix one.  The tables are folded once per document.
 */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "events.h"
#include "tval.h"
#include "util.h"

#define EV_MAX_MATCHES 64	/* companies looked at per sentence */
#define HEADING_MAX_WORDS 10	/* a line longer than this is not a heading */
/*
 * A "sentence" longer than this (bytes) is a table, a list or a run-on
 * block, not a statement of a deal: no event from it, and boilerplate cues
 * are looked for in its beginning only.  Cue matching stays linear in the
 * document's size however long its lines are.
 */
#define EV_MAX_SENTENCE 4096

static const struct ev_rules *const rules_all[] = {
	&ev_rules_en, &ev_rules_fr, NULL
};

const struct ev_rules *
ev_rules_get(const char *code)
{
	for (size_t i = 0; code && rules_all[i]; i++)
		if (strcmp(rules_all[i]->code, code) == 0)
			return rules_all[i];
	return &ev_rules_en;
}

/* glibc's memmem, declared here: _GNU_SOURCE would also bring in a
 * struct timex of its own (sys/timex.h). */
void *memmem(const void *, size_t, const void *, size_t);

/* ------------------------------------------------------------ cue tables */

/* A folded cue: " joint venture " (whole words) or " acquisition" (prefix). */
struct pat {
	size_t off, n;		/* into struct cues' text */
	uint8_t val, weight;
	const char *label;
};

struct plist {
	struct pat *p;
	size_t n, cap;
};

enum {
	P_KIND, P_STATUS, P_MAIN, P_REVENUE, P_HEAD, P_LINE, P_ANAPHORA,
	P_APPOS, P_MAX
};

struct cues {
	struct buf text;	/* every folded pattern */
	struct plist l[P_MAX];
};

static void
add_pat(struct cues *c, int list, const char *form, uint8_t val,
    uint8_t weight, const char *label)
{
	size_t k = strlen(form), off = c->text.n;
	bool prefix = k && form[k - 1] == '*';
	struct plist *l = &c->l[list];

	gaz_fold(form, prefix ? k - 1 : k, &c->text);
	if (c->text.n - off <= 1) {	/* nothing left to match */
		c->text.n = off;
		return;
	}
	if (prefix)
		c->text.n--;		/* drop the final space */
	GROW(l->p, l->cap, l->n + 1);
	l->p[l->n].off = off;
	l->p[l->n].n = c->text.n - off;
	l->p[l->n].val = val;
	l->p[l->n].weight = weight;
	l->p[l->n].label = label;
	l->n++;
}

static void
add_cues(struct cues *c, int list, const struct ev_cue *cu)
{
	for (; cu && cu->form; cu++)
		add_pat(c, list, cu->form, cu->val, cu->weight, cu->label);
}

static void
add_words(struct cues *c, int list, const char *const *w)
{
	for (; w && *w; w++)
		add_pat(c, list, *w, 0, 0, NULL);
}

static void
cues_init(struct cues *c, const struct ev_rules *r)
{
	memset(c, 0, sizeof *c);
	add_cues(c, P_KIND, r->kinds);
	add_cues(c, P_STATUS, r->status);
	add_words(c, P_MAIN, r->main);
	add_words(c, P_REVENUE, r->revenue);
	add_words(c, P_HEAD, r->boiler_heads);
	add_words(c, P_LINE, r->boiler_lines);
	add_words(c, P_ANAPHORA, r->anaphora);
	add_words(c, P_APPOS, r->apposition);
}

/*
 * The folded cues of every language, built once (the first ev_run) and only
 * read after: every worker shares them.
 */
static struct cues cues_built[sizeof rules_all / sizeof rules_all[0]];
static pthread_once_t cues_once = PTHREAD_ONCE_INIT;

static void
cues_build_all(void)
{
	for (size_t i = 0; rules_all[i]; i++)
		cues_init(&cues_built[i], rules_all[i]);
}

static const struct cues *
cues_for(const struct ev_rules *r)
{
	pthread_once(&cues_once, cues_build_all);
	for (size_t i = 0; rules_all[i]; i++)
		if (rules_all[i] == r)
			return &cues_built[i];
	return &cues_built[0];
}

/* Where pattern P first occurs in the folded sentence F, or -1. */
static long
find(const struct cues *c, const struct pat *p, const struct buf *f)
{
	const char *pat = c->text.p + p->off;
	const char *hit;

	/* glibc's memmem (two-way, vectorized) beats a memchr loop on
	 * patterns that start with a space. */
	if (p->n == 0 || p->n > f->n)
		return -1;
	hit = memmem(f->p, f->n, pat, p->n);
	return hit ? hit - f->p : -1;
}

/*
 * A sieve of the words of a folded sentence (" word word "): a bit per hash
 * of each word's first two bytes.  A pattern whose first word's start is
 * not in the sieve cannot occur, and is skipped without a search: most of
 * the hundreds of cues are ruled out in one table lookup each.
 */
struct sieve {
	uint64_t b[64];		/* 4096 bits */
};

static unsigned
sieve_hash(unsigned char x, unsigned char y)
{
	return ((unsigned)x * 31u + y) & 4095u;
}

static void
sieve_of(const struct buf *f, struct sieve *sv)
{
	memset(sv, 0, sizeof *sv);
	for (size_t i = 0; i + 2 < f->n; i++)
		if (f->p[i] == ' ') {
			unsigned h = sieve_hash((unsigned char)f->p[i + 1],
			    (unsigned char)f->p[i + 2]);
			sv->b[h >> 6] |= 1ull << (h & 63);
		}
}

static bool
sieve_may(const struct sieve *sv, const struct cues *c, const struct pat *p)
{
	const char *s = c->text.p + p->off;

	if (p->n < 3 || s[0] != ' ')
		return true;
	unsigned h = sieve_hash((unsigned char)s[1], (unsigned char)s[2]);
	return (sv->b[h >> 6] >> (h & 63)) & 1;
}

/* Does any pattern of LIST occur in F (at its start if AT_START)? */
static bool
any(const struct cues *c, int list, const struct buf *f, bool at_start)
{
	const struct plist *l = &c->l[list];
	struct sieve sv;

	if (!at_start)
		sieve_of(f, &sv);
	for (size_t i = 0; i < l->n; i++) {
		if (!at_start && !sieve_may(&sv, c, &l->p[i]))
			continue;
		if (at_start) {
			if (l->p[i].n <= f->n &&
			    memcmp(f->p, c->text.p + l->p[i].off, l->p[i].n) == 0)
				return true;
		} else if (find(c, &l->p[i], f) >= 0)
			return true;
	}
	return false;
}

/* ------------------------------------------------------------ boilerplate */

static size_t
count_words(const struct buf *f)
{
	size_t n = 0;

	for (size_t i = 1; i < f->n; i++)
		n += f->p[i] == ' ';
	return n;
}

/* Is sentence S alone on its line, short, without a final full stop? */
static bool
is_heading(const struct doc *d, const struct sent *s, const struct buf *f)
{
	const char *t = d->norm;
	size_t b = s->beg, e = s->end;
	char last = e > b ? t[e - 1] : '.';

	if (last == '.' || last == '!' || last == '?' || last == ';' ||
	    last == ',' || count_words(f) > HEADING_MAX_WORDS)
		return false;
	while (b > 0 && (t[b - 1] == ' ' || t[b - 1] == '\t'))
		b--;
	while (e < d->norm_n && (t[e] == ' ' || t[e] == '\t' || t[e] == '\r'))
		e++;
	return (b == 0 || t[b - 1] == '\n') && (e == d->norm_n || t[e] == '\n');
}

/* Is there a blank line just before sentence S? */
static bool
after_blank(const struct doc *d, const struct sent *s)
{
	size_t b = s->beg;
	int nl = 0;

	while (b > 0 && (d->norm[b - 1] == ' ' || d->norm[b - 1] == '\t' ||
	    d->norm[b - 1] == '\n' || d->norm[b - 1] == '\r'))
		nl += d->norm[--b] == '\n';
	return b == 0 || nl >= 2;
}

/* An e-mail address: a word, '@', a word with a dot. */
static bool
has_email(const char *s, size_t n)
{
	for (size_t i = 1; i + 1 < n; i++)
		if (s[i] == '@' && s[i - 1] != ' ' && s[i + 1] != ' ' &&
		    memchr(s + i, '.', n - i) != NULL)
			return true;
	return false;
}

/*
 * Mark boilerplate: a heading from the boilerplate list ("About Orange",
 * "Contacts presse") opens a section that runs to the end of the document
 * or to the next heading of a new paragraph that is not one; single lines
 * (copyright, subscription, author's biography, e-mail addresses) anywhere.
 */
static void
mark_boiler(const struct cues *c, struct doc *d, struct buf *f)
{
	bool in = false;

	for (size_t i = 0; i < d->nsents; i++) {
		struct sent *s = &d->sents[i];

		size_t n = s->end - s->beg;

		if (n > EV_MAX_SENTENCE)
			n = EV_MAX_SENTENCE;
		buf_reset(f);
		gaz_fold(d->norm + s->beg, n, f);
		if (is_heading(d, s, f)) {
			if (any(c, P_HEAD, f, true))
				in = true;
			else if (in && after_blank(d, s) && count_words(f) >= 3 &&
			    !has_email(d->norm + s->beg, s->end - s->beg))
				in = false;
		}
		s->boiler = in || any(c, P_LINE, f, false) ||
		    has_email(d->norm + s->beg, n);
	}
}

/* ------------------------------------------------------------ dates */

static bool
anchored(const struct tval *v)
{
	struct ymd b, e;

	return v->v[0] != '\0' && tval_range(v, &b, &e) == 0;
}

/* Days since the epoch of the first day of V, or false. */
static bool
first_day(const struct tval *v, long *day)
{
	struct ymd b, e;

	if (tval_range(v, &b, &e) != 0)
		return false;
	*day = ymd_to_days(b);
	return true;
}

/*
 * The sentence's best date: a DATE (or TIME) expression anchored in the
 * calendar, the nearest to the deal cue at byte CUE ("expected to obtain
 * the qualification in 2025, after the audit that started in Q3 2024": 2025),
 * then the finest, then the first; of equal values, the first.  -1 if none.
 */
static long
best_timex(const struct doc *d, uint32_t sent, size_t *from, size_t cue)
{
	long best = -1;
	size_t i = *from, bestd = 0;

	while (i < d->ntx && d->tx[i].sent < sent)
		i++;
	*from = i;
	for (; i < d->ntx && d->tx[i].sent == sent; i++) {
		const struct timex *t = &d->tx[i];
		size_t dist = cue < t->beg ? t->beg - cue :
		    cue > t->end ? cue - t->end : 0;
		if ((t->type != TX_DATE && t->type != TX_TIME) ||
		    !anchored(&t->val))
			continue;
		/* The same date twice ("PARIS, June 22, 2022 - ... today"):
		 * the first, usually the explicit one. */
		if (best >= 0 && strcmp(t->val.v, d->tx[best].val.v) == 0 &&
		    t->val.mod == d->tx[best].val.mod)
			continue;
		if (best < 0 || dist < bestd || (dist == bestd &&
		    t->val.gran > d->tx[best].val.gran)) {
			best = (long)i;
			bestd = dist;
		}
	}
	return best;
}

/* ------------------------------------------------------------ headline */

static void
put_join(struct buf *b, const struct ev_rules *r, const char *const *a,
    size_t n)
{
	for (size_t i = 0; i < n; i++) {
		if (i > 0)
			buf_puts(b, i + 1 == n ? r->and : ", ");
		buf_puts(b, a[i]);
	}
}

static const char *
headline(struct arena *ar, const struct gazetteer *g, const struct ev_rules *r,
    const struct event *ev, const char *label)
{
	struct buf b = {0};
	int idx = (ev->nactors > 1 ? 0 : 1) +
	    (ev->status == ST_PLANNED || ev->status == ST_CANCELLED ? 2 : 0);
	const char *t = r->headline[ev->kind][idx];
	const char *out, *others[DL_MAX_ACTORS], *jv = NULL;
	size_t n = 0;

	/* A joint venture the gazetteer knows: "A and B form joint venture C". */
	for (size_t i = 0; i < ev->nactors; i++) {
		if (jv == NULL && ev->kind == DEAL_JV &&
		    gaz_has_flag(g, ev->actors[i], "jv"))
			jv = ev->actors[i];
		else
			others[n++] = ev->actors[i];
	}
	if (jv && n >= 2 && r->jv_named[idx >= 2])
		t = r->jv_named[idx >= 2];

	if (t == NULL)
		t = r->headline[DEAL_OTHER][idx];
	for (; t && *t; t++) {
		if (*t != '%' || t[1] == '\0') {
			buf_putc(&b, *t);
			continue;
		}
		switch (*++t) {
		case '1':
			buf_puts(&b, ev->actors[0]);
			break;
		case 'r':
			put_join(&b, r, ev->actors + 1, ev->nactors - 1);
			break;
		case 'a':
			put_join(&b, r, ev->actors, ev->nactors);
			break;
		case 'c':
			buf_puts(&b, label ? label : r->cert_default);
			break;
		case 'o':
			put_join(&b, r, others, n);
			break;
		case 'n':
			buf_puts(&b, jv ? jv : "");
			break;
		default:
			buf_putc(&b, *t);
		}
	}
	if (ev->status == ST_CANCELLED && r->cancelled)
		out = arena_printf(ar, "%s%s", r->cancelled, b.p ? b.p : "");
	else
		out = arena_strndup(ar, b.p ? b.p : "", b.n);
	buf_free(&b);
	return out;
}

/* ------------------------------------------------------------ one sentence */

/*
 * Drop the companies of an apposition to the first one: "Bleu, the joint
 * venture of Orange and Capgemini, obtains..." is about Bleu.  The
 * apposition runs from the comma (or parenthesis) after the first company
 * to the next one, and starts with one of the language's words ("the",
 * "la", "filiale").  Returns the number of matches kept.
 */
static size_t
drop_apposition(const struct cues *c, const char *text, size_t n,
    struct gaz_match *m, size_t nm, struct buf *scratch, size_t *ab,
    size_t *ae)
{
	size_t b = nm ? m[0].end : n, e, k = 1;
	char close;

	while (b < n && text[b] == ' ')
		b++;
	if (b >= n || (text[b] != ',' && text[b] != '('))
		return nm;
	close = text[b] == '(' ? ')' : ',';
	for (e = ++b; e < n && text[e] != close && text[e] != ';'; e++)
		;
	if (e >= n || text[e] != close)
		return nm;
	buf_reset(scratch);
	gaz_fold(text + b, e - b, scratch);
	if (!any(c, P_APPOS, scratch, true))
		return nm;
	for (size_t i = 1; i < nm; i++)
		if (m[i].beg < b || m[i].beg >= e)
			m[k++] = m[i];
	*ab = b;
	*ae = e;
	return k;
}

/*
 * The deal cue of F: heaviest, then first.  Returns false if none; else
 * sets its kind, label, place in F and weight.
 */
static bool
deal_kind(const struct cues *c, const struct buf *f, uint8_t *kind,
    const char **label, long *where, int *weight)
{
	const struct plist *l = &c->l[P_KIND];
	long pos = -1;
	int w = -1;
	struct sieve sv;

	sieve_of(f, &sv);
	for (size_t i = 0; i < l->n; i++) {
		if (!sieve_may(&sv, c, &l->p[i]))
			continue;
		long at = find(c, &l->p[i], f);
		if (at < 0)
			continue;
		if (l->p[i].weight > w || (l->p[i].weight == w && at < pos)) {
			w = l->p[i].weight;
			pos = at;
			*kind = l->p[i].val;
			*label = l->p[i].label;
		}
	}
	*where = pos;
	*weight = w;
	return w >= 0;
}

/*
 * Status by cue words: cancelled, then done by a cue of weight 1
 * ("completed", "is now available"), then planned ("will"), then done
 * ("signed"), then announced.  A planned cue after a deal cue of some
 * weight is in a clause about something else ("announced a partnership to
 * build a platform that will run..."): not counted.  KIND_AT: the deal cue's
 * place in F, KIND_W its weight.
 */
static int
cue_status(const struct cues *c, const struct buf *f, long kind_at,
    int kind_w)
{
	static const int rank[ST_MAX] = {
		[ST_DONE] = 2, [ST_ANNOUNCED] = 1, [ST_PLANNED] = 3,
		[ST_CANCELLED] = 5
	};
	const struct plist *l = &c->l[P_STATUS];
	int best = -1, best_rank = 0;
	struct sieve sv;

	sieve_of(f, &sv);
	for (size_t i = 0; i < l->n; i++) {
		const struct pat *p = &l->p[i];
		int r;
		if (p->val >= ST_MAX || !sieve_may(&sv, c, p))
			continue;
		r = p->val == ST_DONE && p->weight ? 4 : rank[p->val];
		if (best >= 0 && r <= best_rank)
			continue;
		long at = find(c, p, f);
		if (at < 0 || (p->val == ST_PLANNED && kind_w >= 1 &&
		    at > kind_at))
			continue;
		best = p->val;
		best_rank = r;
	}
	return best;
}

static bool
add_actor(struct event *ev, const char *name)
{
	for (size_t i = 0; i < ev->nactors; i++)
		if (strcmp(ev->actors[i], name) == 0)
			return false;
	if (ev->nactors == DL_MAX_ACTORS)
		return false;
	ev->actors[ev->nactors++] = name;
	return true;
}

struct state {
	const struct gazetteer *g;
	const struct ev_rules *r;
	const struct cues *c;	/* the language's cues, built once */
	struct buf f;		/* folded sentence */
	struct buf scratch;
	size_t tx_from;
	const char *main_actor;	/* first actor of the article's first event */
};

/* The event of sentence I, if any, appended to doc->ev. */
static void
sentence(struct state *st, struct doc *d, uint32_t i)
{
	const struct sent *s = &d->sents[i];
	const char *text = d->norm + s->beg;
	size_t n = s->end - s->beg;
	struct gaz_match m[EV_MAX_MATCHES];
	struct event ev;
	const char *label = NULL;
	size_t nm, cue;
	long tx, kind_at;
	int stc, kind_w;
	bool is_main;

	size_t ab = 0, ae = 0;

	/* Quotations are comment, not news ("« This partnership... », said"). */
	if (n > EV_MAX_SENTENCE || text[0] == '"' ||
	    strncmp(text, "\xc2\xab", 2) == 0)
		return;
	memset(&ev, 0, sizeof ev);
	nm = gaz_match(st->g, &st->r->gaz, text, n, m, EV_MAX_MATCHES);
	nm = drop_apposition(st->c, text, n, m, nm, &st->scratch, &ab, &ae);
	/* Cues inside the apposition describe the company, not the deal. */
	buf_reset(&st->f);
	gaz_fold(text, ae > ab ? ab : n, &st->f);
	if (ae > ab) {
		st->f.n--;
		gaz_fold(text + ae, n - ae, &st->f);
	}
	if (!deal_kind(st->c, &st->f, &ev.kind, &label, &kind_at, &kind_w)) {
		/* The article's main actor: its first company, if no event
		 * says otherwise ("The companies said..."). */
		if (st->main_actor == NULL && nm > 0)
			st->main_actor = m[0].canon ? m[0].canon :
			    arena_strndup(d->a, text + m[0].beg,
			    m[0].end - m[0].beg);
		return;
	}
	if (any(st->c, P_REVENUE, &st->f, false))
		return;
	for (size_t k = 0; k < nm; k++)
		add_actor(&ev, m[k].canon ? m[k].canon :
		    arena_strndup(d->a, text + m[k].beg, m[k].end - m[k].beg));
	if (ev.nactors == 0 && st->main_actor &&
	    any(st->c, P_ANAPHORA, &st->f, true))
		add_actor(&ev, st->main_actor);
	if (ev.nactors == 0)
		return;
	/*
	 * A partnership of two companies or more with their joint venture
	 * ("a partnership ... to be run by a new company called S3NS") is the
	 * joint venture itself.
	 */
	if (ev.kind == DEAL_PARTNERSHIP && ev.nactors >= 3)
		for (size_t k = 0; k < ev.nactors; k++)
			if (gaz_has_flag(st->g, ev.actors[k], "jv"))
				ev.kind = DEAL_JV;

	ev.sent = i;
	ev.timex = -1;
	is_main = any(st->c, P_MAIN, &st->f, false);
	/* The cue's place in the sentence, from its place in the folded text. */
	cue = s->beg + (size_t)((double)kind_at / (double)(st->f.n ? st->f.n : 1) *
	    (double)n);
	tx = best_timex(d, i, &st->tx_from, cue);
	if (tx >= 0) {
		ev.timex = (int32_t)tx;
		ev.dated = true;
		ev.when = d->tx[tx].val;
	} else if (d->has_dct && (is_main || d->nev == 0)) {
		ev.dated = true;
		ev.when = d->dct;
	}

	stc = cue_status(st->c, &st->f, kind_at, kind_w);
	if (stc >= 0)
		ev.status = (uint8_t)stc;
	else
		ev.status = is_main ? ST_ANNOUNCED : ST_DONE;
	if (tx >= 0 && d->has_dct &&
	    (ev.status == ST_DONE || ev.status == ST_ANNOUNCED)) {
		long a, b;
		if (first_day(&ev.when, &a) && first_day(&d->dct, &b) && a > b)
			ev.status = ST_PLANNED;
	}
	ev.headline = headline(d->a, st->g, st->r, &ev, label);
	if (st->main_actor == NULL)
		st->main_actor = ev.actors[0];
	d->ev[d->nev++] = ev;
}

size_t
ev_run(const struct gazetteer *g, const struct lang *l, struct doc *d)
{
	struct state st;

	d->nev = 0;
	d->ev = NULL;
	if (d->nsents == 0 || d->norm == NULL)
		return 0;
	memset(&st, 0, sizeof st);
	st.g = g;
	st.r = ev_rules_get(l ? l->code : d->lang);
	st.c = cues_for(st.r);
	mark_boiler(st.c, d, &st.f);
	d->ev = arena_alloc(d->a, d->nsents * sizeof *d->ev);
	for (uint32_t i = 0; i < d->nsents; i++)
		if (!d->sents[i].boiler)
			sentence(&st, d, i);
	buf_free(&st.f);
	buf_free(&st.scratch);
	return d->nev;
}
