/*
 * libFuzzer harness: the JSON loader (load_buffer) on any bytes, and the
 * network of every wave of a study it accepts. Run by `make fuzz`.
 */
#include "study/dataset.h"
#include "load/load.h"
#include "network/network.h"
#include "analysis/overlap.h"

#include <igraph.h>
#include <stdint.h>

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

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct dataset *ds = NULL;
	struct diags d = {0};

	if (load_buffer((const char *)data, size, false, &ds, &d) == LOAD_OK) {
		for (size_t w = 0; w < ds->n_waves; w++) {
			struct network net = {0};
			struct overlap ov = {0};
			if (network_build(&net, ds, w, TIES_REPORTED))
				continue;
			overlap_compute(&net, &ov);
			overlap_free(&ov);
			network_free(&net);
		}
	}
	dataset_free(ds);
	diags_release(&d);
	return 0;
}
