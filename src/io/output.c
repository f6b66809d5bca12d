/*
 * output: atomic writes through a temporary file and rename(2), which
 * replace only what partnermap wrote itself.
 */
#include "io/output.h"
#include "i18n/msg.h"
#include "util/strbuf.h"
#include "util/strmap.h"
#include "util/utf8.h"

#include <zip.h>
#include <stdbool.h>

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <ftw.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

/* The file in every report folder that says partnermap wrote the folder:
 * its first line is MARK_LINE, then the name of every file it wrote. */
#define MARK_NAME ".partnermap-report"
#define MARK_LINE "partnermap report folder"
/* The first line of the mark of a study written as a folder of CSV files
 * (convert): such a folder is never replaced, as it may hold edits. */
#define STUDY_LINE "partnermap study folder"

const char *output_format(const char *path, const char *const *formats)
{
	const char *dot = path ? strrchr(path, '.') : NULL;

	if (dot && strchr(dot, '/'))
		dot = NULL;
	for (size_t i = 0; dot && formats[i]; i++)
		if (!strcasecmp(dot + 1, formats[i]))
			return formats[i];
	return NULL;
}

/* ---- temporary files, and removing them on a signal ---- */

/* What a signal handler must remove: at most a few temporary files or
 * folders exist at once. The slots change only with the signals blocked. */
enum { MAX_TEMPS = 8 };
static char *temp_path[MAX_TEMPS];
static bool temp_is_dir[MAX_TEMPS];

static void block_signals(sigset_t *old)
{
	sigset_t set;

	sigemptyset(&set);
	sigaddset(&set, SIGINT);
	sigaddset(&set, SIGTERM);
	sigaddset(&set, SIGHUP);
	sigaddset(&set, SIGPIPE);
	sigprocmask(SIG_BLOCK, &set, old);
}

static void restore_signals(const sigset_t *old)
{
	sigprocmask(SIG_SETMASK, old, NULL);
}

static void forget_temp(const char *path)
{
	for (int i = 0; i < MAX_TEMPS; i++)
		if (temp_path[i] == path)
			temp_path[i] = NULL;
}

static void remember_temp(char *path, bool is_dir)
{
	for (int i = 0; i < MAX_TEMPS; i++)
		if (!temp_path[i]) {
			temp_is_dir[i] = is_dir;
			temp_path[i] = path;
			return;
		}
}

/* Only async-signal-safe calls: this runs in a signal handler. The
 * folders partnermap writes hold files only. */
static void remove_folder_now(const char *dir)
{
	char buf[4096];
	int fd = open(dir, O_RDONLY | O_DIRECTORY | O_NOFOLLOW);
	bool removed = true;

	while (fd >= 0 && removed) {
		ssize_t n;
		removed = false;
		lseek(fd, 0, SEEK_SET);
		while ((n = getdents64(fd, buf, sizeof(buf))) > 0) {
			for (ssize_t off = 0; off < n;) {
				struct dirent64 *d = (struct dirent64 *)(void *)(buf + off);
				off += d->d_reclen;
				if (strcmp(d->d_name, ".") && strcmp(d->d_name, "..") &&
				    !unlinkat(fd, d->d_name, 0))
					removed = true;
			}
		}
	}
	if (fd >= 0)
		close(fd);
	rmdir(dir);
}

void output_remove_temporaries(void)
{
	for (int i = 0; i < MAX_TEMPS; i++) {
		const char *p = temp_path[i];
		if (!p)
			continue;
		if (temp_is_dir[i])
			remove_folder_now(p);
		else
			unlink(p);
	}
}

/* "DIR/.NAME.tmp-XXXXXX" beside PATH, for mkstemp and mkdtemp: NAME is
 * cut (at a character's start) so that the whole stays within NAME_MAX,
 * since any name that fits NAME_MAX is a valid -o. */
