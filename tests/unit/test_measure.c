/* Measures on graphs whose values are known independently of partnermap.
 * Sources: hand derivation (path, star, cycle, two triangles); Krackhardt
 * (1990) for the kite's betweenness; Zachary (1977) karate club
 * betweenness as published in e.g. Newman, "Networks" (2010); harmonic
 * closeness of both from a breadth-first search written separately in
 * Python (values copied below). */
#include "unit.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "analysis/measure.h"
#include "util/strbuf.h"

#define EPS 1e-5

struct run {
	struct dataset *ds;
	struct diags d;
	struct network net;
	struct measures m;
};

/* A study with entities v0..v(n-1), where each edge is named by its
 * lower-numbered end, and every entity with a tie is interviewed. */
static void run_edges(struct run *r, int n, const int (*edges)[2], int m)
{
	struct strbuf sb;

	sb_init(&sb);
	sb_adds(&sb, "{\"partnermap\": 1, \"entities\": [");
	for (int i = 0; i < n; i++)
		sb_addf(&sb, "%s{\"id\": \"v%d\", \"name\": \"V%d\", \"kind\": \"organisation\"}",
		        i ? "," : "", i, i);
	sb_adds(&sb, "], \"interviews\": [");
	for (int i = 0, first = 1; i < n; i++) {
		sb_addf(&sb, "%s{\"respondent\": \"v%d\", \"ties\": [", first ? "" : ",", i);
		first = 0;
		for (int e = 0, k = 0; e < m; e++) {
			int a = edges[e][0] < edges[e][1] ? edges[e][0] : edges[e][1];
			int b = edges[e][0] < edges[e][1] ? edges[e][1] : edges[e][0];
			if (a == i)
				sb_addf(&sb, "%s{\"with\": \"v%d\"}", k++ ? "," : "", b);
		}
		sb_adds(&sb, "]}");
	}
	sb_adds(&sb, "]}");
	assert_int_equal(load_text(sb.buf, &r->ds, &r->d), LOAD_OK);
	sb_release(&sb);
	assert_int_equal(network_build(&r->net, r->ds, 0, TIES_REPORTED), 0);
	assert_int_equal(measure_compute(&r->net, 0, &r->m), 0);
}

static void run_free(struct run *r)
{
	measures_free(&r->m);
	network_free(&r->net);
	dataset_free(r->ds);
	diags_release(&r->d);
}

static void near(double got, double want)
{
	if (fabs(got - want) > EPS)
		fail_msg("got %.9g, want %.9g", got, want);
}

/* Agreement with another computation of the same sums, up to rounding. */
static void close_to(double got, double want)
{
	if (fabs(got - want) > 1e-12 * (1 + fabs(want)))
		fail_msg("got %.17g, want %.17g", got, want);
}

static void path_of_five(void **state)
{
	static const int e[][2] = {{0, 1}, {1, 2}, {2, 3}, {3, 4}};
	struct run r;
	(void)state;
	run_edges(&r, 5, e, 4);
	/* Pairs through v1: (0,2),(0,3),(0,4) = 3 of (4*3/2) = 6. */
	near(r.m.v[1].betweenness, 0.5);
	near(r.m.v[2].betweenness, 4.0 / 6);
	near(r.m.v[0].betweenness, 0);
	/* v0: (1 + 1/2 + 1/3 + 1/4) / 4; v2: (1 + 1 + 1/2 + 1/2) / 4. */
	near(r.m.v[0].closeness, (1 + 0.5 + 1.0 / 3 + 0.25) / 4);
	near(r.m.v[2].closeness, 0.75);
	near(r.m.net.density, 0.4);
	near(r.m.net.degree_centralization, 2.0 / 12);
	near(r.m.net.fragmentation, 0);
	near(r.m.net.transitivity, 0);
	assert_int_equal(r.m.net.cutpoints, 3);
	assert_int_equal(r.m.net.bridges, 4);
	assert_int_equal(r.m.net.components, 1);
	assert_true(r.m.v[2].cutpoint);
	assert_false(r.m.v[0].cutpoint);
	/* Without v1: pieces {v0} and {v2,v3,v4}: 1 - 6 / (4*3) = 0.5. */
	near(r.m.v[1].fragmentation_without, 0.5);
	assert_int_equal(r.m.v[1].cut_off, 1);
	/* Without v0 the rest stays whole. */
	near(r.m.v[0].fragmentation_without, 0);
	/* The mean closeness of all five, subtracted from one. */
	double sum = 0;
	for (int v = 0; v < 5; v++)
		sum += r.m.v[v].closeness;
	near(r.m.net.distance_fragmentation, 1 - sum / 5);
	run_free(&r);
}

