/* progress: igraph's progress and interruption handlers, and SIGINT. */
#include "progress.h"

#include <igraph.h>
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <time.h>
#include <unistd.h>

static volatile sig_atomic_t interrupted;
static struct timespec started;
static bool drawn;

static void on_sigint(int sig)
{
	(void)sig;
	interrupted = 1;
}

static igraph_error_t check_interrupt(void *data)
{
	(void)data;
	return interrupted ? IGRAPH_INTERRUPTED : IGRAPH_SUCCESS;
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
	if (interrupted)
		return IGRAPH_INTERRUPTED;
	if (!isatty(STDERR_FILENO) || elapsed() < 1.0)
		return IGRAPH_SUCCESS;
	fprintf(stderr, "\rpartnermap: %-40.40s %3.0f%%", message, percent);
	fflush(stderr);
	drawn = true;
	return IGRAPH_SUCCESS;
}

void progress_install(void)
{
	struct sigaction sa = {0};

	sa.sa_handler = on_sigint;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGINT, &sa, NULL);
	clock_gettime(CLOCK_MONOTONIC, &started);
	igraph_set_interruption_handler(check_interrupt);
	igraph_set_progress_handler(show_progress);
}

void progress_done(void)
{
	if (drawn)
		fprintf(stderr, "\r%-60s\r", "");
	drawn = false;
}
