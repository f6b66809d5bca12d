/* out-timeline: presenting change between waves. */
#include "out/timeline.h"
#include "util/date.h"
#include "out/measure.h"
#include "util/strbuf.h"
#include "i18n/texts.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* The columns; out_timeline_table() puts the headers (wave_headers) in the
 * table's language. */
static const struct column wave_cols[] = {
    {"id", NULL, COL_STR, 0, false, false},
    {"date", NULL, COL_STR, 0, false, false},
    {"interviews", NULL, COL_INT, 0, false, false},
    {"response", NULL, COL_REAL, 2, false, false},
    {"entities", NULL, COL_INT, 0, false, false},
    {"ties", NULL, COL_INT, 0, false, false},
    {"density", NULL, COL_REAL, 3, false, false},
    {"components", NULL, COL_INT, 0, false, false},
    {"largest_component", NULL, COL_INT, 0, false, true},
    {"isolates", NULL, COL_INT, 0, false, false},
    {"fragmentation", NULL, COL_REAL, 3, false, false},
    {"distance_fragmentation", NULL, COL_REAL, 3, false, false},
    {"degree_centralization", NULL, COL_REAL, 3, false, false},
    {"transitivity", NULL, COL_REAL, 3, false, true},
    {"communities", NULL, COL_INT, 0, false, true},
    {"modularity", NULL, COL_REAL, 3, false, true},
    {"cutpoints", NULL, COL_INT, 0, false, false},
    {"bridges", NULL, COL_INT, 0, false, true},
    {"trust", NULL, COL_REAL, 2, false, false},
    {"confirmed_share", NULL, COL_REAL, 2, false, false},
};
enum { N_WAVE_COLS = sizeof(wave_cols) / sizeof(wave_cols[0]) };
static const enum text_id wave_headers[N_WAVE_COLS] = {
    T_TL_H_WAVE,           T_TL_H_DATE,         T_S_H_INTERVIEWS,     T_TL_H_RESPONSE,
    T_TL_H_ENTITIES,       T_TL_H_TIES,         T_TL_H_DENSITY,       T_TL_H_COMPONENTS,
    T_TL_H_LARGEST,        T_TL_H_ISOLATES,     T_TL_H_FRAGMENTATION, T_TL_H_DISTANCE,
    T_TL_H_CENTRALIZATION, T_TL_H_TRANSITIVITY, T_TL_H_COMMUNITIES,   T_TL_H_MODULARITY,
    T_TL_H_CUTPOINTS,      T_TL_H_BRIDGES,      T_TL_H_TRUST,         T_TL_H_CONFIRMED,
};

void out_timeline_table(struct tabular *t, const struct timeline *tl, char (*dates)[11],
                        enum lang lang)
{
	tab_init_in(t, wave_cols, wave_headers, N_WAVE_COLS, lang);
	for (size_t w = 0; w < tl->ds->n_waves; w++) {
		const struct network_measures *n = &tl->waves[w];
		struct cell *c = tab_row(t);
		c[0].s = tl->ds->waves[w].id;
		if (tl->ds->waves[w].date)
			date_format(tl->ds->waves[w].date, dates[w]), c[1].s = dates[w];
		else
			c[1].null = true;
		c[2].i = tl->interviews[w];
		c[3].r = tl->response[w];
		c[4].i = n->entities;
		c[5].i = n->ties;
		c[6].r = n->density;
		c[7].i = n->components;
		c[8].i = n->largest_component;
		c[9].i = n->isolates;
		c[10].r = n->fragmentation;
		c[11].r = n->distance_fragmentation;
		c[12].r = n->degree_centralization;
		c[13].r = n->transitivity;
		c[14].i = n->communities;
		c[15].r = n->modularity;
		c[16].i = n->cutpoints;
		c[17].i = n->bridges;
		c[18].r = n->trust;
		c[19].r = n->confirmed_share;
	}
}

static cJSON *pairs_json(const struct dataset *ds, const struct entity_pair *p, size_t n)
{
	cJSON *arr = cJSON_CreateArray();

	for (size_t i = 0; i < n; i++) {
		const char *ids[2] = {ds->entities[p[i].a].id, ds->entities[p[i].b].id};
		cJSON_AddItemToArray(arr, cJSON_CreateStringArray(ids, 2));
	}
	return arr;
}