static void star(void **state)
{
	static const int e[][2] = {{0, 1}, {0, 2}, {0, 3}, {0, 4}};
	struct run r;
	(void)state;
	run_edges(&r, 5, e, 4);
	near(r.m.v[0].betweenness, 1);
	near(r.m.v[1].betweenness, 0);
	near(r.m.net.degree_centralization, 1);
	/* lambda = 2: the centre is 1, each leaf 1/lambda. */
	near(r.m.v[0].eigenvector, 1);
	near(r.m.v[3].eigenvector, 0.5);
	/* Without the centre four isolates remain: F = 1. */
	near(r.m.v[0].fragmentation_without, 1);
	assert_int_equal(r.m.v[0].cut_off, 3);
	assert_int_equal(r.m.v[2].coreness, 1);
	assert_int_equal(r.m.net.cutpoints, 1);
	run_free(&r);
}

static void star_pagerank(void **state)
{
	static const int e[][2] = {{0, 1}, {0, 2}, {0, 3}};
	struct run r;
	(void)state;
	run_edges(&r, 4, e, 3);
	/* c = 0.15/4 + 0.85 * 3l and l = 0.15/4 + 0.85 c / 3, solved by hand:
	 * c = 0.133125 / 0.2775. */
	near(r.m.v[0].pagerank, 0.133125 / 0.2775);
	near(r.m.v[1].pagerank, (1 - 0.133125 / 0.2775) / 3);
	run_free(&r);
}

static void cycle_of_five(void **state)
{
	static const int e[][2] = {{0, 1}, {1, 2}, {2, 3}, {3, 4}, {4, 0}};
	struct run r;
	(void)state;
	run_edges(&r, 5, e, 5);
	for (int v = 0; v < 5; v++) {
		near(r.m.v[v].betweenness, 1.0 / 6);
		near(r.m.v[v].closeness, 0.75);
		near(r.m.v[v].eigenvector, 1);
		near(r.m.v[v].pagerank, 0.2);
		assert_int_equal(r.m.v[v].coreness, 2);
	}
	assert_int_equal(r.m.net.bridges, 0);
	assert_int_equal(r.m.net.cutpoints, 0);
	near(r.m.net.degree_centralization, 0);
	run_free(&r);
}

static void two_triangles_and_a_bridge(void **state)
{
	static const int e[][2] = {{0, 1}, {1, 2}, {0, 2}, {2, 3}, {3, 4}, {4, 5}, {3, 5}};
	struct run r;
	(void)state;
	run_edges(&r, 6, e, 7);
	/* v2 lies on the 2 x 3 paths from {v0,v1} to {v3,v4,v5}; (n-1)(n-2)/2 = 10. */
	near(r.m.v[2].betweenness, 0.6);
	near(r.m.v[3].betweenness, 0.6);
	/* Six closed of ten connected triples. */
	near(r.m.net.transitivity, 0.6);
	assert_int_equal(r.m.net.bridges, 1);
	assert_int_equal(r.m.net.cutpoints, 2);
	/* Two communities, each 3 of 7 ties inside and half the degree:
	 * Q = 2 (3/7 - 1/4). */
	assert_int_equal(r.m.net.communities, 2);
	near(r.m.net.modularity, 2 * (3.0 / 7 - 0.25));
	assert_int_equal(r.m.v[0].community, r.m.v[1].community);
	assert_true(r.m.v[0].community != r.m.v[5].community);
	/* Without v2: pieces of 2 and 3 among 5: 1 - (2 + 6) / 20. */
	near(r.m.v[2].fragmentation_without, 0.6);
	assert_int_equal(r.m.v[2].cut_off, 2);
	for (int v = 0; v < 6; v++)
		assert_int_equal(r.m.v[v].coreness, 2);
	run_free(&r);
}

