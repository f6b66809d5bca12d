/*
 * progress: long computations show how far they are (through igraph's
 * progress handler), and SIGINT, SIGTERM or SIGHUP stop every command at
 * once in any phase: temporary files are removed, "interrupted" is said,
 * and the exit status is 3. A closed pipe on standard output or error
 * (SIGPIPE, even where the caller ignored it) removes the temporary files
 * too and ends the program as SIGPIPE does, silently.
 */
#ifndef PARTNERMAP_IO_PROGRESS_H
#define PARTNERMAP_IO_PROGRESS_H

/* Installs the handlers: progress appears on standard error only when it
 * is a terminal and the work has taken more than a second; a signal ends
 * the program as above. */
void progress_install(void);

/* Marks the start of a phase of a command: "loading", "measuring",
 * "layout", "rendering" or "writing". A hook for tests only: with
 * PARTNERMAP_TEST_PHASES set in the environment, it prints "partnermap:
 * test: phase NAME" on standard error, and when the variable's value is
 * NAME it then waits (at most a minute) as if the phase took that long, so
 * that a test can send a signal in that phase without guessing a time. */
void progress_phase(const char *name);

/* Clears a progress line, if one was drawn. */
void progress_done(void);

#endif
