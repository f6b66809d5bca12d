/*
 * draw-coverage: the coverage matrix of a wave (cli.md): areas as rows,
 * grouped under a line that names their municipality (a column of its own
 * would make the matrix too wide for a 16 cm column at 8 pt), target
 * groups as columns, each cell saying how
 * many active teams serve it and which. Gaps and overlaps differ in border,
 * pattern and text as well as in colour, so that greyscale print keeps
 * them apart.
 */
#include "render/draw.h"
#include "util/strbuf.h"
#include "i18n/texts.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* Sizes in points (72 to the inch). */
#define CELL_W   84.0
#define CELL_H   34.0
#define AREA_W   100.0
#define MAX_SHOW 4 /* team codes written in one cell; the rest as "…" */

static const struct look gap_look = {"box", "filled,dashed", "#FFFFFF", "#000000", "#D55E00", 2.5};
static const struct look one_look = {"box", "filled", "#DCEEF8", "#000000", "#555555", 1};
static const struct look many_look = {
    "box", "filled,diagonals,bold", "#8CC4E6", "#000000", "#000000", 2.5};
static const struct look text_look = {"plaintext", "solid", "#FFFFFF", "#000000", "#FFFFFF", 0};

static int by_name(const void *pa, const void *pb, void *context)
{
	const char *const *names = context;

	return strcasecmp(names[*(const size_t *)pa], names[*(const size_t *)pb]);
}

static struct scene_node *text_node(struct scene *sc, const char *name, const char *label, double x,
                                    double y, double width)
{
	struct scene_node *n = scene_node(sc, name, label);

	n->look = text_look;
	n->label_inside = true;
	n->width = width / 72;
	n->height = CELL_H / 72;
	n->x = x;
	n->y = y;
	n->pinned = true;
	return n;
}

/* The cell's text: "gap", or the number of teams and their codes. */
static void cell_label(struct strbuf *sb, const struct overlap *ov, const long *code, size_t area,
                       size_t group, enum lang lang)
{
	long n = overlap_served(ov, area, group), shown = 0;

	if (!n) {
		sb_adds(sb, tx(lang, T_COV_GAP));
		return;
	}
	if (n > 1)
		sb_addf(sb, "%ld: ", n);
	for (size_t t = 0; t < ov->n_teams; t++) {
		if (!overlap_serves(ov, t, area, group))
			continue;
		if (shown++ == MAX_SHOW) {
			sb_adds(sb, ", \u2026");
			break;
		}
		sb_addf(sb, "%sT%ld", shown > 1 ? ", " : "", code[t]);
	}
}

/* The three kinds of cell, and the teams by code. */
static void legend(struct scene *sc, const struct network *net, const struct overlap *ov,
                   const long *code, const struct draw_options *o)
{
	struct legend_item *it;
	struct strbuf sb;

	scene_legend(sc, LEGEND_TEXT, 0, tx(o->lang, T_COV_CELLS));
	it = scene_legend(sc, LEGEND_NODE, 0, tx(o->lang, T_COV_LEGEND_GAP));
	it->look = gap_look;
	it = scene_legend(sc, LEGEND_NODE, 0, tx(o->lang, T_COV_LEGEND_ONE));
	it->look = one_look;
	it = scene_legend(sc, LEGEND_NODE, 0, tx(o->lang, T_COV_LEGEND_MANY));
	it->look = many_look;
	scene_legend(sc, LEGEND_TEXT, 1, tx(o->lang, T_COV_TEAMS));
	sb_init(&sb);
	for (size_t t = 0; t < ov->n_teams; t++) {
		if (!code[t])
			continue;
		sb_reset(&sb);
		sb_addf(&sb, "T%ld  %s", code[t], net->ds->entities[ov->teams[t].entity].name);
		scene_legend(sc, LEGEND_TEXT, 1, sb.buf);
	}
	sb_release(&sb);
}

