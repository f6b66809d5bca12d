/* overlap: coverage cells of teams, the pairs that share them, and gaps.
 * Coverage is kept sparse: each team's sorted areas and groups, or "every"
 * (overlap.h), so that no step costs teams x areas or areas x groups. */
#include "analysis/overlap.h"
#include "analysis/spelling.h"
#include "util/strbuf.h"
#include "util/strmap.h"

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

static int by_index(const void *a, const void *b)
{
	size_t x = *(const size_t *)a, y = *(const size_t *)b;

	return (x > y) - (x < y);
}

/* Sorts a list and drops repeated items. */
static void sort_unique(struct list *l)
{
	size_t n = 0;

	if (!l->count)
		return;
	qsort(l->items, l->count, sizeof(*l->items), by_index);
	for (size_t i = 0; i < l->count; i++)
		if (!n || l->items[n - 1] != l->items[i])
			l->items[n++] = l->items[i];
	l->count = n;
}

/* Whether the sorted list holds X. */
static bool holds(const size_t *items, size_t n, size_t x)
{
	return n && bsearch(&x, items, n, sizeof(*items), by_index) != NULL;
}

/* Who serves which cell: a cell (a, g) is served by the teams of every
 * area and every group (when some team names a), those of every area that
 * name g (idem), those that list a and serve every group, and those that
 * list both a and g. */
struct overlap_cells {
	bool *named;         /* per area: some team names it */
	long every_cell;     /* teams of all areas and all groups */
	long *by_group;      /* per group: teams of all areas that list it */
	long *by_area;       /* per area: teams that list it and serve all groups */
	struct list *listed; /* per area: teams that list it and list their groups */
};

/* What every team's coverage is made of: the areas named by the teams of
 * each municipality, and by any team. */
struct context {
	const struct dataset *ds;
	struct names areas, groups;
	struct list *muni_areas; /* per entity index (municipalities): area positions */
	struct list all_areas;   /* named by some team, sorted */
	size_t *every_group;     /* 0 .. n_groups-1 */
};

/* The areas of team T: its own, or its municipalities' (sorted, distinct),
 * or every area (cli.md). */
static void team_areas(struct context *cx, const struct entity *t, struct overlap_team *out)
{
	struct list l = {0};

	if (!t->areas.count && !t->n_municipalities) {
		out->all_areas = true;
		return;
	}
	for (size_t i = 0; i < t->areas.count; i++)
		push(&l, (size_t)find(&cx->areas, t->areas.items[i]));
	for (size_t k = 0; !t->areas.count && k < t->n_municipalities; k++) {
		const struct list *m = &cx->muni_areas[t->municipalities[k]];
		for (size_t i = 0; i < m->count; i++)
			push(&l, m->items[i]);
	}
	sort_unique(&l);
	out->areas = l.items;
	out->n_areas = l.count;
}

static void team_groups(struct context *cx, const struct entity *t, struct overlap_team *out,
                        bool no_groups)
{
	struct list l = {0};

	if (no_groups || !t->target_groups.count) {
		out->all_groups = true;
		return;
	}
	for (size_t i = 0; i < t->target_groups.count; i++)
		push(&l, (size_t)find(&cx->groups, t->target_groups.items[i]));
	sort_unique(&l);
	out->groups = l.items;
	out->n_groups = l.count;
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
	const size_t *areas, *groups; /* its areas and groups, "every" spelt out */
	size_t n_areas, n_groups;
};

/* The items in both sorted lists, into OUT (when not NULL); their number. */
static size_t intersect(const size_t *x, size_t nx, const size_t *y, size_t ny, size_t *out)
{
	size_t n = 0;

	for (size_t i = 0, j = 0; i < nx && j < ny;) {
		if (x[i] < y[j]) {
			i++;
		} else if (x[i] > y[j]) {
			j++;
		} else {
			if (out)
				out[n] = x[i];
			n++, i++, j++;
		}
	}
	return n;
}

/* How many items both sorted lists hold. */
static size_t count_common(const size_t *x, size_t nx, const size_t *y, size_t ny)
{
	return intersect(x, nx, y, ny, NULL);
}

