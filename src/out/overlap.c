/* out-overlap: presenting overlapping teams. */
#include "out/overlap.h"

#include <string.h>

#include "util/strbuf.h"
#include "i18n/texts.h"

/* The columns; the header field holds the text id of the header, which
 * out_overlap_table() puts in the table's language. */
static const struct column pair_cols[] = {
    {"a", NULL, COL_STR, 0, true, false},
    {"b", NULL, COL_STR, 0, true, false},
    {"coverage_overlap", NULL, COL_REAL, 2, false, false},
    {"shared_cells", NULL, COL_INT, 0, false, false},
    {"member_overlap", NULL, COL_REAL, 2, false, false},
    {"shared_members", NULL, COL_LIST, 0, true, false},
    {"aware", NULL, COL_BOOL, 0, false, false},
};
enum { N_PAIR_COLS = sizeof(pair_cols) / sizeof(pair_cols[0]) };
static const enum text_id pair_headers[N_PAIR_COLS] = {
    T_O_H_A, T_O_H_B, T_O_H_OVERLAP, T_O_H_CELLS, T_O_H_MEMBERS, T_O_H_SHARED, T_O_H_TIED,
};

/* Adds the rows of pairs [FROM, TO) whose coverage_overlap is at least
 * MIN; the lists of shared members live in one block the table owns. */
static void add_pair_rows(struct tabular *t, const struct dataset *ds, const struct overlap *ov,
                          double min, size_t from, size_t to)
{
	struct overlap_detail d = {0};
	size_t total = 0, used = 0;

	for (size_t i = from; i < to; i++)
		if (ov->pairs[i].coverage_overlap >= min)
			total += ov->pairs[i].shared_members;
	const char **block = xcalloc(total + 1, sizeof(*block));
	t->owned = block;
	for (size_t i = from; i < to; i++) {
		const struct overlap_pair *p = &ov->pairs[i];
		if (p->coverage_overlap < min)
			continue;
		struct cell *c = tab_row(t);
		c[0].s = ds->entities[p->a].id;
		c[1].s = ds->entities[p->b].id;
		c[2].r = p->coverage_overlap;
		c[3].i = p->shared_cells;
		c[4].r = overlap_member_overlap(ov, p);
		c[5].list = block + used; /* an empty list, not a null, when none */
		if (p->shared_members) {
			overlap_detail(ov, ds, p, &d);
			memcpy(block + used, d.members, d.n_members * sizeof(*block));
			c[5].n_list = d.n_members;
			used += d.n_members;
		}
		c[6].b = p->aware;
	}
	overlap_detail_free(&d);
}

void out_overlap_table(struct tabular *t, const struct dataset *ds, const struct overlap *ov,
                       double min, enum lang lang)
{
	tab_init_in(t, pair_cols, pair_headers, N_PAIR_COLS, lang);
	add_pair_rows(t, ds, ov, min, 0, ov->n_pairs);
}

/* The pairs as CSV in parts of PART_ROWS, so that a field of 5,000 teams
 * that serve one area (12.5 million pairs) is written without holding a
 * table of them all: one header, then each part's rows. */
enum { PART_ROWS = 4096 };

static void write_pairs_csv(FILE *out, const struct dataset *ds, const struct overlap *ov,
                            double min, char sep, enum lang lang)
{
	for (size_t from = 0; from == 0 || from < ov->n_pairs; from += PART_ROWS) {
		struct tabular t;
		size_t to = from + PART_ROWS < ov->n_pairs ? from + PART_ROWS : ov->n_pairs;
		tab_init_in(&t, pair_cols, pair_headers, N_PAIR_COLS, lang);
		add_pair_rows(&t, ds, ov, min, from, to);
		if (ds->pseudonymised)
			tab_add_flag(&t, "pseudonymised", tx(lang, T_PSEUDONYMISED));
		if (from == 0)
			tab_write_csv_header(out, &t, sep);
		tab_write_csv_rows(out, &t, sep);
		tab_free(&t);
	}
}

static const struct column gap_cols[] = {
    {"municipality", NULL, COL_STR, 0, false, false},
    {"area", NULL, COL_STR, 0, true, false},
    {"target_group", NULL, COL_STR, 0, true, false},
};
enum { N_GAP_COLS = sizeof(gap_cols) / sizeof(gap_cols[0]) };
static const enum text_id gap_headers[N_GAP_COLS] = {T_KIND_MUNICIPALITY, T_G_H_AREA, T_G_H_GROUP};

void out_gaps_table(struct tabular *t, const struct dataset *ds, const struct overlap *ov,
                    enum lang lang)
{
	tab_init_in(t, gap_cols, gap_headers, N_GAP_COLS, lang);
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

static void add_list(struct strbuf *sb, enum lang lang, const char *const *items, size_t n)
{
	for (size_t i = 0; i < n; i++)
		sb_addf(sb, "%s%s", i == 0 ? "" : i + 1 == n ? tx(lang, T_AND) : ", ", items[i]);
}

static void write_text(FILE *out, const struct network *net, const struct overlap *ov, double min,
                       enum lang lang)
{
	const struct dataset *ds = net->ds;
	struct strbuf sb, groups, areas, x;
	struct overlap_detail d = {0};
	size_t shown[2] = {0};
	char n1[64], n2[64];

