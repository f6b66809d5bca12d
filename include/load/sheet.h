/*
 * load-sheet: a study read from sheets of cells (workbook.md), shared by
 * the workbook and CSV folder importers.
 */
#ifndef PARTNERMAP_LOAD_SHEET_H
#define PARTNERMAP_LOAD_SHEET_H

#include "study/book.h"
#include "load/load.h"

/* Checks BOOK as a study and builds it, as load_file() does; every problem
 * is reported at its cell. BOOK is not changed except that strings made
 * from its cells are added to its arena. */
enum load_status load_book(struct book *book, bool strict, struct dataset **out,
                           struct diags *diags);

#endif
