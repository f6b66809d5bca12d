/*
 * advise: key players to keep, where to reach, which ties to make.
 *
 * Every search works on a compact copy of the network (csr.h): vertices
 * renumbered in id order, so that "the first in id order" is "the lowest
 * number". Sums of 1/d are kept as integers in units of
 * 1/q, with q a multiple of lcm(1..12), so that they are the same whatever
 * the order of summation (and so whatever the number of threads), and two
 * answers that are equally good for every distance up to 12 compare equal.
 *
 * keep: one pass from every source u of a network G with the vertices of
 * P removed gives distance fragmentation of G - P - s for every s at once.
 * Only the vertices that s dominates in u's shortest-path DAG (every
 * shortest path from u to them runs through s) move away when s goes; the
 * dominator tree of a BFS DAG is one sweep in BFS order (a vertex's
 * immediate dominator is the nearest common dominator of its parents),
 * and the dominated vertices get their new distances from the vertices
 * around them. Exact search runs one pass per set of K-1 entities, spread
 * over the threads; the search of large studies runs a pass per greedy
 * step and per swap, each pass spread over the sources.
 *
 * ties: distances of every pair once, by one BFS per source (csr_bfs); adding the
 * tie a-b shortens only pairs x, y with x nearer a by 2 or more and y
 * nearer b by 2 or more, and the new distances are an O(n^2) update.
 *
 * Threads share the graph read-only and have their own buffers; the
 * calling thread alone talks to igraph (progress, Ctrl-C), since igraph's
 * handlers are per thread.
 */
#include "analysis/advise.h"
#include "util/cores.h"
#include "util/csr.h"
#include "util/pool.h"
#include "util/strbuf.h"

#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

enum { MAX_THREADS = 16, MAX_ROUNDS = 100 };
#define UNREACHED LONG_MAX
#define FAR       UINT16_MAX /* "unreachable" in the distance matrix */

/* ---- the compact graph ---- */

struct graph {
	long n, m;
	struct csr c;             /* neighbours of v: c.adj[c.start[v] .. c.start[v+1]) */
	igraph_integer_t *vertex; /* compact number -> vertex of the network */
	int64_t q;                /* 1/d is inv[d] / q */
	int64_t *inv;             /* 2n + 2 entries; inv[0] = 0 stands for 1/infinity */
};

static int by_id(const void *pa, const void *pb, void *context)
{
	const struct network *net = context;
	igraph_integer_t a = *(const igraph_integer_t *)pa, b = *(const igraph_integer_t *)pb;

	return strcmp(network_entity(net, a)->id, network_entity(net, b)->id);
}

/* The network renumbered in id order, as a compact adjacency array. */
static int graph_init(struct graph *g, const struct network *net)
{
	long n = (long)net->n;
	igraph_vector_int_t rank;
	igraph_t sorted;

	memset(g, 0, sizeof(*g));
	g->n = n;
	g->m = (long)net->m;
	g->vertex = xcalloc((size_t)n + 1, sizeof(*g->vertex));
	for (long v = 0; v < n; v++)
		g->vertex[v] = v;
	qsort_r(g->vertex, (size_t)n, sizeof(*g->vertex), by_id, (void *)(uintptr_t)net);
	IGRAPH_FINALLY(free, g->vertex);
	IGRAPH_CHECK(igraph_vector_int_init(&rank, n));
	IGRAPH_FINALLY(igraph_vector_int_destroy, &rank);
	for (long r = 0; r < n; r++)
		VECTOR(rank)[g->vertex[r]] = r;
	IGRAPH_CHECK(igraph_permute_vertices(&net->graph, &sorted, &rank));
	IGRAPH_FINALLY(igraph_destroy, &sorted);
	IGRAPH_CHECK(csr_build(&g->c, &sorted));
	igraph_destroy(&sorted);
	igraph_vector_int_destroy(&rank);
	IGRAPH_FINALLY_CLEAN(3);
	/* The largest unit for which no sum over n(n-1) pairs can overflow. */
	double pairs = n > 1 ? (double)n * (double)(n - 1) : 1;
	g->q = 27720; /* lcm(1..12) */
	while ((double)g->q * 2 * pairs < 4.0e18)
		g->q *= 2;
	g->inv = xcalloc(2 * (size_t)n + 3, sizeof(*g->inv));
	for (long d = 1; d <= 2 * n + 2; d++)
		g->inv[d] = (g->q + d / 2) / d;
	return IGRAPH_SUCCESS;
}

static void graph_free(struct graph *g)
{
	csr_free(&g->c);
	free(g->vertex);
	free(g->inv);
}

/* Distance fragmentation from a sum of 1/d (in units) over n vertices. */
static double fragmentation_of(const struct graph *g, int64_t sum, long n)
{
	if (n < 2)
		return 0;
	return 1 - (double)sum / (double)g->q / ((double)n * (double)(n - 1));
}

/* ---- threads (util/pool.h) ---- */

/* Progress of the search WHAT and Ctrl-C, on the calling thread. */
static int progress(const char *what, long done, long n_tasks)
{
	if (igraph_allow_interruption(NULL) != IGRAPH_SUCCESS ||
	    igraph_progress(what, 100.0 * (double)done / (double)n_tasks, NULL) != IGRAPH_SUCCESS)
		return IGRAPH_INTERRUPTED;
	return IGRAPH_SUCCESS;
}

