/* libzip, opened on its first call (lazy.h). For reading workbooks (load-xlsx.c) and knowing our
 * own (output.c). */
#ifndef PARTNERMAP_IO_LAZY_ZIP_H
#define PARTNERMAP_IO_LAZY_ZIP_H

#include <zip.h>

#include "io/lazy.h"

// clang-format off
#define LAZY_ZIP_NAMES(X) \
	X(zip_discard) \
	X(zip_error_fini) \
	X(zip_error_init_with_code) \
	X(zip_error_strerror) \
	X(zip_fclose) \
	X(zip_fopen) \
	X(zip_fread) \
	X(zip_open) \
	X(zip_stat)
// clang-format on

#ifndef LAZY_DEFINE
LAZY_ZIP_NAMES(LAZY_DECLARE)
#define zip_discard              LAZY_CALL(LAZY_ZIP, zip_discard)
#define zip_error_fini           LAZY_CALL(LAZY_ZIP, zip_error_fini)
#define zip_error_init_with_code LAZY_CALL(LAZY_ZIP, zip_error_init_with_code)
#define zip_error_strerror       LAZY_CALL(LAZY_ZIP, zip_error_strerror)
#define zip_fclose               LAZY_CALL(LAZY_ZIP, zip_fclose)
#define zip_fopen                LAZY_CALL(LAZY_ZIP, zip_fopen)
#define zip_fread                LAZY_CALL(LAZY_ZIP, zip_fread)
#define zip_open                 LAZY_CALL(LAZY_ZIP, zip_open)
#define zip_stat                 LAZY_CALL(LAZY_ZIP, zip_stat)
#endif

#endif