static char *temp_template(const char *path)
{
	static const char suffix[] = ".tmp-XXXXXX";
	struct strbuf sb;
	const char *slash = strrchr(path, '/');
	const char *name = slash ? slash + 1 : path;
	size_t room = NAME_MAX - 1 - (sizeof(suffix) - 1), n = strlen(name);

	if (n > room) {
		n = room;
		while (n && ((unsigned char)name[n] & 0xC0) == 0x80)
			n--;
	}
	sb_init(&sb);
	if (slash)
		sb_add(&sb, path, (size_t)(slash - path + 1));
	sb_addc(&sb, '.');
	sb_add(&sb, name, n);
	sb_adds(&sb, suffix);
	return sb_detach(&sb);
}

/* The permissions a new file or folder gets from the umask: mkstemp and
 * mkdtemp create them for the owner only. */
static mode_t permissions(mode_t mode)
{
	mode_t mask = umask(022);

	umask(mask);
	return mode & ~mask;
}

/* ---- what may be replaced ---- */

/* The extensions each kind of output may replace. */
static const struct kind {
	const char *name;
	const char *ext[4];
} kinds[] = {
    {"table", {"txt", "xlsx", NULL}},
    {"csv", {"csv", "tsv", "txt", NULL}},
    {"json", {"json", NULL}},
    {"dot", {"dot", "gv", NULL}},
};

/* Every extension partnermap writes, for output_open() without a kind. */
static const char *const any_ext[] = {"txt", "csv",     "tsv", "json", "svg",  "png",
                                      "pdf", "dot",     "gv",  "html", "xlsx", "gexf",
                                      "net", "graphml", "dl",  "docx", NULL};

/* ---- partnermap's marks ---- */

enum { PROBE = 64 * 1024 }; /* bytes read at either end of a file */

#define PDF_PRODUCER "/Producer (partnermap)"
#define PNG_MARK     "tEXtSoftware\0partnermap" /* png_set_dpi()'s chunk */
#define XLSX_AUTHOR  "<dc:creator>partnermap</dc:creator>"
#define XLSX_EDITOR  "<cp:lastModifiedBy>"

static bool has(const char *buf, size_t len, const char *needle, size_t n)
{
	return memmem(buf, len, needle, n) != NULL;
}

/* Whether the LEN bytes of S are UTF-8 text without a NUL byte; a
 * character cut off at the end is allowed when CUT. */
static bool is_text(const unsigned char *s, size_t len, bool cut)
{
	for (size_t i = 0; i < len;) {
		int n = utf8_decode((const char *)s + i, len - i, NULL);
		if (n == 0)
			return cut;
		if (n < 0 || !s[i])
			return false;
		i += (size_t)n;
	}
	return true;
}

/* Whether the workbook or Word document PATH is partnermap's and
 * unchanged since: its
 * author is partnermap, and no one else saved it (Excel and LibreOffice
 * record who did). */
static bool own_workbook(const char *path)
{
	int zerr;
	zip_t *z = zip_open(path, ZIP_RDONLY, &zerr);
	zip_stat_t st;
	bool own = false;

	if (!z)
		return false;
	if (!zip_stat(z, "docProps/core.xml", 0, &st) && (st.valid & ZIP_STAT_SIZE) &&
	    st.size < PROBE) {
		char buf[PROBE];
		zip_file_t *f = zip_fopen(z, "docProps/core.xml", 0);
		zip_int64_t n = f ? zip_fread(f, buf, st.size) : -1;
		if (f)
			zip_fclose(f);
		if (n == (zip_int64_t)st.size) {
			size_t len = (size_t)n;
			const char *edit = memmem(buf, len, XLSX_EDITOR, strlen(XLSX_EDITOR));
			own = has(buf, len, XLSX_AUTHOR, strlen(XLSX_AUTHOR)) &&
			      (!edit || !strncmp(edit + strlen(XLSX_EDITOR), "partnermap<",
			                         strlen("partnermap<")));
		}
	}
	zip_discard(z);
	return own;
}

/* Whether the regular file PATH holds what partnermap could have written
 * under its extension (output.h): a PNG, SVG, PDF or workbook with
 * partnermap's mark, or else text. */
