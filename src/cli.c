/*
 * cli.c - main(): subcommands, options, exit status.
 *
 * Exit status: 0 all good; 1 some input rejected (each named on stderr, the
 * rest processed) or an output could not be written; 2 usage error.
 */
#include <errno.h>
#include <getopt.h>
#include <malloc.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <sys/stat.h>
#include <unistd.h>

#include <jansson.h>
#include <libxml/parser.h>

#include "evjson.h"
#include "gazetteer.h"
#include "ingest.h"
#include "pipeline.h"
#include "render.h"
#include "timeline.h"
#include "tval.h"
#include "util.h"

#define EXIT_REJECT 1
#define EXIT_USAGE  2

/* Sources shown per entry in the reading formats (--max-sources). */
#define DEFAULT_MAX_SOURCES 10

static const char *progname = "dateline";

static int usage_error(const char *cmd, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

static int
usage_error(const char *cmd, const char *fmt, ...)
{
	va_list ap;

	fprintf(stderr, "%s: %s%s", progname, cmd ? cmd : "", cmd ? ": " : "");
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fprintf(stderr, " (try '%s %s%s--help')\n", progname, cmd ? cmd : "", cmd ? " " : "");
	return EXIT_USAGE;
}

/* ------------------------------------------------------------ options */

enum {
	O_DCT = 256, O_LANG, O_FORMAT, O_LOCALE, O_TEMPLATES, O_FRONT,
	O_SITE, O_GAZ, O_MAXFILE, O_MAXTX, O_ONLY, O_TITLE, O_CACHE, O_NOCACHE,
	O_MAXLINE, O_MAXSRC
};

static const struct option longopts[] = {
	{ "help", no_argument, NULL, 'h' },
	{ "output", required_argument, NULL, 'o' },
	{ "jobs", required_argument, NULL, 'j' },
	{ "quiet", no_argument, NULL, 'q' },
	{ "dct", required_argument, NULL, O_DCT },
	{ "lang", required_argument, NULL, O_LANG },
	{ "format", required_argument, NULL, O_FORMAT },
	{ "locale", required_argument, NULL, O_LOCALE },
	{ "templates", required_argument, NULL, O_TEMPLATES },
	{ "front-matter", required_argument, NULL, O_FRONT },
	{ "site-url", required_argument, NULL, O_SITE },
	{ "title", required_argument, NULL, O_TITLE },
	{ "max-sources", required_argument, NULL, O_MAXSRC },
	{ "gazetteer", required_argument, NULL, O_GAZ },
	{ "max-file-size", required_argument, NULL, O_MAXFILE },
	{ "max-timex", required_argument, NULL, O_MAXTX },
	{ "max-line", required_argument, NULL, O_MAXLINE },
	{ "only", required_argument, NULL, O_ONLY },
	{ "cache", required_argument, NULL, O_CACHE },
	{ "no-cache", no_argument, NULL, O_NOCACHE },
	{ NULL, 0, NULL, 0 }
};

/*
 * Where the templates are when no option says: ./templates, else beside the
 * program (a build tree: the repository's), else the installed share folder.
 */
static const char *
default_templates(void)
{
	static char found[4200];
	char exe[4096];
	struct stat st;
	ssize_t n;

	if (stat("templates/page.html", &st) == 0)
		return "templates";
	n = readlink("/proc/self/exe", exe, sizeof exe - 1);
	if (n > 0) {
		exe[n] = '\0';
		char *slash = strrchr(exe, '/');
		if (slash) {
			*slash = '\0';
			static const char *const rel[] = {
				"templates", "../../templates", "../share/dateline/templates"
			};
			for (size_t i = 0; i < sizeof rel / sizeof rel[0]; i++) {
				snprintf(found, sizeof found, "%s/%s", exe, rel[i]);
				char probe[4300];
				snprintf(probe, sizeof probe, "%s/page.html", found);
				if (stat(probe, &st) == 0)
					return found;
			}
		}
	}
	return "templates";
}

struct opts {
	struct pl_opts pl;
	struct rctx r;
	const char *out;
	const char *format;
	const char *gazetteer;
	const char *only;
	const char *cache;
	bool no_cache;
	int jobs;
	bool quiet, help;
};

/* Which options each subcommand takes (letters and O_* codes). */
struct cmd {
	const char *name;
	int (*run)(struct opts *, int, char **);
	const char *usage;
	const int *allowed;
};

static bool
allowed(const struct cmd *c, int opt)
{
	for (const int *a = c->allowed; *a; a++)
		if (*a == opt)
			return true;
	return false;
}

static int
parse_size(const char *s, size_t *out)
{
	char *end;
	unsigned long long v;

	errno = 0;
	v = strtoull(s, &end, 10);
	if (errno || end == s || v == 0)
		return -1;
	if (*end == 'k' || *end == 'K')
		v <<= 10, end++;
	else if (*end == 'M' || *end == 'm')
		v <<= 20, end++;
	else if (*end == 'G' || *end == 'g')
		v <<= 30, end++;
	if (*end != '\0')
		return -1;
	*out = (size_t)v;
	return 0;
}

static int
parse_opts(const struct cmd *c, struct opts *o, int argc, char **argv)
{
	int ch;

	memset(o, 0, sizeof *o);
	pl_opts_default(&o->pl);
	o->r.locale = "en";
	o->r.max_sources = DEFAULT_MAX_SOURCES;
	o->r.templates = getenv("DATELINE_TEMPLATES");
	if (o->r.templates == NULL)
		o->r.templates = default_templates();
	o->out = NULL;
	optind = 1;
	opterr = 0;
	while ((ch = getopt_long(argc, argv, ":ho:j:q", longopts, NULL)) != -1) {
		if (ch == '?') {
			if (optopt)
				return usage_error(c->name, "unknown option -%c", optopt);
			return usage_error(c->name, "unknown option %s", argv[optind - 1]);
		}
		if (ch == ':')
			return usage_error(c->name, "option %s needs a value", argv[optind - 1]);
		if (ch != 'h' && !allowed(c, ch))
			return usage_error(c->name, "option %s does not apply here", argv[optind - 1]);
		switch (ch) {
		case 'h':
			o->help = true;
			break;
		case 'o':
			o->out = optarg;
			break;
		case 'j': {
			char *end;
			long v = strtol(optarg, &end, 10);
			if (*end || v < 0 || v > 1024)
				return usage_error(c->name, "bad --jobs value '%s'", optarg);
			o->jobs = (int)v;
			break;
		}
		case 'q':
			o->quiet = true;
			break;
		case O_DCT:
			if (ingest_parse_date(optarg, &o->pl.dct) != 0)
				return usage_error(c->name, "bad --dct date '%s' (want YYYY-MM-DD)", optarg);
			o->pl.has_dct = true;
			break;
		case O_LANG:
			if (strcmp(optarg, "auto") && strcmp(optarg, "en") && strcmp(optarg, "fr"))
				return usage_error(c->name, "bad --lang '%s' (auto, en or fr)", optarg);
			o->pl.lang = optarg;
			break;
		case O_FORMAT:
			o->format = optarg;
			break;
		case O_LOCALE:
			if (strcmp(optarg, "en") && strcmp(optarg, "fr"))
				return usage_error(c->name, "bad --locale '%s' (en or fr)", optarg);
			o->r.locale = optarg;
			break;
		case O_TEMPLATES:
			o->r.templates = optarg;
			break;
		case O_FRONT:
			if (strcmp(optarg, "hugo") == 0)
				o->r.front_matter = FM_HUGO;
			else if (strcmp(optarg, "jekyll") == 0)
				o->r.front_matter = FM_JEKYLL;
			else if (strcmp(optarg, "none") == 0)
				o->r.front_matter = FM_NONE;
			else
				return usage_error(c->name, "bad --front-matter '%s' (hugo, jekyll or none)", optarg);
			break;
		case O_SITE:
			o->r.site_url = optarg;
			break;
		case O_TITLE:
			o->r.title = optarg;
			break;
		case O_MAXSRC: {
			char *end;
			errno = 0;
			unsigned long v = strtoul(optarg, &end, 10);
			if (errno || end == optarg || *end || optarg[0] == '-' ||
			    v > 1000000)
				return usage_error(c->name, "bad --max-sources '%s' "
				    "(a count; 0 for all)", optarg);
			o->r.max_sources = v;
			break;
		}
		case O_GAZ:
			o->gazetteer = optarg;
			break;
		case O_MAXFILE:
			if (parse_size(optarg, &o->pl.max_file) != 0)
				return usage_error(c->name, "bad --max-file-size '%s'", optarg);
			break;
		case O_MAXTX:
			if (parse_size(optarg, &o->pl.max_timex) != 0)
				return usage_error(c->name, "bad --max-timex '%s'", optarg);
			break;
		case O_MAXLINE:
			if (parse_size(optarg, &o->pl.max_line) != 0)
				return usage_error(c->name, "bad --max-line '%s'", optarg);
			break;
		case O_ONLY:
			o->only = optarg;
			break;
		case O_CACHE:
			o->cache = optarg;
			break;
		case O_NOCACHE:
			o->no_cache = true;
			break;
		}
	}
	return 0;
}

/* ------------------------------------------------------------ helpers */

static double
now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static struct gazetteer *
load_gazetteer(const struct opts *o, struct diag *dg)
{
	if (o->gazetteer)
		return gaz_load(o->gazetteer, dg);
	return gaz_default();
}

/* Byte offset of code point CP in S[0..n). */
static size_t
cp_to_byte(const char *s, size_t n, uint32_t cp)
{
	size_t i = 0;
	int len;

	while (i < n && cp > 0) {
		utf8_decode((const unsigned char *)s + i, n - i, &len);
		i += (size_t)len;
		cp--;
	}
	return i;
}

/* Print JSON value J as one line, and free it. */
static void
put_json_line(json_t *j, FILE *fp)
{
	char *s = json_dumps(j, JSON_COMPACT | JSON_PRESERVE_ORDER);

	if (s) {
		fputs(s, fp);
		fputc('\n', fp);
		free(s);
	}
	json_decref(j);
}

/* Read a list of paths, one a line, from stdin (for `extract -`). */
static void
read_path_list(FILE *fp, char ***paths, size_t *n, size_t *cap)
{
	char *line = NULL;
	size_t lcap = 0;
	ssize_t len;

	while ((len = getline(&line, &lcap, fp)) > 0) {
		while (len > 0 && (line[len - 1] == '\n' || line[len - 1] == '\r'))
			line[--len] = '\0';
		if (len == 0)
			continue;
		GROW(*paths, *cap, *n + 1);
		(*paths)[(*n)++] = xstrdup(line);
	}
	free(line);
}

/* Files from the arguments (folders walked), or from stdin with "-". */
static void
gather(int argc, char **argv, char ***paths, size_t *n, struct diag *dg)
{
	char **list = NULL;
	size_t nl = 0, cap = 0;
	bool from_stdin = false;

	for (int i = 0; i < argc; i++) {
		if (strcmp(argv[i], "-") == 0) {
			from_stdin = true;
			continue;
		}
		GROW(list, cap, nl + 1);
		list[nl++] = argv[i];
	}
	pl_collect((const char *const *)list, nl, paths, n, dg);
	free(list);
	if (from_stdin) {
		cap = *n;
		read_path_list(stdin, paths, n, &cap);
	}
}

static void
free_paths(char **p, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(p[i]);
	free(p);
}

/*
 * Parse the events line LINE[0..len) (line LINENO of WHERE) into REC, strings
 * in A.  Returns 0, or -1 with a warning in DG.
 */
static int
parse_event(const char *line, size_t len, size_t lineno, const char *where,
    struct arena *a, struct evrec *rec, struct diag *dg)
{
	const char *why = NULL;

	if (evjson_parse(line, len, a, rec, &why) == 0)
		return 0;
	diag_add(dg, DIAG_WARN, where, "line %zu: %s", lineno, why);
	return -1;
}

/*
 * Feed JSON Lines of event records in BUF to the timeline.  Returns the
 * number of bad lines (each reported against WHERE).
 */
static size_t
feed_events(struct timeline *tl, const char *where, const char *s, size_t n,
    struct diag *dg)
{
	size_t bad = 0, lineno = 0;
	const char *p = s, *end = s + n;

	while (p < end) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		size_t len = nl ? (size_t)(nl - p) : (size_t)(end - p);
		lineno++;
		if (len > 0) {
			struct arena *a = arena_new();
			struct evrec rec;
			if (parse_event(p, len, lineno, where, a, &rec, dg) == 0)
				tl_add(tl, &rec);
			else
				bad++;
			arena_free(a);
		}
		p += len + 1;
	}
	return bad;
}

