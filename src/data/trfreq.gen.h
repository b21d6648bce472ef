/* Generated from Unicode 17.0.0 by gen/gen_trfreq.py — do not edit.
 * Regenerate with `make regen`; `make regen-check` verifies it. */
#ifndef US_TRFREQ_GEN_H
#define US_TRFREQ_GEN_H
#include <stdint.h>

/* Turkish word frequencies: 7257 forms writing i or ı, of 106215 words of the
 * Turkish translations in 28 gettext catalogs of the Debian packages
 * git, binutils-common, make, dpkg, apt, libapt-pkg6.0, gettext,
 * gettext-base, grep, sed, tar, diffutils, findutils, login, postgresql-15,
 * postgresql-client-15, libc-l10n, xz-utils.
 * Entry: high 28 bits of the form's hash, low 4 bits 1 + floor(log2(count)).
 * See gen/gen_trfreq.py. */

#define US_TRFREQ_KIND 4
#define US_TRFREQ_N 7257
extern const uint32_t us_trfreq[7257];

#endif
