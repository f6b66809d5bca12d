/*
 * scene: the only module that talks to Graphviz. A scene is laid out once
 * by an engine (neato, fdp, ...), every node is then pinned, and the final
 * drawing is made with the "nop" engine so that positions never move:
 * what the layout decided, or what a caller pinned for stable positions
 * across waves, is what the reader sees.
 */
#include "scene.h"
#include "msg.h"
#include "output.h"
#include "strbuf.h"

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define FONT "DejaVu Sans"
/* Legend rows and columns leave room for Graphviz's spline margin: nodes
 * that touch make it fall back to straight edges for the whole drawing. */
enum { LABEL_WRAP = 18, LEGEND_ROW = 26, LEGEND_COLUMN = 240, LEGEND_CHARS = 36 };

static const struct look default_look = {"box", "filled", "#ffffff", "#000000", "#333333", 1};

void scene_init(struct scene *sc)
{
	memset(sc, 0, sizeof(*sc));
	sc->layout = "neato";
	sc->fontsize = 14;
}

void scene_free(struct scene *sc)
{
	for (size_t i = 0; i < sc->n_nodes; i++)
		free(sc->nodes[i].label);
	for (size_t i = 0; i < sc->n_edges; i++)
		free(sc->edges[i].label);
	for (size_t i = 0; i < sc->n_legend; i++)
		free(sc->legend[i].label);
	free(sc->nodes);
	free(sc->edges);
	free(sc->legend);
	free(sc->caption);
	memset(sc, 0, sizeof(*sc));
}

static void *grow(void *p, size_t *alloc, size_t count, size_t size)
{
	if (count < *alloc)
		return p;
	*alloc = *alloc ? *alloc * 2 : 32;
	return xrealloc(p, *alloc * size);
}

struct scene_node *scene_node(struct scene *sc, const char *name, const char *label)
{
	sc->nodes = grow(sc->nodes, &sc->alloc_nodes, sc->n_nodes, sizeof(*sc->nodes));
	struct scene_node *n = &sc->nodes[sc->n_nodes++];
	memset(n, 0, sizeof(*n));
	snprintf(n->name, sizeof(n->name), "%s", name);
	n->label = xstrdup(label ? label : "");
	n->look = default_look;
	n->width = 0.4;
	n->height = 0.3;
	return n;
}

struct scene_edge *scene_edge(struct scene *sc, size_t a, size_t b)
{
	sc->edges = grow(sc->edges, &sc->alloc_edges, sc->n_edges, sizeof(*sc->edges));
	struct scene_edge *e = &sc->edges[sc->n_edges++];
	memset(e, 0, sizeof(*e));
	e->a = a;
	e->b = b;
	e->penwidth = 1;
	e->color = "#555555";
	e->style = "solid";
	e->len = 1.0;
	return e;
}

/* A copy of S cut to MAX characters, with an ellipsis when cut. */
static char *shorten(const char *s, size_t max)
{
	struct strbuf sb;
	size_t chars = 0;

	sb_init(&sb);
	for (; *s; s++) {
		if (((unsigned char)*s & 0xC0) != 0x80 && chars++ == max) {
			sb_adds(&sb, "\u2026");
			break;
		}
		sb_addc(&sb, *s);
	}
	return sb_detach(&sb);
}

struct legend_item *scene_legend(struct scene *sc, enum legend_kind kind, int column,
                                 const char *label)
{
	sc->legend = grow(sc->legend, &sc->alloc_legend, sc->n_legend, sizeof(*sc->legend));
	struct legend_item *it = &sc->legend[sc->n_legend++];
	memset(it, 0, sizeof(*it));
	it->kind = kind;
	it->column = column;
	it->label = shorten(label, LEGEND_CHARS); /* a category may be a long name */
	it->look = default_look;
	return it;
}

/* Adds one word or line, escaped, to a label. */
static void add_escaped(struct strbuf *sb, const char *s, size_t len)
{
	for (size_t i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];
		if (c == '\\')
			sb_adds(sb, "\\\\");
		else if (c == '&')
			sb_adds(sb, "&amp;");
		else if (c < 0x20 || c == 0x7f)
			sb_addc(sb, ' ');
		else
			sb_addc(sb, (char)c);
	}
}