static int
render_out(const struct timeline *tl, struct opts *o, struct diag *dg)
{
	const char *outdir = o->out ? o->out : "out";

	o->r.jobs = o->jobs;
	if (mkdirs(outdir) != 0) {
		diag_add(dg, DIAG_REJECT, outdir, "cannot create output folder: %s", strerror(errno));
		return -1;
	}
	return render_all(tl, &o->r, outdir, o->only, dg);
}

/*
 * What besides the article decides its events: language and date options,
 * limits, and the gazetteer file's content.
 */
static uint64_t
cache_salt(const struct opts *o)
{
	uint64_t h = PL_HASH_INIT;
	char *data;
	size_t n;
	const char *why;

	h = pl_hash(h, o->pl.lang, strlen(o->pl.lang) + 1);
	if (o->pl.has_dct)
		h = pl_hash(h, o->pl.dct.v, strlen(o->pl.dct.v) + 1);
	h = pl_hash(h, &o->pl.max_timex, sizeof o->pl.max_timex);
	h = pl_hash(h, &o->pl.max_line, sizeof o->pl.max_line);
	/* The program itself: any rebuild of it invalidates the cache. */
	if (read_file("/proc/self/exe", (size_t)1 << 30, &data, &n, &why) == 0) {
		h = hash64(h, data, n);
		free(data);
	}
	if (o->gazetteer && read_file(o->gazetteer, (size_t)1 << 30, &data, &n, &why) == 0) {
		h = pl_hash(h, data, n);
		free(data);
	}
	return h;
}

