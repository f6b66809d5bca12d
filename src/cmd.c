/* cmd: dispatch to the commands, and what every command does first. */
#include "cmd.h"
#include "load.h"
#include "msg.h"
#include "progress.h"
#include "scene.h"

#include <igraph.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

static const struct cmd_entry *const cmd_table[] = {
    &cmd_check_entry,   &cmd_measure_entry,  &cmd_draw_entry,
    &cmd_overlap_entry, &cmd_timeline_entry, &cmd_report_entry,
};

enum { N_CMDS = sizeof(cmd_table) / sizeof(cmd_table[0]) };

static char igraph_reason[256];

/* igraph's default handler aborts; this one frees what IGRAPH_FINALLY
 * registered and keeps the reason for cmd_igraph_failed(). */
static void igraph_error_keep(const char *reason, const char *file, int line,
                              igraph_error_t igraph_errno)
{
	(void)file;
	(void)line;
	snprintf(igraph_reason, sizeof(igraph_reason), "%s (%s)", reason,
	         igraph_strerror(igraph_errno));
	IGRAPH_FINALLY_FREE();
}

/* The measures handle the cases igraph warns about (disconnected graphs,
 * no edges) themselves, so its warnings would only confuse a reader. */
static void igraph_warning_ignore(const char *reason, const char *file, int line)
{
	(void)reason;
	(void)file;
	(void)line;
}

int cmd_igraph_failed(int rc)
{
	if (rc == IGRAPH_INTERRUPTED)
		error("interrupted");
	else
		error("the computation failed: %s",
		      *igraph_reason ? igraph_reason : igraph_strerror(rc));
	return EXIT_FAILED;
}

static void usage(FILE *out)
{
	fputs(msg_tr("Usage: partnermap COMMAND DATASET [options]\n\n"
	             "Turns interview data about who works with whom into a measured, drawn "
	             "network.\n\nCommands:\n"),
	      out);
	for (size_t i = 0; i < N_CMDS; i++)
		fprintf(out, "  %-10s %s\n", cmd_table[i]->name, msg_tr(cmd_table[i]->summary));
	fputs(msg_tr("\n'partnermap COMMAND --help' shows a command's options;\n"
	             "'partnermap --version' shows the version; --lang en|nl the language.\n"),
	      out);
}

/* The language of the messages before the options are parsed: --lang
 * anywhere on the command line, else the environment's; so that even a
 * usage error about an earlier option speaks the language asked for. */
static enum lang early_lang(int argc, char **argv)
{
	for (int i = 1; i < argc && strcmp(argv[i], "--"); i++) {
		const char *v = NULL;
		if (!strcmp(argv[i], "--lang") && i + 1 < argc)
			v = argv[i + 1];
		else if (!strncmp(argv[i], "--lang=", 7))
			v = argv[i] + 7;
		for (int l = 0; v && l < LANG_COUNT; l++)
			if (!strcmp(v, language((enum lang)l)->code))
				return (enum lang)l;
	}
	return lang_from_environment();
}

int operate(int argc, char **argv)
{
	struct args args;

	igraph_set_error_handler(igraph_error_keep);
	igraph_set_warning_handler(igraph_warning_ignore);
	progress_install();
	msg_set_lang(early_lang(argc, argv));
	/* `partnermap --lang nl COMMAND ...` as well as after the command. */
	if (argc > 1 && !strncmp(argv[1], "--lang=", 7)) {
		argc--, argv++;
	} else if (argc > 2 && !strcmp(argv[1], "--lang")) {
		argc -= 2, argv += 2;
	}
	if (argc < 2)
		return usage_error(NULL, "no command given");
	if (!strcmp(argv[1], "--help") || !strcmp(argv[1], "-h") || !strcmp(argv[1], "help")) {
		usage(stdout);
		return EXIT_DONE;
	}
	if (!strcmp(argv[1], "--version")) {
		printf("partnermap %s (igraph %s, dataset format 1)\n", PARTNERMAP_VERSION,
		       IGRAPH_VERSION);
		return EXIT_DONE;
	}
	for (size_t i = 0; i < N_CMDS; i++) {
		if (strcmp(argv[1], cmd_table[i]->name))
			continue;
		int rc = args_parse(cmd_table[i], argc - 1, argv + 1, &args);
		if (rc)
			return rc < 0 ? EXIT_DONE : rc;
		rc = cmd_table[i]->exec(&args);
		scene_shutdown();
		return rc;
	}
	return usage_error(NULL, "unknown command '%s'", argv[1]);
}

static void print_diags(const char *file, const struct diags *d)
{
	for (size_t i = 0; i < d->count; i++) {
		const struct diag *g = &d->items[i];
		msg_diag(g->file ? g->file : file, g->is_error, g->line, g->column, g->path,
		         g->message);
	}
	if (d->errors + d->warnings > d->count) {
		char more[128];
		snprintf(more, sizeof(more),
		         msg_tr("%zu more problems are not shown (at most %d are)"),
		         d->errors + d->warnings - d->count, LOAD_MAX_DIAGS);
		msg_diag(file, d->errors > 0, 0, 0, "", more);
	}
}

int cmd_load(const struct args *args, struct dataset **ds)
{
	struct diags d = {0};
	const char *name = strcmp(args->dataset, "-") ? args->dataset : "<stdin>";
	enum load_status st = load_file(args->dataset, args->strict, ds, &d);
	int rc = EXIT_DONE;

	print_diags(name, &d);
	if (st == LOAD_UNREADABLE)
		rc = EXIT_FAILED;
	else if (st == LOAD_INVALID)
		rc = EXIT_INVALID;
	if (st == LOAD_INVALID) {
		char total[96];
		if (d.errors == 1)
			snprintf(total, sizeof(total), "%s",
			         msg_tr("the dataset has 1 error; nothing was written"));
		else
			snprintf(total, sizeof(total),
			         msg_tr("the dataset has %zu errors; nothing was written"),
			         d.errors);
		msg_diag(name, 1, 0, 0, "", total);
	}
	diags_release(&d);
	return rc;
}

long cmd_wave(const struct args *args, const struct dataset *ds)
{
	long w;

	if (!args->wave)
		return (long)ds->n_waves - 1;
	w = dataset_wave(ds, args->wave);
	if (w < 0) {
		usage_error(args->command, "the study has no wave '%s'", args->wave);
		return -1;
	}
	return w;
}

int cmd_network(const struct args *args, const struct dataset *ds, struct network *net)
{
	long wave = cmd_wave(args, ds);
	int rc;

	memset(net, 0, sizeof(*net));
	if (wave < 0)
		return EXIT_USAGE;
	rc = network_build(net, ds, (size_t)wave, args->ties);
	return rc ? cmd_igraph_failed(rc) : 0;
}
