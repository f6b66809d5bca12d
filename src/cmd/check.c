/* check: read and validate a study, and summarise it. */
#include "cmd/cmd.h"
#include "i18n/msg.h"
#include "io/output.h"
#include "analysis/spelling.h"
#include "analysis/summary.h"

static const char *const summary_exts[] = {"txt", NULL};

static int cmd_check_exec(const struct args *args)
{
	struct dataset *ds = NULL;
	struct output out;
	int rc = cmd_table_output_name(args, summary_exts) ? EXIT_USAGE : cmd_load(args, &ds);

	if (rc)
		return rc;
	/* Spelling variants are warnings (errors with --strict), printed with
	 * the loader's before the summary. */
	struct diags d = {0};
	spelling_check(ds, args->strict, &d);
	rc = cmd_diags(args, &d);
	diags_release(&d);
	if (rc) {
		dataset_free(ds);
		return rc;
	}
	/* The summary counts every wave's network: built before the output
	 * opens, so that a failure leaves no file. */
	struct model m;
	rc = cmd_model(args, ds, NULL, args->sample, MODEL_SUMMARY, &m);
	if (rc) {
		dataset_free(ds);
		return rc;
	}
	if (cmd_open_output(&out, args)) {
		model_free(&m);
		dataset_free(ds);
		return EXIT_FAILED;
	}
	summary_write(out.fp, &m, args->lang);
	if (output_commit(&out))
		rc = EXIT_FAILED;
	model_free(&m);
	dataset_free(ds);
	return rc;
}

const struct cmd_entry cmd_check_entry = {
    .name = "check",
    .usage = "DATASET [--strict]",
    .summary = N_("read and validate a study; summarise it and list every error and warning"),
    .options = OPT_TIES | OPT_OUTPUT,
    .exec = cmd_check_exec,
};