/* ------------------------------------------------------------ build */

struct build {
	struct timeline *tl;
	struct diag *dg;
	size_t nev, nrej, ncached;
};

/* pl_sink.done: into the timeline, in path order. */
static void
build_done(void *arg, size_t i, struct pl_result *r)
{
	struct build *b = arg;

	diag_move(b->dg, &r->diag);
	if (r->rejected)
		b->nrej++;
	if (r->cached)
		b->ncached++;
	b->nev += r->nev;
	for (size_t k = 0; k < r->recs.n; k++)
		tl_add(b->tl, &r->recs.rec[k]);
}

static int
cmd_build(struct opts *o, int argc, char **argv)
{
	struct diag dg = {0};
	char **paths = NULL;
	size_t npath = 0;
	char *defargs[] = { "corpus" };
	double t0 = now();
	int rc = 0;

	if (argc == 0) {
		argc = 1;
		argv = defargs;
	}
	struct gazetteer *gaz = load_gazetteer(o, &dg);
	if (gaz == NULL) {
		diag_print(&dg, stderr);
		diag_free(&dg);
		return EXIT_USAGE;
	}
	o->pl.gaz = gaz;
	struct buf cachedir = {0};
	if (!o->no_cache) {
		o->pl.cache = o->cache ? o->cache : pl_cache_default(&cachedir);
		o->pl.cache_salt = cache_salt(o);
	}
	gather(argc, argv, &paths, &npath, &dg);
	struct build b = { .tl = tl_new(), .dg = &dg };
	tl_set_jobs(b.tl, o->jobs);
	/* The records are made (or read from the cache) on the workers. */
	o->pl.records = true;
	struct pl_sink sink = { NULL, build_done, &b };
	pl_run_all(&o->pl, (const char *const *)paths, npath, o->jobs,
	    !o->quiet && isatty(STDERR_FILENO), &sink);
	/* The workers are gone: give back what their heaps hold free before
	 * the merge needs room of its own. */
	malloc_trim(0);
	double t1 = now();
	tl_finish(b.tl);
	double t2 = now();
	if (render_out(b.tl, o, &dg) != 0)
		rc = EXIT_REJECT;
	double t3 = now();
	diag_print(&dg, stderr);
	if (dg.nreject)
		rc = EXIT_REJECT;
	/* Where the time went: reading (and extracting), merging, writing. */
	fprintf(stderr, "dateline: %zu documents read (%zu from cache), %zu rejected, "
	    "%zu events, %zu timeline entries, %.2f s (read %.2f, merge %.2f, "
	    "write %.2f)\n", npath - b.nrej, b.ncached, b.nrej, b.nev, b.tl->n,
	    t3 - t0, t1 - t0, t2 - t1, t3 - t2);
	tl_free(b.tl);
	free_paths(paths, npath);
	gaz_free(gaz);
	diag_free(&dg);
	buf_free(&cachedir);
	return rc;
}

