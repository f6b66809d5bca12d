/*
 * build: the report's blocks (report/doc.h), built once from the model in
 * the report's language, for every writer of the report. A block is named
 * by the element the page shows it as ("p", "p class=\"warn\"", "li",
 * "h3", "td class=\"n\"": a number, right-aligned), so that a section
 * reads as the page it becomes; text is kept as it is, and each writer
 * escapes it.
 */
#include "report/build.h"
#include "report/sentences.h"
#include "report/findings.h"
#include "util/date.h"
#include "analysis/measure-table.h"
#include "i18n/msg.h"
#include "out/advise.h"
#include "out/measure.h"
#include "out/timeline.h"
#include "util/strbuf.h"
#include "i18n/texts.h"
#include "network/whatif.h"

#include <math.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

struct page {
	const struct dataset *ds;
	const struct model *m;
	const struct positions *pos;
	const struct report_options *o;
	struct doc *doc;
};

static const char *T(const struct page *st, enum text_id id)
{
	return tx(st->o->lang, id);
}

/* A study too large to read entity by entity shows the top of each list
 * and says so; the CSV files beside the page hold everything. */
enum { LIST_AT_MOST = 300, NAME_AT_MOST = 50 };

/* TEXT as the block TAG names: "hN" a heading, "li" a list item, else a
 * paragraph; class "warn", "subtitle" or "pairs" its style. */
static struct block *text_block(struct page *st, const char *tag, const char *text)
{
	enum block_kind kind = tag[0] == 'h'   ? BLOCK_HEADING
	                       : tag[0] == 'l' ? BLOCK_ITEM
	                                       : BLOCK_PARA;
	struct block *b = doc_add(st->doc, kind, text);

	if (kind == BLOCK_HEADING)
		b->level = tag[1] - '0';
	b->style = strstr(tag, "warn")       ? STYLE_WARN
	           : strstr(tag, "subtitle") ? STYLE_SUBTITLE
	           : strstr(tag, "pairs")    ? STYLE_PAIRS
	                                     : STYLE_PLAIN;
	return b;
}

/* A template with its arguments filled in, as the block TAG names. */
static void para(struct page *st, const char *tag, enum text_id id, ...)
{
	struct strbuf sb;
	va_list ap;

	sb_init(&sb);
	va_start(ap, id);
	vtxf(&sb, st->o->lang, id, ap);
	va_end(ap);
	text_block(st, tag, sb.buf);
	sb_release(&sb);
}

/* Each line of SB (sentences of findings.h) as a paragraph. */
static void lines(struct page *st, struct strbuf *sb)
{
	for (char *line = sb->buf, *end; line && *line; line = end ? end + 1 : NULL) {
		end = strchr(line, '\n');
		if (end)
			*end = '\0';
		text_block(st, "p", line);
	}
	sb_release(sb);
}

static void heading(struct page *st, const char *anchor, enum text_id id)
{
	struct block *b = text_block(st, "h2", T(st, id));

	b->anchor = xstrdup(anchor);
}

/* A table, and its header row, which the next cells fill. */
static void table(struct page *st)
{
	doc_table(st->doc);
	doc_row(st->doc);
}

static void row(struct page *st)
{
	doc_row(st->doc);
}

/* A cell of the row: TAG "th" a header, "td" data, class "n" a number. */
static void cell(struct page *st, const char *tag, const char *text)
{
	doc_cell(st->doc, text, strstr(tag, "class=\"n\"") != NULL, tag[1] == 'h');
}

static void cell_num(struct page *st, double x, int decimals)
{
	struct strbuf sb;

	sb_init(&sb);
	tx_number(&sb, st->o->lang, x, decimals);
	cell(st, "td class=\"n\"", sb.buf);
	sb_release(&sb);
}

/* A number as a string for a template argument; one of a few buffers. */
static const char *num(const struct page *st, double x, int decimals)
{
	static struct strbuf bufs[6];
	static unsigned next;
	struct strbuf *sb = &bufs[next++ % 6];

	sb_release(sb);
	tx_number(sb, st->o->lang, x, decimals);
	return sb->buf;
}

