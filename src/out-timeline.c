/* out-timeline: presenting change between waves. */
#include "out-timeline.h"
#include "date.h"
#include "out-measure.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

static const struct column wave_cols[] = {
    {"id", "wave", COL_STR, 0, false, false},
    {"date", "date", COL_STR, 0, false, false},
    {"entities", "entities", COL_INT, 0, false, false},
    {"ties", "ties", COL_INT, 0, false, false},
    {"density", "density", COL_REAL, 3, false, false},
    {"components", "comp", COL_INT, 0, false, false},
    {"largest_component", "largest", COL_INT, 0, false, true},
    {"isolates", "isolates", COL_INT, 0, false, false},
    {"fragmentation", "fragm", COL_REAL, 3, false, false},
    {"distance_fragmentation", "dist.fr", COL_REAL, 3, false, false},
    {"degree_centralization", "centr", COL_REAL, 3, false, false},
    {"transitivity", "trans", COL_REAL, 3, false, true},
    {"communities", "comm", COL_INT, 0, false, true},
    {"modularity", "modul", COL_REAL, 3, false, true},
    {"cutpoints", "cutp", COL_INT, 0, false, false},
    {"bridges", "bridges", COL_INT, 0, false, true},
    {"trust", "trust", COL_REAL, 2, false, false},
    {"confirmed_share", "confirmed", COL_REAL, 2, false, false},
};
enum { N_WAVE_COLS = sizeof(wave_cols) / sizeof(wave_cols[0]) };

void out_timeline_table(struct tabular *t, const struct timeline *tl, char (*dates)[11])
{
	tab_init(t, wave_cols, N_WAVE_COLS);
	for (size_t w = 0; w < tl->ds->n_waves; w++) {
		const struct network_measures *n = &tl->waves[w];
		struct cell *c = tab_row(t);
		c[0].s = tl->ds->waves[w].id;
		if (tl->ds->waves[w].date)
			date_format(tl->ds->waves[w].date, dates[w]), c[1].s = dates[w];
		else
			c[1].null = true;
		c[2].i = n->entities;
		c[3].i = n->ties;
		c[4].r = n->density;
		c[5].i = n->components;
		c[6].i = n->largest_component;
		c[7].i = n->isolates;
		c[8].r = n->fragmentation;
		c[9].r = n->distance_fragmentation;
		c[10].r = n->degree_centralization;
		c[11].r = n->transitivity;
		c[12].i = n->communities;
		c[13].r = n->modularity;
		c[14].i = n->cutpoints;
		c[15].i = n->bridges;
		c[16].r = n->trust;
		c[17].r = n->confirmed_share;
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
		cJSON_AddNumberToObject(o, "kept", (double)c->kept);
		cJSON_AddItemToObject(o, "joined", ids_json(ds, c->joined, c->n_joined));
		cJSON_AddItemToObject(o, "left", ids_json(ds, c->left, c->n_left));
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
static void change_words(char *buf, size_t n, double from, double to)
{
	if (fabs(to - from) < 0.005)
		snprintf(buf, n, "stayed at %.2f", to);
	else
		snprintf(buf, n, "%s from %.2f to %.2f", to > from ? "rose" : "fell", from, to);
}

static void write_pairs(FILE *out, const struct dataset *ds, const char *what,
                        const struct entity_pair *p, size_t n)
{
	if (!n)
		return;
	fprintf(out, "  %s:\n", what);
	for (size_t i = 0; i < n; i++)
		fprintf(out, "    %s - %s\n", ds->entities[p[i].a].name, ds->entities[p[i].b].name);
}

static void write_names(FILE *out, const struct dataset *ds, const char *what, const size_t *e,
                        size_t n)
{
	if (!n)
		return;
	fprintf(out, "  %s: ", what);
	for (size_t i = 0; i < n; i++)
		fprintf(out, "%s%s", i ? ", " : "", ds->entities[e[i]].name);
	fputc('\n', out);
}

static void write_text(FILE *out, const struct timeline *tl)
{
	const struct dataset *ds = tl->ds;
	struct tabular t;
	char(*dates)[11] = calloc(ds->n_waves, sizeof(*dates));

	fprintf(out, "%s: %zu wave%s\n\n", ds->title ? ds->title : "Study", ds->n_waves,
	        ds->n_waves == 1 ? "" : "s");
	out_timeline_table(&t, tl, dates);
	tab_write_text(out, &t, NULL, 0);
	tab_free(&t);
	free(dates);
	for (size_t i = 0; i < tl->n_changes; i++) {
		const struct wave_change *c = &tl->changes[i];
		const struct network_measures *a = &tl->waves[c->from], *b = &tl->waves[c->to];
		char frag[64], dens[64];
		change_words(frag, sizeof(frag), a->fragmentation, b->fragmentation);
		change_words(dens, sizeof(dens), a->density, b->density);
		fprintf(out,
		        "\nBetween %s and %s: %zu partnership%s started, %zu ended, %ld continued; "
		        "%zu joined, %zu left; fragmentation %s, density %s.\n",
		        ds->waves[c->from].id, ds->waves[c->to].id, c->n_gained,
		        c->n_gained == 1 ? "" : "s", c->n_lost, c->kept, c->n_joined, c->n_left,
		        frag, dens);
		write_pairs(out, ds, "started", c->gained, c->n_gained);
		write_pairs(out, ds, "ended", c->lost, c->n_lost);
		write_names(out, ds, "joined", c->joined, c->n_joined);
		write_names(out, ds, "left", c->left, c->n_left);
	}
	fprintf(out, "\nTies of wave %s by the year they began:", ds->waves[ds->n_waves - 1].id);
	for (size_t i = 0; i < tl->n_started; i++)
		fprintf(out, "%s %d: %ld", i ? "," : "", tl->started[i].year, tl->started[i].ties);
	if (!tl->n_started)
		fputs(" none has a start year", out);
	fprintf(out, "%s", tl->without_since ? "" : ".\n");
	if (tl->without_since)
		fprintf(out, "; %ld without a start year.\n", tl->without_since);
	if (tl->sample)
		fprintf(out, "Distance fragmentation is estimated from %ld sources.\n", tl->sample);
}

void out_timeline(FILE *out, const struct timeline *tl, enum format format, char sep)
{
	if (format == FORMAT_JSON) {
		write_json(out, tl);
	} else if (format == FORMAT_CSV) {
		struct tabular t;
		char(*dates)[11] = calloc(tl->ds->n_waves, sizeof(*dates));
		out_timeline_table(&t, tl, dates);
		tab_write_csv(out, &t, sep);
		tab_free(&t);
		free(dates);
	} else {
		write_text(out, tl);
	}
}
