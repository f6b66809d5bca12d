/*
 * measure: the node- and network-level measures of cli.md for one wave's
 * network. Every graph algorithm is igraph's; what igraph lacks (the
 * fragmentation measures, E-I, trust) is derived from igraph's results in
 * memory that grows with entities + ties.
 */
#ifndef PARTNERMAP_ANALYSIS_MEASURE_H
#define PARTNERMAP_ANALYSIS_MEASURE_H

#include <stdbool.h>

#include "analysis/brokerage.h"
#include "analysis/ei.h"
#include "network/network.h"

/* NAN stands for "null" (no value) wherever a double may have none. */

struct network_measures {
	long entities, ties;
	double density;
	long components, largest_component, isolates;
	double fragmentation, distance_fragmentation, degree_centralization, transitivity;
	long communities;
	double modularity; /* NAN when there are no ties */
	long cutpoints, bridges;
	double trust, confirmed_share; /* NAN when there is nothing to average */
	struct ei_index *ei;
	size_t n_ei;
};

struct entity_measures {
	long degree, named_by;
	double betweenness, closeness, eigenvector, pagerank;
	long coreness;
	long community; /* 1 for the largest */
	bool cutpoint;
	double fragmentation_without;
	long cut_off;            /* entities its removal separates from the rest of its component */
	double trust;            /* NAN when it received no rating */
	struct brokerage broker; /* constraint, effective size, roles by kind */
};

struct measures {
	struct network_measures net;
	struct entity_measures *v; /* per vertex of the network */
	long n;
	long sample; /* 0 when exact; else betweenness and closeness are estimates */
};

/* Computes every measure. sample > 0 estimates betweenness and closeness
 * from that many sources (exact when sample >= n). Returns 0, or an igraph
 * error code (IGRAPH_INTERRUPTED after Ctrl-C); *m is then empty. */
int measure_compute(const struct network *net, long sample, struct measures *m);

/* The sample that draw and report use when nobody asked for one: exact up
 * to 2,000 entities, 200 sources above, so that a large study is drawn in
 * seconds. (measure and timeline stay exact unless --sample is given.) */
long measure_default_sample(long n);

/* Only what a diagram of groups needs, in a fraction of the time: the
 * counts and density, each vertex's community and the network's
 * communities and modularity, as measure_compute() finds them; every other
 * field is 0. Returns 0, or an igraph error code; *m is then empty. */
int measure_communities(const struct network *net, struct measures *m);
void measures_free(struct measures *m);

/* Counts the brokerage roles again with groups by KEY (brokerage.h), for
 * measure --groups. Returns 0, or an igraph error code. */
int measure_brokerage(const struct network *net, const char *key, struct measures *m);

#endif