/* The diagram NAME (a file name without extension) with its caption. */
static void figure(struct page *st, const char *name, const char *caption)
{
	struct block *b = doc_add(st->doc, BLOCK_FIGURE, caption);

	b->figure = xstrdup(name);
}

static const char *kind_text(const struct page *st, enum kind k)
{
	static const enum text_id ids[] = {T_KIND_MUNICIPALITY, T_KIND_ORGANISATION, T_KIND_TEAM,
	                                   T_KIND_INFORMAL};
	return T(st, ids[k]);
}

/* Every entity of the study, with the waves it was interviewed in. */
static void participants(struct page *st)
{
	const struct dataset *ds = st->ds;

	para(st, "h3", T_R_WHO, NULL);
	table(st);
	cell(st, "th", T(st, T_R_NAME));
	cell(st, "th", T(st, T_R_KIND));
	cell(st, "th", T(st, T_R_INTERVIEWED_IN));
	for (size_t e = 0; e < ds->n_entities && e < LIST_AT_MOST; e++) {
		struct strbuf waves;
		sb_init(&waves);
		for (size_t w = 0; w < ds->n_waves; w++) {
			igraph_integer_t v = st->m->nets[w].vertex[e];
			if (v >= 0 && st->m->nets[w].interviewed[v])
				sb_addf(&waves, "%s%s", waves.len ? ", " : "", ds->waves[w].id);
		}
		row(st);
		cell(st, "td", ds->entities[e].name);
		cell(st, "td", kind_text(st, ds->entities[e].kind));
		cell(st, "td", waves.buf);
		sb_release(&waves);
	}
	if (ds->n_entities > LIST_AT_MOST) {
		char listed[24], all[24];
		snprintf(listed, sizeof(listed), "%d", LIST_AT_MOST);
		snprintf(all, sizeof(all), "%zu", ds->n_entities);
		para(st, "p", T_R_FIRST_ENTITIES, listed, all, NULL);
	}
}

static void glance(struct page *st)
{
	const struct dataset *ds = st->ds;
	size_t kinds[KIND_COUNT] = {0};
	static const enum text_id one[] = {T_KIND_MUNICIPALITY, T_KIND_ORGANISATION, T_KIND_TEAM,
	                                   T_KIND_INFORMAL},
	                          many[] = {T_KINDS_MUNICIPALITY, T_KINDS_ORGANISATION,
	                                    T_KINDS_TEAM, T_KINDS_INFORMAL};
	char total[64], k[KIND_COUNT][64];

	for (size_t e = 0; e < ds->n_entities; e++)
		kinds[ds->entities[e].kind]++;
	tx_count(total, sizeof(total), st->o->lang, (long)ds->n_entities, T_CT_ENTITY,
	         T_CT_ENTITIES);
	for (int i = 0; i < KIND_COUNT; i++)
		tx_count(k[i], sizeof(k[i]), st->o->lang, (long)kinds[i], one[i], many[i]);
	para(st, "p", T_R_GLANCE_TEXT, total, k[0], k[1], k[2], k[3], NULL);
	table(st);
	cell(st, "th", T(st, T_R_WAVE));
	cell(st, "th", T(st, T_R_DATE));
	cell(st, "th class=\"n\"", T(st, T_R_ENTITIES));
	cell(st, "th class=\"n\"", T(st, T_R_INTERVIEWS));
	cell(st, "th class=\"n\"", T(st, T_R_RESPONSE));
	cell(st, "th class=\"n\"", T(st, T_R_TIES));
	cell(st, "th class=\"n\"", T(st, T_R_CONFIRMED));
	for (size_t w = 0; w < ds->n_waves; w++) {
		const struct network *net = &st->m->nets[w];
		long interviewed = st->m->waves[w].interviewed,
		     confirmed = st->m->waves[w].confirmed;
		struct strbuf date, share;
		sb_init(&date);
		sb_init(&share);
		tx_date(&date, st->o->lang, ds->waves[w].date);
		tx_number(&share, st->o->lang, net->n ? 100.0 * interviewed / net->n : 0, 0);
		sb_addc(&share, '%');
		row(st);
		cell(st, "td", ds->waves[w].label ? ds->waves[w].label : ds->waves[w].id);
		cell(st, "td", date.buf);
		cell_num(st, (double)net->n, 0);
		cell_num(st, (double)interviewed, 0);
		cell(st, "td class=\"n\"", share.buf);
		sb_release(&date);
		sb_release(&share);
		cell_num(st, (double)net->m, 0);
		cell_num(st, (double)confirmed, 0);
	}
	participants(st);
}