static void krackhardt_kite(void **state)
{
	/* Andre 0, Beverly 1, Carol 2, Diane 3, Ed 4, Fernando 5, Garth 6,
	 * Heather 7, Ike 8, Jane 9. */
	static const int e[][2] = {{1, 0}, {2, 0}, {3, 0}, {5, 0}, {3, 1}, {4, 1},
	                           {6, 1}, {3, 2}, {5, 2}, {4, 3}, {5, 3}, {6, 3},
	                           {6, 4}, {6, 5}, {7, 5}, {7, 6}, {8, 7}, {9, 8}};
	/* Krackhardt's raw betweenness over (9*8/2) = 36 pairs. */
	static const double btw[] = {0.8333333, 0.8333333, 0,  3.6666667, 0,
	                             8.3333333, 8.3333333, 14, 8,         0};
	static const double harmonic[] = {0.675926, 0.675926, 0.62037,  0.787037, 0.62037,
	                                  0.759259, 0.759259, 0.666667, 0.518519, 0.37963};
	struct run r;
	(void)state;
	run_edges(&r, 10, e, 18);
	for (int v = 0; v < 10; v++) {
		near(r.m.v[v].betweenness, btw[v] / 36);
		near(r.m.v[v].closeness, harmonic[v]);
	}
	assert_int_equal(r.m.v[3].degree, 6);
	assert_int_equal(r.m.net.cutpoints, 2); /* Heather and Ike */
	run_free(&r);
}

/* Every community of R holds together: its entities and the ties among
 * them form one component (Leiden's promise, which Louvain does not make). */
static void communities_are_connected(const struct run *r)
{
	for (long c = 1; c <= r->m.net.communities; c++) {
		igraph_vector_int_t members;
		igraph_t inside;
		igraph_bool_t connected = false;
		assert_int_equal(igraph_vector_int_init(&members, 0), IGRAPH_SUCCESS);
		for (long v = 0; v < r->m.n; v++)
			if (r->m.v[v].community == c)
				assert_int_equal(igraph_vector_int_push_back(&members, v),
				                 IGRAPH_SUCCESS);
		assert_int_equal(igraph_induced_subgraph(&r->net.graph, &inside,
		                                         igraph_vss_vector(&members),
		                                         IGRAPH_SUBGRAPH_AUTO),
		                 IGRAPH_SUCCESS);
		assert_int_equal(igraph_is_connected(&inside, &connected, IGRAPH_WEAK),
		                 IGRAPH_SUCCESS);
		assert_true(connected);
		igraph_destroy(&inside);
		igraph_vector_int_destroy(&members);
	}
}