static int watch_keep(void *ctx, long done, long n_tasks)
{
	(void)ctx;
	return progress("advise: keep", done, n_tasks);
}

static int watch_distances(void *ctx, long done, long n_tasks)
{
	(void)ctx;
	return progress("advise: distances", done, n_tasks);
}

static int watch_ties(void *ctx, long done, long n_tasks)
{
	(void)ctx;
	return progress("advise: ties", done, n_tasks);
}

/* Runs every task on up to THREADS threads (pool_run()), then looks for a
 * Ctrl-C once more. Returns 0 or IGRAPH_INTERRUPTED. */
static int run_tasks(long n_tasks, int threads, pool_fn *task, pool_watch *watch, void *ctx)
{
	int rc = pool_run(n_tasks, threads, task, watch, ctx);

	if (rc == IGRAPH_SUCCESS && igraph_allow_interruption(NULL) != IGRAPH_SUCCESS)
		rc = IGRAPH_INTERRUPTED;
	return rc;
}

/* ---- keep: distance fragmentation without a set ---- */

struct seed {
	long level, v;
};

/* One thread's buffers for passes. */
struct ws {
	long *dist, *order, *idom, *depth, *pre, *size, *pord, *kid, *sib, *nd, *nd0, *queue;
	struct seed *seeds;
	unsigned *seen, *fixed;
	unsigned stamp, fstamp;
	unsigned char *gone;
	int64_t *loss, *rows;
	/* Exact search: the best set this thread has seen. */
	int64_t best;
	long best_task, best_s;
};

static void ws_init(struct ws *w, long n)
{
	size_t sz = (size_t)n + 1;

	memset(w, 0, sizeof(*w));
	w->dist = xcalloc(sz, sizeof(long));
	w->order = xcalloc(sz, sizeof(long));
	w->idom = xcalloc(sz, sizeof(long));
	w->depth = xcalloc(sz, sizeof(long));
	w->pre = xcalloc(sz, sizeof(long));
	w->size = xcalloc(sz, sizeof(long));
	w->pord = xcalloc(sz, sizeof(long));
	w->kid = xcalloc(sz, sizeof(long));
	w->sib = xcalloc(sz, sizeof(long));
	w->nd = xcalloc(sz, sizeof(long));
	w->nd0 = xcalloc(sz, sizeof(long));
	w->queue = xcalloc(sz, sizeof(long));
	w->seeds = xcalloc(sz, sizeof(*w->seeds));
	w->seen = xcalloc(sz, sizeof(unsigned));
	w->fixed = xcalloc(sz, sizeof(unsigned));
	w->gone = xcalloc(sz, 1);
	w->loss = xcalloc(sz, sizeof(int64_t));
	w->rows = xcalloc(sz, sizeof(int64_t));
	w->best = INT64_MAX;
}

static void ws_free(struct ws *w)
{
	void *p[] = {w->dist,  w->order, w->idom,  w->depth, w->pre,  w->size,
	             w->pord,  w->kid,   w->sib,   w->nd,    w->nd0,  w->queue,
	             w->seeds, w->seen,  w->fixed, w->gone,  w->loss, w->rows};
	for (size_t i = 0; i < sizeof(p) / sizeof(p[0]); i++)
		free(p[i]);
}

static int by_level(const void *pa, const void *pb)
{
	const struct seed *a = pa, *b = pb;

	if (a->level != b->level)
		return a->level < b->level ? -1 : 1;
	return (a->v > b->v) - (a->v < b->v);
}

static long lca(const struct ws *w, long a, long b)
{
	while (a != b) {
		if (w->depth[a] >= w->depth[b])
			a = w->idom[a];
		else
			b = w->idom[b];
	}
	return a;
}

/* The sum of 1/d(u,t) - 1/d'(u,t) over the vertices t that s dominates
 * (preorder positions lo+1 .. hi-1), d' being the distance once s is gone:
 * each starts from its nearest neighbour outside, then the values spread
 * inside in order of distance (a multi-level BFS). */
static int64_t repair(const struct graph *g, struct ws *w, long s, long lo, long hi)
{
	long n_seeds = 0, head = 0, tail = 0, next_seed = 0;
	int64_t change = 0;

	w->fstamp++;
	for (long j = lo + 1; j < hi; j++) {
		long t = w->pord[j], best = UNREACHED;
		for (long k = g->c.start[t]; k < g->c.start[t + 1]; k++) {
			long x = g->c.adj[k];
			if (w->gone[x] || x == s || w->seen[x] != w->stamp)
				continue;
			if (w->pre[x] > lo && w->pre[x] < hi)
				continue;
			if (w->dist[x] + 1 < best)
				best = w->dist[x] + 1;
		}
		w->nd0[t] = best;
		if (best != UNREACHED)
			w->seeds[n_seeds++] = (struct seed){best, t};
	}
	qsort(w->seeds, (size_t)n_seeds, sizeof(*w->seeds), by_level);
	while (head < tail || next_seed < n_seeds) {
		long v;
		if (next_seed < n_seeds &&
		    (head == tail || w->seeds[next_seed].level <= w->nd[w->queue[head]])) {
			v = w->seeds[next_seed++].v;
			if (w->fixed[v] == w->fstamp)
				continue;
			w->fixed[v] = w->fstamp;
			w->nd[v] = w->nd0[v];
		} else {
			v = w->queue[head++];
		}
		for (long k = g->c.start[v]; k < g->c.start[v + 1]; k++) {
			long x = g->c.adj[k];
			if (w->gone[x] || x == s || w->seen[x] != w->stamp || w->pre[x] <= lo ||
			    w->pre[x] >= hi || w->fixed[x] == w->fstamp ||
			    w->nd0[x] <= w->nd[v] + 1)
				continue;
			w->fixed[x] = w->fstamp;
			w->nd[x] = w->nd[v] + 1;
			w->queue[tail++] = x;
		}
	}
	for (long j = lo + 1; j < hi; j++) {
		long t = w->pord[j];
		change += g->inv[w->dist[t]];
		if (w->fixed[t] == w->fstamp)
			change -= g->inv[w->nd[t]];
	}
	return change;
}