static void networks(struct page *st)
{
	const struct dataset *ds = st->ds;

	para(st, "p", T_R_NETWORKS_TEXT, NULL);
	for (size_t w = 0; w < ds->n_waves; w++) {
		char name[48];
		snprintf(name, sizeof(name), "network-wave%zu", w + 1);
		struct strbuf label;
		sb_init(&label);
		if (ds->waves[w].label)
			sb_addf(&label, " (%s)", ds->waves[w].label);
		para(st, "h3", T_R_NETWORK_OF, ds->waves[w].id, label.buf, NULL);
		sb_release(&label);
		figure(st, name, ds->waves[w].id);
	}
}

/* The brokers' table lists the first this many by betweenness, and says so
 * when the wave has more. */
enum { BROKERS_LISTED = 12 };

static void brokers(struct page *st)
{
	size_t last = st->ds->n_waves - 1;
	const struct network *net = &st->m->nets[last];
	const struct measures *m = &st->m->ms[last];
	size_t *order = out_by_betweenness(net, m);
	struct strbuf names;
	long shown = 0;

	const char *top[3];
	size_t n_top = 0;
	sb_init(&names);
	for (long i = 0; i < m->n && i < 3 && m->v[order[i]].betweenness > 0; i++)
		top[n_top++] = network_entity(net, (igraph_integer_t)order[i])->name;
	say_list(&names, top, n_top, st->o->lang);
	if (names.len)
		para(st, "p", n_top == 1 ? T_R_BROKERS_ONE : T_R_BROKERS_TEXT, names.buf,
		     st->ds->waves[last].id, NULL);
	for (long i = 0; i < m->n; i++) {
		const struct entity_measures *x = &m->v[order[i]];
		char cut[24];
		if (!x->cutpoint || shown >= 5)
			continue;
		snprintf(cut, sizeof(cut), "%ld", x->cut_off);
		struct strbuf f0, f1;
		sb_init(&f0);
		sb_init(&f1);
		tx_number_pair(&f0, &f1, st->o->lang, m->net.fragmentation,
		               x->fragmentation_without, 2);
		para(st, "p", x->cut_off == 1 ? T_R_KEYPLAYER_ONE : T_R_KEYPLAYER,
		     network_entity(net, (igraph_integer_t)order[i])->name, f0.buf, f1.buf, cut,
		     NULL);
		sb_release(&f0);
		sb_release(&f1);
		shown++;
	}
	if (!shown)
		para(st, "p", T_R_NO_KEYPLAYER, NULL);
	sb_reset(&names);
	findings_brokers(&names, net, m, st->o->lang);
	lines(st, &names);
	sb_init(&names);
	table(st);
	cell(st, "th", T(st, T_R_NAME));
	cell(st, "th", T(st, T_R_KIND));
	cell(st, "th class=\"n\"", T(st, T_R_DEGREE));
	cell(st, "th class=\"n\"", T(st, T_R_BETWEENNESS));
	cell(st, "th class=\"n\"", T(st, T_R_CLOSENESS));
	cell(st, "th", T(st, T_R_CUTPOINT));
	cell(st, "th class=\"n\"", T(st, T_R_F_WITHOUT));
	for (long i = 0; i < m->n && i < BROKERS_LISTED; i++) {
		const struct entity_measures *x = &m->v[order[i]];
		const struct entity *e = network_entity(net, (igraph_integer_t)order[i]);
		row(st);
		cell(st, "td", e->name);
		cell(st, "td", kind_text(st, e->kind));
		cell_num(st, (double)x->degree, 0);
		cell_num(st, x->betweenness, 3);
		cell_num(st, x->closeness, 3);
		cell(st, "td", x->cutpoint ? T(st, T_R_YES) : "");
		cell_num(st, x->fragmentation_without, 3);
	}
	if (m->n > BROKERS_LISTED) {
		char listed[24], all[24], file[48];
		snprintf(listed, sizeof(listed), "%d", BROKERS_LISTED);
		snprintf(all, sizeof(all), "%ld", (long)m->n);
		snprintf(file, sizeof(file), "measures-wave%zu.csv", last + 1);
		para(st, "p", T_R_BROKERS_TOP, listed, all, file, NULL);
	}
	sb_release(&names);
	free(order);
}