static void zachary_karate_club(void **state)
{
	static const int e[][2] = {
	    {0, 1},   {0, 2},   {0, 3},   {0, 4},   {0, 5},   {0, 6},   {0, 7},   {0, 8},
	    {0, 10},  {0, 11},  {0, 12},  {0, 13},  {0, 17},  {0, 19},  {0, 21},  {0, 31},
	    {1, 2},   {1, 3},   {1, 7},   {1, 13},  {1, 17},  {1, 19},  {1, 21},  {1, 30},
	    {2, 3},   {2, 7},   {2, 27},  {2, 28},  {2, 32},  {2, 9},   {2, 8},   {2, 13},
	    {3, 7},   {3, 12},  {3, 13},  {4, 6},   {4, 10},  {5, 6},   {5, 10},  {5, 16},
	    {6, 16},  {8, 30},  {8, 32},  {8, 33},  {9, 33},  {13, 33}, {14, 32}, {14, 33},
	    {15, 32}, {15, 33}, {18, 32}, {18, 33}, {19, 33}, {20, 32}, {20, 33}, {22, 32},
	    {22, 33}, {23, 25}, {23, 27}, {23, 32}, {23, 33}, {23, 29}, {24, 25}, {24, 27},
	    {24, 31}, {25, 31}, {26, 29}, {26, 33}, {27, 33}, {28, 31}, {28, 33}, {29, 32},
	    {29, 33}, {30, 32}, {30, 33}, {31, 32}, {31, 33}, {32, 33}};
	struct run r;
	(void)state;
	run_edges(&r, 34, e, 78);
	assert_int_equal(r.m.net.ties, 78);
	/* Published raw betweenness of members 1, 34, 33, 3 and 32, over
	 * 33*32/2 = 528 pairs. */
	near(r.m.v[0].betweenness, 231.0714286 / 528);
	near(r.m.v[33].betweenness, 160.5515873 / 528);
	near(r.m.v[32].betweenness, 76.6904762 / 528);
	near(r.m.v[2].betweenness, 75.8507937 / 528);
	near(r.m.v[31].betweenness, 73.0095238 / 528);
	near(r.m.v[0].closeness, 0.70202);
	near(r.m.v[33].closeness, 0.704545);
	near(r.m.v[16].closeness, 0.336364);
	/* 45 triangles, 528 connected triples... transitivity 0.2557 (Newman). */
	near(r.m.net.transitivity, 0.2556818);
	near(r.m.net.density, 78.0 / 561);
	/* The best division there is: four communities, modularity 0.4198
	 * (Brandes et al., "On modularity clustering", 2008). */
	assert_int_equal(r.m.net.communities, 4);
	near(r.m.net.modularity, 0.4197896);
	/* The communities alone, for a diagram of groups: the same ones. */
	struct measures c;
	assert_int_equal(measure_communities(&r.net, &c), 0);
	assert_int_equal(c.net.communities, r.m.net.communities);
	assert_true(c.net.modularity == r.m.net.modularity);
	for (int v = 0; v < 34; v++)
		assert_int_equal(c.v[v].community, r.m.v[v].community);
	assert_true(c.v[0].betweenness == 0 && c.v[0].degree == 0);
	measures_free(&c);
	communities_are_connected(&r);
	run_free(&r);
}

/* Newman's modularity of a division, from its definition: for each
 * community, the share of ties inside minus the square of its share of
 * the ends of ties. */
static double modularity_by_hand(const struct measures *m, const int (*edges)[2], int count)
{
	double q = 0;

	for (long c = 1; c <= m->net.communities; c++) {
		double inside = 0, ends = 0;
		for (int e = 0; e < count; e++) {
			bool a = m->v[edges[e][0]].community == c,
			     b = m->v[edges[e][1]].community == c;
			inside += a && b;
			ends += a + b;
		}
		q += inside / count - (ends / (2.0 * count)) * (ends / (2.0 * count));
	}
	return q;
}

/* The modularity of a division igraph finds on R's network from SEED,
 * with Leiden (modularity objective) or Louvain. */
