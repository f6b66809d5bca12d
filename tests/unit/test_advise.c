/* advise on graphs whose answers are known by hand, and on random graphs
 * against a brute force written here with igraph's distances (every set
 * removed, every pair added, one at a time). Entities are listed in the
 * file in an order other than their ids, so that the tie-break (the set
 * whose ids come first) is tested, not the order of the file. */
#include "unit.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "analysis/advise.h"
#include "util/strbuf.h"

#define EPS 1e-9

struct run {
	struct dataset *ds;
	struct diags d;
	struct network net;
	struct advice a;
};

/* Entities "v00".."v(n-1)" listed from the last to the first; edge i-j is
 * named by i in its interview. */
static void build(struct run *r, int n, const int (*edges)[2], int m)
{
	struct strbuf sb;

	sb_init(&sb);
	sb_adds(&sb, "{\"partnermap\": 1, \"entities\": [");
	for (int i = n - 1; i >= 0; i--)
		sb_addf(&sb,
		        "%s{\"id\": \"v%02d\", \"name\": \"V%02d\", \"kind\": \"organisation\"}",
		        i == n - 1 ? "" : ",", i, i);
	sb_adds(&sb, "], \"interviews\": [");
	for (int i = 0; i < n; i++) {
		sb_addf(&sb, "%s{\"respondent\": \"v%02d\", \"ties\": [", i ? "," : "", i);
		for (int e = 0, k = 0; e < m; e++)
			if (edges[e][0] == i)
				sb_addf(&sb, "%s{\"with\": \"v%02d\"}", k++ ? "," : "",
				        edges[e][1]);
		sb_adds(&sb, "]}");
	}
	sb_adds(&sb, "]}");
	memset(&r->d, 0, sizeof(r->d));
	assert_int_equal(load_buffer(sb.buf, sb.len, false, &r->ds, &r->d), LOAD_OK);
	assert_int_equal(network_build(&r->net, r->ds, 0, TIES_REPORTED), 0);
	sb_release(&sb);
}

static void advise(struct run *r, long k)
{
	assert_int_equal(advise_compute(&r->net, NULL, k, &r->a), 0);
}

static void done(struct run *r)
{
	advice_free(&r->a);
	network_free(&r->net);
	dataset_free(r->ds);
	diags_release(&r->d);
}

/* The id of vertex v. */
static const char *id(const struct run *r, igraph_integer_t v)
{
	return network_entity(&r->net, v)->id;
}

/* Distance fragmentation of graph G without the vertices flagged in OUT
 * (may be NULL), from igraph's distances. */
static double brute_df(const igraph_t *g, const bool *out)
{
	igraph_vector_int_t keep;
	igraph_t sub;
	igraph_matrix_t dist;
	double sum = 0;

	igraph_vector_int_init(&keep, 0);
	for (igraph_integer_t v = 0; v < igraph_vcount(g); v++)
		if (!out || !out[v])
			igraph_vector_int_push_back(&keep, v);
	igraph_induced_subgraph(g, &sub, igraph_vss_vector(&keep), IGRAPH_SUBGRAPH_AUTO);
	igraph_matrix_init(&dist, 0, 0);
	igraph_distances(&sub, &dist, igraph_vss_all(), igraph_vss_all(), IGRAPH_ALL);
	long n = (long)igraph_vcount(&sub);
	for (long i = 0; i < n; i++)
		for (long j = 0; j < n; j++)
			if (i != j && isfinite(MATRIX(dist, i, j)))
				sum += 1 / MATRIX(dist, i, j);
	igraph_matrix_destroy(&dist);
	igraph_destroy(&sub);
	igraph_vector_int_destroy(&keep);
	return n < 2 ? 0 : 1 - sum / ((double)n * (double)(n - 1));
}

/* Vertex of id rank i (ids sort as v00, v01, ...; vertices follow the
 * file, which lists them backwards). */
static igraph_integer_t vertex_of(const struct run *r, int i)
{
	char name[8];
	snprintf(name, sizeof(name), "v%02d", i);
	return r->net.vertex[dataset_entity(r->ds, name)];
}

/* The best set of K ranks to remove by trying every one, the first (in
 * rank order) among equals, and its value. */
static double brute_keep(const struct run *r, int n, int k, int *best)
{
	int c[ADVISE_MAX_K];
	bool *out = calloc((size_t)n + 1, 1);
	double top = -1;

	for (int i = 0; i < k; i++)
		c[i] = i;
	for (;;) {
		memset(out, 0, (size_t)n);
		for (int i = 0; i < k; i++)
			out[vertex_of(r, c[i])] = true;
		double v = brute_df(&r->net.graph, out);
		if (v > top + EPS) {
			top = v;
			memcpy(best, c, (size_t)k * sizeof(int));
		}
		int j = k - 1;
		while (j >= 0 && c[j] == n - k + j)
			j--;
		if (j < 0)
			break;
		c[j]++;
		for (int t = j + 1; t < k; t++)
			c[t] = c[t - 1] + 1;
	}
	free(out);
	return top;
}

