/* measure-table: the entity keys of `measure`, one row each. */
#include "analysis/measure-table.h"

#include <math.h>
#include <string.h>

static void get_id(const struct network *net, const struct measures *m, long v, struct cell *c)
{
	(void)m;
	c->s = network_entity(net, (igraph_integer_t)v)->id;
}

static void get_name(const struct network *net, const struct measures *m, long v, struct cell *c)
{
	(void)m;
	c->s = network_entity(net, (igraph_integer_t)v)->name;
}

static void get_kind(const struct network *net, const struct measures *m, long v, struct cell *c)
{
	(void)m;
	c->s = kind_name(network_entity(net, (igraph_integer_t)v)->kind);
}

static void get_degree(const struct network *net, const struct measures *m, long v, struct cell *c)
{
	(void)net;
	c->i = m->v[v].degree;
}

static void get_named_by(const struct network *net, const struct measures *m, long v,
                         struct cell *c)
{
	(void)net;
	c->i = m->v[v].named_by;
}

static void get_betweenness(const struct network *net, const struct measures *m, long v,
                            struct cell *c)
{
	(void)net;
	c->r = m->v[v].betweenness;
}

static void get_closeness(const struct network *net, const struct measures *m, long v,
                          struct cell *c)
{
	(void)net;
	c->r = m->v[v].closeness;
}

static void get_eigenvector(const struct network *net, const struct measures *m, long v,
                            struct cell *c)
{
	(void)net;
	c->r = m->v[v].eigenvector;
}

static void get_pagerank(const struct network *net, const struct measures *m, long v,
                         struct cell *c)
{
	(void)net;
	c->r = m->v[v].pagerank;
}

static void get_coreness(const struct network *net, const struct measures *m, long v,
                         struct cell *c)
{
	(void)net;
	c->i = m->v[v].coreness;
}

static void get_community(const struct network *net, const struct measures *m, long v,
                          struct cell *c)
{
	(void)net;
	c->i = m->v[v].community;
}

static void get_cutpoint(const struct network *net, const struct measures *m, long v,
                         struct cell *c)
{
	(void)net;
	c->b = m->v[v].cutpoint;
}

static void get_fragmentation_without(const struct network *net, const struct measures *m, long v,
                                      struct cell *c)
{
	(void)net;
	c->r = m->v[v].fragmentation_without;
}

static void get_trust(const struct network *net, const struct measures *m, long v, struct cell *c)
{
	(void)net;
	c->r = m->v[v].trust;
}

static void get_constraint(const struct network *net, const struct measures *m, long v,
                           struct cell *c)
{
	(void)net;
	c->r = m->v[v].broker.constraint;
}

static void get_effective_size(const struct network *net, const struct measures *m, long v,
                               struct cell *c)
{
	(void)net;
	c->r = m->v[v].broker.effective_size;
}

static void get_coordinator(const struct network *net, const struct measures *m, long v,
                            struct cell *c)
{
	(void)net;
	c->r = m->v[v].broker.roles[ROLE_COORDINATOR];
}

static void get_consultant(const struct network *net, const struct measures *m, long v,
                           struct cell *c)
{
	(void)net;
	c->r = m->v[v].broker.roles[ROLE_CONSULTANT];
}

static void get_gatekeeper(const struct network *net, const struct measures *m, long v,
                           struct cell *c)
{
	(void)net;
	c->r = m->v[v].broker.roles[ROLE_GATEKEEPER];
}

static void get_liaison(const struct network *net, const struct measures *m, long v, struct cell *c)
{
	(void)net;
	c->r = m->v[v].broker.roles[ROLE_LIAISON];
}

