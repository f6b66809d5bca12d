/* libxlsxwriter, opened on its first call (lazy.h). For the modules that write workbooks. */
#ifndef PARTNERMAP_IO_LAZY_XLSXWRITER_H
#define PARTNERMAP_IO_LAZY_XLSXWRITER_H

#include <xlsxwriter.h>

#include "io/lazy.h"

// clang-format off
#define LAZY_XLSXWRITER_NAMES(X) \
	X(format_set_align) \
	X(format_set_bold) \
	X(format_set_num_format) \
	X(format_set_text_wrap) \
	X(lxw_strerror) \
	X(workbook_add_format) \
	X(workbook_add_worksheet) \
	X(workbook_close) \
	X(workbook_new) \
	X(workbook_set_properties) \
	X(worksheet_data_validation_range) \
	X(worksheet_freeze_panes) \
	X(worksheet_merge_range) \
	X(worksheet_set_column) \
	X(worksheet_set_row) \
	X(worksheet_write_boolean) \
	X(worksheet_write_number) \
	X(worksheet_write_string)
// clang-format on

#ifndef LAZY_DEFINE
LAZY_XLSXWRITER_NAMES(LAZY_DECLARE)
#define format_set_align                LAZY_CALL(LAZY_XLSXWRITER, format_set_align)
#define format_set_bold                 LAZY_CALL(LAZY_XLSXWRITER, format_set_bold)
#define format_set_num_format           LAZY_CALL(LAZY_XLSXWRITER, format_set_num_format)
#define format_set_text_wrap            LAZY_CALL(LAZY_XLSXWRITER, format_set_text_wrap)
#define lxw_strerror                    LAZY_CALL(LAZY_XLSXWRITER, lxw_strerror)
#define workbook_add_format             LAZY_CALL(LAZY_XLSXWRITER, workbook_add_format)
#define workbook_add_worksheet          LAZY_CALL(LAZY_XLSXWRITER, workbook_add_worksheet)
#define workbook_close                  LAZY_CALL(LAZY_XLSXWRITER, workbook_close)
#define workbook_new                    LAZY_CALL(LAZY_XLSXWRITER, workbook_new)
#define workbook_set_properties         LAZY_CALL(LAZY_XLSXWRITER, workbook_set_properties)
#define worksheet_data_validation_range LAZY_CALL(LAZY_XLSXWRITER, worksheet_data_validation_range)
#define worksheet_freeze_panes          LAZY_CALL(LAZY_XLSXWRITER, worksheet_freeze_panes)
#define worksheet_merge_range           LAZY_CALL(LAZY_XLSXWRITER, worksheet_merge_range)
#define worksheet_set_column            LAZY_CALL(LAZY_XLSXWRITER, worksheet_set_column)
#define worksheet_set_row               LAZY_CALL(LAZY_XLSXWRITER, worksheet_set_row)
#define worksheet_write_boolean         LAZY_CALL(LAZY_XLSXWRITER, worksheet_write_boolean)
#define worksheet_write_number          LAZY_CALL(LAZY_XLSXWRITER, worksheet_write_number)
#define worksheet_write_string          LAZY_CALL(LAZY_XLSXWRITER, worksheet_write_string)
#endif

#endif