static cJSON *ids_json(const struct dataset *ds, const size_t *e, size_t n)
{
	cJSON *arr = cJSON_CreateArray();

	for (size_t i = 0; i < n; i++)
		cJSON_AddItemToArray(arr, cJSON_CreateString(ds->entities[e[i]].id));
	return arr;
}

static void write_json(FILE *out, const struct timeline *tl)
{
	const struct dataset *ds = tl->ds;
	cJSON *doc = cJSON_CreateObject(), *waves = cJSON_CreateArray();
	cJSON *changes = cJSON_CreateArray(), *started = cJSON_CreateObject();

	if (ds->pseudonymised)
		cJSON_AddTrueToObject(doc, "pseudonymised");
	for (size_t w = 0; w < ds->n_waves; w++) {
		cJSON *o = cJSON_CreateObject(), *net = out_network_json(&tl->waves[w]);
		char date[11];
		cJSON_AddStringToObject(o, "id", ds->waves[w].id);
		if (ds->waves[w].date) {
			date_format(ds->waves[w].date, date);
			cJSON_AddStringToObject(o, "date", date);
		} else {
			cJSON_AddNullToObject(o, "date");
		}
		cJSON_AddNumberToObject(o, "interviews", (double)tl->interviews[w]);
		cJSON_AddItemToObject(o, "response", json_number(tl->response[w]));
		while (net->child) {
			cJSON *item = cJSON_DetachItemViaPointer(net, net->child);
			cJSON_AddItemToObject(o, item->string, item);
		}
		cJSON_Delete(net);
		cJSON_AddItemToArray(waves, o);
	}
	for (size_t i = 0; i < tl->n_changes; i++) {
		const struct wave_change *c = &tl->changes[i];
		cJSON *o = cJSON_CreateObject();
		cJSON_AddStringToObject(o, "from", ds->waves[c->from].id);
		cJSON_AddStringToObject(o, "to", ds->waves[c->to].id);
		cJSON_AddItemToObject(o, "gained", pairs_json(ds, c->gained, c->n_gained));
		cJSON_AddItemToObject(o, "lost", pairs_json(ds, c->lost, c->n_lost));
		cJSON_AddItemToObject(o, "unobserved",
		                      pairs_json(ds, c->unobserved, c->n_unobserved));
		cJSON_AddNumberToObject(o, "kept", (double)c->kept);
		cJSON_AddItemToObject(o, "jaccard", json_number(c->jaccard));
		cJSON_AddItemToObject(o, "strengthened",
		                      pairs_json(ds, c->strengthened, c->n_strengthened));
		cJSON_AddItemToObject(o, "weakened", pairs_json(ds, c->weakened, c->n_weakened));
		cJSON_AddItemToObject(o, "joined", ids_json(ds, c->joined, c->n_joined));
		cJSON_AddItemToObject(o, "left", ids_json(ds, c->left, c->n_left));
		cJSON_AddItemToObject(o, "not_interviewed",
		                      ids_json(ds, c->missing_to, c->n_missing_to));
		cJSON_AddItemToArray(changes, o);
	}
	for (size_t i = 0; i < tl->n_started; i++) {
		char year[16];
		snprintf(year, sizeof(year), "%d", tl->started[i].year);
		cJSON_AddNumberToObject(started, year, (double)tl->started[i].ties);
	}
	cJSON_AddItemToObject(doc, "waves", waves);
	cJSON_AddItemToObject(doc, "changes", changes);
	cJSON_AddItemToObject(doc, "started", started);
	if (tl->sample) {
		cJSON *est = cJSON_CreateObject();
		cJSON_AddNumberToObject(est, "sources", (double)tl->sample);
		cJSON_AddItemToObject(
		    est, "measures",
		    cJSON_CreateStringArray((const char *const[]){"distance_"
		                                                  "fragmentation"},
		                            1));
		cJSON_AddItemToObject(doc, "estimated", est);
	}
	json_write(out, doc);
	cJSON_Delete(doc);
}

