/*
 * mdw.h - CommonMark written straight into a buffer, without a tree.
 *
 * The bytes are those cmark 0.30's CommonMark renderer
 * (cmark_render_commonmark, CMARK_OPT_DEFAULT, width 0: no wrapping) writes
 * for the tree that the same calls would build with cmark_node_new, then
 * passed through esc_md_template() (escape.h).  So a value from an input is
 * escaped exactly as cmark escaped it:
 *   - text: the ASCII characters * _ [ ] # < > \ ` ! with a backslash, '&'
 *     too before an ASCII letter; '-' '+' '=' at the start of a line's
 *     content (not after a digit), and '.' ')' after digits that begin it
 *     when a blank or the end of the text follows; other C0 controls (tab
 *     and line breaks included) as "&#N;"; everything else as it is;
 *   - link destination: ` < > \ ( ) with a backslash, blanks (tab, line
 *     feed, vertical tab, form feed, carriage return, space) as "%XX" (as
 *     cmark writes it: "%20", "% 9");
 *   - link title: ` < > " \ with a backslash;
 *   - code span: as it is, in the shortest run of backticks it lacks;
 *   - then every '{' not already escaped gets a backslash, and a '%' right
 *     after a '{' too, so that neither Hugo nor Liquid finds a tag;
 *   - a string holding ill-formed UTF-8 is cut at the first bad sequence,
 *     as cmark cuts it.
 * tests/unit/test_mdw.c checks it against the linked cmark on hostile trees.
 *
 * The calls follow the tree: a container's begin, its children, its end.
 * Lists are ordered ("1.", start 1) and loose, and a list is never followed
 * directly by another list (cmark would write a separator the writer does
 * not know).
 */
#ifndef DL_MDW_H
#define DL_MDW_H

#include <stdbool.h>
#include <stddef.h>
#include "util.h"

struct mdw {
	struct buf *b;		/* output */
	size_t base;		/* where the CommonMark begins in B */
	struct buf prefix;	/* written at the start of each line */
	int need_cr;		/* 1: a line break is due, 2: a blank line */
	bool begin_line;	/* nothing written on this line yet */
	bool begin_content;	/* nothing but digits since the line's marker */
	int item;		/* number of the last item of the open list */
	size_t *marks;		/* prefix lengths of the open containers */
	size_t nmarks, cmarks;
};

/* Start a document, appended to OUT. */
void mw_begin(struct mdw *, struct buf *out);
/* End it: the final line break. */
void mw_end(struct mdw *);
/* Free the writer's own memory (not the output). */
void mw_free(struct mdw *);

/* Blocks. */
void mw_heading_begin(struct mdw *, int level);
void mw_heading_end(struct mdw *);
void mw_para_begin(struct mdw *);
void mw_para_end(struct mdw *);
void mw_list_begin(struct mdw *);
void mw_list_end(struct mdw *);
void mw_item_begin(struct mdw *);
void mw_item_end(struct mdw *);
void mw_quote_begin(struct mdw *);
void mw_quote_end(struct mdw *);

/* Inlines.  NULL or "" adds nothing (no node). */
void mw_text(struct mdw *, const char *);
/* Strong or emphasis holding the text S. */
void mw_strong(struct mdw *, const char *s);
void mw_emph(struct mdw *, const char *s);
/* A code span (always added, even empty). */
void mw_code(struct mdw *, const char *s);
/* A hard line break. */
void mw_linebreak(struct mdw *);
/*
 * A link to URL whose text and title are both LABEL (the title keeps cmark
 * from writing an autolink); URL NULL: LABEL as text.
 */
void mw_link(struct mdw *, const char *url, const char *label);

#endif
