/* ICU's spoof checker as a benchmark peer: see icu_peer.h. */
#include "icu_peer.h"

#include <stdio.h>
#include <unicode/uspoof.h>
#include <unicode/uversion.h>

static USpoofChecker *sc;
static USpoofCheckResult *res;

int icu_peer_open(void)
{
	UErrorCode e = U_ZERO_ERROR;
	sc = uspoof_open(&e);
	if (U_SUCCESS(e))
		res = uspoof_openCheckResult(&e);
	if (U_FAILURE(e)) {
		fprintf(stderr, "bench: ICU uspoof_open: %s\n", u_errorName(e));
		return -1;
	}
	return 0;
}

void icu_peer_close(void)
{
	uspoof_closeCheckResult(res);
	uspoof_close(sc);
}

long icu_peer_skeleton(const char *s, size_t len, char *dst, size_t cap)
{
	UErrorCode e = U_ZERO_ERROR;
	int32_t n = uspoof_getSkeletonUTF8(sc, 0, s, (int32_t)len, dst, (int32_t)cap, &e);
	return U_FAILURE(e) ? -1 : (long)n;
}

long icu_peer_check(const char *s, size_t len)
{
	UErrorCode e = U_ZERO_ERROR;
	int32_t r = uspoof_check2UTF8(sc, s, (int32_t)len, res, &e);
	return U_FAILURE(e) ? -1 : (long)r;
}

const char *icu_peer_version(void)
{
	static char v[32] = "ICU ";
	UVersionInfo info;
	u_getVersion(info);
	u_versionToString(info, v + 4);
	return v;
}
