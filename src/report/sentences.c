/* report/sentences: change between waves, said as a person says it. */
#include "report/sentences.h"
#include "network/whatif.h"
#include "util/strbuf.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

/* A list of pairs longer than this names the first and says how many more
 * (timeline-changes.csv beside the page holds them all). */
enum { PAIRS_NAMED = 8 };

/* Appends template ZERO, ONE or MANY as N asks, with N as {1}. */
static void counted(struct strbuf *sb, enum lang lang, long n, enum text_id zero, enum text_id one,
                    enum text_id many)
{
	char num[24];

	snprintf(num, sizeof(num), "%ld", n);
	txf(sb, lang, n == 0 ? zero : n == 1 ? one : many, num, NULL);
}

static void number(struct strbuf *sb, enum lang lang, double x, int decimals)
{
	tx_number(sb, lang, x, decimals);
}

void say_movement(struct strbuf *sb, enum lang lang, double from, double to, int decimals)
{
	struct strbuf a, b;

	sb_init(&a);
	sb_init(&b);
	number(&a, lang, from, decimals);
	number(&b, lang, to, decimals);
	if (from == to)
		txf(sb, lang, T_RS_STAYED, b.buf, NULL);
	else if (!strcmp(a.buf, b.buf))
		txf(sb, lang, T_RS_HARDLY, b.buf, NULL);
	else
		txf(sb, lang, to > from ? T_RS_ROSE : T_RS_FELL, a.buf, b.buf, NULL);
	sb_release(&a);
	sb_release(&b);
}

void say_list(struct strbuf *sb, const char *const *items, size_t n, enum lang lang)
{
	for (size_t i = 0; i < n; i++) {
		if (i)
			sb_adds(sb, i + 1 == n ? tx(lang, T_LIST_AND) : ", ");
		sb_adds(sb, items[i]);
	}
}

static long interviews_in(const struct model *m, size_t wave)
{
	return m->waves[wave].interviewed;
}

static void sentence_end(struct strbuf *sb)
{
	if (sb->len)
		sb_addc(sb, ' ');
}

void say_change(struct strbuf *sb, const struct model *m, const struct wave_change *c,
                enum lang lang)
{
	const struct dataset *ds = m->ds;
	const char *a = ds->waves[c->from].id, *b = ds->waves[c->to].id;
	struct strbuf s1, s2, s3, list;

	/* A wave nobody was interviewed in has no change to measure. */
	if (!interviews_in(m, c->from) || !interviews_in(m, c->to)) {
		txf(sb, lang, T_RS_NO_CHANGE, interviews_in(m, c->to) ? a : b, a, b, NULL);
		return;
	}
	sb_init(&s1);
	sb_init(&s2);
	sb_init(&s3);
	sb_init(&list);
	counted(&s1, lang, (long)c->n_gained, T_RS_GAINED_0, T_RS_GAINED_1, T_RS_GAINED_N);
	counted(&s2, lang, (long)c->n_lost, T_RS_LOST_0, T_RS_LOST_1, T_RS_LOST_N);
	counted(&s3, lang, c->kept, T_RS_KEPT_0, T_RS_KEPT_1, T_RS_KEPT_N);
	txf(sb, lang, T_RS_CHANGE, a, b, s1.buf, s2.buf, s3.buf, NULL);
	if (c->n_joined) {
		whatif_name_list(&list, ds, c->joined, c->n_joined, lang);
		sentence_end(sb);
		txf(sb, lang, T_RS_JOINED, b, list.buf, NULL);
	}
	if (c->n_left) {
		sb_reset(&list);
		whatif_name_list(&list, ds, c->left, c->n_left, lang);
		sentence_end(sb);
		txf(sb, lang, T_RS_LEFT, b, list.buf, NULL);
	}
	const struct network_measures *x = &m->tl.waves[c->from], *y = &m->tl.waves[c->to];
	sb_reset(&s1);
	sb_reset(&s2);
	say_movement(&s1, lang, x->fragmentation, y->fragmentation, 2);
	say_movement(&s2, lang, x->density, y->density, 2);
	sentence_end(sb);
	txf(sb, lang, T_RS_SHAPE, s1.buf, s2.buf, NULL);
	if (!isnan(c->jaccard)) {
		static const enum text_id reading[] = {
		    [STABILITY_UNKNOWN] = T_RS_STABLE, /* not reached: jaccard is a number */
		    [STABILITY_TOO_LOW] = T_RS_TOO_CHANGED,
		    [STABILITY_MODERATE] = T_RS_MODERATE,
		    [STABILITY_STABLE] = T_RS_STABLE,
		};
		sb_reset(&s1);
		sb_reset(&s2);
		number(&s1, lang, 100 * c->jaccard, 0);
		sb_addc(&s1, '%');
		number(&s2, lang, c->jaccard, 2);
		sentence_end(sb);
		txf(sb, lang, T_RS_JACCARD, s1.buf, s2.buf,
		    tx(lang, reading[timeline_stability(c->jaccard)]), NULL);
	}
	sb_release(&s1);
	sb_release(&s2);
	sb_release(&s3);
	sb_release(&list);
}

/* Of the unobserved pairs, those tied in the network NET (the wave they
 * were seen in). */
static long seen_in(const struct network *net, const struct wave_change *c)
{
	long n = 0;

	for (size_t i = 0; i < c->n_unobserved; i++) {
		igraph_integer_t u = net->vertex[c->unobserved[i].a],
		                 v = net->vertex[c->unobserved[i].b];
		n += u >= 0 && v >= 0 && network_tie(net, u, v);
	}
	return n;
}

