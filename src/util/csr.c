/* csr: compact adjacency arrays and breadth-first distances over them. */
#include "util/csr.h"
#include "util/strbuf.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>

/* Two counting sorts: the arcs by their tail, in edge order, then once
 * more by tail, read in increasing order of head, which leaves every
 * neighbour list sorted, as igraph lists them. Linear in vertices + edges. */
int csr_build(struct csr *g, const igraph_t *graph)
{
	igraph_integer_t n = igraph_vcount(graph), m = igraph_ecount(graph);

	memset(g, 0, sizeof(*g));
	if (n >= INT_MAX || 2 * m >= INT_MAX)
		IGRAPH_ERROR("graph too large for a compact adjacency array", IGRAPH_EOVERFLOW);
	int *start = xcalloc((size_t)n + 2, sizeof(*start));
	int *fill = xcalloc((size_t)n + 1, sizeof(*fill));
	int *unsorted = xcalloc(2 * (size_t)m + 1, sizeof(*unsorted));
	int *adj = xcalloc(2 * (size_t)m + 1, sizeof(*adj));
	for (igraph_integer_t e = 0; e < m; e++) {
		start[IGRAPH_FROM(graph, e) + 1]++;
		start[IGRAPH_TO(graph, e) + 1]++;
	}
	for (igraph_integer_t v = 0; v < n; v++)
		start[v + 1] += start[v];
	for (igraph_integer_t e = 0; e < m; e++) {
		int a = (int)IGRAPH_FROM(graph, e), b = (int)IGRAPH_TO(graph, e);
		unsorted[start[a] + fill[a]++] = b;
		unsorted[start[b] + fill[b]++] = a;
	}
	memset(fill, 0, ((size_t)n + 1) * sizeof(*fill));
	for (int u = 0; u < (int)n; u++)
		for (int i = start[u]; i < start[u + 1]; i++) {
			int v = unsorted[i];
			adj[start[v] + fill[v]++] = u;
		}
	free(unsorted);
	free(fill);
	g->n = (int)n;
	g->start = start;
	g->adj = adj;
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