static void fragmentation(struct page *st)
{
	size_t last = st->ds->n_waves - 1;
	const struct network_measures *nm = &st->m->ms[last].net;
	const struct network *net = &st->m->nets[last];
	char comp[24], largest[24], iso[24];
	struct strbuf names;

	snprintf(comp, sizeof(comp), "%ld", nm->components);
	snprintf(largest, sizeof(largest), "%ld", nm->largest_component);
	snprintf(iso, sizeof(iso), "%ld", nm->isolates);
	if (nm->components == 1)
		para(st, "p", T_R_CONNECTED_TEXT, num(st, nm->fragmentation, 2),
		     num(st, nm->distance_fragmentation, 2), NULL);
	else
		para(st, "p", T_R_FRAGMENTATION_TEXT, comp, largest, iso,
		     num(st, nm->fragmentation, 2), num(st, nm->distance_fragmentation, 2), NULL);
	sb_init(&names);
	long isolates = 0;
	const char **alone = xcalloc(NAME_AT_MOST, sizeof(*alone));
	for (long v = 0; v < st->m->ms[last].n; v++)
		if (st->m->ms[last].v[v].degree == 0 && isolates++ < NAME_AT_MOST)
			alone[isolates - 1] = network_entity(net, v)->name;
	/* With more to say after it, the list ends in a comma, not in "and". */
	if (isolates > NAME_AT_MOST)
		for (long i = 0; i < NAME_AT_MOST; i++)
			sb_addf(&names, "%s%s", i ? ", " : "", alone[i]);
	else
		say_list(&names, alone, (size_t)isolates, st->o->lang);
	free(alone);
	if (isolates > NAME_AT_MOST) {
		char more[24];
		snprintf(more, sizeof(more), "%ld", isolates - NAME_AT_MOST);
		para(st, "p", T_R_ISOLATES_MORE, names.buf, more, NULL);
	} else if (names.len) {
		para(st, "p", T_R_ISOLATES_ARE, names.buf, NULL);
	}
	sb_release(&names);
}

static void silos(struct page *st)
{
	const struct network_measures *nm = &st->m->ms[st->ds->n_waves - 1].net;

	struct strbuf sb;

	para(st, "p", T_R_SILOS_TEXT, NULL);
	sb_init(&sb);
	findings_silos(&sb, nm, st->o->lang);
	lines(st, &sb);
	table(st);
	cell(st, "th", T(st, T_R_EI_KEY));
	cell(st, "th class=\"n\"", T(st, T_R_EI_VALUE));
	cell(st, "th", T(st, T_R_EI_READING));
	for (size_t i = 0; i < nm->n_ei; i++) {
		double v = nm->ei[i].value;
		enum text_id reading = isnan(v)    ? T_R_EI_NONE
		                       : v < -0.33 ? T_R_EI_INSIDE
		                       : v > 0.33  ? T_R_EI_ACROSS
		                                   : T_R_EI_MIXED;
		row(st);
		cell(st, "td",
		     !strcmp(nm->ei[i].key, "kind") ? T(st, T_R_KIND)
		                                    : tx_ei_key(st->o->lang, nm->ei[i].key));
		cell_num(st, v, 2);
		cell(st, "td", T(st, reading));
	}
}

/* How both sides of the last wave see their ties (findings.h). */
static void perception_lines(struct page *st)
{
	struct strbuf sb;

	sb_init(&sb);
	findings_perception(&sb, &st->m->nets[st->m->last], st->o->lang);
	lines(st, &sb);
}

