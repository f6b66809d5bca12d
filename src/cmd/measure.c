/* measure: node- and network-level measures of one wave. */
#include "cmd/cmd.h"
#include "analysis/model.h"
#include "i18n/msg.h"
#include "out/measure.h"
#include "io/output.h"

static int cmd_measure_exec(const struct args *args)
{
	struct dataset *ds = NULL;
	struct network_edit edit = {0};
	struct model m = {0};
	struct output out = {0};
	int rc = cmd_table_output_name(args, cmd_table_exts) ? EXIT_USAGE : cmd_load(args, &ds);
	bool failed = false;

	if (rc)
		return rc;
	rc = cmd_groups(args, ds);
	if (!rc)
		rc = cmd_edit(args, ds, &edit);
	if (!rc)
		rc = cmd_model(
		    args, ds, &edit, args->sample,
		    MODEL_MEASURES | MODEL_UNCHANGED | (args->groups ? MODEL_BROKERAGE : 0), &m);
	if (rc)
		goto done;
	const struct network *net = &m.nets[m.wave];
	if (cmd_open_output(&out, args)) {
		rc = EXIT_FAILED;
		goto done;
	}
	if (!cmd_wants_xlsx(args))
		out_measure(out.fp, net, &m.ms[m.wave], m.has_unchanged ? &m.unchanged_ms : NULL,
		            args->format, args->sep, args->lang);
	else if (out_measure_xlsx(out.tmp, net, &m.ms[m.wave], args->lang))
		failed = true;
	if (cmd_close_output(&out, failed))
		rc = EXIT_FAILED;
done:
	model_free(&m);
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
