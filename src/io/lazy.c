/* lazy: opening the libraries that only some commands need (lazy.h). */
#define LAZY_DEFINE
#include "io/lazy-cairo.h"
#include "io/lazy-graphviz.h"
#include "io/lazy-xlsxwriter.h"
#include "io/lazy-zip.h"
#include "i18n/msg.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stdlib.h>

#define LAZY_POINTER(f) __typeof__(f) *lazy_##f;
LAZY_CAIRO_NAMES(LAZY_POINTER)
LAZY_GRAPHVIZ_NAMES(LAZY_POINTER)
LAZY_XLSXWRITER_NAMES(LAZY_POINTER)
LAZY_ZIP_NAMES(LAZY_POINTER)

struct symbol {
	const char *name;
	void **where;
};

#define LAZY_SYMBOL(f) {#f, (void **)&lazy_##f},
static const struct symbol cairo_symbols[] = {LAZY_CAIRO_NAMES(LAZY_SYMBOL){NULL, NULL}};
static const struct symbol graphviz_symbols[] = {LAZY_GRAPHVIZ_NAMES(LAZY_SYMBOL){NULL, NULL}};
static const struct symbol xlsxwriter_symbols[] = {LAZY_XLSXWRITER_NAMES(LAZY_SYMBOL){NULL, NULL}};
static const struct symbol zip_symbols[] = {LAZY_ZIP_NAMES(LAZY_SYMBOL){NULL, NULL}};

/* The Makefile passes each library's file name on this machine (its
 * SONAME); Graphviz is two, gvc needing cgraph. */
static const struct library {
	const char *title; /* for people: what to install */
	const char *files[2];
	const struct symbol *symbols;
} libraries[LAZY_LIBS] = {
    [LAZY_CAIRO] = {"cairo", {LAZY_SONAME_CAIRO}, cairo_symbols},
    [LAZY_GRAPHVIZ] = {"Graphviz", {LAZY_SONAME_CGRAPH, LAZY_SONAME_GVC}, graphviz_symbols},
    [LAZY_XLSXWRITER] = {"libxlsxwriter", {LAZY_SONAME_XLSXWRITER}, xlsxwriter_symbols},
    [LAZY_ZIP] = {"libzip", {LAZY_SONAME_ZIP}, zip_symbols},
};

atomic_bool lazy_ready[LAZY_LIBS];
static pthread_mutex_t opening = PTHREAD_MUTEX_INITIALIZER;

/* Opens every file of LIB and finds its symbols; NULL, or what failed. */
static const char *open_library(const struct library *lib)
{
	void *handle = NULL;

	for (size_t i = 0; i < 2 && lib->files[i]; i++)
		if (!(handle = dlopen(lib->files[i], RTLD_NOW | RTLD_GLOBAL)))
			return dlerror();
	for (const struct symbol *s = lib->symbols; s->name; s++)
		if (!(*s->where = dlsym(handle, s->name)))
			return dlerror();
	return NULL;
}

void lazy_open(enum lazy_lib lib)
{
	pthread_mutex_lock(&opening);
	if (!atomic_load(&lazy_ready[lib])) {
		const char *why = open_library(&libraries[lib]);
		if (why) {
			pthread_mutex_unlock(&opening);
			error(
			    "cannot load %s, which this command needs (%s); install it with 'make "
			    "deps' in partnermap's folder",
			    libraries[lib].title, why);
			exit(EXIT_FAILED); /* progress.c's atexit removes the temporary files */
		}
		atomic_store(&lazy_ready[lib], true);
	}
	pthread_mutex_unlock(&opening);
}
