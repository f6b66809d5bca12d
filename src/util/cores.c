/* cores: how many threads to run (cores.h). */
#include "util/cores.h"

#include <sched.h>
#include <stdlib.h>

int cores(void)
{
	const char *env = getenv("PARTNERMAP_THREADS");
	cpu_set_t set;

	if (env && *env) {
		char *end;
		long t = strtol(env, &end, 10);
		if (!*end && t > 0)
			return t < CORES_MAX ? (int)t : CORES_MAX;
	}
	if (sched_getaffinity(0, sizeof(set), &set) == 0 && CPU_COUNT(&set) > 0)
		return CPU_COUNT(&set) < CORES_MAX ? CPU_COUNT(&set) : CORES_MAX;
	return 1;
}
