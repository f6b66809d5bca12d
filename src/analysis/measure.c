/*
 * measure: cli.md's measures, computed with igraph. Each static function
 * fills one group of fields and cleans up after itself, so that
 * measure_compute() reads as the list of what is measured.
 */
#include "analysis/measure.h"
#include "util/csr.h"
#include "analysis/paths.h"
#include "util/strbuf.h"

#include <math.h>
#include <stdbool.h>
#include <omp.h>
#include <stdlib.h>
#include <string.h>

enum { LEIDEN_SEED = 20150501, LEIDEN_PASSES = 8, SAMPLE_SEED = 42 };
/* A Leiden pass that raises modularity by less than this is the last. */
static const double LEIDEN_GAIN = 0.002;

/* Borgatti's F from component sizes: 1 - sum s(s-1) / (n(n-1)). */
static double fragmentation_from_sizes(const igraph_vector_int_t *sizes, long n)
{
	double sum = 0;

	if (n < 2)
		return 0;
	for (igraph_integer_t i = 0; i < igraph_vector_int_size(sizes); i++) {
		double s = (double)VECTOR(*sizes)[i];
		sum += s * (s - 1);
	}
	return 1 - sum / ((double)n * (double)(n - 1));
}

static int components(const struct network *net, struct measures *m,
                      igraph_vector_int_t *membership, igraph_vector_int_t *sizes)
{
	igraph_integer_t count;
	long largest = 0;

	IGRAPH_CHECK(
	    igraph_connected_components(&net->graph, membership, sizes, &count, IGRAPH_WEAK));
	for (igraph_integer_t i = 0; i < count; i++)
		if (VECTOR(*sizes)[i] > largest)
			largest = (long)VECTOR(*sizes)[i];
	m->net.components = (long)count;
	m->net.largest_component = largest;
	m->net.fragmentation = fragmentation_from_sizes(sizes, m->n);
	return IGRAPH_SUCCESS;
}

static int degrees(const struct network *net, struct measures *m)
{
	igraph_vector_t deg;
	igraph_real_t centralization = 0;

	IGRAPH_VECTOR_INIT_FINALLY(&deg, 0);
	IGRAPH_CHECK(igraph_centralization_degree(&net->graph, &deg, IGRAPH_ALL, IGRAPH_NO_LOOPS,
	                                          &centralization, NULL, true));
	for (long v = 0; v < m->n; v++) {
		m->v[v].degree = (long)VECTOR(deg)[v];
		m->v[v].named_by = net->named_by[v];
		m->net.isolates += VECTOR(deg)[v] == 0;
	}
	m->net.degree_centralization = m->n < 3 ? 0 : centralization;
	igraph_vector_destroy(&deg);
	IGRAPH_FINALLY_CLEAN(1);
	return IGRAPH_SUCCESS;
}

/* K sources drawn with a fixed seed, so that estimates repeat. */
static int sample_sources(long n, long k, igraph_vector_int_t *sources)
{
	IGRAPH_CHECK(igraph_vector_int_resize(sources, 0));
	igraph_rng_seed(igraph_rng_default(), SAMPLE_SEED);
	IGRAPH_CHECK(igraph_random_sample(sources, 0, n - 1, k));
	return IGRAPH_SUCCESS;
}

/* Betweenness normalised by (n-1)(n-2)/2 and harmonic closeness divided by
 * n-1, from one search per source over a compact copy of the graph. With a
 * sample, betweenness is scaled up from its sources and closeness is the
 * mean of 1/d over the sampled vertices other than v, which is what the
 * exact value is over all of them. The search is started by paths_begin()
 * and collected by paths_end(), so that the other measures are computed on
 * the calling thread while helper threads search. */
struct paths_state {
	struct csr g;
	int *list;       /* the sampled sources, or NULL */
	bool *in_sample; /* per vertex */
	struct paths_run *run;
};

/* Frees what paths_begin() set up, stopping the search when it runs. */
static void paths_state_free(struct paths_state *ps)
{
	if (ps->run)
		paths_abort(ps->run);
	ps->run = NULL;
	csr_free(&ps->g);
	free(ps->list);
	free(ps->in_sample);
	ps->list = NULL;
	ps->in_sample = NULL;
}