static bool own_content(const char *path)
{
	static const char png[8] = {'\x89', 'P', 'N', 'G', '\r', '\n', '\x1a', '\n'};
	const char *ext = output_format(path, any_ext);
	char *head = xmalloc(PROBE), *tail = xmalloc(PROBE);
	int fd = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
	ssize_t nh = fd >= 0 ? pread(fd, head, PROBE, 0) : -1, nt = 0;
	struct stat st;
	bool own = false;

	if (fd >= 0 && !fstat(fd, &st) && st.st_size > PROBE)
		nt = pread(fd, tail, PROBE, st.st_size - PROBE);
	if (fd >= 0)
		close(fd);
	if (nh < 0 || nt < 0) {
		own = false;
	} else if (ext && !strcmp(ext, "png")) {
		own = nh >= 8 && !memcmp(head, png, 8) &&
		      has(head, (size_t)nh, PNG_MARK, sizeof(PNG_MARK) - 1);
	} else if (ext && !strcmp(ext, "svg")) {
		own = has(head, (size_t)nh, OUTPUT_SVG_MARK, strlen(OUTPUT_SVG_MARK));
	} else if (ext && !strcmp(ext, "pdf")) {
		own = nh >= 5 && !memcmp(head, "%PDF-", 5) &&
		      (has(head, (size_t)nh, PDF_PRODUCER, strlen(PDF_PRODUCER)) ||
		       has(tail, (size_t)nt, PDF_PRODUCER, strlen(PDF_PRODUCER)));
	} else if (ext && (!strcmp(ext, "xlsx") || !strcmp(ext, "docx"))) {
		own = own_workbook(path);
	} else {
		own = is_text((const unsigned char *)head, (size_t)nh, nh == PROBE);
	}
	free(head);
	free(tail);
	return own;
}

void output_mark(char **data, size_t *len, const char *format)
{
	char *d = *data;
	size_t n = *len;

	if (!strcmp(format, "svg")) {
		/* After the XML declaration, which must come first. */
		const char *nl = n > 5 && !memcmp(d, "<?xml", 5) ? memchr(d, '\n', n) : NULL;
		size_t at = nl ? (size_t)(nl - d) + 1 : 0, m = strlen(OUTPUT_SVG_MARK);
		char *out = xmalloc(n + m + 2);
		memcpy(out, d, at);
		memcpy(out + at, OUTPUT_SVG_MARK "\n", m + 1);
		memcpy(out + at + m + 1, d + at, n - at);
		out[n + m + 1] = '\0';
		free(d);
		*data = out;
		*len = n + m + 1;
	} else if (!strcmp(format, "pdf")) {
		/* The producer's string, "(cairo 1.16.0 (https://...))", becomes
		 * "(partnermap)" and spaces: the same length, so every offset in
		 * the cross-reference table stays right. */
		static const char key[] = "/Producer (";
		char *p = NULL;
		for (char *q = d; (q = memmem(q, n - (size_t)(q - d), key, sizeof(key) - 1));)
			p = q++;
		if (!p)
			return;
		char *open_paren = p + sizeof(key) - 2, *end = open_paren;
		int depth = 0;
		for (; end < d + n; end++) {
			if (*end == '\\' && end + 1 < d + n) {
				end++;
			} else if (*end == '(') {
				depth++;
			} else if (*end == ')' && !--depth) {
				break;
			}
		}
		size_t room = (size_t)(end - open_paren) + 1;
		if (end == d + n || room < sizeof("(partnermap)") - 1)
			return;
		memset(open_paren, ' ', room);
		memcpy(open_paren, "(partnermap)", sizeof("(partnermap)") - 1);
	}
}

/* ---- what this run reads ---- */

/* The study this run reads (a file, or the folder of CSV files): set once by
 * output_protect(), so that no output replaces it. */
static struct {
	bool set, is_dir;
	dev_t dev;
	ino_t ino;
} input;

/* Set once by output_guard(). */
static bool (*holds_study)(const char *path);
static bool forced;

void output_guard(bool (*workbook_holds_study)(const char *path), bool force)
{
	holds_study = workbook_holds_study;
	forced = force;
}