/* From source u of G without the vertices w->gone: rows[u] = the sum of
 * 1/d(u, v), and for every vertex s >= first that u reaches, loss[s] +=
 * what that sum loses when s goes too (1/d(u,s) and the dominated). */
static void pass_source(const struct graph *g, struct ws *w, long u, long first, int64_t *loss,
                        int64_t *rows)
{
	long cnt = 0, top = 0;
	int64_t sum = 0;

	if (++w->stamp == 0) {
		memset(w->seen, 0, ((size_t)g->n + 1) * sizeof(unsigned));
		w->stamp = 1;
	}
	w->seen[u] = w->stamp;
	w->dist[u] = 0;
	w->order[cnt++] = u;
	for (long i = 0; i < cnt; i++) {
		long v = w->order[i];
		for (long k = g->c.start[v]; k < g->c.start[v + 1]; k++) {
			long x = g->c.adj[k];
			if (w->gone[x] || w->seen[x] == w->stamp)
				continue;
			w->seen[x] = w->stamp;
			w->dist[x] = w->dist[v] + 1;
			w->order[cnt++] = x;
		}
	}
	for (long i = 1; i < cnt; i++)
		sum += g->inv[w->dist[w->order[i]]];
	rows[u] = sum;
	/* Immediate dominators in BFS order, and the tree's child lists. */
	w->idom[u] = u;
	w->depth[u] = 0;
	for (long i = 0; i < cnt; i++)
		w->kid[w->order[i]] = -1;
	for (long i = 1; i < cnt; i++) {
		long v = w->order[i], x = -1;
		for (long k = g->c.start[v]; k < g->c.start[v + 1]; k++) {
			long p = g->c.adj[k];
			if (w->gone[p] || w->seen[p] != w->stamp || w->dist[p] != w->dist[v] - 1)
				continue;
			x = x < 0 ? p : lca(w, x, p);
		}
		w->idom[v] = x;
		w->depth[v] = w->depth[x] + 1;
	}
	for (long i = cnt - 1; i > 0; i--) {
		long v = w->order[i];
		w->sib[v] = w->kid[w->idom[v]];
		w->kid[w->idom[v]] = v;
	}
	/* Preorder of the dominator tree: a subtree is a run of positions. */
	w->queue[top++] = u;
	for (long k = 0; top > 0;) {
		long v = w->queue[--top];
		w->pre[v] = k;
		w->pord[k++] = v;
		w->size[v] = 1;
		for (long c = w->kid[v]; c >= 0; c = w->sib[c])
			w->queue[top++] = c;
	}
	for (long k = cnt - 1; k > 0; k--)
		w->size[w->idom[w->pord[k]]] += w->size[w->pord[k]];
	for (long k = 1; k < cnt; k++) {
		long s = w->pord[k];
		if (s < first)
			continue;
		int64_t l = g->inv[w->dist[s]];
		if (w->size[s] > 1)
			l += repair(g, w, s, k, k + w->size[s]);
		loss[s] += l;
	}
}

/* C(n, k) as a double (large values are only compared with a limit). */
static double choose(long n, long k)
{
	double c = 1;

	if (k < 0 || k > n)
		return 0;
	for (long i = 1; i <= k; i++)
		c = c * (double)(n - k + i) / (double)i;
	return c;
}

struct keep_search {
	const struct graph *g;
	struct ws *ws;
	long k;
	/* Exact: every set of k-1 entities below n-1, in lexicographic order. */
	long *prefixes;
	/* Search: the set taken out, and sources in chunks. */
	const unsigned char *gone;
	long chunk;
};

/* Exact: the sets that extend prefix T by one entity after its last. */
static void keep_exact_task(void *ctx, int thread, long task)
{
	struct keep_search *ks = ctx;
	const struct graph *g = ks->g;
	struct ws *w = &ks->ws[thread];
	const long *prefix = ks->prefixes + task * (ks->k - 1);
	long first = ks->k > 1 ? prefix[ks->k - 2] + 1 : 0;
	int64_t total = 0;

	memset(w->gone, 0, (size_t)g->n);
	for (long i = 0; i < ks->k - 1; i++)
		w->gone[prefix[i]] = 1;
	memset(w->loss, 0, (size_t)g->n * sizeof(int64_t));
	for (long u = 0; u < g->n; u++) {
		if (w->gone[u])
			continue;
		pass_source(g, w, u, first, w->loss, w->rows);
		total += w->rows[u];
	}
	for (long s = first; s < g->n; s++) {
		int64_t left = total - w->rows[s] - w->loss[s];
		if (left < w->best) {
			w->best = left;
			w->best_task = task;
			w->best_s = s;
		}
	}
}

