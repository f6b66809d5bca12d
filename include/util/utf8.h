/*
 * utf8: the one set of UTF-8 helpers. Strict (RFC 3629): an overlong form,
 * a surrogate (U+D800 to U+DFFF), a code point above U+10FFFF, a lead byte
 * C0, C1 or F5 to FF and a missing continuation byte are not UTF-8.
 *
 * Widths are what a terminal shows (utf8proc's, from Unicode's East Asian
 * Width and general category): a wide character such as 語 takes two
 * columns, a combining mark (the accent of a decomposed é) none, any other
 * character one. A byte that is not UTF-8 counts as one column, as a
 * terminal shows it as one replacement character.
 */
#ifndef PARTNERMAP_UTIL_UTF8_H
#define PARTNERMAP_UTIL_UTF8_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Decodes the character at S, of which LEN bytes (LEN >= 1) may be read:
 * returns its length, 1 to 4, and sets *CP (when CP is not NULL) to its
 * code point; 0 when LEN cuts off what is so far a valid character (the
 * rest may follow in the next buffer); -1 when the bytes at S are not
 * UTF-8, *CP then left as it was. A NUL byte is the character U+0000. */
int utf8_decode(const char *s, size_t len, uint32_t *cp);

/* Writes the code point CP (at most U+10FFFF, not a surrogate) to OUT as
 * UTF-8 and returns the number of bytes written, 1 to 4; 0, writing
 * nothing, when CP is no character. */
size_t utf8_encode(uint32_t cp, char out[4]);

/* Whether the LEN bytes of S are UTF-8 throughout (NUL bytes included). */
bool utf8_valid(const char *s, size_t len);

/* The number of characters (code points) of the string S; a byte that is
 * not UTF-8 counts as one. */
size_t utf8_chars(const char *s);

/* The number of bytes of the first N characters of S (all of S when it
 * has fewer); never ends inside a character. */
size_t utf8_skip(const char *s, size_t n);

/* The columns the string S takes on a terminal (see above). */
size_t utf8_width(const char *s);

/* The number of bytes of the longest start of S that takes at most WIDTH
 * columns, with the zero-width characters (combining marks) that follow
 * it, so that an accent is never parted from its letter. */
size_t utf8_fit(const char *s, size_t width);

#endif
