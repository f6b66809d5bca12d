/*
 * progress: long computations show how far they are, and Ctrl-C stops
 * them cleanly. Both go through igraph's progress and interruption
 * handlers, so every igraph algorithm takes part.
 */
#ifndef PARTNERMAP_PROGRESS_H
#define PARTNERMAP_PROGRESS_H

/* Installs the handlers: progress appears on standard error only when it
 * is a terminal and the work has taken more than a second; SIGINT makes
 * the running igraph call fail with IGRAPH_INTERRUPTED. */
void progress_install(void);

/* Clears a progress line, if one was drawn. */
void progress_done(void);

#endif
