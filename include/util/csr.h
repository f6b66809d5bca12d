/*
 * csr: a graph as a compact adjacency array (compressed sparse rows) and
 * breadth-first distances over it, for algorithms that run one search per
 * source and want the neighbours of a vertex in consecutive memory. The
 * caller owns struct csr and releases it with csr_free(); a csr_bfs buffer
 * is the caller's too, so that threads can search side by side.
 */
#ifndef PARTNERMAP_UTIL_CSR_H
#define PARTNERMAP_UTIL_CSR_H

#include <igraph.h>

struct csr {
	int n;      /* vertices */
	int *start; /* n + 1 offsets: the neighbours of v are adj[start[v] .. start[v+1]) */
	int *adj;   /* each neighbour list in increasing vertex order, as igraph's */
};

/* Copies an undirected igraph graph (each edge in both lists). Returns 0,
 * or IGRAPH_EOVERFLOW when it has more than INT_MAX arcs, or another
 * igraph error code; *g is then empty and needs no csr_free(). */
int csr_build(struct csr *g, const igraph_t *graph);
void csr_free(struct csr *g);

/* Breadth-first distances from s. dist must hold n entries, all -1 on
 * entry (as on return, apart from the vertices reached); order receives
 * the vertices reached, s first, in the order found, which is
 * non-decreasing distance. Returns how many were reached. Reset dist with
 * csr_bfs_reset() to search again with the same buffer. */
int csr_bfs(const struct csr *g, int s, int *dist, int *order);

/* Sets dist back to -1 for the count vertices of order. */
void csr_bfs_reset(int *dist, const int *order, int count);

#endif
