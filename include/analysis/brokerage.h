/*
 * brokerage: who sits on a structural hole and who bridges which groups
 * (cli.md's `constraint`, `effective_size` and `brokerage`), from the
 * triangles of the network alone, so that a hub of 20,000 partners costs
 * its ties and triangles, never its 2*10^8 pairs of partners. Also the
 * groups (kinds, municipalities or an attribute) that brokerage and
 * perception divide entities into.
 */
#ifndef PARTNERMAP_ANALYSIS_BROKERAGE_H
#define PARTNERMAP_ANALYSIS_BROKERAGE_H

#include "network/network.h"

/* Gould and Fernandez's roles for undirected ties, in cli.md's order. */
enum role { ROLE_COORDINATOR, ROLE_CONSULTANT, ROLE_GATEKEEPER, ROLE_LIAISON, ROLE_COUNT };

/* "coordinator", "consultant", "gatekeeper", "liaison". */
const char *role_name(enum role r);

/* Per vertex: Burt's constraint (NAN without ties), effective size, and
 * the number of open pairs of partners in each role (NAN for every role
 * when the vertex has no group). */
struct brokerage {
	double constraint, effective_size;
	double roles[ROLE_COUNT];
	/* Open pairs of an informal partner and a partner of another kind,
	 * whatever the groups: how far the vertex links the informal circuit
	 * to the rest (the report's sentence). */
	double informal_bridge;
};

/* Whether KEY (NULL for "kind") divides entities into groups: "kind",
 * "municipalities" or an attribute key some entity of the study has. */
bool groups_key_valid(const struct dataset *ds, const char *key);

/* Each vertex's group under KEY (NULL for "kind"), numbered from 0, or -1
 * for an entity without exactly one value; *n_groups is one more than the
 * largest. The caller frees the array. *NAMES (when not NULL) gets each
 * group's name, borrowed from the dataset, in an array the caller frees. */
int *groups_of(const struct network *net, const char *key, int *n_groups, const char ***names);

/* Fills B (one per vertex) for the network with groups by KEY (NULL for
 * "kind"). Returns 0, or an igraph error code (B is then partly filled). */
int brokerage_compute(const struct network *net, const char *key, struct brokerage *b);

#endif