/* ------------------------------------------------------------ extract */

/* pl_sink.done: each file's events to stdout, in path order. */
static void
extract_done(void *arg, size_t i, struct pl_result *r)
{
	fwrite(r->events.p ? r->events.p : "", 1, r->events.n, stdout);
	diag_move(arg, &r->diag);
}

static int
cmd_extract(struct opts *o, int argc, char **argv)
{
	struct diag dg = {0};
	char **paths = NULL;
	size_t npath = 0;
	int rc = 0;

	if (argc == 0 && isatty(STDIN_FILENO))
		return usage_error("extract", "%s", "no input files (give FILE... or - for a list on stdin)");
	struct gazetteer *gaz = load_gazetteer(o, &dg);
	if (gaz == NULL) {
		diag_print(&dg, stderr);
		diag_free(&dg);
		return EXIT_USAGE;
	}
	o->pl.gaz = gaz;
	if (argc == 0) {
		size_t cap = 0;
		read_path_list(stdin, &paths, &npath, &cap);
	} else
		gather(argc, argv, &paths, &npath, &dg);
	/* Events in large writes, not one or two per article. */
	static char outbuf[1 << 20];
	setvbuf(stdout, outbuf, _IOFBF, sizeof outbuf);
	struct pl_sink sink = { NULL, extract_done, &dg };
	pl_run_all(&o->pl, (const char *const *)paths, npath, o->jobs, false,
	    &sink);
	if (fflush(stdout) != 0) {
		diag_add(&dg, DIAG_REJECT, "stdout", "write error");
	}
	diag_print(&dg, stderr);
	if (dg.nreject)
		rc = EXIT_REJECT;
	free_paths(paths, npath);
	gaz_free(gaz);
	diag_free(&dg);
	return rc;
}

