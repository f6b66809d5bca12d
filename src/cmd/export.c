/* export: the network for other tools, in the format the extension names. */
#include "cmd/cmd.h"
#include "export/export.h"
#include "i18n/msg.h"

static int cmd_export_exec(const struct args *args)
{
	const struct exporter *ex = args->output ? export_find(args->output) : NULL;
	struct export_input in = {.ties = args->ties, .lang = args->lang};
	struct dataset *ds = NULL;
	struct strbuf exts;
	long wave;
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
	wave = cmd_wave(args, ds);
	if (wave < 0) {
		dataset_free(ds);
		return EXIT_USAGE;
	}
	in.ds = ds;
	in.wave = (size_t)wave;
	rc = export_study(ex, &in, args->sample, args->output);
	if (rc > 0)
		rc = cmd_igraph_failed(rc);
	else if (rc < 0)
		rc = EXIT_FAILED;
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
