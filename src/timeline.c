/* timeline: comparing the networks of consecutive waves. */
#include "timeline.h"
#include "date.h"
#include "strbuf.h"

#include <stdlib.h>
#include <string.h>

static int by_pair(const void *pa, const void *pb, void *context)
{
	const struct dataset *ds = *(const struct dataset **)context;
	const struct entity_pair *a = pa, *b = pb;
	int c = dataset_cmp_ids(ds, a->a, b->a);

	return c ? c : dataset_cmp_ids(ds, a->b, b->b);
}

static int by_id(const void *pa, const void *pb, void *context)
{
	const struct dataset *ds = *(const struct dataset **)context;
	return dataset_cmp_ids(ds, *(const size_t *)pa, *(const size_t *)pb);
}

static struct entity_pair pair_of(const struct network *net, const struct net_tie *t)
{
	size_t x = net->entity[t->a], y = net->entity[t->b];
	bool x_first = dataset_cmp_ids(net->ds, x, y) < 0;

	return (struct entity_pair){x_first ? x : y, x_first ? y : x};
}

/* The ties of A that B lacks, in id order. */
static struct entity_pair *missing(const struct network *a, const struct network *b, size_t *n)
{
	struct entity_pair *out = xcalloc((size_t)a->m + 1, sizeof(*out));

	*n = 0;
	for (igraph_integer_t e = 0; e < a->m; e++) {
		igraph_integer_t u = b->vertex[a->entity[a->ties[e].a]];
		igraph_integer_t v = b->vertex[a->entity[a->ties[e].b]];
		if (u < 0 || v < 0 || !network_tie(b, u, v))
			out[(*n)++] = pair_of(a, &a->ties[e]);
	}
	const struct dataset *ds = a->ds;

	qsort_r(out, *n, sizeof(*out), by_pair, &ds);
	return out;
}

/* Entities in A's network that B's lacks, in id order. */
static size_t *absent(const struct network *a, const struct network *b, size_t *n)
{
	size_t *out = xcalloc((size_t)a->n + 1, sizeof(*out));

	*n = 0;
	for (igraph_integer_t v = 0; v < a->n; v++)
		if (b->vertex[a->entity[v]] < 0)
			out[(*n)++] = a->entity[v];
	const struct dataset *ds = a->ds;

	qsort_r(out, *n, sizeof(*out), by_id, &ds);
	return out;
}

static void compare(const struct network *a, const struct network *b, struct wave_change *c)
{
	c->from = a->wave;
	c->to = b->wave;
	c->gained = missing(b, a, &c->n_gained);
	c->lost = missing(a, b, &c->n_lost);
	c->kept = (long)b->m - (long)c->n_gained;
	c->joined = absent(b, a, &c->n_joined);
	c->left = absent(a, b, &c->n_left);
}

static void count_started(const struct network *last, struct timeline *tl)
{
	tl->started = xcalloc((size_t)last->m + 1, sizeof(*tl->started));
	for (igraph_integer_t e = 0; e < last->m; e++) {
		int since = last->ties[e].since;
		if (since == DATE_NONE) {
			tl->without_since++;
			continue;
		}
		int year = date_year(since);
		size_t i = 0;
		while (i < tl->n_started && tl->started[i].year < year)
			i++;
		if (i == tl->n_started || tl->started[i].year != year) {
			memmove(&tl->started[i + 1], &tl->started[i],
			        (tl->n_started - i) * sizeof(*tl->started));
			tl->started[i].year = year;
			tl->started[i].ties = 0;
			tl->n_started++;
		}
		tl->started[i].ties++;
	}
}

static void begin(const struct dataset *ds, struct timeline *tl)
{
	memset(tl, 0, sizeof(*tl));
	tl->ds = ds;
	tl->waves = xcalloc(ds->n_waves, sizeof(*tl->waves));
	tl->changes = xcalloc(ds->n_waves, sizeof(*tl->changes));
}

/* Adds wave CUR (measured as M) after PREV (NULL for the first wave). */
static void add_wave(struct timeline *tl, const struct network *prev, const struct network *cur,
                     const struct measures *m)
{
	struct network_measures *nm = &tl->waves[cur->wave];

	*nm = m->net;
	nm->ei = xcalloc(m->net.n_ei + 1, sizeof(*nm->ei));
	if (m->net.n_ei)
		memcpy(nm->ei, m->net.ei, m->net.n_ei * sizeof(*nm->ei));
	if (m->sample)
		tl->sample = m->sample;
	if (prev)
		compare(prev, cur, &tl->changes[tl->n_changes++]);
	if (cur->wave + 1 == tl->ds->n_waves)
		count_started(cur, tl);
}

int timeline_compute(const struct dataset *ds, enum tie_filter filter, long sample,
                     struct timeline *tl)
{
	struct network prev = {0}, cur = {0};
	int rc = 0;

	begin(ds, tl);
	for (size_t w = 0; w < ds->n_waves && !rc; w++) {
		struct measures m;
		rc = network_build(&cur, ds, w, filter);
		if (rc)
			break;
		rc = measure_compute(&cur, sample, &m);
		if (rc) {
			network_free(&cur);
			break;
		}
		add_wave(tl, w > 0 ? &prev : NULL, &cur, &m);
		measures_free(&m);
		network_free(&prev);
		prev = cur;
		memset(&cur, 0, sizeof(cur));
	}
	network_free(&prev);
	if (rc)
		timeline_free(tl);
	return rc;
}

void timeline_of(const struct dataset *ds, const struct network *nets, const struct measures *ms,
                 struct timeline *tl)
{
	begin(ds, tl);
	for (size_t w = 0; w < ds->n_waves; w++)
		add_wave(tl, w > 0 ? &nets[w - 1] : NULL, &nets[w], &ms[w]);
}

void timeline_free(struct timeline *tl)
{
	for (size_t w = 0; tl->waves && tl->ds && w < tl->ds->n_waves; w++)
		free(tl->waves[w].ei);
	for (size_t i = 0; i < tl->n_changes; i++) {
		free(tl->changes[i].gained);
		free(tl->changes[i].lost);
		free(tl->changes[i].joined);
		free(tl->changes[i].left);
	}
	free(tl->waves);
	free(tl->changes);
	free(tl->started);
	memset(tl, 0, sizeof(*tl));
}