/* ------------------------------------------------------------ timex */

static void
put_escaped_xml(FILE *fp, const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		switch (s[i]) {
		case '<': fputs("&lt;", fp); break;
		case '>': fputs("&gt;", fp); break;
		case '&': fputs("&amp;", fp); break;
		case '"': fputs("&quot;", fp); break;
		default:
			/* XML 1.0 forbids most C0 controls. */
			if ((unsigned char)s[i] < 0x20 && s[i] != '\n' && s[i] != '\t' && s[i] != '\r')
				fputc(' ', fp);
			else
				fputc(s[i], fp);
		}
	}
}

static void
timex_timeml(const struct doc *d, FILE *fp)
{
	size_t at = 0;
	uint32_t last_end = 0;

	fputs("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<TimeML>\n", fp);
	fputs("<DOCID>", fp);
	put_escaped_xml(fp, d->path, strlen(d->path));
	fputs("</DOCID>\n", fp);
	if (d->has_dct)
		fprintf(fp, "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"%s\" "
		    "temporalFunction=\"false\" functionInDocument=\"CREATION_TIME\"/></DCT>\n",
		    d->dct.v);
	fputs("<TEXT>", fp);
	for (size_t i = 0; i < d->ntx; i++) {
		const struct timex *t = &d->tx[i];
		if (t->span.beg < last_end || t->span.end <= t->span.beg)
			continue;	/* overlapping: inline tags cannot nest */
		size_t b = cp_to_byte(d->text, d->text_n, t->span.beg);
		size_t e = cp_to_byte(d->text, d->text_n, t->span.end);
		put_escaped_xml(fp, d->text + at, b - at);
		fprintf(fp, "<TIMEX3 tid=\"t%zu\" type=\"%s\" value=\"", i + 1,
		    tx_type_names[t->type]);
		put_escaped_xml(fp, t->val.v, strlen(t->val.v));
		fputc('"', fp);
		if (t->val.mod)
			fprintf(fp, " mod=\"%s\"", tx_mod_names[t->val.mod]);
		fputc('>', fp);
		put_escaped_xml(fp, d->text + b, e - b);
		fputs("</TIMEX3>", fp);
		at = e;
		last_end = t->span.end;
	}
	put_escaped_xml(fp, d->text + at, d->text_n - at);
	fputs("</TEXT>\n</TimeML>\n", fp);
}

static void
timex_jsonl(const struct doc *d, FILE *fp)
{
	for (size_t i = 0; i < d->ntx; i++) {
		const struct timex *t = &d->tx[i];
		size_t b = cp_to_byte(d->text, d->text_n, t->span.beg);
		size_t e = cp_to_byte(d->text, d->text_n, t->span.end);
		json_t *j = json_object();
		json_object_set_new(j, "start", json_integer(t->span.beg));
		json_object_set_new(j, "end", json_integer(t->span.end));
		json_object_set_new(j, "text", json_stringn_nocheck(d->text + b, e - b));
		json_object_set_new(j, "type", json_string(tx_type_names[t->type]));
		json_object_set_new(j, "value", json_string(t->val.v));
		if (t->val.mod)
			json_object_set_new(j, "mod", json_string(tx_mod_names[t->val.mod]));
		json_object_set_new(j, "sentence", json_integer(t->sent));
		put_json_line(j, fp);
	}
}