/* "fell from 0.10 to 0.05", "rose from ...", or "stayed at 0.05". */
static void change_words(struct strbuf *sb, enum lang lang, double from, double to)
{
	struct strbuf a, b;

	sb_init(&a);
	sb_init(&b);
	tx_number(&a, lang, from, 2);
	tx_number(&b, lang, to, 2);
	if (fabs(to - from) < 0.005)
		txf(sb, lang, T_TL_STAYED, b.buf, NULL);
	else
		txf(sb, lang, to > from ? T_TL_ROSE : T_TL_FELL, a.buf, b.buf, NULL);
	sb_release(&a);
	sb_release(&b);
}

static void write_pairs(FILE *out, const struct dataset *ds, const char *what,
                        const struct entity_pair *p, size_t n)
{
	if (!n)
		return;
	struct strbuf sb;

	sb_init(&sb);
	sb_addf(&sb, "  %s:\n", what);
	for (size_t i = 0; i < n; i++)
		sb_addf(&sb, "    %s - %s\n", ds->entities[p[i].a].name, ds->entities[p[i].b].name);
	write_prose(out, sb.buf, prose_width(), 2);
	sb_release(&sb);
}

static void write_names(FILE *out, const struct dataset *ds, const char *what, const size_t *e,
                        size_t n)
{
	if (!n)
		return;
	struct strbuf sb;

	sb_init(&sb);
	sb_addf(&sb, "  %s: ", what);
	for (size_t i = 0; i < n; i++)
		sb_addf(&sb, "%s%s", i ? ", " : "", ds->entities[e[i]].name);
	write_prose(out, sb.buf, prose_width(), 2);
	fputc('\n', out);
	sb_release(&sb);
}

void out_change_sentences(struct strbuf *sb, const struct timeline *tl, const struct wave_change *c,
                          enum lang lang)
{
	const struct dataset *ds = tl->ds;
	const struct network_measures *a = &tl->waves[c->from], *b = &tl->waves[c->to];
	char n[6][24];
	struct strbuf frag, dens, j;

	snprintf(n[0], sizeof(n[0]), "%zu", c->n_gained);
	snprintf(n[1], sizeof(n[1]), "%zu", c->n_lost);
	snprintf(n[2], sizeof(n[2]), "%ld", c->kept);
	snprintf(n[3], sizeof(n[3]), "%zu", c->n_unobserved);
	snprintf(n[4], sizeof(n[4]), "%zu", c->n_joined);
	snprintf(n[5], sizeof(n[5]), "%zu", c->n_left);
	txf(sb, lang, T_TL_CHANGE, ds->waves[c->from].id, ds->waves[c->to].id, n[0], n[1], n[2],
	    n[3], n[4], n[5], NULL);
	sb_init(&frag);
	sb_init(&dens);
	sb_init(&j);
	change_words(&frag, lang, a->fragmentation, b->fragmentation);
	change_words(&dens, lang, a->density, b->density);
	sb_addc(sb, ' ');
	txf(sb, lang, T_TL_SHAPE, frag.buf, dens.buf, NULL);
	tx_number(&j, lang, c->jaccard, 2);
	sb_addc(sb, ' ');
	txf(sb, lang, T_TL_JACCARD, j.buf, tx(lang, timeline_stability_text(c->jaccard)), NULL);
	snprintf(n[0], sizeof(n[0]), "%zu", c->n_missing_from + c->n_missing_to);
	sb_addc(sb, ' ');
	txf(sb, lang, T_TL_MISSING, n[0], NULL);
	sb_release(&frag);
	sb_release(&dens);
	sb_release(&j);
}