void output_protect(const char *path)
{
	struct stat st;

	if (path && strcmp(path, "-") && !stat(path, &st)) {
		input.set = true;
		input.is_dir = S_ISDIR(st.st_mode);
		input.dev = st.st_dev;
		input.ino = st.st_ino;
	}
}

/* Whether ST (a stat) is the study being read. */
static bool is_input(const struct stat *st)
{
	return input.set && st->st_dev == input.dev && st->st_ino == input.ino;
}

/* Whether PATH, existing or not, is a CSV file in the folder of CSV files
 * being read: the folder reader reads every one as a sheet, so a new one
 * would change the study as much as a replaced one. */
static bool in_input_folder(const char *path)
{
	struct stat dir;

	if (!input.set || !input.is_dir || !output_format(path, (const char *const[]){"csv", NULL}))
		return false;
	const char *slash = strrchr(path, '/');
	char *parent = slash ? xstrdup(path) : xstrdup(".");
	if (slash)
		parent[slash == path ? 1 : slash - path] = '\0';
	bool in = !stat(parent, &dir) && is_input(&dir);
	free(parent);
	return in;
}

/* Whether the .json file PATH holds a study: it has the key "partnermap"
 * (anywhere: a study's keys may come in any order), which no output of
 * partnermap's but a study has. A file that cannot be read is taken for
 * one. */
static bool is_study(const char *path)
{
	static const char key[] = "\"partnermap\"";
	int fd = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
	struct stat st;
	char *head = NULL;
	size_t len = 0;
	bool study = true;

	if (fd >= 0 && !fstat(fd, &st)) {
		len = (size_t)st.st_size;
		head = len ? mmap(NULL, len, PROT_READ, MAP_PRIVATE, fd, 0) : NULL;
		study = len && head == MAP_FAILED;
	}
	if (fd >= 0)
		close(fd);
	if (study || !head)
		return study;
	for (const char *p = head, *end = head + len;
	     !study && (p = memmem(p, (size_t)(end - p), key, sizeof(key) - 1));) {
		p += sizeof(key) - 1;
		const char *q = p;
		while (q < end && (*q == ' ' || *q == '\t' || *q == '\r' || *q == '\n'))
			q++;
		study = q < end && *q == ':';
	}
	munmap(head, len);
	return study;
}

static bool may_replace_file(const char *path, const char *kind)
{
	if (!kind)
		return output_format(path, any_ext) != NULL;
	for (size_t i = 0; i < sizeof(kinds) / sizeof(kinds[0]); i++)
		if (!strcmp(kind, kinds[i].name))
			return output_format(path, kinds[i].ext) != NULL;
	const char *own[] = {kind, NULL};
	return output_format(path, own) != NULL;
}

/* 0 when PATH does not exist or may be replaced by output of KIND; -1
 * after an error message otherwise. */
static int check_file(const char *path, const char *kind)
{
	struct stat st;

	if (in_input_folder(path))
		return error("%s is in the folder of the study being read, where every CSV file is "
		             "a sheet; partnermap never writes there: choose another name",
		             path);
	if (lstat(path, &st))
		return errno == ENOENT ? 0
		                       : error("cannot write %s: %s", path, msg_strerror(errno));
	if (S_ISLNK(st.st_mode))
		return error("%s is a symbolic link; partnermap does not write through one: "
		             "choose another name",
		             path);
	if (S_ISDIR(st.st_mode))
		return error("%s is a folder; partnermap writes a file here: choose another name",
		             path);
	if (!S_ISREG(st.st_mode))
		return error("%s is not a regular file; choose another name", path);
	if (is_input(&st))
		return error("%s is the study being read; partnermap never writes over it: choose "
		             "another name",
		             path);
	if ((output_format(path, (const char *const[]){"json", NULL}) && is_study(path)) ||
	    (output_format(path, (const char *const[]){"xlsx", NULL}) && holds_study &&
	     holds_study(path)))
		return error(
		    "%s holds a study; partnermap never writes over one: choose another name "
		    "or remove it",
		    path);
	if (!may_replace_file(path, kind) || (!forced && !own_content(path)))
		return error("%s exists and does not look like partnermap's output in this format; "
		             "it is left as it is: choose another name, remove it, or give --force "
		             "to replace it",
		             path);
	return 0;
}

