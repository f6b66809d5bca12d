/*
 * network: from the interviews of one wave to one undirected graph. Each
 * pair of entities gets at most one tie, merged from every report about it
 * and from team membership, as dataset.md prescribes.
 */
#include "network/network.h"
#include "util/date.h"
#include "i18n/msg.h"
#include "util/strbuf.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* An open-addressing map from a vertex pair to a tie index. */
struct pairmap {
	uint64_t *keys; /* UINT64_MAX marks an empty slot */
	size_t *values;
	size_t size, count;
};

static uint64_t pair_key(igraph_integer_t a, igraph_integer_t b)
{
	return ((uint64_t)a << 32) | (uint64_t)b;
}

static size_t pair_slot(const struct pairmap *m, uint64_t key)
{
	size_t i = (size_t)((key * 0x9E3779B97F4A7C15ULL) >> 17) & (m->size - 1);

	while (m->keys[i] != UINT64_MAX && m->keys[i] != key)
		i = (i + 1) & (m->size - 1);
	return i;
}

static void pair_grow(struct pairmap *m)
{
	struct pairmap old = *m;

	m->size = old.size ? old.size * 2 : 64;
	m->keys = xmalloc(m->size * sizeof(*m->keys));
	m->values = xmalloc(m->size * sizeof(*m->values));
	memset(m->keys, 0xFF, m->size * sizeof(*m->keys));
	for (size_t i = 0; i < old.size; i++) {
		if (old.keys[i] != UINT64_MAX) {
			size_t j = pair_slot(m, old.keys[i]);
			m->keys[j] = old.keys[i];
			m->values[j] = old.values[i];
		}
	}
	free(old.keys);
	free(old.values);
}

/* Collects ties while a network is being built. */
struct builder {
	struct network *net;
	struct pairmap pairs;
	size_t alloc;
};

/* The tie between vertices u and v, created when new. */
static struct net_tie *tie_for(struct builder *b, igraph_integer_t u, igraph_integer_t v)
{
	struct network *net = b->net;
	igraph_integer_t a = u < v ? u : v, c = u < v ? v : u;
	uint64_t key = pair_key(a, c);

	if ((b->pairs.count + 1) * 2 > b->pairs.size)
		pair_grow(&b->pairs);
	size_t i = pair_slot(&b->pairs, key);
	if (b->pairs.keys[i] == key)
		return &net->ties[b->pairs.values[i]];
	if ((size_t)net->m == b->alloc) {
		b->alloc = b->alloc ? 2 * b->alloc : 64;
		net->ties = xrealloc(net->ties, b->alloc * sizeof(*net->ties));
	}
	b->pairs.keys[i] = key;
	b->pairs.values[i] = (size_t)net->m;
	b->pairs.count++;
	struct net_tie *t = &net->ties[net->m++];
	memset(t, 0, sizeof(*t));
	t->a = a;
	t->b = c;
	return t;
}

static void add_type(struct net_tie *t, const char *type)
{
	size_t i = 0;

	while (i < t->n_types && strcmp(t->types[i], type) < 0)
		i++;
	if (i < t->n_types && !strcmp(t->types[i], type))
		return;
	t->types = xrealloc(t->types, (t->n_types + 1) * sizeof(*t->types));
	memmove(t->types + i + 1, t->types + i, (t->n_types - i) * sizeof(*t->types));
	t->types[i] = type;
	t->n_types++;
}

static void add_report(struct builder *b, igraph_integer_t from, igraph_integer_t to,
                       const struct tie_report *r)
{
	struct net_tie *t = tie_for(b, from, to);
	bool forward = from == t->a;

	add_type(t, r->type);
	if (r->level > t->level)
		t->level = r->level;
	if (r->since != DATE_NONE && (t->since == DATE_NONE || r->since < t->since))
		t->since = r->since;
	if (forward) {
		t->a_named_b = true;
		if (r->trust > t->trust_a_gave)
			t->trust_a_gave = r->trust;
	} else {
		t->b_named_a = true;
		if (r->trust > t->trust_b_gave)
			t->trust_b_gave = r->trust;
	}
}

static void add_memberships(struct builder *b, int date)
{
	struct network *net = b->net;
	const struct dataset *ds = net->ds;

	for (size_t e = 0; e < ds->n_entities; e++) {
		const struct entity *team = &ds->entities[e];
		if (net->vertex[e] < 0)
			continue;
		for (size_t k = 0; k < team->n_members; k++) {
			const struct member *m = &team->members[k];
			if (net->vertex[m->entity] < 0 || !member_active(m, date))
				continue;
			struct net_tie *t = tie_for(b, net->vertex[e], net->vertex[m->entity]);
			add_type(t, "membership");
			t->level = 3;
			t->membership = true;
		}
	}
}

/* The what-if's ties: each pair whose entities both take part is marked
 * `added`; finish() decides whether it was already tied. */
