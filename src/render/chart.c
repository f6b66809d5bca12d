/* chart: three small panels of a study's growth, with cairo. */
#include "render/chart.h"
#include "i18n/msg.h"
#include "io/output.h"
#include "io/pngdpi.h"
#include "util/strbuf.h"
#include "i18n/texts.h"

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <cairo.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A4 text width (16 cm) in points; PNG at 300 dpi. */
enum { WIDTH = 454, HEIGHT = 600 };
#define PNG_SCALE (300.0 / 72.0)
#define FONT      "DejaVu Sans"

const char *chart_format(const char *path)
{
	static const char *const formats[] = {"svg", "png", "pdf", NULL};

	return output_format(path, formats);
}

static cairo_status_t to_buffer(void *closure, const unsigned char *data, unsigned int len)
{
	sb_add(closure, (const char *)data, len);
	return CAIRO_STATUS_SUCCESS;
}

/* The chart drawn in SB, marked as partnermap's (output.h), to OUT; a PNG
 * with its resolution recorded, so that it is inserted 16 cm wide. */
static cairo_status_t write_out(struct strbuf *sb, const char *format, FILE *out)
{
	size_t len = sb->len;
	char *data = sb_detach(sb);
	cairo_status_t st = CAIRO_STATUS_SUCCESS;

	if (!strcmp(format, "png") && png_set_dpi(&data, &len, PNG_SCALE * 72))
		st = CAIRO_STATUS_PNG_ERROR;
	output_mark(&data, &len, format);
	if (st == CAIRO_STATUS_SUCCESS && fwrite(data, 1, len, out) != len)
		st = CAIRO_STATUS_WRITE_ERROR;
	free(data);
	return st;
}

struct panel {
	double x, y, w, h; /* the plot area */
	double ymax;
	size_t n; /* categories along the x axis */
};

static void text(cairo_t *cr, double x, double y, double size, double align, const char *s)
{
	cairo_text_extents_t ext;

	cairo_set_font_size(cr, size);
	cairo_text_extents(cr, s, &ext);
	cairo_move_to(cr, x - align * ext.x_advance, y);
	cairo_show_text(cr, s);
}

/* A round step for a count axis up to max: 1, 2 or 5 times a power of
 * ten, and never below 1, since counts are whole numbers (a step of 0.5
 * would print "0 0 1 1 2" under "%.0f"). */
static double count_step(double max)
{
	double raw = max / 4, mag = pow(10, floor(log10(raw > 1 ? raw : 1)));
	double f = raw / mag;

	return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * mag;
}

static void axes(cairo_t *cr, struct panel *p, const char *title, const char *const *labels,
                 bool fraction, enum lang lang)
{
	double step = fraction ? 0.25 : count_step(p->ymax);

	if (!fraction)
		p->ymax = ceil(p->ymax / step) * step;
	if (p->ymax <= 0)
		p->ymax = 1;
	cairo_set_source_rgb(cr, 0.1, 0.1, 0.1);
	text(cr, p->x - 34, p->y - 12, 10.5, 0, title);
	cairo_set_line_width(cr, 0.5);
	for (double v = 0; v <= p->ymax + 1e-9; v += step) {
		struct strbuf buf;
		double y = p->y + p->h - v / p->ymax * p->h;

		sb_init(&buf);
		cairo_set_source_rgb(cr, 0.85, 0.85, 0.85);
		cairo_move_to(cr, p->x, y);
		cairo_line_to(cr, p->x + p->w, y);
		cairo_stroke(cr);
		cairo_set_source_rgb(cr, 0.2, 0.2, 0.2);
		tx_number(&buf, lang, v, fraction ? 2 : 0);
		text(cr, p->x - 5, y + 3, 8, 1, buf.buf);
		sb_release(&buf);
	}
	for (size_t i = 0; i < p->n; i++) {
		if (p->n > 14 && i % 2)
			continue; /* every other year when they would crowd */
		text(cr, p->x + (i + 0.5) * p->w / (double)p->n, p->y + p->h + 12, 8, 0.5,
		     labels[i]);
	}
}

static void bars(cairo_t *cr, const struct panel *p, const double *v, double r, double g, double b)
{
	double slot = p->w / (double)p->n;

	cairo_set_source_rgb(cr, r, g, b);
	for (size_t i = 0; i < p->n; i++) {
		double h = v[i] / p->ymax * p->h;
		cairo_rectangle(cr, p->x + i * slot + slot * 0.2, p->y + p->h - h, slot * 0.6, h);
	}
	cairo_fill(cr);
}

