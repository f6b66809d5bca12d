/*
 * load: reads a study from a file and checks it against dataset.md. Every
 * problem found is collected as a diagnostic; nothing is printed here.
 */
#ifndef PARTNERMAP_LOAD_H
#define PARTNERMAP_LOAD_H

#include <stdbool.h>
#include <stddef.h>

#include "dataset.h"

enum {
	LOAD_MAX_BYTES = 64 * 1024 * 1024, /* a larger file is refused */
	LOAD_MAX_DEPTH = 64,               /* deeper JSON nesting is refused */
	LOAD_MAX_DIAGS = 100               /* diagnostics kept; the rest are counted */
};

struct diag {
	bool is_error;
	int line, column; /* > 0 for a syntax error, else 0 */
	char *path;       /* "interviews[3].ties[0].with"; "" for the document */
	char *message;
};

/* The diagnostics of one load; release with diags_release(). */
struct diags {
	struct diag *items; /* the first LOAD_MAX_DIAGS */
	size_t count;
	size_t errors, warnings; /* all of them, also those not kept */
};

void diags_release(struct diags *d);

enum load_status {
	LOAD_OK,        /* *out is the study; warnings may be in diags */
	LOAD_INVALID,   /* the study has errors, listed in diags; *out is NULL */
	LOAD_UNREADABLE /* the file could not be read; diags has the reason */
};

/* Reads PATH ("-" for standard input) and validates it. With strict,
 * warnings count as errors. The caller owns *out (dataset_free()). */
enum load_status load_file(const char *path, bool strict, struct dataset **out,
                           struct diags *diags);

/* The same for a study already in memory (len bytes, need not end in NUL). */
enum load_status load_buffer(const char *buf, size_t len, bool strict, struct dataset **out,
                             struct diags *diags);

#endif
