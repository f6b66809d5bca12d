/* report: the whole study as a folder, index.html with diagrams and tables;
 * or, when -o names a .docx file, as one Word document. */
#include "cmd/cmd.h"
#include "load/load.h"
#include "i18n/msg.h"
#include "io/output.h"
#include "io/progress.h"
#include "report/report.h"
#include "util/strbuf.h"

#include <stdlib.h>
#include <string.h>

/* out/NAME for data/NAME.json, NAME.xlsx or a CSV folder NAME. */
static char *default_dir(const char *dataset)
{
	struct strbuf sb;
	char *name = load_study_name(dataset);

	sb_init(&sb);
	sb_addf(&sb, "out/%s", name);
	free(name);
	return sb_detach(&sb);
}

/* The report as the Word document PATH, written under a temporary name
 * and put in place when whole (output.h says what it may replace). */
static int write_docx(const char *path, const struct dataset *ds, const struct report_options *o)
{
	struct output out;

	if (output_open(&out, path))
		return EXIT_FAILED;
	progress_phase("writing");
	if (report_write_docx(out.fp, ds, o)) {
		output_abort(&out);
		return EXIT_FAILED;
	}
	if (output_commit(&out))
		return EXIT_FAILED;
	notice("the report is in %s", path);
	return 0;
}

static int cmd_report_exec(const struct args *args)
{
	struct dataset *ds = NULL;
	struct network_edit edit = {0};
	char *dir = args->output ? xstrdup(args->output) : default_dir(args->dataset);
	char *tmp = NULL;
	const char *slash = strrchr(args->dataset, '/');
	struct report_options o = {
	    .lang = args->lang,
	    .ties = args->ties,
	    .source = slash ? slash + 1 : args->dataset,
	    .version = PARTNERMAP_VERSION,
	    .edit = &edit,
	    .dpi = args->dpi,
	    .width_cm = args->width_cm,
	};
	static const char *const docx[] = {"docx", NULL};
	int rc = cmd_load(args, &ds);

	if (!rc)
		rc = cmd_edit(args, ds, &edit);
	if (rc)
		goto done;
	if (output_format(dir, docx)) {
		rc = write_docx(dir, ds, &o);
		progress_done();
		goto done;
	}
	if (output_dir_begin(dir, &tmp)) {
		rc = EXIT_FAILED;
		goto done;
	}
	progress_phase("writing");
	if (report_write(tmp, ds, &o)) {
		output_dir_abort(tmp);
		rc = EXIT_FAILED;
	} else if (output_dir_commit(dir, tmp)) {
		rc = EXIT_FAILED;
	} else {
		notice("the report is in %s/index.html", dir);
	}
	progress_done();
done:
	free(tmp);
	free(dir);
	network_edit_free(&edit);
	dataset_free(ds);
	return rc;
}

const struct cmd_entry cmd_report_entry = {
    .name = "report",
    .usage =
        "DATASET [-o DIR|FILE.docx] [--lang en|nl] [--ties reported|confirmed] [--without ID,...] "
        "[--add-tie A,B] [--width CM] [--dpi N]",
    .summary = N_("everything as a folder: index.html with diagrams, charts and CSV files; "
                  "or, with -o FILE.docx, as one Word document"),
    .options = OPT_TIES | OPT_OUTPUT | OPT_LANG | OPT_WHATIF | OPT_DPI | OPT_ANONYMISE,
    .exec = cmd_report_exec,
};