/* In the order of cli.md, which is the order of CSV columns and JSON keys. */
const struct measure_key measure_keys[] = {
    {"id", T_M_ID, T_MN_ID, T_COUNT, KEY_ID, 0, false, true, T_COUNT, get_id},
    {"name", T_M_NAME, T_MN_NAME, T_COUNT, KEY_STRING, 0, true, false, T_COUNT, get_name},
    {"kind", T_M_KIND, T_MN_KIND, T_COUNT, KEY_STRING, 0, false, false, T_COUNT, get_kind},
    {"degree", T_M_DEGREE, T_MN_DEGREE, T_COUNT, KEY_INTEGER, 0, false, false, T_SIZE_MEANS_DEGREE,
     get_degree},
    {"named_by", T_M_NAMED_BY, T_MN_NAMED_BY, T_COUNT, KEY_INTEGER, 0, false, false, T_COUNT,
     get_named_by},
    {"betweenness", T_M_BETWEENNESS, T_MN_BETWEENNESS, T_R_DEF_BETWEENNESS, KEY_NUMBER, 3, false,
     false, T_SIZE_MEANS_BETWEENNESS, get_betweenness},
    {"closeness", T_M_CLOSENESS, T_MN_CLOSENESS, T_R_DEF_CLOSENESS, KEY_NUMBER, 3, false, false,
     T_SIZE_MEANS_CLOSENESS, get_closeness},
    {"eigenvector", T_M_EIGENVECTOR, T_MN_EIGENVECTOR, T_R_DEF_EIGENVECTOR, KEY_NUMBER, 3, false,
     false, T_SIZE_MEANS_EIGENVECTOR, get_eigenvector},
    {"pagerank", T_M_PAGERANK, T_MN_PAGERANK, T_COUNT, KEY_NUMBER, 3, false, true,
     T_SIZE_MEANS_PAGERANK, get_pagerank},
    {"coreness", T_M_CORENESS, T_MN_CORENESS, T_COUNT, KEY_INTEGER, 0, false, false, T_COUNT,
     get_coreness},
    {"community", T_M_COMMUNITY, T_MN_COMMUNITY, T_COUNT, KEY_INTEGER, 0, false, false, T_COUNT,
     get_community},
    {"cutpoint", T_M_CUTPOINT, T_MN_CUTPOINT, T_R_DEF_CUTPOINT, KEY_BOOL, 0, false, false, T_COUNT,
     get_cutpoint},
    {"fragmentation_without", T_M_F_WITHOUT, T_MN_F_WITHOUT, T_COUNT, KEY_NUMBER, 3, false, false,
     T_COUNT, get_fragmentation_without},
    {"constraint", T_M_CONSTRAINT, T_MN_CONSTRAINT, T_R_DEF_CONSTRAINT, KEY_NULLABLE, 3, false,
     false, T_COUNT, get_constraint},
    {"effective_size", T_M_EFFECTIVE_SIZE, T_MN_EFFECTIVE_SIZE, T_R_DEF_EFFECTIVE_SIZE, KEY_NUMBER,
     2, false, false, T_SIZE_MEANS_EFFECTIVE_SIZE, get_effective_size},
    /* cli.md's object `brokerage`: JSON nests the keys after the dot. */
    {"brokerage.coordinator", T_M_COORDINATOR, T_MN_COORDINATOR, T_R_DEF_BROKERAGE, KEY_NULLABLE, 0,
     false, true, T_COUNT, get_coordinator},
    {"brokerage.consultant", T_M_CONSULTANT, T_MN_CONSULTANT, T_COUNT, KEY_NULLABLE, 0, false, true,
     T_COUNT, get_consultant},
    {"brokerage.gatekeeper", T_M_GATEKEEPER, T_MN_GATEKEEPER, T_COUNT, KEY_NULLABLE, 0, false,
     false, T_COUNT, get_gatekeeper},
    {"brokerage.liaison", T_M_LIAISON, T_MN_LIAISON, T_COUNT, KEY_NULLABLE, 0, false, false,
     T_COUNT, get_liaison},
    {"trust", T_M_TRUST, T_MN_TRUST, T_COUNT, KEY_NULLABLE, 2, false, false, T_COUNT, get_trust},
};
const size_t n_measure_keys = sizeof(measure_keys) / sizeof(measure_keys[0]);

const struct measure_key *measure_key_find(const char *key)
{
	for (size_t i = 0; key && i < n_measure_keys; i++)
		if (!strcmp(measure_keys[i].key, key))
			return &measure_keys[i];
	return NULL;
}

double measure_key_number(const struct measure_key *k, const struct network *net,
                          const struct measures *m, long v)
{
	struct cell c = {0};

	k->get(net, m, v, &c);
	switch (k->type) {
	case KEY_INTEGER:
		return (double)c.i;
	case KEY_NUMBER:
	case KEY_NULLABLE:
		return c.r;
	case KEY_BOOL:
		return c.b;
	case KEY_ID:
	case KEY_STRING:
		break;
	}
	return NAN;
}

struct column measure_key_column(const struct measure_key *k, enum lang lang)
{
	static const enum col_type col_of[] = {
	    [KEY_ID] = COL_STR,      [KEY_STRING] = COL_STR,    [KEY_INTEGER] = COL_INT,
	    [KEY_NUMBER] = COL_REAL, [KEY_NULLABLE] = COL_REAL, [KEY_BOOL] = COL_BOOL,
	};

	return (struct column){k->key,  tx(lang, k->header), col_of[k->type], k->decimals,
	                       k->flex, k->machine};
}

void measure_size_by_choices(struct strbuf *sb, const char *sep)
{
	bool first = true;

	for (size_t i = 0; i < n_measure_keys; i++) {
		if (measure_keys[i].size_means == T_COUNT)
			continue;
		sb_addf(sb, "%s%s", first ? "" : sep, measure_keys[i].key);
		first = false;
	}
}