	sb_init(&sb);
	sb_init(&groups);
	sb_init(&areas);
	sb_init(&x);
	tx_count(n1, sizeof(n1), lang, (long)ov->n_teams, T_CT_TEAM, T_CT_TEAMS);
	tx_count(n2, sizeof(n2), lang, (long)ov->n_pairs, T_CT_PAIR, T_CT_PAIRS);
	txf(&sb, lang, T_O_HEADER, ds->waves[net->wave].id, n1, n2, NULL);
	fprintf(out, "%s\n", sb.buf);
	for (int aware = 0; aware <= 1; aware++) {
		fprintf(out, "\n%s\n", tx(lang, aware ? T_O_TIED : T_O_UNTIED));
		for (size_t i = 0; i < ov->n_pairs; i++) {
			const struct overlap_pair *p = &ov->pairs[i];
			if (p->aware != aware || p->coverage_overlap < min)
				continue;
			sb_reset(&sb);
			sb_reset(&groups);
			sb_reset(&areas);
			sb_reset(&x);
			overlap_detail(ov, ds, p, &d);
			if (ov->no_groups) /* the one pseudo-group, in the reader's words */
				sb_adds(&groups, tx(lang, T_OV_ALL_GROUPS));
			else
				add_list(&groups, lang, d.groups, d.n_groups);
			add_list(&areas, lang, d.areas, d.n_areas);
			tx_number(&x, lang, p->coverage_overlap, 2);
			txf(&sb, lang, aware ? T_O_PAIR_AWARE : T_O_PAIR_UNAWARE,
			    ds->entities[p->a].name, ds->entities[p->b].name, groups.buf, areas.buf,
			    x.buf, NULL);
			fprintf(out, "  %s", sb.buf);
			if (d.n_members) {
				sb_reset(&sb);
				sb_reset(&x);
				for (size_t k = 0; k < d.n_members; k++) {
					long e = dataset_entity(ds, d.members[k]);
					sb_addf(&x, "%s%s", k ? ", " : "", ds->entities[e].name);
				}
				txf(&sb, lang, T_O_MEMBERS, x.buf, NULL);
				fputs(sb.buf, out);
			}
			fputs(").\n", out);
			shown[aware]++;
		}
		if (!shown[aware])
			fprintf(out, "  %s\n", tx(lang, T_NONE));
	}
	overlap_detail_free(&d);
	sb_release(&sb);
	sb_release(&groups);
	sb_release(&areas);
	sb_release(&x);
}

int out_overlap_xlsx(const char *path, const struct network *net, const struct overlap *ov,
                     double min, enum lang lang)
{
	struct tabular t;
	int rc;

	out_overlap_table(&t, net->ds, ov, min, lang);
	rc = tab_write_xlsx(path, &(struct tab_sheet){net->ds->waves[net->wave].id, &t, NULL}, 1);
	tab_free(&t);
	return rc;
}

void out_overlap(FILE *out, const struct network *net, const struct overlap *ov, double min,
                 bool gaps_only, enum format format, char sep, enum lang lang)
{
	struct tabular t, g;

	if (format == FORMAT_TABLE) {
		struct prose p;
		FILE *text = prose_open(&p, out, 2);
		if (net->ds->pseudonymised)
			fprintf(text, "%s\n\n", tx(lang, T_PSEUDONYMISED));
		if (!gaps_only)
			write_text(text, net, ov, min, lang);
		write_gaps(text, net->ds, ov, lang);
		prose_close(&p);
		return;
	}
	if (format == FORMAT_CSV && !gaps_only) {
		write_pairs_csv(out, net->ds, ov, min, sep, lang);
		return;
	}
	out_gaps_table(&g, net->ds, ov, lang);
	if (net->ds->pseudonymised && format == FORMAT_CSV)
		tab_add_flag(&g, "pseudonymised", tx(lang, T_PSEUDONYMISED));
	if (format == FORMAT_CSV) {
		tab_write_csv(out, &g, sep);
		tab_free(&g);
		return;
	}
	out_overlap_table(&t, net->ds, ov, min, lang);
	cJSON *doc = cJSON_CreateObject();
	cJSON_AddStringToObject(doc, "wave", net->ds->waves[net->wave].id);
	if (net->ds->pseudonymised)
		cJSON_AddTrueToObject(doc, "pseudonymised");
	/* --gaps leaves the pairs out rather than write an empty list, which a
	 * program would read as "no overlap". */
	if (!gaps_only)
		cJSON_AddItemToObject(doc, "pairs", tab_to_json(&t));
	cJSON_AddItemToObject(doc, "gaps", tab_to_json(&g));
	json_write(out, doc);
	cJSON_Delete(doc);
	tab_free(&t);
	tab_free(&g);
}
