/*
 * draw: from networks and measures to scenes. Nothing here knows about
 * Graphviz; scene.c does the drawing.
 */
#include "render/draw.h"
#include "analysis/measure-table.h"
#include "i18n/msg.h"
#include "network/whatif.h"
#include "util/strbuf.h"
#include "util/strmap.h"
#include "util/suggest.h"
#include "i18n/texts.h"
#include "analysis/timeline.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Okabe and Ito's colour-blind-safe palette, light enough for black text,
 * ordered so that neighbours differ in lightness for greyscale print. */
static const char *const palette[] = {"#56B4E9", "#E69F00", "#009E73", "#F0E442",
                                      "#CC79A7", "#D55E00", "#0072B2"};
enum { N_PALETTE = 7 };
#define OTHER_FILL "#D9D9D9"

static const struct kind_style {
	struct look look;
	enum text_id name;
} kind_styles[KIND_COUNT] = {
    [KIND_MUNICIPALITY] = {{"octagon", "filled", "#0072B2", "#FFFFFF", "#333333", 1},
                           T_KIND_MUNICIPALITY},
    [KIND_ORGANISATION] = {{"box", "rounded,filled", "#56B4E9", "#000000", "#333333", 1},
                           T_KIND_ORGANISATION},
    [KIND_TEAM] = {{"hexagon", "filled", "#CC79A7", "#000000", "#333333", 1}, T_KIND_TEAM},
    [KIND_INFORMAL] = {{"ellipse", "filled", "#F0E442", "#000000", "#333333", 1}, T_KIND_INFORMAL},
};

static const double level_width[] = {1.0, 1.0, 2.4, 4.0};
#define TIE_COLOR       "#4D4D4D"
#define ONE_SIDED_COLOR "#9A9A9A"
#define HIGHLIGHT_COLOR "#D55E00"
/* A tie that is not there yet (what-if, suggestion): bluish green like a
 * gained tie, thick and dashed so that it stands out in greyscale too. */
#define ADDED_COLOR "#009E73"
#define ADDED_WIDTH 3.2
/* A suggested tie (advise): blue and dotted, unlike every other tie. */
#define SUGGESTED_COLOR "#0072B2"

static bool in_list(const char *list, const char *item)
{
	size_t n = strlen(item);

	for (const char *p = list; p && *p;) {
		size_t len = strcspn(p, ",");
		if (len == n && !strncmp(p, item, n))
			return true;
		p += len + (p[len] == ',');
	}
	return false;
}

/* The study's words for one thing (attribute keys, tie types), each once,
 * in the order first met, for a message that lists them. */
struct words {
	const char *word[32];
	size_t n;
	bool more; /* more than fit */
};

static void words_add(struct words *w, const char *word)
{
	for (size_t i = 0; i < w->n; i++)
		if (!strcmp(w->word[i], word))
			return;
	if (w->n < sizeof(w->word) / sizeof(w->word[0]))
		w->word[w->n++] = word;
	else
		w->more = true;
}

static bool words_have(const struct words *w, const char *word)
{
	for (size_t i = 0; i < w->n; i++)
		if (!strcmp(w->word[i], word))
			return true;
	return false;
}

/* WORD cut to 60 characters (never inside one), for a message. */
static const char *cut_word(struct strbuf *sb, const char *word)
{
	sb_init(sb);
	sb_add_cut(sb, word, 60);
	return sb->buf;
}

/* Into WHY (SIZE bytes): SAID (that WORD is unknown), then the closest of
 * W to WORD and the list of W. Releases SAID. */
static void say_unknown(char *why, size_t size, struct strbuf *said, const struct words *w,
                        const char *word)
{
	struct suggest near;

	suggest_init(&near, word);
	for (size_t i = 0; i < w->n; i++)
		suggest_offer(&near, w->word[i]);
	if (suggest_result(&near))
		sb_addf(said, msg_tr("; did you mean '%s'?"), suggest_result(&near));
	if (w->n) {
		sb_adds(said, msg_tr(suggest_result(&near) ? N_(" The study has: ")
		                                           : N_("; the study has: ")));
		for (size_t i = 0; i < w->n; i++)
			sb_addf(said, "%s%s", i ? ", " : "", w->word[i]);
		if (w->more)
			sb_adds(said, ", ...");
	}
	snprintf(why, size, "%s", said->buf);
	sb_release(said);
}

static bool known_attribute(const struct dataset *ds, const char *key, char *why, size_t size)
{
	struct words keys = {0};
	struct strbuf said, typed;

	for (size_t e = 0; e < ds->n_entities; e++)
		for (size_t i = 0; i < ds->entities[e].n_attributes; i++)
			words_add(&keys, ds->entities[e].attributes[i].key);
	if (words_have(&keys, key))
		return true;
	sb_init(&said);
	sb_addf(&said,
	        msg_tr("--color-by takes kind, community, municipality, domain or an attribute of "
	               "the study; no entity has the attribute '%s'"),
	        cut_word(&typed, key));
	sb_release(&typed);
	say_unknown(why, size, &said, &keys, key);
	return false;
}

/* Every type in the comma-separated LIST is a type of a tie of the study,
 * or membership. */
static bool known_types(const struct dataset *ds, const char *list, char *why, size_t size)
{
	struct words types = {0};
	struct strbuf type, said, typed;
	bool known = true;

	words_add(&types, "membership");
	for (size_t i = 0; i < ds->n_interviews; i++)
		for (size_t t = 0; t < ds->interviews[i].n_ties; t++)
			words_add(&types, ds->interviews[i].ties[t].type);
	sb_init(&type);
	for (const char *p = list; known && *p;) {
		size_t len = strcspn(p, ",");
		sb_reset(&type);
		sb_add(&type, p, len);
		known = words_have(&types, type.buf);
		if (!known) {
			sb_init(&said);
			sb_addf(&said, msg_tr("--types: no tie of the study has the type '%s'"),
			        cut_word(&typed, type.buf));
			sb_release(&typed);
			say_unknown(why, size, &said, &types, type.buf);
		}
		p += len + (p[len] == ',');
	}
	sb_release(&type);
	return known;
}