static void trust(struct page *st)
{
	if (isnan(st->m->ms[st->m->last].net.trust)) {
		para(st, "p", T_R_TRUST_NONE, NULL);
		perception_lines(st);
		return;
	}
	para(st, "p", T_R_TRUST_TEXT, num(st, st->m->ms[st->m->last].net.trust, 2), NULL);
	table(st);
	cell(st, "th", T(st, T_R_TRUST_ROW));
	for (int k = 0; k < KIND_COUNT; k++)
		cell(st, "th class=\"n\"", kind_text(st, (enum kind)k));
	for (int a = 0; a < KIND_COUNT; a++) {
		row(st);
		cell(st, "th", kind_text(st, (enum kind)a));
		for (int b = 0; b < KIND_COUNT; b++)
			cell_num(st, st->m->trust[a][b], 2);
	}
	perception_lines(st);
}

/* Per municipality, the cells nobody serves ("oost (ouderen), ..."). */
static void gaps_text(struct page *st)
{
	const struct overlap *ov = &st->m->ov;
	struct strbuf list;

	sb_init(&list);
	for (size_t i = 0; i < ov->n_gaps; i++) {
		const struct overlap_gap *g = &ov->gaps[i], *prev = i ? &ov->gaps[i - 1] : NULL;
		const struct overlap_gap *next = i + 1 < ov->n_gaps ? &ov->gaps[i + 1] : NULL;
		const char *group = ov->no_groups ? T(st, T_OV_ALL_GROUPS) : ov->groups[g->group];
		if (prev && prev->municipality == g->municipality && prev->area == g->area)
			sb_addf(&list, ", %s", group);
		else
			sb_addf(&list, "%s%s (%s", list.len ? "; " : "", ov->areas[g->area], group);
		if (!next || next->municipality != g->municipality || next->area != g->area)
			sb_addc(&list, ')');
		if (!next || next->municipality != g->municipality) {
			para(st, "p class=\"warn\"", T_R_GAPS_OF,
			     st->ds->entities[g->municipality].name, list.buf, NULL);
			sb_reset(&list);
		}
	}
	if (!ov->n_gaps)
		para(st, "p", T_R_NO_GAPS, NULL);
	sb_release(&list);
}

static void overlap_section(struct page *st)
{
	const struct dataset *ds = st->ds;
	struct overlap_detail d = {0};

	para(st, "p", T_R_OVERLAP_TEXT, NULL);
	if (!st->m->ov.n_pairs)
		para(st, "p", T_R_OVERLAP_NONE, NULL);
	for (int aware = 0; aware <= 1 && st->m->ov.n_pairs; aware++) {
		for (size_t i = 0; i < st->m->ov.n_pairs; i++) {
			const struct overlap_pair *p = &st->m->ov.pairs[i];
			struct strbuf groups, areas;
			if (p->aware != aware)
				continue;
			sb_init(&groups);
			sb_init(&areas);
			const char *all = T(st, T_OV_ALL_GROUPS);
			overlap_detail(&st->m->ov, ds, p, &d);
			if (st->m->ov.no_groups)
				say_list(&groups, &all, 1, st->o->lang);
			else
				say_list(&groups, d.groups, d.n_groups, st->o->lang);
			say_list(&areas, d.areas, d.n_areas, st->o->lang);
			para(st, aware ? "li" : "li class=\"warn\"",
			     aware ? T_R_OVERLAP_AWARE : T_R_OVERLAP_UNAWARE,
			     ds->entities[p->a].name, ds->entities[p->b].name, groups.buf,
			     areas.buf, num(st, p->coverage_overlap, 2), NULL);
			sb_release(&groups);
			sb_release(&areas);
		}
	}
	overlap_detail_free(&d);
	if (st->m->ov.n_pairs)
		figure(st, "overlap", T(st, T_R_OVERLAP));
	/* The other half: where nobody serves, next to where teams overlap. */
	if (!st->m->ov.n_rows)
		return;
	para(st, "h3", T_R_COVERAGE, NULL);
	para(st, "p", T_R_COVERAGE_TEXT, NULL);
	gaps_text(st);
	figure(st, "coverage", T(st, T_R_COVERAGE));
}