static size_t chars(const char *s, size_t len)
{
	size_t n = 0;

	for (size_t i = 0; i < len; i++)
		n += ((unsigned char)s[i] & 0xC0) != 0x80;
	return n;
}

char *gv_label(const char *text, size_t wrap)
{
	struct strbuf sb;
	size_t line = 0;
	const char *p = text;

	sb_init(&sb);
	while (*p) {
		if (*p == '\n') {
			sb_adds(&sb, "\\n");
			line = 0;
			p++;
			continue;
		}
		size_t word = strcspn(p, " \n");
		size_t w = chars(p, word);
		if (line && wrap && line + 1 + w > wrap) {
			sb_adds(&sb, "\\n");
			line = 0;
		} else if (line) {
			sb_addc(&sb, ' ');
			line++;
		}
		add_escaped(&sb, p, word);
		line += w;
		p += word;
		while (*p == ' ')
			p++;
	}
	return sb_detach(&sb);
}

static int gv_error(char *message);

/* One Graphviz context for the whole run: Graphviz 2.42's pango plugin
 * keeps a pointer to the last font name in a static, which a second
 * context would leave dangling. */
static GVC_t *context;

static GVC_t *gv(void)
{
	if (!context) {
		agseterr(AGERR);
		agseterrf(gv_error);
		context = gvContext();
	}
	return context;
}

void scene_shutdown(void)
{
	if (context)
		gvFreeContext(context);
	context = NULL;
}

static int gv_error(char *message)
{
	size_t n = strlen(message);

	while (n && (message[n - 1] == '\n' || message[n - 1] == ' '))
		message[--n] = '\0';
	if (n)
		warning("graphviz: %s", message);
	return 0;
}

/* cgraph 2.42 takes char * where it only reads (and copies) the strings. */
static void set(void *obj, const char *attr, const char *value)
{
	if (!value)
		return; /* the Graphviz default */
	char *a = xstrdup(attr), *v = xstrdup(value), *d = xstrdup("");

	agsafeset(obj, a, v, d);
	free(d);
	free(v);
	free(a);
}

static Agnode_t *node_named(Agraph_t *g, const char *name)
{
	char buf[sizeof(((struct scene_node *)0)->name)];

	snprintf(buf, sizeof(buf), "%s", name);
	return agnode(g, buf, 1);
}

static void setf(void *obj, const char *attr, double value)
{
	char buf[32];

	snprintf(buf, sizeof(buf), "%.4g", value);
	set(obj, attr, buf);
}

static Agnode_t *add_node(Agraph_t *g, const struct scene_node *sn, double fontsize, bool pin)
{
	Agnode_t *n = node_named(g, sn->name);
	char *label = gv_label(sn->label ? sn->label : "", LABEL_WRAP);

	set(n, "label", label);
	free(label);
	set(n, "shape", sn->look.shape);
	set(n, "style", sn->invisible ? "invis" : sn->look.style);
	set(n, "fillcolor", sn->look.fill);
	set(n, "fontcolor", sn->look.fontcolor);
	set(n, "color", sn->look.color);
	set(n, "fontname", FONT);
	setf(n, "fontsize", fontsize);
	setf(n, "penwidth", sn->look.penwidth);
	setf(n, "width", sn->width);
	setf(n, "height", sn->height);
	set(n, "margin", "0.08,0.04");
	if (sn->invisible)
		set(n, "fixedsize", "true");
	if (pin) {
		char pos[64];
		snprintf(pos, sizeof(pos), "%.2f,%.2f!", sn->x, sn->y);
		set(n, "pos", pos);
	}
	return n;
}

