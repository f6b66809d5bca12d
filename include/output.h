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

/* A temporary path beside PATH ("DIR/.NAME.tmp-PID"); free() it. */
char *output_temp_path(const char *path);

#endif
