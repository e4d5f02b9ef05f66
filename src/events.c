/*
 * events.c - deal events from sentences.
 *
 * For each sentence outside boilerplate: a deal cue (the language's table of
 * struct ev_cue; the heaviest, then the first, wins), then companies
 * (gaz_match_words; "the company" at the start of a sentence stands for the
 * article's main actor), then status (cue words; a date after the article's
 * own date makes it planned), then the date: the sentence's best DATE timex,
 * else the DCT for the article's main announcement (a "today announced" cue,
 * or its first deal sentence), else undated.
 *
 * Each sentence is split into folded words once (gaz_split); the
 * gazetteer, the boilerplate marker and every cue list match on those words:
 * "joint venture" is two whole words, "acquisition*" a prefix of one.  The
 * cue tables are compiled once (gaz_phrases, indexed by first word) and
 * shared by every worker; the deal kinds, status, main-announcement and
 * revenue cues are one set, found in one pass over a sentence.
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
/* Words a document's array is first sized for, at most. */
#define WORDS_PRESIZE_MAX 65536

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

/* ------------------------------------------------------------ cue tables */

enum {
	P_KIND, P_STATUS, P_MAIN, P_REVENUE, P_HEAD, P_LINE, P_ANAPHORA,
	P_APPOS, P_MAX
};

/*
 * A language's cue lists; a phrase's id is its index in the rules' table.
 * The lists a deal sentence is matched against (P_KIND to P_REVENUE) are
 * one set, looked up in one pass: list k's ids from base[k] on.
 */
struct cues {
	const struct ev_rules *r;
	struct gaz_phrases *l[P_MAX];	/* NULL for the deal lists */
	struct gaz_phrases *deal;
	uint32_t base[P_REVENUE + 2];	/* base[P_REVENUE + 1]: the end */
	struct gaz_lex *lex;	/* r->gaz compiled */
};

/* Add the cues of CU to PS, as ids from BASE on; returns the next id. */
static uint32_t
add_cues(struct gaz_phrases *ps, const struct ev_cue *cu, uint32_t base)
{
	uint32_t i;

	for (i = 0; cu && cu[i].form; i++)
		gaz_phrases_add(ps, cu[i].form, base + i);
	return base + i;
}

/* add_cues() for a list of words. */
static uint32_t
add_words(struct gaz_phrases *ps, const char *const *w, uint32_t base)
{
	uint32_t i;

	for (i = 0; w && w[i]; i++)
		gaz_phrases_add(ps, w[i], base + i);
	return base + i;
}

static struct gaz_phrases *
words_set(const char *const *w)
{
	struct gaz_phrases *ps = gaz_phrases_new();

	add_words(ps, w, 0);
	return ps;
}

static void
cues_init(struct cues *c, const struct ev_rules *r)
{
	c->r = r;
	c->deal = gaz_phrases_new();
	c->base[P_KIND] = 0;
	c->base[P_STATUS] = add_cues(c->deal, r->kinds, c->base[P_KIND]);
	c->base[P_MAIN] = add_cues(c->deal, r->status, c->base[P_STATUS]);
	c->base[P_REVENUE] = add_words(c->deal, r->main, c->base[P_MAIN]);
	c->base[P_REVENUE + 1] = add_words(c->deal, r->revenue,
	    c->base[P_REVENUE]);
	c->l[P_HEAD] = words_set(r->boiler_heads);
	c->l[P_LINE] = words_set(r->boiler_lines);
	c->l[P_ANAPHORA] = words_set(r->anaphora);
	c->l[P_APPOS] = words_set(r->apposition);
	c->lex = gaz_lex_new(&r->gaz);
}

/*
 * The compiled cues of every language, built once (the first ev_run) and
 * only read after: every worker shares them.
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

/* Does any phrase of LIST occur in V? */
static bool
any(const struct cues *c, int list, const struct gaz_view *v)
{
	return gaz_phrases_any(c->l[list], v);
}

/* Does a phrase of LIST start V? */
static bool
at_start(const struct cues *c, int list, const struct gaz_view *v)
{
	return gaz_phrases_at(c->l[list], v, 0, 0) >= 0;
}