static Agraph_t *build(const struct scene *sc, bool pin)
{
	char graph_name[] = "partnermap";
	Agraph_t *g = agopen(graph_name, Agundirected, NULL);
	Agnode_t **nodes = xcalloc(sc->n_nodes + 1, sizeof(*nodes));

	set(g, "fontname", FONT);
	set(g, "outputorder", "edgesfirst");
	for (size_t i = 0; i < sc->n_nodes; i++)
		nodes[i] = add_node(g, &sc->nodes[i], sc->fontsize, pin);
	for (size_t i = 0; i < sc->n_edges; i++) {
		const struct scene_edge *se = &sc->edges[i];
		Agedge_t *e = agedge(g, nodes[se->a], nodes[se->b], NULL, 1);
		setf(e, "penwidth", se->penwidth);
		setf(e, "len", se->len);
		set(e, "color", se->color);
		set(e, "style", se->style);
		if (se->label) {
			char *label = gv_label(se->label, 28);
			set(e, "label", label);
			set(e, "fontname", FONT);
			setf(e, "fontsize", sc->fontsize * 0.8);
			set(e, "fontcolor", "#444444");
			free(label);
		}
	}
	free(nodes);
	return g;
}

int scene_layout(struct scene *sc)
{
	bool all_pinned = true;

	for (size_t i = 0; i < sc->n_nodes; i++)
		all_pinned = all_pinned && sc->nodes[i].pinned;
	if (all_pinned)
		return 0;
	GVC_t *gvc = gv();
	Agraph_t *g = build(sc, false);
	/* prism removes overlaps while keeping the shape; scaling the first
	 * layout by one average label (not four, the default) keeps the
	 * drawing compact enough to stay legible at A4 width. */
	set(g, "overlap", sc->keep_lengths ? "vpsc" : "prism");
	set(g, "overlap_scaling", "-1");
	set(g, "sep", "+8");
	set(g, "splines", "false");
	set(g, "start", "random42");
	set(g, "pack", "true");
	set(g, "nodesep", "0.35");
	set(g, "ranksep", "0.6");
	int rc = gvLayout(gvc, g, sc->layout);
	if (rc == 0) {
		size_t i = 0;
		for (Agnode_t *n = agfstnode(g); n; n = agnxtnode(g, n), i++) {
			struct scene_node *sn = &sc->nodes[i];
			sn->x = ND_coord(n).x;
			sn->y = ND_coord(n).y;
			sn->width = ND_width(n);
			sn->height = ND_height(n);
			sn->pinned = true;
		}
		gvFreeLayout(gvc, g);
	}
	agclose(g);
	return rc ? error("the %s layout failed", sc->layout) : 0;
}

/* The box around the nodes, in points. */
static void bounds(const struct scene *sc, double *x0, double *y0, double *x1, double *y1)
{
	*x0 = *y0 = INFINITY;
	*x1 = *y1 = -INFINITY;
	if (sc->framed) {
		*x0 = sc->frame[0], *y0 = sc->frame[1];
		*x1 = sc->frame[2], *y1 = sc->frame[3];
	}
	for (size_t i = 0; i < sc->n_nodes; i++) {
		const struct scene_node *n = &sc->nodes[i];
		double hw = n->width * 36, hh = n->height * 36;
		*x0 = fmin(*x0, n->x - hw);
		*x1 = fmax(*x1, n->x + hw);
		*y0 = fmin(*y0, n->y - hh);
		*y1 = fmax(*y1, n->y + hh);
	}
	if (!sc->n_nodes && !sc->framed)
		*x0 = *y0 = *x1 = *y1 = 0;
}

/* Invisible points at the frame's corners, so that every drawing of the
 * study has the same canvas. */
static void add_frame(Agraph_t *g, const struct scene *sc)
{
	for (int i = 0; i < 4 && sc->framed; i++) {
		struct scene_node corner = {0};
		snprintf(corner.name, sizeof(corner.name), "frame%d", i);
		corner.look.shape = "point";
		corner.look.style = "invis";
		corner.width = corner.height = 0.01;
		corner.x = sc->frame[i % 2 ? 2 : 0];
		corner.y = sc->frame[i < 2 ? 1 : 3];
		add_node(g, &corner, 8, true);
	}
}

