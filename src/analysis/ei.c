/*
 * ei: E-I indexes and their permutation tests. Each grouping gives every
 * vertex a sorted set of whole numbers (its values; empty when it has
 * none); a tie is internal when the sets of its ends share a number. A
 * permutation deals the sets of the vertices that have one out again in a
 * random order (Fisher-Yates), and counts the internal ties anew.
 */
#include "analysis/ei.h"
#include "util/pool.h"
#include "util/strbuf.h"
#include "util/strmap.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* Permutations are dealt out in at most PARTS parts of at least 100, run
 * on util/pool's threads; their counts are whole numbers, so the sums do
 * not depend on which thread ran which part. */
enum { EI_SEED = 20150501, PARTS = 64 };

/* Every vertex's values under one grouping. */
struct grouping {
	int *pool;         /* the values, set after set */
	size_t *off, *len; /* per vertex: where its set starts, how many */
	size_t n_pool, n_values;
};

static void grouping_free(struct grouping *g)
{
	free(g->pool);
	free(g->off);
	free(g->len);
}

static int by_int(const void *a, const void *b)
{
	int x = *(const int *)a, y = *(const int *)b;
	return (x > y) - (x < y);
}

/* The number that VALUE stands for in MAP, a new one when it is new. */
static int intern(struct strmap *map, const char *value, size_t *count)
{
	size_t i;

	if (strmap_get(map, value, &i) == 0)
		return (int)i;
	strmap_put(map, value, *count);
	return (int)(*count)++;
}

static const char *attribute(const struct entity *e, const char *key)
{
	for (size_t i = 0; i < e->n_attributes; i++)
		if (!strcmp(e->attributes[i].key, key))
			return e->attributes[i].value;
	return NULL;
}

/* Key 0 is kind, 1 municipalities, 2 domains; else the attribute ATTR. */
static void grouping_build(const struct network *net, size_t key, const char *attr,
                           struct grouping *g)
{
	struct strmap map;
	size_t total = 0, n = (size_t)net->n;

	strmap_init(&map);
	memset(g, 0, sizeof(*g));
	for (size_t v = 0; v < n; v++) {
		const struct entity *e = network_entity(net, (igraph_integer_t)v);
		total += key == 1 ? e->n_municipalities : key == 2 ? e->domains.count : 1;
	}
	g->pool = xcalloc(total + 1, sizeof(*g->pool));
	g->off = xcalloc(n + 1, sizeof(*g->off));
	g->len = xcalloc(n + 1, sizeof(*g->len));
	for (size_t v = 0; v < n; v++) {
		const struct entity *e = network_entity(net, (igraph_integer_t)v);
		int *set = g->pool + g->n_pool;
		size_t len = 0;
		if (key == 0) {
			set[len++] = (int)e->kind;
		} else if (key == 1) {
			for (size_t i = 0; i < e->n_municipalities; i++)
				set[len++] = (int)e->municipalities[i];
		} else if (key == 2) {
			for (size_t i = 0; i < e->domains.count; i++)
				set[len++] = intern(&map, e->domains.items[i], &g->n_values);
		} else {
			const char *value = attribute(e, attr);
			if (value)
				set[len++] = intern(&map, value, &g->n_values);
		}
		qsort(set, len, sizeof(*set), by_int);
		size_t distinct = 0;
		for (size_t i = 0; i < len; i++)
			if (!distinct || set[distinct - 1] != set[i])
				set[distinct++] = set[i];
		g->off[v] = g->n_pool;
		g->len[v] = distinct;
		g->n_pool += distinct;
	}
	strmap_release(&map);
}

/* Whether the sorted sets A and B share a value. */
static bool share(const int *a, size_t na, const int *b, size_t nb)
{
	size_t i = 0, j = 0;

	while (i < na && j < nb) {
		if (a[i] == b[j])
			return true;
		if (a[i] < b[j])
			i++;
		else
			j++;
	}
	return false;
}

/* The attribute keys of the study, sorted and distinct, without the
 * remarks: keys none of whose values two entities share. */
