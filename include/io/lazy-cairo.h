/* cairo, opened on its first call (lazy.h). For chart.c. */
#ifndef PARTNERMAP_IO_LAZY_CAIRO_H
#define PARTNERMAP_IO_LAZY_CAIRO_H

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <cairo.h>

#include "io/lazy.h"

// clang-format off
#define LAZY_CAIRO_NAMES(X) \
	X(cairo_arc) \
	X(cairo_create) \
	X(cairo_destroy) \
	X(cairo_fill) \
	X(cairo_image_surface_create) \
	X(cairo_line_to) \
	X(cairo_move_to) \
	X(cairo_paint) \
	X(cairo_pdf_surface_create_for_stream) \
	X(cairo_rectangle) \
	X(cairo_scale) \
	X(cairo_select_font_face) \
	X(cairo_set_dash) \
	X(cairo_set_font_size) \
	X(cairo_set_line_width) \
	X(cairo_set_source_rgb) \
	X(cairo_show_text) \
	X(cairo_status) \
	X(cairo_status_to_string) \
	X(cairo_stroke) \
	X(cairo_surface_destroy) \
	X(cairo_surface_finish) \
	X(cairo_surface_flush) \
	X(cairo_surface_status) \
	X(cairo_surface_write_to_png_stream) \
	X(cairo_svg_surface_create_for_stream) \
	X(cairo_text_extents)
// clang-format on

#ifndef LAZY_DEFINE
LAZY_CAIRO_NAMES(LAZY_DECLARE)
#define cairo_arc                  LAZY_CALL(LAZY_CAIRO, cairo_arc)
#define cairo_create               LAZY_CALL(LAZY_CAIRO, cairo_create)
#define cairo_destroy              LAZY_CALL(LAZY_CAIRO, cairo_destroy)
#define cairo_fill                 LAZY_CALL(LAZY_CAIRO, cairo_fill)
#define cairo_image_surface_create LAZY_CALL(LAZY_CAIRO, cairo_image_surface_create)
#define cairo_line_to              LAZY_CALL(LAZY_CAIRO, cairo_line_to)
#define cairo_move_to              LAZY_CALL(LAZY_CAIRO, cairo_move_to)
#define cairo_paint                LAZY_CALL(LAZY_CAIRO, cairo_paint)
#define cairo_pdf_surface_create_for_stream                                                        \
	LAZY_CALL(LAZY_CAIRO, cairo_pdf_surface_create_for_stream)
#define cairo_rectangle                   LAZY_CALL(LAZY_CAIRO, cairo_rectangle)
#define cairo_scale                       LAZY_CALL(LAZY_CAIRO, cairo_scale)
#define cairo_select_font_face            LAZY_CALL(LAZY_CAIRO, cairo_select_font_face)
#define cairo_set_dash                    LAZY_CALL(LAZY_CAIRO, cairo_set_dash)
#define cairo_set_font_size               LAZY_CALL(LAZY_CAIRO, cairo_set_font_size)
#define cairo_set_line_width              LAZY_CALL(LAZY_CAIRO, cairo_set_line_width)
#define cairo_set_source_rgb              LAZY_CALL(LAZY_CAIRO, cairo_set_source_rgb)
#define cairo_show_text                   LAZY_CALL(LAZY_CAIRO, cairo_show_text)
#define cairo_status                      LAZY_CALL(LAZY_CAIRO, cairo_status)
#define cairo_status_to_string            LAZY_CALL(LAZY_CAIRO, cairo_status_to_string)
#define cairo_stroke                      LAZY_CALL(LAZY_CAIRO, cairo_stroke)
#define cairo_surface_destroy             LAZY_CALL(LAZY_CAIRO, cairo_surface_destroy)
#define cairo_surface_finish              LAZY_CALL(LAZY_CAIRO, cairo_surface_finish)
#define cairo_surface_flush               LAZY_CALL(LAZY_CAIRO, cairo_surface_flush)
#define cairo_surface_status              LAZY_CALL(LAZY_CAIRO, cairo_surface_status)
#define cairo_surface_write_to_png_stream LAZY_CALL(LAZY_CAIRO, cairo_surface_write_to_png_stream)
#define cairo_svg_surface_create_for_stream                                                        \
	LAZY_CALL(LAZY_CAIRO, cairo_svg_surface_create_for_stream)
#define cairo_text_extents LAZY_CALL(LAZY_CAIRO, cairo_text_extents)
#endif

#endif