/* The legend, as pinned nodes in columns under the diagram. */
static void add_legend(Agraph_t *g, const struct scene *sc, double x0, double y0)
{
	int rows[8] = {0};

	for (size_t i = 0; i < sc->n_legend; i++) {
		const struct legend_item *it = &sc->legend[i];
		int col = it->column < 0 ? 0 : it->column > 7 ? 7 : it->column;
		double x = x0 + col * LEGEND_COLUMN, y = y0 - 28 - rows[col]++ * LEGEND_ROW;
		char name[32], pos[64];
		struct scene_node sample = {0};

		sample.look = it->look;
		sample.width = 0.32;
		sample.height = 0.22;
		sample.x = x + 12;
		sample.y = y;
		snprintf(sample.name, sizeof(sample.name), "legend%zu", i);
		if (it->kind == LEGEND_NODE) {
			Agnode_t *n = add_node(g, &sample, 8, true);
			set(n, "fixedsize", "true");
		} else if (it->kind == LEGEND_EDGE) {
			sample.look.shape = "point";
			sample.width = sample.height = 0.01;
			sample.look.style = "invis";
			sample.x = x;
			Agnode_t *a = add_node(g, &sample, 8, true);
			snprintf(sample.name, sizeof(sample.name), "legend%zub", i);
			sample.x = x + 22;
			Agnode_t *b = add_node(g, &sample, 8, true);
			Agedge_t *e = agedge(g, a, b, NULL, 1);
			setf(e, "penwidth", it->look.penwidth);
			set(e, "color", it->look.color);
			set(e, "style", it->look.style);
		}
		snprintf(name, sizeof(name), "legendtext%zu", i);
		Agnode_t *t = node_named(g, name);
		char *label = gv_label(it->label, 0);
		struct strbuf sb;
		sb_init(&sb);
		sb_addf(&sb, "%s\\l", label);
		free(label);
		set(t, "label", sb.buf);
		sb_release(&sb);
		set(t, "shape", "plaintext");
		set(t, "fixedsize", "true");
		set(t, "width", "2.7");
		set(t, "height", "0.22");
		set(t, "fontname", FONT);
		setf(t, "fontsize", it->kind == LEGEND_TEXT ? 10.5 : 10);
		set(t, "fontcolor", it->kind == LEGEND_TEXT ? "#222222" : "#000000");
		double tx = it->kind == LEGEND_TEXT ? x - 4 : x + 32;
		snprintf(pos, sizeof(pos), "%.2f,%.2f!", tx + 2.7 * 36, y);
		set(t, "pos", pos);
	}
}

const char *scene_format(const char *path)
{
	static const char *const formats[] = {"svg", "png", "pdf", "dot", NULL};

	return output_format(path, formats);
}

int scene_render(struct scene *sc, const char *format, double dpi, char **data, size_t *len)
{
	double x0, y0, x1, y1;
	char *out = NULL;
	unsigned int n = 0;
	int rc;

	*data = NULL;
	*len = 0;
	if (scene_layout(sc))
		return -1;
	GVC_t *gvc = gv();
	Agraph_t *g = build(sc, true);
	bounds(sc, &x0, &y0, &x1, &y1);
	add_frame(g, sc);
	add_legend(g, sc, x0, y0);
	set(g, "notranslate", "true");
	set(g, "splines", sc->n_nodes > 400 ? "line" : "true");
	set(g, "overlap", "true");
	set(g, "pad", "0.25");
	set(g, "bgcolor", "white");
	if (sc->caption) {
		char *caption = gv_label(sc->caption, 0);
		set(g, "label", caption);
		set(g, "labelloc", "b");
		set(g, "fontsize", "14");
		free(caption);
	}
	if (!strcmp(format, "png"))
		setf(g, "dpi", dpi);
	rc = gvLayout(gvc, g, "nop");
	if (rc == 0) {
		rc = gvRenderData(gvc, g, format, &out, &n);
		if (rc == 0 && out) {
			*data = xmalloc(n + 1);
			memcpy(*data, out, n);
			(*data)[n] = '\0';
			*len = n;
		}
		gvFreeRenderData(out);
		gvFreeLayout(gvc, g);
	}
	agclose(g);
	if (rc || !*data) {
		free(*data);
		*data = NULL;
		return error("Graphviz could not draw the diagram as %s", format);
	}
	return 0;
}
