/*
 * perception: every naming of one interviewed entity by another in the
 * wave (the highest level and trust its reports give), sorted, so that the
 * naming back is found by binary search; then sums per ordered pair of
 * groups.
 */
#include "analysis/perception.h"
#include "analysis/brokerage.h"
#include "util/strbuf.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

struct naming {
	igraph_integer_t from, to;
	int level, trust; /* the highest of the reports; trust 0 when none */
};

static int by_ends(const void *pa, const void *pb)
{
	const struct naming *a = pa, *b = pb;

	if (a->from != b->from)
		return a->from < b->from ? -1 : 1;
	return (a->to > b->to) - (a->to < b->to);
}

/* The namings of the wave between interviewed entities, distinct. */
static struct naming *namings(const struct network *net, size_t *count)
{
	const struct dataset *ds = net->ds;
	size_t n = 0, total = 0;

	for (size_t i = 0; i < ds->n_interviews; i++)
		if (ds->interviews[i].wave == net->wave)
			total += ds->interviews[i].n_ties;
	struct naming *all = xcalloc(total + 1, sizeof(*all));
	for (size_t i = 0; i < ds->n_interviews; i++) {
		const struct interview *in = &ds->interviews[i];
		igraph_integer_t from = net->vertex[in->respondent];
		if (in->wave != net->wave || from < 0)
			continue;
		for (size_t k = 0; k < in->n_ties; k++) {
			const struct tie_report *r = &in->ties[k];
			igraph_integer_t to = r->usable ? net->vertex[r->with] : -1;
			if (to < 0 || to == from || !net->interviewed[to])
				continue;
			all[n++] = (struct naming){from, to, r->level, r->trust};
		}
	}
	qsort(all, n, sizeof(*all), by_ends);
	size_t kept = 0;
	for (size_t i = 0; i < n; i++) {
		struct naming *last = kept ? &all[kept - 1] : NULL;
		if (last && last->from == all[i].from && last->to == all[i].to) {
			last->level = all[i].level > last->level ? all[i].level : last->level;
			last->trust = all[i].trust > last->trust ? all[i].trust : last->trust;
		} else {
			all[kept++] = all[i];
		}
	}
	*count = kept;
	return all;
}

static const struct naming *find(const struct naming *all, size_t n, igraph_integer_t from,
                                 igraph_integer_t to)
{
	struct naming key = {from, to, 0, 0};

	return bsearch(&key, all, n, sizeof(*all), by_ends);
}

/* The larger of a pair's two differences, level and trust. */
static int difference(const struct perception_pair *x)
{
	int level = abs(x->level_a - x->level_b);
	int trust = x->trust_a && x->trust_b ? abs(x->trust_a - x->trust_b) : 0;
	return level > trust ? level : trust;
}

static int by_difference(const void *pa, const void *pb, void *context)
{
	const struct perception_pair *a = pa, *b = pb;
	const struct network *net = context;
	int da = difference(a), db = difference(b);

	if (da != db)
		return da > db ? -1 : 1;
	int c = strcmp(network_entity(net, a->a)->id, network_entity(net, b->a)->id);
	return c ? c : strcmp(network_entity(net, a->b)->id, network_entity(net, b->b)->id);
}

void perception_compute(const struct network *net, const char *key, bool confirmed_only,
                        struct perception *p)
{
	size_t n;
	struct naming *all = namings(net, &n);
	int *group = groups_of(net, key, &p->n_groups, &p->group_names);
	size_t cells = (size_t)p->n_groups * (size_t)p->n_groups;
	struct perception_kinds *sum = xcalloc(cells + 1, sizeof(*sum));

	p->pairs = xcalloc(n / 2 + 1, sizeof(*p->pairs));
	p->n_pairs = 0;
	for (size_t i = 0; i < n; i++) {
		const struct naming *x = &all[i], *back = find(all, n, x->to, x->from);
		int gx = group[x->from], gy = group[x->to];
		if (gx < 0 || gy < 0 || (confirmed_only && !back))
			continue;
		struct perception_kinds *c = &sum[(size_t)gx * (size_t)p->n_groups + (size_t)gy];
		c->named++;
		if (!back)
			continue;
		c->named_back++;
		c->level += x->level;
		c->level_back += back->level;
		if (x->trust && back->trust) {
			c->mutual_trust++;
			c->trust += x->trust;
			c->trust_back += back->trust;
		}
		/* Each mutual pair once, from the end whose id comes first. */
		const struct entity *a = network_entity(net, x->from),
		                    *b = network_entity(net, x->to);
		if (strcmp(a->id, b->id) < 0) {
			struct perception_pair pair = {x->from,     x->to,    x->level,
			                               back->level, x->trust, back->trust};
			if (difference(&pair) >= 2)
				p->pairs[p->n_pairs++] = pair;
		}
	}
	qsort_r(p->pairs, p->n_pairs, sizeof(*p->pairs), by_difference, (void *)(uintptr_t)net);
	p->kinds = xcalloc(cells + 1, sizeof(*p->kinds));
	p->n_kinds = 0;
	for (int x = 0; x < p->n_groups; x++)
		for (int y = 0; y < p->n_groups; y++) {
			struct perception_kinds c =
			    sum[(size_t)x * (size_t)p->n_groups + (size_t)y];
			if (!c.named)
				continue;
			c.from = x, c.to = y;
			c.back_share = (double)c.named_back / (double)c.named;
			double mutual = (double)c.named_back, rated = (double)c.mutual_trust;
			c.level = mutual ? c.level / mutual : NAN;
			c.level_back = mutual ? c.level_back / mutual : NAN;
			c.trust = rated ? c.trust / rated : NAN;
			c.trust_back = rated ? c.trust_back / rated : NAN;
			p->kinds[p->n_kinds++] = c;
		}
	free(sum);
	free(group);
	free(all);
}

void perception_free(struct perception *p)
{
	free(p->group_names);
	free(p->kinds);
	free(p->pairs);
	memset(p, 0, sizeof(*p));
}