/* On success the caller registers paths_state_free with IGRAPH_FINALLY. */
static int paths_begin(const struct network *net, const struct measures *m, struct paths_state *ps)
{
	igraph_vector_int_t sources;
	long n = m->n;

	memset(ps, 0, sizeof(*ps));
	ps->in_sample = xcalloc((size_t)n + 1, sizeof(*ps->in_sample));
	IGRAPH_FINALLY(free, ps->in_sample);
	IGRAPH_CHECK(igraph_vector_int_init(&sources, 0));
	IGRAPH_FINALLY(igraph_vector_int_destroy, &sources);
	IGRAPH_CHECK(csr_build(&ps->g, &net->graph));
	IGRAPH_FINALLY(csr_free, &ps->g);
	if (m->sample > 0) {
		IGRAPH_CHECK(sample_sources(n, m->sample, &sources));
		ps->list = xcalloc((size_t)m->sample, sizeof(*ps->list));
		for (long i = 0; i < m->sample; i++) {
			ps->list[i] = (int)VECTOR(sources)[i];
			ps->in_sample[ps->list[i]] = true;
		}
	}
	ps->run = paths_start(&ps->g, ps->list, (int)m->sample, 0);
	igraph_vector_int_destroy(&sources);
	IGRAPH_FINALLY_CLEAN(3);
	return IGRAPH_SUCCESS;
}

static int paths_end(struct paths_state *ps, struct measures *m)
{
	struct path_sums sums;
	long n = m->n;
	bool sampled = m->sample > 0;
	double pairs = (double)(n - 1) * (double)(n - 2) / 2, sum = 0;
	double scale = sampled ? (double)n / (double)m->sample : 1;
	int rc = paths_finish(ps->run, &sums);

	ps->run = NULL;
	IGRAPH_CHECK(rc);
	/* Each unordered pair was counted from both ends (of a sampled pair,
	 * from its one sampled end as often as not), as igraph halves too. */
	for (long v = 0; v < n; v++) {
		double others = sampled ? (double)(m->sample - ps->in_sample[v]) : (double)(n - 1);
		m->v[v].betweenness = n < 3 ? 0 : sums.betweenness[v] / 2 * scale / pairs;
		m->v[v].closeness = n < 2 || others < 1 ? 0 : sums.harmonic[v] / others;
		sum += m->v[v].closeness;
	}
	/* The sum of harmonic closeness times n-1 is the sum of 1/d over ordered
	 * pairs, so distance fragmentation is one minus the mean closeness. */
	m->net.distance_fragmentation = n < 2 ? 0 : 1 - sum / (double)n;
	path_sums_free(&sums);
	return IGRAPH_SUCCESS;
}

/* The Perron vector of one component (unit length) times its overlap with
 * the degree vector, and the component's largest eigenvalue. */
static int component_eigen(const struct network *net, const igraph_vector_int_t *vids,
                           igraph_vector_t *x, double *lambda)
{
	igraph_t sub;
	igraph_vector_t vec;
	igraph_vector_int_t deg;
	igraph_real_t value = 0;
	double norm = 0, dot = 0;

	IGRAPH_CHECK(igraph_induced_subgraph(&net->graph, &sub, igraph_vss_vector(vids),
	                                     IGRAPH_SUBGRAPH_AUTO));
	IGRAPH_FINALLY(igraph_destroy, &sub);
	IGRAPH_VECTOR_INIT_FINALLY(&vec, 0);
	IGRAPH_CHECK(igraph_vector_int_init(&deg, 0));
	IGRAPH_FINALLY(igraph_vector_int_destroy, &deg);
	IGRAPH_CHECK(
	    igraph_eigenvector_centrality(&sub, &vec, &value, IGRAPH_UNDIRECTED, true, NULL, NULL));
	IGRAPH_CHECK(igraph_degree(&sub, &deg, igraph_vss_all(), IGRAPH_ALL, IGRAPH_NO_LOOPS));
	for (igraph_integer_t i = 0; i < igraph_vector_size(&vec); i++) {
		norm += VECTOR(vec)[i] * VECTOR(vec)[i];
		dot += VECTOR(vec)[i] * (double)VECTOR(deg)[i];
	}
	/* igraph_induced_subgraph keeps the vertices in increasing id order. */
	for (igraph_integer_t i = 0; i < igraph_vector_int_size(vids); i++)
		VECTOR(*x)[VECTOR(*vids)[i]] = norm > 0 ? VECTOR(vec)[i] * dot / norm : 0;
	*lambda = value;
	igraph_vector_int_destroy(&deg);
	igraph_vector_destroy(&vec);
	igraph_destroy(&sub);
	IGRAPH_FINALLY_CLEAN(3);
	return IGRAPH_SUCCESS;
}