const char *draw_check(const struct dataset *ds, const struct draw_options *o)
{
	static char why[1024]; /* room for 64 characters of 4 bytes and the sentence */
	const struct measure_key *size = measure_key_find(o->size_by);

	if (o->size_by && strcmp(o->size_by, "none") && !(size && size->size_means != T_COUNT)) {
		struct strbuf sb;
		sb_init(&sb);
		measure_size_by_choices(&sb, ", ");
		struct suggest near;
		suggest_init(&near, o->size_by);
		for (size_t i = 0; i < n_measure_keys; i++)
			if (measure_keys[i].size_means != T_COUNT)
				suggest_offer(&near, measure_keys[i].key);
		suggest_offer(&near, "none");
		if (suggest_result(&near))
			snprintf(why, sizeof(why),
			         msg_tr("--size-by takes %s or none; did you mean '%s'?"), sb.buf,
			         suggest_result(&near));
		else
			snprintf(why, sizeof(why), msg_tr("--size-by takes %s or none"), sb.buf);
		sb_release(&sb);
		return why;
	}
	if (o->color_by && strcmp(o->color_by, "kind") && strcmp(o->color_by, "community") &&
	    strcmp(o->color_by, "municipality") && strcmp(o->color_by, "domain") &&
	    !known_attribute(ds, o->color_by, why, sizeof(why)))
		return why;
	if (o->types && !known_types(ds, o->types, why, sizeof(why)))
		return why;
	for (const char *p = o->highlight; p && *p;) {
		size_t len = strcspn(p, ",");
		struct strbuf id, cut;
		sb_init(&id);
		sb_add(&id, p, len);
		bool known = dataset_entity(ds, id.buf) >= 0;
		if (!known) {
			/* The id as typed, cut between characters for the message. */
			sb_init(&cut);
			sb_add_cut(&cut, id.buf, 64);
			snprintf(why, sizeof(why),
			         msg_tr("--highlight: the study has no entity '%s'"), cut.buf);
			sb_release(&cut);
		}
		sb_release(&id);
		if (!known)
			return why;
		p += len + (p[len] == ',');
	}
	if (o->group_by && strcmp(o->group_by, "community") && strcmp(o->group_by, "municipality"))
		return msg_tr("--group-by takes community or municipality");
	if (o->layout && strcmp(o->layout, "neato") && strcmp(o->layout, "fdp") &&
	    strcmp(o->layout, "sfdp") && strcmp(o->layout, "circo") && strcmp(o->layout, "dot"))
		return msg_tr("--layout takes neato, fdp, sfdp, circo or dot");
	return NULL;
}

bool draw_too_many(long n)
{
	return n > 300;
}

const char *draw_default_layout(long n)
{
	return n <= 150 ? "neato" : n <= 600 ? "fdp" : "sfdp";
}

/* The measure that sizes a node (draw_check accepted it); betweenness when
 * none was asked for, NULL for "none". */
static const struct measure_key *size_key(const char *size_by)
{
	return measure_key_find(size_by ? size_by : "betweenness");
}

static double raw_size(const struct network *net, const struct measures *m,
                       const struct measure_key *k, long v)
{
	double x = k ? measure_key_number(k, net, m, v) : 0;

	return isnan(x) ? 0 : x;
}

/* From 0 to 1 of the largest. */
static double size_value(const struct network *net, const struct measures *m,
                         const struct measure_key *k, long v, double max)
{
	double val = raw_size(net, m, k, v);

	return max > 0 && val > 0 ? val / max : 0;
}

static double size_max(const struct network *net, const struct measures *m,
                       const struct measure_key *k)
{
	double max = 0;

	for (long v = 0; v < m->n; v++)
		max = fmax(max, raw_size(net, m, k, v));
	return max;
}

/* Shapes of fixed size, from 0.18 to 0.45 inch high: the area grows in
 * proportion to the measure, and the largest has 6.25 times the area of
 * the smallest, whatever the names. */
#define SHAPE_MIN 0.15
#define SHAPE_MAX 0.38
static void node_size(struct scene_node *sn, double frac)
{
	double d =
	    sqrt(SHAPE_MIN * SHAPE_MIN + (SHAPE_MAX * SHAPE_MAX - SHAPE_MIN * SHAPE_MIN) * frac);

	sn->width = d * 1.3;
	sn->height = d;
}

static double page_points(const struct draw_options *o)
{
	return o->width_cm > 0 ? o->width_cm / 2.54 * 72 : SCENE_PAGE_WIDTH;
}

static int by_degree(const void *pa, const void *pb, void *context)
{
	const long *degree = context;
	size_t a = *(const size_t *)pa, b = *(const size_t *)pb;

	if (degree[a] != degree[b])
		return degree[a] > degree[b] ? -1 : 1;
	return a < b ? -1 : a > b;
}

/* Per vertex: whether it is among the DRAW_NAMED with the most ties (then
 * the lowest vertex); every vertex when there are no more. */
static bool *most_connected(const struct network *net)
{
	size_t n = (size_t)net->n;
	bool *named = xcalloc(n + 1, sizeof(*named));
	long *degree = xcalloc(n + 1, sizeof(*degree));
	size_t *order = xcalloc(n + 1, sizeof(*order));

	for (igraph_integer_t e = 0; e < net->m; e++)
		degree[net->ties[e].a]++, degree[net->ties[e].b]++;
	for (size_t v = 0; v < n; v++)
		order[v] = v;
	qsort_r(order, n, sizeof(*order), by_degree, degree);
	for (size_t i = 0; i < n && i < DRAW_NAMED; i++)
		named[order[i]] = true;
	free(order);
	free(degree);
	return named;
}

static void style_kind(struct scene_node *sn, enum kind k)
{
	sn->look = kind_styles[k].look;
}

/* A category per vertex for --color-by, and the colour of each. */
struct categories {
	const char **value; /* per vertex; NULL for none */
	const char *names[N_PALETTE];
	size_t n_names;
	bool other, none;
	char (*community)[16];
};

static const char *first_municipality(const struct dataset *ds, const struct entity *e)
{
	if (e->kind == KIND_MUNICIPALITY)
		return e->name;
	return e->n_municipalities ? ds->entities[e->municipalities[0]].name : NULL;
}

