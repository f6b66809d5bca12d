/*
 * output: writing a result so that a failure leaves nothing half-written.
 * A file is written under a temporary name beside it and renamed into
 * place by output_commit(); standard output is written directly.
 */
#ifndef PARTNERMAP_OUTPUT_H
#define PARTNERMAP_OUTPUT_H

#include <stdio.h>

struct output {
	FILE *fp;
	char *path; /* NULL for standard output */
	char *tmp;
};

/* Opens PATH (NULL or "-": standard output). Returns 0, or -1 after an
 * error message. */
int output_open(struct output *o, const char *path);

/* Finishes the write and moves the file into place. Returns 0, or -1 after
 * an error message (the temporary file is removed). */
int output_commit(struct output *o);

/* Gives up: removes the temporary file. Safe after a failed open. */
void output_abort(struct output *o);

/* The item of FORMATS (NULL-terminated, lower case) that PATH ends in after
 * a dot, ignoring case; NULL when none. */
const char *output_format(const char *path, const char *const *formats);

/* A temporary path beside PATH ("DIR/.NAME.tmp-PID"); free() it. */
char *output_temp_path(const char *path);

/*
 * A folder of results is written the same way: into a temporary folder
 * beside it, which replaces an earlier folder only once it is complete.
 */

/* Creates the temporary folder for DIR (and DIR's parents); sets *tmp
 * (free() it). Returns 0, or -1 after an error message. */
int output_dir_begin(const char *dir, char **tmp);

/* Moves TMP into place as DIR, replacing an earlier DIR. Returns 0, or -1
 * after an error message; TMP is removed either way. */
int output_dir_commit(const char *dir, const char *tmp);

/* Removes TMP and everything in it. */
void output_dir_abort(const char *tmp);

#endif