static int
cmd_timex(struct opts *o, int argc, char **argv)
{
	struct diag dg = {0};
	struct worker *w;
	int rc = 0;
	bool jsonl;

	if (o->format == NULL || strcmp(o->format, "timeml") == 0)
		jsonl = false;
	else if (strcmp(o->format, "jsonl") == 0)
		jsonl = true;
	else
		return usage_error("timex", "bad --format '%s' (timeml or jsonl)", o->format);
	if (argc < 1)
		return usage_error("timex", "%s", "no input file");
	o->pl.stop = PL_TIMEX;
	w = worker_new();
	for (int i = 0; i < argc; i++) {
		struct doc *d = pl_process(w, &o->pl, argv[i], &dg);
		if (d == NULL)
			continue;
		if (jsonl)
			timex_jsonl(d, stdout);
		else
			timex_timeml(d, stdout);
		doc_free(d);
	}
	worker_free(w);
	diag_print(&dg, stderr);
	if (dg.nreject)
		rc = EXIT_REJECT;
	diag_free(&dg);
	return rc;
}

/* ------------------------------------------------------------ normalize */

static int
cmd_normalize(struct opts *o, int argc, char **argv)
{
	struct diag dg = {0};
	struct worker *w;
	int rc = 0;

	bool sents = false;

	if (o->format && strcmp(o->format, "sentences") == 0)
		sents = true;
	else if (o->format && strcmp(o->format, "text") != 0)
		return usage_error("normalize", "bad --format '%s' (text or sentences)", o->format);
	if (argc < 1)
		return usage_error("normalize", "%s", "no input file");
	o->pl.stop = sents ? PL_SEGMENT : PL_NORMALIZE;
	w = worker_new();
	for (int i = 0; i < argc; i++) {
		struct doc *d = pl_process(w, &o->pl, argv[i], &dg);
		if (d == NULL)
			continue;
		if (sents) {
			for (size_t k = 0; k < d->nsents; k++) {
				const struct sent *st = &d->sents[k];
				for (uint32_t b = st->beg; b < st->end; b++)
					fputc(d->norm[b] == '\n' ? ' ' : d->norm[b], stdout);
				fputc('\n', stdout);
			}
		} else {
			fwrite(d->norm, 1, d->norm_n, stdout);
			if (d->norm_n && d->norm[d->norm_n - 1] != '\n')
				fputc('\n', stdout);
		}
		doc_free(d);
	}
	worker_free(w);
	diag_print(&dg, stderr);
	if (dg.nreject)
		rc = EXIT_REJECT;
	diag_free(&dg);
	return rc;
}

/* ------------------------------------------------------------ merge, render */

/* Read all of FILE ("-": stdin). */
static int
slurp(const char *path, struct buf *b, struct diag *dg)
{
	char tmp[65536];
	size_t n;

	if (strcmp(path, "-") != 0) {
		char *p;
		const char *why;
		if (read_file(path, (size_t)1 << 34, &p, &n, &why) != 0) {
			diag_add(dg, DIAG_REJECT, path, "%s", why);
			return -1;
		}
		buf_put(b, p, n);
		free(p);
		return 0;
	}
	while ((n = fread(tmp, 1, sizeof tmp, stdin)) > 0)
		buf_put(b, tmp, n);
	return 0;
}

static int
cmd_merge(struct opts *o, int argc, char **argv)
{
	struct diag dg = {0};
	struct timeline *tl = tl_new();
	struct buf out = {0};
	char *dash[] = { "-" };
	int rc = 0;

	tl_set_jobs(tl, 0);

	if (argc == 0) {
		argc = 1;
		argv = dash;
	}
	for (int i = 0; i < argc; i++) {
		struct buf b = {0};
		if (slurp(argv[i], &b, &dg) == 0)
			feed_events(tl, argv[i], b.p ? b.p : "", b.n, &dg);
		buf_free(&b);
	}
	tl_finish(tl);
	evjson_write_timeline(tl, &out);
	if (o->out && strcmp(o->out, "-") != 0) {
		if (write_file_atomic(o->out, out.p ? out.p : "", out.n) != 0)
			diag_add(&dg, DIAG_REJECT, o->out, "cannot write: %s", strerror(errno));
	} else
		fwrite(out.p ? out.p : "", 1, out.n, stdout);
	diag_print(&dg, stderr);
	if (dg.nreject)
		rc = EXIT_REJECT;
	buf_free(&out);
	tl_free(tl);
	diag_free(&dg);
	return rc;
}