static void add_edit_ties(struct builder *b, const struct network_edit *edit)
{
	struct network *net = b->net;

	for (size_t i = 0; edit && i < edit->n_add; i++) {
		igraph_integer_t u = net->vertex[edit->add[i].a], v = net->vertex[edit->add[i].b];
		if (u >= 0 && v >= 0 && u != v)
			tie_for(b, u, v)->added = true;
	}
}

/* A tie that the what-if asked for. When the wave already has it (and the
 * filter keeps it), it stays as it is and not `added`; otherwise it becomes
 * a tie of the what-if alone, which nobody reported. */
static void settle_added(struct net_tie *t, enum tie_filter filter)
{
	static const char *const what_if = "what-if";
	bool reported = t->a_named_b || t->b_named_a || t->membership;

	if (reported && (filter == TIES_REPORTED || t->confirmed || t->membership)) {
		t->added = false;
		return;
	}
	free(t->types);
	t->types = xmalloc(sizeof(*t->types));
	t->types[0] = what_if;
	t->n_types = 1;
	t->level = 1;
	t->reports = 0;
	t->a_named_b = t->b_named_a = t->membership = t->confirmed = false;
	t->since = DATE_NONE;
	t->trust_a_gave = t->trust_b_gave = 0;
}

/* Drops the ties the filter excludes, finishes the derived fields and
 * makes the igraph graph. */
static int finish(struct network *net, enum tie_filter filter)
{
	igraph_vector_int_t edges;
	igraph_integer_t kept = 0;

	for (igraph_integer_t e = 0; e < net->m; e++) {
		struct net_tie *t = &net->ties[e];
		t->reports = t->a_named_b + t->b_named_a;
		t->confirmed = net->interviewed[t->a] && net->interviewed[t->b] && t->a_named_b &&
		               t->b_named_a;
		if (t->added)
			settle_added(t, filter);
		if (filter == TIES_CONFIRMED && !t->confirmed && !t->membership && !t->added) {
			free(t->types);
			continue;
		}
		net->named_by[t->a] += t->b_named_a;
		net->named_by[t->b] += t->a_named_b;
		net->ties[kept++] = *t;
	}
	net->m = kept;
	IGRAPH_CHECK(igraph_vector_int_init(&edges, 2 * kept));
	IGRAPH_FINALLY(igraph_vector_int_destroy, &edges);
	for (igraph_integer_t e = 0; e < kept; e++) {
		VECTOR(edges)[2 * e] = net->ties[e].a;
		VECTOR(edges)[2 * e + 1] = net->ties[e].b;
	}
	IGRAPH_CHECK(igraph_create(&net->graph, &edges, net->n, IGRAPH_UNDIRECTED));
	igraph_vector_int_destroy(&edges);
	IGRAPH_FINALLY_CLEAN(1);
	return IGRAPH_SUCCESS;
}

static void alloc_vertices(struct network *net, const struct dataset *ds)
{
	net->ds = ds;
	net->vertex = xmalloc((ds->n_entities ? ds->n_entities : 1) * sizeof(*net->vertex));
	net->entity = xmalloc((ds->n_entities ? ds->n_entities : 1) * sizeof(*net->entity));
	for (size_t e = 0; e < ds->n_entities; e++)
		net->vertex[e] = -1;
}

static void alloc_per_vertex(struct network *net)
{
	net->named_by = xcalloc((size_t)net->n + 1, sizeof(*net->named_by));
	net->interviewed = xcalloc((size_t)net->n + 1, sizeof(*net->interviewed));
}

static void release_ties(struct network *net)
{
	for (igraph_integer_t e = 0; e < net->m; e++)
		free(net->ties[e].types);
	free(net->ties);
	net->ties = NULL;
	net->m = 0;
}

/* Releases a network whose graph was never made. */
static void discard(struct network *net)
{
	release_ties(net);
	free(net->vertex);
	free(net->entity);
	free(net->named_by);
	free(net->interviewed);
	memset(net, 0, sizeof(*net));
}

int network_build(struct network *net, const struct dataset *ds, size_t wave,
                  enum tie_filter filter)
{
	return network_build_edited(net, ds, wave, filter, NULL);
}

void network_edit_free(struct network_edit *edit)
{
	free(edit->without);
	free(edit->add);
	memset(edit, 0, sizeof(*edit));
}

bool network_edit_any(const struct network_edit *edit)
{
	return edit && (edit->n_without || edit->n_add);
}

static bool taken_out(const struct network_edit *edit, size_t e)
{
	for (size_t i = 0; edit && i < edit->n_without; i++)
		if (edit->without[i] == e)
			return true;
	return false;
}

int network_build_edited(struct network *net, const struct dataset *ds, size_t wave,
                         enum tie_filter filter, const struct network_edit *edit)
{
	int date = ds->waves[wave].date;
	struct builder b = {.net = net};
	int rc;

