/*
 * scene: the only module that talks to Graphviz. A scene is laid out once
 * by an engine (neato, fdp, ...), every node is then pinned, and the final
 * drawing is made with the "nop" engine so that positions never move:
 * what the layout decided, or what a caller pinned for stable positions
 * across waves, is what the reader sees.
 */
#include "render/scene.h"
#include "i18n/msg.h"
#include "io/output.h"
#include "io/pngdpi.h"
#include "util/strbuf.h"
#include "util/strmap.h"
#include "i18n/texts.h"

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Nodes times ties up to which ties are routed around nodes: a few seconds. */
enum { ROUTE_BUDGET = 30000 };

#define FONT "DejaVu Sans"
enum { LABEL_WRAP = 13, LEGEND_CHARS = 120 };

static const struct look default_look = {"box", "filled", "#ffffff", "#000000", "#333333", 1};

void scene_init(struct scene *sc)
{
	memset(sc, 0, sizeof(*sc));
	sc->layout = "neato";
	sc->page_width = SCENE_PAGE_WIDTH;
}

void scene_free(struct scene *sc)
{
	for (size_t i = 0; i < sc->n_nodes; i++) {
		free(sc->nodes[i].label);
		free(sc->nodes[i].hover);
	}
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
	e->len = 0.6;
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
	char copy[512];
	size_t n;

	/* The message may be read-only: trim a copy. */
	snprintf(copy, sizeof(copy), "%s", message);
	n = strlen(copy);
	while (n && (copy[n - 1] == '\n' || copy[n - 1] == ' '))
		copy[--n] = '\0';
	/* Graphviz speaks English only: say in the reader's language who
	 * speaks and what it means, and keep its words as the detail. */
	if (n && strstr(copy, "metrics"))
		warning("a font for the diagram is missing, so its text may be spaced a little "
		        "wrongly; installing the DejaVu fonts (fonts-dejavu-core) helps (Graphviz: "
		        "%s)",
		        copy);
	else if (n)
		warning("Graphviz, which lays out and draws the diagram, reports a problem; the "
		        "diagram may be incomplete (Graphviz: %s)",
		        copy);
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

/* NAME is ours and short (a scene node's name with a suffix). */
static Agnode_t *node_named(Agraph_t *g, const char *name)
{
	char buf[48];

	snprintf(buf, sizeof(buf), "%s", name);
	return agnode(g, buf, 1);
}

static void setf(void *obj, const char *attr, double value)
{
	char buf[32];

	snprintf(buf, sizeof(buf), "%.4g", value);
	set(obj, attr, buf);
}

/* Space between a shape and its label, and around every block, in points:
 * more than twice esep, so that the spline router sees separate obstacles. */
#define GAP 4.0
/* Edge of the page left empty around the drawing, in points (Graphviz pad). */
#define PAD 9.0
/* The width the drawing itself may take: the page less the pad and the
 * invisible points that hold the canvas (6 points out, each side). */
#define INNER(sc)  (page_width(sc) - 2 * PAD - 13)
#define CAPTION_PT 9.0

/* How many characters of a font of size PT fit in WIDTH points: DejaVu
 * Sans averages a little under 0.6 em, so this errs on the safe side. */
static size_t fit_chars(double width, double pt)
{
	double n = width / (pt * 0.6);
	return n < 6 ? 6 : (size_t)n;
}

static double page_width(const struct scene *sc)
{
	return sc->page_width > 0 ? sc->page_width : SCENE_PAGE_WIDTH;
}

/* Labels wrap at about 13 characters (a long word stays whole), or fewer
 * for a narrow page: narrow labels let more entities share a row. */
static size_t label_wrap(const struct scene *sc)
{
	size_t w = fit_chars(page_width(sc) / 5, SCENE_LABEL_PT);
	return w < LABEL_WRAP ? w : LABEL_WRAP;
}

static double slot_w(const struct scene_node *sn)
{
	return fmax(sn->width, sn->slot_w);
}

static double slot_h(const struct scene_node *sn)
{
	return fmax(sn->height, sn->slot_h);
}

/* Where the label's centre is, in points. */
static double label_y(const struct scene_node *sn)
{
	return sn->y - slot_h(sn) * 36 - GAP - sn->label_h * 36;
}

void scene_box(const struct scene_node *sn, double box[4])
{
	double half = fmax(slot_w(sn), sn->label_w) * 36 + GAP / 2;

	box[0] = sn->x - half;
	box[2] = sn->x + half;
	box[3] = sn->y + slot_h(sn) * 36 + GAP / 2;
	box[1] = sn->label_h > 0 ? label_y(sn) - sn->label_h * 36 - GAP / 2
	                         : sn->y - slot_h(sn) * 36 - GAP / 2;
}

static Agnode_t *pin_at(Agraph_t *g, const char *name, double x, double y)
{
	char pos[64];
	Agnode_t *n = node_named(g, name);

	snprintf(pos, sizeof(pos), "%.2f,%.2f!", x, y);
	set(n, "pos", pos);
	return n;
}

static void size_of(void *n, double w, double h)
{
	setf(n, "width", w);
	setf(n, "height", h);
	set(n, "fixedsize", "true");
}

/* A node's label as a text-only Graphviz node; ALIGN "\\l" for legends. */
static void text_node(void *n, const char *text, size_t wrap, double pt, const char *color,
                      const char *align)
{
	char *label = gv_label(text, wrap);
	struct strbuf sb;

	sb_init(&sb);
	/* Every line ends in ALIGN ("\\l": left-justified), the last too; an
	 * escaped backslash is not a line break. */
	for (const char *p = label; *align && *p; p++) {
		if (p[0] == '\\' && p[1] == 'n') {
			sb_adds(&sb, align);
			p++;
			continue;
		}
		if (p[0] == '\\' && p[1])
			sb_addc(&sb, *p++);
		sb_addc(&sb, *p);
	}
	if (*align)
		sb_adds(&sb, align);
	if (!*align)
		sb_adds(&sb, label);
	set(n, "label", sb.buf);
	set(n, "shape", "plaintext");
	set(n, "margin", "0");
	set(n, "fontname", FONT);
	setf(n, "fontsize", pt);
	set(n, "fontcolor", color);
	sb_release(&sb);
	free(label);
}

static void shape_look(void *n, const struct look *look, bool invisible)
{
	set(n, "label", "");
	set(n, "shape", look->shape);
	set(n, "style", invisible ? "invis" : look->style);
	set(n, "fillcolor", look->fill);
	set(n, "color", look->color);
	setf(n, "penwidth", look->penwidth);
}

int scene_measure(struct scene *sc)
{
	char graph_name[] = "measure";
	Agraph_t *g;
	Agnode_t **nodes;
	GVC_t *gvc;
	int rc;

	if (!sc->n_nodes)
		return 0;
	gvc = gv();
	g = agopen(graph_name, Agundirected, NULL);
	nodes = xcalloc(sc->n_nodes, sizeof(*nodes));
	for (size_t i = 0; i < sc->n_nodes; i++) {
		char name[32];
		snprintf(name, sizeof(name), "m%zu", i);
		nodes[i] = pin_at(g, name, 0, 0);
		text_node(nodes[i], sc->nodes[i].label, label_wrap(sc), SCENE_LABEL_PT, "#000000",
		          "");
		/* The text's own size: without these a node is at least half an
		 * inch high and three quarters wide, three times a line. */
		setf(nodes[i], "width", 0.01);
		setf(nodes[i], "height", 0.01);
	}
	set(g, "overlap", "true");
	set(g, "splines", "false");
	rc = gvLayout(gvc, g, "nop");
	if (rc == 0) {
		for (size_t i = 0; i < sc->n_nodes; i++) {
			bool empty = !*sc->nodes[i].label || sc->nodes[i].label_inside;
			sc->nodes[i].label_w = empty ? 0 : ND_width(nodes[i]);
			sc->nodes[i].label_h = empty ? 0 : ND_height(nodes[i]);
		}
		gvFreeLayout(gvc, g);
	}
	free(nodes);
	agclose(g);
	return rc ? error("Graphviz could not measure the labels") : 0;
}

/* How far the centre of a node's box lies above its shape's centre. */
static double box_dy(const struct scene_node *sn)
{
	double box[4];

	scene_box(sn, box);
	return (box[1] + box[3]) / 2 - sn->y;
}

/* Every node as one box the size of its block. */
static Agraph_t *build_blocks(const struct scene *sc)
{
	char graph_name[] = "partnermap";
	Agraph_t *g = agopen(graph_name, Agundirected, NULL);
	Agnode_t **nodes = xcalloc(sc->n_nodes + 1, sizeof(*nodes));

	for (size_t i = 0; i < sc->n_nodes; i++) {
		double box[4];
		nodes[i] = node_named(g, sc->nodes[i].name);
		scene_box(&sc->nodes[i], box);
		set(nodes[i], "shape", "box");
		set(nodes[i], "label", "");
		size_of(nodes[i], (box[2] - box[0]) / 72, (box[3] - box[1]) / 72);
		if (sc->nodes[i].pinned) {
			char pos[64];
			snprintf(pos, sizeof(pos), "%.2f,%.2f!", sc->nodes[i].x,
			         (box[1] + box[3]) / 2);
			set(nodes[i], "pos", pos);
		}
	}
	for (size_t i = 0; i < sc->n_edges; i++) {
		const struct scene_edge *se = &sc->edges[i];
		Agedge_t *e = agedge(g, nodes[se->a], nodes[se->b], NULL, 1);
		setf(e, "len", se->len);
		if (se->label) {
			char *label = gv_label(se->label, 24);
			set(e, "label", label);
			set(e, "fontname", FONT);
			setf(e, "fontsize", SCENE_LEGEND_PT);
			free(label);
		}
	}
	free(nodes);
	return g;
}

/* Gives every node and tie of G its Graphviz name as its SVG id ("e3",
 * "e3_label", "e3--e7"), since name_titles() gives the titles to people:
 * programs that read the drawing back find its parts by id. */
static void name_ids(Agraph_t *g)
{
	for (Agnode_t *n = agfstnode(g); n; n = agnxtnode(g, n)) {
		set(n, "id", agnameof(n));
		for (Agedge_t *e = agfstout(g, n); e; e = agnxtout(g, e)) {
			char id[2 * sizeof(((struct scene_node *)0)->name) + 2];
			snprintf(id, sizeof(id), "%s--%s", agnameof(agtail(e)),
			         agnameof(aghead(e)));
			set(e, "id", id);
		}
	}
}

/* Adds node I's label (or its hidden name) to SB as one line of XML text. */
static void add_title(struct strbuf *sb, const struct scene *sc, size_t i)
{
	const struct scene_node *n = &sc->nodes[i];

	sb_add_xml(sb, n->hover ? n->hover : n->label, 0);
}

/* The node NAME (LEN bytes) stands for, by its Graphviz name or that of
 * its label ("e3" or "e3_label"); -1 for none. */
static long titled_node(const struct strmap *names, const char *name, size_t len)
{
	char key[sizeof(((struct scene_node *)0)->name)];
	size_t at;

	if (len >= 6 && !memcmp(name + len - 6, "_label", 6))
		len -= 6;
	if (len >= sizeof(key))
		return -1;
	memcpy(key, name, len);
	key[len] = '\0';
	return strmap_get(names, key, &at) ? -1 : (long)at;
}

/* In the SVG DATA (LEN bytes, malloc'd), every element's title, which
 * browsers show on hovering and Graphviz writes as the node's own name
 * ("e3", or "e3--e7" for a tie), becomes the names it stands for, so that a
 * reader never meets partnermap's internal names; the legend's samples get
 * none. The first title, the drawing's own, stays. */
static void name_titles(char **data, size_t *len, const struct scene *sc)
{
	static const char open[] = "<title>", close[] = "</title>", dash[] = "&#45;&#45;";
	struct strmap names;
	struct strbuf out;
	const char *p = *data, *end = *data + *len;

	strmap_init(&names);
	for (size_t i = 0; i < sc->n_nodes; i++)
		strmap_put(&names, sc->nodes[i].name, i);
	sb_init(&out);
	for (const char *t; (t = memmem(p, (size_t)(end - p), open, sizeof(open) - 1));) {
		const char *text = t + sizeof(open) - 1;
		const char *stop = memmem(text, (size_t)(end - text), close, sizeof(close) - 1);
		if (!stop)
			break;
		const char *mid = memmem(text, (size_t)(stop - text), dash, sizeof(dash) - 1);
		long a = titled_node(&names, text, (size_t)((mid ? mid : stop) - text));
		long b = mid ? titled_node(&names, mid + sizeof(dash) - 1,
		                           (size_t)(stop - mid - (sizeof(dash) - 1)))
		             : -1;
		sb_add(&out, p, (size_t)(text - p));
		if (a >= 0 && (!mid || b >= 0)) {
			add_title(&out, sc, (size_t)a);
			if (mid) {
				sb_adds(&out, " \xe2\x80\x93 ");
				add_title(&out, sc, (size_t)b);
			}
		} else if (p == *data) {
			sb_add(&out, text, (size_t)(stop - text)); /* the graph's own */
		}
		p = stop;
	}
	sb_add(&out, p, (size_t)(end - p));
	strmap_release(&names);
	free(*data);
	*len = out.len;
	*data = sb_detach(&out);
}

/* The box around the blocks, in points. */
static void bounds(const struct scene *sc, double *x0, double *y0, double *x1, double *y1)
{
	*x0 = *y0 = INFINITY;
	*x1 = *y1 = -INFINITY;
	if (sc->framed) {
		*x0 = sc->frame[0], *y0 = sc->frame[1];
		*x1 = sc->frame[2], *y1 = sc->frame[3];
	}
	for (size_t i = 0; i < sc->n_nodes; i++) {
		double box[4];
		scene_box(&sc->nodes[i], box);
		*x0 = fmin(*x0, box[0]);
		*y0 = fmin(*y0, box[1]);
		*x1 = fmax(*x1, box[2]);
		*y1 = fmax(*y1, box[3]);
	}
	if (!sc->n_nodes && !sc->framed)
		*x0 = *y0 = *x1 = *y1 = 0;
}

/* One layout pass: neato (or the scene's engine) from the nodes' current
 * places, overlaps removed. */
static int place(struct scene *sc, bool from_current)
{
	GVC_t *gvc = gv();
	Agraph_t *g = build_blocks(sc);
	size_t i = 0;

	/* From current places, "nop" only removes the overlaps (neato -n). */
	if (from_current)
		for (Agnode_t *n = agfstnode(g); n; n = agnxtnode(g, n), i++) {
			char pos[64];
			snprintf(pos, sizeof(pos), "%.2f,%.2f", sc->nodes[i].x,
			         sc->nodes[i].y + box_dy(&sc->nodes[i]));
			set(n, "pos", pos);
		}
	/* prism removes overlaps while keeping the shape; a short preferred
	 * tie length lets it pack the blocks as closely as they allow. */
	set(g, "overlap", from_current ? "prism" : sc->keep_lengths ? "vpsc" : "prism");
	set(g, "overlap_scaling", "-1");
	set(g, "sep", "+1");
	set(g, "splines", "false");
	set(g, "start", "random42");
	set(g, "pack", "true");
	set(g, "nodesep", "0.2");
	set(g, "ranksep", "0.4");
	int rc = gvLayout(gvc, g, from_current ? "nop" : sc->layout);
	if (rc == 0) {
		i = 0;
		for (Agnode_t *n = agfstnode(g); n; n = agnxtnode(g, n), i++) {
			sc->nodes[i].x = ND_coord(n).x;
			sc->nodes[i].y = ND_coord(n).y - box_dy(&sc->nodes[i]);
		}
		gvFreeLayout(gvc, g);
	}
	agclose(g);
	return rc ? error("the %s layout failed", sc->layout) : 0;
}

static double add_legend(Agraph_t *g, const struct scene *sc, double left, double width,
                         double top);

/* The caption's lines, wrapped to WIDTH points. */
static size_t caption_lines(const struct scene *sc, double width)
{
	size_t lines = 1;

	if (!sc->caption || !*sc->caption)
		return 0;
	char *caption = gv_label(sc->caption, fit_chars(width, CAPTION_PT));
	for (const char *p = caption; (p = strstr(p, "\\n")); p += 2)
		lines++;
	free(caption);
	return lines;
}

/* How high the drawing of the nodes may be, in points: what is left of
 * the page's height under the legend, the caption, the pad and the
 * canvas's corner points (as scene_render() places them), and never
 * less than half the width. */
static double room_height(const struct scene *sc)
{
	double width = INNER(sc);
	double legend = -add_legend(NULL, sc, 0, width, 0);
	double caption = (double)caption_lines(sc, width) * CAPTION_PT * 1.25 + 6;
	double room = SCENE_PAGE_HEIGHT - legend - (legend > 0 ? 14 : 0) - caption - 2 * PAD - 13;

	return fmax(room, width / 2);
}

static void keep_places(const struct scene *sc, double *xy)
{
	for (size_t i = 0; i < sc->n_nodes; i++)
		xy[2 * i] = sc->nodes[i].x, xy[2 * i + 1] = sc->nodes[i].y;
}

int scene_layout(struct scene *sc)
{
	bool all_pinned = true;
	double x0, y0, x1, y1, avail = INNER(sc), tall;

	for (size_t i = 0; i < sc->n_nodes; i++)
		all_pinned = all_pinned && sc->nodes[i].pinned;
	if (all_pinned)
		return 0;
	if (scene_measure(sc) || place(sc, false))
		return -1;
	tall = room_height(sc);
	/* A drawing wider than the page is turned when that makes it fit
	 * better, then pressed together across and freed of overlaps again:
	 * text keeps its size on paper. */
	bounds(sc, &x0, &y0, &x1, &y1);
	if (x1 - x0 > avail && y1 - y0 < x1 - x0) {
		for (size_t i = 0; i < sc->n_nodes; i++) {
			double x = sc->nodes[i].x;
			sc->nodes[i].x = sc->nodes[i].y;
			sc->nodes[i].y = -x;
		}
		/* Blocks are not square: turned places may overlap. */
		if (place(sc, true))
			return -1;
		bounds(sc, &x0, &y0, &x1, &y1);
	}
	/* Width first (text must keep its size), then height where it can
	 * give, so that a figure fits on one printed page. Each round's
	 * overlap removal may push some of the pressing back, so the lowest
	 * drawing that fits the width is kept (a round costs some 50 ms for 40
	 * entities, and a hundred of them find one that fits the page where
	 * forty do not). Above 100 shapes a round that
	 * gains less than 3% ends the pressing: each round costs a whole
	 * overlap removal, and a drawing that large never fits a page (it is
	 * scaled down as a whole when rendered). */
	double *best = xcalloc(2 * sc->n_nodes + 1, sizeof(*best)), best_h = INFINITY;
	for (int round = 0; round < 100; round++) {
		bool wide = x1 - x0 > avail;
		if (!wide && y1 - y0 < best_h) {
			best_h = y1 - y0;
			keep_places(sc, best);
		}
		if (!wide && y1 - y0 <= tall)
			break;
		double before = wide ? x1 - x0 : y1 - y0;
		double fx = wide ? fmax(0.5, 0.8 * avail / (x1 - x0)) : 1;
		double fy = wide ? 1 : fmax(0.5, 0.9 * tall / (y1 - y0));
		for (size_t i = 0; i < sc->n_nodes; i++)
			sc->nodes[i].x *= fx, sc->nodes[i].y *= fy;
		if (place(sc, true)) {
			free(best);
			return -1;
		}
		bounds(sc, &x0, &y0, &x1, &y1);
		if (sc->n_nodes > 100 && (wide ? x1 - x0 : y1 - y0) > 0.97 * before)
			break;
	}
	if (best_h < INFINITY)
		for (size_t i = 0; i < sc->n_nodes; i++)
			sc->nodes[i].x = best[2 * i], sc->nodes[i].y = best[2 * i + 1];
	free(best);
	for (size_t i = 0; i < sc->n_nodes; i++)
		sc->nodes[i].pinned = true;
	return 0;
}

/* Invisible points at the corners of FRAME moved out by 6 points (clear of
 * every node, which the spline router needs), so that every drawing of
 * the study has the same canvas. */
static void add_frame(Agraph_t *g, const char *prefix, const double frame[4])
{
	for (int i = 0; i < 4; i++) {
		char name[32];
		snprintf(name, sizeof(name), "%s%d", prefix, i);
		Agnode_t *n = pin_at(g, name, i % 2 ? frame[2] + 6 : frame[0] - 6,
		                     i < 2 ? frame[1] - 6 : frame[3] + 6);
		set(n, "shape", "point");
		set(n, "style", "invis");
		set(n, "label", "");
		size_of(n, 0.01, 0.01);
	}
}

/* Every node as its shape, its label below it, and the ties between the
 * shapes. */
static void add_nodes(Agraph_t *g, const struct scene *sc)
{
	Agnode_t **shapes = xcalloc(sc->n_nodes + 1, sizeof(*shapes));

	for (size_t i = 0; i < sc->n_nodes; i++) {
		const struct scene_node *sn = &sc->nodes[i];
		shapes[i] = pin_at(g, sn->name, sn->x, sn->y);
		shape_look(shapes[i], &sn->look, sn->invisible);
		size_of(shapes[i], sn->width, sn->height);
		if (sn->label_inside) {
			char *label =
			    gv_label(sn->label, fit_chars(sn->width * 72 - 4, SCENE_LABEL_PT));
			set(shapes[i], "label", label);
			set(shapes[i], "fontname", FONT);
			setf(shapes[i], "fontsize", SCENE_LABEL_PT);
			set(shapes[i], "fontcolor", sn->look.fontcolor);
			free(label);
		}
		if (sn->label_h > 0 && !sn->invisible) {
			char name[40];
			snprintf(name, sizeof(name), "%s_label", sn->name);
			Agnode_t *t = pin_at(g, name, sn->x, label_y(sn));
			text_node(t, sn->label, label_wrap(sc), SCENE_LABEL_PT, "#000000", "");
			size_of(t, sn->label_w, sn->label_h);
		}
	}
	for (size_t i = 0; i < sc->n_edges; i++) {
		const struct scene_edge *se = &sc->edges[i];
		Agedge_t *e = agedge(g, shapes[se->a], shapes[se->b], NULL, 1);
		setf(e, "penwidth", se->penwidth);
		set(e, "color", se->color);
		set(e, "style", se->style);
		if (se->label) {
			char *label = gv_label(se->label, 24);
			set(e, "label", label);
			set(e, "fontname", FONT);
			setf(e, "fontsize", SCENE_LEGEND_PT);
			set(e, "fontcolor", "#444444");
			free(label);
		}
	}
	free(shapes);
}

/* The legend under the diagram, its columns sharing the page width, long
 * entries wrapped rather than shrunk. Returns the lowest y it uses; with
 * G NULL it only measures. */
static double add_legend(Agraph_t *g, const struct scene *sc, double left, double width, double top)
{
	int used[8] = {0}, n_cols = 0, slot[8];
	double y[8], bottom = top;
	const double pt = SCENE_LEGEND_PT, line = pt * 1.25;

	for (size_t i = 0; i < sc->n_legend; i++) {
		int c = sc->legend[i].column < 0   ? 0
		        : sc->legend[i].column > 7 ? 7
		                                   : sc->legend[i].column;
		used[c] = 1;
	}
	for (int c = 0; c < 8; c++)
		if (used[c])
			slot[c] = n_cols++;
	if (!n_cols)
		return top;
	double colw = width / n_cols;
	for (int c = 0; c < 8; c++)
		y[c] = top;
	for (size_t i = 0; i < sc->n_legend; i++) {
		const struct legend_item *it = &sc->legend[i];
		int c = it->column < 0 ? 0 : it->column > 7 ? 7 : it->column;
		double x = left + slot[c] * colw;
		double indent = it->kind == LEGEND_TEXT
		                    ? 0
		                    : fmax(24, (it->width > 0 ? it->width : 0) * 72 + 8);
		size_t wrap = fit_chars(colw - indent - 6, pt);
		char *wrapped = gv_label(it->label, wrap), name[32];
		size_t lines = 1;
		for (const char *p = wrapped; (p = strstr(p, "\\n")); p += 2)
			lines++;
		free(wrapped);
		double sw = it->width > 0 ? it->width : 0.26,
		       sh = it->height > 0 ? it->height : 0.17;
		double h = fmax(lines * line, fmax(13, sh * 72 + 2)), cy = y[c] - h / 2;
		y[c] -= h + 4;
		bottom = fmin(bottom, y[c]);
		if (!g)
			continue; /* measuring only */
		if (it->kind == LEGEND_NODE) {
			snprintf(name, sizeof(name), "legend%zu", i);
			Agnode_t *n = pin_at(g, name, x + fmax(10, sw * 36 + 1), cy);
			shape_look(n, &it->look, false);
			size_of(n, sw, sh);
		} else if (it->kind == LEGEND_EDGE) {
			Agnode_t *ends[2];
			for (int k = 0; k < 2; k++) {
				snprintf(name, sizeof(name), "legend%zu%c", i, k ? 'b' : 'a');
				ends[k] = pin_at(g, name, x + (k ? 20 : 0), cy);
				set(ends[k], "shape", "point");
				set(ends[k], "style", "invis");
				size_of(ends[k], 0.01, 0.01);
			}
			Agedge_t *e = agedge(g, ends[0], ends[1], NULL, 1);
			setf(e, "penwidth", it->look.penwidth);
			set(e, "color", it->look.color);
			set(e, "style", it->look.style);
		}
		snprintf(name, sizeof(name), "legendtext%zu", i);
		double tw = colw - indent - 4;
		Agnode_t *t = pin_at(g, name, x + indent + tw / 2, cy);
		text_node(t, it->label, wrap, pt, it->kind == LEGEND_TEXT ? "#222222" : "#000000",
		          "\\l");
		size_of(t, tw / 72, h / 72);
	}
	return bottom;
}

/* Says once a run when a drawing WIDTH points wide (pad included) is
 * scaled down to its page so far that names print under 8 pt, and what
 * width keeps them legible: text is not shrunk silently. */
static void warn_small_text(const struct scene *sc, double width)
{
	static bool warned;
	double scale = fmin(1, page_width(sc) / width), pt = SCENE_LABEL_PT * scale;
	bool named = false;

	for (size_t i = 0; i < sc->n_nodes && !named; i++)
		named = *sc->nodes[i].label && !sc->nodes[i].invisible;
	if (warned || !named || pt >= 8)
		return;
	warned = true;
	struct strbuf now, size;
	sb_init(&now);
	sb_init(&size);
	tx_number(&now, msg_lang(), page_width(sc) / 72 * 2.54, 1);
	tx_number(&size, msg_lang(), pt, 1);
	/* At this width this drawing would not be scaled at all; a new layout
	 * for it differs, hence "about". */
	int need = (int)ceil(width / 72 * 2.54 * 8 / SCENE_LABEL_PT);
	warning("at %s cm wide the names in the diagram print at %s pt, under 8 pt; "
	        "a wider --width (about %d) keeps them at 8 pt",
	        now.buf, size.buf, need);
	sb_release(&size);
	sb_release(&now);
}

const char *scene_format(const char *path)
{
	static const char *const formats[] = {"svg", "png", "pdf", "dot", NULL};

	return output_format(path, formats);
}

int scene_render(struct scene *sc, const char *format, double dpi, char **data, size_t *len)
{
	double x0, y0, x1, y1, width = INNER(sc);
	char *out = NULL;
	unsigned int n = 0;
	int rc;

	*data = NULL;
	*len = 0;
	if (scene_layout(sc) || scene_measure(sc))
		return -1;
	GVC_t *gvc = gv();
	char graph_name[] = "partnermap";
	Agraph_t *g = agopen(graph_name, Agundirected, NULL);
	set(g, "fontname", FONT);
	set(g, "outputorder", "edgesfirst");
	add_nodes(g, sc);
	bounds(sc, &x0, &y0, &x1, &y1);
	/* The canvas is the page's width, centred on the drawing. */
	double mid = (x0 + x1) / 2, left = fmin(x0, mid - width / 2);
	double right = fmax(x1, mid + width / 2);
	double frame[4] = {left, y0, right, y1}; /* bounds() holds the scene's frame */
	add_frame(g, "page", frame);
	add_legend(g, sc, left, right - left, y0 - 14);
	set(g, "notranslate", "true");
	/* Nodes never overlap, so the router can take every tie around the
	 * nodes it does not join. Its cost grows with nodes times ties
	 * (processor time: 13 s for 150 entities and 723 ties, 80 s for 300
	 * and 1,462, 12 s for 65 groups joined by 2,016 ties), so beyond
	 * ROUTE_BUDGET Graphviz draws straight lines, which may cross nodes. */
	bool route = (double)sc->n_nodes * (double)sc->n_edges <= ROUTE_BUDGET;
	set(g, "splines", route ? "true" : "line");
	set(g, "esep", "+1.5");
	set(g, "overlap", "true");
	setf(g, "pad", PAD / 72);
	set(g, "bgcolor", "white");
	if (sc->caption) {
		char *caption = gv_label(sc->caption, fit_chars(right - left, CAPTION_PT));
		set(g, "label", caption);
		set(g, "labelloc", "b");
		setf(g, "fontsize", CAPTION_PT);
		free(caption);
	}
	/* A drawing that could not be pressed into the page's width (a large
	 * study, a narrow page) is scaled down to it as a whole. */
	char size[64];
	snprintf(size, sizeof(size), "%.4f,1000", page_width(sc) / 72);
	set(g, "size", size);
	if (!strcmp(format, "png"))
		setf(g, "dpi", dpi);
	if (!strcmp(format, "svg"))
		name_ids(g);
	rc = gvLayout(gvc, g, "nop");
	if (rc == 0) {
		warn_small_text(sc, GD_bb(g).UR.x - GD_bb(g).LL.x + 2 * PAD);
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
	if (!strcmp(format, "png") && png_set_dpi(data, len, dpi)) {
		free(*data);
		*data = NULL;
		return error("the PNG that Graphviz made is not a valid PNG");
	}
	if (!strcmp(format, "svg"))
		name_titles(data, len, sc);
	output_mark(data, len, format);
	return 0;
}