/* Search: sources of one chunk, into this thread's loss and rows. */
static void keep_chunk_task(void *ctx, int thread, long task)
{
	struct keep_search *ks = ctx;
	struct ws *w = &ks->ws[thread];
	long end = (task + 1) * ks->chunk < ks->g->n ? (task + 1) * ks->chunk : ks->g->n;

	memcpy(w->gone, ks->gone, (size_t)ks->g->n);
	for (long u = task * ks->chunk; u < end; u++)
		if (!ks->gone[u])
			pass_source(ks->g, w, u, 0, w->loss, w->rows);
}

/* The best vertex to take out besides GONE: the lowest sum left (the
 * lowest number among equals). Returns 0 or IGRAPH_INTERRUPTED. */
static int best_removal(struct keep_search *ks, int threads, const unsigned char *gone, long *best,
                        int64_t *best_left)
{
	const struct graph *g = ks->g;
	int64_t total = 0;

	ks->gone = gone;
	ks->chunk = g->n / (threads * 8L) + 1;
	long n_tasks = (g->n + ks->chunk - 1) / ks->chunk;
	for (int t = 0; t < threads; t++) {
		memset(ks->ws[t].loss, 0, (size_t)g->n * sizeof(int64_t));
		memset(ks->ws[t].rows, 0, (size_t)g->n * sizeof(int64_t));
	}
	int rc = run_tasks(n_tasks, threads, keep_chunk_task, watch_keep, ks);
	if (rc)
		return rc;
	for (int t = 1; t < threads; t++) {
		for (long v = 0; v < g->n; v++) {
			ks->ws[0].loss[v] += ks->ws[t].loss[v];
			ks->ws[0].rows[v] += ks->ws[t].rows[v];
		}
	}
	for (long v = 0; v < g->n; v++)
		if (!gone[v])
			total += ks->ws[0].rows[v];
	*best = -1;
	for (long s = 0; s < g->n; s++) {
		int64_t left = total - ks->ws[0].rows[s] - ks->ws[0].loss[s];
		if (!gone[s] && (*best < 0 || left < *best_left)) {
			*best = s;
			*best_left = left;
		}
	}
	return IGRAPH_SUCCESS;
}

static int cmp_long(const void *pa, const void *pb)
{
	long a = *(const long *)pa, b = *(const long *)pb;

	return (a > b) - (a < b);
}

/* Every set of k-1 numbers below n-1, in lexicographic order. */
static long *all_prefixes(long n, long k, long *count)
{
	long len = k - 1, total = (long)choose(n - 1, len), i = 0;
	long *out = xcalloc((size_t)(total * len) + 1, sizeof(long));
	long c[ADVISE_MAX_K];

	for (long j = 0; j < len; j++)
		c[j] = j;
	for (; i < total; i++) {
		memcpy(out + i * len, c, (size_t)len * sizeof(long));
		long j = len - 1;
		while (j >= 0 && c[j] == n - 1 - len + j)
			j--;
		if (j < 0) {
			i++;
			break;
		}
		c[j]++;
		for (long t = j + 1; t < len; t++)
			c[t] = c[t - 1] + 1;
	}
	*count = i;
	return out;
}

static int keep_exact(struct keep_search *ks, int threads, long *set, int64_t *left)
{
	long count;

	ks->prefixes = all_prefixes(ks->g->n, ks->k, &count);
	int rc = run_tasks(count, threads, keep_exact_task, watch_keep, ks);
	if (!rc) {
		/* A thread that ran no task has no best (INT64_MAX). */
		struct ws *best = &ks->ws[0];
		for (int t = 1; t < threads; t++) {
			struct ws *w = &ks->ws[t];
			if (w->best == INT64_MAX)
				continue;
			if (w->best < best->best ||
			    (w->best == best->best &&
			     (w->best_task < best->best_task ||
			      (w->best_task == best->best_task && w->best_s < best->best_s))))
				best = w;
		}
		memcpy(set, ks->prefixes + best->best_task * (ks->k - 1),
		       (size_t)(ks->k - 1) * sizeof(long));
		set[ks->k - 1] = best->best_s;
		*left = best->best;
	}
	free(ks->prefixes);
	return rc;
}

/* A greedy start, then swaps: each member in turn is replaced by the best
 * vertex given the others, while that improves the set. */
static int keep_greedy(struct keep_search *ks, int threads, long *set, int64_t *left)
{
	unsigned char *gone = xcalloc((size_t)ks->g->n + 1, 1);
	int rc = IGRAPH_SUCCESS;
	long s;

	for (long i = 0; i < ks->k && !rc; i++) {
		rc = best_removal(ks, threads, gone, &s, left);
		set[i] = s;
		if (!rc)
			gone[s] = 1;
	}
	for (int round = 0, improved = 1; improved && round < MAX_ROUNDS && !rc; round++) {
		improved = 0;
		for (long i = 0; i < ks->k && !rc; i++) {
			int64_t l;
			gone[set[i]] = 0;
			rc = best_removal(ks, threads, gone, &s, &l);
			if (!rc && l < *left) {
				set[i] = s;
				*left = l;
				improved = 1;
			}
			gone[set[i]] = 1;
		}
	}
	free(gone);
	return rc;
}