static const char *entity_attribute(const struct entity *e, const char *key)
{
	for (size_t i = 0; i < e->n_attributes; i++)
		if (!strcmp(e->attributes[i].key, key))
			return e->attributes[i].value;
	return NULL;
}

static void categorise(struct categories *c, const struct network *net, const struct measures *m,
                       const char *by)
{
	size_t *count = xcalloc((size_t)net->n + 1, sizeof(*count));
	const char **distinct = xcalloc((size_t)net->n + 1, sizeof(*distinct));
	size_t n_distinct = 0;
	struct strmap index; /* category -> position in distinct */

	strmap_init(&index);
	c->value = xcalloc((size_t)net->n + 1, sizeof(*c->value));
	c->community = xcalloc((size_t)net->n + 1, sizeof(*c->community));
	for (igraph_integer_t v = 0; v < net->n; v++) {
		const struct entity *e = network_entity(net, v);
		if (!strcmp(by, "community")) {
			snprintf(c->community[v], sizeof(c->community[v]), "%ld",
			         m->v[v].community);
			c->value[v] = c->community[v];
		} else if (!strcmp(by, "municipality")) {
			c->value[v] = first_municipality(net->ds, e);
		} else if (!strcmp(by, "domain")) {
			c->value[v] = e->domains.count ? e->domains.items[0] : NULL;
		} else {
			c->value[v] = entity_attribute(e, by);
		}
		if (!c->value[v]) {
			c->none = true;
			continue;
		}
		size_t i;
		if (strmap_get(&index, c->value[v], &i)) {
			i = n_distinct++;
			distinct[i] = c->value[v];
			strmap_put(&index, distinct[i], i);
		}
		count[i]++;
	}
	strmap_release(&index);
	/* The most frequent categories get colours, in order of size, then name. */
	while (c->n_names < N_PALETTE && c->n_names < n_distinct) {
		size_t best = SIZE_MAX;
		for (size_t i = 0; i < n_distinct; i++) {
			if (!distinct[i])
				continue;
			if (best == SIZE_MAX || count[i] > count[best] ||
			    (count[i] == count[best] && strcmp(distinct[i], distinct[best]) < 0))
				best = i;
		}
		c->names[c->n_names++] = distinct[best];
		distinct[best] = NULL;
	}
	for (size_t i = 0; i < n_distinct; i++)
		c->other = c->other || distinct[i];
	free(distinct);
	free(count);
}

static const char *category_fill(const struct categories *c, igraph_integer_t v)
{
	if (!c->value[v])
		return "#FFFFFF";
	for (size_t i = 0; i < c->n_names; i++)
		if (!strcmp(c->names[i], c->value[v]))
			return palette[i];
	return OTHER_FILL;
}

static void categories_free(struct categories *c)
{
	free(c->value);
	free(c->community);
}

static void legend_kinds(struct scene *sc, const struct draw_options *o, bool filled)
{
	scene_legend(sc, LEGEND_TEXT, 0, tx(o->lang, T_LEGEND_KIND));
	for (int k = 0; k < KIND_COUNT; k++) {
		struct legend_item *it =
		    scene_legend(sc, LEGEND_NODE, 0, tx(o->lang, kind_styles[k].name));
		it->look = kind_styles[k].look;
		if (!filled)
			it->look.fill = "#FFFFFF"; /* colour shows something else */
	}
}

static void legend_categories(struct scene *sc, const struct categories *c,
                              const struct draw_options *o)
{
	scene_legend(sc, LEGEND_TEXT, 3, o->color_by);
	for (size_t i = 0; i < c->n_names; i++)
		scene_legend(sc, LEGEND_NODE, 3, c->names[i])->look.fill = palette[i];
	if (c->other)
		scene_legend(sc, LEGEND_NODE, 3, tx(o->lang, T_OTHER))->look.fill = OTHER_FILL;
	if (c->none)
		scene_legend(sc, LEGEND_NODE, 3, tx(o->lang, T_NONE))->look.fill = "#FFFFFF";
}

static void legend_ties(struct scene *sc, const struct draw_options *o, bool one_sided)
{
	static const enum text_id levels[] = {T_LEVEL_1, T_LEVEL_2, T_LEVEL_3};

	scene_legend(sc, LEGEND_TEXT, 1, tx(o->lang, T_LEGEND_TIES));
	for (int l = 1; l <= 3; l++) {
		struct legend_item *it =
		    scene_legend(sc, LEGEND_EDGE, 1, tx(o->lang, levels[l - 1]));
		it->look.penwidth = level_width[l];
		it->look.color = TIE_COLOR;
		it->look.style = "solid";
	}
	if (one_sided) {
		struct legend_item *it = scene_legend(sc, LEGEND_EDGE, 1, tx(o->lang, T_ONE_SIDED));
		it->look.color = ONE_SIDED_COLOR;
		it->look.style = "dashed";
	}
}

/* The legend entry of ties the network does not have yet: added by a
 * what-if, or suggested by advise. */
static void legend_added(struct scene *sc, const struct draw_options *o, bool suggested)
{
	struct legend_item *it = scene_legend(
	    sc, LEGEND_EDGE, 1, tx(o->lang, suggested ? T_SUGGESTED_TIE : T_WHATIF_LEGEND));
	it->look.penwidth = ADDED_WIDTH;
	it->look.color = suggested ? SUGGESTED_COLOR : ADDED_COLOR;
	it->look.style = suggested ? "dotted" : "dashed";
}

void draw_caption_remarks(struct strbuf *sb, const struct network *net,
                          const struct draw_options *o)
{
	if (net->ds->pseudonymised)
		sb_addf(sb, "\n%s", tx(o->lang, T_PSEUDONYMISED));
	if (!net->edit)
		return;
	sb_addc(sb, '\n');
	whatif_sentence(sb, net->ds, net->edit, o->lang);
}

static void caption_wave(struct scene *sc, const struct network *net, const struct draw_options *o,
                         long n, long m)
{
	const struct wave *w = &net->ds->waves[net->wave];
	struct strbuf sb, label;

	sb_init(&label);
	if (w->label)
		sb_addf(&label, " (%s)", w->label);
	sb_init(&sb);
	if (net->ds->title)
		sb_addf(&sb, "%s\n", net->ds->title);
	char sn[64], sm[64];
	tx_count(sn, sizeof(sn), o->lang, n, T_CT_ENTITY, T_CT_ENTITIES);
	tx_count(sm, sizeof(sm), o->lang, m, T_CT_TIE, T_CT_TIES);
	txf(&sb, o->lang, T_WAVE_CAPTION, w->id, label.buf, sn, sm, NULL);
	sb_release(&label);
	draw_caption_remarks(&sb, net, o);
	free(sc->caption);
	sc->caption = sb_detach(&sb);
}