int output_open_as(struct output *o, const char *path, const char *kind)
{
	sigset_t old;
	int fd;

	memset(o, 0, sizeof(*o));
	if (!path || !strcmp(path, "-")) {
		o->fp = stdout;
		return 0;
	}
	o->kind = kind;
	if (check_file(path, kind))
		return -1;
	o->path = xstrdup(path);
	o->tmp = temp_template(path);
	block_signals(&old);
	fd = mkstemp(o->tmp);
	if (fd >= 0)
		remember_temp(o->tmp, false);
	restore_signals(&old);
	if (fd < 0 || !(o->fp = fdopen(fd, "wb"))) {
		int saved = errno;
		if (fd >= 0)
			close(fd);
		else
			*o->tmp = '\0';
		output_abort(o);
		return error("cannot write %s: %s", path, msg_strerror(saved));
	}
	return 0;
}

/* ---- inert text ---- */

struct inert {
	FILE *inner;
	char carry[4]; /* the start of a UTF-8 character cut off by the buffer */
	size_t n_carry;
};

static ssize_t inert_write(void *cookie, const char *buf, size_t size)
{
	struct inert *in = cookie;
	struct strbuf text, out;
	size_t used;

	sb_init(&text);
	sb_init(&out);
	sb_add(&text, in->carry, in->n_carry);
	sb_add(&text, buf, size);
	used = sb_add_inert(&out, text.buf, text.len, 1);
	in->n_carry = text.len - used; /* at most 3 bytes */
	memcpy(in->carry, text.buf + used, in->n_carry);
	size_t wrote = fwrite(out.buf, 1, out.len, in->inner);
	bool ok = wrote == out.len;
	sb_release(&out);
	sb_release(&text);
	return ok ? (ssize_t)size : -1;
}

static int inert_close(void *cookie)
{
	struct inert *in = cookie;
	struct strbuf out;
	int rc = 0;

	sb_init(&out);
	for (size_t i = 0; i < in->n_carry; i++) /* a character cut off at the end */
		sb_addf(&out, "\\%03o", (unsigned char)in->carry[i]);
	if (out.len && fwrite(out.buf, 1, out.len, in->inner) != out.len)
		rc = -1;
	sb_release(&out);
	free(in);
	return rc;
}

void output_make_inert(struct output *o)
{
	static const cookie_io_functions_t io = {.write = inert_write, .close = inert_close};
	struct inert *in = xcalloc(1, sizeof(*in));
	FILE *fp;

	in->inner = o->fp;
	fp = fopencookie(in, "w", io);
	if (!fp) {
		free(in);
		return;
	}
	o->inner = o->fp;
	o->fp = fp;
}

/* Closes an inert stream, which writes what it holds into the file under
 * it. Returns 0, or -1 when that failed. */
static int close_inert(struct output *o)
{
	int rc = 0;

	if (o->inner) {
		rc = fclose(o->fp) ? -1 : 0;
		o->fp = o->inner;
		o->inner = NULL;
	}
	return rc;
}

int output_open(struct output *o, const char *path)
{
	return output_open_as(o, path, NULL);
}

/* Moves TMP to PATH unless a signal is waiting, in which case its handler
 * removes TMP and ends the program when the signals are restored. */
static int move_into_place(const char *tmp, const char *path)
{
	sigset_t old, pending;
	int rc = 0;

	block_signals(&old);
	sigpending(&pending);
	if (!sigismember(&pending, SIGINT) && !sigismember(&pending, SIGTERM) &&
	    !sigismember(&pending, SIGHUP) && !sigismember(&pending, SIGPIPE)) {
		rc = rename(tmp, path);
		if (!rc)
			forget_temp(tmp);
	}
	restore_signals(&old);
	return rc;
}

/* What the CSV file PATH (or JSON, when JSON) starts with, by which one
 * output is told from another: its header's first four columns (without a
 * byte-order mark), or the document's first key. NULL for a file that is absent or empty, "" for
 * JSON that is not an object. */
