/* Generated from Unicode 17.0.0 by gen/gen_trfreq.py — do not edit.
 * Regenerate with `make regen`; `make regen-check` verifies it. */
#ifndef US_TRFREQ_GEN_H
#define US_TRFREQ_GEN_H
#include <stdint.h>

/* Turkish word frequencies: 6788 forms writing i or ı, of 97688 words of the
 * Turkish translations in 26 gettext catalogs of the Debian packages
 * git, binutils-common, make, dpkg, apt, libapt-pkg6.0, gettext,
 * gettext-base, grep, sed, tar, diffutils, findutils, login, postgresql-15,
 * postgresql-client-15.
 * Entry: high 28 bits of the form's hash, low 4 bits 1 + floor(log2(count)).
 * See gen/gen_trfreq.py. */

#define US_TRFREQ_KIND 4
#define US_TRFREQ_N 6788
extern const uint32_t us_trfreq[6788];

#endif