	memset(net, 0, sizeof(*net));
	net->wave = wave;
	net->edit = network_edit_any(edit) ? edit : NULL;
	alloc_vertices(net, ds);
	for (size_t e = 0; e < ds->n_entities; e++) {
		if (entity_active(&ds->entities[e], date) && !taken_out(edit, e)) {
			net->vertex[e] = net->n;
			net->entity[net->n++] = e;
		}
	}
	alloc_per_vertex(net);
	for (size_t i = 0; i < ds->n_interviews; i++) {
		const struct interview *in = &ds->interviews[i];
		igraph_integer_t from = net->vertex[in->respondent];
		if (in->wave != wave || from < 0)
			continue;
		net->interviewed[from] = true;
		for (size_t k = 0; k < in->n_ties; k++)
			if (in->ties[k].usable && net->vertex[in->ties[k].with] >= 0)
				add_report(&b, from, net->vertex[in->ties[k].with], &in->ties[k]);
	}
	add_memberships(&b, date);
	add_edit_ties(&b, edit);
	free(b.pairs.keys);
	free(b.pairs.values);
	rc = finish(net, filter);
	if (rc != IGRAPH_SUCCESS)
		discard(net);
	return rc;
}

/* Adds wave network w's ties to the union under construction; a tie seen
 * again takes its latest state. */
static void merge_wave(struct builder *b, const struct network *w)
{
	struct network *u = b->net;

	for (igraph_integer_t e = 0; e < w->m; e++) {
		const struct net_tie *src = &w->ties[e];
		igraph_integer_t x = u->vertex[w->entity[src->a]];
		igraph_integer_t y = u->vertex[w->entity[src->b]];
		struct net_tie *t = tie_for(b, x, y);
		const char **types = t->types;
		igraph_integer_t a = t->a, c = t->b;

		*t = *src;
		t->a = a;
		t->b = c;
		t->types = xrealloc(types, (src->n_types + 1) * sizeof(*types));
		memcpy(t->types, src->types, src->n_types * sizeof(*types));
		if (u->entity[a] != w->entity[src->a]) {
			bool ab = t->a_named_b;
			t->a_named_b = t->b_named_a;
			t->b_named_a = ab;
		}
	}
}

int network_build_union(struct network *net, const struct dataset *ds, enum tie_filter filter)
{
	struct builder b = {.net = net};
	int rc = IGRAPH_SUCCESS;

	memset(net, 0, sizeof(*net));
	net->wave = ds->n_waves - 1;
	alloc_vertices(net, ds);
	for (size_t e = 0; e < ds->n_entities; e++) {
		for (size_t w = 0; w < ds->n_waves; w++) {
			if (entity_active(&ds->entities[e], ds->waves[w].date)) {
				net->vertex[e] = net->n;
				net->entity[net->n++] = e;
				break;
			}
		}
	}
	alloc_per_vertex(net);
	for (size_t w = 0; w < ds->n_waves && rc == IGRAPH_SUCCESS; w++) {
		struct network wn;
		rc = network_build(&wn, ds, w, filter);
		if (rc == IGRAPH_SUCCESS) {
			for (igraph_integer_t v = 0; v < wn.n; v++)
				net->interviewed[net->vertex[wn.entity[v]]] |= wn.interviewed[v];
			merge_wave(&b, &wn);
			network_free(&wn);
		}
	}
	free(b.pairs.keys);
	free(b.pairs.values);
	if (rc == IGRAPH_SUCCESS)
		rc = finish(net, TIES_REPORTED);
	if (rc != IGRAPH_SUCCESS)
		discard(net);
	return rc;
}

void network_free(struct network *net)
{
	if (!net->ds)
		return;
	igraph_destroy(&net->graph);
	discard(net);
}

const struct net_tie *network_tie(const struct network *net, igraph_integer_t u, igraph_integer_t v)
{
	igraph_integer_t eid = -1;

	if (igraph_get_eid(&net->graph, &eid, u, v, IGRAPH_UNDIRECTED, false) != IGRAPH_SUCCESS ||
	    eid < 0)
		return NULL;
	return &net->ties[eid];
}

const struct entity *network_entity(const struct network *net, igraph_integer_t v)
{
	return &net->ds->entities[net->entity[v]];
}

const char *network_igraph_reason(igraph_error_t rc)
{
	if (rc == IGRAPH_ENOMEM)
		return msg_tr("there is not enough memory: close other programs, or for a large "
		              "study estimate with --sample K");
	if (rc == IGRAPH_EFILE)
		return msg_tr("a file could not be read or written: is the disk full?");
	if (rc == IGRAPH_EOVERFLOW || rc == IGRAPH_ERANGE)
		return msg_tr("the study is too large for this computation");
	if (rc == IGRAPH_INTERRUPTED)
		return msg_tr("interrupted");
	return igraph_strerror(rc);
}
