/*
 * load-csv: the CSV folder front end. A folder holds one CSV file per
 * sheet; each is decoded (UTF-8 with or without a byte-order mark, else
 * Windows-1252 through iconv, as Dutch Excel saves it), its separator is
 * found from the header line, and libcsv splits it into cells (quotes,
 * doubled quotes, separators and line breaks inside quoted cells). The
 * cells become a book (book.h) that load-sheet.c turns into a study.
 */
#include "load/importer.h"
#include "load/sheet.h"
#include "i18n/msg.h"
#include "i18n/texts.h"
#include "util/strbuf.h"

#include <csv.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <iconv.h>
#include <sys/stat.h>
#include <unistd.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

struct csvread {
	struct book *book;
	struct diags *diags;
	const char *file;
	bool nul;    /* a cell held a NUL byte (reported) */
	int row;     /* the row being read, 1-based */
	size_t col;  /* the next cell in it */
	bool in_row; /* a row has been added for the current record */
};

/* Converts LEN bytes of BUF from the encoding FROM to UTF-8; NULL when
 * they are not valid in it. Free the result. */
static char *to_utf8(const char *from, const char *buf, size_t len, size_t *out_len)
{
	iconv_t cd = iconv_open("UTF-8", from);
	size_t cap = len * 3 + 1, left = cap;
	char *out, *o;
	char *in = (char *)(uintptr_t)buf; /* iconv's prototype is not const-correct */
	size_t in_left = len;

	if (cd == (iconv_t)-1)
		return NULL;
	out = o = xmalloc(cap);
	if (iconv(cd, &in, &in_left, &o, &left) == (size_t)-1) {
		iconv_close(cd);
		free(out);
		return NULL;
	}
	iconv_close(cd);
	*out_len = cap - left;
	out[*out_len] = '\0';
	return out;
}

char load_csv_separator(const char *s, size_t len)
{
	size_t counts[3] = {0};
	const char seps[3] = {';', ',', '\t'};
	bool quoted = false;

	for (size_t i = 0; i < len; i++) {
		if (s[i] == '"')
			quoted = !quoted;
		else if (!quoted && (s[i] == '\n' || s[i] == '\r'))
			break;
		else if (!quoted)
			for (int k = 0; k < 3; k++)
				counts[k] += s[i] == seps[k];
	}
	int best = 1;
	for (int k = 0; k < 3; k++)
		if (counts[k] > counts[best])
			best = k;
	return seps[best];
}

static void on_field(void *data, size_t len, void *ctx)
{
	struct csvread *C = ctx;
	if (len && memchr(data, '\0', len)) {
		struct where at = {.file = C->file, .line = C->row, .column = (int)C->col + 1};
		diags_add(
		    C->diags, true, &at,
		    msg_tr("the cell holds a NUL byte, which no text has; the file is damaged or "
		           "not a CSV file"));
		C->nul = true;
	}

	if (!C->in_row) {
		book_add_row(C->book, C->row);
		C->in_row = true;
	}
	if (len)
		book_set_text(C->book, C->col, data);
	C->col++;
}

static void on_row(int c, void *ctx)
{
	struct csvread *C = ctx;

	(void)c;
	C->row++;
	C->col = 0;
	C->in_row = false;
}

/* Only spaces are trimmed by libcsv, never the tab that may separate. */
static int is_space(unsigned char c)
{
	return c == ' ';
}

/* Reads the regular file FILE whole into *BUF (free() it); -1 after an
 * error in DIAGS naming it: a FIFO, a device or a link to one is refused
 * (a FIFO would wait for ever, /dev/zero never end), and so is a file of
 * more than LOAD_MAX_BYTES, never cut. */