static bool tie_shown(const struct net_tie *t, const char *types)
{
	if (!types)
		return true;
	for (size_t i = 0; i < t->n_types; i++)
		if (in_list(types, t->types[i]))
			return true;
	return false;
}

static void tie_style(struct scene_edge *se, const struct net_tie *t)
{
	se->penwidth = level_width[t->level];
	if (t->added) {
		se->penwidth = ADDED_WIDTH;
		se->color = ADDED_COLOR;
		se->style = "dashed";
	} else if (t->confirmed || t->membership) {
		se->color = TIE_COLOR;
		se->style = "solid";
	} else {
		se->color = ONE_SIDED_COLOR;
		se->style = "dashed";
	}
}

/* Draws SN without its name (too many to name them all), which a reader
 * still sees on hovering over it in an SVG. */
static void hide_label(struct scene_node *sn)
{
	free(sn->hover);
	sn->hover = sn->label;
	sn->label = xstrdup("");
}

/* Adds an entity's node, styled; pinned when a position is known. */
static struct scene_node *entity_node(struct scene *sc, const struct entity *e, size_t index,
                                      const struct positions *pos)
{
	char name[24];

	snprintf(name, sizeof(name), "e%zu", index);
	struct scene_node *sn = scene_node(sc, name, e->name);
	style_kind(sn, e->kind);
	if (pos && index < pos->n && pos->has[index]) {
		sn->pinned = true;
		sn->x = pos->x[index];
		sn->y = pos->y[index];
		sn->slot_w = pos->w[index];
		sn->slot_h = pos->h[index];
	}
	return sn;
}

/* The size column for values from LO to HI of a measure whose largest is
 * MAX: what size means, in words, and the smallest and largest shape with
 * their values. */
static void legend_size_entries(struct scene *sc, const struct measure_key *size,
                                const struct draw_options *o, double lo, double hi, double max)
{
	scene_legend(sc, LEGEND_TEXT, 2, tx(o->lang, T_LEGEND_SIZE));
	scene_legend(sc, LEGEND_TEXT, 2, tx(o->lang, size->size_means));
	for (int k = 0; k < 2 && hi > lo; k++) {
		struct scene_node sample = {0};
		struct strbuf value, label;
		double x = k ? hi : lo;
		sb_init(&value);
		sb_init(&label);
		tx_number(&value, o->lang, x, size->type == KEY_NUMBER ? size->decimals : 0);
		txf(&label, o->lang, k ? T_SIZE_HIGHEST : T_SIZE_LOWEST, value.buf, NULL);
		node_size(&sample, max > 0 && x > 0 ? x / max : 0);
		struct legend_item *it = scene_legend(sc, LEGEND_NODE, 2, label.buf);
		it->look = (struct look){"ellipse", "filled", "#FFFFFF", "#000000", "#333333", 1};
		it->width = sample.width;
		it->height = sample.height;
		sb_release(&value);
		sb_release(&label);
	}
}

/* The size column of the legend for the entities KEEP (NULL: all). */
static void legend_size(struct scene *sc, const struct network *net, const struct measures *m,
                        const struct measure_key *size, const struct draw_options *o,
                        const bool *keep)
{
	double lo = INFINITY, hi = -INFINITY;

	if (!size)
		return; /* "none" */
	for (igraph_integer_t v = 0; v < net->n; v++)
		if (!keep || keep[v])
			lo = fmin(lo, raw_size(net, m, size, v)),
			hi = fmax(hi, raw_size(net, m, size, v));
	legend_size_entries(sc, size, o, lo, hi, size_max(net, m, size));
}

void draw_wave(struct scene *sc, const struct network *net, const struct measures *m,
               const struct draw_options *o, const bool *keep, const struct positions *pos)
{
	const struct dataset *ds = net->ds;
	size_t *node_of = xcalloc(ds->n_entities + 1, sizeof(*node_of));
	bool by_kind = !o->color_by || !strcmp(o->color_by, "kind");
	bool one_sided = false, highlighted = false, added = false;
	bool *named = pos && pos->named ? NULL : most_connected(net);
	struct categories cat = {0};
	const struct measure_key *size = size_key(o->size_by);
	double max = size_max(net, m, size);
	long shown = 0, ties = 0, n_named = 0;

	if (!by_kind)
		categorise(&cat, net, m, o->color_by);
	sc->layout = o->layout ? o->layout : draw_default_layout((long)net->n);
	sc->page_width = page_points(o);
	if (pos && !keep) {
		sc->framed = true;
		memcpy(sc->frame, pos->frame, sizeof(sc->frame));
	}
	for (size_t e = 0; e < ds->n_entities; e++) {
		igraph_integer_t v = net->vertex[e];
		node_of[e] = SIZE_MAX;
		if (v >= 0 && (!keep || keep[v])) {
			struct scene_node *sn = entity_node(sc, &ds->entities[e], e, pos);
			node_size(sn, size_value(net, m, size, v, max));
			if (named ? !named[v] : !pos->named[e]) {
				hide_label(sn);
			} else {
				n_named++;
			}
			if (!by_kind)
				sn->look.fill = category_fill(&cat, v),
				sn->look.fontcolor = "#000000";
			if (o->highlight && in_list(o->highlight, ds->entities[e].id)) {
				sn->look.color = HIGHLIGHT_COLOR;
				sn->look.penwidth = 4;
				highlighted = true;
			}
			node_of[e] = sc->n_nodes - 1;
			shown++;
		} else if (pos && e < pos->n && pos->has[e] && !keep) {
			/* Absent from this wave: an invisible node keeps the canvas the
			 * same in every wave. */
			struct scene_node *sn = entity_node(sc, &ds->entities[e], e, pos);
			sn->invisible = true;
			sn->width = pos->w[e];
			sn->height = pos->h[e];
		}
	}
	for (igraph_integer_t i = 0; i < net->m; i++) {
		const struct net_tie *t = &net->ties[i];
		size_t a = node_of[net->entity[t->a]], b = node_of[net->entity[t->b]];
		if (a == SIZE_MAX || b == SIZE_MAX || !tie_shown(t, o->types))
			continue;
		tie_style(scene_edge(sc, a, b), t);
		one_sided = one_sided || !(t->confirmed || t->membership || t->added);
		added = added || t->added;
		ties++;
	}
	bool suggested = false;
	for (size_t i = 0; i < o->n_suggested; i++) {
		size_t a = node_of[o->suggested[i].a], b = node_of[o->suggested[i].b];
		if (a == SIZE_MAX || b == SIZE_MAX)
			continue;
		struct scene_edge *se = scene_edge(sc, a, b);
		se->penwidth = ADDED_WIDTH;
		se->color = SUGGESTED_COLOR;
		se->style = "dotted";
		suggested = true;
	}
	legend_kinds(sc, o, by_kind);
	legend_ties(sc, o, one_sided);
	if (added)
		legend_added(sc, o, false);
	if (suggested)
		legend_added(sc, o, true);
	legend_size(sc, net, m, size, o, keep);
	if (highlighted) {
		struct legend_item *it =
		    scene_legend(sc, LEGEND_NODE, 2, tx(o->lang, T_HIGHLIGHTED));
		it->look.color = HIGHLIGHT_COLOR;
		it->look.penwidth = 4;
	}
	if (!by_kind)
		legend_categories(sc, &cat, o);
	caption_wave(sc, net, o, shown, ties);
	if (n_named < shown) {
		struct strbuf sb;
		char a[24], b[24];
		snprintf(a, sizeof(a), "%ld", n_named);
		snprintf(b, sizeof(b), "%ld", shown);
		sb_init(&sb);
		sb_adds(&sb, sc->caption);
		sb_adds(&sb, "\n");
		txf(&sb, o->lang, T_LABELS_LIMITED, a, b, NULL);
		free(sc->caption);
		sc->caption = sb_detach(&sb);
	}
	categories_free(&cat);
	free(named);
	free(node_of);
}