static int advise_keep(const struct graph *g, long k, int threads, struct advice *a)
{
	struct keep_search ks = {.g = g, .k = k < g->n ? k : g->n};
	long set[ADVISE_MAX_K];
	int64_t left = 0;
	int rc = IGRAPH_SUCCESS;

	a->keep_exact = choose(g->n, ks.k) <= ADVISE_MAX_EVALUATIONS;
	if (ks.k == 0)
		return IGRAPH_SUCCESS;
	if (ks.k == g->n) {
		for (long i = 0; i < g->n; i++)
			set[i] = i;
	} else {
		ks.ws = xcalloc((size_t)threads, sizeof(*ks.ws));
		for (int t = 0; t < threads; t++)
			ws_init(&ks.ws[t], g->n);
		rc = a->keep_exact ? keep_exact(&ks, threads, set, &left)
		                   : keep_greedy(&ks, threads, set, &left);
		for (int t = 0; t < threads; t++)
			ws_free(&ks.ws[t]);
		free(ks.ws);
	}
	if (rc)
		return rc;
	qsort(set, (size_t)ks.k, sizeof(long), cmp_long);
	a->n_keep = (size_t)ks.k;
	a->keep = xcalloc((size_t)ks.k, sizeof(*a->keep));
	for (long i = 0; i < ks.k; i++)
		a->keep[i] = g->vertex[set[i]];
	a->keep_fragmentation = fragmentation_of(g, left, g->n - ks.k);
	return IGRAPH_SUCCESS;
}

/* ---- reach: one step ---- */

struct reach_search {
	long n, words, k;
	uint64_t *nb; /* n bitsets of neighbours */
	uint64_t *stack, *members;
	long best, set[ADVISE_MAX_K], cur[ADVISE_MAX_K];
	long evaluations;
};

static long popcount_outside(const struct reach_search *r, const uint64_t *reached,
                             const uint64_t *members)
{
	long count = 0;

	for (long i = 0; i < r->words; i++)
		count += __builtin_popcountll(reached[i] & ~members[i]);
	return count;
}

/* Every set in lexicographic order; the first of the best is kept. */
static int reach_all(struct reach_search *r, long depth, long from)
{
	uint64_t *reached = r->stack + depth * r->words, *members = r->members + depth * r->words;

	if (depth == r->k) {
		long c = popcount_outside(r, reached, members);
		if (c > r->best) {
			r->best = c;
			memcpy(r->set, r->cur, (size_t)r->k * sizeof(long));
		}
		if (++r->evaluations % 65536 == 0 && igraph_allow_interruption(NULL))
			return IGRAPH_INTERRUPTED;
		return IGRAPH_SUCCESS;
	}
	for (long v = from; v <= r->n - (r->k - depth); v++) {
		uint64_t *next = reached + r->words, *next_members = members + r->words;
		for (long i = 0; i < r->words; i++) {
			next[i] = reached[i] | r->nb[v * r->words + i];
			next_members[i] = members[i];
		}
		next_members[v / 64] |= 1ULL << (v % 64);
		r->cur[depth] = v;
		int rc = reach_all(r, depth + 1, v + 1);
		if (rc)
			return rc;
	}
	return IGRAPH_SUCCESS;
}

static long reach_of(const struct reach_search *r, const long *set)
{
	uint64_t *reached = r->stack, *members = r->members;

	memset(reached, 0, (size_t)r->words * sizeof(uint64_t));
	memset(members, 0, (size_t)r->words * sizeof(uint64_t));
	for (long j = 0; j < r->k; j++) {
		for (long i = 0; i < r->words; i++)
			reached[i] |= r->nb[set[j] * r->words + i];
		members[set[j] / 64] |= 1ULL << (set[j] % 64);
	}
	return popcount_outside(r, reached, members);
}

static bool in_set(const long *set, long k, long v)
{
	for (long i = 0; i < k; i++)
		if (set[i] == v)
			return true;
	return false;
}

/* Greedy (the largest gain, the lowest number among equals), then swaps. */
static int reach_greedy(struct reach_search *r)
{
	long k = r->k;

	for (long i = 0; i < k; i++) {
		long best = -1, best_count = -1;
		r->k = i + 1;
		for (long v = 0; v < r->n; v++) {
			if (in_set(r->set, i, v))
				continue;
			r->set[i] = v;
			long c = reach_of(r, r->set);
			if (c > best_count)
				best = v, best_count = c;
		}
		r->set[i] = best;
		r->best = best_count;
		if (igraph_allow_interruption(NULL))
			return IGRAPH_INTERRUPTED;
	}
	for (int round = 0, improved = 1; improved && round < MAX_ROUNDS; round++) {
		improved = 0;
		for (long i = 0; i < k; i++) {
			long keep = r->set[i];
			for (long v = 0; v < r->n; v++) {
				if (in_set(r->set, k, v))
					continue;
				r->set[i] = v;
				long c = reach_of(r, r->set);
				if (c > r->best) {
					r->best = c;
					keep = v;
					improved = 1;
				}
				r->set[i] = keep;
			}
			if (igraph_allow_interruption(NULL))
				return IGRAPH_INTERRUPTED;
		}
	}
	return IGRAPH_SUCCESS;
}