static char *signature(const char *path, bool json)
{
	char buf[4096];
	int fd = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
	ssize_t n = fd >= 0 ? pread(fd, buf, sizeof(buf) - 1, 0) : -1;
	const char *p = buf, *end;

	if (fd >= 0)
		close(fd);
	if (n <= 0)
		return NULL;
	buf[n] = '\0';
	if (json) {
		p += strspn(p, " \t\r\n");
		if (*p++ != '{')
			return xstrdup("");
		p += strspn(p, " \t\r\n");
		end = *p == '"' ? strchr(p + 1, '"') : NULL;
		if (!end)
			return xstrdup("");
		buf[end + 1 - buf] = '\0';
		return xstrdup(p);
	}
	if (!strncmp(p, "\xEF\xBB\xBF", 3))
		p += 3;
	/* The first four columns: enough to tell a table from a study's sheet
	 * (id, name, kind, then degree or municipalities), while a what-if's
	 * last column does not make a run's table another kind. */
	size_t len = strcspn(p, "\r\n"), cut = 0;
	for (int seps = 0; cut < len && seps < 4; cut++)
		seps += p[cut] == ',' || p[cut] == ';' || p[cut] == '\t';
	buf[p - buf + cut] = '\0';
	return xstrdup(p);
}

/* Whether TMP, the new content of PATH, is output of the kind PATH holds:
 * a CSV or JSON file is replaced only by output that starts as it does
 * (the same header, the same first key), so that a file of the user's
 * with the name of a table is never taken for one. Other files: true. */
static bool same_kind(const char *path, const char *tmp)
{
	if (!output_format(path, (const char *const[]){"csv", "tsv", "json", NULL}))
		return true;
	bool json = output_format(path, (const char *const[]){"json", NULL}) != NULL;
	char *old = signature(path, json), *now = old ? signature(tmp, json) : NULL;
	bool same = !old || (now && *old && !strcmp(old, now));
	free(old);
	free(now);
	return same;
}

int output_commit(struct output *o)
{
	int rc = close_inert(o);

	if (!o->path) {
		if (rc || fflush(stdout) || ferror(stdout))
			rc = error("cannot write to standard output: %s", msg_strerror(errno));
		return rc;
	}
	if (rc || fflush(o->fp) || ferror(o->fp) || fchmod(fileno(o->fp), permissions(0666)))
		rc = error("cannot write %s: %s", o->path, msg_strerror(errno ? errno : EIO));
	if (fclose(o->fp) && !rc)
		rc = error("cannot write %s: %s", o->path, msg_strerror(errno));
	o->fp = NULL;
	if (!rc)
		rc = check_file(o->path, o->kind);
	if (!rc && !o->rewrites && !forced && !same_kind(o->path, o->tmp))
		rc =
		    error("%s exists and does not start as this output does (its header or first "
		          "key differs), so it is not taken for partnermap's; it is left as it is: "
		          "choose another name, remove it, or give --force to replace it",
		          o->path);
	if (!rc && move_into_place(o->tmp, o->path))
		rc = error("cannot write %s: %s", o->path, msg_strerror(errno));
	output_abort(o);
	return rc;
}

void output_abort(struct output *o)
{
	close_inert(o);
	if (o->path) {
		sigset_t old;
		if (o->fp)
			fclose(o->fp);
		if (*o->tmp)
			unlink(o->tmp);
		block_signals(&old);
		forget_temp(o->tmp);
		restore_signals(&old);
	}
	free(o->path);
	free(o->tmp);
	memset(o, 0, sizeof(*o));
}

/* ---- folders ---- */

static int remove_entry(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
	(void)st;
	(void)flag;
	(void)ftw;
	return remove(path);
}

static void remove_folder(const char *dir)
{
	nftw(dir, remove_entry, 16, FTW_DEPTH | FTW_PHYS);
}

void output_dir_abort(const char *tmp)
{
	sigset_t old;

	if (!tmp)
		return;
	remove_folder(tmp);
	block_signals(&old);
	forget_temp(tmp);
	restore_signals(&old);
}