static void line(cairo_t *cr, const struct panel *p, const double *v, double r, double g, double b,
                 bool dashed)
{
	double slot = p->w / (double)p->n;
	double dash[] = {5, 3};

	cairo_set_source_rgb(cr, r, g, b);
	cairo_set_line_width(cr, 2);
	cairo_set_dash(cr, dash, dashed ? 2 : 0, 0);
	for (size_t i = 0; i < p->n; i++) {
		double x = p->x + (i + 0.5) * slot, y = p->y + p->h - v[i] / p->ymax * p->h;
		if (i)
			cairo_line_to(cr, x, y);
		else
			cairo_move_to(cr, x, y);
	}
	cairo_stroke(cr);
	cairo_set_dash(cr, dash, 0, 0);
	for (size_t i = 0; i < p->n; i++) {
		cairo_arc(cr, p->x + (i + 0.5) * slot, p->y + p->h - v[i] / p->ymax * p->h, 3, 0,
		          2 * M_PI);
		cairo_fill(cr);
	}
}

static void key(cairo_t *cr, double x, double y, const char *label, double r, double g, double b,
                bool dashed)
{
	double dash[] = {5, 3};

	cairo_set_source_rgb(cr, r, g, b);
	cairo_set_line_width(cr, 2);
	cairo_set_dash(cr, dash, dashed ? 2 : 0, 0);
	cairo_move_to(cr, x, y - 3);
	cairo_line_to(cr, x + 18, y - 3);
	cairo_stroke(cr);
	cairo_set_dash(cr, dash, 0, 0);
	cairo_set_source_rgb(cr, 0.1, 0.1, 0.1);
	text(cr, x + 22, y, 8.5, 0, label);
}

/* Under each wave its interviews and response, and between two waves the
 * Jaccard index of their ties, so that a drop in ties that missing
 * interviews explain does not pass for a shrinking network. */
static void response_labels(cairo_t *cr, const struct panel *p, const struct timeline *tl,
                            enum lang lang)
{
	double slot = p->w / (double)p->n;
	struct strbuf sb, num, pct;

	sb_init(&sb);
	sb_init(&num);
	sb_init(&pct);
	cairo_set_source_rgb(cr, 0.3, 0.3, 0.3);
	for (size_t w = 0; w < p->n; w++) {
		sb_reset(&sb);
		sb_reset(&num);
		sb_reset(&pct);
		char count[64];
		sb_adds(&num, tx_count(count, sizeof(count), lang, tl->interviews[w],
		                       T_CT_INTERVIEW, T_CT_INTERVIEWS));
		tx_number(&pct, lang, tl->response[w] * 100, 0);
		sb_adds(&pct, "%");
		txf(&sb, lang, T_CHART_RESPONSE, num.buf, pct.buf, NULL);
		text(cr, p->x + ((double)w + 0.5) * slot, p->y + p->h + 23, 7, 0.5, sb.buf);
	}
	for (size_t i = 0; i < tl->n_changes; i++) {
		const struct wave_change *c = &tl->changes[i];
		sb_reset(&sb);
		sb_reset(&num);
		tx_number(&num, lang, c->jaccard, 2);
		txf(&sb, lang, T_CHART_JACCARD, num.buf, NULL);
		text(cr, p->x + ((double)c->to) * slot, p->y + p->h + 12, 7, 0.5, sb.buf);
	}
	if (tl->n_changes || p->n)
		text(cr, p->x, p->y + p->h + 35, 7, 0, tx(lang, T_CHART_TIES_NOTE));
	sb_release(&sb);
	sb_release(&num);
	sb_release(&pct);
}

