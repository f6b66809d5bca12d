/*
 * report: builds the model once, then writes the folder from it: diagrams,
 * chart, CSV files and index.html (the blocks of build.c, written by
 * page.c); or the same blocks as one Word document (docx.c), with the
 * diagrams kept in memory as PNG instead of written beside it.
 */
#include "report/report.h"
#include "report/build.h"
#include "report/docx.h"
#include "report/page.h"
#include "analysis/model.h"
#include "render/chart.h"
#include "util/date.h"
#include "render/draw.h"
#include "i18n/msg.h"
#include "out/measure.h"
#include "out/overlap.h"
#include "out/timeline.h"
#include "analysis/overlap.h"
#include "util/strbuf.h"
#include "i18n/texts.h"
#include "analysis/timeline.h"
#include "network/whatif.h"

#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

struct study {
	const struct dataset *ds;
	const struct model *m;
	const struct positions *pos; /* pos->n 0: too many entities to lay out */
	const struct report_options *o;
	const char *dir;
	/* For a Word document: the diagrams as PNG, not written as files. */
	bool keep;
	struct docx_picture *pics;
	size_t n_pics;
	int failed;
};

/* Keeps DATA (malloc'd, now the study's) as the picture NAME. */
static void keep_picture(struct study *st, const char *name, char *data, size_t len)
{
	st->pics = xrealloc(st->pics, (st->n_pics + 1) * sizeof(*st->pics));
	st->pics[st->n_pics++] = (struct docx_picture){xstrdup(name), data, len};
}

static void free_pictures(struct study *st)
{
	for (size_t i = 0; i < st->n_pics; i++) {
		free(st->pics[i].name);
		free(st->pics[i].data);
	}
	free(st->pics);
}

/* ---- files ---- */

static FILE *open_in(struct study *st, const char *name)
{
	struct strbuf path;
	FILE *f;

	sb_init(&path);
	sb_addf(&path, "%s/%s", st->dir, name);
	f = fopen(path.buf, "wb");
	if (!f)
		st->failed = error("cannot write %s: %s", path.buf, msg_strerror(errno));
	sb_release(&path);
	return f;
}

/* Closes F; WHY is the errno of a write that failed before (0: none),
 * since the stream keeps only that one failed. The reason is said (a full
 * disk: "no space left on device"). */
static void close_file_after(struct study *st, FILE *f, const char *name, int why)
{
	if (f) {
		int failed = ferror(f);
		errno = 0;
		if (fflush(f) && !why)
			why = errno;
		if (fclose(f) && !why)
			why = errno;
		if (failed || why)
			st->failed = error("cannot write %s/%s: %s", st->dir, name,
			                   msg_strerror(why ? why : EIO));
	}
}

static void close_file(struct study *st, FILE *f, const char *name)
{
	close_file_after(st, f, name, 0);
}

static void write_bytes(struct study *st, const char *name, const char *data, size_t len)
{
	FILE *f = open_in(st, name);
	int why = 0;

	if (f && fwrite(data, 1, len, f) != len)
		why = errno;
	close_file_after(st, f, name, why);
}

/* The scene as NAME.svg and NAME.png. */
static void render(struct study *st, struct scene *sc, const char *name)
{
	static const char *const formats[] = {"svg", "png"};

	for (int i = st->keep; i < 2 && !st->failed; i++) {
		char file[64], *data;
		size_t len;
		snprintf(file, sizeof(file), "%s.%s", name, formats[i]);
		if (scene_render(sc, formats[i], st->o->dpi > 0 ? st->o->dpi : 300, &data, &len)) {
			st->failed = -1;
			return;
		}
		if (st->keep) {
			keep_picture(st, name, data, len);
			continue;
		}
		write_bytes(st, file, data, len);
		free(data);
	}
}

/* Every CSV file of the report says on every row that names are
 * pseudonymised and which what-if changed the networks, as each command's
 * own CSV does (cli.md: every form of output says so). T is written here
 * and then freed by the caller: the note it gets lives as long as this
 * call. */