/* mkdir -p for the folders above PATH. */
static int make_parents(const char *path)
{
	char *copy = xstrdup(path);
	int rc = 0;

	for (char *p = copy + 1; *p && !rc; p++) {
		if (*p != '/')
			continue;
		*p = '\0';
		if (mkdir(copy, 0777) && errno != EEXIST)
			rc = error("cannot create the folder %s: %s", copy, msg_strerror(errno));
		*p = '/';
	}
	free(copy);
	return rc;
}

/* Reads the mark of the folder open as FD into NAMES (the names it lists;
 * BUF keeps the text). Returns 2 when it is the mark of a study, 1 when the
 * folder carries a report's mark, 0 when it carries none. A report always
 * holds index.html: a folder of CSV files that partnermap wrote before
 * studies had their own mark counts as a study. */
static int read_mark(int fd, struct strbuf *buf, struct strmap *names)
{
	int mfd = openat(fd, MARK_NAME, O_RDONLY | O_NOFOLLOW);
	char chunk[4096];
	ssize_t n;

	if (mfd < 0)
		return 0;
	while ((n = read(mfd, chunk, sizeof(chunk))) > 0)
		sb_add(buf, chunk, (size_t)n);
	close(mfd);
	if (n >= 0 && !strncmp(buf->buf, STUDY_LINE "\n", strlen(STUDY_LINE) + 1))
		return 2;
	if (n < 0 || strncmp(buf->buf, MARK_LINE "\n", strlen(MARK_LINE) + 1))
		return 0;
	for (char *line = buf->buf; line && *line;) {
		char *end = strchr(line, '\n');
		if (end)
			*end++ = '\0';
		strmap_put(names, line, 0);
		line = end;
	}
	size_t ignored;
	return strmap_get(names, "index.html", &ignored) ? 2 : 1;
}

/* 0 when DIR does not exist, is empty, or is a report folder partnermap
 * wrote and holds nothing else; -1 after an error message otherwise. */
static int check_folder(const char *dir)
{
	struct stat st;
	struct strbuf buf;
	struct strmap names;
	struct dirent *e;
	DIR *d;
	int rc = 0, marked;

	if (lstat(dir, &st))
		return errno == ENOENT ? 0 : error("cannot write %s: %s", dir, msg_strerror(errno));
	if (S_ISLNK(st.st_mode))
		return error("%s is a symbolic link; partnermap writes a report only into a folder "
		             "of its own: choose another name",
		             dir);
	if (!S_ISDIR(st.st_mode))
		return error("%s exists and is not a folder; it is left as it is: choose another "
		             "name for the report",
		             dir);
	if (is_input(&st))
		return error("%s is the study being read; partnermap never writes over it: choose "
		             "another name",
		             dir);
	d = opendir(dir);
	if (!d)
		return error("cannot write %s: %s", dir, msg_strerror(errno));
	sb_init(&buf);
	strmap_init(&names);
	marked = read_mark(dirfd(d), &buf, &names);
	if (marked == 2)
		rc =
		    error("%s holds a study; partnermap never writes over one: choose another name "
		          "or remove it",
		          dir);
	while (!rc && (e = readdir(d))) {
		size_t ignored;
		if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, "..") ||
		    !strcmp(e->d_name, MARK_NAME))
			continue;
		if (!marked)
			rc = error(
			    "%s is a folder that partnermap did not write; it is left as it is: "
			    "choose another name for the report",
			    dir);
		else if (strmap_get(&names, e->d_name, &ignored) ||
		         fstatat(dirfd(d), e->d_name, &st, AT_SYMLINK_NOFOLLOW) ||
		         !S_ISREG(st.st_mode))
			rc = error(
			    "%s holds %s, which partnermap did not write; the folder is left as "
			    "it is: move that away or choose another name",
			    dir, e->d_name);
	}
	closedir(d);
	strmap_release(&names);
	sb_release(&buf);
	return rc;
}

