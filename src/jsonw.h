/*
 * jsonw.h - indented JSON written straight into a buffer, without a tree.
 *
 * The bytes are those jansson's json_dumps() (jansson 2.14) writes, with
 * JSON_INDENT(n) | JSON_PRESERVE_ORDER, for the objects, arrays and
 * strings that the same calls would build with json_object(),
 * json_array(), json_string() and json_object_set_new() (keys in the order
 * they are written; a key is never written twice in one object):
 *   - with N > 0, each member and element on a line of its own, indented N
 *     spaces a level, "key": value, a ',' ending every line but the last;
 *     with N == 0, all on one line, separated by ", " and ": ";
 *     an empty object or array is "{}" or "[]";
 *   - strings: '"' and '\' escaped with a backslash, the C0 controls as \b
 *     \f \n \r \t or \u00XX, everything else (DEL, U+2028, all of UTF-8) as
 *     it is, or with ASCII set (JSON_ENSURE_ASCII) as \uXXXX;
 *   - a string that is NULL or not well-formed UTF-8, for which
 *     json_string() returns NULL, leaves nothing: the member or element it
 *     would have been is not written (jw_str and jw_member return false),
 *     as json_object_set_new() and json_array_append_new() add nothing.
 * tests/unit/test_jsonw.c checks it against the linked jansson on hostile
 * trees.  Keys are the caller's constants, written as strings are.
 */
#ifndef DL_JSONW_H
#define DL_JSONW_H

#include <stdbool.h>
#include <stddef.h>
#include "util.h"

struct jsonw {
	struct buf *b;		/* output */
	int indent;		/* spaces a level */
	size_t *count;		/* members or elements written, per open level */
	size_t depth, cap;
	bool keyed;		/* a key was written, its value is next */
	bool ascii;		/* JSON_ENSURE_ASCII: set after jw_begin() */
};

/* Where the writer is: jw_undo() takes it back there. */
struct jw_mark {
	size_t n;		/* bytes in the output */
	size_t depth, count;
	bool keyed;
};

/* Start a document (one value) appended to OUT, INDENT spaces a level; W
 * zeroed before its first use, and reusable after. */
void jw_begin(struct jsonw *, struct buf *out, int indent);
/* Free the writer's own memory (not the output). */
void jw_free(struct jsonw *);

/* A value: at the top, as an array's element, or after jw_key(). */
void jw_obj_begin(struct jsonw *);
void jw_obj_end(struct jsonw *);
void jw_arr_begin(struct jsonw *);
void jw_arr_end(struct jsonw *);
/*
 * The string S; false (and nothing written) if NULL or ill-formed, but a
 * key written before it stays: see jw_member() and jw_undo().
 */
bool jw_str(struct jsonw *, const char *s);

/* In an object: the key of the member whose value comes next. */
void jw_key(struct jsonw *, const char *key);
/* jw_key() and jw_str(), or nothing at all if S is NULL or ill-formed. */
bool jw_member(struct jsonw *, const char *key, const char *s);

/*
 * The one JSON string writer of the program: the N bytes at S with their
 * quotes, escaped as dump_string() does ('"', '\\', the C0 controls as \b
 * \f \n \r \t or \u00XX, uppercase hex).  Flags: JW_ASCII, every other
 * code point as \uXXXX (surrogate pairs above U+FFFF: JSON_ENSURE_ASCII);
 * JW_LS_PS, U+2028 and U+2029 escaped (safe in JavaScript); JW_REPAIR,
 * ill-formed UTF-8 written as U+FFFD, a byte at a time.  Without JW_REPAIR an
 * ill-formed string writes nothing and gives false, as json_string()
 * refuses it.
 */
enum { JW_ASCII = 1, JW_LS_PS = 2, JW_REPAIR = 4 };
bool jw_put_string(struct buf *, const char *s, size_t n, unsigned flags);

/* Leave out what was written since the mark (a member that cannot be made). */
struct jw_mark jw_mark(const struct jsonw *);
void jw_undo(struct jsonw *, struct jw_mark);

#endif
