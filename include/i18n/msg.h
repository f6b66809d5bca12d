/*
 * msg: every message partnermap shows a person goes through here, on
 * standard error, so that the wording and the format stay in one place.
 */
#ifndef PARTNERMAP_I18N_MSG_H
#define PARTNERMAP_I18N_MSG_H

#include <stdarg.h>
#include <stdio.h>

#include "i18n/texts.h"

/* Exit statuses of cli.md. */
enum {
	EXIT_DONE = 0,    /* done, warnings may have been printed */
	EXIT_INVALID = 1, /* the dataset is invalid */
	EXIT_USAGE = 2,   /* the command line is wrong */
	EXIT_FAILED = 3   /* a file cannot be read or written, or another failure */
};

/* The language of every message from here on; English until set. Set
 * once the command line says it (cmd.c), before the first message. */
void msg_set_lang(enum lang lang);
enum lang msg_lang(void);

/* ENGLISH in the language of the messages (tx_message): for a message that
 * is put together before it is printed, such as the loader's diagnostics,
 * and for --help. */
const char *msg_tr(const char *english) __attribute__((format_arg(1)));

/* strerror(ERRNUM) in the language of the messages. */
const char *msg_strerror(int errnum);

/* The functions below translate FMT with msg_tr() first, so a call site
 * writes its message in English and its Dutch is in texts' catalog. */

/* Prints "partnermap: error: ..." and returns -1, so callers can write
 * `return error(...)`. */
int error(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* Formats the line error(TEXT) would print into BUF, for a signal handler
 * that may only write(2) it; returns its length. */
size_t msg_error_line(char *buf, size_t size, const char *text);

/* Prints "partnermap: warning: ...". */
void warning(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* Prints "partnermap: ..." as a plain notice (what was chosen, where the
 * result is). */
void notice(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* Prints "partnermap: usage error: ...", a pointer to --help, and returns
 * EXIT_USAGE. */
int usage_error(const char *cmd, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* Prints a diagnostic about a dataset: "FILE:LINE:COLUMN: SEVERITY: MESSAGE"
 * when line > 0, else "FILE: SEVERITY: PATH: MESSAGE". */
void msg_diag(const char *file, int is_error, int line, int column, const char *path,
              const char *message);

#endif