static int advise_reach(const struct graph *g, long k, struct advice *a)
{
	struct reach_search r = {.n = g->n, .words = (g->n + 63) / 64, .k = k < g->n ? k : g->n};
	int rc = IGRAPH_SUCCESS;

	a->reach_exact = choose(g->n, r.k) <= ADVISE_MAX_EVALUATIONS;
	if (r.k == 0)
		return IGRAPH_SUCCESS;
	r.nb = xcalloc((size_t)(g->n * r.words), sizeof(uint64_t));
	r.stack = xcalloc((size_t)((r.k + 1) * r.words), sizeof(uint64_t));
	r.members = xcalloc((size_t)((r.k + 1) * r.words), sizeof(uint64_t));
	for (long v = 0; v < g->n; v++)
		for (long e = g->c.start[v]; e < g->c.start[v + 1]; e++)
			r.nb[v * r.words + g->c.adj[e] / 64] |= 1ULL << (g->c.adj[e] % 64);
	r.best = -1;
	rc = a->reach_exact ? reach_all(&r, 0, 0) : reach_greedy(&r);
	if (!rc) {
		qsort(r.set, (size_t)r.k, sizeof(long), cmp_long);
		a->n_reach = (size_t)r.k;
		a->reach = xcalloc((size_t)r.k, sizeof(*a->reach));
		for (long i = 0; i < r.k; i++)
			a->reach[i] = g->vertex[r.set[i]];
		a->reached = r.best;
		a->reach_share = g->n > r.k ? (double)r.best / (double)(g->n - r.k) : 0;
	}
	free(r.nb);
	free(r.stack);
	free(r.members);
	return rc;
}

/* ---- ties ---- */

struct tie_search {
	const struct graph *g;
	uint16_t *d;             /* n x n distances; FAR when unreachable */
	long **a_list, **b_list; /* per thread */
	int **dist, **order;     /* per thread, for csr_bfs() */
	long **ha, **hb;         /* per thread: how many of A and B at each distance */
	uint16_t *diameter;      /* per vertex: the diameter of its component */
	/* The pairs tried: rows [from, to) against every column after them,
	 * or (fixed >= 0) one end fixed against every other vertex. */
	long fixed;
	/* Per thread: the best pair so far. */
	int64_t *best;
	long *best_a, *best_b, *best_closer;
	/* For the update: the old rows of a and b. */
	uint16_t *da, *db;
	long ua, ub;
};

static uint16_t *row(const struct tie_search *ts, long x)
{
	return ts->d + (size_t)x * (size_t)ts->g->n;
}

static void bfs_row_task(void *ctx, int thread, long u)
{
	struct tie_search *ts = ctx;
	int *dist = ts->dist[thread], *order = ts->order[thread];
	int count = csr_bfs(&ts->g->c, (int)u, dist, order);
	uint16_t *r = row(ts, u);

	for (long v = 0; v < ts->g->n; v++)
		r[v] = FAR;
	for (int i = 0; i < count; i++)
		r[order[i]] = (uint16_t)dist[order[i]];
	csr_bfs_reset(dist, order, count);
}

/* What the tie a-b adds to the sum of 1/d over ordered pairs, and how many
 * pairs it brings closer; or -1 when that is surely below FLOOR. Only
 * pairs x in A (nearer a by 2 or more) and y in B (nearer b by 2 or more)
 * come closer, to da[x] + 1 + db[y]. Counting A and B by distance first
 * gives the exact gain when a and b lie in different components (every
 * such pair was unreachable) and otherwise a bound (no pair was further
 * apart than the component's diameter), so that most pairs are settled
 * without visiting A x B. */
static int64_t tie_gain(const struct tie_search *ts, int thread, long a, long b, int64_t floor,
                        long *closer)
{
	const struct graph *g = ts->g;
	const uint16_t *da = row(ts, a), *db = row(ts, b);
	long *A = ts->a_list[thread], *B = ts->b_list[thread], na = 0, nb = 0;
	long *ha = ts->ha[thread], *hb = ts->hb[thread], top_a = 0, top_b = 0;
	int64_t gain = 0, bound = 0;
	bool apart = da[b] == FAR;
	long diameter = apart ? 0 : ts->diameter[a];

	*closer = 0;
	for (long x = 0; x < g->n; x++) {
		if (da[x] != FAR && (db[x] == FAR || db[x] >= da[x] + 2)) {
			A[na++] = x;
			ha[da[x]]++;
			top_a = da[x] > top_a ? da[x] : top_a;
		} else if (db[x] != FAR && (da[x] == FAR || da[x] >= db[x] + 2)) {
			B[nb++] = x;
			hb[db[x]]++;
			top_b = db[x] > top_b ? db[x] : top_b;
		}
	}
	for (long i = 0; i <= top_a; i++) {
		for (long j = 0; ha[i] && j <= top_b; j++) {
			int64_t term = g->inv[i + 1 + j] - (apart ? 0 : g->inv[diameter]);
			if (hb[j] && term > 0)
				bound += term * ha[i] * hb[j];
		}
	}
	memset(ha, 0, (size_t)(top_a + 1) * sizeof(long));
	memset(hb, 0, (size_t)(top_b + 1) * sizeof(long));
	if (apart) {
		*closer = na * nb;
		return 2 * bound;
	}
	if (2 * bound < floor)
		return -1;
	for (long i = 0; i < na; i++) {
		const uint16_t *dx = row(ts, A[i]);
		long base = da[A[i]] + 1;
		for (long j = 0; j < nb; j++) {
			long y = B[j], nd = base + db[y];
			if (dx[y] == FAR || nd < dx[y]) {
				gain += g->inv[nd] - (dx[y] == FAR ? 0 : g->inv[dx[y]]);
				(*closer)++;
			}
		}
	}
	return 2 * gain;
}

