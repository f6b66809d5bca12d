/*
 * docx: the report as one Word document (Office Open XML), written from
 * its blocks (build.h) with libxml2's xmlwriter, zipped in memory with
 * libzip: the sections in Word's heading styles (Heading 1 to 3, so the
 * navigation pane and a table of contents work), the sentences as
 * paragraphs, every table as a Word table whose header row repeats on
 * each page and whose numbers are aligned right, every diagram embedded
 * as PNG at the column width with its caption below it, the language of
 * the report (nl-NL, en-GB) on every style, on A4. It links to nothing
 * outside itself; blocks that belong to the page only are left out.
 */
#ifndef PARTNERMAP_REPORT_DOCX_H
#define PARTNERMAP_REPORT_DOCX_H

#include <stdio.h>

#include "report/doc.h"

/* A diagram as PNG, named as its figure block names it (the caller's). */
struct docx_picture {
	char *name;
	char *data;
	size_t len;
};

/* Writes the document of D to OUT, with the N pictures PICS for its
 * figures (a figure without one is left out) WIDTH_CM wide (0: 16).
 * Returns 0, or -1 after an error message. */
int report_docx(FILE *out, const struct doc *d, const struct docx_picture *pics, size_t n,
                double width_cm);

#endif