static void pair_list(struct page *st, enum text_id title, const struct entity_pair *p, size_t n)
{
	if (!n)
		return;
	para(st, "h4", title, NULL);
	for (size_t i = 0; i < n && i < LIST_AT_MOST; i++) {
		struct strbuf pair;
		sb_init(&pair);
		sb_addf(&pair, "%s – %s", st->ds->entities[p[i].a].name,
		        st->ds->entities[p[i].b].name);
		text_block(st, "li class=\"pairs\"", pair.buf);
		sb_release(&pair);
	}
	if (n > LIST_AT_MOST) {
		char more[24];
		snprintf(more, sizeof(more), "%zu", n - (size_t)LIST_AT_MOST);
		para(st, "p", T_R_PAIRS_MORE, more, NULL);
	}
}

static void change(struct page *st)
{
	const struct dataset *ds = st->ds;

	if (!st->m->tl.n_changes)
		para(st, "p", T_R_CHANGE_ONE_WAVE, NULL);
	for (size_t i = 0; i < st->m->tl.n_changes; i++) {
		const struct wave_change *c = &st->m->tl.changes[i];
		void (*const say[])(struct strbuf *, const struct model *,
		                    const struct wave_change *,
		                    enum lang) = {say_change, say_nonresponse, say_levels};
		struct strbuf sb;
		sb_init(&sb);
		for (size_t k = 0; k < sizeof(say) / sizeof(say[0]); k++) {
			sb_reset(&sb);
			say[k](&sb, st->m, c, st->o->lang);
			if (!sb.len)
				continue;
			text_block(st, "p", sb.buf);
		}
		sb_release(&sb);
		pair_list(st, T_R_STARTED_TIES, c->gained, c->n_gained);
		pair_list(st, T_R_ENDED_TIES, c->lost, c->n_lost);
		pair_list(st, T_TL_UNOBSERVED, c->unobserved, c->n_unobserved);
	}
	if (ds->n_waves > 1 && st->pos->n)
		figure(st, "change", T(st, T_R_CHANGE));
	else if (ds->n_waves > 1)
		para(st, "p", T_R_CHANGE_TOO_MANY, NULL);
	para(st, "h3", T_R_GROWTH, NULL);
	figure(st, "growth", T(st, T_R_GROWTH));
}

/* A change for people: "+0.5", "-1.0", "0.0"; "-" for none. */
static const char *signed_num(const struct page *st, double x)
{
	static char buf[32];
	double r = round(x * 10) / 10;

	r = r == 0 ? 0 : r; /* no "-0.0" */
	snprintf(buf, sizeof(buf), "%s%s", r > 0 ? "+" : "", num(st, isnan(x) ? x : r, 1));
	return buf;
}

/* Every wave's means, and the change from the first scored wave to the
 * last over the same respondents, for all and per kind. */
static void scores_over_time(struct page *st)
{
	const struct dataset *ds = st->ds;
	const struct task_scores *s = &st->m->scores;
	const char *first = ds->waves[s->first_wave].id, *last = ds->waves[s->wave].id;
	struct strbuf head;

	if (s->first_wave == s->wave)
		return;
	para(st, "h3", T_R_SCORES_OVER_TIME, NULL);
	para(st, "p", T_R_SCORES_OVER_TIME_TEXT, first, last, NULL);
	sb_init(&head);
	txf(&head, st->o->lang, T_R_SCORES_CHANGE, first, last, NULL);
	table(st);
	cell(st, "th", T(st, T_R_TASK));
	for (size_t w = (size_t)s->first_wave; w <= (size_t)s->wave; w++)
		cell(st, "th class=\"n\"", ds->waves[w].id);
	cell(st, "th class=\"n\"", head.buf);
	for (size_t i = 0; i < s->n_order; i++) {
		size_t t = s->order[i];
		row(st);
		cell(st, "td", ds->tasks[t].label);
		for (size_t w = (size_t)s->first_wave; w <= (size_t)s->wave; w++)
			cell_num(st, model_score_in(st->m, w, t, -1), 1);
		cell(st, "td class=\"n\"", signed_num(st, model_score_change(st->m, t, -1, NULL)));
	}
	para(st, "p", T_R_SCORES_BY_KIND, first, last, NULL);
	table(st);
	cell(st, "th", T(st, T_R_TASK));
	for (int k = 0; k < KIND_COUNT; k++)
		cell(st, "th class=\"n\"", kind_text(st, (enum kind)k));
	for (size_t i = 0; i < s->n_order; i++) {
		size_t t = s->order[i];
		row(st);
		cell(st, "td", ds->tasks[t].label);
		for (int k = 0; k < KIND_COUNT; k++) {
			long n;
			double d = model_score_change(st->m, t, k, &n);
			struct strbuf c;
			sb_init(&c);
			sb_adds(&c, signed_num(st, d));
			if (n)
				sb_addf(&c, " (%ld)", n);
			cell(st, "td class=\"n\"", c.buf);
			sb_release(&c);
		}
	}
	sb_release(&head);
}