static int
cmd_render(struct opts *o, int argc, char **argv)
{
	struct diag dg = {0};
	struct timeline *tl = tl_new();
	char *dash[] = { "-" };
	int rc = 0;

	if (argc == 0) {
		argc = 1;
		argv = dash;
	}
	for (int i = 0; i < argc; i++) {
		struct buf b = {0};
		if (slurp(argv[i], &b, &dg) != 0) {
			buf_free(&b);
			continue;
		}
		const char *p = b.p ? b.p : "", *end = p + b.n;
		size_t lineno = 0;
		while (p < end) {
			const char *nl = memchr(p, '\n', (size_t)(end - p));
			size_t len = nl ? (size_t)(nl - p) : (size_t)(end - p);
			const char *why;
			lineno++;
			if (len && evjson_parse_entry(p, len, tl, &why) != 0)
				diag_add(&dg, DIAG_REJECT, argv[i], "line %zu: %s", lineno, why);
			p += len + 1;
		}
		buf_free(&b);
	}
	if (render_out(tl, o, &dg) != 0)
		rc = EXIT_REJECT;
	diag_print(&dg, stderr);
	if (dg.nreject)
		rc = EXIT_REJECT;
	tl_free(tl);
	diag_free(&dg);
	return rc;
}

/* ------------------------------------------------------------ table */

static const int build_opts[] = { 'o', 'j', 'q', O_DCT, O_LANG, O_LOCALE,
	O_TEMPLATES, O_FRONT, O_SITE, O_TITLE, O_GAZ, O_MAXFILE, O_MAXTX, O_ONLY,
	O_CACHE, O_NOCACHE, O_MAXLINE, O_MAXSRC, 0 };
static const int extract_opts[] = { 'j', O_DCT, O_LANG, O_GAZ, O_MAXFILE, O_MAXTX, O_MAXLINE, 0 };
static const int timex_opts[] = { O_DCT, O_LANG, O_FORMAT, O_MAXFILE, O_MAXTX, O_MAXLINE, 0 };
static const int normalize_opts[] = { O_LANG, O_FORMAT, O_MAXFILE, 0 };
static const int merge_opts[] = { 'o', 0 };
static const int render_opts[] = { 'o', O_LOCALE, O_TEMPLATES, O_FRONT, O_SITE,
	O_TITLE, O_ONLY, O_MAXSRC, 0 };

