/*
 * draw: what a diagram shows, as a scene (scene.h). Colour and shape by
 * kind (or another category), size by a measure, tie width by level,
 * one-sided ties dashed, a legend and a caption. Entities keep their place
 * from wave to wave through one layout of the union of all waves.
 */
#ifndef PARTNERMAP_RENDER_DRAW_H
#define PARTNERMAP_RENDER_DRAW_H

#include <stdbool.h>

#include "i18n/texts.h"
#include "network/network.h"
#include "analysis/measure.h"
#include "analysis/model.h"
#include "analysis/overlap.h"
#include "render/scene.h"

struct draw_options {
	const char *color_by;  /* NULL or "kind"; "community", "municipality", "domain", or an
	                          attribute key */
	const char *size_by;   /* NULL: "betweenness"; "degree", "pagerank", "closeness",
	                          "eigenvector", "none" */
	const char *highlight; /* comma-separated entity ids, or NULL */
	const char *types;     /* comma-separated tie types to keep, or NULL for all */
	const char *layout;    /* NULL: chosen by size */
	const char *group_by;  /* NULL, "community" or "municipality" */
	double width_cm;       /* on paper; 0: 16 cm */
	enum lang lang;
	/* Ties to draw that the network does not have (advise's suggestions),
	 * as entity pairs, in their own style with a legend entry. */
	const struct tie_pair *suggested;
	size_t n_suggested;
};

/* Up to this many entities every one is named in a diagram; above, the
 * best connected are, and the caption says so. */
#define DRAW_NAMED 40

/* A place per entity (by entity index), from one layout of the union of
 * all waves; has[e] is false for an entity in no wave. */
struct positions {
	double *x, *y, *w, *h; /* the shape's centre in points; the room for it in inches */
	bool *has;
	bool *named; /* the entity's label had room in the layout */
	size_t n;
	double frame[4]; /* the area they cover, x0, y0, x1, y1 in points */
};

/* Checks the options against the study. Returns NULL, or a sentence saying
 * what is wrong (static storage) for a usage error. */
const char *draw_check(const struct dataset *ds, const struct draw_options *o);

/* The layout engine for a drawing of n entities when none is asked for. */
const char *draw_default_layout(long n);

/* Whether n entities are too many to draw one by one (a hairball), so that
 * one node per community is drawn unless every entity is asked for. */
bool draw_too_many(long n);

/* Raises FRAC[entity] (zeroed by the caller, n_entities long) to the
 * share of the largest that the entity's shape takes in this wave. */
void draw_fraction_of(const struct network *net, const struct measures *m,
                      const struct draw_options *o, double *frac);

/* Lays out the union of every wave (the model's MODEL_UNION, which M must
 * hold) once, leaving each entity room for its largest shape in any wave
 * the model measured (the model's wave without its what-if, when
 * MODEL_UNCHANGED has it). Returns 0, or -1 after an error message. */
int draw_model_positions(const struct model *m, const struct draw_options *o,
                         struct positions *pos);
void positions_free(struct positions *pos);

/* The diagram of one wave. KEEP (per vertex, may be NULL) limits it to some
 * entities, as for --ego; POS (may be NULL) pins entities in place. */
void draw_wave(struct scene *sc, const struct network *net, const struct measures *m,
               const struct draw_options *o, const bool *keep, const struct positions *pos);

/* Which vertices lie within RADIUS steps of vertex EGO. Returns 0 with
 * keep filled (n entries), or an igraph error code. */
int draw_ego(const struct network *net, igraph_integer_t ego, long radius, bool *keep);

/* The change from wave network A to B: gained, lost and kept ties, joined
 * and left entities, on stable positions. */
void draw_diff(struct scene *sc, const struct network *a, const struct network *b,
               const struct draw_options *o, const struct positions *pos);

/* One node per group (community, or first municipality), sized by members,
 * ties between groups as edges, for studies too large to draw whole. At
 * most DRAW_GROUPS_MAX nodes: beyond that the smallest groups share one
 * node, and the caption says how many. Time and memory grow with the
 * entities and ties (and their logarithm), not with groups x groups. */
enum { DRAW_GROUPS_MAX = 300 };
void draw_groups(struct scene *sc, const struct network *net, const struct measures *m,
                 const char *group_by, const struct draw_options *o);

/* The teams of a wave with an edge per overlapping pair: thicker for more
 * overlap, unaware pairs in a warning style, the shared areas as label. */
void draw_overlap(struct scene *sc, const struct network *net, const struct overlap *ov,
                  const struct draw_options *o);

/* The coverage matrix of the wave (draw-coverage.c): areas by
 * municipality as rows, target groups as columns, each cell with the
 * number and codes of the teams that serve it; gaps and overlaps marked by
 * border, pattern and text, not by colour alone. */
void draw_coverage(struct scene *sc, const struct network *net, const struct overlap *ov,
                   const struct draw_options *o);

/* A caption's last lines, for every view: that names are pseudonymised,
 * and the what-if that changed the network. */
struct strbuf;
void draw_caption_remarks(struct strbuf *sb, const struct network *net,
                          const struct draw_options *o);

#endif