/* cli.md's eigenvector: where power iteration from the degree vector goes,
 * i.e. the degree vector projected on the eigenspace of the largest
 * eigenvalue. Components with a smaller largest eigenvalue get 0; equally
 * strong components keep their share. Scaled so that the largest is 1. */
static int eigenvector(const struct network *net, struct measures *m,
                       const igraph_vector_int_t *membership, const igraph_vector_int_t *sizes)
{
	igraph_vector_t x, lambda;
	igraph_vector_int_t vids;
	long ncomp = (long)igraph_vector_int_size(sizes);
	long *start = xcalloc((size_t)ncomp + 2, sizeof(long));
	long *by_comp = xcalloc((size_t)m->n + 1, sizeof(long));
	double top = 0, max = 0;

	IGRAPH_FINALLY(free, start);
	IGRAPH_FINALLY(free, by_comp);
	IGRAPH_VECTOR_INIT_FINALLY(&x, m->n);
	IGRAPH_VECTOR_INIT_FINALLY(&lambda, ncomp);
	IGRAPH_CHECK(igraph_vector_int_init(&vids, 0));
	IGRAPH_FINALLY(igraph_vector_int_destroy, &vids);
	/* The vertices grouped by component, in increasing order within each. */
	for (long c = 0; c < ncomp; c++)
		start[c + 1] = start[c] + (long)VECTOR(*sizes)[c];
	for (long v = 0; v < m->n; v++)
		by_comp[start[VECTOR(*membership)[v]]++] = v;
	for (long c = ncomp; c > 0; c--)
		start[c] = start[c - 1];
	start[0] = 0;
	for (long c = 0; c < ncomp; c++) {
		if (VECTOR(*sizes)[c] < 2)
			continue;
		igraph_vector_int_clear(&vids);
		for (long i = start[c]; i < start[c + 1]; i++)
			IGRAPH_CHECK(igraph_vector_int_push_back(&vids, by_comp[i]));
		IGRAPH_CHECK(component_eigen(net, &vids, &x, &VECTOR(lambda)[c]));
		if (VECTOR(lambda)[c] > top)
			top = VECTOR(lambda)[c];
	}
	for (long v = 0; v < m->n; v++) {
		long c = (long)VECTOR(*membership)[v];
		if (VECTOR(*sizes)[c] < 2 || VECTOR(lambda)[c] < top * (1 - 1e-9))
			VECTOR(x)[v] = 0;
		if (VECTOR(x)[v] > max)
			max = VECTOR(x)[v];
	}
	for (long v = 0; v < m->n; v++)
		m->v[v].eigenvector = max > 0 ? VECTOR(x)[v] / max : 0;
	igraph_vector_int_destroy(&vids);
	igraph_vector_destroy(&lambda);
	igraph_vector_destroy(&x);
	free(by_comp);
	free(start);
	IGRAPH_FINALLY_CLEAN(5);
	return IGRAPH_SUCCESS;
}

