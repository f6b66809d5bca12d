/* export: the network for other tools, in the format the extension names. */
#include "cmd/cmd.h"
#include "analysis/model.h"
#include "export/export.h"
#include "i18n/msg.h"

static int cmd_export_exec(const struct args *args)
{
	const struct exporter *ex = args->output ? export_find(args->output) : NULL;
	struct export_input in = {.ties = args->ties, .lang = args->lang};
	struct dataset *ds = NULL;
	struct model m = {0};
	struct strbuf exts;
	int rc;

	if (!ex) {
		sb_init(&exts);
		export_extensions(&exts, ", ");
		if (!args->output)
			rc = usage_error(args->command, "export needs -o FILE (%s)", exts.buf);
		else
			rc = usage_error(args->command,
			                 "cannot tell the format of '%s'; end it in %s",
			                 args->output, exts.buf);
		sb_release(&exts);
		return rc;
	}
	rc = cmd_load(args, &ds);
	if (rc)
		return rc;
	rc = cmd_model(args, ds, NULL, args->sample,
	               MODEL_MEASURES | (ex->every_wave ? MODEL_EVERY_WAVE : 0), &m);
	if (!rc) {
		in.ds = ds;
		in.wave = m.wave;
		in.nets = m.nets;
		in.ms = m.ms;
		if (export_study(ex, &in, args->output))
			rc = EXIT_FAILED;
	}
	model_free(&m);
	dataset_free(ds);
	return rc;
}

const struct cmd_entry cmd_export_entry = {
    .name = "export",
    .usage = "DATASET -o FILE.graphml|.gexf|.net|.dl|.xlsx [--wave W] "
             "[--ties reported|confirmed]",
    .summary = N_("the network for Gephi, Cytoscape, UCINET, Pajek or Excel"),
    .options = OPT_WAVE | OPT_TIES | OPT_OUTPUT | OPT_SAMPLE | OPT_LANG | OPT_ANONYMISE,
    .exec = cmd_export_exec,
};
