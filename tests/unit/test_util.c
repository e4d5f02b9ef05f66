/* test_util.c - atomic writes: a file already as asked is left alone; arenas,
 * hashes and UTF-8. */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <criterion/criterion.h>

#include "util.h"

static ino_t
inode(const char *path)
{
	struct stat st;

	cr_assert_eq(stat(path, &st), 0);
	return st.st_ino;
}

Test(util, write_file_atomic_replaces_unless_same)
{
	char dir[] = "/tmp/dateline-test-XXXXXX", path[64], other[80];
	char *got;
	size_t n;
	const char *why;
	ino_t first;

	cr_assert_not_null(mkdtemp(dir));
	snprintf(path, sizeof path, "%s/f.txt", dir);
	snprintf(other, sizeof other, "%s/g.txt", dir);

	cr_assert_eq(write_file_atomic(path, "abc", 3), 0);
	first = inode(path);
	/* The same bytes: nothing written, the file is the same one. */
	cr_assert_eq(write_file_atomic(path, "abc", 3), 0);
	cr_assert_eq(inode(path), first);
	/* Same size, other bytes; then another size: replaced. */
	cr_assert_eq(write_file_atomic(path, "abd", 3), 0);
	cr_assert_neq(inode(path), first);
	cr_assert_eq(write_file_atomic(path, "abcd", 4), 0);
	cr_assert_eq(read_file(path, 100, &got, &n, &why), 0);
	cr_assert_str_eq(got, "abcd");
	free(got);
	/* Another mode, or a second link: replaced, so the result is ours. */
	first = inode(path);
	cr_assert_eq(chmod(path, 0600), 0);
	cr_assert_eq(write_file_atomic(path, "abcd", 4), 0);
	cr_assert_neq(inode(path), first);
	first = inode(path);
	cr_assert_eq(link(path, other), 0);
	cr_assert_eq(write_file_atomic(path, "abcd", 4), 0);
	cr_assert_neq(inode(path), first);
	cr_assert_eq(inode(other), first);
	/* Empty data over an empty file. */
	cr_assert_eq(write_file_atomic(other, "", 0), 0);
	cr_assert_eq(write_file_atomic(other, "", 0), 0);
	unlink(path);
	unlink(other);
	cr_assert_eq(rmdir(dir), 0);
}

/* Files in DIR, "." and ".." left out. */
static int
entries(const char *dir)
{
	DIR *d = opendir(dir);
	struct dirent *de;
	int n = 0;

	cr_assert_not_null(d);
	while ((de = readdir(d)) != NULL)
		n += strcmp(de->d_name, ".") != 0 && strcmp(de->d_name, "..") != 0;
	closedir(d);
	return n;
}