static int pagerank_and_cores(const struct network *net, struct measures *m)
{
	igraph_vector_t pr;
	igraph_vector_int_t cores;
	igraph_real_t value;

	IGRAPH_VECTOR_INIT_FINALLY(&pr, 0);
	IGRAPH_CHECK(igraph_vector_int_init(&cores, 0));
	IGRAPH_FINALLY(igraph_vector_int_destroy, &cores);
	/* PRPACK parallelises its few milliseconds with OpenMP, whose spinning
	 * barriers stall for up to seconds when another process holds a core;
	 * one thread is as fast alone and gives the same sums every time. */
	omp_set_num_threads(1);
	if (m->n > 0) {
		IGRAPH_CHECK(igraph_pagerank(&net->graph, IGRAPH_PAGERANK_ALGO_PRPACK, &pr, &value,
		                             igraph_vss_all(), IGRAPH_UNDIRECTED, 0.85, NULL,
		                             NULL));
		IGRAPH_CHECK(igraph_coreness(&net->graph, &cores, IGRAPH_ALL));
	}
	for (long v = 0; v < m->n; v++) {
		m->v[v].pagerank = VECTOR(pr)[v];
		m->v[v].coreness = (long)VECTOR(cores)[v];
	}
	igraph_vector_int_destroy(&cores);
	igraph_vector_destroy(&pr);
	IGRAPH_FINALLY_CLEAN(2);
	return IGRAPH_SUCCESS;
}

struct community_rank {
	long id, size, first;
};

static int by_size_then_first(const void *pa, const void *pb)
{
	const struct community_rank *a = pa, *b = pb;

	if (a->size != b->size)
		return a->size > b->size ? -1 : 1;
	return (a->first > b->first) - (a->first < b->first);
}

/* cli.md's division into communities: the Leiden algorithm's with the
 * modularity objective (every node weighted by its degree, resolution
 * 1/2m), from a fixed seed, one pass at a time from the last pass's
 * communities; the best pass counts. igraph 0.10 is asked for one pass at
 * a time because its "until nothing changes" (n_iterations < 0) stops
 * after the first pass that changes something. The passes stop after one
 * that raised modularity by less than LEIDEN_GAIN, and after LEIDEN_PASSES
 * at most: on a field with hubs and ties across it (modularity about 0.2)
 * each pass after the second gains 0.0002 to 0.0007, and fifty passes were
 * a third of measuring it, while the figure the report shows moves in its
 * third decimal. The bound keeps the karate club's published optimum
 * (0.4198, reached by the second pass). Leiden's communities are
 * connected, which Louvain's need not be. */
static int leiden(const igraph_t *g, igraph_vector_int_t *membership, igraph_real_t *q)
{
	igraph_vector_t degree;
	igraph_vector_int_t best;
	igraph_real_t quality, best_quality = -INFINITY;
	double resolution = 1.0 / (2.0 * (double)igraph_ecount(g));

	IGRAPH_CHECK(igraph_vector_init(&degree, 0));
	IGRAPH_FINALLY(igraph_vector_destroy, &degree);
	IGRAPH_CHECK(igraph_vector_int_init(&best, 0));
	IGRAPH_FINALLY(igraph_vector_int_destroy, &best);
	IGRAPH_CHECK(igraph_strength(g, &degree, igraph_vss_all(), IGRAPH_ALL, IGRAPH_LOOPS, NULL));
	igraph_rng_seed(igraph_rng_default(), LEIDEN_SEED);
	for (int pass = 0; pass < LEIDEN_PASSES; pass++) {
		IGRAPH_CHECK(igraph_community_leiden(g, NULL, &degree, resolution, 0.01, pass > 0,
		                                     1, membership, NULL, &quality));
		if (!(quality > best_quality))
			break;
		bool little = quality - best_quality < LEIDEN_GAIN;
		best_quality = quality;
		IGRAPH_CHECK(igraph_vector_int_update(&best, membership));
		if (little)
			break;
	}
	IGRAPH_CHECK(igraph_vector_int_update(membership, &best));
	IGRAPH_CHECK(igraph_modularity(g, membership, NULL, 1, IGRAPH_UNDIRECTED, q));
	igraph_vector_int_destroy(&best);
	igraph_vector_destroy(&degree);
	IGRAPH_FINALLY_CLEAN(2);
	return IGRAPH_SUCCESS;
}

