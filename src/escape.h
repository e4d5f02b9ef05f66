/*
 * escape.h - one escape function per output context.
 *
 * HTML, email and Atom are libxml2 trees (or htmlw.h, which escapes as their
 * serializer does) and Markdown is written by mdw.h as cmark would write its
 * tree: they escape by construction.  Every other context a value from an
 * input can land in has exactly one function here, appending to a buffer.
 * Inputs are UTF-8 (ill-formed bytes become U+FFFD).
 */
#ifndef DL_ESCAPE_H
#define DL_ESCAPE_H

#include <stdbool.h>
#include <stddef.h>
#include "util.h"

/*
 * Plain text, the base of every context: C0 and C1 controls, DEL and the
 * bidirectional embedding, override and isolate controls (U+202A..U+202E,
 * U+2066..U+2069, U+200E, U+200F, U+061C) are dropped, so a hostile string can
 * neither reorder the text around it nor break an XML 1.0 document; tabs and
 * line breaks become one space, runs of spaces one space, and the ends are
 * trimmed.  Ill-formed UTF-8 becomes U+FFFD.
 */
void esc_text(struct buf *, const char *s, size_t n);

/*
 * HTML text or attribute value, for HTML that travels inside another format
 * (TimelineJS's "text" fields): esc_text, then & < > " ' as references.
 */
void esc_html(struct buf *, const char *s);

/*
 * A JSON string with its quotes.  With JSON_ESC_MARKUP, '<', '>' and '&'
 * become \u003c..., so the string is safe inside an HTML <script>; with
 * JSON_ESC_TEMPLATE, '{', '}' and '%' become \u007b..., so no template engine
 * (Hugo, Liquid) sees a tag in it.  Controls become \u00XX.
 */
enum { JSON_ESC_MARKUP = 1, JSON_ESC_TEMPLATE = 2 };
void esc_json(struct buf *, const char *s, unsigned flags);

/*
 * A serialized JSON document made safe for an HTML <script> element: every
 * '<' (which JSON holds only inside strings) becomes \u003c, so neither
 * "</script" nor "<!--" can occur.
 */
void esc_json_script(struct buf *, const char *json);

/*
 * An RFC 4180 field, always quoted, quotes doubled.  A field that a
 * spreadsheet would take for a formula (first character '=', '+', '-', '@',
 * tab or carriage return) gets a leading apostrophe.
 */
void esc_csv(struct buf *, const char *s);

/* An iCalendar TEXT value (RFC 5545 3.3.11): '\' ';' ',' escaped, no breaks. */
void esc_ics_text(struct buf *, const char *s);

/*
 * Append one iCalendar content line LINE (without its end), folded so that
 * no line exceeds 75 octets, never inside a UTF-8 sequence; each line ends in
 * CRLF and continuation lines begin with one space.
 */
void ics_fold(struct buf *, const char *line, size_t n);

/*
 * Plain text wrapped at WIDTH code points: words are moved whole to the next
 * line; a word longer than WIDTH is cut.  Each line gets PREFIX (counted in the
 * width) and ends in "\n".  S is taken through esc_text first.
 */
void esc_wrap(struct buf *, const char *s, const char *prefix, size_t width);

/*
 * A URL safe to link to: http or https only (scheme case-insensitive), with
 * a host; controls, spaces, non-ASCII bytes and the characters
 * " ' < > \ ^ ` { | } percent-encoded.  Appends it and returns true; returns
 * false (appending nothing) for any other URL: "javascript:", "data:",
 * relative or empty.
 */
bool esc_url(struct buf *, const char *url);

/*
 * A file-name slug: ASCII lower-case letters, digits and '-', from S with
 * accents removed ("Société Générale" -> "societe-generale"); at most 60
 * characters; "x" if nothing is left.
 */
void esc_slug(struct buf *, const char *s);

/*
 * Markdown written by cmark made literal for Hugo and Liquid: every '{' not
 * already escaped becomes "\{" and a '%' right after a '{' becomes "\%".
 * Both are CommonMark backslash escapes (ASCII punctuation), so the text
 * renders the same, while "{{", "{{<" and "{%" no longer occur in the file.
 * Only for cmark's CommonMark output (no code spans or blocks, no raw HTML).
 * mdw.h does the same as it writes; this one is its reference in the tests.
 */
void esc_md_template(struct buf *, const char *md, size_t n);

#endif
