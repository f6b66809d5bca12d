/*
 * lazy: the libraries that only some commands need are opened when first
 * called, not at every start. Graphviz draws diagrams, cairo charts,
 * libxlsxwriter writes workbooks and libzip reads them; loading them took
 * 5 ms, a tenth of measuring a study of a thousand organisations, and is
 * now paid only by what uses them. (libxml2 comes with igraph anyway.)
 *
 * A module includes lazy-NAME.h in place of the library's own headers. Its
 * calls then go through pointers, each preceded by lazy_need(), which
 * opens the library once. The names opened are this machine's (the
 * Makefile reads them from the libraries' development files).
 */
#ifndef PARTNERMAP_IO_LAZY_H
#define PARTNERMAP_IO_LAZY_H

#include <stdatomic.h>

enum lazy_lib { LAZY_CAIRO, LAZY_GRAPHVIZ, LAZY_XLSXWRITER, LAZY_ZIP, LAZY_LIBS };

extern atomic_bool lazy_ready[LAZY_LIBS];

/* Opens LIB and finds every function of it the program calls. When it
 * cannot (the library is not installed), says which library is missing
 * and how to install it, and ends the program with EXIT_FAILED (exit(3):
 * the temporary files go, progress.c sees to that). A missing library is
 * a fault of the installation, not of the study, met on the first call.
 * Thread-safe. */
void lazy_open(enum lazy_lib lib);

static inline void lazy_need(enum lazy_lib lib)
{
	if (!atomic_load_explicit(&lazy_ready[lib], memory_order_acquire))
		lazy_open(lib);
}

/* In lazy-NAME.h: the pointer to each function (or variable) F of LIB,
 * and what a call of F becomes. */
#define LAZY_DECLARE(f)   extern __typeof__(f) *lazy_##f;
#define LAZY_CALL(lib, f) (lazy_need(lib), *lazy_##f)

#endif
