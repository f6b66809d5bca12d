/* measure: node- and network-level measures of one wave. */
#include "cmd/cmd.h"
#include "analysis/measure.h"
#include "i18n/msg.h"
#include "out/measure.h"
#include "io/output.h"
#include "io/progress.h"

static int cmd_measure_exec(const struct args *args)
{
	struct dataset *ds = NULL;
	struct network_edit edit = {0};
	struct network net = {0}, unchanged = {0};
	struct measures m = {0}, before = {0};
	struct output out = {0};
	int rc = cmd_table_output_name(args, cmd_table_exts) ? EXIT_USAGE : cmd_load(args, &ds),
	    grc = 0;

	if (rc)
		return rc;
	rc = cmd_groups(args, ds);
	if (!rc)
		rc = cmd_edit(args, ds, &edit);
	if (!rc)
		rc = cmd_network_edited(args, ds, &edit, &net);
	if (!rc && net.edit)
		rc = cmd_network(args, ds, &unchanged);
	if (rc)
		goto done;
	grc = measure_compute(&net, args->sample, &m);
	if (!grc && args->groups)
		grc = measure_brokerage(&net, args->groups, &m);
	if (!grc && net.edit)
		grc = measure_compute(&unchanged, args->sample, &before);
	progress_done();
	if (grc) {
		rc = cmd_igraph_failed(grc);
		goto done;
	}
	if (cmd_open_output(&out, args)) {
		rc = EXIT_FAILED;
		goto done;
	}
	if (!cmd_wants_xlsx(args))
		out_measure(out.fp, &net, &m, net.edit ? &before : NULL, args->format, args->sep,
		            args->lang);
	else if (out_measure_xlsx(out.tmp, &net, &m, args->lang))
		grc = -1;
	if (grc) {
		output_abort(&out);
		rc = EXIT_FAILED;
	} else if (output_commit(&out))
		rc = EXIT_FAILED;
done:
	measures_free(&before);
	measures_free(&m);
	network_free(&unchanged);
	network_free(&net);
	network_edit_free(&edit);
	dataset_free(ds);
	return rc;
}

const struct cmd_entry cmd_measure_entry = {
    .name = "measure",
    .usage = "DATASET [--wave W] [--ties reported|confirmed] [--format table|csv|json] "
             "[-o FILE] [--groups KEY] [--without ID,...] [--add-tie A,B]",
    .summary = N_("centrality, fragmentation, key players, silos and trust of one wave"),
    .options = OPT_WAVE | OPT_TIES | OPT_FORMAT | OPT_OUTPUT | OPT_SEP | OPT_SAMPLE | OPT_WHATIF |
               OPT_ANONYMISE | OPT_GROUPS,
    .exec = cmd_measure_exec,
};
