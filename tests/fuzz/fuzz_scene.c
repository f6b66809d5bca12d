/*
 * libFuzzer harness: building a diagram scene from any study the JSON
 * loader accepts: the wave's diagram, the overlap diagram and the grouped
 * diagram, and for small scenes the Graphviz graph as DOT (labels,
 * escaping, legend). Run by `make fuzz`.
 */
#include "study/dataset.h"
#include "render/draw.h"
#include "load/load.h"
#include "analysis/measure.h"
#include "network/network.h"
#include "analysis/overlap.h"
#include "render/scene.h"

#include <igraph.h>
#include <stdint.h>
#include <stdlib.h>

enum { RENDER_AT_MOST = 20 }; /* nodes: Graphviz is slow on large scenes */

static void ignore_warning(const char *reason, const char *file, int line)
{
	(void)reason;
	(void)file;
	(void)line;
}

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	igraph_set_error_handler(igraph_error_handler_printignore);
	igraph_set_warning_handler(ignore_warning);
	return 0;
}

static void render(struct scene *sc)
{
	char *out = NULL;
	size_t len;

	if (sc->n_nodes <= RENDER_AT_MOST && !scene_render(sc, "dot", 72, &out, &len))
		free(out);
}

static void scenes(const struct network *net, const struct measures *m)
{
	struct draw_options o = {0};
	struct overlap ov = {0};
	struct scene sc;

	scene_init(&sc);
	draw_wave(&sc, net, m, &o, NULL, NULL);
	render(&sc);
	scene_free(&sc);

	overlap_compute(net, &ov);
	scene_init(&sc);
	draw_overlap(&sc, net, &ov, &o);
	render(&sc);
	scene_free(&sc);
	overlap_free(&ov);

	scene_init(&sc);
	draw_groups(&sc, net, m, "community", &o);
	scene_free(&sc);
	scene_init(&sc);
	draw_groups(&sc, net, m, "municipality", &o);
	scene_free(&sc);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct dataset *ds = NULL;
	struct diags d = {0};

	if (load_buffer((const char *)data, size, false, &ds, &d) == LOAD_OK && ds->n_waves) {
		struct network net = {0};
		struct measures m = {0};
		if (!network_build(&net, ds, ds->n_waves - 1, TIES_REPORTED)) {
			if (!measure_compute(&net, measure_default_sample((long)net.n), &m))
				scenes(&net, &m);
			measures_free(&m);
			network_free(&net);
		}
	}
	dataset_free(ds);
	diags_release(&d);
	return 0;
}