static void assert_keep_is_brute(struct run *r, int n, int k)
{
	int best[ADVISE_MAX_K];
	double top = brute_keep(r, n, k, best);

	assert_true(r->a.keep_exact);
	assert_int_equal(r->a.n_keep, k);
	assert_true(fabs(r->a.keep_fragmentation - top) < EPS);
	for (int i = 0; i < k; i++)
		assert_int_equal(r->a.keep[i], vertex_of(r, best[i]));
}

/* The ties one after another by trying every pair on a copy of the graph. */
static void assert_ties_are_brute(struct run *r, int n, int k)
{
	igraph_t g;

	igraph_copy(&g, &r->net.graph);
	assert_true(fabs(r->a.distance_fragmentation - brute_df(&g, NULL)) < EPS);
	for (int step = 0; step < k; step++) {
		double top = 2;
		int ba = -1, bb = -1;
		for (int i = 0; i < n; i++) {
			for (int j = i + 1; j < n; j++) {
				igraph_integer_t eid;
				igraph_integer_t u = vertex_of(r, i), v = vertex_of(r, j);
				igraph_get_eid(&g, &eid, u, v, IGRAPH_UNDIRECTED, false);
				if (eid >= 0)
					continue;
				igraph_add_edge(&g, u, v);
				double x = brute_df(&g, NULL);
				igraph_delete_edges(&g, igraph_ess_1(igraph_ecount(&g) - 1));
				if (x < top - EPS)
					top = x, ba = i, bb = j;
			}
		}
		if (ba < 0) {
			assert_int_equal(r->a.n_ties, step);
			break;
		}
		assert_true((size_t)step < r->a.n_ties);
		assert_int_equal(r->a.ties[step].a, vertex_of(r, ba));
		assert_int_equal(r->a.ties[step].b, vertex_of(r, bb));
		assert_true(fabs(r->a.ties[step].distance_fragmentation - top) < EPS);
		igraph_add_edge(&g, vertex_of(r, ba), vertex_of(r, bb));
	}
	igraph_destroy(&g);
}

/* a - b - c - d - e: without c the path falls in two pairs, the most
 * distance fragmentation one entity can cause: 1 - (4 x 1) / (4 x 3). */
static void path_middle_is_key_player(void **state)
{
	static const int edges[][2] = {{0, 1}, {1, 2}, {2, 3}, {3, 4}};
	struct run r;

	(void)state;
	build(&r, 5, edges, 4);
	advise(&r, 1);
	assert_int_equal(r.a.n_keep, 1);
	assert_string_equal(id(&r, r.a.keep[0]), "v02");
	assert_true(fabs(r.a.keep_fragmentation - 2.0 / 3) < EPS);
	/* Reach: b, c and d each reach two of the four others; b comes first. */
	assert_string_equal(id(&r, r.a.reach[0]), "v01");
	assert_true(fabs(r.a.reach_share - 0.5) < EPS);
	/* The tie that closes the path into a cycle brings most pairs closer. */
	assert_string_equal(id(&r, r.a.ties[0].a), "v00");
	assert_string_equal(id(&r, r.a.ties[0].b), "v04");
	assert_true(advice_exact(&r.a));
	assert_ties_are_brute(&r, 5, 1);
	done(&r);
}

/* A star: without its centre nobody is connected (fragmentation 1); the
 * centre reaches everyone. */
static void star_centre(void **state)
{
	static const int edges[][2] = {{3, 0}, {3, 1}, {3, 2}, {3, 4}, {3, 5}};
	struct run r;

	(void)state;
	build(&r, 6, edges, 5);
	advise(&r, 1);
	assert_string_equal(id(&r, r.a.keep[0]), "v03");
	assert_true(fabs(r.a.keep_fragmentation - 1) < EPS);
	assert_string_equal(id(&r, r.a.reach[0]), "v03");
	assert_int_equal(r.a.reached, 5);
	assert_true(fabs(r.a.reach_share - 1) < EPS);
	/* Every new tie joins two leaves and brings only them closer (2 to 1):
	 * the first pair by id, v00-v01. */
	assert_string_equal(id(&r, r.a.ties[0].a), "v00");
	assert_string_equal(id(&r, r.a.ties[0].b), "v01");
	assert_int_equal(r.a.ties[0].closer, 1);
	done(&r);
}

/* Two cliques of four, {v00..v03} and {v04..v07}, joined by the bridge
 * v00-v04. By hand: the sum of 1/d is 24 inside the cliques plus, per
 * direction, 1 (the bridge) + 6 x 1/2 (a bridge end to the other side) +
 * 9 x 1/3 (the rest) = 7, so 38 over 56 ordered pairs. The best new tie is
 * a second bridge between two entities that are not bridge ends (v01-v05
 * first by id): v01-v05 goes from 3 to 1 and v01-v06, v01-v07, v02-v05,
 * v03-v05 from 3 to 2, so 5 pairs come closer and the sum grows by
 * 2 x (2/3 + 4 x 1/6) = 8/3; a tie from a bridge end gains only 2 x 1. */