/* A file written in pieces: the same rules, and nothing left behind. */
Test(util, afile_in_pieces)
{
	char dir[] = "/tmp/dateline-test-XXXXXX", path[64];
	static char big[200000];
	struct afile af;
	char *got;
	size_t n;
	const char *why;
	ino_t first;

	cr_assert_not_null(mkdtemp(dir));
	snprintf(path, sizeof path, "%s/f.txt", dir);
	for (size_t i = 0; i < sizeof big; i++)
		big[i] = (char)('a' + i % 26);

	cr_assert_eq(afile_open(&af, path), 0);
	afile_write(&af, big, 70000);
	afile_write(&af, big + 70000, sizeof big - 70000);
	cr_assert_eq(access(path, F_OK), -1, "nothing published before commit");
	cr_assert_eq(afile_commit(&af), 0);
	cr_assert_eq(read_file(path, sizeof big, &got, &n, &why), 0);
	cr_assert_eq(n, sizeof big);
	cr_assert_eq(memcmp(got, big, n), 0);
	free(got);
	first = inode(path);
	/* The same bytes again, in other pieces: the file is left as it is. */
	cr_assert_eq(afile_open(&af, path), 0);
	afile_write(&af, big, 1);
	afile_write(&af, big + 1, sizeof big - 1);
	cr_assert_eq(afile_commit(&af), 0);
	cr_assert_eq(inode(path), first);
	cr_assert_eq(entries(dir), 1, "the temporary file is gone");
	/* One byte differs far in: replaced, the same prefix copied over. */
	big[150000] = '!';
	cr_assert_eq(afile_open(&af, path), 0);
	afile_write(&af, big, 100000);
	cr_assert_eq(entries(dir), 1, "the same so far: no temporary file yet");
	afile_write(&af, big + 100000, sizeof big - 100000);
	cr_assert_eq(entries(dir), 2);
	cr_assert_eq(afile_commit(&af), 0);
	cr_assert_neq(inode(path), first);
	cr_assert_eq(read_file(path, sizeof big, &got, &n, &why), 0);
	cr_assert(n == sizeof big && memcmp(got, big, n) == 0);
	free(got);
	/* A prefix of the file in place: replaced by that prefix. */
	cr_assert_eq(afile_open(&af, path), 0);
	afile_write(&af, big, 1000);
	cr_assert_eq(afile_commit(&af), 0);
	cr_assert_eq(read_file(path, sizeof big, &got, &n, &why), 0);
	cr_assert(n == 1000 && memcmp(got, big, n) == 0);
	free(got);
	/* Longer than the file in place: replaced. */
	cr_assert_eq(afile_open(&af, path), 0);
	afile_write(&af, big, 1000);
	afile_write(&af, big + 1000, 5);
	cr_assert_eq(afile_commit(&af), 0);
	cr_assert_eq(read_file(path, sizeof big, &got, &n, &why), 0);
	cr_assert(n == 1005 && memcmp(got, big, n) == 0);
	free(got);
	cr_assert_eq(entries(dir), 1);
	/* Aborted: the published file stays, the temporary one goes. */
	first = inode(path);
	cr_assert_eq(afile_open(&af, path), 0);
	afile_write(&af, "xyz", 3);
	cr_assert_eq(entries(dir), 2);
	afile_abort(&af);
	cr_assert_eq(entries(dir), 1);
	cr_assert_eq(inode(path), first);
	/* A folder that is not there: open fails, nothing to free. */
	cr_assert_eq(afile_open(&af, "/nonexistent-dateline/x"), -1);
	unlink(path);
	cr_assert_eq(rmdir(dir), 0);
}

Test(util, arena_memdup_copies_aligned)
{
	struct arena *a = arena_new();
	uint32_t v[5] = { 1, 2, 3, 4, 5 };

	for (int i = 0; i < 3; i++) {
		arena_strdup(a, "odd");	/* unaligned before */
		uint32_t *c = arena_memdup(a, v, sizeof v);
		cr_expect_eq((uintptr_t)c % 16, 0);
		cr_expect_eq(memcmp(c, v, sizeof v), 0);
	}
	cr_expect_not_null(arena_memdup(a, v, 0));
	arena_free(a);
}

Test(util, fnv1a_byte_steps_fnv1a)
{
	const char *s = "L'op\xc3\xa9rateur";
	uint64_t h = FNV1A_INIT;

	for (size_t i = 0; s[i]; i++)
		h = fnv1a_byte(h, (unsigned char)s[i]);
	cr_expect_eq(h, fnv1a(FNV1A_INIT, s, strlen(s)));
}

/* Every length from 0 to 64 (each tail shape), every one-bit change and
 * another seed give another hash; the bytes around are never read. */
Test(util, hash64_sees_every_byte)
{
	unsigned char buf[80];
	uint64_t seen[65 + 65 * 8];
	size_t ns = 0;

	for (size_t i = 0; i < sizeof buf; i++)
		buf[i] = (unsigned char)(i * 37 + 11);
	for (size_t n = 0; n <= 64; n++) {
		uint64_t h = hash64(1, buf + 8, n);
		cr_expect_neq(h, hash64(2, buf + 8, n), "seed, length %zu", n);
		buf[7] ^= 0xFF;
		buf[8 + n] ^= 0xFF;
		cr_expect_eq(h, hash64(1, buf + 8, n), "outside read, length %zu", n);
		buf[7] ^= 0xFF;
		buf[8 + n] ^= 0xFF;
		seen[ns++] = h;
		if (n >= 1 && n <= 8)
			for (int bit = 0; bit < 8; bit++) {
				buf[8 + n - 1] ^= (unsigned char)(1u << bit);
				seen[ns++] = hash64(1, buf + 8, n);
				buf[8 + n - 1] ^= (unsigned char)(1u << bit);
			}
	}
	for (size_t n = 9; n <= 64; n++)
		for (size_t k = 0; k < n; k += 7) {
			buf[8 + k] ^= 1;
			uint64_t h = hash64(1, buf + 8, n);
			buf[8 + k] ^= 1;
			cr_expect_neq(h, hash64(1, buf + 8, n), "byte %zu of %zu", k, n);
		}
	for (size_t i = 0; i < ns; i++)
		for (size_t j = i + 1; j < ns; j++)
			cr_expect_neq(seen[i], seen[j], "hashes %zu and %zu", i, j);
}

