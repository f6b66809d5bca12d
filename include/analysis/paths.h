/*
 * paths: betweenness and harmonic closeness together, one breadth-first
 * search per source (Brandes' algorithm, whose search gives the distances
 * closeness needs), spread over threads that each have their own buffers.
 * The sources are cut into a fixed number of blocks whose sums are added
 * in block order, so the results are the same, to the last bit, for any
 * number of threads.
 */
#ifndef PARTNERMAP_ANALYSIS_PATHS_H
#define PARTNERMAP_ANALYSIS_PATHS_H

#include "util/csr.h"

struct path_sums {
	/* Per vertex: the sum over the sources s and every target t of the
	 * share of shortest s-t paths through v (each unordered pair of two
	 * sources counted from both ends, as Brandes' algorithm does). */
	double *betweenness;
	/* Per vertex: the sum of 1/d(s, v) over the sources s other than v. */
	double *harmonic;
};

/* Computes the sums into *out (both arrays allocated here; release them
 * with path_sums_free()) from the k sources, or from every vertex when
 * sources is NULL. threads < 1 means cores() (cores.h). The calling thread
 * takes part, watches for Ctrl-C and reports progress through igraph's
 * handlers. Returns 0, or IGRAPH_INTERRUPTED or another igraph error code;
 * *out is then empty. */
int paths_compute(const struct csr *g, const int *sources, int k, int threads,
                  struct path_sums *out);
void path_sums_free(struct path_sums *s);

/* The same in two steps, so that the calling thread can do other work
 * (igraph's measures) while threads - 1 helpers search: paths_start()
 * starts the helpers (never NULL; G and SOURCES must outlive the run);
 * paths_finish() has the calling thread take its share of what is left,
 * waits, fills *out as paths_compute() does and frees RUN; paths_abort()
 * stops the helpers and frees RUN without sums. The sums do not depend on
 * what the calling thread did in between. */
struct paths_run;
struct paths_run *paths_start(const struct csr *g, const int *sources, int k, int threads);
int paths_finish(struct paths_run *run, struct path_sums *out);
void paths_abort(struct paths_run *run);

#endif