/* ------------------------------------------------------------ words */

/*
 * The words of a document's sentences, each split once (its first
 * EV_MAX_SENTENCE bytes: a longer one yields no event, and only its
 * beginning is looked at for boilerplate).
 */
struct words {
	struct gaz_words ws;
	uint32_t *first;	/* sentence i: ws.w[first[i]..first[i + 1]) */
	size_t cap;
};

static void
split_doc(const struct doc *d, struct words *sw)
{
	gaz_words_reset(&sw->ws);
	GROW(sw->first, sw->cap, d->nsents + 1);
	/* Room for a word every 6 bytes, about the average: few regrowths
	 * (up to a bound: text of few words takes no more than it needs). */
	GROW(sw->ws.w, sw->ws.cap, d->norm_n / 6 < WORDS_PRESIZE_MAX ?
	    d->norm_n / 6 + 1 : WORDS_PRESIZE_MAX);
	/* The folded words: what gaz_split() asks for at most, once. */
	GROW(sw->ws.f.p, sw->ws.f.cap,
	    d->norm_n + 2 * d->nsents + 2 * EV_MAX_SENTENCE + 2);
	for (size_t i = 0; i < d->nsents; i++) {
		const struct sent *s = &d->sents[i];
		size_t n = s->end - s->beg;

		sw->first[i] = (uint32_t)sw->ws.n;
		gaz_split(d->norm + s->beg, n > EV_MAX_SENTENCE ?
		    EV_MAX_SENTENCE : n, &sw->ws);
	}
	sw->first[d->nsents] = (uint32_t)sw->ws.n;
}

static struct gaz_view
sent_view(const struct words *sw, size_t i)
{
	struct gaz_view v;

	v.n = sw->first[i + 1] - sw->first[i];
	v.w = sw->ws.w ? sw->ws.w + sw->first[i] : NULL;	/* no words at all */
	v.fold = sw->ws.f.p;
	return v;
}

/* ------------------------------------------------------------ boilerplate */

/*
 * Is sentence S (of NW words) alone on its line, short, without a final
 * full stop?
 */
