/* UTS #39 internals shared by the files of src/uts39: growable code point vectors,
 * argument checks, the skeleton on code point arrays, augmented script sets
 * and a one-pass analysis of a string, the bidi layout used by the bidi
 * skeleton. Everything here is hidden (not part of the library ABI). */
#ifndef US_UTS39_H
#define US_UTS39_H

#include <stddef.h>
#include <stdint.h>

#include "unspoof.h"

/* Every allocation of this module goes through these. Tests make them
 * fail to check that each failure gives UNSPOOF_E_NOMEM: while the
 * thread-local us_uts39_fail_countdown is non-zero, each call decrements
 * it, and the call that brings it to 0 returns NULL. It is 0 (never fail)
 * unless a test sets it, and only the setting thread is affected. */
extern _Thread_local unsigned long us_uts39_fail_countdown;
void *us_uts39_malloc(size_t size);
void *us_uts39_calloc(size_t n, size_t size);
void *us_uts39_realloc(void *p, size_t size);

/* A code point vector that starts in a caller-provided (stack) buffer and
 * moves to the heap when it grows beyond it. */
typedef struct us_cpvec {
	uint32_t *p;
	size_t n, cap;
	int heap;
} us_cpvec;

void us_cpvec_init(us_cpvec *v, uint32_t *stack, size_t stack_cap);
/* Makes room for `need` code points in total; UNSPOOF_E_NOMEM or OK. */
int us_cpvec_reserve(us_cpvec *v, size_t need);
int us_cpvec_push(us_cpvec *v, uint32_t cp);
void us_cpvec_free(us_cpvec *v);

/* UNSPOOF_E_INVALID_ARG if flags has a bit outside `allowed` or both
 * INVALID flags, else OK. */
int us_check_flags(unsigned flags, unsigned allowed);

/* Decodes s[0..len) into v (appending). Ill-formed subparts become U+FFFD
 * if flags has an INVALID flag, else the call stops with UNSPOOF_E_UTF8 and
 * *err_off (if not NULL) = offset of the first ill-formed byte. */
int us_decode_all(const char *s, size_t len, unsigned flags, us_cpvec *v, size_t *err_off);

/* skeleton(X) of UTS #39 for the code points in[0..n) (all <= 0x10FFFF):
 * replaces out's contents. */
int us_skeleton_cps(const uint32_t *in, size_t n, us_cpvec *out);

/* unspoof_skeleton() without its fast path (the tables of one-character
 * skeletons): the definition applied to the whole text. For tests. */
int us_skeleton_general(const char *src, size_t len, char *dst, size_t dst_cap,
                        size_t *out_len, unsigned flags);

/* NFD of in[0..n) into out (replacing its contents). */
int us_nfd_cps(const uint32_t *in, size_t n, us_cpvec *out);

/* The augmented script set of cp (§5.1): Script_Extensions plus Hanb/Jpan/
 * Kore, or all bits for Common/Inherited. */
void us_augmented_scripts(uint32_t cp, unspoof_script_set *out);

#define US_MAX_ZEROS 160

/* One pass over a string, gathering everything the §5 checks need. */
struct us_analysis {
	int all_ascii;
	int all_allowed;          /* every character Identifier_Status=Allowed */
	size_t first_not_allowed; /* offset, or len */
	size_t first_ignorable;   /* first Default_Ignorable/Bidi_Control, or len */
	unspoof_script_set resolved;
	unspoof_script_set resolved_no_latin;
	size_t ndigit_systems;
	uint32_t digit_zeros[US_MAX_ZEROS]; /* more than Unicode has */
	int hidden_overlay;       /* ICU's findHiddenOverlay() found one */
};
/* Returns OK, UNSPOOF_E_UTF8 (with *err_off) or an argument error. */
int us_analyze(const char *s, size_t len, unsigned flags, struct us_analysis *a,
               size_t *err_off);
/* The restriction level from an analysis (any_chars: skip step 1). */
int us_level_of(const struct us_analysis *a, int any_chars);

/* Bidi layout (UAX #9) of the paragraph cps[0..n) with base level
 * para_level (0 or 1), producing the visual order with rule L3 (marks kept
 * after their base) and L4 (mirroring) applied; out is replaced. */
int us_bidi_visual(const uint32_t *cps, size_t n, int para_level, us_cpvec *out);

/* 1 if cp is Soft_Dotted. */
int us_is_soft_dotted(uint32_t cp);

#endif