static void consider(struct tie_search *ts, int thread, long a, long b)
{
	long closer;
	long lo = a < b ? a : b, hi = a < b ? b : a;
	int64_t best = ts->best[thread];
	int64_t gain = tie_gain(ts, thread, lo, hi, best, &closer);

	if (gain > best ||
	    (gain == best &&
	     (lo < ts->best_a[thread] || (lo == ts->best_a[thread] && hi < ts->best_b[thread])))) {
		ts->best[thread] = gain;
		ts->best_a[thread] = lo;
		ts->best_b[thread] = hi;
		ts->best_closer[thread] = closer;
	}
}

static void tie_row_task(void *ctx, int thread, long a)
{
	struct tie_search *ts = ctx;

	if (ts->fixed >= 0) {
		if (a != ts->fixed && row(ts, ts->fixed)[a] >= 2)
			consider(ts, thread, ts->fixed, a);
		return;
	}
	for (long b = a + 1; b < ts->g->n; b++)
		if (row(ts, a)[b] >= 2)
			consider(ts, thread, a, b);
}

static void update_row_task(void *ctx, int thread, long x)
{
	struct tie_search *ts = ctx;
	uint16_t *r = row(ts, x);
	long ax = ts->da[x], bx = ts->db[x];

	(void)thread;
	for (long y = 0; y < ts->g->n; y++) {
		long via_a = ax == FAR || ts->db[y] == FAR ? FAR : ax + 1 + ts->db[y];
		long via_b = bx == FAR || ts->da[y] == FAR ? FAR : bx + 1 + ts->da[y];
		long best = r[y];
		if (via_a < best)
			best = via_a;
		if (via_b < best)
			best = via_b;
		r[y] = (uint16_t)best;
	}
}

/* Each vertex's component diameter: the largest eccentricity among the
 * vertices it reaches. */
static void component_diameters(struct tie_search *ts)
{
	long n = ts->g->n;
	uint16_t *ecc = xcalloc((size_t)n + 1, sizeof(*ecc));

	for (long x = 0; x < n; x++)
		for (long y = 0; y < n; y++)
			if (row(ts, x)[y] != FAR && row(ts, x)[y] > ecc[x])
				ecc[x] = row(ts, x)[y];
	for (long x = 0; x < n; x++) {
		ts->diameter[x] = 0;
		for (long y = 0; y < n; y++)
			if (row(ts, x)[y] != FAR && ecc[y] > ts->diameter[x])
				ts->diameter[x] = ecc[y];
	}
	free(ecc);
}

/* The best pair among those ts->fixed (or every row) allows. */
static int best_pair(struct tie_search *ts, int threads, long fixed, long *a, long *b,
                     int64_t *gain, long *closer)
{
	int rc;

	ts->fixed = fixed;
	for (int t = 0; t < threads; t++) {
		ts->best[t] = -1;
		ts->best_a[t] = ts->best_b[t] = LONG_MAX;
	}
	rc = run_tasks(ts->g->n, threads, tie_row_task, watch_ties, ts);
	*gain = -1;
	for (int t = 0; t < threads && !rc; t++) {
		if (ts->best[t] > *gain ||
		    (ts->best[t] == *gain && ts->best[t] >= 0 &&
		     (ts->best_a[t] < *a || (ts->best_a[t] == *a && ts->best_b[t] < *b)))) {
			*gain = ts->best[t];
			*a = ts->best_a[t];
			*b = ts->best_b[t];
			*closer = ts->best_closer[t];
		}
	}
	return rc;
}

/* Search: from the vertex with the smallest sum of 1/d (the most remote;
 * the lowest number among equals), the best partner of one end, then of
 * the other, until the pair stays the same. */
static int pair_greedy(struct tie_search *ts, int threads, long *a, long *b, int64_t *gain,
                       long *closer)
{
	const struct graph *g = ts->g;
	int64_t low = INT64_MAX;
	long end = 0;
	int rc = IGRAPH_SUCCESS;

	for (long x = 0; x < g->n; x++) {
		int64_t s = 0;
		const uint16_t *r = row(ts, x);
		for (long y = 0; y < g->n; y++)
			s += r[y] == FAR ? 0 : g->inv[r[y]];
		if (s < low && g->c.start[x + 1] - g->c.start[x] < g->n - 1)
			low = s, end = x;
	}
	*a = *b = -1;
	for (int round = 0; round < MAX_ROUNDS && !rc; round++) {
		long pa = *a, pb = *b;
		rc = best_pair(ts, threads, end, a, b, gain, closer);
		if (rc || *gain < 0 || (*a == pa && *b == pb))
			break;
		end = *a == end ? *b : *a;
	}
	return rc;
}

static bool teams_overlap(const struct graph *g, const struct network *net,
                          const struct overlap *ov, long a, long b)
{
	size_t ea = net->entity[g->vertex[a]], eb = net->entity[g->vertex[b]];

	for (size_t i = 0; ov && i < ov->n_pairs; i++)
		if ((ov->pairs[i].a == ea && ov->pairs[i].b == eb) ||
		    (ov->pairs[i].a == eb && ov->pairs[i].b == ea))
			return true;
	return false;
}

