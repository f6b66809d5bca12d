/*
 * brokerage: constraint, effective size and brokerage roles from one list
 * of triangles (igraph_list_triangles). For a broker v whose partners fall
 * into groups of c_g partners, the pairs of partners by role are counted
 * from the c_g alone (C(c_g, 2) pairs inside a group, c_g * c_h across
 * two), and the pairs that are tied to each other, which are exactly the
 * triangles through v, are then taken off, so the cost is the ties plus
 * the triangles, not the pairs of partners.
 */
#include "analysis/brokerage.h"
#include "util/strbuf.h"
#include "util/strmap.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

const char *role_name(enum role r)
{
	static const char *const names[ROLE_COUNT] = {"coordinator", "consultant", "gatekeeper",
	                                              "liaison"};
	return r < ROLE_COUNT ? names[r] : "";
}

static const char *attribute(const struct entity *e, const char *key)
{
	for (size_t i = 0; i < e->n_attributes; i++)
		if (!strcmp(e->attributes[i].key, key))
			return e->attributes[i].value;
	return NULL;
}

bool groups_key_valid(const struct dataset *ds, const char *key)
{
	if (!key || !strcmp(key, "kind") || !strcmp(key, "municipalities"))
		return true;
	for (size_t e = 0; e < ds->n_entities; e++)
		if (attribute(&ds->entities[e], key))
			return true;
	return false;
}

/* The value of E under KEY, or NULL when it has none or several. */
static const char *value_of(const struct dataset *ds, const struct entity *e, const char *key)
{
	if (!key || !strcmp(key, "kind"))
		return kind_name(e->kind);
	if (!strcmp(key, "municipalities"))
		return e->n_municipalities == 1 ? ds->entities[e->municipalities[0]].name : NULL;
	return attribute(e, key);
}

int *groups_of(const struct network *net, const char *key, int *n_groups, const char ***names)
{
	int *group = xcalloc((size_t)net->n + 1, sizeof(*group));
	const char **name = xcalloc((size_t)net->n + KIND_COUNT, sizeof(*name));
	struct strmap seen;
	int count = 0;

	/* Kinds are numbered as the dataset numbers them, every kind a group. */
	bool by_kind = !key || !strcmp(key, "kind");

	if (by_kind) {
		for (int k = 0; k < KIND_COUNT; k++)
			name[k] = kind_name((enum kind)k);
		for (igraph_integer_t v = 0; v < net->n; v++)
			group[v] = (int)network_entity(net, v)->kind;
		count = KIND_COUNT;
	}
	strmap_init(&seen);
	for (igraph_integer_t v = 0; !by_kind && v < net->n; v++) {
		const char *value = value_of(net->ds, network_entity(net, v), key);
		group[v] = -1;
		if (!value)
			continue;
		size_t g;
		if (strmap_get(&seen, value, &g) < 0) {
			g = (size_t)count;
			name[count++] = value;
			strmap_put(&seen, value, g);
		}
		group[v] = (int)g;
	}
	strmap_release(&seen);
	*n_groups = count;
	if (names)
		*names = name;
	else
		free(name);
	return group;
}

/* The role of the pair (j, k) for a broker in group gv: -1 when an end has
 * no group. */
static int role_of(int gv, int gj, int gk)
{
	if (gv < 0 || gj < 0 || gk < 0)
		return -1;
	if (gj == gk)
		return gj == gv ? ROLE_COORDINATOR : ROLE_CONSULTANT;
	return gj == gv || gk == gv ? ROLE_GATEKEEPER : ROLE_LIAISON;
}

static bool is_informal(const struct network *net, igraph_integer_t v)
{
	return network_entity(net, v)->kind == KIND_INFORMAL;
}

/* Each tie's sum over the partners q that its two ends share of
 * 1/degree(q), the indirect part of both ends' constraint on it; each
 * vertex's triangles; and the closed pairs taken off the roles. */
static int triangles(const struct network *net, const igraph_vector_int_t *deg, const int *group,
                     double *shared, long *tri, struct brokerage *b)
{
	igraph_vector_int_t list;

	IGRAPH_CHECK(igraph_vector_int_init(&list, 0));
	IGRAPH_FINALLY(igraph_vector_int_destroy, &list);
	IGRAPH_CHECK(igraph_list_triangles(&net->graph, &list));
	for (igraph_integer_t i = 0; i + 2 < igraph_vector_int_size(&list); i += 3) {
		igraph_integer_t t[3] = {VECTOR(list)[i], VECTOR(list)[i + 1], VECTOR(list)[i + 2]};
		for (int k = 0; k < 3; k++) {
			igraph_integer_t x = t[k], y = t[(k + 1) % 3], q = t[(k + 2) % 3], e;
			IGRAPH_CHECK(
			    igraph_get_eid(&net->graph, &e, x, y, IGRAPH_UNDIRECTED, true));
			shared[e] += 1.0 / (double)VECTOR(*deg)[q];
			tri[q]++;
			int r = role_of(group[q], group[x], group[y]);
			if (r >= 0)
				b[q].roles[r]--;
			b[q].informal_bridge -= is_informal(net, x) != is_informal(net, y);
		}
	}
	igraph_vector_int_destroy(&list);
	IGRAPH_FINALLY_CLEAN(1);
	return IGRAPH_SUCCESS;
}

