/*
 * libFuzzer harness: the reader of a folder of CSV files (load_file on a
 * folder). The input holds the files one after another, each after a line
 * "==> NAME <==" (as tail(1) prints them); the files are written to a
 * temporary folder first since the reader takes a path. Run by `make fuzz`.
 */
#include "study/dataset.h"
#include "load/load.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Writes the file that starts after the header at *P; moves *P past it. */
static void write_one(const char *dir, const char **p, const char *end)
{
	const char *name = *p + 4, *close = memchr(name, '<', (size_t)(end - name));
	char path[512];
	size_t n = 0;

	if (!close) {
		*p = end;
		return;
	}
	const char *body = memchr(close, '\n', (size_t)(end - close));
	body = body ? body + 1 : end;
	const char *next = body;
	while (next < end &&
	       !(next + 4 <= end && !memcmp(next, "==> ", 4) && (next == body || next[-1] == '\n')))
		next++;
	int len = snprintf(path, sizeof(path), "%s/", dir);
	for (const char *c = name; c < close && n < 64; c++, n++)
		if ((*c >= 'a' && *c <= 'z') || (*c >= 'A' && *c <= 'Z') ||
		    (*c >= '0' && *c <= '9') || *c == '.' || *c == '_' || *c == '-')
			path[len++] = *c;
	path[len] = '\0';
	if (n && path[len - 1] != '/') {
		FILE *f = fopen(path, "wb");
		if (f) {
			fwrite(body, 1, (size_t)(next - body), f);
			fclose(f);
		}
	}
	*p = next;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char dir[] = "/tmp/partnermap-fuzz-csv-XXXXXX";
	const char *p = (const char *)data, *end = p + size;
	struct dataset *ds = NULL;
	struct diags d = {0};
	char cmd[64];

	if (!mkdtemp(dir))
		return 0;
	while (p < end) {
		if (end - p >= 4 && !memcmp(p, "==> ", 4))
			write_one(dir, &p, end);
		else
			p++;
	}
	load_file(dir, false, &ds, &d);
	dataset_free(ds);
	diags_release(&d);
	snprintf(cmd, sizeof(cmd), "rm -rf %s", dir);
	if (system(cmd))
		return 0;
	return 0;
}