int draw_ego(const struct network *net, igraph_integer_t ego, long radius, bool *keep)
{
	igraph_vector_int_list_t res;

	IGRAPH_CHECK(igraph_vector_int_list_init(&res, 0));
	IGRAPH_FINALLY(igraph_vector_int_list_destroy, &res);
	IGRAPH_CHECK(
	    igraph_neighborhood(&net->graph, &res, igraph_vss_1(ego), radius, IGRAPH_ALL, 0));
	memset(keep, 0, (size_t)net->n * sizeof(*keep));
	igraph_vector_int_t *near = igraph_vector_int_list_get_ptr(&res, 0);
	for (igraph_integer_t i = 0; i < igraph_vector_int_size(near); i++)
		keep[VECTOR(*near)[i]] = true;
	igraph_vector_int_list_destroy(&res);
	IGRAPH_FINALLY_CLEAN(1);
	return IGRAPH_SUCCESS;
}

void draw_fraction_of(const struct network *net, const struct measures *m,
                      const struct draw_options *o, double *frac)
{
	const struct measure_key *size = size_key(o->size_by);
	double max = size_max(net, m, size);

	for (igraph_integer_t v = 0; v < net->n && size; v++) {
		size_t e = net->entity[v];
		frac[e] = fmax(frac[e], size_value(net, m, size, v, max));
	}
}

/* Room for each entity's largest shape in any wave the model measured;
 * the wave of a what-if counts as it was without it. */
static double *model_fractions(const struct model *m, const struct draw_options *o)
{
	double *frac = xcalloc(m->ds->n_entities + 1, sizeof(double));

	for (size_t w = 0; w < m->n_waves && size_key(o->size_by); w++) {
		if (w == m->wave && m->has_unchanged)
			draw_fraction_of(&m->unchanged, &m->unchanged_ms, o, frac);
		else if (m->has[w] & MODEL_MEASURES)
			draw_fraction_of(&m->nets[w], &m->ms[w], o, frac);
	}
	return frac;
}

/* Whether the pair of entities X and Y is among the N PAIRS (sorted by
 * ids, a's id first, as wave_change lists them). */