static void draw(cairo_t *cr, const struct timeline *tl, enum lang lang)
{
	const struct dataset *ds = tl->ds;
	int first = tl->n_started ? tl->started[0].year : 0;
	int last = tl->n_started ? tl->started[tl->n_started - 1].year : 0;
	bool every_year = last - first < 40; /* else only the years that have ties */
	size_t nw = ds->n_waves, ny = every_year ? (size_t)(last - first) + 1 : tl->n_started;
	const char **waves = xcalloc(nw, sizeof(*waves));
	double *ties = xcalloc(nw, sizeof(double)), *dens = xcalloc(nw, sizeof(double));
	double *frag = xcalloc(nw, sizeof(double)), *started = xcalloc(ny, sizeof(double));
	char(*years)[8] = xcalloc(ny, sizeof(*years));
	const char **year_labels = xcalloc(ny, sizeof(*year_labels));
	struct panel p1 = {60, 50, WIDTH - 80, 110, 0, nw};
	struct panel p2 = {60, 230, WIDTH - 80, 110, 1, nw};
	struct panel p3 = {60, 410, WIDTH - 80, 120, 0, ny};

	for (size_t w = 0; w < nw; w++) {
		waves[w] = ds->waves[w].id;
		ties[w] = (double)tl->waves[w].ties;
		dens[w] = tl->waves[w].density;
		frag[w] = tl->waves[w].fragmentation;
		p1.ymax = fmax(p1.ymax, ties[w]);
	}
	/* Every year from the first to the last, so that gaps show. */
	for (size_t i = 0; i < ny; i++) {
		snprintf(years[i], sizeof(years[i]), "%d",
		         every_year ? first + (int)i : tl->started[i].year);
		year_labels[i] = tl->n_started ? years[i] : "";
	}
	for (size_t i = 0; i < tl->n_started; i++) {
		size_t k = every_year ? (size_t)(tl->started[i].year - first) : i;
		started[k] = (double)tl->started[i].ties;
		p3.ymax = fmax(p3.ymax, started[k]);
	}
	cairo_set_source_rgb(cr, 1, 1, 1);
	cairo_paint(cr);
	cairo_select_font_face(cr, FONT, CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_NORMAL);
	cairo_set_source_rgb(cr, 0, 0, 0);
	text(cr, WIDTH / 2.0, 20, 12, 0.5, tx(lang, T_CHART_TITLE));
	axes(cr, &p1, tx(lang, T_CHART_TIES), waves, false, lang);
	bars(cr, &p1, ties, 0.337, 0.706, 0.914);
	response_labels(cr, &p1, tl, lang);
	axes(cr, &p2, tx(lang, T_CHART_SHAPE), waves, true, lang);
	line(cr, &p2, dens, 0.0, 0.447, 0.698, false);
	line(cr, &p2, frag, 0.835, 0.369, 0.0, true);
	key(cr, p2.x, p2.y + p2.h + 32, tx(lang, T_CHART_DENSITY), 0.0, 0.447, 0.698, false);
	key(cr, p2.x + 150, p2.y + p2.h + 32, tx(lang, T_CHART_FRAGMENTATION), 0.835, 0.369, 0.0,
	    true);
	axes(cr, &p3, tx(lang, T_CHART_STARTED), year_labels, false, lang);
	bars(cr, &p3, started, 0.0, 0.620, 0.451);
	cairo_set_source_rgb(cr, 0.3, 0.3, 0.3);
	/* Ties without a start year are in no bar; the note says how many. */
	struct strbuf note;
	sb_init(&note);
	sb_adds(&note, tx(lang, T_CHART_STARTED_NOTE));
	if (tl->without_since) {
		char count[64];
		txf(&note, lang, T_CHART_WITHOUT_YEAR,
		    tx_count(count, sizeof(count), lang, tl->without_since, T_CT_TIE, T_CT_TIES),
		    NULL);
	}
	text(cr, p3.x, p3.y + p3.h + 30, 8, 0, note.buf);
	sb_release(&note);
	free(year_labels);
	free(years);
	free(started);
	free(frag);
	free(dens);
	free(ties);
	free(waves);
}

int chart_write(FILE *out, const char *format, const struct timeline *tl, enum lang lang)
{
	cairo_surface_t *s;
	cairo_status_t st;
	struct strbuf sb;

	sb_init(&sb);
	if (!strcmp(format, "svg"))
		s = cairo_svg_surface_create_for_stream(to_buffer, &sb, WIDTH, HEIGHT);
	else if (!strcmp(format, "pdf"))
		s = cairo_pdf_surface_create_for_stream(to_buffer, &sb, WIDTH, HEIGHT);
	else
		s = cairo_image_surface_create(CAIRO_FORMAT_RGB24, (int)(WIDTH * PNG_SCALE),
		                               (int)(HEIGHT * PNG_SCALE));
	cairo_t *cr = cairo_create(s);
	if (!strcmp(format, "png"))
		cairo_scale(cr, PNG_SCALE, PNG_SCALE);
	draw(cr, tl, lang);
	/* A drawing that failed (out of memory, a bad font) is an error, not
	 * an empty chart. */
	st = cairo_status(cr);
	cairo_destroy(cr);
	cairo_surface_flush(s);
	if (st == CAIRO_STATUS_SUCCESS && !strcmp(format, "png"))
		st = cairo_surface_write_to_png_stream(s, to_buffer, &sb);
	cairo_surface_finish(s);
	if (st == CAIRO_STATUS_SUCCESS)
		st = cairo_surface_status(s);
	cairo_surface_destroy(s);
	if (st == CAIRO_STATUS_SUCCESS)
		st = write_out(&sb, format, out);
	sb_release(&sb);
	return st == CAIRO_STATUS_SUCCESS
	           ? 0
	           : error("cannot draw the chart: %s", cairo_status_to_string(st));
}