/* Communities renumbered 1 for the largest, ties broken by the earliest
 * entity. */
static int communities(const struct network *net, struct measures *m)
{
	igraph_vector_int_t membership;
	struct community_rank *rank = NULL;
	long count = 0;
	igraph_real_t q = NAN;

	IGRAPH_CHECK(igraph_vector_int_init(&membership, m->n));
	IGRAPH_FINALLY(igraph_vector_int_destroy, &membership);
	if (m->net.ties > 0) {
		IGRAPH_CHECK(leiden(&net->graph, &membership, &q));
	} else {
		for (long v = 0; v < m->n; v++)
			VECTOR(membership)[v] = v;
	}
	for (long v = 0; v < m->n; v++)
		if (VECTOR(membership)[v] + 1 > count)
			count = (long)VECTOR(membership)[v] + 1;
	rank = xcalloc((size_t)count + 1, sizeof(*rank));
	for (long c = 0; c < count; c++)
		rank[c].id = c, rank[c].first = m->n;
	for (long v = m->n - 1; v >= 0; v--) {
		rank[VECTOR(membership)[v]].size++;
		rank[VECTOR(membership)[v]].first = v;
	}
	qsort(rank, (size_t)count, sizeof(*rank), by_size_then_first);
	long *label = xcalloc((size_t)count + 1, sizeof(*label));
	for (long i = 0; i < count; i++)
		label[rank[i].id] = i + 1;
	for (long v = 0; v < m->n; v++)
		m->v[v].community = label[VECTOR(membership)[v]];
	m->net.communities = count;
	m->net.modularity = q;
	free(label);
	free(rank);
	igraph_vector_int_destroy(&membership);
	IGRAPH_FINALLY_CLEAN(1);
	return IGRAPH_SUCCESS;
}

static int cuts(const struct network *net, struct measures *m)
{
	igraph_vector_int_t points, bridges;
	igraph_real_t trans = 0;

	IGRAPH_CHECK(igraph_vector_int_init(&points, 0));
	IGRAPH_FINALLY(igraph_vector_int_destroy, &points);
	IGRAPH_CHECK(igraph_vector_int_init(&bridges, 0));
	IGRAPH_FINALLY(igraph_vector_int_destroy, &bridges);
	IGRAPH_CHECK(igraph_articulation_points(&net->graph, &points));
	IGRAPH_CHECK(igraph_bridges(&net->graph, &bridges));
	IGRAPH_CHECK(igraph_transitivity_undirected(&net->graph, &trans, IGRAPH_TRANSITIVITY_ZERO));
	for (igraph_integer_t i = 0; i < igraph_vector_int_size(&points); i++)
		m->v[VECTOR(points)[i]].cutpoint = true;
	m->net.cutpoints = (long)igraph_vector_int_size(&points);
	m->net.bridges = (long)igraph_vector_int_size(&bridges);
	m->net.transitivity = trans;
	igraph_vector_int_destroy(&bridges);
	igraph_vector_int_destroy(&points);
	IGRAPH_FINALLY_CLEAN(2);
	return IGRAPH_SUCCESS;
}

/* The sum of s(s-1) over the pieces that removing v leaves of its component,
 * from a depth-first search: a child subtree whose low point does not reach
 * above v becomes a piece of its own; the rest of the component is one more.
 * Also the number of entities outside the largest piece. */
static void pieces_without(const igraph_adjlist_t *al, const igraph_vector_int_t *parents,
                           const long *disc, const long *low, const long *size, long v, long s,
                           double *sum, long *cut_off)
{
	igraph_vector_int_t *nb = igraph_adjlist_get(al, v);
	long separated = 0, largest = 0;

	*sum = 0;
	for (igraph_integer_t i = 0; i < igraph_vector_int_size(nb); i++) {
		long w = (long)VECTOR(*nb)[i];
		if (VECTOR(*parents)[w] != v || (VECTOR(*parents)[v] >= 0 && low[w] < disc[v]))
			continue;
		*sum += (double)size[w] * (double)(size[w] - 1);
		separated += size[w];
		if (size[w] > largest)
			largest = size[w];
	}
	long rest = s - 1 - separated;
	*sum += (double)rest * (double)(rest - 1);
	if (rest > largest)
		largest = rest;
	*cut_off = s - 1 - largest;
}

