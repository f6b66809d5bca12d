/*
 * report: the whole study as a folder (or, named .docx, as one Word
 * document): index.html (self-contained, every
 * text from the dataset escaped), the diagrams as SVG and PNG beside it,
 * and the tables as CSV. Every sentence comes from texts.c, so the report
 * is in English or Dutch throughout.
 */
#ifndef PARTNERMAP_REPORT_REPORT_H
#define PARTNERMAP_REPORT_REPORT_H

#include <stdio.h>

#include "i18n/texts.h"
#include "network/network.h"
#include "study/dataset.h"

struct report_options {
	enum lang lang;
	enum tie_filter ties;
	const char *source; /* the dataset's file name, shown in the report */
	const char *version;
	const struct network_edit *edit; /* NULL, or a what-if applied to every wave's network */
	double dpi;                      /* of the PNG files */
	double width_cm;                 /* of the diagrams on paper; 0: 16 */
};

/* Writes the report into the existing, empty folder DIR. Returns 0, or -1
 * after an error message. */
int report_write(const char *dir, const struct dataset *ds, const struct report_options *o);

/* Writes the same report as one Word document (docx.h) to OUT. Returns 0,
 * or -1 after an error message. */
int report_write_docx(FILE *out, const struct dataset *ds, const struct report_options *o);

#endif
