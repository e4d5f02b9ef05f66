/*
 * test_jsonw.c - the tree-less JSON writer against jansson's dump.
 *
 * Random trees of objects, arrays and hostile strings (controls, quotes,
 * backslashes, non-ASCII, U+2028, ill-formed UTF-8) are built twice: as
 * jansson values (json_string() refusing what it refuses, set_new and
 * append_new then adding nothing) dumped with JSON_INDENT(n) |
 * JSON_PRESERVE_ORDER, and through jsonw.h.  The bytes must be equal.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <criterion/criterion.h>
#include <jansson.h>

#include "jsonw.h"
#include "util.h"
#include "xorshift.h"

static const char *const pieces[] = {
	"a", "b c", " ", "\t", "\n", "\r", "\b", "\f", "\x01", "\x1f", "\x7f",
	"\"", "\\", "/", "\\u0041", "{", "}", "[", "]", ":", ",", "<", ">", "&",
	"'", "é", "—", "\u2028", "\u2029", "\u00a0", "😀", "\xef\xbf\xbd",
	"\xff", "\xc3", "\xe0\x80\x80", "\xed\xa0\x80", "\xf4\x90\x80\x80",
	"\xc0\xaf", "<p>x</p>",
};
#define NPIECES (sizeof pieces / sizeof pieces[0])

static json_t *gen(struct jsonw *, int depth, struct buf *t);

/* Members of object O, each also written to W. */
static void
members(json_t *o, struct jsonw *w, int depth, struct buf *t)
{
	size_t n = rnd(5);

	for (size_t i = 0; i < n; i++) {
		char key[32];
		snprintf(key, sizeof key, "k%zu\"\\%s", i, rnd(2) ? "é" : "\t");
		if (depth == 0 || rnd(3)) {
			const char *s = rnd(20) ? rnd_text(t, 4, pieces, NPIECES) : NULL;
			json_object_set_new(o, key, s ? json_string(s) : NULL);
			jw_member(w, key, s);
		} else {
			jw_key(w, key);
			json_object_set_new(o, key, gen(w, depth - 1, t));
		}
	}
}

/* A container (object or array), also written to W. */
static json_t *
gen(struct jsonw *w, int depth, struct buf *t)
{
	json_t *v;

	if (rnd(2)) {
		v = json_object();
		jw_obj_begin(w);
		members(v, w, depth, t);
		jw_obj_end(w);
	} else {
		size_t n = rnd(5);
		v = json_array();
		jw_arr_begin(w);
		for (size_t i = 0; i < n; i++) {
			if (depth == 0 || rnd(3)) {
				const char *s = rnd_text(t, 4, pieces, NPIECES);
				json_array_append_new(v, json_string(s));
				jw_str(w, s);
			} else
				json_array_append_new(v, gen(w, depth - 1, t));
		}
		jw_arr_end(w);
	}
	return v;
}

Test(jsonw, same_bytes_as_jansson)
{
	struct jsonw w = {0};
	struct buf t = {0}, out = {0};
	static const int indents[] = { 2, 0, 4, 1 };

	rng = 2463534242u;
	for (int round = 0; round < 6000; round++) {
		int ind = indents[round % 4];
		json_t *root;
		char *want;

		buf_reset(&out);
		buf_puts(&out, "x");	/* what comes before stays */
		bool ascii = round / 4 % 2;	/* JSON-LD's JSON_ENSURE_ASCII */
		jw_begin(&w, &out, ind);
		w.ascii = ascii;
		root = gen(&w, 3, &t);
		want = json_dumps(root, JSON_INDENT(ind) | JSON_PRESERVE_ORDER |
		    (ascii ? JSON_ENSURE_ASCII : 0));
		cr_assert_not_null(want);
		cr_assert_str_eq(out.p + 1, want, "round %d", round);
		free(want);
		json_decref(root);
	}
	jw_free(&w);
	buf_free(&t);
	buf_free(&out);
}

/* A member taken back whole, nested object included (json_pack failing). */
Test(jsonw, undo)
{
	struct jsonw w = {0};
	struct buf out = {0};
	struct jw_mark m;

	jw_begin(&w, &out, 2);
	jw_obj_begin(&w);
	jw_member(&w, "a", "1");
	m = jw_mark(&w);
	jw_key(&w, "text");
	jw_obj_begin(&w);
	jw_member(&w, "headline", "h");
	cr_assert(!jw_member(&w, "text", "\xff"));
	jw_undo(&w, m);
	cr_assert(!jw_member(&w, "b", NULL));
	jw_member(&w, "c", "\"\\\x01\u2028");
	jw_obj_end(&w);
	cr_assert_str_eq(out.p, "{\n  \"a\": \"1\",\n  \"c\": \"\\\"\\\\\\u0001\u2028\"\n}");
	jw_free(&w);
	buf_free(&out);
}

/*
 * Strings read 8 bytes at a time: one byte that is escaped, checked or a
 * near neighbour of one, at every place of plain strings of every length
 * around a word's.
 */
Test(jsonw, string_every_place)
{
	static const char *const odd[] = {
		"\"", "\\", "\n", "\x01", "\x1f", " ", "!", "#", "[", "]", "~",
		"\x7f", "é", "\u2028", "\xff",
	};
	struct buf s = {0}, out = {0};

	for (size_t n = 1; n <= 24; n++)
		for (size_t at = 0; at < n; at++)
			for (size_t k = 0; k < sizeof odd / sizeof odd[0]; k++) {
				buf_reset(&s);
				buf_puts(&s, "");
				for (size_t i = 0; i < n; i++)
					buf_puts(&s, i == at ? odd[k] :
					    (const char[]){ (char)('a' + i % 26), 0 });
				json_t *j = json_string(s.p);
				char *want = j ? json_dumps(j, JSON_ENCODE_ANY) : NULL;
				buf_reset(&out);
				buf_puts(&out, "");
				bool ok = jw_put_string(&out, s.p, s.n, 0);
				cr_assert_eq(ok, want != NULL, "%zu %zu %zu", n, at, k);
				if (want)
					cr_assert_str_eq(out.p, want, "%zu %zu %zu", n, at, k);
				free(want);
				json_decref(j);
			}
	buf_free(&s);
	buf_free(&out);
}