static bool
is_heading(const struct doc *d, const struct sent *s, size_t nw)
{
	const char *t = d->norm;
	size_t b = s->beg, e = s->end;
	char last = e > b ? t[e - 1] : '.';

	if (last == '.' || last == '!' || last == '?' || last == ';' ||
	    last == ',' || nw > HEADING_MAX_WORDS)
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
	const char *at = s + 1, *end = s + n - 1;	/* '@' neither first nor last */

	if (n < 3)
		return false;
	for (; (at = memchr(at, '@', (size_t)(end - at))) != NULL; at++)
		if (at[-1] != ' ' && at[1] != ' ' &&
		    memchr(at, '.', (size_t)(s + n - at)) != NULL)
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
mark_boiler(const struct cues *c, struct doc *d, const struct words *sw)
{
	bool in = false;

	for (size_t i = 0; i < d->nsents; i++) {
		struct sent *s = &d->sents[i];
		struct gaz_view v = sent_view(sw, i);
		size_t n = s->end - s->beg;

		if (n > EV_MAX_SENTENCE)
			n = EV_MAX_SENTENCE;
		if (is_heading(d, s, v.n)) {
			if (at_start(c, P_HEAD, &v))
				in = true;
			else if (in && after_blank(d, s) && v.n >= 3 &&
			    !has_email(d->norm + s->beg, s->end - s->beg))
				in = false;
		}
		s->boiler = in || any(c, P_LINE, &v) ||
		    has_email(d->norm + s->beg, n);
	}
}

/* ------------------------------------------------------------ dates */

/* Is V anchored in the calendar?  Its first day in *FIRST if so. */
static bool
anchored(const struct tval *v, struct ymd *first)
{
	struct ymd e;

	return v->v[0] != '\0' && tval_range(v, first, &e) == 0;
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
 * then the finest, then the first; of equal values, the first.  -1 if none;
 * else its first day in *FIRST.
 */
static long
best_timex(const struct doc *d, uint32_t sent, size_t *from, size_t cue,
    struct ymd *first)
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
		struct ymd b;
		if ((t->type != TX_DATE && t->type != TX_TIME) ||
		    !anchored(&t->val, &b))
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
			*first = b;
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

/*
 * Append template *T's text up to its next directive ("%a") to B, and move
 * *T past that directive.  Returns its letter, or '\0' at the end (a final
 * '%' is text).
 */
static char
put_text(struct buf *b, const char **t)
{
	const char *p = *t, *pct = strchr(p, '%');

	if (pct == NULL || pct[1] == '\0') {
		buf_puts(b, p);
		*t = p + strlen(p);
		return '\0';
	}
	buf_put(b, p, (size_t)(pct - p));
	*t = pct + 2;
	return pct[1];
}

/* EV's headline in arena AR, written in B (scratch, emptied first). */
static const char *
headline(struct arena *ar, struct buf *b, const struct gazetteer *g,
    const struct ev_rules *r, const struct event *ev, const char *label)
{
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
	buf_reset(b);
	for (char x; t && (x = put_text(b, &t)) != '\0';) {
		switch (x) {
		case '1':
			buf_puts(b, ev->actors[0]);
			break;
		case 'r':
			put_join(b, r, ev->actors + 1, ev->nactors - 1);
			break;
		case 'a':
			put_join(b, r, ev->actors, ev->nactors);
			break;
		case 'c':
			buf_puts(b, label ? label : r->cert_default);
			break;
		case 'o':
			put_join(b, r, others, n);
			break;
		case 'n':
			buf_puts(b, jv ? jv : "");
			break;
		default:
			buf_putc(b, x);
		}
	}
	if (ev->status == ST_CANCELLED && r->cancelled)
		out = arena_printf(ar, "%s%s", r->cancelled, b->p ? b->p : "");
	else
		out = arena_strndup(ar, b->p ? b->p : "", b->n);
	return out;
}

/* ------------------------------------------------------------ one sentence */

/*
 * Drop the companies of an apposition to the first one: "Bleu, the joint
 * venture of Orange and Capgemini, obtains..." is about Bleu.  The
 * apposition runs from the comma (or parenthesis) after the first company
 * to the next one, and starts with one of the language's words ("the",
 * "la", "filiale").  V: the sentence's words.  Returns the number of
 * matches kept.
 */
static size_t
drop_apposition(const struct cues *c, const char *text, size_t n,
    const struct gaz_view *v, struct gaz_match *m, size_t nm, size_t *ab,
    size_t *ae)
{
	size_t b = nm ? m[0].end : n, e, k = 1, i, j;
	struct gaz_view a;
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
	/* Punctuation on both sides: the words of [b, e) are whole. */
	for (i = 0; i < v->n && v->w[i].beg < b; i++)
		;
	for (j = i; j < v->n && v->w[j].end <= e; j++)
		;
	a.w = v->w + i;
	a.n = j - i;
	a.fold = v->fold;
	if (!at_start(c, P_APPOS, &a))
		return nm;
	for (size_t q = 1; q < nm; q++)
		if (m[q].beg < b || m[q].beg >= e)
			m[k++] = m[q];
	*ab = b;
	*ae = e;
	return k;
}

/* A deal cue found in a sentence: word WORD starts phrase ID of LIST. */
struct hit {
	uint32_t word, id;
	int list;
};

/* A sentence's deal cues, and scratch to find them. */
struct hits {
	struct hit *h;
	size_t n, cap;
	uint32_t *ids;		/* the ids at one word */
	size_t capids;
};

/* The deal list of id ID of c->deal. */
static int
list_of(const struct cues *c, uint32_t id)
{
	int list = P_KIND;

	while (id >= c->base[list + 1])
		list++;
	return list;
}

/* The deal cues of V, in order of word then id, into H. */
static void
find_cues(const struct cues *c, const struct gaz_view *v, struct hits *h)
{
	h->n = 0;
	for (size_t i = gaz_phrases_next(c->deal, v, 0); i < v->n;
	    i = gaz_phrases_next(c->deal, v, i + 1)) {
		size_t m = gaz_phrases_all_at(c->deal, v, i, &h->ids,
		    &h->capids);

		GROW(h->h, h->cap, h->n + m);
		for (size_t k = 0; k < m; k++) {
			struct hit *e = &h->h[h->n++];
			e->list = list_of(c, h->ids[k]);
			e->word = (uint32_t)i;
			e->id = h->ids[k] - c->base[e->list];
		}
	}
}

/* Is a cue of LIST among H[0..n)? */
static bool
has_cue(const struct hit *h, size_t n, int list)
{
	for (size_t k = 0; k < n; k++)
		if (h[k].list == list)
			return true;
	return false;
}

/*
 * The deal cue of the hits H[0..n): heaviest, then first (then first in
 * the table).  Returns false if none; else sets its kind, label, word and
 * weight.
 */
static bool
deal_kind(const struct cues *c, const struct hit *h, size_t n, uint8_t *kind,
    const char **label, size_t *where, int *weight)
{
	size_t pos = 0;
	int w = -1;

	for (size_t k = 0; k < n; k++) {
		const struct ev_cue *cu;
		if (h[k].list != P_KIND)
			continue;
		cu = &c->r->kinds[h[k].id];
		if (cu->weight <= w)
			continue;
		w = cu->weight;
		pos = h[k].word;
		*kind = cu->val;
		*label = cu->label;
	}
	*where = pos;
	*weight = w;
	return w >= 0;
}

/*
 * Status by cue words (the hits H[0..n)): cancelled, then done by a cue of
 * weight 1 ("completed", "is now available"), then planned ("will"), then
 * done ("signed"), then announced.  A planned cue after a deal cue of some
 * weight is in a clause about something else ("announced a partnership to
 * build a platform that will run..."): not counted.  KIND_AT: the deal
 * cue's word, KIND_W its weight.
 */
static int
cue_status(const struct cues *c, const struct hit *h, size_t n,
    size_t kind_at, int kind_w)
{
	static const int rank[ST_MAX] = {
		[ST_DONE] = 2, [ST_ANNOUNCED] = 1, [ST_PLANNED] = 3,
		[ST_CANCELLED] = 5
	};
	int best = -1, best_rank = 0;
	long best_id = -1;

	for (size_t k = 0; k < n; k++) {
		const struct ev_cue *p;
		long id = h[k].id;
		int r;
		if (h[k].list != P_STATUS)
			continue;
		p = &c->r->status[id];
		if (p->val >= ST_MAX || (p->val == ST_PLANNED &&
		    kind_w >= 1 && h[k].word > kind_at))
			continue;
		r = p->val == ST_DONE && p->weight ? 4 : rank[p->val];
		/* The strongest; of equal ones, the first in the table. */
		if (best >= 0 && (r < best_rank ||
		    (r == best_rank && id > best_id)))
			continue;
		best = p->val;
		best_rank = r;
		best_id = id;
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
	struct words sw;	/* the document's words */
	struct gaz_word *kept;	/* a sentence's words but an apposition's */
	size_t capkept;
	size_t tx_from;
	struct hits hits;	/* a sentence's deal cues */
	const char *main_actor;	/* first actor of the article's first event */
	bool dct_day_ok;	/* the DCT's first day is dct_day */
	long dct_day;
	struct buf hl;		/* a headline being written */
};

/*
 * Byte I of V's folded text (gaz_fold: " words like this "): the space
 * before word I; and that text's length in *LEN.  ONE_RUN: V's words are
 * all those of one gaz_split(), their folded forms one run already.
 */
static size_t
fold_pos(const struct gaz_view *v, size_t i, bool one_run, size_t *len)
{
	const struct gaz_word *w = v->w;
	size_t at = 0, n = 1;

	if (one_run && v->n > 0) {
		*len = w[v->n - 1].f + w[v->n - 1].fn + 2 - w[0].f;
		return i < v->n ? w[i].f - w[0].f : 0;
	}
	for (size_t k = 0; k < v->n; k++) {
		if (k == i)
			at = n - 1;
		n += w[k].fn + 1;
	}
	*len = n;
	return at;
}

/* The event of sentence I, if any, appended to doc->ev. */
static void
sentence(struct state *st, struct doc *d, uint32_t i)
{
	const struct sent *s = &d->sents[i];
	const char *text = d->norm + s->beg;
	size_t n = s->end - s->beg;
	struct gaz_match m[EV_MAX_MATCHES];
	struct gaz_view all, v;
	struct event ev;
	const char *label = NULL;
	size_t nm, nh, cue, kind_at, flen;
	const struct hit *h;
	struct ymd tx_first;
	long tx;
	int stc, kind_w;
	bool is_main;

	size_t ab = 0, ae = 0;

	/* Quotations are comment, not news ("« This partnership... », said"). */
	if (n > EV_MAX_SENTENCE || text[0] == '"' ||
	    strncmp(text, "\xc2\xab", 2) == 0)
		return;
	memset(&ev, 0, sizeof ev);
	all = sent_view(&st->sw, i);
	nm = gaz_match_words(st->g, st->c->lex, text, &all, m, EV_MAX_MATCHES);
	nm = drop_apposition(st->c, text, n, &all, m, nm, &ab, &ae);
	/* Cues inside the apposition describe the company, not the deal. */
	v = all;
	if (ae > ab) {
		GROW(st->kept, st->capkept, all.n);
		v.w = st->kept;
		v.n = 0;
		for (size_t k = 0; k < all.n; k++)
			if (all.w[k].beg < ab || all.w[k].beg >= ae)
				st->kept[v.n++] = all.w[k];
	}
	find_cues(st->c, &v, &st->hits);
	h = st->hits.h;
	nh = st->hits.n;
	if (!deal_kind(st->c, h, nh, &ev.kind, &label, &kind_at, &kind_w)) {
		/* The article's main actor: its first company, if no event
		 * says otherwise ("The companies said..."). */
		if (st->main_actor == NULL && nm > 0)
			st->main_actor = m[0].canon ? m[0].canon :
			    arena_strndup(d->a, text + m[0].beg,
			    m[0].end - m[0].beg);
		return;
	}
	if (has_cue(h, nh, P_REVENUE))
		return;
	for (size_t k = 0; k < nm; k++)
		add_actor(&ev, m[k].canon ? m[k].canon :
		    arena_strndup(d->a, text + m[k].beg, m[k].end - m[k].beg));
	if (ev.nactors == 0 && st->main_actor && at_start(st->c, P_ANAPHORA, &v))
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
	is_main = has_cue(h, nh, P_MAIN);
	/* The cue's place in the sentence, from its place in the folded text. */
	cue = fold_pos(&v, kind_at, ae <= ab, &flen);
	cue = s->beg + (size_t)((double)(long)cue / (double)flen * (double)n);
	tx = best_timex(d, i, &st->tx_from, cue, &tx_first);
	if (tx >= 0) {
		ev.timex = (int32_t)tx;
		ev.dated = true;
		ev.when = d->tx[tx].val;
	} else if (d->has_dct && (is_main || d->nev == 0)) {
		ev.dated = true;
		ev.when = d->dct;
	}

	stc = cue_status(st->c, h, nh, kind_at, kind_w);
	if (stc >= 0)
		ev.status = (uint8_t)stc;
	else
		ev.status = is_main ? ST_ANNOUNCED : ST_DONE;
	if (tx >= 0 && d->has_dct &&
	    (ev.status == ST_DONE || ev.status == ST_ANNOUNCED)) {
		if (st->dct_day_ok && ymd_to_days(tx_first) > st->dct_day)
			ev.status = ST_PLANNED;
	}
	ev.headline = headline(d->a, &st->hl, st->g, st->r, &ev, label);
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
	st.dct_day_ok = d->has_dct && first_day(&d->dct, &st.dct_day);
	split_doc(d, &st.sw);
	mark_boiler(st.c, d, &st.sw);
	d->ev = arena_alloc(d->a, d->nsents * sizeof *d->ev);
	for (uint32_t i = 0; i < d->nsents; i++)
		if (!d->sents[i].boiler)
			sentence(&st, d, i);
	gaz_words_free(&st.sw.ws);
	free(st.sw.first);
	free(st.kept);
	free(st.hits.h);
	free(st.hits.ids);
	buf_free(&st.hl);
	return d->nev;
}
