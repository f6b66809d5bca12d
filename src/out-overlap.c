/* out-overlap: presenting overlapping teams. */
#include "out-overlap.h"
#include "strbuf.h"
#include "texts.h"

static const struct column pair_cols[] = {
    {"a", "team", COL_STR, 0, true, false},
    {"b", "team", COL_STR, 0, true, false},
    {"coverage_overlap", "overlap", COL_REAL, 2, false, false},
    {"shared_cells", "cells", COL_INT, 0, false, false},
    {"member_overlap", "members", COL_REAL, 2, false, false},
    {"shared_members", "shared members", COL_LIST, 0, true, false},
    {"aware", "tied", COL_BOOL, 0, false, false},
};
enum { N_PAIR_COLS = sizeof(pair_cols) / sizeof(pair_cols[0]) };

void out_overlap_table(struct tabular *t, const struct dataset *ds, const struct overlap *ov,
                       double min)
{
	tab_init(t, pair_cols, N_PAIR_COLS);
	for (size_t i = 0; i < ov->n_pairs; i++) {
		const struct overlap_pair *p = &ov->pairs[i];
		if (p->coverage_overlap < min)
			continue;
		struct cell *c = tab_row(t);
		c[0].s = ds->entities[p->a].id;
		c[1].s = ds->entities[p->b].id;
		c[2].r = p->coverage_overlap;
		c[3].i = p->shared_cells;
		c[4].r = p->member_overlap;
		c[5].list = p->shared_members;
		c[5].n_list = p->n_shared_members;
		c[6].b = p->aware;
	}
}

static const struct column gap_cols[] = {
    {"municipality", "municipality", COL_STR, 0, false, false},
    {"area", "area", COL_STR, 0, true, false},
    {"target_group", "target group", COL_STR, 0, true, false},
};
enum { N_GAP_COLS = sizeof(gap_cols) / sizeof(gap_cols[0]) };

void out_gaps_table(struct tabular *t, const struct dataset *ds, const struct overlap *ov)
{
	tab_init(t, gap_cols, N_GAP_COLS);
	for (size_t i = 0; i < ov->n_gaps; i++) {
		const struct overlap_gap *g = &ov->gaps[i];
		struct cell *c = tab_row(t);
		c[0].s = ds->entities[g->municipality].id;
		c[1].s = ov->areas[g->area];
		c[2].s = ov->groups[g->group];
		c[2].null = ov->no_groups;
	}
}

/* Per municipality, its areas with the target groups no team serves. */
static void write_gaps(FILE *out, const struct dataset *ds, const struct overlap *ov,
                       enum lang lang)
{
	fprintf(out, "\n%s\n", tx(lang, T_OV_GAPS));
	if (!ov->n_rows)
		fprintf(out, "  %s\n", tx(lang, T_OV_NO_MUNICIPALITY));
	else if (!ov->n_gaps)
		fprintf(out, "  %s\n", tx(lang, T_OV_NO_GAPS));
	for (size_t i = 0; i < ov->n_gaps; i++) {
		const struct overlap_gap *g = &ov->gaps[i], *prev = i ? &ov->gaps[i - 1] : NULL;
		if (!prev || prev->municipality != g->municipality)
			fprintf(out, "  %s\n", ds->entities[g->municipality].name);
		if (!prev || prev->municipality != g->municipality || prev->area != g->area)
			fprintf(out, "    %s: %s", ov->areas[g->area],
			        ov->no_groups ? tx(lang, T_OV_ALL_GROUPS) : ov->groups[g->group]);
		else
			fprintf(out, ", %s", ov->groups[g->group]);
		const struct overlap_gap *next = i + 1 < ov->n_gaps ? &ov->gaps[i + 1] : NULL;
		if (!next || next->municipality != g->municipality || next->area != g->area)
			fputc('\n', out);
	}
}

static void add_list(struct strbuf *sb, const char *const *items, size_t n)
{
	for (size_t i = 0; i < n; i++)
		sb_addf(sb, "%s%s", i == 0 ? "" : i + 1 == n ? " and " : ", ", items[i]);
}

static void out_overlap_sentence(struct strbuf *sb, const struct dataset *ds,
                                 const struct overlap_pair *p)
{
	sb_addf(sb, "%s and %s both serve ", ds->entities[p->a].name, ds->entities[p->b].name);
	add_list(sb, p->shared_groups, p->n_shared_groups);
	sb_adds(sb, " in ");
	add_list(sb, p->shared_areas, p->n_shared_areas);
}

static void write_text(FILE *out, const struct network *net, const struct overlap *ov, double min)
{
	const struct dataset *ds = net->ds;
	struct strbuf sb;
	size_t shown[2] = {0};

	sb_init(&sb);
	fprintf(out, "Wave %s: %zu teams, %zu overlapping pairs\n", ds->waves[net->wave].id,
	        ov->n_teams, ov->n_pairs);
	for (int aware = 0; aware <= 1; aware++) {
		fputs(aware ? "\nOverlapping teams that are tied (aware of each other)\n"
		            : "\nOverlapping teams with no tie: they may not know of each other\n",
		      out);
		for (size_t i = 0; i < ov->n_pairs; i++) {
			const struct overlap_pair *p = &ov->pairs[i];
			if (p->aware != aware || p->coverage_overlap < min)
				continue;
			sb_reset(&sb);
			out_overlap_sentence(&sb, ds, p);
			fprintf(out, "  %s, and %s (overlap %.2f", sb.buf,
			        aware ? "are tied" : "have no tie", p->coverage_overlap);
			if (p->n_shared_members) {
				fputs("; members in common: ", out);
				for (size_t k = 0; k < p->n_shared_members; k++) {
					long e = dataset_entity(ds, p->shared_members[k]);
					fprintf(out, "%s%s", k ? ", " : "", ds->entities[e].name);
				}
			}
			fputs(").\n", out);
			shown[aware]++;
		}
		if (!shown[aware])
			fputs("  none\n", out);
	}
	sb_release(&sb);
}

void out_overlap(FILE *out, const struct network *net, const struct overlap *ov, double min,
                 bool gaps_only, enum format format, char sep, enum lang lang)
{
	struct tabular t, g;

	if (format == FORMAT_TABLE) {
		if (!gaps_only)
			write_text(out, net, ov, min);
		write_gaps(out, net->ds, ov, lang);
		return;
	}
	out_overlap_table(&t, net->ds, ov, min);
	out_gaps_table(&g, net->ds, ov);
	if (format == FORMAT_CSV) {
		tab_write_csv(out, gaps_only ? &g : &t, sep);
	} else {
		cJSON *doc = cJSON_CreateObject();
		cJSON_AddStringToObject(doc, "wave", net->ds->waves[net->wave].id);
		cJSON_AddItemToObject(doc, "pairs",
		                      gaps_only ? cJSON_CreateArray() : tab_to_json(&t));
		cJSON_AddItemToObject(doc, "gaps", tab_to_json(&g));
		json_write(out, doc);
		cJSON_Delete(doc);
	}
	tab_free(&t);
	tab_free(&g);
}
