/*
 * render.h - output backends over one timeline.
 *
 * Each render_X.c exports one `const struct backend backend_X`, listed once
 * in render.c.  A backend asks the outset for files by relative name and
 * fills their buffers; render.c writes them all, each to a temporary file
 * renamed into place, and only if the backend succeeded.  Escaping is by
 * construction (libxml2 trees for HTML/email/Atom, with the HTML entries
 * written by htmlw.h as libxml2 would write them; Markdown written by mdw.h
 * as cmark renders its tree; TimelineJS JSON by jsonw.h as jansson dumps
 * it; escape.h for the rest).
 */
#ifndef DL_RENDER_H
#define DL_RENDER_H

#include "diag.h"
#include "timeline.h"
#include "tval.h"
#include "util.h"

enum front_matter { FM_NONE, FM_HUGO, FM_JEKYLL };

struct rctx {
	const char *locale;	/* "en" or "fr": interface language and dates */
	const char *templates;	/* folder of templates */
	int front_matter;	/* enum front_matter */
	const char *site_url;	/* absolute base URL for links, or NULL */
	const char *title;	/* page title, or NULL for the default */
	struct rview *view;	/* set by render_all: the view every backend shares */
	int jobs;		/* backends rendered at once (0: one per core) */
	size_t max_sources;	/* sources shown per entry in the reading formats
				   (HTML, Markdown, e-mail, Atom, iCalendar,
				   TimelineJS); 0: all.  Data formats keep all. */
	int part, nparts;	/* set by render_all: the share of a backend split
				   in parts (struct backend) that this call makes */
};

struct outfile {
	char *name;		/* relative to the output folder */
	struct buf b;		/* what is not yet in AF */
	bool spilled;		/* AF is open: the file's first bytes are in it */
	struct afile af;
};

struct outset {
	struct outfile *f;
	size_t n, cap;
	const char *outdir;	/* set by render_all; NULL: all stays in buffers */
};

/* A new file NAME in OS (or the same one if asked twice): its buffer. */
struct buf *outset_file(struct outset *, const char *name);
/*
 * Let the bytes of B (a buffer from outset_file) go to their temporary
 * file once there are enough of them, so that a large file is not held in
 * memory; a backend calls it between entries.  Nothing is published before
 * render_all() commits the backend's files; a failed backend's are removed.
 */
void outset_spill(struct outset *, struct buf *b);

struct backend {
	const char *name;	/* html, md, jsonl, json, csv, atom, ics, email */
	/* Returns 0, or -1 with a reason in DIAG (nothing of it is written). */
	int (*render)(const struct timeline *, const struct rctx *,
	    struct outset *, struct diag *);
	/*
	 * More than 1: its files are made in PARTS calls, which may run at
	 * once, each making the files of part R->part (0 .. R->nparts - 1);
	 * a part that fails leaves only its own files as they were.
	 */
	int parts;
	bool no_view;		/* renders without the shared view (struct rview) */
};

/*
 * Run every backend (or only those named in ONLY, comma-separated, if not
 * NULL) and write their files under OUTDIR.  Returns 0, or -1 if any backend
 * or write failed (each named in DIAG); files of the others are written.
 */
int render_all(const struct timeline *, const struct rctx *,
    const char *outdir, const char *only, struct diag *);

/* ------------------------------------------------------------ for backends */

/*
 * The shared work every backend needs, done once per backend by rview_new():
 * interface strings of the locale (TEMPLATES/strings/LOCALE.tsv), each
 * entry's headline, date text and HTML date, cleaned texts (esc_text) and
 * safe URLs, the year groups and the companies with their page slugs.
 * Everything lives in the view's arena.
 */
struct rsrc {
	const struct esource *s;
	const char *name;	/* title, else the document's file name */
	const char *url;	/* http(s) URL made safe (esc_url), or NULL */
	const char *lang;	/* "en", "fr" or "" */
	const char *dct_text;	/* the source's own date as text, or NULL */
	char dct_html[16];	/* its HTML date string, "" if none */
	const char *sentence;	/* cleaned */
	const char *pre, *mark, *post;	/* the sentence around its date expression;
				   MARK is "" when there is none */
};

struct rentry {
	const struct entry *e;
	const char *headline;	/* in the page's language if any, cleaned */
	const char *hl_lang;	/* language of HEADLINE */
	const char *date_text;	/* "1 May 2021", "automne 2021", or the undated label */
	char html_date[16];	/* datefmt_html(), "" if none */
	bool ranged;		/* BEG..END known (dated and anchored) */
	struct ymd beg, end;	/* days, END exclusive */
	int year;		/* BEG's year, 0 if not ranged */
	const char *group;	/* heading of its group: "2021", "the 2010s", "Undated" */
	bool undated;		/* in the undated section (no anchored date) */
	bool has_updated;
	struct ymd updated;	/* latest source date (DCT), else BEG: Atom, iCalendar stamps */
	const char **actors;	/* cleaned */
	const char **slugs;	/* company page slug of each actor */
	const char *kind;	/* localized kind name */
	const char *status;	/* localized status */
	struct rsrc *src;	/* the sources shown: E->src[0..NSHOW) made ready */
	size_t nsrc;		/* every source: E->nsrc (data formats read E->src) */
	size_t nshow;		/* the first NSHOW are shown in reading formats */
	const char *more;	/* "and 12 more sources" when NSHOW < NSRC, else NULL */
};

struct rcompany {
	const char *name, *slug;
	size_t n;		/* entries naming it (as often as they name it) */
	size_t *ent;		/* those entries, indices into the view's, in order */
	size_t nent;
};

struct rview {
	const struct timeline *tl;
	const struct rctx *r;
	const char *locale;	/* "en" or "fr" ... */
	const char *title;	/* --title cleaned, else the locale's; never empty */
	struct rentry *e;	/* in timeline order: dated, then undated */
	size_t n;
	struct rcompany *co;	/* sorted by name */
	size_t nco;
	struct arena *a;
	void *priv;
	bool shared;		/* built once by render_all for every backend */
};

/* A view of TL, or NULL with a reason in DIAG (missing strings file). */
struct rview *rview_new(const struct timeline *, const struct rctx *,
    struct diag *);
void rview_free(struct rview *);
/* The interface string KEY in the view's locale, or KEY itself. */
const char *rv_str(const struct rview *, const char *key);
/* Company NAME of the view, or NULL. */
const struct rcompany *rv_company(const struct rview *, const char *name);
/*
 * Read template NAME from the templates folder into OUT (malloc'd).
 * Returns 0, or -1 with "TEMPLATES/NAME: reason" in DIAG.
 */
int rv_template(const struct rview *, const char *name, char **out, size_t *n,
    struct diag *);
/* Absolute URL of PATH under --site-url ("https://x/y/" + "index.html"), or NULL. */
const char *rv_site(const struct rview *, const char *path);

#endif