static void write_csv(struct study *st, const char *name, struct tabular *t)
{
	const struct network_edit *edit = st->m->nets[st->m->last].edit; /* NULL: none */
	FILE *f = open_in(st, name);
	struct strbuf whatif;

	sb_init(&whatif);
	if (edit) {
		whatif_text(&whatif, st->ds, edit);
		tab_add_note(t, "what_if", tx(st->o->lang, T_WHATIF_COLUMN), whatif.buf);
	}
	if (st->ds->pseudonymised)
		tab_add_flag(t, "pseudonymised", tx(st->o->lang, T_PSEUDONYMISED));
	if (f)
		tab_write_csv(f, t, language(st->o->lang)->csv_separator);
	close_file(st, f, name);
	sb_release(&whatif);
}

static void write_diagrams(struct study *st)
{
	const struct dataset *ds = st->ds;
	struct draw_options dopt = {.lang = st->o->lang, .width_cm = st->o->width_cm};

	for (size_t w = 0; w < ds->n_waves && !st->failed; w++) {
		struct scene sc;
		char name[48];
		scene_init(&sc);
		snprintf(name, sizeof(name), "network-wave%zu", w + 1);
		if (draw_too_many((long)st->m->nets[w].n))
			draw_groups(&sc, &st->m->nets[w], &st->m->ms[w], "community", &dopt);
		else
			draw_wave(&sc, &st->m->nets[w], &st->m->ms[w], &dopt, NULL,
			          st->pos->n ? st->pos : NULL);
		render(st, &sc, name);
		scene_free(&sc);
	}
	if (st->m->advised && st->m->advice.n_ties && st->pos->n && !st->failed &&
	    !draw_too_many((long)st->m->nets[st->m->last].n)) {
		struct draw_options with = dopt;
		struct scene sc;
		with.suggested = st->m->suggested;
		with.n_suggested = st->m->advice.n_ties;
		scene_init(&sc);
		draw_wave(&sc, &st->m->nets[st->m->last], &st->m->ms[st->m->last], &with, NULL,
		          st->pos);
		render(st, &sc, "advice");
		scene_free(&sc);
	}
	if (ds->n_waves > 1 && st->pos->n && !st->failed) {
		struct scene sc;
		scene_init(&sc);
		draw_diff(&sc, &st->m->nets[0], &st->m->nets[ds->n_waves - 1], &dopt, st->pos);
		render(st, &sc, "change");
		scene_free(&sc);
	}
	if (st->m->ov.n_pairs && !st->failed) {
		struct scene sc;
		scene_init(&sc);
		draw_overlap(&sc, &st->m->nets[ds->n_waves - 1], &st->m->ov, &dopt);
		render(st, &sc, "overlap");
		scene_free(&sc);
	}
	if (st->m->ov.n_rows && !st->failed) {
		struct scene sc;
		scene_init(&sc);
		draw_coverage(&sc, &st->m->nets[ds->n_waves - 1], &st->m->ov, &dopt);
		render(st, &sc, "coverage");
		scene_free(&sc);
	}
	if (st->keep && !st->failed) {
		char *data = NULL;
		size_t len = 0;
		FILE *f = open_memstream(&data, &len);
		if (!f || chart_write(f, "png", &st->m->tl, st->o->lang))
			st->failed = -1;
		if (f && fclose(f))
			st->failed = -1;
		if (!st->failed)
			keep_picture(st, "growth", data, len);
		else
			free(data);
		return;
	}
	for (int i = 0; i < 2 && !st->failed; i++) {
		const char *name = i ? "growth.png" : "growth.svg";
		FILE *f = open_in(st, name);
		if (f && chart_write(f, i ? "png" : "svg", &st->m->tl, st->o->lang))
			st->failed = -1;
		close_file(st, f, name);
	}
}

