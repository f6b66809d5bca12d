/*
 * cores: how many threads partnermap runs its parallel work on (util/pool:
 * the betweenness and closeness search, advise's searches).
 */
#ifndef PARTNERMAP_UTIL_CORES_H
#define PARTNERMAP_UTIL_CORES_H

enum { CORES_MAX = 256 };

/* PARTNERMAP_THREADS when it is a positive number (at most CORES_MAX),
 * else the processors this process may run on; at least 1. */
int cores(void);

#endif