static bool among(const struct dataset *ds, const struct entity_pair *pairs, size_t n, size_t x,
                  size_t y)
{
	size_t a = dataset_cmp_ids(ds, x, y) < 0 ? x : y, b = a == x ? y : x;

	for (size_t lo = 0, hi = n; lo < hi;) {
		size_t mid = lo + (hi - lo) / 2;
		int cmp = dataset_cmp_ids(ds, pairs[mid].a, a);
		cmp = cmp ? cmp : dataset_cmp_ids(ds, pairs[mid].b, b);
		if (!cmp)
			return true;
		if (cmp < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return false;
}

/* The legend and caption a wave's drawing will have, as near as the
 * union of the waves tells, so that the layout leaves them room on the
 * page. */
static void page_furniture(struct scene *sc, const struct network *u, const struct draw_options *o,
                           const bool *named)
{
	const struct measure_key *size = size_key(o->size_by);
	bool by_kind = !o->color_by || !strcmp(o->color_by, "kind");
	long n_named = 0;

	legend_kinds(sc, o, by_kind);
	legend_ties(sc, o, true);
	if (o->n_suggested)
		legend_added(sc, o, true);
	if (size)
		legend_size_entries(sc, size, o, 0, 1, 1);
	if (o->highlight)
		scene_legend(sc, LEGEND_NODE, 2, tx(o->lang, T_HIGHLIGHTED));
	/* As many categories as have a colour, others and none. */
	for (int i = 0; !by_kind && i < N_PALETTE + 2; i++)
		scene_legend(sc, LEGEND_NODE, 3, o->color_by);
	caption_wave(sc, u, o, (long)u->n, (long)u->m);
	for (igraph_integer_t v = 0; v < u->n; v++)
		n_named += named[v];
	if (n_named < (long)u->n) {
		struct strbuf sb;
		sb_init(&sb);
		sb_adds(&sb, sc->caption);
		sb_adds(&sb, "\n");
		txf(&sb, o->lang, T_LABELS_LIMITED, "40", "400", NULL);
		free(sc->caption);
		sc->caption = sb_detach(&sb);
	}
}

int draw_model_positions(const struct model *m, const struct draw_options *o, struct positions *pos)
{
	const struct dataset *ds = m->ds;
	const struct network *up = &m->u;
	struct scene sc;
	int rc;

	memset(pos, 0, sizeof(*pos));
	double *frac = model_fractions(m, o);
	bool *named = most_connected(up);
	scene_init(&sc);
	sc.layout = o->layout ? o->layout : draw_default_layout((long)up->n);
	sc.page_width = page_points(o);
	for (igraph_integer_t v = 0; v < up->n; v++) {
		struct scene_node *sn =
		    entity_node(&sc, network_entity(up, v), up->entity[v], NULL);
		/* The largest the node is in any wave, so that none overlap. */
		node_size(sn, frac[up->entity[v]]);
		if (!named[v]) {
			hide_label(sn);
		}
	}
	for (igraph_integer_t e = 0; e < up->m; e++)
		scene_edge(&sc, (size_t)up->ties[e].a, (size_t)up->ties[e].b);
	page_furniture(&sc, up, o, named);
	rc = scene_layout(&sc);
	if (!rc) {
		size_t n = ds->n_entities + 1;
		pos->n = ds->n_entities;
		pos->x = xcalloc(n, sizeof(double));
		pos->y = xcalloc(n, sizeof(double));
		pos->w = xcalloc(n, sizeof(double));
		pos->h = xcalloc(n, sizeof(double));
		pos->has = xcalloc(n, sizeof(bool));
		pos->named = xcalloc(n, sizeof(bool));
		pos->frame[0] = pos->frame[1] = INFINITY;
		pos->frame[2] = pos->frame[3] = -INFINITY;
		for (igraph_integer_t v = 0; v < up->n; v++) {
			size_t e = up->entity[v];
			const struct scene_node *sn = &sc.nodes[v];
			double box[4];
			scene_box(sn, box);
			pos->frame[0] = fmin(pos->frame[0], box[0]);
			pos->frame[1] = fmin(pos->frame[1], box[1]);
			pos->frame[2] = fmax(pos->frame[2], box[2]);
			pos->frame[3] = fmax(pos->frame[3], box[3]);
			pos->x[e] = sn->x;
			pos->y[e] = sn->y;
			pos->w[e] = sn->width;
			pos->h[e] = sn->height;
			pos->has[e] = true;
			pos->named[e] = named[v];
		}
	}
	scene_free(&sc);
	free(named);
	free(frac);
	return rc;
}

void positions_free(struct positions *pos)
{
	free(pos->x);
	free(pos->y);
	free(pos->w);
	free(pos->h);
	free(pos->has);
	free(pos->named);
	memset(pos, 0, sizeof(*pos));
}

void draw_diff(struct scene *sc, const struct network *a, const struct network *b,
               const struct draw_options *o, const struct positions *pos)
{
	const struct dataset *ds = a->ds;
	size_t *node_of = xcalloc(ds->n_entities + 1, sizeof(*node_of));
	bool any_joined = false, any_left = false, any_stronger = false;

	sc->layout = o->layout ? o->layout : draw_default_layout((long)b->n);
	sc->page_width = page_points(o);
	sc->framed = true;
	memcpy(sc->frame, pos->frame, sizeof(sc->frame));
	for (size_t e = 0; e < ds->n_entities; e++) {
		bool in_a = a->vertex[e] >= 0, in_b = b->vertex[e] >= 0;
		node_of[e] = SIZE_MAX;
		if (!in_a && !in_b)
			continue;
		struct scene_node *sn = entity_node(sc, &ds->entities[e], e, pos);
		node_size(sn, 0);
		if (!pos->named[e]) {
			hide_label(sn);
		}
		if (!in_a) {
			sn->look.color = "#009E73";
			sn->look.penwidth = 4;
			any_joined = true;
		} else if (!in_b) {
			sn->look.style = strcmp(sn->look.style, "filled") ? "rounded,filled,dashed"
			                                                  : "filled,dashed";
			sn->look.fill = "#FFFFFF";
			sn->look.fontcolor = "#555555";
			sn->look.penwidth = 2;
			any_left = true;
		}
		node_of[e] = sc->n_nodes - 1;
	}
	/* Ties of B that A has too are kept; the rest come from the change,
	 * where a tie that a missing interview hides is neither gained nor
	 * lost but unobserved. */
	struct wave_change c;
	wave_change_compute(a, b, &c);
	for (igraph_integer_t i = 0; i < b->m; i++) {
		const struct net_tie *t = &b->ties[i];
		size_t ea = b->entity[t->a], eb = b->entity[t->b];
		if (a->vertex[ea] < 0 || a->vertex[eb] < 0 ||
		    !network_tie(a, a->vertex[ea], a->vertex[eb]))
			continue;
		struct scene_edge *se = scene_edge(sc, node_of[ea], node_of[eb]);
		bool stronger = among(ds, c.strengthened, c.n_strengthened, ea, eb);
		se->penwidth = stronger ? 3.2 : 1.5;
		se->color = stronger ? "#6A3D9A" : "#B3B3B3";
		any_stronger |= stronger;
	}
	for (size_t i = 0; i < c.n_gained; i++) {
		struct scene_edge *se =
		    scene_edge(sc, node_of[c.gained[i].a], node_of[c.gained[i].b]);
		se->penwidth = 3.2;
		se->color = "#009E73";
	}
	for (size_t i = 0; i < c.n_lost; i++) {
		struct scene_edge *se = scene_edge(sc, node_of[c.lost[i].a], node_of[c.lost[i].b]);
		se->penwidth = 3.2;
		se->color = "#D55E00";
		se->style = "dashed";
	}
	for (size_t i = 0; i < c.n_unobserved; i++) {
		const struct entity_pair *p = &c.unobserved[i];
		struct scene_edge *se = scene_edge(sc, node_of[p->a], node_of[p->b]);
		se->penwidth = 2.5;
		se->color = "#0072B2";
		se->style = "dotted";
	}
	legend_kinds(sc, o, true);
	scene_legend(sc, LEGEND_TEXT, 1, tx(o->lang, T_LEGEND_TIES));
	struct legend_item *it = scene_legend(sc, LEGEND_EDGE, 1, tx(o->lang, T_GAINED));
	it->look.penwidth = 3.2, it->look.color = "#009E73";
	it = scene_legend(sc, LEGEND_EDGE, 1, tx(o->lang, T_LOST));
	it->look.penwidth = 3.2, it->look.color = "#D55E00", it->look.style = "dashed";
	it = scene_legend(sc, LEGEND_EDGE, 1, tx(o->lang, T_KEPT));
	it->look.penwidth = 1.5, it->look.color = "#B3B3B3";
	if (any_stronger) {
		it = scene_legend(sc, LEGEND_EDGE, 1, tx(o->lang, T_STRONGER));
		it->look.penwidth = 3.2, it->look.color = "#6A3D9A";
	}
	if (c.n_unobserved) {
		it = scene_legend(sc, LEGEND_EDGE, 1, tx(o->lang, T_UNOBSERVED));
		it->look.penwidth = 2.5, it->look.color = "#0072B2", it->look.style = "dotted";
	}
	if (any_joined) {
		it = scene_legend(sc, LEGEND_NODE, 2, tx(o->lang, T_JOINED));
		it->look.color = "#009E73", it->look.penwidth = 4;
	}
	if (any_left) {
		it = scene_legend(sc, LEGEND_NODE, 2, tx(o->lang, T_LEFT));
		it->look.style = "filled,dashed", it->look.penwidth = 2;
	}
	struct strbuf sb;
	sb_init(&sb);
	if (ds->title)
		sb_addf(&sb, "%s\n", ds->title);
	txf(&sb, o->lang, T_DIFF_CAPTION, ds->waves[a->wave].id, ds->waves[b->wave].id, NULL);
	if (ds->pseudonymised)
		sb_addf(&sb, "\n%s", tx(o->lang, T_PSEUDONYMISED));
	struct strbuf j;
	char missing[24], unobserved[24];
	sb_init(&j);
	tx_number(&j, o->lang, c.jaccard, 2);
	snprintf(missing, sizeof(missing), "%zu", c.n_missing_from + c.n_missing_to);
	snprintf(unobserved, sizeof(unobserved), "%zu", c.n_unobserved);
	sb_addc(&sb, '\n');
	txf(&sb, o->lang, T_DIFF_NOTE, j.buf, tx(o->lang, timeline_stability_text(c.jaccard)),
	    missing, unobserved, NULL);
	sb_release(&j);
	wave_change_free(&c);
	sc->caption = sb_detach(&sb);
	free(node_of);
}

/* Groups in order of size (then of first appearance), for choosing those
 * drawn on their own. */
static int by_members(const void *pa, const void *pb, void *context)
{
	const long *members = context;
	long a = *(const long *)pa, b = *(const long *)pb;

	if (members[a] != members[b])
		return members[a] > members[b] ? -1 : 1;
	return (a > b) - (a < b);
}

static int by_pair(const void *pa, const void *pb)
{
	uint64_t a = *(const uint64_t *)pa, b = *(const uint64_t *)pb;

	return (a > b) - (a < b);
}

/* The nodes of a diagram of groups: the DRAW_GROUPS_MAX - 1 largest groups
 * each have their own, the rest share the last. NODE gets each group's
 * node; returns the number of nodes, and the groups and entities that
 * share the last one. */
static long group_nodes(long *members, long n_groups, long *node, long *rest_groups,
                        long *rest_members)
{
	long *order = xcalloc((size_t)n_groups + 1, sizeof(*order));
	long kept = DRAW_GROUPS_MAX - 1;

	*rest_groups = *rest_members = 0;
	for (long g = 0; g < n_groups; g++)
		node[g] = g;
	if (n_groups <= DRAW_GROUPS_MAX) {
		free(order);
		return n_groups;
	}
	for (long g = 0; g < n_groups; g++)
		order[g] = g;
	qsort_r(order, (size_t)n_groups, sizeof(*order), by_members, members);
	for (long i = 0; i < n_groups; i++)
		node[order[i]] = i < kept ? 0 : -1;
	/* The groups kept stay in the order they appear in. */
	long next = 0;
	for (long g = 0; g < n_groups; g++) {
		if (node[g] < 0) {
			node[g] = kept;
			(*rest_groups)++;
			*rest_members += members[g];
		} else {
			node[g] = next++;
		}
	}
	free(order);
	return kept + 1;
}

void draw_groups(struct scene *sc, const struct network *net, const struct measures *m,
                 const char *group_by, const struct draw_options *o)
{
	struct categories cat = {0};
	const char **names = xcalloc((size_t)net->n + 1, sizeof(*names));
	long *members = xcalloc((size_t)net->n + 1, sizeof(*members));
	long *group = xcalloc((size_t)net->n + 1, sizeof(*group));
	long *node = xcalloc((size_t)net->n + 1, sizeof(*node));
	long n_groups = 0, max = 1, rest_groups, rest_members;
	struct strmap index; /* group name -> group */

	strmap_init(&index);
	categorise(&cat, net, m, group_by);
	for (igraph_integer_t v = 0; v < net->n; v++) {
		const char *name = cat.value[v] ? cat.value[v] : tx(o->lang, T_NONE);
		size_t g;
		if (strmap_get(&index, name, &g)) {
			g = (size_t)n_groups++;
			names[g] = name;
			strmap_put(&index, name, g);
		}
		group[v] = (long)g;
		members[g]++;
	}
	strmap_release(&index);
	long n_nodes = group_nodes(members, n_groups, node, &rest_groups, &rest_members);
	long *size = xcalloc((size_t)n_nodes + 1, sizeof(*size));
	for (long g = 0; g < n_groups; g++)
		if ((size[node[g]] += members[g]) > max)
			max = size[node[g]];
	sc->layout = o->layout ? o->layout : draw_default_layout(n_nodes);
	sc->page_width = page_points(o);
	/* Nodes in their order: the groups drawn on their own, then the rest. */
	for (long g = 0; g <= n_groups; g++) {
		bool rest = g == n_groups;
		if (rest ? !rest_groups : rest_groups && node[g] == n_nodes - 1)
			continue;
		long k = rest ? n_nodes - 1 : node[g];
		char name[24];
		struct strbuf label;
		snprintf(name, sizeof(name), "g%ld", k);
		sb_init(&label);
		if (rest) {
			char n_rest[24];
			snprintf(n_rest, sizeof(n_rest), "%ld", rest_groups);
			txf(&label, o->lang, T_GROUP_REST, n_rest, NULL);
		} else if (!strcmp(group_by, "community")) {
			sb_addf(&label, "%s %s", group_by, names[g]);
		} else {
			sb_add_cut(&label, names[g], 120);
		}
		sb_addf(&label, " (%ld)", size[k]);
		struct scene_node *sn = scene_node(sc, name, label.buf);
		sb_release(&label);
		sn->look.shape = "ellipse";
		sn->look.fill = !rest && k < N_PALETTE ? palette[k] : OTHER_FILL;
		node_size(sn, sqrt((double)size[k] / (double)max));
	}
	/* Edges between nodes, heavier for more ties: the pairs of nodes that
	 * ties join, sorted and counted, so that the cost grows with the ties
	 * and not with the square of the groups. */
	uint64_t *pairs = xcalloc((size_t)net->m + 1, sizeof(*pairs));
	size_t n_pairs = 0;
	for (igraph_integer_t e = 0; e < net->m; e++) {
		uint64_t a = (uint64_t)node[group[net->ties[e].a]];
		uint64_t b = (uint64_t)node[group[net->ties[e].b]];
		if (a != b)
			pairs[n_pairs++] = (a < b ? a : b) * (uint64_t)n_nodes + (a < b ? b : a);
	}
	qsort(pairs, n_pairs, sizeof(*pairs), by_pair);
	for (size_t i = 0, j; i < n_pairs; i = j) {
		for (j = i; j < n_pairs && pairs[j] == pairs[i]; j++)
			;
		scene_edge(sc, (size_t)(pairs[i] / (uint64_t)n_nodes),
		           (size_t)(pairs[i] % (uint64_t)n_nodes))
		    ->penwidth = 1 + log((double)(j - i));
	}
	free(pairs);
	scene_legend(sc, LEGEND_TEXT, 0, tx(o->lang, T_GROUP_SIZE));
	struct strbuf sb;
	sb_init(&sb);
	if (net->ds->title)
		sb_addf(&sb, "%s\n", net->ds->title);
	char sg[64], se[64];
	tx_count(sg, sizeof(sg), o->lang, n_groups, T_CT_GROUP, T_CT_GROUPS);
	tx_count(se, sizeof(se), o->lang, (long)net->n, T_CT_ENTITY, T_CT_ENTITIES);
	txf(&sb, o->lang, T_GROUP_CAPTION, sg, se, NULL);
	if (rest_groups) {
		char rg[24], rm[24];
		snprintf(rg, sizeof(rg), "%ld", rest_groups);
		snprintf(rm, sizeof(rm), "%ld", rest_members);
		sb_addc(&sb, '\n');
		txf(&sb, o->lang, T_GROUP_REST_CAPTION, rg, rm, NULL);
	}
	draw_caption_remarks(&sb, net, o);
	sc->caption = sb_detach(&sb);
	free(size);
	free(node);
	free(group);
	free(members);
	free(names);
	categories_free(&cat);
}

void draw_overlap(struct scene *sc, const struct network *net, const struct overlap *ov,
                  const struct draw_options *o)
{
	const struct dataset *ds = net->ds;
	size_t *node_of = xcalloc(ds->n_entities + 1, sizeof(*node_of));
	bool any[2] = {false, false};
	struct overlap_detail d = {0};
	struct strbuf sb;

	sc->layout = o->layout ? o->layout : "neato";
	sc->page_width = page_points(o);
	sc->keep_lengths = true;
	for (size_t e = 0; e < ds->n_entities; e++) {
		node_of[e] = SIZE_MAX;
		if (ds->entities[e].kind != KIND_TEAM || net->vertex[e] < 0)
			continue;
		struct scene_node *sn = entity_node(sc, &ds->entities[e], e, NULL);
		node_size(sn, 0);
		node_of[e] = sc->n_nodes - 1;
	}
	sb_init(&sb);
	for (size_t i = 0; i < ov->n_pairs; i++) {
		const struct overlap_pair *p = &ov->pairs[i];
		struct scene_edge *se = scene_edge(sc, node_of[p->a], node_of[p->b]);
		se->penwidth = 1.5 + 8 * p->coverage_overlap;
		se->color = p->aware ? "#7F7F7F" : "#D55E00";
		se->style = p->aware ? "solid" : "dashed";
		sb_reset(&sb);
		overlap_detail(ov, ds, p, &d);
		for (size_t k = 0; k < d.n_areas; k++)
			sb_addf(&sb, "%s%s", k ? ", " : "", d.areas[k]);
		se->label = xstrdup(sb.buf);
		se->len = 5.0; /* room for the label between two wide team shapes */
		any[p->aware] = true;
	}
	struct legend_item *team = scene_legend(sc, LEGEND_NODE, 0, tx(o->lang, T_KIND_TEAM));
	team->look = kind_styles[KIND_TEAM].look;
	scene_legend(sc, LEGEND_TEXT, 1, tx(o->lang, T_LEGEND_TIES));
	if (any[0]) {
		struct legend_item *it = scene_legend(sc, LEGEND_EDGE, 1, tx(o->lang, T_UNAWARE));
		it->look.penwidth = 4, it->look.color = "#D55E00", it->look.style = "dashed";
	}
	if (any[1]) {
		struct legend_item *it = scene_legend(sc, LEGEND_EDGE, 1, tx(o->lang, T_AWARE));
		it->look.penwidth = 4, it->look.color = "#7F7F7F";
	}
	scene_legend(sc, LEGEND_TEXT, 1, tx(o->lang, T_OVERLAP_WIDTH));
	sb_reset(&sb);
	if (ds->title)
		sb_addf(&sb, "%s\n", ds->title);
	txf(&sb, o->lang, T_OVERLAP_CAPTION, ds->waves[net->wave].id, NULL);
	draw_caption_remarks(&sb, net, o);
	sc->caption = sb_detach(&sb);
	overlap_detail_free(&d);
	free(node_of);
}
