/*
 * load: reads a study from a path with the importer that fits it (a table,
 * as cmd.c keeps one of commands), and keeps the diagnostics of the load.
 */
#include "load/importer.h"
#include "i18n/msg.h"
#include "util/strbuf.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

/* The first importer that accepts a path reads it: a folder is read as
 * CSV files, an .xlsx file as a workbook, any other file as JSON. */
static const struct importer *const importers[] = {
    &importer_csv,
    &importer_xlsx,
    &importer_json,
};

enum { N_IMPORTERS = sizeof(importers) / sizeof(importers[0]) };

void diags_release(struct diags *d)
{
	for (size_t i = 0; i < d->count; i++) {
		free(d->items[i].file);
		free(d->items[i].path);
		free(d->items[i].message);
	}
	free(d->items);
	memset(d, 0, sizeof(*d));
}

void diags_add(struct diags *d, bool is_error, const struct where *at, const char *message)
{
	if (is_error)
		d->errors++;
	else
		d->warnings++;
	if (d->count == LOAD_MAX_DIAGS)
		return;
	if (!d->items)
		d->items = xcalloc(LOAD_MAX_DIAGS, sizeof(*d->items));
	struct diag *g = &d->items[d->count++];
	g->is_error = is_error;
	g->line = at ? at->line : 0;
	g->column = at ? at->column : 0;
	g->file = at && at->file ? xstrdup(at->file) : NULL;
	g->path = xstrdup(at && at->path ? at->path : "");
	g->message = xstrdup(message);
}

bool diags_full(const struct diags *d)
{
	return d->count == LOAD_MAX_DIAGS;
}

bool load_has_extension(const char *path, const char *ext)
{
	size_t n = strlen(path), e = strlen(ext);

	return n > e && path[n - e - 1] == '.' && !strcasecmp(path + n - e, ext);
}

/* Reads a whole stream, refusing more than the limit; NULL on failure. */
static char *slurp(FILE *f, size_t *len)
{
	size_t alloc = 1 << 16, n = 0;
	char *buf = xmalloc(alloc);

	for (;;) {
		size_t got = fread(buf + n, 1, alloc - n, f);
		n += got;
		if (n > LOAD_MAX_BYTES)
			break;
		if (got == 0)
			break;
		if (n == alloc)
			buf = xrealloc(buf, alloc *= 2);
	}
	if (ferror(f)) {
		free(buf);
		return NULL;
	}
	*len = n;
	return buf;
}

char *load_study_name(const char *path)
{
	size_t len = strlen(path);

	while (len > 1 && path[len - 1] == '/')
		len--;
	size_t start = len;
	while (start && path[start - 1] != '/')
		start--;
	if (!strcmp(path, "-") || start == len)
		return xstrdup("study");
	char *name = xstrdup(path + start);
	name[len - start] = '\0';
	if (load_has_extension(name, "json"))
		name[len - start - 5] = '\0';
	else if (load_has_extension(name, "xlsx"))
		name[len - start - 5] = '\0';
	return name;
}

int load_read_file(const char *path, char **buf, size_t *len, struct diags *diags)
{
	bool is_stdin = !strcmp(path, "-");
	FILE *f = is_stdin ? stdin : fopen(path, "rb");

	*buf = NULL;
	*len = 0;
	if (!f) {
		char msg[512];
		snprintf(msg, sizeof(msg), msg_tr("cannot open the file: %s"), msg_strerror(errno));
		diags_add(diags, true, NULL, msg);
		return -1;
	}
	*buf = slurp(f, len);
	int saved = errno;
	if (!is_stdin)
		fclose(f);
	if (!*buf) {
		char msg[512];
		snprintf(msg, sizeof(msg), msg_tr("cannot read the file: %s"), msg_strerror(saved));
		diags_add(diags, true, NULL, msg);
		return -1;
	}
	return 0;
}

/* Files people give for a study that no importer reads, with what to do
 * instead: a spreadsheet in another format, or one CSV file of a folder. */
static const struct {
	const char *ext;
	const char *why;
} refused[] = {
    {"xls", N_("an .xls file is not read: open it in Excel and save it as Excel workbook (.xlsx)")},
    {"xlsb",
     N_("an .xlsb file is not read: open it in Excel and save it as Excel workbook (.xlsx)")},
    {"ods", N_("an .ods file is not read: open it in your spreadsheet program and save it as Excel "
               "workbook (.xlsx)")},
    {"csv",
     N_("a single CSV file is not a study: give the folder that holds the study's CSV files, "
        "one per sheet (workbook.md)")},
    {"tsv",
     N_("a single CSV file is not a study: give the folder that holds the study's CSV files, "
        "one per sheet (workbook.md)")},
};

enum load_status load_file(const char *path, bool strict, struct dataset **out, struct diags *diags)
{
	struct stat st;
	bool is_dir = strcmp(path, "-") && !stat(path, &st) && S_ISDIR(st.st_mode);

	*out = NULL;
	for (size_t i = 0; !is_dir && i < sizeof(refused) / sizeof(refused[0]); i++)
		if (load_has_extension(path, refused[i].ext)) {
			diags_add(diags, true, NULL, msg_tr(refused[i].why));
			return LOAD_UNREADABLE;
		}
	for (size_t i = 0; i < N_IMPORTERS; i++)
		if (importers[i]->accepts(path, is_dir))
			return importers[i]->load(path, strict, out, diags);
	return importer_json.load(path, strict, out, diags);
}
