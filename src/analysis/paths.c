/*
 * paths: Brandes' betweenness and harmonic closeness in one search per
 * source over a compact adjacency array, on as many threads as asked. The
 * calling thread works too and is the only one that talks to igraph
 * (Ctrl-C and progress); the others only read the graph and write their
 * own blocks, and stop when told to.
 */
#include "analysis/paths.h"
#include "util/pool.h"
#include "util/strbuf.h"

#include <stdatomic.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* Enough blocks for the threads of a large machine to share the work
 * evenly, few enough that a block's sums (one double per vertex) stay
 * small beside the graph. Fixed, so that results do not depend on the
 * number of threads. */
enum { BLOCKS = 32 };

struct buffers {
	int *dist, *order;
	int *first;    /* per position in order: where its children start in child */
	int *child;    /* the vertices each one is a shortest-path predecessor of */
	double *sigma; /* shortest paths from the source */
	double *coef;  /* (1 + dependency) / sigma, once a vertex is done */
};

struct job {
	const struct csr *g;
	const int *sources; /* NULL: every vertex */
	int k, blocks;
	double **btw;     /* per block, per vertex */
	double **harm;    /* per block, per vertex; only with sources */
	double *harm_all; /* without sources: per source, its own sum */
	atomic_int done, stop;
	struct timespec last_poll;
	struct buffers *buffers; /* per thread, made on its first block */
	int threads;
};

static void buffers_init(struct buffers *b, const struct csr *g)
{
	size_t n = (size_t)g->n, arcs = (size_t)g->start[g->n];

	b->dist = xmalloc((n + 1) * sizeof(*b->dist));
	for (size_t v = 0; v < n; v++)
		b->dist[v] = -1;
	b->order = xcalloc(n + 1, sizeof(*b->order));
	b->first = xcalloc(n + 2, sizeof(*b->first));
	b->child = xcalloc(arcs / 2 + 1, sizeof(*b->child));
	b->sigma = xcalloc(n + 1, sizeof(*b->sigma));
	b->coef = xcalloc(n + 1, sizeof(*b->coef));
}

static void buffers_free(struct buffers *b)
{
	free(b->dist);
	free(b->order);
	free(b->first);
	free(b->child);
	free(b->sigma);
	free(b->coef);
}

/* One source: a breadth-first search counting shortest paths (sigma),
 * summing 1/d and noting each vertex's successors on shortest paths (at
 * most one arc per edge, so child holds m); then the dependencies in
 * reverse order of discovery, where every successor of a vertex is done
 * before it (Brandes: delta(v) = sigma(v) * sum over successors w of
 * (1 + delta(w)) / sigma(w)), added to btw. Returns the sum of 1/d from
 * the source; with harm, also adds 1/d to each vertex reached. dist is
 * left as found (-1). */
static double one_source(const struct csr *g, int s, struct buffers *b, double *btw, double *harm)
{
	const int *start = g->start, *adj = g->adj;
	int *dist = b->dist, *order = b->order, *first = b->first, *child = b->child;
	double *sigma = b->sigma, *coef = b->coef, sum = 0;
	int head = 0, tail = 1, nc = 0;

	dist[s] = 0;
	sigma[s] = 1;
	order[0] = s;
	while (head < tail) {
		int v = order[head], d = dist[v] + 1;
		double sv = sigma[v], inv = 1.0 / d;
		first[head++] = nc;
		for (int e = start[v]; e < start[v + 1]; e++) {
			int w = adj[e];
			if (dist[w] < 0) {
				dist[w] = d;
				sigma[w] = sv;
				order[tail++] = w;
				child[nc++] = w;
				sum += inv;
				if (harm)
					harm[w] += inv;
			} else if (dist[w] == d) {
				sigma[w] += sv;
				child[nc++] = w;
			}
		}
	}
	first[tail] = nc;
	for (int i = tail - 1; i > 0; i--) {
		int v = order[i];
		double acc = 0;
		for (int c = first[i]; c < first[i + 1]; c++)
			acc += coef[child[c]];
		double delta = sigma[v] * acc;
		btw[v] += delta;
		coef[v] = (1 + delta) / sigma[v];
		dist[v] = -1;
	}
	dist[s] = -1;
	return sum;
}

static double seconds_since(const struct timespec *t)
{
	struct timespec now;

	clock_gettime(CLOCK_MONOTONIC, &now);
	return (double)(now.tv_sec - t->tv_sec) + (double)(now.tv_nsec - t->tv_nsec) / 1e9;
}

/* On the calling thread only, at most ten times a second: Ctrl-C and
 * progress through igraph's handlers. */
static void poll(struct job *j)
{
	if (seconds_since(&j->last_poll) < 0.1)
		return;
	clock_gettime(CLOCK_MONOTONIC, &j->last_poll);
	double pct = j->k ? 100.0 * atomic_load(&j->done) / j->k : 100;
	if (igraph_allow_interruption(NULL) != IGRAPH_SUCCESS ||
	    igraph_progress("Betweenness and closeness", pct, NULL) != IGRAPH_SUCCESS)
		atomic_store(&j->stop, 1);
}