static const struct cmd cmds[] = {
	{ "build", cmd_build,
	  "usage: dateline build [options] [CORPUS...]\n"
	  "Read every article under CORPUS (files or folders; default: corpus/) and\n"
	  "write the timeline in every format into OUTDIR (default: out/).\n"
	  "  -o, --output DIR        output folder (default out)\n"
	  "  -j, --jobs N            worker threads (default: one per core)\n"
	  "  -q, --quiet             no progress display\n"
	  "      --lang auto|en|fr   language of every article (default: detected)\n"
	  "      --dct YYYY-MM-DD    article date for every article (default: its own)\n"
	  "      --locale en|fr      language of the output (default en)\n"
	  "      --templates DIR     templates folder (default templates, or $DATELINE_TEMPLATES)\n"
	  "      --front-matter hugo|jekyll|none   front matter of timeline.md\n"
	  "      --site-url URL      absolute base URL for links in email and feeds\n"
	  "      --title TEXT        page title\n"
	  "      --max-sources N     sources shown per entry in HTML, Markdown, e-mail,\n"
	  "                          Atom, iCalendar and TimelineJS (default 10; 0: all);\n"
	  "                          JSON Lines and CSV keep every source\n"
	  "      --only LIST         only these backends (comma-separated: html,md,...)\n"
	  "      --gazetteer FILE    companies file (default: the built-in one)\n"
	  "      --max-file-size N   largest input file, bytes (k, M, G suffixes; default 64M)\n"
	  "      --max-timex N       date expressions kept per article (default 20000)\n"
	  "      --max-line N        longest line of an input file, bytes (default 4M)\n"
	  "      --cache DIR         events cache (default $XDG_CACHE_HOME/dateline or\n"
	  "                          ~/.cache/dateline): unchanged articles are not reprocessed\n"
	  "      --no-cache          process every article\n"
	  "Ends with one summary line on stderr. Exit: 0 ok, 1 some input rejected, 2 usage.\n",
	  build_opts },
	{ "extract", cmd_extract,
	  "usage: dateline extract [options] FILE...|-\n"
	  "Print the events of each file as JSON Lines (schema in docs/events-schema.md),\n"
	  "in the order of the files. '-' or no FILE with stdin redirected: read a list\n"
	  "of paths from stdin, one per line. Folders are walked.\n"
	  "  -j, --jobs N, --lang auto|en|fr, --dct YYYY-MM-DD, --gazetteer FILE,\n"
	  "  --max-file-size N, --max-timex N, --max-line N   as for build\n",
	  extract_opts },
	{ "timex", cmd_timex,
	  "usage: dateline timex [--dct DATE] [--lang auto|en|fr] [--format timeml|jsonl] FILE...\n"
	  "Print the date expressions found: TimeML with inline <TIMEX3> tags (default),\n"
	  "or JSON Lines {start,end,text,type,value[,mod]} with code-point offsets into\n"
	  "the original text.\n",
	  timex_opts },
	{ "normalize", cmd_normalize,
	  "usage: dateline normalize [--lang auto|en|fr] [--format text|sentences] FILE...\n"
	  "Print the normalized text (NFC, quotes, spaces, dashes), or its sentences\n"
	  "one a line, for debugging.\n",
	  normalize_opts },
	{ "merge", cmd_merge,
	  "usage: dateline merge [-o FILE] [EVENTS.jsonl...]\n"
	  "The reduce step: merge events JSON Lines (from extract, any number of shards,\n"
	  "or stdin) into one timeline, written as JSON Lines to FILE or stdout.\n",
	  merge_opts },
	{ "render", cmd_render,
	  "usage: dateline render [-o OUTDIR] [options] [TIMELINE.jsonl]\n"
	  "Write every output format from a merged timeline (from merge, or stdin).\n"
	  "  --locale, --templates, --front-matter, --site-url, --title, --max-sources,\n"
	  "  --only: as for build\n",
	  render_opts },
};

static void
main_usage(FILE *fp)
{
	fprintf(fp,
	    "usage: dateline COMMAND [options] [args]\n"
	    "Turn press releases (txt, Markdown, HTML; English and French) into a\n"
	    "dated timeline of telecom-cloud deals.\n\n"
	    "commands:\n"
	    "  build      corpus/ -> out/ (every format)\n"
	    "  extract    events as JSON Lines (the map step)\n"
	    "  merge      events JSON Lines -> timeline JSON Lines (the reduce step)\n"
	    "  render     timeline JSON Lines -> out/\n"
	    "  timex      date expressions as TimeML or JSON Lines\n"
	    "  normalize  the normalized text\n\n"
	    "'dateline COMMAND --help' for its options; 'dateline --version'.\n");
}

int
main(int argc, char **argv)
{
	const struct cmd *c = NULL;
	struct opts o;
	int rc;

	if (argc < 2) {
		main_usage(stderr);
		return EXIT_USAGE;
	}
	if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0 ||
	    strcmp(argv[1], "help") == 0) {
		main_usage(stdout);
		return 0;
	}
	if (strcmp(argv[1], "--version") == 0) {
		printf("dateline %s (events schema %d)\n", DATELINE_VERSION, EVENTS_SCHEMA);
		return 0;
	}
	for (size_t i = 0; i < sizeof cmds / sizeof cmds[0]; i++)
		if (strcmp(argv[1], cmds[i].name) == 0)
			c = &cmds[i];
	if (c == NULL) {
		fprintf(stderr, "%s: unknown command '%s' (try '%s --help')\n",
		    progname, argv[1], progname);
		return EXIT_USAGE;
	}
	rc = parse_opts(c, &o, argc - 1, argv + 1);
	if (rc != 0)
		return rc;
	if (o.help) {
		fputs(c->usage, stdout);
		return 0;
	}
	xmlInitParser();
	rc = c->run(&o, argc - 1 - optind, argv + 1 + optind);
	xmlCleanupParser();
	return rc;
}
