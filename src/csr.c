/* csr: compact adjacency arrays and breadth-first distances over them. */
#include "csr.h"
#include "strbuf.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>

int csr_build(struct csr *g, const igraph_t *graph)
{
	igraph_vector_int_t nb;
	igraph_integer_t n = igraph_vcount(graph), arcs = 2 * igraph_ecount(graph);

	memset(g, 0, sizeof(*g));
	if (n >= INT_MAX || arcs >= INT_MAX)
		IGRAPH_ERROR("graph too large for a compact adjacency array", IGRAPH_EOVERFLOW);
	IGRAPH_CHECK(igraph_vector_int_init(&nb, 0));
	IGRAPH_FINALLY(igraph_vector_int_destroy, &nb);
	g->n = (int)n;
	g->start = xcalloc((size_t)n + 1, sizeof(*g->start));
	g->adj = xcalloc((size_t)arcs + 1, sizeof(*g->adj));
	IGRAPH_FINALLY(csr_free, g);
	for (igraph_integer_t v = 0; v < n; v++) {
		/* igraph lists the neighbours of a vertex in increasing order. */
		IGRAPH_CHECK(igraph_neighbors(graph, &nb, v, IGRAPH_ALL));
		igraph_integer_t deg = igraph_vector_int_size(&nb);
		if (g->start[v] + deg > arcs)
			IGRAPH_ERROR("neighbour lists longer than the edges", IGRAPH_EINTERNAL);
		for (igraph_integer_t i = 0; i < deg; i++)
			g->adj[g->start[v] + i] = (int)VECTOR(nb)[i];
		g->start[v + 1] = g->start[v] + (int)deg;
	}
	igraph_vector_int_destroy(&nb);
	IGRAPH_FINALLY_CLEAN(2);
	return IGRAPH_SUCCESS;
}

void csr_free(struct csr *g)
{
	free(g->start);
	free(g->adj);
	memset(g, 0, sizeof(*g));
}

int csr_bfs(const struct csr *g, int s, int *dist, int *order)
{
	int head = 0, tail = 1;

	dist[s] = 0;
	order[0] = s;
	while (head < tail) {
		int v = order[head++], d = dist[v] + 1;
		for (int e = g->start[v]; e < g->start[v + 1]; e++) {
			int w = g->adj[e];
			if (dist[w] < 0) {
				dist[w] = d;
				order[tail++] = w;
			}
		}
	}
	return tail;
}

void csr_bfs_reset(int *dist, const int *order, int count)
{
	for (int i = 0; i < count; i++)
		dist[order[i]] = -1;
}
