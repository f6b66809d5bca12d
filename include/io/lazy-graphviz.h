/* Graphviz (cgraph and gvc), opened on its first call (lazy.h). For scene.c. */
#ifndef PARTNERMAP_IO_LAZY_GRAPHVIZ_H
#define PARTNERMAP_IO_LAZY_GRAPHVIZ_H

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include "io/lazy.h"

// clang-format off
#define LAZY_GRAPHVIZ_NAMES(X) \
	X(Agundirected) \
	X(agclose) \
	X(agedge) \
	X(agfstnode) \
	X(agfstout) \
	X(agnameof) \
	X(agnode) \
	X(agnxtnode) \
	X(agnxtout) \
	X(agopen) \
	X(agsafeset) \
	X(agseterr) \
	X(agseterrf) \
	X(gvContext) \
	X(gvFreeContext) \
	X(gvFreeLayout) \
	X(gvFreeRenderData) \
	X(gvLayout) \
	X(gvRenderData)
// clang-format on

#ifndef LAZY_DEFINE
LAZY_GRAPHVIZ_NAMES(LAZY_DECLARE)
#define Agundirected     LAZY_CALL(LAZY_GRAPHVIZ, Agundirected)
#define agclose          LAZY_CALL(LAZY_GRAPHVIZ, agclose)
#define agedge           LAZY_CALL(LAZY_GRAPHVIZ, agedge)
#define agfstnode        LAZY_CALL(LAZY_GRAPHVIZ, agfstnode)
#define agfstout         LAZY_CALL(LAZY_GRAPHVIZ, agfstout)
#define agnameof         LAZY_CALL(LAZY_GRAPHVIZ, agnameof)
#define agnode           LAZY_CALL(LAZY_GRAPHVIZ, agnode)
#define agnxtnode        LAZY_CALL(LAZY_GRAPHVIZ, agnxtnode)
#define agnxtout         LAZY_CALL(LAZY_GRAPHVIZ, agnxtout)
#define agopen           LAZY_CALL(LAZY_GRAPHVIZ, agopen)
#define agsafeset        LAZY_CALL(LAZY_GRAPHVIZ, agsafeset)
#define agseterr         LAZY_CALL(LAZY_GRAPHVIZ, agseterr)
#define agseterrf        LAZY_CALL(LAZY_GRAPHVIZ, agseterrf)
#define gvContext        LAZY_CALL(LAZY_GRAPHVIZ, gvContext)
#define gvFreeContext    LAZY_CALL(LAZY_GRAPHVIZ, gvFreeContext)
#define gvFreeLayout     LAZY_CALL(LAZY_GRAPHVIZ, gvFreeLayout)
#define gvFreeRenderData LAZY_CALL(LAZY_GRAPHVIZ, gvFreeRenderData)
#define gvLayout         LAZY_CALL(LAZY_GRAPHVIZ, gvLayout)
#define gvRenderData     LAZY_CALL(LAZY_GRAPHVIZ, gvRenderData)
#endif

#endif
