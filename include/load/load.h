/*
 * load: reads a study from a file and checks it against dataset.md. Every
 * problem found is collected as a diagnostic; nothing is printed here.
 */
#ifndef PARTNERMAP_LOAD_LOAD_H
#define PARTNERMAP_LOAD_LOAD_H

#include <stdbool.h>
#include <stddef.h>

#include "study/dataset.h"

enum {
	LOAD_MAX_BYTES = 64 * 1024 * 1024, /* a larger file is refused */
	LOAD_MAX_DEPTH = 64,               /* deeper JSON nesting is refused */
	LOAD_MAX_DIAGS = 100               /* diagnostics kept; the rest are counted */
};

/* Where a problem is: a JSON path or a cell ("Relaties!C14") in the
 * dataset (path), or a line and column (line > 0) of the dataset or, in a
 * CSV folder, of one of its files (file). */
struct where {
	const char *file; /* NULL: the dataset itself */
	const char *path; /* NULL or "" for the whole document */
	int line, column;
};

struct diag {
	bool is_error;
	int line, column; /* > 0 for a syntax error or a CSV cell, else 0 */
	char *file;       /* NULL: the dataset itself; else a file in its folder */
	char *path;       /* "interviews[3].ties[0].with" or "Relaties!C14"; "" for the document */
	char *message;
};

/* The diagnostics of one load; release with diags_release(). */
struct diags {
	struct diag *items; /* the first LOAD_MAX_DIAGS */
	size_t count;
	size_t errors, warnings; /* all of them, also those not kept */
};

/* Adds one diagnostic (AT may be NULL: the whole dataset); copies it. */
void diags_add(struct diags *d, bool is_error, const struct where *at, const char *message);
void diags_release(struct diags *d);
/* Whether the next diagnostic would only be counted, not kept: a caller
 * may then skip work that only makes its message better. */
bool diags_full(const struct diags *d);

enum load_status {
	LOAD_OK,        /* *out is the study; warnings may be in diags */
	LOAD_INVALID,   /* the study has errors, listed in diags; *out is NULL */
	LOAD_UNREADABLE /* the file could not be read; diags has the reason */
};

/* Reads PATH and validates it. PATH is a JSON file ("-" for standard
 * input), a workbook (.xlsx) or a folder of CSV files; the importer is
 * chosen by the path. With strict, warnings count as errors. The caller
 * owns *out (dataset_free()). */
enum load_status load_file(const char *path, bool strict, struct dataset **out,
                           struct diags *diags);

/* The separator of a CSV text (LEN bytes): whichever of ; , and tab occurs
 * most often outside quotes in its first line (, when none does). */
char load_csv_separator(const char *s, size_t len);

/* Whether the workbook PATH holds a study: a sheet of entities or ties
 * (in either language) with a row below its header, whoever saved it. A
 * workbook that cannot be read holds none. For output.h, which never
 * replaces one. */
bool load_workbook_holds_study(const char *path);

/* The study's name from its path, for default output names: the file name
 * without .json or .xlsx, or the folder's name ("study" for "-"). Free it. */
char *load_study_name(const char *path);

/* A JSON study already in memory (len bytes, need not end in NUL). Sets
 * cJSON's allocator while it runs: call it from one thread at a time, and
 * use no cJSON on other threads meanwhile. */
enum load_status load_buffer(const char *buf, size_t len, bool strict, struct dataset **out,
                             struct diags *diags);

#endif
