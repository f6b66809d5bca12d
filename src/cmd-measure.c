/* measure: node- and network-level measures of one wave. */
#include "cmd.h"
#include "measure.h"
#include "msg.h"
#include "out-measure.h"
#include "output.h"
#include "progress.h"

static int cmd_measure_exec(const struct args *args)
{
	struct dataset *ds = NULL;
	struct network net = {0};
	struct measures m = {0};
	struct output out = {0};
	int rc = cmd_load(args, &ds), grc;

	if (rc)
		return rc;
	rc = cmd_network(args, ds, &net);
	if (rc)
		goto done;
	grc = measure_compute(&net, args->sample, &m);
	progress_done();
	if (grc) {
		rc = cmd_igraph_failed(grc);
		goto done;
	}
	if (output_open(&out, args->output)) {
		rc = EXIT_FAILED;
		goto done;
	}
	out_measure(out.fp, &net, &m, args->format, args->sep, args->lang);
	if (output_commit(&out))
		rc = EXIT_FAILED;
done:
	measures_free(&m);
	network_free(&net);
	dataset_free(ds);
	return rc;
}

const struct cmd_entry cmd_measure_entry = {
    .name = "measure",
    .usage = "DATASET [--wave W] [--ties reported|confirmed] [--format table|csv|json] "
             "[-o FILE]",
    .summary = "centrality, fragmentation, key players, silos and trust of one wave",
    .options = OPT_WAVE | OPT_TIES | OPT_FORMAT | OPT_OUTPUT | OPT_SEP | OPT_SAMPLE,
    .exec = cmd_measure_exec,
};