static void write_text(FILE *out, const struct timeline *tl, enum lang lang)
{
	const struct dataset *ds = tl->ds;
	struct tabular t;
	struct strbuf sb;
	char(*dates)[11] = xcalloc(ds->n_waves, sizeof(*dates));
	char n[32];

	sb_init(&sb);
	if (ds->pseudonymised)
		sb_addf(&sb, "%s\n\n", tx(lang, T_PSEUDONYMISED));
	snprintf(n, sizeof(n), "%zu", ds->n_waves);
	txf(&sb, lang, ds->n_waves == 1 ? T_TL_ONE_WAVE : T_TL_WAVES,
	    ds->title ? ds->title : tx(lang, T_TL_STUDY), n, NULL);
	write_prose(out, sb.buf, prose_width(), 0);
	fputs("\n\n", out);
	sb_release(&sb);
	out_timeline_table(&t, tl, dates, lang);
	/* A person reads dates in her language ("1 mei 2019"); CSV and
	 * workbooks keep YYYY-MM-DD, which every spreadsheet takes for a date. */
	struct strbuf *people = xcalloc(ds->n_waves + 1, sizeof(*people));
	for (size_t w = 0; w < ds->n_waves; w++)
		sb_init(&people[w]);
	for (size_t w = 0; w < ds->n_waves && w < t.nrows; w++) {
		tx_date(&people[w], lang, ds->waves[w].date);
		if (ds->waves[w].date)
			t.cells[w * t.ncols + 1].s = people[w].buf;
	}
	tab_write_text(out, &t, NULL, terminal_width());
	tab_free(&t);
	for (size_t w = 0; w < ds->n_waves; w++)
		sb_release(&people[w]);
	free(people);
	free(dates);
	sb_init(&sb);
	for (size_t i = 0; i < tl->n_changes; i++) {
		const struct wave_change *c = &tl->changes[i];
		sb_reset(&sb);
		out_change_sentences(&sb, tl, c, lang);
		fputc('\n', out);
		write_prose(out, sb.buf, prose_width(), 0);
		fputc('\n', out);
		for (int k = 0; k < 2; k++) {
			sb_reset(&sb);
			txf(&sb, lang, T_TL_NOT_INTERVIEWED, ds->waves[k ? c->to : c->from].id,
			    ds->waves[k ? c->from : c->to].id, NULL);
			write_names(out, ds, sb.buf, k ? c->missing_to : c->missing_from,
			            k ? c->n_missing_to : c->n_missing_from);
		}
		write_pairs(out, ds, tx(lang, T_TL_STARTED), c->gained, c->n_gained);
		write_pairs(out, ds, tx(lang, T_TL_ENDED), c->lost, c->n_lost);
		write_pairs(out, ds, tx(lang, T_TL_UNOBSERVED), c->unobserved, c->n_unobserved);
		write_pairs(out, ds, tx(lang, T_TL_STRENGTHENED), c->strengthened,
		            c->n_strengthened);
		write_pairs(out, ds, tx(lang, T_TL_WEAKENED), c->weakened, c->n_weakened);
		write_names(out, ds, tx(lang, T_JOINED), c->joined, c->n_joined);
		write_names(out, ds, tx(lang, T_LEFT), c->left, c->n_left);
	}
	sb_reset(&sb);
	txf(&sb, lang, T_TL_BY_YEAR, ds->waves[ds->n_waves - 1].id, NULL);
	for (size_t i = 0; i < tl->n_started; i++)
		sb_addf(&sb, "%s %d: %ld", i ? "," : "", tl->started[i].year, tl->started[i].ties);
	if (!tl->n_started)
		sb_adds(&sb, tx(lang, T_TL_NO_YEAR));
	sb_adds(&sb, tl->without_since ? "" : ".");
	if (tl->without_since) {
		snprintf(n, sizeof(n), "%ld", tl->without_since);
		txf(&sb, lang, T_TL_WITHOUT_YEAR, n, NULL);
	}
	if (tl->sample) {
		snprintf(n, sizeof(n), "%ld", tl->sample);
		sb_addc(&sb, '\n');
		txf(&sb, lang, T_TL_ESTIMATED, n, NULL);
	}
	fputc('\n', out);
	write_prose(out, sb.buf, prose_width(), 0);
	fputc('\n', out);
	sb_release(&sb);
}