/* Every pair of partners by role, open or not: from the partners' group
 * counts, in one pass over each vertex's partners. */
static int all_pairs(const struct network *net, const int *group, int n_groups, struct brokerage *b)
{
	igraph_adjlist_t al;
	long *count = xcalloc((size_t)n_groups + 1, sizeof(*count));

	IGRAPH_FINALLY(free, count);
	IGRAPH_CHECK(
	    igraph_adjlist_init(&net->graph, &al, IGRAPH_ALL, IGRAPH_NO_LOOPS, IGRAPH_NO_MULTIPLE));
	IGRAPH_FINALLY(igraph_adjlist_destroy, &al);
	for (igraph_integer_t v = 0; v < net->n; v++) {
		igraph_vector_int_t *nb = igraph_adjlist_get(&al, v);
		igraph_integer_t d = igraph_vector_int_size(nb);
		int gv = group[v];
		double valued = 0, same = 0, pairs_other = 0, squares_other = 0, informal = 0;
		for (igraph_integer_t i = 0; i < d; i++)
			informal += is_informal(net, VECTOR(*nb)[i]);
		b[v].informal_bridge += informal * ((double)d - informal);
		if (gv < 0) {
			for (int r = 0; r < ROLE_COUNT; r++)
				b[v].roles[r] = NAN;
			continue;
		}
		for (igraph_integer_t i = 0; i < d; i++) {
			int g = group[VECTOR(*nb)[i]];
			if (g >= 0)
				count[g]++, valued++;
		}
		for (igraph_integer_t i = 0; i < d; i++) {
			int g = group[VECTOR(*nb)[i]];
			if (g < 0 || !count[g])
				continue;
			double c = (double)count[g];
			if (g == gv)
				same = c;
			else
				pairs_other += c * (c - 1) / 2, squares_other += c * c;
			count[g] = 0;
		}
		double other = valued - same;
		b[v].roles[ROLE_COORDINATOR] += same * (same - 1) / 2;
		b[v].roles[ROLE_CONSULTANT] += pairs_other;
		b[v].roles[ROLE_GATEKEEPER] += same * other;
		b[v].roles[ROLE_LIAISON] += (other * other - squares_other) / 2;
	}
	igraph_adjlist_destroy(&al);
	free(count);
	IGRAPH_FINALLY_CLEAN(2);
	return IGRAPH_SUCCESS;
}

int brokerage_compute(const struct network *net, const char *key, struct brokerage *b)
{
	igraph_vector_int_t deg;
	int n_groups;
	int *group = groups_of(net, key, &n_groups, NULL);
	double *shared = xcalloc((size_t)net->m + 1, sizeof(*shared));
	long *tri = xcalloc((size_t)net->n + 1, sizeof(*tri));

	IGRAPH_FINALLY(free, group);
	IGRAPH_FINALLY(free, shared);
	IGRAPH_FINALLY(free, tri);
	IGRAPH_CHECK(igraph_vector_int_init(&deg, 0));
	IGRAPH_FINALLY(igraph_vector_int_destroy, &deg);
	IGRAPH_CHECK(
	    igraph_degree(&net->graph, &deg, igraph_vss_all(), IGRAPH_ALL, IGRAPH_NO_LOOPS));
	memset(b, 0, sizeof(*b) * (size_t)net->n);
	IGRAPH_CHECK(triangles(net, &deg, group, shared, tri, b));
	IGRAPH_CHECK(all_pairs(net, group, n_groups, b));
	/* Constraint: over each tie (i, j), (p_ij + sum_q p_iq p_qj)^2 with
	 * p_ij = 1/degree(i), which is ((1 + shared) / degree(i))^2. */
	for (igraph_integer_t e = 0; e < net->m; e++) {
		igraph_integer_t ends[2] = {IGRAPH_FROM(&net->graph, e), IGRAPH_TO(&net->graph, e)};
		for (int k = 0; k < 2; k++) {
			double c = (1 + shared[e]) / (double)VECTOR(deg)[ends[k]];
			b[ends[k]].constraint += c * c;
		}
	}
	for (igraph_integer_t v = 0; v < net->n; v++) {
		double d = (double)VECTOR(deg)[v];
		if (d == 0)
			b[v].constraint = NAN;
		b[v].effective_size = d == 0 ? 0 : d - 2.0 * (double)tri[v] / d;
	}
	igraph_vector_int_destroy(&deg);
	free(tri);
	free(shared);
	free(group);
	IGRAPH_FINALLY_CLEAN(4);
	return IGRAPH_SUCCESS;
}
