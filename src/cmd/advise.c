/* advise: key players to keep, where to reach, which ties to make. */
#include "analysis/model.h"
#include "cmd/cmd.h"
#include "i18n/msg.h"
#include "out/advise.h"
#include "io/output.h"
#include "io/progress.h"

static const char *const text_exts[] = {"txt", "csv", "tsv", "json", NULL};

static int cmd_advise_exec(const struct args *args)
{
	struct dataset *ds = NULL;
	struct network_edit edit = {0};
	struct model m = {0};
	struct output out = {0};
	int rc = cmd_table_output_name(args, text_exts) ? EXIT_USAGE : cmd_load(args, &ds), grc;

	if (rc)
		return rc;
	rc = cmd_edit(args, ds, &edit);
	if (!rc)
		rc = cmd_model(args, ds, &edit, args->sample, MODEL_OVERLAP, &m);
	if (rc)
		goto done;
	grc = model_compute(&m, MODEL_ADVICE);
	progress_done();
	if (grc == IGRAPH_ENOMEM) {
		rc = EXIT_FAILED;
		error("%ld entities are too many to compare every pair in memory",
		      (long)m.nets[m.wave].n);
		goto done;
	}
	if (grc) {
		rc = cmd_igraph_failed(grc);
		goto done;
	}
	if (cmd_open_output(&out, args)) {
		rc = EXIT_FAILED;
		goto done;
	}
	out_advise(out.fp, &m.nets[m.wave], &m.advice, args->format, args->sep, args->lang);
	if (output_commit(&out))
		rc = EXIT_FAILED;
done:
	model_free(&m);
	network_edit_free(&edit);
	dataset_free(ds);
	return rc;
}

const struct cmd_entry cmd_advise_entry = {
    .name = "advise",
    .usage = "DATASET [--wave W] [-k K] [--format table|csv|json] [-o FILE] [--without ID,...] "
             "[--add-tie A,B]",
    .summary = N_("which entities the field cannot lose, where to reach, which ties to make"),
    .options = OPT_WAVE | OPT_TIES | OPT_FORMAT | OPT_OUTPUT | OPT_SEP | OPT_WHATIF | OPT_K |
               OPT_ANONYMISE,
    .exec = cmd_advise_exec,
};