Test(util, utf8_decode_ascii_and_beyond)
{
	static const struct { const char *s; size_t n; int cp, len; } c[] = {
		{ "a", 1, 'a', 1 }, { "\x7f", 1, 0x7f, 1 }, { "", 1, 0, 1 },
		{ "\xc3\xa9", 2, 0xe9, 2 }, { "\xe2\x80\x99", 3, 0x2019, 3 },
		{ "\xf0\x9f\x98\x80", 4, 0x1f600, 4 }, { "\xc3", 1, -1, 1 },
		{ "\x80", 1, -1, 1 }, { "\xed\xa0\x80", 3, -1, 1 },
	};

	for (size_t i = 0; i < sizeof c / sizeof c[0]; i++) {
		int len = 0;
		int cp = utf8_decode((const unsigned char *)c[i].s, c[i].n, &len);
		cr_expect_eq(cp, c[i].cp, "case %zu", i);
		cr_expect_eq(len, c[i].len, "case %zu", i);
	}
}

Test(util, ascii_span_stops_at_nul_and_high_bytes)
{
	static const struct { const char *s; size_t n, want; } c[] = {
		{ "", 0, 0 }, { "abc", 3, 3 }, { "abcdefghijklmnop", 16, 16 },
		{ "abcdefghij\xc3\xa9", 12, 10 }, { "abcdefgh\0ij", 11, 8 },
		{ "abc\x80" "defghijkl", 12, 3 }, { "\x7f\x01 tab\there", 11, 11 },
		{ "abcdefghijklmnop", 5, 5 }, { "\xff", 1, 0 },
	};

	for (size_t i = 0; i < sizeof c / sizeof c[0]; i++)
		cr_expect_eq(ascii_span(c[i].s, c[i].n), c[i].want, "case %zu", i);
}

/* Whole files of every small size, ended by a NUL; a file over the limit refused. */
Test(util, read_file_sizes)
{
	char dir[] = "/tmp/dateline-test-XXXXXX", path[64];
	static char data[5000];
	char *got;
	size_t n;
	const char *why;

	cr_assert_not_null(mkdtemp(dir));
	snprintf(path, sizeof path, "%s/f.txt", dir);
	for (size_t i = 0; i < sizeof data; i++)
		data[i] = (char)('a' + i % 26);
	for (size_t len = 0; len < sizeof data; len += len < 40 ? 1 : 997) {
		cr_assert_eq(write_file_atomic(path, data, len), 0);
		cr_assert_eq(read_file(path, 1u << 20, &got, &n, &why), 0, "%zu", len);
		cr_expect_eq(n, len);
		cr_expect(memcmp(got, data, len) == 0 && got[len] == '\0', "%zu", len);
		free(got);
	}
	cr_expect_eq(read_file(path, 100, &got, &n, &why), -1, "over the limit");
	unlink(path);
	cr_assert_eq(rmdir(dir), 0);
}

/* An arena array grows by doubling and keeps its items. */
Test(util, arena_grow_keeps_items)
{
	struct arena *a = arena_new();
	uint32_t *v = NULL;
	size_t cap = 0;

	for (uint32_t i = 0; i < 1000; i++) {
		v = arena_grow(a, v, i, &cap, sizeof *v);
		cr_assert_gt(cap, i);
		v[i] = i * 7;
	}
	for (uint32_t i = 0; i < 1000; i++)
		cr_expect_eq(v[i], i * 7);
	cr_expect_eq(cap, 1024);
	arena_free(a);
}