/* Kept pairs whose level is lower in B but that are not weakened: someone
 * who named them in A was not interviewed in B. */
static long falls_not_counted(const struct model *m, const struct wave_change *c)
{
	const struct network *a = &m->nets[c->from], *b = &m->nets[c->to];
	long falls = 0;

	for (igraph_integer_t e = 0; e < b->m; e++) {
		const struct net_tie *tb = &b->ties[e];
		igraph_integer_t u = a->vertex[b->entity[tb->a]], v = a->vertex[b->entity[tb->b]];
		const struct net_tie *ta = u >= 0 && v >= 0 ? network_tie(a, u, v) : NULL;
		falls += ta && tb->level < ta->level;
	}
	return falls - (long)c->n_weakened;
}

void say_nonresponse(struct strbuf *sb, const struct model *m, const struct wave_change *c,
                     enum lang lang)
{
	const struct dataset *ds = m->ds;
	const char *a = ds->waves[c->from].id, *b = ds->waves[c->to].id;
	struct strbuf names, n;

	if (!interviews_in(m, c->from) || !interviews_in(m, c->to))
		return;
	sb_init(&names);
	sb_init(&n);
	if (c->n_missing_to) {
		whatif_name_list(&names, ds, c->missing_to, c->n_missing_to, lang);
		txf(sb, lang, c->n_missing_to == 1 ? T_RS_MISSING_TO_1 : T_RS_MISSING_TO_N,
		    names.buf, b, a, NULL);
		long hidden = seen_in(&m->nets[c->from], c), falls = falls_not_counted(m, c);
		sentence_end(sb);
		if (hidden) {
			sb_addf(&n, "%ld", hidden);
			txf(sb, lang, hidden == 1 ? T_RS_HIDDEN_1 : T_RS_HIDDEN_N, n.buf, a, b,
			    NULL);
		} else {
			txf(sb, lang, T_RS_HIDDEN_0, a, NULL);
		}
		if (falls > 0) {
			sb_reset(&n);
			sb_addf(&n, "%ld", falls);
			sentence_end(sb);
			txf(sb, lang, falls == 1 ? T_RS_FALLS_1 : T_RS_FALLS_N, n.buf, a, b, NULL);
		}
	}
	if (c->n_missing_from) {
		sb_reset(&names);
		whatif_name_list(&names, ds, c->missing_from, c->n_missing_from, lang);
		sentence_end(sb);
		txf(sb, lang, c->n_missing_from == 1 ? T_RS_MISSING_FROM_1 : T_RS_MISSING_FROM_N,
		    names.buf, b, a, NULL);
		long hidden = seen_in(&m->nets[c->to], c);
		if (hidden) {
			sb_reset(&n);
			sb_addf(&n, "%ld", hidden);
			sentence_end(sb);
			txf(sb, lang, hidden == 1 ? T_RS_UNSEEN_1 : T_RS_UNSEEN_N, n.buf, a, b,
			    NULL);
		}
	}
	sb_release(&names);
	sb_release(&n);
}

/* "between A and B, between C and D and between E and F", the first
 * PAIRS_NAMED of them, then how many more. */
static void pair_names(struct strbuf *sb, const struct dataset *ds, const struct entity_pair *p,
                       size_t n, enum lang lang)
{
	size_t shown = n > PAIRS_NAMED ? PAIRS_NAMED : n;

	for (size_t i = 0; i < shown; i++) {
		if (i)
			sb_adds(sb, i + 1 == shown && shown == n ? tx(lang, T_LIST_AND) : ", ");
		txf(sb, lang, T_RS_BETWEEN, ds->entities[p[i].a].name, ds->entities[p[i].b].name,
		    NULL);
	}
	if (shown < n) {
		char more[24];
		snprintf(more, sizeof(more), "%zu", n - shown);
		txf(sb, lang, T_RS_AND_MORE, more, NULL);
	}
}

void say_levels(struct strbuf *sb, const struct model *m, const struct wave_change *c,
                enum lang lang)
{
	const struct dataset *ds = m->ds;
	const char *a = ds->waves[c->from].id;
	struct strbuf list;
	char n[24];

	if (!interviews_in(m, c->from) || !interviews_in(m, c->to) || !c->kept)
		return;
	if (!c->n_strengthened && !c->n_weakened) {
		txf(sb, lang, T_RS_LEVELS_SAME, a, NULL);
		return;
	}
	sb_init(&list);
	if (c->n_strengthened) {
		pair_names(&list, ds, c->strengthened, c->n_strengthened, lang);
		snprintf(n, sizeof(n), "%zu", c->n_strengthened);
		txf(sb, lang, c->n_strengthened == 1 ? T_RS_STRONGER_1 : T_RS_STRONGER_N, n, a,
		    list.buf, NULL);
	}
	if (c->n_weakened) {
		sb_reset(&list);
		pair_names(&list, ds, c->weakened, c->n_weakened, lang);
		snprintf(n, sizeof(n), "%zu", c->n_weakened);
		sentence_end(sb);
		txf(sb, lang, c->n_weakened == 1 ? T_RS_WEAKER_1 : T_RS_WEAKER_N, n, a, list.buf,
		    NULL);
	} else {
		sentence_end(sb);
		txf(sb, lang, T_RS_WEAKER_0, NULL);
	}
	sb_release(&list);
}