static double division_from_seed(const struct run *r, bool leiden, int seed)
{
	igraph_vector_int_t membership;
	igraph_vector_t degree;
	igraph_real_t q = NAN;
	const igraph_t *g = &r->net.graph;

	assert_int_equal(igraph_vector_int_init(&membership, 0), IGRAPH_SUCCESS);
	assert_int_equal(igraph_vector_init(&degree, 0), IGRAPH_SUCCESS);
	assert_int_equal(igraph_degree(g, &membership, igraph_vss_all(), IGRAPH_ALL, true),
	                 IGRAPH_SUCCESS);
	for (long v = 0; v < igraph_vector_int_size(&membership); v++)
		assert_int_equal(igraph_vector_push_back(&degree, (double)VECTOR(membership)[v]),
		                 IGRAPH_SUCCESS);
	igraph_rng_seed(igraph_rng_default(), (igraph_uint_t)seed);
	if (leiden)
		assert_int_equal(igraph_community_leiden(g, NULL, &degree,
		                                         1.0 / (2.0 * (double)igraph_ecount(g)),
		                                         0.01, false, -1, &membership, NULL, NULL),
		                 IGRAPH_SUCCESS);
	else
		assert_int_equal(igraph_community_multilevel(g, NULL, 1, &membership, NULL, NULL),
		                 IGRAPH_SUCCESS);
	assert_int_equal(igraph_modularity(g, &membership, NULL, 1, IGRAPH_UNDIRECTED, &q),
	                 IGRAPH_SUCCESS);
	igraph_vector_destroy(&degree);
	igraph_vector_int_destroy(&membership);
	return q;
}

/* Communities are the Leiden algorithm's (modularity objective, cli.md),
 * pass after pass until modularity rises no further. On this random graph
 * (G(20, 40), drawn once) Louvain from partnermap's seed stops at 0.2934,
 * one pass of Leiden at 0.3147, and the passes reach 0.3159, at least
 * what either finds in one run from any of a dozen seeds. */
static void communities_by_leiden(void **state)
{
	static const int e[][2] = {
	    {0, 1},   {1, 2},   {0, 4},  {2, 5},   {4, 5},   {1, 7},   {5, 7},   {1, 8},
	    {2, 8},   {3, 8},   {7, 8},  {5, 9},   {5, 10},  {9, 10},  {0, 11},  {4, 11},
	    {9, 11},  {10, 11}, {4, 12}, {5, 12},  {0, 13},  {3, 13},  {7, 13},  {7, 14},
	    {9, 14},  {11, 14}, {2, 15}, {4, 15},  {2, 16},  {14, 16}, {2, 17},  {7, 17},
	    {11, 17}, {1, 18},  {8, 18}, {15, 18}, {17, 18}, {4, 19},  {13, 19}, {16, 19}};
	struct run r;

	(void)state;
	run_edges(&r, 20, e, 40);
	near(r.m.net.modularity, modularity_by_hand(&r.m, e, 40));
	near(r.m.net.modularity, 0.3159375);
	communities_are_connected(&r);
	for (int seed = 1; seed <= 12; seed++) {
		assert_true(division_from_seed(&r, true, seed) <= r.m.net.modularity + 1e-12);
		assert_true(division_from_seed(&r, false, seed) <= r.m.net.modularity + 1e-12);
	}
	run_free(&r);
}

static void disconnected_with_isolates(void **state)
{
	/* An edge, a triangle and two isolates. */
	static const int e[][2] = {{0, 1}, {2, 3}, {3, 4}, {2, 4}};
	struct run r;
	(void)state;
	run_edges(&r, 7, e, 4);
	assert_int_equal(r.m.net.components, 4);
	assert_int_equal(r.m.net.largest_component, 3);
	assert_int_equal(r.m.net.isolates, 2);
	/* 1 - (2 + 6) / (7*6). */
	near(r.m.net.fragmentation, 1 - 8.0 / 42);
	/* Reachable ordered pairs: 2 at distance 1 in the edge, 6 in the
	 * triangle: 1 - 8/42 as well. */
	near(r.m.net.distance_fragmentation, 1 - 8.0 / 42);
	/* The triangle is the strongest component: the edge gets 0. */
	near(r.m.v[2].eigenvector, 1);
	near(r.m.v[0].eigenvector, 0);
	near(r.m.v[5].eigenvector, 0);
	near(r.m.v[5].closeness, 0);
	assert_int_equal(r.m.v[5].coreness, 0);
	/* Removing an isolate: 1 - 8 / 30. */
	near(r.m.v[5].fragmentation_without, 1 - 8.0 / 30);
	run_free(&r);
}