/* Fragmentation with each entity removed, in one pass over a DFS forest
 * rather than one component count per entity. */
static int fragmentation_without(const struct network *net, struct measures *m,
                                 const igraph_vector_int_t *membership,
                                 const igraph_vector_int_t *sizes)
{
	igraph_vector_int_t order, parents;
	igraph_adjlist_t al;
	long n = m->n;
	long *disc = xcalloc((size_t)n + 1, sizeof(long));
	long *low = xcalloc((size_t)n + 1, sizeof(long));
	long *size = xcalloc((size_t)n + 1, sizeof(long));
	double total = 0, denom = (double)(n - 1) * (double)(n - 2);

	IGRAPH_FINALLY(free, disc);
	IGRAPH_FINALLY(free, low);
	IGRAPH_FINALLY(free, size);
	IGRAPH_CHECK(igraph_vector_int_init(&order, 0));
	IGRAPH_FINALLY(igraph_vector_int_destroy, &order);
	IGRAPH_CHECK(igraph_vector_int_init(&parents, 0));
	IGRAPH_FINALLY(igraph_vector_int_destroy, &parents);
	IGRAPH_CHECK(
	    igraph_adjlist_init(&net->graph, &al, IGRAPH_ALL, IGRAPH_NO_LOOPS, IGRAPH_NO_MULTIPLE));
	IGRAPH_FINALLY(igraph_adjlist_destroy, &al);
	if (n > 0)
		IGRAPH_CHECK(igraph_dfs(&net->graph, 0, IGRAPH_ALL, true, &order, NULL, &parents,
		                        NULL, NULL, NULL, NULL));
	for (long i = 0; i < n; i++)
		disc[VECTOR(order)[i]] = i;
	for (long i = n - 1; i >= 0; i--) {
		long v = (long)VECTOR(order)[i];
		igraph_vector_int_t *nb = igraph_adjlist_get(&al, v);
		low[v] = disc[v];
		size[v] = 1;
		for (igraph_integer_t k = 0; k < igraph_vector_int_size(nb); k++) {
			long w = (long)VECTOR(*nb)[k];
			if (VECTOR(parents)[w] == v) {
				size[v] += size[w];
				low[v] = low[w] < low[v] ? low[w] : low[v];
			} else if (w != VECTOR(parents)[v] && disc[w] < low[v]) {
				low[v] = disc[w];
			}
		}
	}
	for (igraph_integer_t c = 0; c < igraph_vector_int_size(sizes); c++)
		total += (double)VECTOR(*sizes)[c] * (double)(VECTOR(*sizes)[c] - 1);
	for (long v = 0; v < n; v++) {
		long s = (long)VECTOR(*sizes)[VECTOR(*membership)[v]];
		double pieces;
		pieces_without(&al, &parents, disc, low, size, v, s, &pieces, &m->v[v].cut_off);
		m->v[v].fragmentation_without =
		    n - 1 < 2 ? 0 : 1 - (total - (double)s * (double)(s - 1) + pieces) / denom;
	}
	igraph_adjlist_destroy(&al);
	igraph_vector_int_destroy(&parents);
	igraph_vector_int_destroy(&order);
	free(size);
	free(low);
	free(disc);
	IGRAPH_FINALLY_CLEAN(6);
	return IGRAPH_SUCCESS;
}

