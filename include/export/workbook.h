/*
 * workbook: a study written as workbook.md's sheets — an Excel workbook
 * (libxlsxwriter), a folder of CSV files (libcsv's quoting) — the empty
 * template to fill in, and the study as dataset.md's JSON. Every writer
 * goes through output.h, so a failure leaves nothing half-written. Sheet
 * and column names are in the language given (book.h); reading them back
 * (load-sheet.c) gives the same study.
 */
#ifndef PARTNERMAP_EXPORT_WORKBOOK_H
#define PARTNERMAP_EXPORT_WORKBOOK_H

#include <cjson/cJSON.h>
#include <xlsxwriter.h>

#include "study/book.h"
#include "study/dataset.h"
#include "i18n/texts.h"

/* Fills the empty book B with the study's sheets: Study, Waves, Tasks,
 * Entities (attribute columns after the format's), Members, Interviews
 * (one column per task, headed by its id) and Ties. Release with
 * book_free(). */
void workbook_from_study(struct book *b, const struct dataset *ds, enum lang lang);

/* Adds the study's sheets to WB, an open libxlsxwriter workbook (for
 * exporters that put more beside them). Returns 0, or -1 after an error
 * message. The caller closes WB. */
int workbook_add_study(lxw_workbook *wb, const struct dataset *ds, enum lang lang);

/* Writes the study to PATH: an .xlsx workbook, or a CSV folder (one file
 * per sheet, separator and decimal mark of the language). Returns 0, or
 * -1 after an error message (nothing is left at PATH). */
int workbook_write_xlsx(const struct dataset *ds, const char *path, enum lang lang);
int workbook_write_csv(const struct dataset *ds, const char *dir, enum lang lang);

/* Writes the empty workbook to fill in: an explanation sheet, then every
 * sheet with its headers and drop-down lists. Returns 0 or -1 (message). */
int workbook_write_template(const char *path, enum lang lang);

/* The study as dataset.md's JSON; cJSON_Delete() it. */
cJSON *study_to_json(const struct dataset *ds);

/* Writes study_to_json() to PATH ("-": standard output). Returns 0 or -1. */
int study_write_json(const struct dataset *ds, const char *path);

#endif
