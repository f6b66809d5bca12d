/*
 * version: partnermap's version, as --version prints it and as the files
 * it writes name their creator.
 */
#ifndef PARTNERMAP_UTIL_VERSION_H
#define PARTNERMAP_UTIL_VERSION_H

#define PARTNERMAP_VERSION "1.0.0"

#endif