static int advise_ties(const struct graph *g, const struct network *net, const struct overlap *ov,
                       long k, int threads, struct advice *a)
{
	struct tie_search ts = {.g = g};
	double pairs = (double)g->n * (double)(g->n - 1) / 2;
	size_t cells = (size_t)g->n * (size_t)g->n;
	int64_t total = 0;
	long ties = g->m;
	int rc;

	if (g->n >= FAR || (double)cells * sizeof(uint16_t) > 1.5e9)
		return IGRAPH_ENOMEM;
	ts.d = malloc(cells ? cells * sizeof(uint16_t) : 1);
	if (!ts.d)
		return IGRAPH_ENOMEM;
	ts.a_list = xcalloc((size_t)threads, sizeof(long *));
	ts.b_list = xcalloc((size_t)threads, sizeof(long *));
	ts.ha = xcalloc((size_t)threads, sizeof(long *));
	ts.hb = xcalloc((size_t)threads, sizeof(long *));
	ts.diameter = xcalloc((size_t)g->n + 1, sizeof(uint16_t));
	ts.dist = xcalloc((size_t)threads, sizeof(int *));
	ts.order = xcalloc((size_t)threads, sizeof(int *));
	for (int t = 0; t < threads; t++) {
		ts.a_list[t] = xcalloc((size_t)g->n + 1, sizeof(long));
		ts.b_list[t] = xcalloc((size_t)g->n + 1, sizeof(long));
		ts.ha[t] = xcalloc((size_t)g->n + 1, sizeof(long));
		ts.hb[t] = xcalloc((size_t)g->n + 1, sizeof(long));
		ts.dist[t] = xcalloc((size_t)g->n + 1, sizeof(int));
		ts.order[t] = xcalloc((size_t)g->n + 1, sizeof(int));
		for (long v = 0; v < g->n; v++)
			ts.dist[t][v] = -1;
	}
	ts.best = xcalloc((size_t)threads, sizeof(int64_t));
	ts.best_a = xcalloc((size_t)threads, sizeof(long));
	ts.best_b = xcalloc((size_t)threads, sizeof(long));
	ts.best_closer = xcalloc((size_t)threads, sizeof(long));
	ts.da = xcalloc((size_t)g->n + 1, sizeof(uint16_t));
	ts.db = xcalloc((size_t)g->n + 1, sizeof(uint16_t));
	a->ties = xcalloc((size_t)k, sizeof(*a->ties));
	rc = run_tasks(g->n, threads, bfs_row_task, watch_distances, &ts);
	for (size_t i = 0; i < cells && !rc; i++)
		total += ts.d[i] == FAR ? 0 : g->inv[ts.d[i]];
	a->distance_fragmentation = fragmentation_of(g, total, g->n);
	a->ties_exact = true;
	for (long step = 0; step < k && !rc && pairs - (double)ties > 0; step++) {
		long x = -1, y = -1, closer = 0;
		int64_t gain = -1;
		bool exact = pairs - (double)ties <= ADVISE_MAX_EVALUATIONS;
		a->ties_exact = a->ties_exact && exact;
		component_diameters(&ts);
		rc = exact ? best_pair(&ts, threads, -1, &x, &y, &gain, &closer)
		           : pair_greedy(&ts, threads, &x, &y, &gain, &closer);
		if (rc || gain <= 0)
			break;
		memcpy(ts.da, row(&ts, x), (size_t)g->n * sizeof(uint16_t));
		memcpy(ts.db, row(&ts, y), (size_t)g->n * sizeof(uint16_t));
		rc = run_tasks(g->n, threads, update_row_task, watch_ties, &ts);
		total += gain;
		ties++;
		struct advice_tie *t = &a->ties[a->n_ties++];
		t->a = g->vertex[x];
		t->b = g->vertex[y];
		t->overlap = teams_overlap(g, net, ov, x, y);
		t->distance_fragmentation = fragmentation_of(g, total, g->n);
		t->closer = closer;
	}
	for (int t = 0; t < threads; t++) {
		free(ts.a_list[t]);
		free(ts.b_list[t]);
		free(ts.dist[t]);
		free(ts.order[t]);
		free(ts.ha[t]);
		free(ts.hb[t]);
	}
	free(ts.ha);
	free(ts.hb);
	free(ts.diameter);
	free(ts.a_list);
	free(ts.b_list);
	free(ts.dist);
	free(ts.order);
	free(ts.best);
	free(ts.best_a);
	free(ts.best_b);
	free(ts.best_closer);
	free(ts.da);
	free(ts.db);
	free(ts.d);
	return rc;
}

/* ---- the whole advice ---- */

int advise_compute(const struct network *net, const struct overlap *ov, long k, struct advice *a)
{
	struct graph g;
	int threads = cores() < MAX_THREADS ? cores() : MAX_THREADS, rc;

	memset(a, 0, sizeof(*a));
	a->k = k;
	rc = graph_init(&g, net);
	if (rc) {
		memset(a, 0, sizeof(*a));
		return rc;
	}
	rc = advise_ties(&g, net, ov, k, threads, a);
	if (!rc)
		rc = advise_keep(&g, k, threads, a);
	if (!rc)
		rc = advise_reach(&g, k, a);
	graph_free(&g);
	if (rc)
		advice_free(a);
	return rc;
}

bool advice_exact(const struct advice *a)
{
	return a->keep_exact && a->reach_exact && a->ties_exact;
}

void advice_free(struct advice *a)
{
	free(a->keep);
	free(a->reach);
	free(a->ties);
	memset(a, 0, sizeof(*a));
}