static int by_string(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static bool is_grouping(const struct dataset *ds, const char *key)
{
	struct strmap seen;
	bool shared = false;

	strmap_init(&seen);
	for (size_t e = 0; e < ds->n_entities && !shared; e++) {
		const char *value = attribute(&ds->entities[e], key);
		if (value && strmap_put(&seen, value, e) < 0)
			shared = true;
	}
	strmap_release(&seen);
	return shared;
}

static const char **attribute_keys(const struct dataset *ds, size_t *count)
{
	size_t total = 0, n = 0, kept = 0;

	for (size_t e = 0; e < ds->n_entities; e++)
		total += ds->entities[e].n_attributes;
	const char **keys = xcalloc(total + 1, sizeof(*keys));
	for (size_t e = 0; e < ds->n_entities; e++)
		for (size_t i = 0; i < ds->entities[e].n_attributes; i++)
			keys[n++] = ds->entities[e].attributes[i].key;
	qsort(keys, n, sizeof(*keys), by_string);
	for (size_t i = 0; i < n; i++)
		if ((!kept || strcmp(keys[kept - 1], keys[i])) &&
		    (!i || strcmp(keys[i - 1], keys[i])))
			if (is_grouping(ds, keys[i]))
				keys[kept++] = keys[i];
	*count = kept;
	return keys;
}

/* The permutation test's data: the vertices with a value renumbered from
 * 0 (slot), the qualifying ties between them, and their sets. */
struct test_job {
	const struct grouping *g;
	const int *slot_vertex; /* per slot: its vertex */
	const int *label;       /* per slot: its one value, when every set has one */
	const int *ends;        /* per qualifying tie: two slots */
	long slots, ties, internal;
	unsigned key;
	long permutations;
};

/* What one thread found over its permutations: whole numbers. */
struct test_part {
	const struct test_job *job;
	long from, to;
	long long sum_internal;
	long at_least,
	    at_most; /* permutations with at least / at most the observed internal ties */
};

/* splitmix64: a seed per permutation, from its index alone. */
static uint64_t mix(uint64_t x)
{
	x += 0x9e3779b97f4a7c15ULL;
	x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
	x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
	return x ^ (x >> 31);
}

/* xorshift64*: the permutation's stream. */
static uint64_t next(uint64_t *s)
{
	*s ^= *s >> 12;
	*s ^= *s << 25;
	*s ^= *s >> 27;
	return *s * 0x2545f4914f6cdd1dULL;
}

/* A number from 0 to BOUND - 1 (Lemire's multiply-shift). */
static long below(uint64_t *s, long bound)
{
	return (long)(((next(s) >> 32) * (uint64_t)bound) >> 32);
}

static void run_part(void *ctx, int thread, long task)
{
	struct test_part *p = (struct test_part *)ctx + task;
	const struct test_job *j = p->job;
	const struct grouping *g = j->g;
	int *deal = xcalloc((size_t)j->slots + 1, sizeof(*deal));

	for (long perm = p->from; perm < p->to; perm++) {
		uint64_t s =
		    mix(((uint64_t)EI_SEED << 32) ^ ((uint64_t)j->key << 24) ^ (uint64_t)perm);
		long internal = 0;
		s = s ? s : 1;
		/* deal[i]: the value (or the slot whose set) slot i gets. */
		for (long i = 0; i < j->slots; i++)
			deal[i] = j->label ? j->label[i] : (int)i;
		for (long i = j->slots - 1; i > 0; i--) {
			long r = below(&s, i + 1);
			int t = deal[i];
			deal[i] = deal[r];
			deal[r] = t;
		}
		if (j->label) {
			for (long e = 0; e < j->ties; e++)
				internal += deal[j->ends[2 * e]] == deal[j->ends[2 * e + 1]];
		} else {
			for (long e = 0; e < j->ties; e++) {
				int a = j->slot_vertex[deal[j->ends[2 * e]]];
				int b = j->slot_vertex[deal[j->ends[2 * e + 1]]];
				internal += share(g->pool + g->off[a], g->len[a],
				                  g->pool + g->off[b], g->len[b]);
			}
		}
		p->sum_internal += internal;
		p->at_least += internal >= j->internal;
		p->at_most += internal <= j->internal;
	}
	(void)thread;
	free(deal);
}

/* The test of one grouping's index EI. */
static void permutation_test(const struct network *net, const struct grouping *g, unsigned key,
                             struct ei_index *ei)
{
	long n = (long)net->n, slots = 0, ties = 0;
	int *slot_of = xcalloc((size_t)n + 1, sizeof(*slot_of));
	int *slot_vertex = xcalloc((size_t)n + 1, sizeof(*slot_vertex));
	int *label = xcalloc((size_t)n + 1, sizeof(*label));
	int *ends = xcalloc(2 * (size_t)net->m + 2, sizeof(*ends));
	bool single = true;

	for (long v = 0; v < n; v++) {
		slot_of[v] = -1;
		if (!g->len[v])
			continue;
		single = single && g->len[v] == 1;
		label[slots] = g->pool[g->off[v]];
		slot_vertex[slots] = (int)v;
		slot_of[v] = (int)slots++;
	}
	for (igraph_integer_t e = 0; e < net->m; e++) {
		int a = slot_of[net->ties[e].a], b = slot_of[net->ties[e].b];
		if (a >= 0 && b >= 0)
			ends[2 * ties] = a, ends[2 * ties + 1] = b, ties++;
	}
	double work = (double)(slots + ties) * EI_PERMUTATIONS;
	long perms = work > EI_WORK ? (long)(EI_WORK / (double)(slots + ties)) : EI_PERMUTATIONS;
	if (perms < EI_MIN_PERMUTATIONS)
		perms = EI_MIN_PERMUTATIONS;
	struct test_job job = {
	    g, slot_vertex, single ? label : NULL, ends, slots, ties, ei->internal, key, perms};
	long parts = perms / 100 < 1 ? 1 : perms / 100 < PARTS ? perms / 100 : PARTS;
	struct test_part *part = xcalloc((size_t)parts, sizeof(*part));
	for (long t = 0; t < parts; t++) {
		part[t].job = &job;
		part[t].from = perms * t / parts;
		part[t].to = perms * (t + 1) / parts;
	}
	pool_run(parts, 0, run_part, NULL, part);
	long long sum = 0;
	long at_least = 0, at_most = 0;
	for (long t = 0; t < parts; t++) {
		sum += part[t].sum_internal;
		at_least += part[t].at_least;
		at_most += part[t].at_most;
	}
	/* E-I = (ties - 2 internal) / ties: fewer internal ties, a higher E-I. */
	double mean_internal = (double)sum / (double)perms;
	ei->test.expected = ((double)ties - 2 * mean_internal) / (double)ties;
	ei->test.p_low = (double)at_least / (double)perms;
	ei->test.p_high = (double)at_most / (double)perms;
	ei->test.permutations = perms;
	free(part);
	free(ends);
	free(label);
	free(slot_vertex);
	free(slot_of);
}

/* The index of one grouping, and its test where the index is not null. */
static void one_index(const struct network *net, size_t key, struct ei_index *ei)
{
	struct grouping g;
	bool *seen;
	size_t groups = 0, n_seen;

	grouping_build(net, key, ei->key, &g);
	/* The values are entity indexes (municipalities), kinds or interned
	 * numbers: below the larger of the two counts. */
	n_seen = (net->ds->n_entities > g.n_values ? net->ds->n_entities : g.n_values) + KIND_COUNT;
	seen = xcalloc(n_seen + 1, sizeof(*seen));
	for (igraph_integer_t e = 0; e < net->m; e++) {
		igraph_integer_t a = net->ties[e].a, b = net->ties[e].b;
		if (!g.len[a] || !g.len[b])
			continue;
		if (share(g.pool + g.off[a], g.len[a], g.pool + g.off[b], g.len[b]))
			ei->internal++;
		else
			ei->external++;
		for (int end = 0; end < 2; end++) {
			igraph_integer_t v = end ? b : a;
			for (size_t i = 0; i < g.len[v]; i++)
				if (!seen[g.pool[g.off[v] + i]]) {
					seen[g.pool[g.off[v] + i]] = true;
					groups++;
				}
		}
	}
	long total = ei->external + ei->internal;
	ei->value =
	    total && groups >= 2 ? (double)(ei->external - ei->internal) / (double)total : NAN;
	ei->test = (struct ei_test){NAN, NAN, NAN, 0};
	if (!isnan(ei->value))
		permutation_test(net, &g, (unsigned)key, ei);
	free(seen);
	grouping_free(&g);
}

void ei_compute(const struct network *net, struct ei_index **out, size_t *n)
{
	static const char *const fixed[] = {"kind", "municipalities", "domains"};
	size_t n_attr;
	const char **attrs = attribute_keys(net->ds, &n_attr);
	struct ei_index *ei = xcalloc(3 + n_attr, sizeof(*ei));

	for (size_t k = 0; k < 3 + n_attr; k++) {
		ei[k].key = k < 3 ? fixed[k] : attrs[k - 3];
		one_index(net, k, &ei[k]);
	}
	free(attrs);
	*out = ei;
	*n = 3 + n_attr;
}
