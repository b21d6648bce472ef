/* ICU's spoof checker as a benchmark peer (bench/icu_peer.c). */
#ifndef BENCH_ICU_PEER_H
#define BENCH_ICU_PEER_H

#include <stddef.h>

/* Opens the checker with ICU's defaults. Returns 0, or -1 after printing
 * ICU's error to stderr. */
int icu_peer_open(void);
void icu_peer_close(void);
/* uspoof_getSkeletonUTF8(): returns the skeleton's length, -1 on error. */
long icu_peer_skeleton(const char *s, size_t len, char *dst, size_t cap);
/* uspoof_check2UTF8() with a check result: returns the check bits, -1 on
 * error. */
long icu_peer_check(const char *s, size_t len);
/* "ICU 72.1" */
const char *icu_peer_version(void);

#endif
