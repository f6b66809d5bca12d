/*
 * cmd: the commands. Each cmd-NAME.c exports one `const struct cmd_entry`;
 * cmd.c dispatches on the table of them. A command parses nothing itself
 * (args.c does) and computes nothing itself (the modules do): it loads the
 * study, calls modules, and writes their results.
 */
#ifndef PARTNERMAP_CMD_CMD_H
#define PARTNERMAP_CMD_CMD_H

#include <stdbool.h>
#include <stdio.h>

#include "cmd/args.h"
#include "study/dataset.h"
#include "io/output.h"
#include "util/version.h"

extern const struct cmd_entry cmd_check_entry;
extern const struct cmd_entry cmd_measure_entry;
extern const struct cmd_entry cmd_draw_entry;
extern const struct cmd_entry cmd_overlap_entry;
extern const struct cmd_entry cmd_timeline_entry;
extern const struct cmd_entry cmd_report_entry;
extern const struct cmd_entry cmd_export_entry;
extern const struct cmd_entry cmd_template_entry;
extern const struct cmd_entry cmd_convert_entry;
extern const struct cmd_entry cmd_advise_entry;
extern const struct cmd_entry cmd_perception_entry;

/* Runs partnermap with these arguments; returns the exit status. main()
 * is only this call, so tests can run whole commands in-process. */
int operate(int argc, char **argv);

/* Loads args->dataset and prints its diagnostics. Returns 0 with *ds set,
 * or the exit status to stop with (EXIT_INVALID or EXIT_FAILED). */
int cmd_load(const struct args *args, struct dataset **ds);

/* Prints diagnostics found after loading (spelling.h) as cmd_load()
 * prints the loader's. Returns EXIT_INVALID when one is an error (as
 * --strict makes warnings), else 0. */
struct diags;
int cmd_diags(const struct args *args, const struct diags *d);

/* The wave that --wave names, or the last; -1 after a usage error message. */
long cmd_wave(const struct args *args, const struct dataset *ds);
/* The wave ID names; -1 after a usage error message that lists the
 * study's waves and suggests the closest. */
long cmd_find_wave(const struct args *args, const struct dataset *ds, const char *id);

/* The what-if of --without and --add-tie: entities found by id or name
 * (ignoring case). Returns 0 with *edit filled (network_edit_free() it;
 * empty when neither option was given), or EXIT_USAGE after a message
 * naming an unknown entity (with a suggestion) or an ambiguous name. */
int cmd_edit(const struct args *args, const struct dataset *ds, struct network_edit *edit);

/* Starts model M (model.h) of the wave that --wave names (or the last),
 * with --ties, -k, SAMPLE (as measure_compute(), or MODEL_SAMPLE_DEFAULT)
 * and the what-if EDIT of that wave (NULL: none; it must outlive M), and
 * computes PARTS. The wave's network comes first, so that an edit that
 * does not apply is a usage error before anything is measured: an entity
 * of the edit that does not take part in the wave, a tie with one left
 * out, or a pair already tied. Returns 0, or the exit status to stop with
 * after a message (EXIT_USAGE, or EXIT_FAILED when igraph fails), M freed
 * then. */
struct model;
int cmd_model(const struct args *args, const struct dataset *ds, const struct network_edit *edit,
              long sample, unsigned parts, struct model *m);

/* Finds the entities that TEXT, a comma-separated list given to OPTION,
 * names by id or by name (ignoring case). A name may itself hold a comma,
 * so each item is the shortest run of pieces that names an entity. Returns
 * 0 with FOUND[0..*count) (at most MAX), or EXIT_USAGE after a message that
 * suggests the closest id or name. */
int cmd_find_entities(const struct args *args, const struct dataset *ds, const char *option,
                      const char *text, size_t *found, size_t max, size_t *count);

/* Whether -o names an Excel workbook (.xlsx): measure, overlap and
 * timeline then write their table as one, whatever --format says. */
bool cmd_wants_xlsx(const struct args *args);

/* Checks that -o (args->output) ends in one of EXTS (NULL-terminated, lower
 * case), the formats the command writes a table in; standard output always
 * fits. cmd_table_exts are those of measure, overlap and timeline: text,
 * CSV, JSON and a workbook. Returns 0, or EXIT_USAGE after a message that
 * lists EXTS. */
extern const char *const cmd_table_exts[];
int cmd_table_output_name(const struct args *args, const char *const *exts);

/* Opens -o (args->output, or standard output) for a table in
 * args->format, as output_open_as() does. Returns 0, or -1 after an error
 * message. */
int cmd_open_output(struct output *out, const struct args *args);

/* Ends what cmd_open_output() opened: abandons it when FAILED (nothing is
 * left), else renames it into place. Returns 0, or -1 when it failed or
 * could not be committed (after a message). */
int cmd_close_output(struct output *out, bool failed);

/* Checks --groups: kind, municipalities or an attribute of the study.
 * Returns 0, or EXIT_USAGE after a message that suggests the closest and
 * lists them. */
int cmd_groups(const struct args *args, const struct dataset *ds);

/* Prints an igraph failure and returns EXIT_FAILED. */
int cmd_igraph_failed(int rc);

#endif
