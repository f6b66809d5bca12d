/*
 * output: writing a result so that a failure leaves nothing half-written
 * and nothing of the user's is lost. A file is written under a temporary
 * name beside it (mkstemp) and renamed into place by output_commit();
 * standard output is written directly. An existing PATH is replaced only
 * when it is a regular file named as output of the same kind (a symbolic
 * link, a folder or a device never is) whose content partnermap could have
 * written: a PNG, SVG, PDF or workbook must carry partnermap's mark
 * (output_mark()), any other file must be text (UTF-8, no NUL byte) and a
 * .json file must not hold a study. The study being read is never
 * replaced (output_protect()). A
 * report folder is replaced only when it carries the mark partnermap puts
 * in every report folder it writes and holds nothing else. Otherwise the
 * write is refused with a message and PATH is left as it is.
 */
#ifndef PARTNERMAP_IO_OUTPUT_H
#define PARTNERMAP_IO_OUTPUT_H

#include <stdbool.h>
#include <stdio.h>

struct output {
	FILE *fp;
	char *path; /* NULL for standard output */
	char *tmp;
	const char *kind;
	FILE *inner; /* under an inert fp: the file or standard output */
	/* Set by a caller that read PATH whole and writes it anew (a key
	 * file): it is replaced whatever it starts with. */
	bool rewrites;
};

/* Opens PATH (NULL or "-": standard output) for output of KIND: a format
 * name such as "table", "csv", "json", "svg", "png", "pdf", "dot" or an
 * extension ("xlsx"); an existing file at PATH is replaced only when its
 * extension fits KIND and its content is partnermap's (see above).
 * Returns 0, or -1 after an error message. */
int output_open_as(struct output *o, const char *path, const char *kind);

/* output_open_as() for output named by PATH's own extension: an existing
 * file is replaced only when its extension is one partnermap writes and
 * its content is partnermap's. */
int output_open(struct output *o, const char *path);

/* Names the study this run reads (a file or a folder of CSV files; "-" and
 * NULL: none), so that no output replaces it, nor a CSV file in its
 * folder. A path that cannot be read is ignored (the loader reports it). */
void output_protect(const char *path);

/* Says how to tell a workbook that holds a study (never replaced, like a
 * JSON study: load_workbook_holds_study()) and whether --force was given,
 * by which a file whose content is not partnermap's may be replaced (a
 * study, the study being read, a link, a folder or a device never are).
 * Called once, before the first output_open(). */
void output_guard(bool (*workbook_holds_study)(const char *path), bool force);

/* Makes what is written to o->fp inert for a terminal: control characters
 * other than newlines and tabs, and bidirectional overrides, are written
 * escaped (sb_add_inert()). For text meant for people, such as tables. */
void output_make_inert(struct output *o);

/* Finishes the write and moves the file into place. Returns 0, or -1 after
 * an error message (the temporary file is removed). */
int output_commit(struct output *o);

/* Gives up: removes the temporary file. Safe after a failed open. */
void output_abort(struct output *o);

/* Marks DATA (LEN bytes, malloc'd; the caller's) as partnermap's output of
 * FORMAT, so that a later run may replace it: an SVG gets the comment
 * OUTPUT_SVG_MARK after its XML declaration; a PDF names partnermap as its
 * producer (in place of cairo's name, padded with spaces so that the
 * file's offsets stay right). Other formats are left as they are: a PNG
 * is marked by png_set_dpi(), a workbook by tab_workbook_new(). */
#define OUTPUT_SVG_MARK "<!-- Generator: partnermap -->"
void output_mark(char **data, size_t *len, const char *format);

/* The item of FORMATS (NULL-terminated, lower case) that PATH ends in after
 * a dot, ignoring case; NULL when none. */
const char *output_format(const char *path, const char *const *formats);

/*
 * A folder of results is written the same way: into a temporary folder
 * beside it (mkdtemp), which replaces an earlier report folder only once it
 * is complete. The folder gets a mark (a file .partnermap-report naming
 * the files written), by which a later run knows it may replace it.
 */

/* Checks that DIR may be written (absent, empty, or an earlier report of
 * partnermap's with nothing added), creates DIR's parents and the
 * temporary folder; sets *tmp (free() it). Returns 0, or -1 after an error
 * message. */
int output_dir_begin(const char *dir, char **tmp);

/* Marks TMP and moves it into place as DIR, replacing an earlier report.
 * Returns 0, or -1 after an error message; TMP is removed either way. */
int output_dir_commit(const char *dir, const char *tmp);

/* The same for a study written as a folder of CSV files: its mark says it
 * holds a study, so that no later run replaces it (it may hold edits), nor
 * does a run write into the folder of the study it reads. */
int output_dir_commit_study(const char *dir, const char *tmp);

/* Removes TMP and everything in it. */
void output_dir_abort(const char *tmp);

/* Removes every temporary file and folder not yet in place. Only
 * async-signal-safe calls: for a signal handler that ends the program. */
void output_remove_temporaries(void);

#endif