static void equal_components_share_eigenvector(void **state)
{
	static const int e[][2] = {{0, 1}, {1, 2}, {0, 2}, {3, 4}, {4, 5}, {3, 5}};
	struct run r;
	(void)state;
	run_edges(&r, 6, e, 6);
	for (int v = 0; v < 6; v++)
		near(r.m.v[v].eigenvector, 1);
	run_free(&r);
}

static void bipartite_path_eigenvector(void **state)
{
	static const int e[][2] = {{0, 1}, {1, 2}};
	struct run r;
	(void)state;
	run_edges(&r, 3, e, 2);
	near(r.m.v[1].eigenvector, 1);
	near(r.m.v[0].eigenvector, 1 / sqrt(2));
	run_free(&r);
}

static void tiny_and_empty(void **state)
{
	struct run r;
	(void)state;
	run_edges(&r, 1, NULL, 0);
	near(r.m.net.density, 0);
	near(r.m.net.fragmentation, 0);
	near(r.m.v[0].betweenness, 0);
	near(r.m.v[0].closeness, 0);
	near(r.m.v[0].eigenvector, 0);
	near(r.m.v[0].pagerank, 1);
	assert_true(isnan(r.m.net.modularity));
	assert_true(isnan(r.m.net.trust));
	run_free(&r);
	run_edges(&r, 0, NULL, 0);
	assert_int_equal(r.m.net.entities, 0);
	assert_int_equal(r.m.net.components, 0);
	run_free(&r);
	run_edges(&r, 3, NULL, 0);
	near(r.m.net.fragmentation, 1);
	near(r.m.net.distance_fragmentation, 1);
	assert_int_equal(r.m.net.communities, 3);
	assert_int_equal(r.m.net.isolates, 3);
	run_free(&r);
}

static void sample_of_everyone_is_exact(void **state)
{
	static const int e[][2] = {{0, 1}, {1, 2}, {2, 3}, {3, 4}, {1, 3}};
	struct run r;
	struct measures s;
	(void)state;
	run_edges(&r, 5, e, 5);
	assert_int_equal(measure_compute(&r.net, 5, &s), 0);
	assert_int_equal(s.sample, 0);
	for (int v = 0; v < 5; v++)
		near(s.v[v].betweenness, r.m.v[v].betweenness);
	measures_free(&s);
	/* A sample of 4 of 5 is an estimate, flagged as such, in range. */
	assert_int_equal(measure_compute(&r.net, 4, &s), 0);
	assert_int_equal(s.sample, 4);
	for (int v = 0; v < 5; v++)
		assert_true(s.v[v].closeness >= 0 && s.v[v].closeness <= 1);
	measures_free(&s);
	run_free(&r);
}

/* The same numbers, to the last bit, from one thread and from several, and
 * the same as igraph's own betweenness and harmonic closeness: a graph of
 * clusters with long-range ties, a second component and isolates. */
