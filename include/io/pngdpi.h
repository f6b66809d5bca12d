/*
 * pngdpi: the resolution recorded in a PNG file (its pHYs chunk), so that
 * a word processor inserts the picture at the size it was drawn for.
 */
#ifndef PARTNERMAP_IO_PNGDPI_H
#define PARTNERMAP_IO_PNGDPI_H

#include <stddef.h>

/* Rewrites the PNG in *DATA (LEN bytes, malloc'd; the caller's) so that it
 * says DPI dots per inch, replacing any resolution it held, and says it is
 * partnermap's (a tEXt chunk "Software" "partnermap", by which output.c
 * knows it may replace the file). Returns 0, or -1 when the data is not a
 * PNG (left unchanged). */
int png_set_dpi(char **data, size_t *len, double dpi);

#endif
