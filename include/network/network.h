/*
 * network: the network of one wave, as dataset.md defines it, built once and
 * read by every analysis. Vertex v stands for entity entity[v]; edge e of
 * the igraph graph is ties[e]. The network borrows strings from the
 * dataset, which must outlive it; network_free() releases the rest.
 */
#ifndef PARTNERMAP_NETWORK_NETWORK_H
#define PARTNERMAP_NETWORK_NETWORK_H

#include <igraph.h>
#include <stdbool.h>

#include "study/dataset.h"

struct net_tie {
	igraph_integer_t a, b; /* vertices, a < b */
	const char **types;    /* sorted, distinct; "membership" for a team membership */
	size_t n_types;
	int level;   /* highest level reported; 3 for a membership */
	int reports; /* interviews that name the tie */
	bool a_named_b, b_named_a;
	bool membership;  /* one is an active member of the other */
	bool confirmed;   /* both interviewed in the wave and both named the other */
	int since;        /* earliest `since` reported; DATE_NONE when none */
	int trust_a_gave; /* a's trust rating of b, 0 when none; likewise b's */
	int trust_b_gave;
	bool added; /* exists only because a what-if added it (type "what-if") */
};

enum tie_filter { TIES_REPORTED, TIES_CONFIRMED };

/* A what-if (cli.md): entities taken out of the network and ties put in,
 * before anything is computed. Entity indexes; the arrays belong to whoever
 * made the edit and must outlive every network built with it. */
struct tie_pair {
	size_t a, b;
};

struct network_edit {
	size_t *without;
	size_t n_without;
	struct tie_pair *add;
	size_t n_add;
};

/* Frees the arrays of an edit made with malloc and empties it. */
void network_edit_free(struct network_edit *edit);

struct network {
	const struct dataset *ds;
	size_t wave;
	igraph_t graph;           /* undirected, simple */
	igraph_integer_t n;       /* vertices */
	size_t *entity;           /* vertex -> entity index */
	igraph_integer_t *vertex; /* entity index -> vertex, -1 when absent */
	struct net_tie *ties;     /* edge id -> tie */
	igraph_integer_t m;
	int *named_by;                   /* per vertex: respondents naming it on a kept tie */
	bool *interviewed;               /* per vertex: interviewed in this wave */
	const struct network_edit *edit; /* NULL, or the what-if it was built with */
};

/* Builds the network of wave WAVE. Returns 0, or an igraph error code
 * (nothing to free then). */
int network_build(struct network *net, const struct dataset *ds, size_t wave,
                  enum tie_filter filter);
void network_free(struct network *net);

/* Builds the network of wave WAVE changed by EDIT (NULL: unchanged): the
 * entities of edit->without are absent, with their ties, and each pair of
 * edit->add whose two entities take part gets a tie of type "what-if"
 * (level 1, named by nobody) marked `added`. A pair that is already tied
 * keeps its tie, not marked `added` (network_edit_check() tells). Returns
 * 0, or an igraph error code (nothing to free then). */
int network_build_edited(struct network *net, const struct dataset *ds, size_t wave,
                         enum tie_filter filter, const struct network_edit *edit);

/* Whether the edit changes anything. */
bool network_edit_any(const struct network_edit *edit);

/* Builds the union of every wave's network: every entity that takes part
 * in some wave and every tie of some wave (the latest state of each tie);
 * the basis of layouts that stay put from wave to wave. */
int network_build_union(struct network *net, const struct dataset *ds, enum tie_filter filter);

/* The tie between two vertices, or NULL. */
const struct net_tie *network_tie(const struct network *net, igraph_integer_t u,
                                  igraph_integer_t v);

/* The entity of a vertex. */
const struct entity *network_entity(const struct network *net, igraph_integer_t v);

/* Why igraph failed (RC), as a person should read it: in the messages'
 * language with what to do where one can do something (memory, a file),
 * else igraph's own words. */
const char *network_igraph_reason(igraph_error_t rc);

#endif