static void one_thread_and_many_agree(void **state)
{
	enum { N = 300, M = 900 };
	static int e[M][2];
	unsigned x = 2015;
	struct run r;
	struct measures t;
	igraph_vector_t btw, harm;
	(void)state;
	for (int i = 0; i < M; i++) {
		x = x * 1103515245u + 12345u;
		int a = (int)((x >> 8) % 280);
		x = x * 1103515245u + 12345u;
		int b = i % 40 ? (a + 1 + (int)((x >> 8) % 12)) % 280 : (int)((x >> 8) % 280);
		/* 250..279 only among themselves: a component of its own. */
		if ((a >= 250) != (b >= 250))
			b = a >= 250 ? 250 + (a + 1 - 250) % 30 : (a + 1) % 250;
		e[i][0] = a;
		e[i][1] = b == a ? (a >= 250 ? 250 + (a + 1 - 250) % 30 : (a + 1) % 250) : b;
	}
	setenv("PARTNERMAP_THREADS", "1", 1);
	run_edges(&r, N, e, M);
	for (long sample = 0; sample <= 50; sample += 50) {
		struct measures one;
		setenv("PARTNERMAP_THREADS", "1", 1);
		assert_int_equal(measure_compute(&r.net, sample, &one), 0);
		setenv("PARTNERMAP_THREADS", "3", 1);
		assert_int_equal(measure_compute(&r.net, sample, &t), 0);
		assert_int_equal(t.sample, sample);
		for (int v = 0; v < N; v++) {
			assert_true(t.v[v].betweenness == one.v[v].betweenness);
			assert_true(t.v[v].closeness == one.v[v].closeness);
			assert_true(t.v[v].fragmentation_without == one.v[v].fragmentation_without);
		}
		assert_true(t.net.distance_fragmentation == one.net.distance_fragmentation);
		measures_free(&one);
		measures_free(&t);
	}
	unsetenv("PARTNERMAP_THREADS");
	assert_int_equal(igraph_vector_init(&btw, 0), 0);
	assert_int_equal(igraph_vector_init(&harm, 0), 0);
	assert_int_equal(igraph_betweenness(&r.net.graph, &btw, igraph_vss_all(), false, NULL), 0);
	assert_int_equal(igraph_harmonic_centrality(&r.net.graph, &harm, igraph_vss_all(),
	                                            IGRAPH_ALL, NULL, true),
	                 0);
	for (int v = 0; v < N; v++) {
		close_to(r.m.v[v].betweenness, VECTOR(btw)[v] / ((N - 1) * (N - 2) / 2.0));
		close_to(r.m.v[v].closeness, VECTOR(harm)[v]);
	}
	/* The sample: the same 50 sources (seed 42), igraph's betweenness from
	 * them scaled by n/k, and the mean of 1/d over them. */
	igraph_vector_int_t src;
	igraph_matrix_t dist;
	assert_int_equal(igraph_vector_int_init(&src, 0), 0);
	assert_int_equal(igraph_matrix_init(&dist, 0, 0), 0);
	igraph_rng_seed(igraph_rng_default(), 42);
	assert_int_equal(igraph_random_sample(&src, 0, N - 1, 50), 0);
	assert_int_equal(igraph_betweenness_subset(&r.net.graph, &btw, igraph_vss_all(), false,
	                                           igraph_vss_vector(&src), igraph_vss_all(), NULL),
	                 0);
	assert_int_equal(igraph_distances(&r.net.graph, &dist, igraph_vss_vector(&src),
	                                  igraph_vss_all(), IGRAPH_ALL),
	                 0);
	assert_int_equal(measure_compute(&r.net, 50, &t), 0);
	for (int v = 0; v < N; v++) {
		double sum = 0;
		int others = 0;
		for (int i = 0; i < 50; i++) {
			if (VECTOR(src)[i] == v)
				continue;
			others++;
			sum += isfinite(MATRIX(dist, i, v)) ? 1 / MATRIX(dist, i, v) : 0;
		}
		close_to(t.v[v].betweenness, VECTOR(btw)[v] * N / 50 / ((N - 1) * (N - 2) / 2.0));
		close_to(t.v[v].closeness, sum / others);
	}
	measures_free(&t);
	igraph_matrix_destroy(&dist);
	igraph_vector_int_destroy(&src);
	igraph_vector_destroy(&harm);
	igraph_vector_destroy(&btw);
	run_free(&r);
}

