/* The compact adjacency array, breadth-first distances over it, and the
 * betweenness and closeness sums, on graphs small enough to work out by
 * hand. */
#include "unit.h"

#include <stdlib.h>

#include "util/cores.h"
#include "util/csr.h"
#include "analysis/paths.h"

/* 0-1-2-3 with 1-4, and 5 alone. */
static void graph(igraph_t *g)
{
	assert_int_equal(igraph_small(g, 6, IGRAPH_UNDIRECTED, 2, 3, 0, 1, 1, 2, 4, 1, -1), 0);
}

static void adjacency_and_distances(void **state)
{
	igraph_t ig;
	struct csr g;
	int dist[6] = {-1, -1, -1, -1, -1, -1}, order[6];
	static const int from0[] = {0, 1, 2, 3, 2, -1}, from3[] = {3, 2, 1, 0, 3, -1};
	(void)state;
	graph(&ig);
	assert_int_equal(csr_build(&g, &ig), 0);
	assert_int_equal(g.n, 6);
	/* Neighbours in increasing order: 1 has 0, 2, 4. */
	assert_int_equal(g.start[2] - g.start[1], 3);
	assert_int_equal(g.adj[g.start[1]], 0);
	assert_int_equal(g.adj[g.start[1] + 1], 2);
	assert_int_equal(g.adj[g.start[1] + 2], 4);
	assert_int_equal(g.start[6], 8);
	int count = csr_bfs(&g, 0, dist, order);
	assert_int_equal(count, 5);
	assert_int_equal(order[0], 0);
	for (int v = 0; v < 6; v++)
		assert_int_equal(dist[v], from0[v]);
	csr_bfs_reset(dist, order, count);
	assert_int_equal(csr_bfs(&g, 3, dist, order), 5);
	for (int v = 0; v < 6; v++)
		assert_int_equal(dist[v], from3[v]);
	csr_free(&g);
	igraph_destroy(&ig);
}

/* Betweenness sums over ordered pairs: 1 lies on 0-2, 0-3, 4-2, 4-3, 0-4
 * (5 pairs, twice each), 2 on 0-3, 1-3, 4-3 (3, twice each). Harmonic of
 * 1: 1 + 1 + 1 + 1/2. */
static void sums_by_hand_on_any_number_of_threads(void **state)
{
	igraph_t ig;
	struct csr g;
	struct path_sums one, four;
	static const int sources[] = {3, 5};
	(void)state;
	graph(&ig);
	assert_int_equal(csr_build(&g, &ig), 0);
	assert_int_equal(paths_compute(&g, NULL, 0, 1, &one), 0);
	assert_int_equal(paths_compute(&g, NULL, 0, 4, &four), 0);
	assert_true(one.betweenness[1] == 10 && one.betweenness[2] == 6);
	assert_true(one.betweenness[0] == 0 && one.betweenness[5] == 0);
	assert_true(one.harmonic[1] == 3.5 && one.harmonic[5] == 0);
	for (int v = 0; v < 6; v++) {
		assert_true(one.betweenness[v] == four.betweenness[v]);
		assert_true(one.harmonic[v] == four.harmonic[v]);
	}
	path_sums_free(&four);
	path_sums_free(&one);
	/* From 3 alone: 2 lies on 3-1, 3-0, 3-4; 1 on 3-0, 3-4. Each vertex
	 * gets 1/d(3, v). */
	assert_int_equal(paths_compute(&g, sources, 2, 2, &one), 0);
	assert_true(one.betweenness[2] == 3 && one.betweenness[1] == 2);
	assert_true(one.harmonic[0] == 1.0 / 3 && one.harmonic[2] == 1 && one.harmonic[3] == 0);
	path_sums_free(&one);
	csr_free(&g);
	igraph_destroy(&ig);
}

/* Started, then finished after other work on the calling thread: the same
 * sums as in one go; stopped half-way: nothing leaks (ASan). */
static void started_then_finished_or_stopped(void **state)
{
	igraph_t ig;
	struct csr g;
	struct path_sums one, two;
	(void)state;
	graph(&ig);
	assert_int_equal(csr_build(&g, &ig), 0);
	assert_int_equal(paths_compute(&g, NULL, 0, 1, &one), 0);
	struct paths_run *run = paths_start(&g, NULL, 0, 2);
	igraph_integer_t count = 0;
	assert_int_equal(igraph_connected_components(&ig, NULL, NULL, &count, IGRAPH_WEAK), 0);
	assert_int_equal(count, 2);
	assert_int_equal(paths_finish(run, &two), 0);
	for (int v = 0; v < 6; v++) {
		assert_true(one.betweenness[v] == two.betweenness[v]);
		assert_true(one.harmonic[v] == two.harmonic[v]);
	}
	path_sums_free(&two);
	path_sums_free(&one);
	paths_abort(paths_start(&g, NULL, 0, 3));
	paths_abort(paths_start(&g, NULL, 0, 1));
	csr_free(&g);
	igraph_destroy(&ig);
}

static void threads_from_the_environment(void **state)
{
	(void)state;
	setenv("PARTNERMAP_THREADS", "3", 1);
	assert_int_equal(cores(), 3);
	setenv("PARTNERMAP_THREADS", "many", 1);
	assert_true(cores() >= 1);
	unsetenv("PARTNERMAP_THREADS");
	assert_true(cores() >= 1);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(adjacency_and_distances),
	    cmocka_unit_test(sums_by_hand_on_any_number_of_threads),
	    cmocka_unit_test(started_then_finished_or_stopped),
	    cmocka_unit_test(threads_from_the_environment),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