static void scores(struct page *st)
{
	const struct dataset *ds = st->ds;
	const struct task_scores *s = &st->m->scores;

	if (s->wave < 0) {
		para(st, "p", T_R_SCORES_NONE, NULL);
		return;
	}
	size_t lo = s->order[0], hi = s->order[s->n_order - 1];
	para(st, "p", T_R_SCORES_TEXT, ds->waves[s->wave].id, ds->tasks[lo].label,
	     num(st, model_score(st->m, lo, -1), 1), ds->tasks[hi].label,
	     num(st, model_score(st->m, hi, -1), 1), NULL);
	table(st);
	cell(st, "th", T(st, T_R_TASK));
	cell(st, "th class=\"n\"", T(st, T_R_ALL));
	for (int k = 0; k < KIND_COUNT; k++)
		cell(st, "th class=\"n\"", kind_text(st, (enum kind)k));
	for (size_t i = 0; i < s->n_order; i++) {
		row(st);
		cell(st, "td", ds->tasks[s->order[i]].label);
		for (int k = -1; k < KIND_COUNT; k++)
			cell_num(st, model_score(st->m, s->order[i], k), 1);
	}
	scores_over_time(st);
}

static void method(struct page *st)
{
	/* The network measures first, then every entity measure that has a
	 * definition (measure-table.c), then the rest. */
	static const enum text_id before[] = {
	    T_R_DEF_DENSITY,
	    T_R_DEF_FRAGMENTATION,
	    T_R_DEF_DISTANCE_FRAGMENTATION,
	    T_R_DEF_CENTRALIZATION,
	};
	static const enum text_id after[] = {
	    T_R_DEF_EI,   T_R_DEF_COMMUNITIES, T_R_DEF_CONFIRMED,  T_R_DEF_OVERLAP,
	    T_R_DEF_GAPS, T_R_DEF_JACCARD,     T_R_DEF_UNOBSERVED,
	};

	para(st, "p", T_R_METHOD_TEXT, NULL);
	for (size_t i = 0; i < sizeof(before) / sizeof(before[0]); i++)
		para(st, "li", before[i], NULL);
	for (size_t i = 0; i < n_measure_keys; i++)
		if (measure_keys[i].definition != T_COUNT)
			para(st, "li", measure_keys[i].definition, NULL);
	for (size_t i = 0; i < sizeof(after) / sizeof(after[0]); i++)
		para(st, "li", after[i], NULL);
	/* The CSV files are beside the page only: a Word document is one file. */
	para(st, "h3", T_R_FILES, NULL);
	st->doc->b[st->doc->n - 1].page_only = true;
	struct strbuf files;
	sb_init(&files);
	for (size_t w = 0; w < st->ds->n_waves; w++)
		sb_addf(&files, "measures-wave%zu.csv ", w + 1);
	sb_adds(&files, "timeline.csv timeline-changes.csv overlap.csv gaps.csv");
	struct block *b = text_block(st, "p", files.buf);
	b->style = STYLE_FILES;
	b->page_only = true;
	sb_release(&files);
}

/* The what-if, said before anything else. */
static void whatif_note(struct page *st)
{
	struct strbuf sb;

	if (!network_edit_any(st->o->edit))
		return;
	sb_init(&sb);
	whatif_sentence(&sb, st->ds, st->o->edit, st->o->lang);
	sb_addc(&sb, ' ');
	sb_adds(&sb, T(st, T_WHATIF_REPORT));
	text_block(st, "p", sb.buf)->style = STYLE_STRONG;
	sb_release(&sb);
}