/* Attributes, trust and confirmation on a study written by hand. */
static void ei_trust_confirmed(void **state)
{
	struct dataset *ds;
	struct diags d;
	struct network net;
	struct measures m;
	(void)state;
	assert_int_equal(
	    load_text(J("{'partnermap': 1, 'entities': ["
	                "{'id': 'g', 'name': 'G', 'kind': 'municipality'},"
	                "{'id': 'a', 'name': 'A', 'kind': 'organisation', 'domains': ['jeugd'], "
	                "'attributes': {'sector': 'zorg'}},"
	                "{'id': 'b', 'name': 'B', 'kind': 'organisation', 'domains': ['jeugd', "
	                "'wmo'], 'attributes': {'sector': 'welzijn'}},"
	                "{'id': 'c', 'name': 'C', 'kind': 'informal', 'domains': ['wmo'], "
	                "'attributes': {'sector': 'zorg'}}],"
	                "'interviews': ["
	                "{'respondent': 'a', 'ties': [{'with': 'b', 'trust': 4}, {'with': 'g', "
	                "'trust': 2}, {'with': 'c'}]},"
	                "{'respondent': 'b', 'ties': [{'with': 'a', 'trust': 3}, {'with': 'c', "
	                "'trust': 3}]},"
	                "{'respondent': 'g', 'ties': []}]}"),
	              &ds, &d),
	    LOAD_OK);
	assert_int_equal(network_build(&net, ds, 0, TIES_REPORTED), 0);
	assert_int_equal(measure_compute(&net, 0, &m), 0);
	/* Ties a-b, a-g, a-c, b-c. kind: a-b internal; a-g, a-c, b-c external:
	 * (3 - 1) / 4. */
	assert_string_equal(m.net.ei[0].key, "kind");
	near(m.net.ei[0].value, 0.5);
	/* municipalities: nobody has any: null. */
	assert_string_equal(m.net.ei[1].key, "municipalities");
	assert_true(isnan(m.net.ei[1].value));
	/* domains (g has none): a-b share jeugd, a-c external, b-c share wmo:
	 * (1 - 2) / 3. */
	near(m.net.ei[2].value, -1.0 / 3);
	/* sector: a-b external, a-c internal, b-c external: (2 - 1) / 3. */
	assert_string_equal(m.net.ei[3].key, "sector");
	near(m.net.ei[3].value, 1.0 / 3);
	/* Ratings 4, 2, 3, 3. */
	near(m.net.trust, 3);
	long a = net.vertex[1], g = net.vertex[0], c = net.vertex[3];
	near(m.v[a].trust, 3);
	near(m.v[g].trust, 2);
	near(m.v[c].trust, 3);
	assert_true(isnan(m.v[net.vertex[2]].trust) == 0);
	/* Both interviewed: a-b (confirmed), a-g (g named nobody): 1 of 2. */
	near(m.net.confirmed_share, 0.5);
	assert_int_equal(m.v[a].named_by, 1);
	assert_int_equal(m.v[c].named_by, 2);
	measures_free(&m);
	network_free(&net);
	dataset_free(ds);
	diags_release(&d);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(path_of_five),
	    cmocka_unit_test(star),
	    cmocka_unit_test(star_pagerank),
	    cmocka_unit_test(cycle_of_five),
	    cmocka_unit_test(two_triangles_and_a_bridge),
	    cmocka_unit_test(krackhardt_kite),
	    cmocka_unit_test(zachary_karate_club),
	    cmocka_unit_test(communities_by_leiden),
	    cmocka_unit_test(disconnected_with_isolates),
	    cmocka_unit_test(equal_components_share_eigenvector),
	    cmocka_unit_test(bipartite_path_eigenvector),
	    cmocka_unit_test(tiny_and_empty),
	    cmocka_unit_test(sample_of_everyone_is_exact),
	    cmocka_unit_test(one_thread_and_many_agree),
	    cmocka_unit_test(ei_trust_confirmed),
	};
	return cmocka_run_group_tests_name("measure", tests, NULL, NULL);
}
