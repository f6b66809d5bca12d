/*
 * scene: a diagram as plain data (nodes, ties, legend, caption), and its
 * rendering with Graphviz in-process. Views (draw.c) decide what is shown;
 * only this module talks to Graphviz. Text in a scene is plain text: it is
 * escaped here, so that no name can act as DOT, a Graphviz escape, HTML or
 * SVG markup.
 */
#ifndef PARTNERMAP_RENDER_SCENE_H
#define PARTNERMAP_RENDER_SCENE_H

#include <stdbool.h>
#include <stddef.h>

/* How a node (or a legend's sample of one) looks; colours as "#RRGGBB". */
struct look {
	const char *shape, *style; /* Graphviz names: "box", "filled,dashed", ... */
	const char *fill, *fontcolor, *color;
	double penwidth;
};

/* A node is a shape of fixed size with its label below it, so that size
 * shows a measure and not the length of a name. x, y is the centre of the
 * shape; the label hangs below the room kept for the shape (slot), so
 * that it stays put when the shape's size changes from wave to wave. */
struct scene_node {
	char name[24]; /* the Graphviz node name: our own, never from the data */
	char *label;   /* plain text; wrapped when long; "" for none */
	char *hover;   /* the label kept for hovering when it is not drawn; NULL */
	struct look look;
	double width, height;  /* the shape in inches */
	double slot_w, slot_h; /* room kept for the shape, inches; 0: its own size */
	bool invisible;        /* holds a place (an entity absent from this wave) */
	bool pinned;           /* x, y are given in points */
	double x, y;
	double label_w, label_h; /* inches, measured by Graphviz (scene_measure()) */
	bool label_inside;       /* a table's cell: the label inside the shape */
};

struct scene_edge {
	size_t a, b; /* node indexes */
	double penwidth;
	const char *color, *style;
	char *label; /* plain text or NULL */
	double len;  /* preferred length in inches, for the layout */
};

enum legend_kind { LEGEND_NODE, LEGEND_EDGE, LEGEND_TEXT };

struct legend_item {
	enum legend_kind kind;
	struct look look; /* of the sample node, or the sample edge's color, style, width */
	char *label;
	int column;           /* items are laid out in columns below the diagram */
	double width, height; /* of a node sample in inches; 0: the usual */
};

struct scene {
	struct scene_node *nodes;
	size_t n_nodes, alloc_nodes;
	struct scene_edge *edges;
	size_t n_edges, alloc_edges;
	struct legend_item *legend;
	size_t n_legend, alloc_legend;
	char *caption;      /* plain text, may hold "\n" for line breaks */
	const char *layout; /* engine for nodes that are not pinned */
	double page_width;  /* points on paper; the drawing is made to fit it */
	bool keep_lengths;  /* remove overlaps without compressing the layout */
	bool framed;        /* keep this area on the canvas, whatever is shown */
	double frame[4];    /* x0, y0, x1, y1 in points */
};

void scene_init(struct scene *sc);
void scene_free(struct scene *sc);

/* Adds a node with defaults (a filled box); returns it. NAME is copied,
 * LABEL too. */
struct scene_node *scene_node(struct scene *sc, const char *name, const char *label);
struct scene_edge *scene_edge(struct scene *sc, size_t a, size_t b);
struct legend_item *scene_legend(struct scene *sc, enum legend_kind kind, int column,
                                 const char *label);

/* Diagrams are made for a text column of 16 cm unless a caller says
 * otherwise; at that width every label is 8.2 pt and legend text 7.6 pt. */
#define SCENE_PAGE_WIDTH (16 / 2.54 * 72)
#define SCENE_LABEL_PT   8.2
#define SCENE_LEGEND_PT  7.6
/* A figure, legend and caption included, is made to fit the text height
 * of an A4 page where it can (24 cm), so that it prints whole. */
#define SCENE_PAGE_HEIGHT (24 / 2.54 * 72)

/* Measures every node's label with Graphviz (label_w, label_h). Returns 0,
 * or -1 after an error message. */
int scene_measure(struct scene *sc);

/* The box a node takes, shape and label, as x0, y0, x1, y1 in points
 * (after scene_measure()). */
void scene_box(const struct scene_node *sn, double box[4]);

/* Places every node that is not pinned with the scene's layout engine
 * (fixed seed), without overlaps and turned or compressed to fit the page
 * width where it can, and pins it. Returns 0, or -1 after an error
 * message. */
int scene_layout(struct scene *sc);

/* The format for a file name's extension ("svg", "png", "pdf", "dot"), or
 * NULL when scene_render() cannot write it. */
const char *scene_format(const char *path);

/* Renders the scene (laid out first when needed) in FORMAT ("svg", "png",
 * "pdf", "dot") at DPI (PNG only; recorded in the file's pHYs chunk), as
 * wide as the page, ties routed around the nodes they do not join. On success returns 0 and a
 * buffer the caller frees with free(); -1 after an error message. */
int scene_render(struct scene *sc, const char *format, double dpi, char **data, size_t *len);

/* Releases Graphviz at the end of the run. */
void scene_shutdown(void);

/* Text escaped for a Graphviz plain label: backslashes and ampersands
 * stay literal. Lines longer than WRAP characters are broken at spaces
 * (0: no wrapping). Caller frees. */
char *gv_label(const char *text, size_t wrap);

#endif
