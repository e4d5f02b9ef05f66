/* test_util.c - atomic writes: a file already as asked is left alone. */
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
