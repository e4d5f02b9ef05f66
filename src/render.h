/*
 * render.h - output backends over one timeline.
 *
 * Each render_X.c exports one `const struct backend backend_X`, listed once
 * in render.c.  A backend asks the outset for files by relative name and
 * fills their buffers; render.c writes them all, each to a temporary file
 * renamed into place, and only if the backend succeeded.  Escaping is by
 * construction (libxml2 trees for HTML/email/Atom, cmark trees for Markdown,
 * escape.h for the rest).
 */
#ifndef DL_RENDER_H
#define DL_RENDER_H

#include "diag.h"
#include "timeline.h"
#include "util.h"

enum front_matter { FM_NONE, FM_HUGO, FM_JEKYLL };

struct rctx {
	const char *locale;	/* "en" or "fr": interface language and dates */
	const char *templates;	/* folder of templates */
	int front_matter;	/* enum front_matter */
	const char *site_url;	/* absolute base URL for links, or NULL */
	const char *title;	/* page title, or NULL for the default */
};

struct outfile {
	char *name;		/* relative to the output folder */
	struct buf b;
};

struct outset {
	struct outfile *f;
	size_t n, cap;
};

/* A new file NAME in OS (or the same one if asked twice): its buffer. */
struct buf *outset_file(struct outset *, const char *name);

struct backend {
	const char *name;	/* "html", "md", ... */
	/* Returns 0, or -1 with a reason in DIAG (nothing of it is written). */
	int (*render)(const struct timeline *, const struct rctx *,
	    struct outset *, struct diag *);
};

/*
 * Run every backend (or only those named in ONLY, comma-separated, if not
 * NULL) and write their files under OUTDIR.  Returns 0, or -1 if any backend
 * or write failed (each named in DIAG); files of the others are written.
 */
int render_all(const struct timeline *, const struct rctx *,
    const char *outdir, const char *only, struct diag *);

#endif