void draw_coverage(struct scene *sc, const struct network *net, const struct overlap *ov,
                   const struct draw_options *o)
{
	const struct dataset *ds = net->ds;
	size_t *cols = xcalloc(ov->n_groups + 1, sizeof(*cols));
	long *code = xcalloc(ov->n_teams + 1, sizeof(*code)), n_codes = 0;
	struct strbuf sb;
	char name[48];
	double x0 = AREA_W, line = 0;

	sc->layout = "neato";
	sb_init(&sb);
	/* Teams that serve some cell of the matrix get a code T1, T2, ...: a
	 * team that serves some group and some area of a row. */
	bool *in_row = xcalloc(ov->n_areas + 1, sizeof(*in_row)), any_row = false;
	for (size_t r = 0; r < ov->n_rows; r++)
		in_row[ov->rows[r].area] = true;
	for (size_t a = 0; a < ov->n_areas && !any_row; a++)
		any_row = in_row[a] && overlap_area_named(ov, a);
	for (size_t t = 0; t < ov->n_teams; t++) {
		const struct overlap_team *tm = &ov->teams[t];
		bool any = tm->all_areas ? any_row : false;
		for (size_t i = 0; i < tm->n_areas && !any; i++)
			any = in_row[tm->areas[i]];
		any = any && ov->n_groups && (tm->all_groups || tm->n_groups);
		code[t] = any ? ++n_codes : 0;
	}
	free(in_row);
	for (size_t g = 0; g < ov->n_groups; g++)
		cols[g] = g;
	qsort_r(cols, ov->n_groups, sizeof(*cols), by_name, (void *)ov->groups);
	for (size_t j = 0; j < ov->n_groups; j++) {
		snprintf(name, sizeof(name), "col%zu", j);
		text_node(sc, name,
		          ov->no_groups ? tx(o->lang, T_OV_ALL_GROUPS) : ov->groups[cols[j]],
		          x0 + (double)j * CELL_W + CELL_W / 2, CELL_H, CELL_W);
	}
	for (size_t r = 0; r < ov->n_rows; r++) {
		const struct overlap_row *row = &ov->rows[r];
		double width = x0 + (double)ov->n_groups * CELL_W;
		if (!r || ov->rows[r - 1].municipality != row->municipality) {
			snprintf(name, sizeof(name), "muni%zu", r);
			text_node(sc, name, ds->entities[row->municipality].name, width / 2,
			          -line++ * CELL_H, width);
		}
		double y = -line++ * CELL_H;
		snprintf(name, sizeof(name), "area%zu", r);
		text_node(sc, name, ov->areas[row->area], AREA_W / 2, y, AREA_W);
		for (size_t j = 0; j < ov->n_groups; j++) {
			long n = overlap_served(ov, row->area, cols[j]);
			sb_reset(&sb);
			cell_label(&sb, ov, code, row->area, cols[j], o->lang);
			snprintf(name, sizeof(name), "c%zu_%zu", r, j);
			struct scene_node *c = text_node(
			    sc, name, sb.buf, x0 + (double)j * CELL_W + CELL_W / 2, y, CELL_W - 4);
			c->look = !n ? gap_look : n == 1 ? one_look : many_look;
			c->height = (CELL_H - 4) / 72;
		}
	}
	legend(sc, net, ov, code, o);
	sb_reset(&sb);
	if (ds->title)
		sb_addf(&sb, "%s\n", ds->title);
	char gaps[64];
	tx_count(gaps, sizeof(gaps), o->lang, (long)ov->n_gaps, T_CT_GAP, T_CT_GAPS);
	txf(&sb, o->lang, T_COV_CAPTION, ds->waves[net->wave].id, gaps, NULL);
	if (!ov->n_rows) {
		sb_addc(&sb, '\n');
		sb_adds(&sb, tx(o->lang, T_OV_NO_MUNICIPALITY));
	}
	draw_caption_remarks(&sb, net, o);
	sc->caption = sb_detach(&sb);
	free(code);
	free(cols);
}
