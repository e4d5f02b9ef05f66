/*
 * render_xml.h - libxml2 helpers shared by the HTML, email and Atom backends.
 *
 * Every value goes into the tree as a text node or an attribute value, so
 * the serializer escapes it.  The one exception, xraw(), pastes markup that
 * htmlw.h wrote, whose values are escaped exactly as the serializer does.
 */
#ifndef DL_RENDER_XML_H
#define DL_RENDER_XML_H

#include <libxml/tree.h>
#include "render.h"

/* A new element NAME under PARENT with TEXT (NULL: none) as a text node. */
xmlNodePtr xel(xmlNodePtr parent, const char *name, const char *text);
void xattr(xmlNodePtr, const char *name, const char *value);
void xtext(xmlNodePtr parent, const char *text);
/*
 * Markup pasted into a page as it is (xraw), kept aside until xpage()
 * writes the page: the tree holds a short marker, and the serialized page
 * gets the bytes in its place, copied once.  Zeroed to start; xpage()
 * empties it.
 */
struct xraws {
	struct buf b;		/* the pieces, one after the other */
	size_t *end;		/* where piece K ends in B */
	size_t n, cap;
};

/*
 * A text child of PARENT written as it is: the N bytes HTML a writer
 * (htmlw.h) made, with libxml2's own escaping, for PARENT's content; kept
 * in RAWS, which the page's xpage() is given.
 */
void xraw(struct xraws *raws, xmlNodePtr parent, const char *html, size_t n);
/* printf into the view's arena. */
#define xfmt(rv, ...) arena_printf((rv)->a, __VA_ARGS__)
/* S through esc_text, in the view's arena. */
const char *xclean(const struct rview *, const char *s);
/* TMPL with its first "%s" replaced by VALUE (no printf), in the arena. */
const char *xsubst(const struct rview *, const char *tmpl, const char *value);

/*
 * Fill the HTML template TMPL (N bytes, named TNAME in messages): the <html>
 * element gets lang, <title> the text TITLE, and each <!--dateline:NAME-->
 * comment is replaced by the children of BUILD(ARG, NAME) (a throw-away
 * element); BUILD returns NULL for a name it does not know, which is an error.
 * REQUIRED names a placeholder the template must have.  Other comments (the
 * template's own notes) are left out of the page; the pieces BUILD gave
 * xraw() (RAWS, or NULL if none) are pasted in.  The page, starting
 * with <!DOCTYPE html>, is appended to OUT.  Returns 0, or -1 with
 * "TEMPLATES/TNAME: reason" in DIAG.
 */
int xpage(const struct rview *, const char *tname, const char *tmpl, size_t n,
    const char *title, const char *required,
    xmlNodePtr (*build)(void *arg, const char *name), void *arg,
    struct xraws *raws, struct buf *out, struct diag *);
void xraws_free(struct xraws *);

#endif