/* Coverage is areas x groups for every team, so the cells two teams share
 * are the areas they share times the groups they share. Only counts are
 * kept; overlap_detail() spells out what they share. */
static void compare(const struct network *net, const size_t *rank, const struct team *x,
                    const struct team *y, struct overlap_pair *p)
{
	long areas, groups;

	memset(p, 0, sizeof(*p));
	areas = (long)count_common(x->areas, x->n_areas, y->areas, y->n_areas);
	groups = areas ? (long)count_common(x->groups, x->n_groups, y->groups, y->n_groups) : 0;
	long both = areas * groups;
	long either = (long)(x->n_areas * x->n_groups + y->n_areas * y->n_groups) - both;
	p->coverage_overlap = either ? (double)both / (double)either : 0;
	if (!both)
		return;
	p->shared_cells = (uint32_t)both;
	p->shared_members =
	    (uint32_t)count_common(x->t->members, x->t->n_members, y->t->members, y->t->n_members);
	bool x_first = rank[x->t->entity] < rank[y->t->entity];
	p->a = (uint32_t)(x_first ? x->t->entity : y->t->entity);
	p->b = (uint32_t)(x_first ? y->t->entity : x->t->entity);
	p->aware = network_tie(net, net->vertex[x->t->entity], net->vertex[y->t->entity]) != NULL;
}

double overlap_member_overlap(const struct overlap *ov, const struct overlap_pair *p)
{
	const struct overlap_team *x = &ov->teams[ov->team_of[p->a]];
	const struct overlap_team *y = &ov->teams[ov->team_of[p->b]];
	size_t either = x->n_members + y->n_members - p->shared_members;

	return either ? (double)p->shared_members / (double)either : 0;
}

/* A team's areas and groups with "every" spelt out. */
static const size_t *areas_of(const struct overlap *ov, const struct overlap_team *t, size_t *n)
{
	*n = t->all_areas ? ov->n_all_areas : t->n_areas;
	return t->all_areas ? ov->all_areas : t->areas;
}

static const size_t *groups_of(const struct overlap *ov, const struct overlap_team *t, size_t *n)
{
	*n = t->all_groups ? ov->n_groups : t->n_groups;
	return t->all_groups ? ov->every_group : t->groups;
}

void overlap_detail(const struct overlap *ov, const struct dataset *ds,
                    const struct overlap_pair *p, struct overlap_detail *d)
{
	const struct overlap_team *x = &ov->teams[ov->team_of[p->a]];
	const struct overlap_team *y = &ov->teams[ov->team_of[p->b]];
	size_t nxa, nya, nxg, nyg;
	const size_t *xa = areas_of(ov, x, &nxa), *ya = areas_of(ov, y, &nya);
	const size_t *xg = groups_of(ov, x, &nxg), *yg = groups_of(ov, y, &nyg);
	size_t need = nxa + nxg + x->n_members + 1;

	if (need > d->alloc) {
		overlap_detail_free(d);
		d->members = xcalloc(need, sizeof(char *));
		d->areas = xcalloc(need, sizeof(char *));
		d->groups = xcalloc(need, sizeof(char *));
		d->pos = xcalloc(need, sizeof(size_t));
		d->alloc = need;
	}
	size_t *pos = d->pos;
	d->n_areas = intersect(xa, nxa, ya, nya, pos);
	for (size_t i = 0; i < d->n_areas; i++)
		d->areas[i] = ov->areas[pos[i]];
	d->n_groups = intersect(xg, nxg, yg, nyg, pos);
	for (size_t i = 0; i < d->n_groups; i++)
		d->groups[i] = ov->groups[pos[i]];
	d->n_members = intersect(x->members, x->n_members, y->members, y->n_members, pos);
	for (size_t i = 0; i < d->n_members; i++)
		d->members[i] = ds->entities[pos[i]].id;
	qsort(d->members, d->n_members, sizeof(char *), by_string);
	qsort(d->areas, d->n_areas, sizeof(char *), by_string);
	qsort(d->groups, d->n_groups, sizeof(char *), by_string);
}