/* advise's answer for the last wave in sentences (out_advise_sentences():
 * a heading per part, then its paragraphs, then how it was found), and
 * the diagram with the suggested ties. */
static void advice_section(struct page *st)
{
	const struct model *m = st->m;
	const struct wave *w = &st->ds->waves[m->last];
	struct strbuf sb;
	char max[24];

	if (!m->advised) {
		snprintf(max, sizeof(max), "%d", MODEL_ADVISE_MAX);
		para(st, "p", T_R_ADVISE_TOO_LARGE, max, NULL);
		return;
	}
	para(st, "p", T_R_ADVISE_TEXT, w->id, NULL);
	sb_init(&sb);
	out_advise_sentences(&sb, &m->nets[m->last], &m->advice, st->o->lang);
	/* A line that does not start with a space and is not the last is a
	 * part's heading. */
	char *rest = NULL;
	for (char *line = strtok_r(sb.buf, "\n", &rest); line; line = strtok_r(NULL, "\n", &rest)) {
		bool heading = line[0] != ' ' && rest && strchr(rest, '\n');
		text_block(st, heading ? "h3" : "p", line + strspn(line, " "));
	}
	sb_release(&sb);
	if (m->advice.n_ties && !draw_too_many((long)m->nets[m->last].n)) {
		sb_init(&sb);
		txf(&sb, st->o->lang, T_R_ADVISE_FIGURE, w->id, NULL);
		figure(st, "advice", sb.buf);
		sb_release(&sb);
	}
}

/* The report's sections in order: a new analysis adds one line here. */
static const struct section {
	const char *anchor;
	enum text_id title;
	void (*write)(struct page *st);
} sections[] = {
    {"glance", T_R_GLANCE, glance},
    {"networks", T_R_NETWORKS, networks},
    {"brokers", T_R_BROKERS, brokers},
    {"fragmentation", T_R_FRAGMENTATION, fragmentation},
    {"advice", T_R_ADVISE, advice_section},
    {"silos", T_R_SILOS, silos},
    {"trust", T_R_TRUST, trust},
    {"overlap", T_R_OVERLAP, overlap_section},
    {"change", T_R_CHANGE, change},
    {"scores", T_R_SCORES, scores},
    {"method", T_R_METHOD, method},
};

void report_build(struct doc *d, const struct model *m, const struct positions *pos,
                  const struct report_options *o)
{
	struct page pg = {.ds = m->ds, .m = m, .pos = pos, .o = o, .doc = d};
	struct page *st = &pg;
	const struct dataset *ds = m->ds;
	char nw[64], ne[64], ni[64];

	doc_init(d);
	d->lang = o->lang;
	d->lang_tag = xstrdup(o->lang == LANG_NL ? "nl-NL" : "en-GB");
	d->title = xstrdup(ds->title ? ds->title : "partnermap");
	text_block(st, "h1", d->title);
	tx_count(nw, sizeof(nw), st->o->lang, (long)ds->n_waves, T_CT_WAVE, T_CT_WAVES);
	tx_count(ne, sizeof(ne), st->o->lang, (long)ds->n_entities, T_CT_ENTITY, T_CT_ENTITIES);
	tx_count(ni, sizeof(ni), st->o->lang, (long)ds->n_interviews, T_CT_INTERVIEW,
	         T_CT_INTERVIEWS);
	para(st, "p class=\"subtitle\"", T_R_SUBTITLE, nw, ne, ni, NULL);
	/* A pseudonymised report does not name its file, whose name may name
	 * the study's organisations or places. */
	if (ds->pseudonymised)
		para(st, "p class=\"subtitle\"", T_PSEUDONYMISED, NULL);
	else
		para(st, "p class=\"subtitle\"", T_R_FICTION_NOTE, o->source, NULL);
	whatif_note(st);
	for (size_t i = 0; i < sizeof(sections) / sizeof(sections[0]); i++) {
		heading(st, sections[i].anchor, sections[i].title);
		sections[i].write(st);
	}
	para(st, "p class=\"subtitle\"", T_R_MADE_BY, o->version, NULL);
}