static void write_tables(struct study *st)
{
	const struct dataset *ds = st->ds;
	struct tabular t;

	for (size_t w = 0; w < ds->n_waves; w++) {
		char name[40];
		snprintf(name, sizeof(name), "measures-wave%zu.csv", w + 1);
		out_measure_table(&t, &st->m->nets[w], &st->m->ms[w], true, st->o->lang);
		out_measure_kinds_in_words(&t, st->o->lang);
		write_csv(st, name, &t);
		tab_free(&t);
	}
	char(*dates)[11] = xcalloc(ds->n_waves, sizeof(*dates));
	/* The CSV files speak the report's language, as --format csv does. */
	out_timeline_table(&t, &st->m->tl, dates, st->o->lang);
	write_csv(st, "timeline.csv", &t);
	tab_free(&t);
	out_timeline_changes_table(&t, &st->m->tl, st->o->lang);
	write_csv(st, "timeline-changes.csv", &t);
	tab_free(&t);
	free(dates);
	out_overlap_table(&t, ds, &st->m->ov, 0, st->o->lang);
	write_csv(st, "overlap.csv", &t);
	tab_free(&t);
	out_gaps_table(&t, ds, &st->m->ov, st->o->lang);
	write_csv(st, "gaps.csv", &t);
	tab_free(&t);
}

/* The model of everything the report shows, each part once. */
static int build_model(struct model *m, const struct dataset *ds, const struct report_options *o)
{
	struct model_request req = {
	    .ties = o->ties,
	    .wave = ds->n_waves - 1,
	    .edit = o->edit,
	    .edit_every_wave = true,
	    .sample = MODEL_SAMPLE_DEFAULT,
	    .advise_k = MODEL_ADVISE_K,
	};
	int rc;

	model_init(m, ds, &req);
	rc = model_compute(m, MODEL_REPORT);
	/* advise on the last wave, unless it is too large to do in passing. */
	if (!rc && m->nets[m->last].n <= MODEL_ADVISE_MAX)
		rc = model_compute(m, MODEL_ADVICE);
	if (rc == IGRAPH_INTERRUPTED)
		error("interrupted");
	else if (rc)
		error("the analysis failed (igraph error %d)", rc);
	return rc ? -1 : 0;
}

/* One layout of every wave, unless the study is too large to draw entity
 * by entity: then it is drawn in groups, which need no positions, and
 * laying out every entity would take minutes. */
static int lay_out(const struct model *m, const struct report_options *o, struct positions *pos)
{
	struct draw_options dopt = {.width_cm = o->width_cm};
	long taking_part = 0;

	memset(pos, 0, sizeof(*pos));
	for (size_t e = 0; e < m->ds->n_entities; e++)
		for (size_t w = 0; w < m->n_waves; w++)
			if (m->nets[w].vertex[e] >= 0) {
				taking_part++;
				break;
			}
	if (draw_too_many(taking_part))
		return 0;
	return draw_model_positions(m, &dopt, pos);
}

int report_write(const char *dir, const struct dataset *ds, const struct report_options *o)
{
	struct model m;
	struct positions pos = {0};
	struct study st = {.ds = ds, .m = &m, .pos = &pos, .o = o, .dir = dir};

	if (build_model(&m, ds, o) || lay_out(&m, o, &pos)) {
		model_free(&m);
		return -1;
	}
	write_diagrams(&st);
	if (!st.failed)
		write_tables(&st);
	if (!st.failed) {
		FILE *html = open_in(&st, "index.html");
		struct doc d;
		report_build(&d, &m, &pos, o);
		if (html && report_page(html, &d, &m, &pos))
			st.failed = -1;
		close_file(&st, html, "index.html");
		doc_free(&d);
	}
	positions_free(&pos);
	model_free(&m);
	return st.failed ? -1 : 0;
}

int report_write_docx(FILE *out, const struct dataset *ds, const struct report_options *o)
{
	struct model m;
	struct positions pos = {0};
	struct study st = {.ds = ds, .m = &m, .pos = &pos, .o = o, .keep = true};
	struct doc d;

	if (build_model(&m, ds, o) || lay_out(&m, o, &pos)) {
		model_free(&m);
		return -1;
	}
	write_diagrams(&st);
	if (!st.failed) {
		report_build(&d, &m, &pos, o);
		if (report_docx(out, &d, st.pics, st.n_pics, o->width_cm))
			st.failed = -1;
		doc_free(&d);
	}
	free_pictures(&st);
	positions_free(&pos);
	model_free(&m);
	return st.failed ? -1 : 0;
}
