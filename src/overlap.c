/* overlap: coverage cells of teams, the pairs that share them, and gaps. */
#include "overlap.h"
#include "spelling.h"
#include "strbuf.h"
#include "strmap.h"

#include <stdlib.h>
#include <string.h>

/* The distinct areas or target groups of the study, by spelling key. */
struct names {
	struct strmap index; /* key -> position */
	char **keys;
	const char **shown; /* the first spelling, trimmed, in the overlap's arena */
	size_t count, alloc;
	struct strbuf key; /* scratch */
};

static long find(struct names *n, const char *s)
{
	size_t i;

	sb_reset(&n->key);
	spelling_key(&n->key, s);
	return strmap_get(&n->index, n->key.buf, &i) ? -1 : (long)i;
}

static void add_name(struct names *n, const char *s, struct arena *arena)
{
	if (find(n, s) >= 0)
		return;
	if (n->count == n->alloc) {
		n->alloc = n->alloc ? 2 * n->alloc : 16;
		n->keys = xrealloc(n->keys, n->alloc * sizeof(*n->keys));
		n->shown = xrealloc(n->shown, n->alloc * sizeof(*n->shown));
	}
	size_t len = strlen(s);
	while (len && (*s == ' ' || *s == '\t'))
		s++, len--;
	while (len && (s[len - 1] == ' ' || s[len - 1] == '\t'))
		len--;
	char *shown = arena_alloc(arena, len + 1);
	memcpy(shown, s, len);
	n->shown[n->count] = shown;
	n->keys[n->count] = xstrdup(n->key.buf);
	strmap_put(&n->index, n->keys[n->count], n->count);
	n->count++;
}

static void names_release(struct names *n)
{
	for (size_t i = 0; i < n->count; i++)
		free(n->keys[i]);
	free(n->keys);
	strmap_release(&n->index);
	sb_release(&n->key);
}

/* Positions 0..n-1 ordered by the names' keys. */
static int by_key(const void *pa, const void *pb, void *context)
{
	const struct names *n = context;

	return strcmp(n->keys[*(const size_t *)pa], n->keys[*(const size_t *)pb]);
}

/* A growing list of indexes. */
struct list {
	size_t *items;
	size_t count, alloc;
};

static void push(struct list *l, size_t x)
{
	if (l->count == l->alloc) {
		l->alloc = l->alloc ? 2 * l->alloc : 8;
		l->items = xrealloc(l->items, l->alloc * sizeof(*l->items));
	}
	l->items[l->count++] = x;
}

/* What every team's coverage is made of: the areas named by the teams of
 * each municipality, and by any team. */
struct context {
	const struct dataset *ds;
	struct names areas, groups;
	struct list *muni_areas; /* per entity index (municipalities): area positions */
	struct list all_areas;   /* named by some team */
};

static void team_areas(struct context *cx, const struct entity *t, bool *out)
{
	if (t->areas.count) {
		for (size_t i = 0; i < t->areas.count; i++)
			out[find(&cx->areas, t->areas.items[i])] = true;
		return;
	}
	if (!t->n_municipalities) {
		for (size_t i = 0; i < cx->all_areas.count; i++)
			out[cx->all_areas.items[i]] = true;
		return;
	}
	for (size_t k = 0; k < t->n_municipalities; k++) {
		const struct list *l = &cx->muni_areas[t->municipalities[k]];
		for (size_t i = 0; i < l->count; i++)
			out[l->items[i]] = true;
	}
}

static void team_groups(struct context *cx, const struct entity *t, bool *out, bool no_groups)
{
	for (size_t i = 0; i < cx->groups.count; i++)
		out[i] = no_groups || !t->target_groups.count;
	for (size_t i = 0; i < t->target_groups.count && !no_groups; i++)
		out[find(&cx->groups, t->target_groups.items[i])] = true;
}

static int by_index(const void *a, const void *b)
{
	size_t x = *(const size_t *)a, y = *(const size_t *)b;

	return (x > y) - (x < y);
}