static int read_regular(const char *file, char **buf, size_t *len, struct diags *diags)
{
	struct where at = {.file = file};
	struct stat st;
	char msg[512];
	int fd = open(file, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
	size_t n = 0, cap;
	char *b = NULL;

	*buf = NULL;
	if (fd < 0 || fstat(fd, &st)) {
		snprintf(msg, sizeof(msg), msg_tr("cannot open the file: %s"), msg_strerror(errno));
		goto fail;
	}
	if (!S_ISREG(st.st_mode)) {
		snprintf(
		    msg, sizeof(msg), "%s",
		    msg_tr("the file is not a regular file (a FIFO, a device or a link to one); "
		           "a study's CSV files are plain files"));
		goto fail;
	}
	if (st.st_size > LOAD_MAX_BYTES) {
		snprintf(msg, sizeof(msg),
		         msg_tr("the file is %lld MiB, more than partnermap reads (%d MiB)"),
		         (long long)(st.st_size >> 20), LOAD_MAX_BYTES >> 20);
		goto fail;
	}
	cap = (size_t)st.st_size + 1;
	b = xmalloc(cap + 1);
	for (;;) {
		ssize_t got = read(fd, b + n, cap - n);
		if (got < 0 && errno == EINTR)
			continue;
		if (got < 0) {
			snprintf(msg, sizeof(msg), msg_tr("cannot read the file: %s"),
			         msg_strerror(errno));
			goto fail;
		}
		if (!got)
			break;
		n += (size_t)got;
		if (n > LOAD_MAX_BYTES) {
			snprintf(
			    msg, sizeof(msg),
			    msg_tr("the file is %lld MiB, more than partnermap reads (%d MiB)"),
			    (long long)(n >> 20), LOAD_MAX_BYTES >> 20);
			goto fail;
		}
		if (n == cap)
			b = xrealloc(b, (cap *= 2) + 1);
	}
	close(fd);
	b[n] = '\0';
	*buf = b;
	*len = n;
	return 0;
fail:
	if (fd >= 0)
		close(fd);
	free(b);
	diags_add(diags, true, &at, msg);
	return -1;
}

/* Reads one CSV file into a new sheet NAME of the book; a file read as
 * Windows-1252 adds its name to LEGACY (said once for the folder). Returns
 * 0, or -1 after an error in DIAGS. */
static int read_csv(struct book *book, const char *file, const char *name, struct diags *diags,
                    struct strbuf *legacy)
{
	char *raw, *text;
	size_t len, text_len;
	struct csv_parser p;
	struct csvread C = {.book = book, .diags = diags, .file = file, .row = 1};
	struct where at = {.file = file};

	if (read_regular(file, &raw, &len, diags))
		return -1;
	const char *start = raw;
	if (len >= 3 && !memcmp(raw, "\xEF\xBB\xBF", 3)) {
		start += 3;
		len -= 3;
	}
	text = to_utf8("UTF-8", start, len, &text_len);
	if (!text) {
		text = to_utf8("WINDOWS-1252", start, len, &text_len);
		if (!text) {
			diags_add(
			    diags, true, &at,
			    msg_tr("the file is neither UTF-8 nor Windows-1252 text; save it as "
			           "CSV UTF-8"));
			free(raw);
			return -1;
		}
		const char *base = strrchr(file, '/');
		sb_addf(legacy, "%s%s", legacy->len ? ", " : "", base ? base + 1 : file);
	}
	free(raw);
	/* One line end, so that every line is one row as a spreadsheet counts. */
	size_t n = 0;
	for (size_t i = 0; i < text_len; i++)
		if (!(text[i] == '\r' && i + 1 < text_len && text[i + 1] == '\n'))
			text[n++] = text[i] == '\r' ? '\n' : text[i];
	book_add_sheet(book, name, file);
	csv_init(&p, CSV_APPEND_NULL | CSV_REPALL_NL);
	csv_set_delim(&p, (unsigned char)load_csv_separator(text, n));
	csv_set_space_func(&p, is_space);
	if (csv_parse(&p, text, n, on_field, on_row, &C) != n ||
	    csv_fini(&p, on_field, on_row, &C)) {
		char msg[256];
		snprintf(msg, sizeof(msg), msg_tr("the file cannot be read as CSV: %s"),
		         csv_strerror(csv_error(&p)));
		diags_add(diags, true, &at, msg);
		csv_free(&p);
		free(text);
		return -1;
	}
	csv_free(&p);
	free(text);
	return C.nul ? -1 : 0;
}

/* Whether NAME is a sheet of the format or the template's explanation. */
static bool names_sheet(const char *name)
{
	if (book_find_sheet(name) >= 0)
		return true;
	for (int l = 0; l < LANG_COUNT; l++)
		if (!strcasecmp(name, tx((enum lang)l, T_WB_EXPLAIN_SHEET)))
			return true;
	return false;
}

/* The sheet a file's NAME (without .csv) holds: the name itself, or, as a
 * spreadsheet program names the files when it saves every sheet of a book
 * (LibreOffice's "studie-Partijen.csv"), the part after the last '-' when
 * that names a sheet. */
static const char *sheet_of_file(const char *name)
{
	const char *dash = strrchr(name, '-');

	if (names_sheet(name) || !dash || !names_sheet(dash + 1))
		return name;
	return dash + 1;
}

/* The one error for a folder of CSV files none of which is named after a
 * sheet: which names were looked for, and which were found. */
static void say_no_sheet(struct diags *diags, char **names, size_t n)
{
	struct strbuf found, msg;

	sb_init(&found);
	sb_init(&msg);
	for (size_t i = 0; i < n && i < 8; i++)
		sb_addf(&found, "%s%s", i ? ", " : "", names[i]);
	if (n > 8)
		sb_adds(&found, ", ...");
	sb_addf(&msg,
	        msg_tr("no file in the folder is named after a sheet, so it cannot be read as a "
	               "study; expected the sheets' names, such as Partijen.csv and Relaties.csv "
	               "(Entities.csv and Ties.csv), or the book's name before them, as "
	               "LibreOffice saves every sheet (studie-Partijen.csv); found %s"),
	        found.buf);
	diags_add(diags, true, NULL, msg.buf);
	sb_release(&found);
	sb_release(&msg);
}

static int by_name(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static bool accepts(const char *path, bool is_dir)
{
	(void)path;
	return is_dir;
}

static enum load_status load(const char *path, bool strict, struct dataset **out,
                             struct diags *diags)
{
	DIR *dir = opendir(path);
	char **names = NULL;
	size_t n = 0, cap = 0;
	struct book book = {0};
	size_t before = diags->errors;
	const struct dirent *e;

	*out = NULL;
	if (!dir) {
		char msg[512];
		snprintf(msg, sizeof(msg), msg_tr("cannot read the folder: %s"),
		         msg_strerror(errno));
		diags_add(diags, true, NULL, msg);
		return LOAD_UNREADABLE;
	}
	while ((e = readdir(dir))) {
		if (e->d_name[0] == '.' || !load_has_extension(e->d_name, "csv"))
			continue;
		if (n == cap)
			names = xrealloc(names, (cap = cap ? 2 * cap : 8) * sizeof(*names));
		names[n++] = xstrdup(e->d_name);
	}
	closedir(dir);
	if (!n) {
		diags_add(diags, true, NULL,
		          msg_tr("cannot read the folder as a study: it holds no CSV files "
		                 "(Entities.csv or Partijen.csv, Ties.csv or Relaties.csv, ...)"));
		return LOAD_UNREADABLE;
	}
	qsort(names, n, sizeof(*names), by_name);
	size_t recognised = 0;
	for (size_t i = 0; i < n; i++) {
		char *stem = xstrdup(names[i]);
		stem[strlen(stem) - 4] = '\0';
		recognised += book_find_sheet(sheet_of_file(stem)) >= 0;
		free(stem);
	}
	if (!recognised) {
		say_no_sheet(diags, names, n);
		for (size_t i = 0; i < n; i++)
			free(names[i]);
		free(names);
		return LOAD_UNREADABLE;
	}
	size_t plen = strlen(path);
	while (plen > 1 && path[plen - 1] == '/')
		plen--;
	/* Dutch Excel saves every file of a folder as Windows-1252: one warning
	 * names them all, rather than one each. */
	struct strbuf legacy;
	size_t n_legacy = 0;
	sb_init(&legacy);
	for (size_t i = 0; i < n; i++) {
		struct strbuf file;
		size_t had = legacy.len;
		sb_init(&file);
		sb_addf(&file, "%.*s/%s", (int)plen, path, names[i]);
		names[i][strlen(names[i]) - 4] = '\0';
		read_csv(&book, file.buf, sheet_of_file(names[i]), diags, &legacy);
		n_legacy += legacy.len != had;
		sb_release(&file);
		free(names[i]);
	}
	free(names);
	if (n_legacy) {
		char msg[1024];
		if (n_legacy == 1)
			snprintf(
			    msg, sizeof(msg),
			    msg_tr(
			        "%s is not UTF-8; it is read as Windows-1252, as Excel saves CSV"),
			    legacy.buf);
		else
			snprintf(
			    msg, sizeof(msg),
			    msg_tr(
			        "%zu files are not UTF-8 (%s); they are read as Windows-1252, as "
			        "Excel saves CSV"),
			    n_legacy, legacy.buf);
		diags_add(diags, false, NULL, msg);
	}
	sb_release(&legacy);
	enum load_status st = LOAD_UNREADABLE;
	if (diags->errors == before)
		st = load_book(&book, strict, out, diags);
	book_free(&book);
	return st;
}

const struct importer importer_csv = {"CSV folder", accepts, load};