void overlap_detail_free(struct overlap_detail *d)
{
	free(d->pos);
	free(d->members);
	free(d->areas);
	free(d->groups);
	memset(d, 0, sizeof(*d));
}

/* Largest overlap first, then by the teams' ids, compared as their ranks
 * in id order (RANK), so that sorting millions of pairs compares no
 * strings. */
static int by_overlap(const void *pa, const void *pb, void *context)
{
	const size_t *rank = context;
	const struct overlap_pair *a = pa, *b = pb;

	if (a->coverage_overlap != b->coverage_overlap)
		return a->coverage_overlap > b->coverage_overlap ? -1 : 1;
	if (a->a != b->a)
		return rank[a->a] < rank[b->a] ? -1 : 1;
	return (rank[a->b] > rank[b->b]) - (rank[a->b] < rank[b->b]);
}

static int by_id(const void *pa, const void *pb, void *context);

/* Compares teams I and J once (J > I) and keeps the pair when they share
 * a cell. */
static void consider(const struct network *net, struct overlap *ov, struct team *teams,
                     const size_t *rank, size_t *seen, size_t *alloc, size_t i, size_t j)
{
	struct overlap_pair p;

	if (j <= i || seen[j] == i + 1)
		return;
	seen[j] = i + 1;
	compare(net, rank, &teams[i], &teams[j], &p);
	if (p.coverage_overlap <= 0)
		return;
	if (ov->n_pairs == *alloc) {
		*alloc = *alloc ? 2 * *alloc : 16;
		ov->pairs = xrealloc(ov->pairs, *alloc * sizeof(*ov->pairs));
	}
	ov->pairs[ov->n_pairs++] = p;
}

/* The pairs of teams that share a cell. Only pairs that share an area are
 * compared: a team that lists its areas meets the others that list one of
 * them, and the teams of every area meet every team. So the work grows
 * with the pairs that could overlap, not with all pairs of teams. */
static void find_pairs(const struct network *net, struct overlap *ov, struct team *teams)
{
	struct list *by_area = xcalloc(ov->n_areas + 1, sizeof(*by_area));
	struct list everywhere = {0};
	size_t *seen = xcalloc(ov->n_teams + 1, sizeof(*seen)), alloc = 0;
	size_t *order = xcalloc(ov->n_teams + 1, sizeof(*order));
	size_t *rank = xcalloc(net->ds->n_entities + 1, sizeof(*rank));
	const struct dataset *ds = net->ds;

	/* Each team's rank in id order, for comparing ids as numbers. */
	for (size_t i = 0; i < ov->n_teams; i++)
		order[i] = ov->teams[i].entity;
	qsort_r(order, ov->n_teams, sizeof(*order), by_id, &ds);
	for (size_t i = 0; i < ov->n_teams; i++)
		rank[order[i]] = i;

	for (size_t i = 0; i < ov->n_teams; i++) {
		if (teams[i].t->all_areas)
			push(&everywhere, i);
		else
			for (size_t k = 0; k < teams[i].n_areas; k++)
				push(&by_area[teams[i].areas[k]], i);
	}
	for (size_t i = 0; i < ov->n_teams; i++) {
		if (teams[i].t->all_areas) {
			for (size_t j = i + 1; j < ov->n_teams; j++)
				consider(net, ov, teams, rank, seen, &alloc, i, j);
			continue;
		}
		for (size_t k = 0; k < teams[i].n_areas; k++) {
			const struct list *l = &by_area[teams[i].areas[k]];
			for (size_t m = 0; m < l->count; m++)
				consider(net, ov, teams, rank, seen, &alloc, i, l->items[m]);
		}
		for (size_t m = 0; teams[i].n_areas && m < everywhere.count; m++)
			consider(net, ov, teams, rank, seen, &alloc, i, everywhere.items[m]);
	}
	if (ov->n_pairs > 1)
		qsort_r(ov->pairs, ov->n_pairs, sizeof(*ov->pairs), by_overlap, rank);
	for (size_t a = 0; a < ov->n_areas; a++)
		free(by_area[a].items);
	free(by_area);
	free(everywhere.items);
	free(seen);
	free(order);
	free(rank);
}