static void trust_and_confirmation(const struct network *net, struct measures *m)
{
	long ratings = 0, sum = 0, both = 0, confirmed = 0;
	long *recv_sum = xcalloc((size_t)m->n + 1, sizeof(long));
	long *recv_n = xcalloc((size_t)m->n + 1, sizeof(long));

	for (igraph_integer_t e = 0; e < net->m; e++) {
		const struct net_tie *t = &net->ties[e];
		if (t->trust_a_gave) {
			sum += t->trust_a_gave, ratings++;
			recv_sum[t->b] += t->trust_a_gave, recv_n[t->b]++;
		}
		if (t->trust_b_gave) {
			sum += t->trust_b_gave, ratings++;
			recv_sum[t->a] += t->trust_b_gave, recv_n[t->a]++;
		}
		if (net->interviewed[t->a] && net->interviewed[t->b]) {
			both++;
			confirmed += t->confirmed;
		}
	}
	m->net.trust = ratings ? (double)sum / (double)ratings : NAN;
	m->net.confirmed_share = both ? (double)confirmed / (double)both : NAN;
	for (long v = 0; v < m->n; v++)
		m->v[v].trust = recv_n[v] ? (double)recv_sum[v] / (double)recv_n[v] : NAN;
	free(recv_n);
	free(recv_sum);
}

static int compute(const struct network *net, struct measures *m)
{
	igraph_vector_int_t membership, sizes;
	struct paths_state ps;

	IGRAPH_CHECK(igraph_vector_int_init(&membership, 0));
	IGRAPH_FINALLY(igraph_vector_int_destroy, &membership);
	IGRAPH_CHECK(igraph_vector_int_init(&sizes, 0));
	IGRAPH_FINALLY(igraph_vector_int_destroy, &sizes);
	IGRAPH_CHECK(paths_begin(net, m, &ps));
	IGRAPH_FINALLY(paths_state_free, &ps);
	IGRAPH_CHECK(components(net, m, &membership, &sizes));
	IGRAPH_CHECK(degrees(net, m));
	IGRAPH_CHECK(eigenvector(net, m, &membership, &sizes));
	IGRAPH_CHECK(pagerank_and_cores(net, m));
	IGRAPH_CHECK(communities(net, m));
	IGRAPH_CHECK(cuts(net, m));
	IGRAPH_CHECK(fragmentation_without(net, m, &membership, &sizes));
	trust_and_confirmation(net, m);
	ei_compute(net, &m->net.ei, &m->net.n_ei);
	IGRAPH_CHECK(measure_brokerage(net, NULL, m));
	IGRAPH_CHECK(paths_end(&ps, m));
	paths_state_free(&ps);
	igraph_vector_int_destroy(&sizes);
	igraph_vector_int_destroy(&membership);
	IGRAPH_FINALLY_CLEAN(3);
	return IGRAPH_SUCCESS;
}

static void start(const struct network *net, long sample, struct measures *m)
{
	memset(m, 0, sizeof(*m));
	m->n = (long)net->n;
	m->sample = sample > 0 && sample < m->n ? sample : 0;
	m->v = xcalloc((size_t)m->n + 1, sizeof(*m->v));
	m->net.entities = m->n;
	m->net.ties = (long)net->m;
	m->net.density = m->n < 2 ? 0 : 2.0 * (double)net->m / ((double)m->n * (double)(m->n - 1));
}

int measure_compute(const struct network *net, long sample, struct measures *m)
{
	start(net, sample, m);
	int rc = compute(net, m);
	if (rc != IGRAPH_SUCCESS)
		measures_free(m);
	return rc;
}

int measure_communities(const struct network *net, struct measures *m)
{
	start(net, 0, m);
	int rc = communities(net, m);
	if (rc != IGRAPH_SUCCESS)
		measures_free(m);
	return rc;
}

int measure_brokerage(const struct network *net, const char *key, struct measures *m)
{
	struct brokerage *b = xcalloc((size_t)m->n + 1, sizeof(*b));
	int rc = brokerage_compute(net, key, b);

	for (long v = 0; rc == IGRAPH_SUCCESS && v < m->n; v++)
		m->v[v].broker = b[v];
	free(b);
	return rc;
}

long measure_default_sample(long n)
{
	return n > 2000 ? 200 : 0;
}

void measures_free(struct measures *m)
{
	free(m->v);
	free(m->net.ei);
	memset(m, 0, sizeof(*m));
}