static int by_string(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
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

/* A team as the pair search sees it. */
struct team {
	const struct overlap_team *t;
	struct list areas; /* positions of the areas it serves */
	size_t n_groups;   /* target groups it serves */
	size_t *members;
	size_t n_members;
};

/* Coverage is areas x groups for every team, so the cells two teams share
 * are the areas they share times the groups they share. */
static void compare(const struct network *net, const struct overlap *ov, const struct team *x,
                    const struct team *y, struct overlap_pair *p)
{
	const struct dataset *ds = net->ds;
	long areas = 0, groups = 0, mboth = 0;

	memset(p, 0, sizeof(*p));
	for (size_t i = 0; i < x->areas.count; i++)
		areas += y->t->areas[x->areas.items[i]];
	for (size_t g = 0; g < ov->n_groups; g++)
		groups += x->t->groups[g] && y->t->groups[g];
	long both = areas * groups;
	long either = (long)(x->areas.count * x->n_groups + y->areas.count * y->n_groups) - both;
	p->shared_cells = both;
	p->coverage_overlap = either ? (double)both / (double)either : 0;
	if (!both)
		return;
	p->shared_areas = xcalloc((size_t)areas + 1, sizeof(char *));
	p->shared_groups = xcalloc((size_t)groups + 1, sizeof(char *));
	for (size_t i = 0; i < x->areas.count; i++)
		if (y->t->areas[x->areas.items[i]])
			p->shared_areas[p->n_shared_areas++] = ov->areas[x->areas.items[i]];
	for (size_t g = 0; g < ov->n_groups; g++)
		if (x->t->groups[g] && y->t->groups[g])
			p->shared_groups[p->n_shared_groups++] = ov->groups[g];
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
	long meither = (long)(x->n_members + y->n_members) - mboth;
	qsort(p->shared_members, p->n_shared_members, sizeof(char *), by_string);
	qsort(p->shared_areas, p->n_shared_areas, sizeof(char *), by_string);
	qsort(p->shared_groups, p->n_shared_groups, sizeof(char *), by_string);
	bool x_first = dataset_cmp_ids(ds, x->t->entity, y->t->entity) < 0;
	p->a = x_first ? x->t->entity : y->t->entity;
	p->b = x_first ? y->t->entity : x->t->entity;
	p->member_overlap = meither ? (double)mboth / (double)meither : 0;
	p->aware = network_tie(net, net->vertex[x->t->entity], net->vertex[y->t->entity]) != NULL;
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

/* The pairs of teams that share a cell. Only pairs that share an area are
 * compared (found through the teams of each area), so the work grows with
 * the pairs that could overlap, not with all pairs of teams. */
static void find_pairs(const struct network *net, struct overlap *ov, struct team *teams)
{
	struct list *by_area = xcalloc(ov->n_areas + 1, sizeof(*by_area));
	size_t *seen = xcalloc(ov->n_teams + 1, sizeof(*seen)), alloc = 0;

	for (size_t i = 0; i < ov->n_teams; i++)
		for (size_t k = 0; k < teams[i].areas.count; k++)
			push(&by_area[teams[i].areas.items[k]], i);
	for (size_t i = 0; i < ov->n_teams; i++) {
		for (size_t k = 0; k < teams[i].areas.count; k++) {
			const struct list *l = &by_area[teams[i].areas.items[k]];
			for (size_t m = 0; m < l->count; m++) {
				size_t j = l->items[m];
				if (j <= i || seen[j] == i + 1)
					continue;
				seen[j] = i + 1;
				struct overlap_pair p;
				compare(net, ov, &teams[i], &teams[j], &p);
				if (p.coverage_overlap <= 0) {
					pair_free(&p);
					continue;
				}
				if (ov->n_pairs == alloc) {
					alloc = alloc ? 2 * alloc : 16;
					ov->pairs = xrealloc(ov->pairs, alloc * sizeof(*ov->pairs));
				}
				ov->pairs[ov->n_pairs++] = p;
			}
		}
	}
	const struct dataset *ds = net->ds;
	if (ov->n_pairs > 1)
		qsort_r(ov->pairs, ov->n_pairs, sizeof(*ov->pairs), by_overlap, &ds);
	for (size_t a = 0; a < ov->n_areas; a++)
		free(by_area[a].items);
	free(by_area);
	free(seen);
}

static int by_id(const void *pa, const void *pb, void *context)
{
	const struct dataset *ds = *(const struct dataset **)context;

	return dataset_cmp_ids(ds, *(const size_t *)pa, *(const size_t *)pb);
}

/* The rows of the coverage matrix and the gaps (cli.md): per municipality
 * that an active team names, the areas of its teams and its own, times
 * every target group. */
static void find_gaps(struct context *cx, struct overlap *ov)
{
	const struct dataset *ds = cx->ds;
	bool *named = xcalloc(ds->n_entities + 1, sizeof(bool));
	size_t *munis = xcalloc(ds->n_entities + 1, sizeof(size_t)), n_munis = 0;
	size_t *mark = xcalloc(ov->n_areas + 1, sizeof(size_t));
	size_t *groups = xcalloc(ov->n_groups + 1, sizeof(size_t));
	struct list areas = {0};
	size_t rows_alloc = 0, gaps_alloc = 0;

	for (size_t i = 0; i < ov->n_teams; i++) {
		const struct entity *t = &ds->entities[ov->teams[i].entity];
		for (size_t k = 0; k < t->n_municipalities; k++)
			if (!named[t->municipalities[k]]) {
				named[t->municipalities[k]] = true;
				munis[n_munis++] = t->municipalities[k];
			}
	}
	qsort_r(munis, n_munis, sizeof(*munis), by_id, &ds);
	for (size_t g = 0; g < ov->n_groups; g++)
		groups[g] = g;
	qsort_r(groups, ov->n_groups, sizeof(*groups), by_key, &cx->groups);
	for (size_t k = 0; k < n_munis; k++) {
		size_t m = munis[k];
		const struct list *l = &cx->muni_areas[m];
		const struct strlist *own = &ds->entities[m].areas;
		areas.count = 0;
		for (size_t i = 0; i < l->count + own->count; i++) {
			size_t a = i < l->count
			               ? l->items[i]
			               : (size_t)find(&cx->areas, own->items[i - l->count]);
			if (mark[a] != m + 1) {
				mark[a] = m + 1;
				push(&areas, a);
			}
		}
		if (areas.count) /* items is NULL while empty; qsort_r wants an array */
			qsort_r(areas.items, areas.count, sizeof(size_t), by_key, &cx->areas);
		for (size_t i = 0; i < areas.count; i++) {
			size_t a = areas.items[i];
			if (ov->n_rows == rows_alloc) {
				rows_alloc = rows_alloc ? 2 * rows_alloc : 16;
				ov->rows = xrealloc(ov->rows, rows_alloc * sizeof(*ov->rows));
			}
			ov->rows[ov->n_rows++] = (struct overlap_row){m, a};
			for (size_t j = 0; j < ov->n_groups; j++) {
				if (ov->served[a * ov->n_groups + groups[j]])
					continue;
				if (ov->n_gaps == gaps_alloc) {
					gaps_alloc = gaps_alloc ? 2 * gaps_alloc : 16;
					ov->gaps =
					    xrealloc(ov->gaps, gaps_alloc * sizeof(*ov->gaps));
				}
				ov->gaps[ov->n_gaps++] = (struct overlap_gap){m, a, groups[j]};
			}
		}
	}
	free(areas.items);
	free(groups);
	free(mark);
	free(munis);
	free(named);
}

/* Every area and group by key; the areas of each municipality's teams. */
static void collect_names(struct context *cx, struct overlap *ov)
{
	const struct dataset *ds = cx->ds;

	for (size_t e = 0; e < ds->n_entities; e++) {
		const struct entity *t = &ds->entities[e];
		if (t->kind != KIND_TEAM)
			continue;
		for (size_t i = 0; i < t->areas.count; i++)
			add_name(&cx->areas, t->areas.items[i], &ov->arena);
		for (size_t i = 0; i < t->target_groups.count; i++)
			add_name(&cx->groups, t->target_groups.items[i], &ov->arena);
	}
	/* Areas named by teams, before those only a municipality names. */
	bool *in_all = xcalloc(cx->areas.count + 1, sizeof(bool));
	cx->muni_areas = xcalloc(ds->n_entities + 1, sizeof(*cx->muni_areas));
	for (size_t e = 0; e < ds->n_entities; e++) {
		const struct entity *t = &ds->entities[e];
		if (t->kind != KIND_TEAM)
			continue;
		for (size_t i = 0; i < t->areas.count; i++) {
			size_t a = (size_t)find(&cx->areas, t->areas.items[i]);
			if (!in_all[a]) {
				in_all[a] = true;
				push(&cx->all_areas, a);
			}
			for (size_t k = 0; k < t->n_municipalities; k++)
				push(&cx->muni_areas[t->municipalities[k]], a);
		}
	}
	free(in_all);
	for (size_t e = 0; e < ds->n_entities; e++) {
		const struct entity *m = &ds->entities[e];
		for (size_t i = 0; m->kind == KIND_MUNICIPALITY && i < m->areas.count; i++)
			add_name(&cx->areas, m->areas.items[i], &ov->arena);
	}
	/* A study that records no target groups at all still has overlap by
	 * area: every team then serves one group, "all target groups". */
	ov->no_groups = !cx->groups.count;
	if (ov->no_groups)
		add_name(&cx->groups, "all target groups", &ov->arena);
	ov->areas = cx->areas.shown;
	ov->n_areas = cx->areas.count;
	ov->groups = cx->groups.shown;
	ov->n_groups = cx->groups.count;
}

void overlap_compute(const struct network *net, struct overlap *ov)
{
	const struct dataset *ds = net->ds;
	struct context cx = {.ds = ds};

	memset(ov, 0, sizeof(*ov));
	strmap_init(&cx.areas.index);
	strmap_init(&cx.groups.index);
	sb_init(&cx.areas.key);
	sb_init(&cx.groups.key);
	collect_names(&cx, ov);
	ov->teams = xcalloc(ds->n_entities + 1, sizeof(*ov->teams));
	struct team *teams = xcalloc(ds->n_entities + 1, sizeof(*teams));
	ov->served = xcalloc(ov->n_areas * ov->n_groups + 1, sizeof(*ov->served));
	for (size_t e = 0; e < ds->n_entities; e++) {
		if (ds->entities[e].kind != KIND_TEAM || net->vertex[e] < 0)
			continue;
		struct overlap_team *t = &ov->teams[ov->n_teams];
		struct team *x = &teams[ov->n_teams++];
		t->entity = e;
		t->areas = xcalloc(ov->n_areas + 1, sizeof(bool));
		t->groups = xcalloc(ov->n_groups + 1, sizeof(bool));
		team_areas(&cx, &ds->entities[e], t->areas);
		team_groups(&cx, &ds->entities[e], t->groups, ov->no_groups);
		x->t = t;
		for (size_t a = 0; a < ov->n_areas; a++)
			if (t->areas[a])
				push(&x->areas, a);
		for (size_t g = 0; g < ov->n_groups; g++)
			x->n_groups += t->groups[g];
		x->members = xcalloc(ds->entities[e].n_members + 1, sizeof(size_t));
		x->n_members = team_members(net, &ds->entities[e], x->members);
		for (size_t i = 0; i < x->areas.count; i++)
			for (size_t g = 0; g < ov->n_groups; g++)
				ov->served[x->areas.items[i] * ov->n_groups + g] += t->groups[g];
	}
	find_pairs(net, ov, teams);
	find_gaps(&cx, ov);
	for (size_t i = 0; i < ov->n_teams; i++) {
		free(teams[i].areas.items);
		free(teams[i].members);
	}
	free(teams);
	for (size_t e = 0; e < ds->n_entities; e++)
		free(cx.muni_areas[e].items);
	free(cx.muni_areas);
	free(cx.all_areas.items);
	names_release(&cx.areas);
	names_release(&cx.groups);
}

bool overlap_serves(const struct overlap_team *t, size_t area, size_t group)
{
	return t->areas[area] && t->groups[group];
}

void overlap_free(struct overlap *ov)
{
	for (size_t i = 0; i < ov->n_pairs; i++)
		pair_free(&ov->pairs[i]);
	for (size_t i = 0; i < ov->n_teams; i++) {
		free(ov->teams[i].areas);
		free(ov->teams[i].groups);
	}
	free(ov->pairs);
	free(ov->teams);
	free(ov->areas);
	free(ov->groups);
	free(ov->served);
	free(ov->rows);
	free(ov->gaps);
	arena_release(&ov->arena);
	memset(ov, 0, sizeof(*ov));
}