static int by_id(const void *pa, const void *pb, void *context)
{
	const struct dataset *ds = *(const struct dataset **)context;

	return dataset_cmp_ids(ds, *(const size_t *)pa, *(const size_t *)pb);
}

/* Who serves which cell, from the teams (struct overlap_cells). */
static void index_cells(struct context *cx, struct overlap *ov)
{
	struct overlap_cells *c = xcalloc(1, sizeof(*c));

	c->named = xcalloc(ov->n_areas + 1, sizeof(*c->named));
	c->by_group = xcalloc(ov->n_groups + 1, sizeof(*c->by_group));
	c->by_area = xcalloc(ov->n_areas + 1, sizeof(*c->by_area));
	c->listed = xcalloc(ov->n_areas + 1, sizeof(*c->listed));
	for (size_t i = 0; i < cx->all_areas.count; i++)
		c->named[cx->all_areas.items[i]] = true;
	for (size_t i = 0; i < ov->n_teams; i++) {
		const struct overlap_team *t = &ov->teams[i];
		if (t->all_areas && t->all_groups)
			c->every_cell++;
		for (size_t g = 0; t->all_areas && g < t->n_groups; g++)
			c->by_group[t->groups[g]]++;
		for (size_t a = 0; !t->all_areas && a < t->n_areas; a++) {
			if (t->all_groups)
				c->by_area[t->areas[a]]++;
			else
				push(&c->listed[t->areas[a]], i);
		}
	}
	ov->cells = c;
}

long overlap_served(const struct overlap *ov, size_t area, size_t group)
{
	const struct overlap_cells *c = ov->cells;
	long n = c->by_area[area];

	if (c->named[area])
		n += c->every_cell + c->by_group[group];
	for (size_t i = 0; i < c->listed[area].count; i++) {
		const struct overlap_team *t = &ov->teams[c->listed[area].items[i]];
		n += holds(t->groups, t->n_groups, group);
	}
	return n;
}

bool overlap_area_named(const struct overlap *ov, size_t area)
{
	return ov->cells->named[area];
}

bool overlap_serves(const struct overlap *ov, size_t team, size_t area, size_t group)
{
	const struct overlap_team *t = &ov->teams[team];

	return (t->all_areas ? ov->cells->named[area] : holds(t->areas, t->n_areas, area)) &&
	       (t->all_groups || holds(t->groups, t->n_groups, group));
}

/* The rows of the coverage matrix and the gaps (cli.md): per municipality
 * that an active team names, the areas of its teams and its own, times
 * every target group. A row's cells are counted together: what serves
 * every group once, then the groups of the teams that list the area. */
