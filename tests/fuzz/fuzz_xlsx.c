/*
 * libFuzzer harness: the workbook reader (load_file on a .xlsx) on any
 * bytes, written to a temporary file first since the reader takes a path.
 * Run by `make fuzz`.
 */
#include "study/dataset.h"
#include "load/load.h"

#include <igraph.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char path[] = "/tmp/partnermap-fuzz-XXXXXX.xlsx";
	int fd = mkstemps(path, 5);
	struct dataset *ds = NULL;
	struct diags d = {0};

	if (fd < 0)
		return 0;
	if (write(fd, data, size) == (ssize_t)size) {
		load_file(path, false, &ds, &d);
		dataset_free(ds);
		diags_release(&d);
	}
	close(fd);
	unlink(path);
	return 0;
}