static const struct column change_cols[] = {
    {"from", NULL, COL_STR, 0, false, false},   {"to", NULL, COL_STR, 0, false, false},
    {"change", NULL, COL_STR, 0, false, false}, {"id_a", NULL, COL_STR, 0, false, false},
    {"name_a", NULL, COL_STR, 0, false, false}, {"id_b", NULL, COL_STR, 0, false, false},
    {"name_b", NULL, COL_STR, 0, false, false},
};
enum { N_CHANGE_COLS = sizeof(change_cols) / sizeof(change_cols[0]) };
static const enum text_id change_headers[N_CHANGE_COLS] = {
    T_TL_H_FROM, T_TL_H_TO, T_TL_H_CHANGE, T_TL_H_ID_A, T_TL_H_NAME_A, T_TL_H_ID_B, T_TL_H_NAME_B,
};

static void change_rows(struct tabular *t, const struct timeline *tl, const struct wave_change *c,
                        const char *what, const struct entity_pair *p, size_t n)
{
	const struct dataset *ds = tl->ds;

	for (size_t i = 0; i < n; i++) {
		struct cell *row = tab_row(t);
		row[0].s = ds->waves[c->from].id;
		row[1].s = ds->waves[c->to].id;
		row[2].s = what;
		row[3].s = ds->entities[p[i].a].id;
		row[4].s = ds->entities[p[i].a].name;
		row[5].s = ds->entities[p[i].b].id;
		row[6].s = ds->entities[p[i].b].name;
	}
}

/* Entities rather than pairs: the partner's columns stay empty. */
static void absent_rows(struct tabular *t, const struct timeline *tl, const struct wave_change *c,
                        const char *what, const size_t *e, size_t n)
{
	const struct dataset *ds = tl->ds;

	for (size_t i = 0; i < n; i++) {
		struct cell *row = tab_row(t);
		row[0].s = ds->waves[c->from].id;
		row[1].s = ds->waves[c->to].id;
		row[2].s = what;
		row[3].s = ds->entities[e[i]].id;
		row[4].s = ds->entities[e[i]].name;
		row[5].null = row[6].null = true;
	}
}

void out_timeline_changes_table(struct tabular *t, const struct timeline *tl, enum lang lang)
{
	tab_init_in(t, change_cols, change_headers, N_CHANGE_COLS, lang);
	for (size_t i = 0; i < tl->n_changes; i++) {
		const struct wave_change *c = &tl->changes[i];
		change_rows(t, tl, c, tx(lang, T_TL_STARTED), c->gained, c->n_gained);
		change_rows(t, tl, c, tx(lang, T_TL_ENDED), c->lost, c->n_lost);
		change_rows(t, tl, c, tx(lang, T_TL_NOT_OBSERVED), c->unobserved, c->n_unobserved);
		change_rows(t, tl, c, tx(lang, T_TL_H_STRONGER), c->strengthened,
		            c->n_strengthened);
		change_rows(t, tl, c, tx(lang, T_TL_H_WEAKER), c->weakened, c->n_weakened);
		absent_rows(t, tl, c, tx(lang, T_TL_H_NOT_INTERVIEWED), c->missing_to,
		            c->n_missing_to);
	}
}

int out_timeline_xlsx(const char *path, const struct timeline *tl, enum lang lang)
{
	struct tabular t;
	char(*dates)[11] = xcalloc(tl->ds->n_waves, sizeof(*dates));
	int rc;

	out_timeline_table(&t, tl, dates, lang);
	rc = tab_write_xlsx(path, &(struct tab_sheet){tx(lang, T_R_WAVE), &t, NULL}, 1);
	tab_free(&t);
	free(dates);
	return rc;
}

void out_timeline(FILE *out, const struct timeline *tl, enum format format, char sep,
                  enum lang lang)
{
	if (format == FORMAT_JSON) {
		write_json(out, tl);
	} else if (format == FORMAT_CSV) {
		struct tabular t;
		char(*dates)[11] = xcalloc(tl->ds->n_waves, sizeof(*dates));
		out_timeline_table(&t, tl, dates, lang);
		if (tl->ds->pseudonymised)
			tab_add_flag(&t, "pseudonymised", tx(lang, T_PSEUDONYMISED));
		tab_write_csv(out, &t, sep);
		tab_free(&t);
		free(dates);
	} else {
		write_text(out, tl, lang);
	}
}
