/* overlap: coverage cells of teams and the pairs that share them. */
#include "overlap.h"
#include "strbuf.h"

#include <stdlib.h>
#include <string.h>

/* The distinct strings of a kind (areas or target groups) that teams name. */
struct names {
	const char **items;
	size_t count;
};

static long find(const struct names *n, const char *s)
{
	for (size_t i = 0; i < n->count; i++)
		if (!strcmp(n->items[i], s))
			return (long)i;
	return -1;
}

static void add_name(struct names *n, const char *s, size_t cap)
{
	if (find(n, s) < 0 && n->count < cap)
		n->items[n->count++] = s;
}

static int by_string(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static bool share_municipality(const struct entity *a, const struct entity *b)
{
	for (size_t i = 0; i < a->n_municipalities; i++)
		for (size_t j = 0; j < b->n_municipalities; j++)
			if (a->municipalities[i] == b->municipalities[j])
				return true;
	return false;
}

/* The areas a team serves, as flags over all area names. */
static void team_areas(const struct dataset *ds, const struct entity *t, const struct names *areas,
                       bool *out)
{
	memset(out, 0, areas->count * sizeof(*out));
	if (t->areas.count) {
		for (size_t i = 0; i < t->areas.count; i++)
			out[find(areas, t->areas.items[i])] = true;
		return;
	}
	for (size_t e = 0; e < ds->n_entities; e++) {
		const struct entity *o = &ds->entities[e];
		if (o->kind != KIND_TEAM || (t->n_municipalities && !share_municipality(t, o)))
			continue;
		for (size_t i = 0; i < o->areas.count; i++)
			out[find(areas, o->areas.items[i])] = true;
	}
}

static void team_groups(const struct entity *t, const struct names *groups, bool *out)
{
	for (size_t i = 0; i < groups->count; i++)
		out[i] = !t->target_groups.count;
	for (size_t i = 0; i < t->target_groups.count; i++)
		out[find(groups, t->target_groups.items[i])] = true;
}

static int by_index(const void *a, const void *b)
{
	size_t x = *(const size_t *)a, y = *(const size_t *)b;

	return (x > y) - (x < y);
}

/* Active members of a team on the wave's date: sorted, distinct entity
 * indexes. */
static size_t team_members(const struct network *net, const struct entity *t, size_t *out)
{
	size_t n = 0;
	int date = net->ds->waves[net->wave].date;

	for (size_t k = 0; k < t->n_members; k++) {
		const struct member *m = &t->members[k];
		if (member_active(m, date) && net->vertex[m->entity] >= 0)
			out[n++] = m->entity;
	}
	qsort(out, n, sizeof(*out), by_index);
	size_t distinct = 0;
	for (size_t i = 0; i < n; i++)
		if (!distinct || out[distinct - 1] != out[i])
			out[distinct++] = out[i];
	return distinct;
}

struct team {
	size_t entity;
	bool *areas, *groups;
	size_t *members;
	size_t n_members;
};

/* Cells in common and in either, without allocating: most pairs of teams
 * in a large study share nothing and are dropped here. */
static void count_cells(const struct team *x, const struct team *y, const struct names *areas,
                        const struct names *groups, long *both, long *either)
{
	*both = *either = 0;
	for (size_t i = 0; i < areas->count; i++) {
		if (!x->areas[i] && !y->areas[i])
			continue;
		for (size_t j = 0; j < groups->count; j++) {
			bool in_x = x->areas[i] && x->groups[j], in_y = y->areas[i] && y->groups[j];
			*both += in_x && in_y;
			*either += in_x || in_y;
		}
	}
}

static void compare(const struct network *net, const struct team *x, const struct team *y,
                    const struct names *areas, const struct names *groups, struct overlap_pair *p)
{
	const struct dataset *ds = net->ds;
	long both, either, mboth = 0, meither;

	memset(p, 0, sizeof(*p));
	count_cells(x, y, areas, groups, &both, &either);
	p->shared_cells = both;
	p->coverage_overlap = either ? (double)both / (double)either : 0;
	if (!both)
		return;
	p->shared_areas = xcalloc(areas->count + 1, sizeof(char *));
	p->shared_groups = xcalloc(groups->count + 1, sizeof(char *));
	for (size_t i = 0; i < areas->count; i++) {
		bool area_shared = false;
		for (size_t j = 0; j < groups->count; j++)
			area_shared = area_shared ||
			              (x->areas[i] && x->groups[j] && y->areas[i] && y->groups[j]);
		if (area_shared)
			p->shared_areas[p->n_shared_areas++] = areas->items[i];
	}
	for (size_t j = 0; j < groups->count; j++) {
		bool group_shared = false;
		for (size_t i = 0; i < areas->count; i++)
			group_shared = group_shared ||
			               (x->areas[i] && x->groups[j] && y->areas[i] && y->groups[j]);
		if (group_shared)
			p->shared_groups[p->n_shared_groups++] = groups->items[j];
	}
	/* Both member lists are sorted: merge them. */
	p->shared_members = xcalloc(x->n_members + 1, sizeof(char *));
	for (size_t i = 0, j = 0; i < x->n_members && j < y->n_members;) {
		if (x->members[i] < y->members[j]) {
			i++;
		} else if (x->members[i] > y->members[j]) {
			j++;
		} else {
			p->shared_members[p->n_shared_members++] = ds->entities[x->members[i]].id;
			mboth++, i++, j++;
		}
	}
	meither = (long)(x->n_members + y->n_members) - mboth;
	qsort(p->shared_members, p->n_shared_members, sizeof(char *), by_string);
	qsort(p->shared_areas, p->n_shared_areas, sizeof(char *), by_string);
	qsort(p->shared_groups, p->n_shared_groups, sizeof(char *), by_string);
	bool x_first = dataset_cmp_ids(ds, x->entity, y->entity) < 0;
	p->a = x_first ? x->entity : y->entity;
	p->b = x_first ? y->entity : x->entity;
	p->member_overlap = meither ? (double)mboth / (double)meither : 0;
	p->aware = network_tie(net, net->vertex[x->entity], net->vertex[y->entity]) != NULL;
}

static int by_overlap(const void *pa, const void *pb, void *context)
{
	const struct dataset *ds = *(const struct dataset **)context;
	const struct overlap_pair *a = pa, *b = pb;

	if (a->coverage_overlap != b->coverage_overlap)
		return a->coverage_overlap > b->coverage_overlap ? -1 : 1;
	int c = dataset_cmp_ids(ds, a->a, b->a);
	return c ? c : dataset_cmp_ids(ds, a->b, b->b);
}

static void pair_free(struct overlap_pair *p)
{
	free(p->shared_members);
	free(p->shared_areas);
	free(p->shared_groups);
}

void overlap_compute(const struct network *net, struct overlap *ov)
{
	const struct dataset *ds = net->ds;
	size_t cap = 0, n_teams = 0;
	struct names areas = {0}, groups = {0};

	memset(ov, 0, sizeof(*ov));
	for (size_t e = 0; e < ds->n_entities; e++)
		cap += ds->entities[e].areas.count + ds->entities[e].target_groups.count;
	areas.items = xcalloc(cap + 1, sizeof(char *));
	groups.items = xcalloc(cap + 1, sizeof(char *));
	for (size_t e = 0; e < ds->n_entities; e++) {
		const struct entity *t = &ds->entities[e];
		if (t->kind != KIND_TEAM)
			continue;
		for (size_t i = 0; i < t->areas.count; i++)
			add_name(&areas, t->areas.items[i], cap);
		for (size_t i = 0; i < t->target_groups.count; i++)
			add_name(&groups, t->target_groups.items[i], cap);
	}
	/* A study that records no target groups at all still has overlap by
	 * area: every team then serves one group, "all target groups". */
	if (!groups.count)
		groups.items[groups.count++] = "all target groups";
	struct team *teams = xcalloc(ds->n_entities + 1, sizeof(*teams));
	for (size_t e = 0; e < ds->n_entities; e++) {
		if (ds->entities[e].kind != KIND_TEAM || net->vertex[e] < 0)
			continue;
		struct team *t = &teams[n_teams++];
		t->entity = e;
		t->areas = xcalloc(areas.count + 1, sizeof(bool));
		t->groups = xcalloc(groups.count + 1, sizeof(bool));
		t->members = xcalloc(ds->entities[e].n_members + 1, sizeof(size_t));
		team_areas(ds, &ds->entities[e], &areas, t->areas);
		team_groups(&ds->entities[e], &groups, t->groups);
		t->n_members = team_members(net, &ds->entities[e], t->members);
	}
	ov->n_teams = n_teams;
	for (size_t i = 0; i < n_teams; i++) {
		for (size_t j = i + 1; j < n_teams; j++) {
			struct overlap_pair p;
			compare(net, &teams[i], &teams[j], &areas, &groups, &p);
			if (p.coverage_overlap <= 0) {
				pair_free(&p);
				continue;
			}
			ov->pairs = xrealloc(ov->pairs, (ov->n_pairs + 1) * sizeof(p));
			ov->pairs[ov->n_pairs++] = p;
		}
	}
	if (ov->n_pairs > 1)
		qsort_r(ov->pairs, ov->n_pairs, sizeof(*ov->pairs), by_overlap, &ds);
	for (size_t i = 0; i < n_teams; i++) {
		free(teams[i].areas);
		free(teams[i].groups);
		free(teams[i].members);
	}
	free(teams);
	free(areas.items);
	free(groups.items);
}

void overlap_free(struct overlap *ov)
{
	for (size_t i = 0; i < ov->n_pairs; i++)
		pair_free(&ov->pairs[i]);
	free(ov->pairs);
	memset(ov, 0, sizeof(*ov));
}