int output_dir_begin(const char *dir, char **tmp)
{
	sigset_t old;
	char *t;
	bool made;

	*tmp = NULL;
	if (check_folder(dir) || make_parents(dir))
		return -1;
	t = temp_template(dir);
	block_signals(&old);
	made = mkdtemp(t) != NULL;
	if (made)
		remember_temp(t, true);
	restore_signals(&old);
	if (!made) {
		int saved = errno;
		free(t);
		return error("cannot create a folder beside %s: %s", dir, msg_strerror(saved));
	}
	*tmp = t;
	return 0;
}

/* Writes the mark into TMP, its first line LINE, naming every file in it. */
static int write_mark(const char *tmp, const char *line)
{
	struct strbuf sb, path;
	struct dirent *e;
	DIR *d = opendir(tmp);
	int rc = 0;

	if (!d)
		return -1;
	sb_init(&sb);
	sb_addf(&sb, "%s\n", line);
	while ((e = readdir(d)))
		if (strcmp(e->d_name, ".") && strcmp(e->d_name, "..") && !strchr(e->d_name, '\n'))
			sb_addf(&sb, "%s\n", e->d_name);
	closedir(d);
	sb_init(&path);
	sb_addf(&path, "%s/" MARK_NAME, tmp);
	int fd = open(path.buf, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW, permissions(0666));
	if (fd < 0 || write(fd, sb.buf, sb.len) != (ssize_t)sb.len)
		rc = -1;
	if (fd >= 0 && close(fd))
		rc = -1;
	sb_release(&path);
	sb_release(&sb);
	return rc;
}

/* For file systems without RENAME_EXCHANGE: DIR goes to a fresh empty
 * folder's place (rename(2) replaces an empty folder) and TMP to DIR's. */
static int replace_by_renames(const char *tmp, const char *dir)
{
	char *aside = temp_template(dir);
	int rc = -1;

	if (mkdtemp(aside) && !rename(dir, aside)) {
		if (!rename(tmp, dir)) {
			rc = 0;
			forget_temp(tmp);
			remove_folder(aside);
		} else {
			rename(aside, dir); /* put the earlier report back */
		}
	}
	rmdir(aside);
	free(aside);
	return rc;
}

/* Puts TMP in DIR's place: swaps the two when DIR exists, so that TMP then
 * holds the earlier report. */
static int swap_into_place(const char *tmp, const char *dir, bool *swapped)
{
	sigset_t old, pending;
	int rc = 0;

	*swapped = false;
	block_signals(&old);
	sigpending(&pending);
	if (sigismember(&pending, SIGINT) || sigismember(&pending, SIGTERM) ||
	    sigismember(&pending, SIGHUP) || sigismember(&pending, SIGPIPE)) {
		restore_signals(&old); /* the handler removes TMP and ends the program */
		return -1;
	}
	if (!renameat2(AT_FDCWD, tmp, AT_FDCWD, dir, RENAME_EXCHANGE)) {
		*swapped = true;
	} else if (errno == ENOENT) {
		rc = renameat2(AT_FDCWD, tmp, AT_FDCWD, dir, RENAME_NOREPLACE);
		if (rc && errno == EINVAL)
			rc = rename(tmp, dir);
		if (!rc)
			forget_temp(tmp);
	} else if (errno == EINVAL) {
		rc = replace_by_renames(tmp, dir);
	} else {
		rc = -1;
	}
	restore_signals(&old);
	return rc;
}

static int commit_dir(const char *dir, const char *tmp, const char *line)
{
	bool swapped;
	int rc = 0;

	if (write_mark(tmp, line) || chmod(tmp, permissions(0777)))
		rc = error("cannot write %s: %s", dir, msg_strerror(errno ? errno : EIO));
	if (!rc)
		rc = check_folder(dir);
	if (!rc && swap_into_place(tmp, dir, &swapped))
		rc = error("cannot write %s: %s", dir, msg_strerror(errno));
	if (rc || swapped)
		output_dir_abort(tmp); /* the new report, or the earlier one after a swap */
	return rc;
}

int output_dir_commit(const char *dir, const char *tmp)
{
	return commit_dir(dir, tmp, MARK_LINE);
}

int output_dir_commit_study(const char *dir, const char *tmp)
{
	return commit_dir(dir, tmp, STUDY_LINE);
}