/* One block of sources, on thread THREAD, with that thread's buffers. */
static void run_block(void *ctx, int thread, long blk)
{
	struct job *j = ctx;
	struct buffers *b = &j->buffers[thread];
	int n = j->g->n;

	if (!b->dist)
		buffers_init(b, j->g);
	int from = (int)(blk * j->k / j->blocks);
	int to = (int)((blk + 1) * j->k / j->blocks);
	j->btw[blk] = xcalloc((size_t)n + 1, sizeof(double));
	if (j->sources)
		j->harm[blk] = xcalloc((size_t)n + 1, sizeof(double));
	for (int i = from; i < to && !atomic_load(&j->stop); i++) {
		if (j->sources) {
			one_source(j->g, j->sources[i], b, j->btw[blk], j->harm[blk]);
		} else {
			j->harm_all[i] = one_source(j->g, i, b, j->btw[blk], NULL);
		}
		atomic_fetch_add(&j->done, 1);
		if (thread == 0)
			poll(j);
	}
}

/* The calling thread, between blocks and while the helpers finish theirs,
 * answers Ctrl-C. */
static int watch(void *ctx, long done, long n_tasks)
{
	struct job *j = ctx;

	(void)done;
	(void)n_tasks;
	poll(j);
	return atomic_load(&j->stop);
}

/* Block sums added in block order, whoever computed them. */
static void add_blocks(double *to, double *const *blocks, int count, int n)
{
	for (int v = 0; v < n; v++)
		to[v] = 0;
	for (int blk = 0; blk < count; blk++)
		for (int v = 0; v < n; v++)
			to[v] += blocks[blk][v];
}

struct paths_run {
	struct job j;
	struct pool *pool;
};

struct paths_run *paths_start(const struct csr *g, const int *sources, int k, int threads)
{
	struct paths_run *run = xcalloc(1, sizeof(*run));
	struct job *j = &run->j;

	j->g = g;
	j->sources = sources;
	j->k = sources ? k : g->n;
	j->blocks = j->k < BLOCKS ? j->k : BLOCKS;
	j->btw = xcalloc((size_t)j->blocks + 1, sizeof(*j->btw));
	j->harm = xcalloc((size_t)j->blocks + 1, sizeof(*j->harm));
	j->harm_all = xcalloc((size_t)g->n + 1, sizeof(double));
	atomic_init(&j->done, 0);
	atomic_init(&j->stop, 0);
	clock_gettime(CLOCK_MONOTONIC, &j->last_poll);
	j->threads = pool_threads(j->blocks, threads);
	j->buffers = xcalloc((size_t)j->threads, sizeof(*j->buffers));
	run->pool = pool_start(j->blocks, j->threads, run_block, j);
	return run;
}

/* Frees RUN, whose helpers are done, with what is left in it. */
static void run_free(struct paths_run *run)
{
	struct job *j = &run->j;

	for (int t = 0; t < j->threads; t++)
		if (j->buffers[t].dist)
			buffers_free(&j->buffers[t]);
	free(j->buffers);
	for (int blk = 0; blk < j->blocks; blk++) {
		free(j->btw[blk]);
		free(j->harm[blk]);
	}
	free(j->btw);
	free(j->harm);
	free(j->harm_all);
	free(run);
}

int paths_finish(struct paths_run *run, struct path_sums *out)
{
	struct job *j = &run->j;
	int n = j->g->n;

	memset(out, 0, sizeof(*out));
	pool_finish(run->pool, watch);
	int rc = atomic_load(&j->stop) ? IGRAPH_INTERRUPTED : IGRAPH_SUCCESS;
	if (rc == IGRAPH_SUCCESS) {
		out->betweenness = xcalloc((size_t)n + 1, sizeof(double));
		add_blocks(out->betweenness, j->btw, j->blocks, n);
		if (j->sources) {
			out->harmonic = xcalloc((size_t)n + 1, sizeof(double));
			add_blocks(out->harmonic, j->harm, j->blocks, n);
		} else {
			out->harmonic = j->harm_all;
			j->harm_all = NULL;
		}
	}
	run_free(run);
	return rc;
}

void paths_abort(struct paths_run *run)
{
	atomic_store(&run->j.stop, 1);
	pool_stop(run->pool);
	pool_finish(run->pool, NULL);
	run_free(run);
}

int paths_compute(const struct csr *g, const int *sources, int k, int threads,
                  struct path_sums *out)
{
	return paths_finish(paths_start(g, sources, k, threads), out);
}

void path_sums_free(struct path_sums *s)
{
	free(s->betweenness);
	free(s->harmonic);
	memset(s, 0, sizeof(*s));
}