static void find_gaps(struct context *cx, struct overlap *ov)
{
	const struct dataset *ds = cx->ds;
	const struct overlap_cells *c = ov->cells;
	bool *named = xcalloc(ds->n_entities + 1, sizeof(bool));
	size_t *munis = xcalloc(ds->n_entities + 1, sizeof(size_t)), n_munis = 0;
	size_t *mark = xcalloc(ov->n_areas + 1, sizeof(size_t));
	size_t *groups = xcalloc(ov->n_groups + 1, sizeof(size_t));
	long *count = xcalloc(ov->n_groups + 1, sizeof(long));
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
			const struct list *listed = &c->listed[a];
			if (ov->n_rows == rows_alloc) {
				rows_alloc = rows_alloc ? 2 * rows_alloc : 16;
				ov->rows = xrealloc(ov->rows, rows_alloc * sizeof(*ov->rows));
			}
			ov->rows[ov->n_rows++] = (struct overlap_row){m, a};
			long base = c->by_area[a] + (c->named[a] ? c->every_cell : 0);
			for (size_t j = 0; j < listed->count; j++) {
				const struct overlap_team *t = &ov->teams[listed->items[j]];
				for (size_t g = 0; g < t->n_groups; g++)
					count[t->groups[g]]++;
			}
			for (size_t j = 0; j < ov->n_groups; j++) {
				size_t g = groups[j];
				if (base || count[g] || (c->named[a] && c->by_group[g]))
					continue;
				if (ov->n_gaps == gaps_alloc) {
					gaps_alloc = gaps_alloc ? 2 * gaps_alloc : 16;
					ov->gaps =
					    xrealloc(ov->gaps, gaps_alloc * sizeof(*ov->gaps));
				}
				ov->gaps[ov->n_gaps++] = (struct overlap_gap){m, a, g};
			}
			for (size_t j = 0; j < listed->count; j++) {
				const struct overlap_team *t = &ov->teams[listed->items[j]];
				for (size_t g = 0; g < t->n_groups; g++)
					count[t->groups[g]] = 0;
			}
		}
	}
	free(areas.items);
	free(count);
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
	sort_unique(&cx->all_areas); /* the areas of a team of every area, for intersecting */
	/* A study that records no target groups at all still has overlap by
	 * area: every team then serves one group, "all target groups". */
	ov->no_groups = !cx->groups.count;
	if (ov->no_groups)
		add_name(&cx->groups, "all target groups", &ov->arena);
	ov->areas = cx->areas.shown;
	ov->n_areas = cx->areas.count;
	ov->groups = cx->groups.shown;
	ov->n_groups = cx->groups.count;
	cx->every_group = xcalloc(ov->n_groups + 1, sizeof(size_t));
	for (size_t g = 0; g < ov->n_groups; g++)
		cx->every_group[g] = g;
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
	ov->team_of = xcalloc(ds->n_entities + 1, sizeof(*ov->team_of));
	struct team *teams = xcalloc(ds->n_entities + 1, sizeof(*teams));
	for (size_t e = 0; e < ds->n_entities; e++) {
		if (ds->entities[e].kind != KIND_TEAM || net->vertex[e] < 0)
			continue;
		struct overlap_team *t = &ov->teams[ov->n_teams];
		struct team *x = &teams[ov->n_teams++];
		t->entity = e;
		team_areas(&cx, &ds->entities[e], t);
		team_groups(&cx, &ds->entities[e], t, ov->no_groups);
		x->t = t;
		x->areas = t->all_areas ? cx.all_areas.items : t->areas;
		x->n_areas = t->all_areas ? cx.all_areas.count : t->n_areas;
		x->groups = t->all_groups ? cx.every_group : t->groups;
		x->n_groups = t->all_groups ? ov->n_groups : t->n_groups;
		t->members = xcalloc(ds->entities[e].n_members + 1, sizeof(size_t));
		t->n_members = team_members(net, &ds->entities[e], t->members);
		ov->team_of[e] = ov->n_teams - 1;
	}
	index_cells(&cx, ov);
	find_pairs(net, ov, teams);
	find_gaps(&cx, ov);
	free(teams);
	for (size_t e = 0; e < ds->n_entities; e++)
		free(cx.muni_areas[e].items);
	free(cx.muni_areas);
	/* The overlap keeps "every area" and "every group" for overlap_detail(). */
	ov->all_areas = cx.all_areas.items;
	ov->n_all_areas = cx.all_areas.count;
	ov->every_group = cx.every_group;
	names_release(&cx.areas);
	names_release(&cx.groups);
}

void overlap_free(struct overlap *ov)
{
	for (size_t i = 0; i < ov->n_teams; i++) {
		free(ov->teams[i].areas);
		free(ov->teams[i].groups);
		free(ov->teams[i].members);
	}
	free(ov->team_of);
	free(ov->all_areas);
	free(ov->every_group);
	if (ov->cells) {
		for (size_t a = 0; a < ov->n_areas; a++)
			free(ov->cells->listed[a].items);
		free(ov->cells->listed);
		free(ov->cells->named);
		free(ov->cells->by_group);
		free(ov->cells->by_area);
		free(ov->cells);
	}
	free(ov->pairs);
	free(ov->teams);
	free(ov->areas);
	free(ov->groups);
	free(ov->rows);
	free(ov->gaps);
	arena_release(&ov->arena);
	memset(ov, 0, sizeof(*ov));
}
