/* utf8: strict decoding and display widths (utf8.h). */
#include "util/utf8.h"

#include <utf8proc.h>

/* The range of the second byte after each lead byte that starts a valid
 * sequence, which rules out overlong forms, surrogates and code points
 * above U+10FFFF at the second byte (RFC 3629, section 4). */
static bool second_ok(unsigned char lead, unsigned char c)
{
	if (lead == 0xE0)
		return c >= 0xA0 && c <= 0xBF;
	if (lead == 0xED)
		return c >= 0x80 && c <= 0x9F;
	if (lead == 0xF0)
		return c >= 0x90 && c <= 0xBF;
	if (lead == 0xF4)
		return c >= 0x80 && c <= 0x8F;
	return (c & 0xC0) == 0x80;
}

int utf8_decode(const char *s, size_t len, uint32_t *cp)
{
	const unsigned char *p = (const unsigned char *)s;
	unsigned char lead = p[0];
	int n;
	uint32_t value;

	if (lead < 0x80) {
		if (cp)
			*cp = lead;
		return 1;
	}
	if (lead >= 0xC2 && lead <= 0xDF)
		n = 2, value = lead & 0x1Fu;
	else if (lead >= 0xE0 && lead <= 0xEF)
		n = 3, value = lead & 0x0Fu;
	else if (lead >= 0xF0 && lead <= 0xF4)
		n = 4, value = lead & 0x07u;
	else
		return -1;
	for (int i = 1; i < n; i++) {
		if ((size_t)i >= len)
			return 0;
		if (i == 1 ? !second_ok(lead, p[1]) : (p[i] & 0xC0) != 0x80)
			return -1;
		value = (value << 6) | (p[i] & 0x3Fu);
	}
	if (cp)
		*cp = value;
	return n;
}

size_t utf8_encode(uint32_t cp, char out[4])
{
	if (cp < 0x80) {
		out[0] = (char)cp;
		return 1;
	}
	if (cp < 0x800) {
		out[0] = (char)(0xC0 | (cp >> 6));
		out[1] = (char)(0x80 | (cp & 0x3F));
		return 2;
	}
	if (cp >= 0xD800 && cp <= 0xDFFF)
		return 0;
	if (cp < 0x10000) {
		out[0] = (char)(0xE0 | (cp >> 12));
		out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
		out[2] = (char)(0x80 | (cp & 0x3F));
		return 3;
	}
	if (cp <= 0x10FFFF) {
		out[0] = (char)(0xF0 | (cp >> 18));
		out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
		out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
		out[3] = (char)(0x80 | (cp & 0x3F));
		return 4;
	}
	return 0;
}

bool utf8_valid(const char *s, size_t len)
{
	for (size_t i = 0; i < len;) {
		int n = utf8_decode(s + i, len - i, NULL);
		if (n <= 0)
			return false;
		i += (size_t)n;
	}
	return true;
}

/* The character at the string S: its length in bytes (1 for a byte that
 * is not UTF-8) and, in *COLS, the columns it takes. */
static size_t step(const char *s, size_t *cols)
{
	uint32_t cp = 0xFFFD; /* a byte that is not UTF-8 shows as this */
	int n = utf8_decode(s, 4, &cp);
	int w;

	if (n <= 0)
		n = 1;
	w = utf8proc_charwidth((utf8proc_int32_t)cp);
	*cols = w > 0 ? (size_t)w : 0;
	return (size_t)n;
}

size_t utf8_chars(const char *s)
{
	size_t n = 0, cols;

	/* A string ends at its NUL, so reading up to 4 bytes stops there: no
	 * continuation byte is NUL. */
	for (; *s; n++)
		s += step(s, &cols);
	return n;
}

size_t utf8_skip(const char *s, size_t n)
{
	const char *p = s;
	size_t cols;

	for (; *p && n; n--)
		p += step(p, &cols);
	return (size_t)(p - s);
}

size_t utf8_width(const char *s)
{
	size_t w = 0, cols;

	while (*s) {
		s += step(s, &cols);
		w += cols;
	}
	return w;
}

size_t utf8_fit(const char *s, size_t width)
{
	const char *p = s;
	size_t w = 0, cols;

	while (*p) {
		size_t n = step(p, &cols);
		if (w + cols > width)
			break;
		w += cols;
		p += n;
	}
	return (size_t)(p - s);
}
