/* pngdpi: a pHYs chunk after IHDR, its CRC from zlib. */
#include "io/pngdpi.h"
#include "i18n/msg.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

static uint32_t get32(const unsigned char *p)
{
	return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}

static void put32(unsigned char *p, uint32_t v)
{
	p[0] = (unsigned char)(v >> 24);
	p[1] = (unsigned char)(v >> 16);
	p[2] = (unsigned char)(v >> 8);
	p[3] = (unsigned char)v;
}

/* The text of the tEXt chunk: keyword, NUL, text. */
#define MARK "Software\0partnermap"
enum { MARK_LEN = sizeof(MARK) - 1 };

int png_set_dpi(char **data, size_t *len, double dpi)
{
	static const unsigned char signature[8] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
	const unsigned char *in = (const unsigned char *)*data;
	size_t n = *len, at = 8, ihdr_end = 0;

	if (n < 33 || memcmp(in, signature, 8) || memcmp(in + 12, "IHDR", 4))
		return -1;
	unsigned char *out = xmalloc(n + 21 + 12 + MARK_LEN);
	size_t o = 0;
	memcpy(out, in, 8);
	o = 8;
	/* Copy every chunk but an old pHYs; the new one follows IHDR, and
	 * partnermap's mark follows that. */
	while (at + 12 <= n) {
		uint32_t size = get32(in + at);
		if (size > n - at - 12) {
			free(out);
			return -1;
		}
		size_t chunk = 12 + (size_t)size;
		if (memcmp(in + at + 4, "pHYs", 4)) {
			memcpy(out + o, in + at, chunk);
			o += chunk;
		}
		at += chunk;
		if (!ihdr_end) {
			unsigned char *p = out + o;
			uint32_t per_metre = (uint32_t)lround(dpi / 0.0254);
			ihdr_end = o;
			put32(p, 9);
			memcpy(p + 4, "pHYs", 4);
			put32(p + 8, per_metre);
			put32(p + 12, per_metre);
			p[16] = 1; /* the unit is the metre */
			put32(p + 17, (uint32_t)crc32(0, p + 4, 13));
			o += 21;
			p = out + o;
			put32(p, MARK_LEN);
			memcpy(p + 4, "tEXt" MARK, 4 + MARK_LEN);
			put32(p + 8 + MARK_LEN, (uint32_t)crc32(0, p + 4, 4 + MARK_LEN));
			o += 12 + MARK_LEN;
		}
	}
	free(*data);
	*data = (char *)out;
	*len = o;
	return 0;
}
