/*
 * htmlw.h - HTML written straight into a buffer, without a tree.
 *
 * The bytes are those libxml2's HTML serializer (htmlNodeDumpFormatOutput,
 * format on, libxml2 2.9) writes for the tree that the same calls would
 * build with xmlNewNode, xmlNewProp and xmlNewText: the same line breaks
 * between block elements, end tags left out where libxml2 leaves them out,
 * and the same escaping, so a value from an input is escaped by this
 * writer exactly as the serializer escaped it:
 *   - text: '&' '<' '>' as &amp; &lt; &gt;, C0 controls other than tab and
 *     line breaks dropped, everything else (quotes, UTF-8) as it is; text in
 *     <script> and <style> is written as it is;
 *   - attribute values: the same, except that "&{...}" and "<!--...-->"
 *     stay as they are (libxml2's HTML 4 rules), then quoted with '"', or with
 *     '\'' if the value holds '"' and no '\'', else with '"' and every '"' as
 *     &quot;;
 *   - href, src, action (and name on <a>): after that, leading blanks
 *     dropped and every byte other than letters, digits, "-_.!~*'()" and
 *     "@/:=?;#%&,+<>" as %XX.
 * tests/unit/test_htmlw.c checks it against the linked libxml2 on hostile
 * trees.
 *
 * The writer writes the content of one element (its children and the line
 * breaks inside it), whose start and end tags are written by someone else:
 * hw_begin() names that element, hw_end() closes it.
 */
#ifndef DL_HTMLW_H
#define DL_HTMLW_H

#include <stdbool.h>
#include <stddef.h>
#include "util.h"

struct hw_el;
struct hw_tag;

struct hw {
	struct buf *b;		/* output */
	struct hw_el *st;	/* open elements, st[0] the outer one */
	size_t n, cap;
	struct buf tmp;		/* scratch for attribute values */
	struct hw_tag *tags;	/* libxml2's element flags, looked up once */
	size_t ntags, tcap;
};

/* Start writing the content of an element NAME, appended to OUT. */
void hw_begin(struct hw *, struct buf *out, const char *name);
/*
 * End it (closing what is still open).  Returns true if the element has
 * children: false means libxml2 would write it with no content at all.
 */
bool hw_end(struct hw *);
/* Free the writer's own memory (not the output). */
void hw_free(struct hw *);

/* A child element NAME; its attributes follow, then its children. */
void hw_open(struct hw *, const char *name);
/* An attribute of the element just opened (NULL: the empty string). */
void hw_attr(struct hw *, const char *name, const char *value);
void hw_attrf(struct hw *, const char *name, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
/* A text child; NULL or "" adds nothing (as xtext()). */
void hw_text(struct hw *, const char *text);
void hw_close(struct hw *);
/* hw_open, hw_text(TEXT), hw_close: an element with only text, or nothing. */
void hw_el(struct hw *, const char *name, const char *text);
/*
 * A child element NAME already written: the N bytes at S that hw_open(NAME)
 * .. hw_close() wrote for it elsewhere (they do not depend on where it
 * stands; a writer begun on an empty buffer writes its first child's bytes
 * from offset 0).  The same output as writing it again.
 */
void hw_put_element(struct hw *, const char *name, const char *s, size_t n);

#endif
