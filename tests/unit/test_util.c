/* test_util.c - atomic writes: a file already as asked is left alone. */
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
