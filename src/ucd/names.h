/* Character names: internal interface (the public one is unspoof_char_name()
 * in unspoof.h). The tables come from gen/gen_names.py. */
#ifndef US_UCD_NAMES_H
#define US_UCD_NAMES_H

#include <stddef.h>
#include <stdint.h>

/* Writes the Name of cp (cp <= 0x10FFFF, not checked) into buf, which must
 * have room for UNSPOOF_NAME_MAX bytes, and returns its length (0 for a code
 * point without a name). With UNSPOOF_NAME_LABEL in flags an unnamed code
 * point gets its control alias or "<kind-XXXX>" label instead. Other flag
 * bits are ignored. No NUL is written. Never fails, never allocates. */
size_t us_char_name(uint32_t cp, unsigned flags, char *buf);

/* The size in bytes of the name tables built into the library. */
size_t us_names_table_bytes(void);

#endif
