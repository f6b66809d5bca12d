/* progress: igraph's progress handler, and SIGINT, SIGTERM, SIGHUP and
 * SIGPIPE. */
#include "io/progress.h"
#include "i18n/msg.h"
#include "io/output.h"
#include "util/strbuf.h"
#include "util/utf8.h"

#include <igraph.h>
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static struct timespec started;
static bool drawn;
static char stop_line[128];
static size_t stop_len;

/* A signal may come in any phase, inside igraph, Graphviz, cairo or a
 * write, none of which can be unwound from here: the handler removes the
 * temporary files, says why and ends the program, using only
 * async-signal-safe calls. */
static void on_signal(int sig)
{
	(void)sig;
	output_remove_temporaries();
	if (write(STDERR_FILENO, stop_line, stop_len) < 0)
		_exit(EXIT_FAILED);
	_exit(EXIT_FAILED);
}

/* A closed pipe on standard output or error: the temporary files go, and
 * the program ends as SIGPIPE ends a process (status 128 + 13 in a shell),
 * saying nothing, since the pipe may be standard error. */
static void on_pipe(int sig)
{
	sigset_t set;

	output_remove_temporaries();
	signal(sig, SIG_DFL);
	sigemptyset(&set);
	sigaddset(&set, sig);
	sigprocmask(SIG_UNBLOCK, &set, NULL);
	raise(sig);
	_exit(128 + sig);
}

static double elapsed(void)
{
	struct timespec now;

	clock_gettime(CLOCK_MONOTONIC, &now);
	return (double)(now.tv_sec - started.tv_sec) +
	       (double)(now.tv_nsec - started.tv_nsec) / 1e9;
}

static igraph_error_t show_progress(const char *message, igraph_real_t percent, void *data)
{
	(void)data;
	if (!isatty(STDERR_FILENO) || elapsed() < 1.0)
		return IGRAPH_SUCCESS;
	/* Cut to 40 characters, never inside a UTF-8 character, and padded to
	 * 40 so that a shorter message covers a longer one. */
	struct strbuf sb;
	size_t cols;
	sb_init(&sb);
	sb_add_cut(&sb, msg_tr(message), 40); /* the phases are in po/ */
	cols = utf8_width(sb.buf);
	fprintf(stderr, "\rpartnermap: %s%*s %3.0f%%", sb.buf, (int)(cols < 40 ? 40 - cols : 0), "",
	        percent);
	sb_release(&sb);
	fflush(stderr);
	drawn = true;
	return IGRAPH_SUCCESS;
}

void progress_install(void)
{
	static const int signals[] = {SIGINT, SIGTERM, SIGHUP};
	struct sigaction sa = {0};

	stop_len = msg_error_line(stop_line, sizeof(stop_line), "interrupted");
	sa.sa_handler = on_signal;
	sigemptyset(&sa.sa_mask);
	for (size_t i = 0; i < sizeof(signals) / sizeof(signals[0]); i++)
		sigaddset(&sa.sa_mask, signals[i]);
	for (size_t i = 0; i < sizeof(signals) / sizeof(signals[0]); i++)
		sigaction(signals[i], &sa, NULL);
	/* Also when the caller ignored SIGPIPE: a write to a closed pipe then
	 * fails with EPIPE, which must end the command as well. */
	sa.sa_handler = on_pipe;
	sigaddset(&sa.sa_mask, SIGPIPE);
	sigaction(SIGPIPE, &sa, NULL);
	atexit(output_remove_temporaries); /* exit(3) when memory runs out */
	clock_gettime(CLOCK_MONOTONIC, &started);
	igraph_set_progress_handler(show_progress);
}

void progress_phase(const char *name)
{
	const char *hook = getenv("PARTNERMAP_TEST_PHASES");

	if (!hook || !*hook)
		return;
	fprintf(stderr, "partnermap: test: phase %s\n", name);
	fflush(stderr);
	if (strcmp(hook, name))
		return;
	/* Stand for a phase that lasts: wait for the test's signal, whose
	 * handler ends the program; give up after a minute. */
	for (int i = 0; i < 600; i++) {
		struct timespec tenth = {0, 100000000L};
		nanosleep(&tenth, NULL);
	}
}

void progress_done(void)
{
	if (drawn)
		fprintf(stderr, "\r%-60s\r", "");
	drawn = false;
}
