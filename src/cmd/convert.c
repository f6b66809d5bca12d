/* convert: a study to JSON, a workbook or a CSV folder (workbook.md). */
#include "cmd/cmd.h"
#include "i18n/msg.h"
#include "io/output.h"
#include "util/strbuf.h"
#include "export/workbook.h"

#include <stdlib.h>
#include <string.h>

static int cmd_convert_exec(const struct args *args)
{
	static const char *const formats[] = {"json", "xlsx", NULL};
	struct dataset *ds = NULL;
	const char *out = args->output;
	int rc;

	if (!out)
		return usage_error(args->command,
		                   "give where to write: -o FILE.json, -o FILE.xlsx or -o FOLDER/");
	const char *format = output_format(out, formats);
	if (!format && strrchr(out, '.') > strrchr(out, '/') && out[strlen(out) - 1] != '/')
		return usage_error(args->command,
		                   "cannot write '%s': give a .json or .xlsx file, or a folder for "
		                   "CSV files",
		                   out);
	rc = cmd_load(args, &ds);
	if (rc)
		return rc;
	if (!format) {
		/* The folder itself, without the / that says it is one. */
		char *dir = xstrdup(out);
		size_t n = strlen(dir);
		while (n > 1 && dir[n - 1] == '/')
			dir[--n] = '\0';
		rc = workbook_write_csv(ds, dir, args->lang);
		free(dir);
	} else if (!strcmp(format, "xlsx"))
		rc = workbook_write_xlsx(ds, out, args->lang);
	else
		rc = study_write_json(ds, out);
	dataset_free(ds);
	return rc ? EXIT_FAILED : EXIT_DONE;
}

const struct cmd_entry cmd_convert_entry = {
    .name = "convert",
    .usage = "DATASET -o FILE.json|FILE.xlsx|FOLDER/ [--lang en|nl]",
    .summary = N_("write a study as JSON, as an Excel workbook or as a folder of CSV files"),
    .options = OPT_OUTPUT,
    .exec = cmd_convert_exec,
};