static void two_cliques_best_new_tie(void **state)
{
	int edges[13][2], m = 0;
	struct run r;

	(void)state;
	for (int c = 0; c < 2; c++)
		for (int i = 0; i < 4; i++)
			for (int j = i + 1; j < 4; j++)
				edges[m][0] = 4 * c + i, edges[m++][1] = 4 * c + j;
	edges[m][0] = 0, edges[m++][1] = 4;
	build(&r, 8, (const int(*)[2])edges, m);
	advise(&r, 3);
	assert_true(fabs(r.a.distance_fragmentation - (1 - 38.0 / 56)) < EPS);
	assert_string_equal(id(&r, r.a.ties[0].a), "v01");
	assert_string_equal(id(&r, r.a.ties[0].b), "v05");
	assert_int_equal(r.a.ties[0].closer, 5);
	assert_true(fabs(r.a.ties[0].distance_fragmentation - (1 - (38 + 8.0 / 3) / 56)) < EPS);
	assert_ties_are_brute(&r, 8, 3);
	/* Keep: the two ends of the bridge together cut the field in two. */
	assert_keep_is_brute(&r, 8, 3);
	done(&r);
}

/* Two equally good answers: in a - b - c - d, b and c are equally key,
 * and in two separate pairs every cross tie is equally good. The answer
 * whose ids come first is given: b, and v00-v02. */
static void equal_answers_first_by_id(void **state)
{
	static const int path[][2] = {{0, 1}, {1, 2}, {2, 3}};
	static const int pairs[][2] = {{0, 1}, {2, 3}};
	struct run r;

	(void)state;
	build(&r, 4, path, 3);
	advise(&r, 1);
	assert_string_equal(id(&r, r.a.keep[0]), "v01");
	assert_string_equal(id(&r, r.a.reach[0]), "v01");
	done(&r);
	build(&r, 4, pairs, 2);
	advise(&r, 1);
	assert_string_equal(id(&r, r.a.ties[0].a), "v00");
	assert_string_equal(id(&r, r.a.ties[0].b), "v02");
	done(&r);
}

/* Random graphs, sparse and dense, connected or not: every answer is the
 * brute force's (keep for K = 1..3, ties for K = 3). */
static void random_graphs_match_brute_force(void **state)
{
	unsigned seed = 12345;

	(void)state;
	for (int round = 0; round < 12; round++) {
		int n = 7 + round % 6, m = 0, edges[80][2];
		int per_mille = round % 3 == 0 ? 180 : round % 3 == 1 ? 300 : 500;
		for (int i = 0; i < n; i++) {
			for (int j = i + 1; j < n; j++) {
				seed = seed * 1103515245u + 12345u;
				if ((int)((seed >> 16) % 1000) < per_mille && m < 80)
					edges[m][0] = i, edges[m++][1] = j;
			}
		}
		for (int k = 1; k <= 3; k++) {
			struct run r;
			build(&r, n, (const int(*)[2])edges, m);
			advise(&r, k);
			assert_keep_is_brute(&r, n, k);
			if (k == 3)
				assert_ties_are_brute(&r, n, k);
			done(&r);
		}
	}
}

/* Above a million sets the answer comes from the search, and says so; it
 * is still a valid set with its true value. */
static void large_study_is_searched(void **state)
{
	enum { N = 200 };
	static int edges[3 * N][2];
	int m = 0;
	struct run r;

	(void)state;
	for (int i = 0; i < N; i++) {
		edges[m][0] = i, edges[m++][1] = (i + 1) % N;
		if (i % 7 == 0)
			edges[m][0] = i, edges[m++][1] = (i * 13 + 5) % N;
	}
	for (int e = 0; e < m; e++)
		if (edges[e][0] > edges[e][1]) {
			int t = edges[e][0];
			edges[e][0] = edges[e][1];
			edges[e][1] = t;
		}
	build(&r, N, (const int(*)[2])edges, m);
	advise(&r, 3);
	assert_false(r.a.keep_exact);
	assert_false(r.a.reach_exact);
	assert_true(r.a.ties_exact); /* 19,900 pairs */
	assert_false(advice_exact(&r.a));
	bool out[N] = {0};
	for (size_t i = 0; i < r.a.n_keep; i++)
		out[r.a.keep[i]] = true;
	assert_true(fabs(brute_df(&r.net.graph, out) - r.a.keep_fragmentation) < EPS);
	assert_true(r.a.keep_fragmentation > r.a.distance_fragmentation);
	done(&r);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(path_middle_is_key_player),
	    cmocka_unit_test(star_centre),
	    cmocka_unit_test(two_cliques_best_new_tie),
	    cmocka_unit_test(equal_answers_first_by_id),
	    cmocka_unit_test(random_graphs_match_brute_force),
	    cmocka_unit_test(large_study_is_searched),
	};
	return cmocka_run_group_tests_name("advise", tests, NULL, NULL);
}
