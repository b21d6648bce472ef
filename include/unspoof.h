/*
 * unspoof.h — find and undo homoglyph ("lookalike character") obfuscation in
 * text, and Unicode's security mechanisms (UTS #39) for identifiers.
 *
 * This is the one public header of libunspoof. Every exported symbol starts
 * with "unspoof_" (functions, types) or "UNSPOOF_" (macros, enum values).
 *
 * Conventions that hold for every function below unless its comment says
 * otherwise:
 *
 *  - Text is UTF-8, passed as (pointer, length in bytes). It need not be
 *    NUL-terminated and may contain NUL bytes, which are ordinary characters.
 *    A NULL pointer with length 0 is an empty string; a NULL pointer with a
 *    non-zero length is UNSPOOF_E_NULL.
 *  - Functions that can fail return an int: UNSPOOF_OK (0) or a negative
 *    unspoof_status code. unspoof_strerror() turns a code into a sentence.
 *    Codes are stable and never reused.
 *  - Output buffers are owned by the caller. A function writing text takes
 *    (dst, dst_cap, size_t *out_len). It always stores in *out_len the number
 *    of bytes the complete result needs. If dst_cap is too small, it writes
 *    nothing past dst_cap, returns UNSPOOF_E_BUFFER_TOO_SMALL, and the caller
 *    can retry with a buffer of *out_len bytes. dst may be NULL when dst_cap
 *    is 0, to ask for the size only. Output is not NUL-terminated.
 *  - The library never prints, never exits, never aborts. It allocates only
 *    where a function's comment says so, and reports UNSPOOF_E_NOMEM if the
 *    allocation fails.
 *  - All functions are thread-safe: the Unicode tables are read-only, and
 *    functions keep no global state. An object (a checker, a stream) may be
 *    used by one thread at a time unless its comment says otherwise.
 *  - Sizes and offsets are size_t for in-memory buffers and uint64_t where
 *    they count through a stream, so inputs over 4 GiB work on 64-bit hosts.
 */
#ifndef UNSPOOF_H
#define UNSPOOF_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#if defined(_WIN32)
#define UNSPOOF_API
#elif defined(__GNUC__)
#define UNSPOOF_API __attribute__((visibility("default")))
#else
#define UNSPOOF_API
#endif

/* ------------------------------------------------------------------------ */
/* Versions                                                                  */
/* ------------------------------------------------------------------------ */

#define UNSPOOF_VERSION_MAJOR 0
#define UNSPOOF_VERSION_MINOR 1
#define UNSPOOF_VERSION_PATCH 0
#define UNSPOOF_VERSION_STRING "0.1.0"
/* MAJOR*10000 + MINOR*100 + PATCH, for compile-time comparisons. */
#define UNSPOOF_VERSION_NUMBER \
	(UNSPOOF_VERSION_MAJOR * 10000 + UNSPOOF_VERSION_MINOR * 100 + UNSPOOF_VERSION_PATCH)

/* The library's version as "MAJOR.MINOR.PATCH", a static string. Compare
 * with UNSPOOF_VERSION_STRING to detect a header/library mismatch. */
UNSPOOF_API const char *unspoof_version(void);
/* The same as a number, the runtime twin of UNSPOOF_VERSION_NUMBER. */
UNSPOOF_API int unspoof_version_number(void);
/* The Unicode version the built-in tables were generated from, e.g. "17.0.0",
 * a static string. */
UNSPOOF_API const char *unspoof_unicode_version(void);

/* ------------------------------------------------------------------------ */
/* Errors                                                                    */
/* ------------------------------------------------------------------------ */

typedef enum unspoof_status {
	UNSPOOF_OK = 0,
	/* A required pointer argument was NULL. */
	UNSPOOF_E_NULL = -1,
	/* The output buffer is too small; *out_len holds the size needed. */
	UNSPOOF_E_BUFFER_TOO_SMALL = -2,
	/* The input is not well-formed UTF-8 and the call was asked to be
	 * strict. The function's comment says where the offset is reported. */
	UNSPOOF_E_UTF8 = -3,
	/* Memory allocation failed. Nothing was leaked. */
	UNSPOOF_E_NOMEM = -4,
	/* An argument is out of its documented range (unknown enum value,
	 * unknown flag bit, code point above U+10FFFF, ...). */
	UNSPOOF_E_INVALID_ARG = -5,
	/* A size computation would overflow size_t. */
	UNSPOOF_E_OVERFLOW = -6,
	/* An object was used in a state that does not allow the call (e.g.
	 * feeding a stream after it was finished). */
	UNSPOOF_E_STATE = -7,
	/* A caller's callback returned non-zero and the operation stopped. */
	UNSPOOF_E_ABORTED = -8
} unspoof_status;

/* A short English sentence describing the status code, a static string.
 * Unknown codes give "unknown error". Never returns NULL. */
UNSPOOF_API const char *unspoof_strerror(int status);

/* ------------------------------------------------------------------------ */
/* UTF-8                                                                     */
/* ------------------------------------------------------------------------ */

/* The library accepts exactly the well-formed UTF-8 of Unicode §3.9 (Table
 * 3-7): no overlong forms, no surrogates U+D800..U+DFFF (so no CESU-8 or
 * "modified UTF-8"), nothing above U+10FFFF, and never the bytes C0, C1 or
 * F5..FF.
 *
 * Ill-formed input is measured in "maximal subparts" (Unicode §3.9, D93b and
 * Table 3-8): at a position where decoding fails, the error is the longest
 * run of bytes that is still the beginning of some well-formed sequence, or
 * one byte if there is none. Example: 61 F1 80 80 E1 80 C2 62 80 63 80 BF 64
 * holds 6 errors: F1 80 80 | E1 80 | C2 | 80 | 80 | BF. Replacing each
 * error with U+FFFD gives what the W3C Encoding Standard (and so every
 * browser) produces. The functions below all use this same segmentation. */

/* Not a code point: stored by unspoof_utf8_decode() for ill-formed input. */
#define UNSPOOF_CP_INVALID 0xFFFFFFFFu

/* Decodes the code point at the start of s[0..len).
 *
 * Returns the number of bytes consumed, 1..4, and stores the code point in
 * *cp. If s starts with an ill-formed sequence, stores UNSPOOF_CP_INVALID in
 * *cp and returns the length of its maximal subpart, 1..3, so that a loop
 * `s += n; len -= n;` resumes at the next possible code point (E0 80 is two
 * errors of 1 byte; F0 9F 98 followed by "A" is one error of 3 bytes, then
 * "A"; F0 9F 98 at the end of input is one error of 3 bytes).
 *
 * Returns 0 only when len is 0, s is NULL or cp is NULL; then *cp, if cp is
 * not NULL, is set to UNSPOOF_CP_INVALID. Reads at most the bytes consumed
 * plus one, never past s[len-1]. Thread-safe. */
UNSPOOF_API size_t unspoof_utf8_decode(const char *s, size_t len, uint32_t *cp);

/* Encodes code point cp as UTF-8 into out, which must have room for 4 bytes
 * (the longest encoding); no NUL is appended.
 *
 * Returns the number of bytes written, 1..4, or 0 (writing nothing) if cp is
 * a surrogate (U+D800..U+DFFF) or above U+10FFFF. If out is NULL, writes
 * nothing and returns the length the encoding needs (still 0 for an invalid
 * cp). Thread-safe. */
UNSPOOF_API size_t unspoof_utf8_encode(uint32_t cp, char out[4]);

/* Checks that s[0..len) is well-formed UTF-8.
 *
 * Returns UNSPOOF_OK, or UNSPOOF_E_UTF8 if it is not; then *error_offset
 * holds the byte offset of the first ill-formed maximal subpart, which is
 * also the length of the longest well-formed prefix. On success
 * *error_offset is set to len. error_offset may be NULL. Returns
 * UNSPOOF_E_NULL (leaving *error_offset alone) if s is NULL and len is not
 * 0. Linear time, vectorised on x86 (SSE2/AVX2) for ASCII runs; reads only
 * s[0..len). Thread-safe. */
UNSPOOF_API int unspoof_utf8_validate(const char *s, size_t len, size_t *error_offset);

/* Lists the ill-formed parts of s[0..len).
 *
 * Returns the total number of ill-formed maximal subparts in s (0 means s is
 * well-formed), and stores the byte offset and length (1..3) of the first
 * min(total, cap) of them, in order, in offsets[] and lengths[]. Each array
 * must have room for cap elements; either may be NULL to skip it (both may
 * be NULL when cap is 0, to count only). Call again with cap >= the result
 * to get all of them. If s is NULL the input is taken as empty and 0 is
 * returned (there is no error channel; use unspoof_utf8_validate() to tell
 * a NULL from valid text). Linear time. Thread-safe. */
UNSPOOF_API size_t unspoof_utf8_errors(const char *s, size_t len, size_t *offsets,
                                       size_t *lengths, size_t cap);

/* Counts the code points in s[0..len), counting each ill-formed maximal
 * subpart as one: the number of characters a decoder that replaces errors
 * with U+FFFD would produce, and the number of unspoof_utf8_decode() calls
 * needed to walk s. Returns 0 if s is NULL. Linear time. Thread-safe. */
UNSPOOF_API size_t unspoof_utf8_count(const char *s, size_t len);

/* @@UTF8@@ (UTF-8 section goes above this line) */

/* ------------------------------------------------------------------------ */
/* Character properties                                                      */
/* ------------------------------------------------------------------------ */

/* General_Category values. The order is fixed (values never change). */
typedef enum unspoof_gc {
	UNSPOOF_GC_Cn, UNSPOOF_GC_Lu, UNSPOOF_GC_Ll, UNSPOOF_GC_Lt, UNSPOOF_GC_Lm,
	UNSPOOF_GC_Lo, UNSPOOF_GC_Mn, UNSPOOF_GC_Mc, UNSPOOF_GC_Me, UNSPOOF_GC_Nd,
	UNSPOOF_GC_Nl, UNSPOOF_GC_No, UNSPOOF_GC_Pc, UNSPOOF_GC_Pd, UNSPOOF_GC_Ps,
	UNSPOOF_GC_Pe, UNSPOOF_GC_Pi, UNSPOOF_GC_Pf, UNSPOOF_GC_Po, UNSPOOF_GC_Sm,
	UNSPOOF_GC_Sc, UNSPOOF_GC_Sk, UNSPOOF_GC_So, UNSPOOF_GC_Zs, UNSPOOF_GC_Zl,
	UNSPOOF_GC_Zp, UNSPOOF_GC_Cc, UNSPOOF_GC_Cf, UNSPOOF_GC_Cs, UNSPOOF_GC_Co
} unspoof_gc;

/* Bidi_Class values. The order is fixed. */
typedef enum unspoof_bidi_class {
	UNSPOOF_BC_L, UNSPOOF_BC_R, UNSPOOF_BC_AL, UNSPOOF_BC_EN, UNSPOOF_BC_ES,
	UNSPOOF_BC_ET, UNSPOOF_BC_AN, UNSPOOF_BC_CS, UNSPOOF_BC_NSM, UNSPOOF_BC_BN,
	UNSPOOF_BC_B, UNSPOOF_BC_S, UNSPOOF_BC_WS, UNSPOOF_BC_ON, UNSPOOF_BC_LRE,
	UNSPOOF_BC_LRO, UNSPOOF_BC_RLE, UNSPOOF_BC_RLO, UNSPOOF_BC_PDF,
	UNSPOOF_BC_LRI, UNSPOOF_BC_RLI, UNSPOOF_BC_FSI, UNSPOOF_BC_PDI
} unspoof_bidi_class;

/* Identifier_Type values of UTS #39 §3.1, as bits of a set. */
#define UNSPOOF_IDTYPE_NOT_CHARACTER     0x001u
#define UNSPOOF_IDTYPE_DEPRECATED        0x002u
#define UNSPOOF_IDTYPE_DEFAULT_IGNORABLE 0x004u
#define UNSPOOF_IDTYPE_NOT_NFKC          0x008u
#define UNSPOOF_IDTYPE_NOT_XID           0x010u
#define UNSPOOF_IDTYPE_EXCLUSION         0x020u
#define UNSPOOF_IDTYPE_OBSOLETE          0x040u
#define UNSPOOF_IDTYPE_TECHNICAL         0x080u
#define UNSPOOF_IDTYPE_UNCOMMON_USE      0x100u
#define UNSPOOF_IDTYPE_LIMITED_USE       0x200u
#define UNSPOOF_IDTYPE_INCLUSION         0x400u
#define UNSPOOF_IDTYPE_RECOMMENDED       0x800u

/* Binary properties, as bits of unspoof_char_info.flags. */
#define UNSPOOF_PROP_DEFAULT_IGNORABLE     0x0001u /* Default_Ignorable_Code_Point */
#define UNSPOOF_PROP_BIDI_CONTROL          0x0002u
#define UNSPOOF_PROP_WHITE_SPACE           0x0004u
#define UNSPOOF_PROP_JOIN_CONTROL          0x0008u
#define UNSPOOF_PROP_ALPHABETIC            0x0010u
#define UNSPOOF_PROP_LOWERCASE             0x0020u
#define UNSPOOF_PROP_UPPERCASE             0x0040u
#define UNSPOOF_PROP_XID_START             0x0080u
#define UNSPOOF_PROP_XID_CONTINUE          0x0100u
#define UNSPOOF_PROP_VARIATION_SELECTOR    0x0200u
#define UNSPOOF_PROP_REGIONAL_INDICATOR    0x0400u
#define UNSPOOF_PROP_EXTENDED_PICTOGRAPHIC 0x0800u
#define UNSPOOF_PROP_EMOJI_COMPONENT       0x1000u
#define UNSPOOF_PROP_NONCHARACTER          0x2000u
#define UNSPOOF_PROP_MATH                  0x4000u
#define UNSPOOF_PROP_DIACRITIC             0x8000u

/* The properties of one code point, filled by unspoof_char_info_get(). */
typedef struct unspoof_char_info {
	int general_category;      /* unspoof_gc */
	int bidi_class;            /* unspoof_bidi_class */
	int script;                /* Script, an index: see unspoof_script_code() */
	int ccc;                   /* Canonical_Combining_Class, 0..254 */
	int decimal_digit;         /* 0..9 for General_Category Nd, else -1 */
	int identifier_allowed;    /* Identifier_Status: 1 Allowed, 0 Restricted */
	unsigned identifier_type;  /* set of UNSPOOF_IDTYPE_* bits */
	unsigned flags;            /* set of UNSPOOF_PROP_* bits */
	uint32_t simple_lowercase; /* Simple_Lowercase_Mapping (cp itself if none) */
	uint32_t simple_uppercase; /* Simple_Uppercase_Mapping */
	uint32_t simple_titlecase; /* Simple_Titlecase_Mapping */
	uint32_t simple_casefold;  /* Simple_Case_Folding (CaseFolding.txt C+S) */
} unspoof_char_info;

/* Fills *info with the properties of code point cp. Returns UNSPOOF_OK,
 * UNSPOOF_E_NULL if info is NULL, UNSPOOF_E_INVALID_ARG if cp > 0x10FFFF.
 * Constant time, no allocation. */
UNSPOOF_API int unspoof_char_info_get(uint32_t cp, unspoof_char_info *info);

/* A set of scripts (bit i = script index i), as used for Script_Extensions
 * and UTS #39 resolved script sets. Indices are below 256. */
typedef struct unspoof_script_set {
	uint64_t bits[4];
} unspoof_script_set;

/* Number of script indices (real scripts, then the augmented sets Hanb,
 * Jpan and Kore of UTS #39). Script indices depend on the Unicode version of
 * the tables: identify scripts by their ISO 15924 code across versions. */
UNSPOOF_API int unspoof_script_count(void);
/* ISO 15924 code of a script index ("Latn", "Cyrl", "Zyyy" for Common,
 * "Zinh" for Inherited, "Zzzz" for Unknown), or NULL if out of range. */
UNSPOOF_API const char *unspoof_script_code(int script);
/* Long property value name ("Latin", "Cyrillic"), or NULL if out of range. */
UNSPOOF_API const char *unspoof_script_name(int script);
/* The index of a script given its ISO 15924 code or long name (ASCII,
 * case-insensitive), or -1 if unknown or name is NULL. */
UNSPOOF_API int unspoof_script_from_name(const char *name);
/* Script_Extensions of cp into *out. UNSPOOF_E_NULL, UNSPOOF_E_INVALID_ARG
 * (cp > 0x10FFFF) or UNSPOOF_OK. */
UNSPOOF_API int unspoof_script_extensions(uint32_t cp, unspoof_script_set *out);
/* Short name of a General_Category value ("Lu"), NULL if out of range. */
UNSPOOF_API const char *unspoof_gc_code(int gc);

/* The confusables.txt prototype of one code point (the mapping that
 * skeleton() applies): writes up to cap code points to dst and stores the
 * prototype's length in *out_len (1 and cp itself when cp has no mapping).
 * Returns UNSPOOF_OK, UNSPOOF_E_BUFFER_TOO_SMALL (cap < *out_len; nothing
 * written), UNSPOOF_E_NULL or UNSPOOF_E_INVALID_ARG. Prototypes are at most
 * UNSPOOF_PROTOTYPE_MAX code points. */
#define UNSPOOF_PROTOTYPE_MAX 32
UNSPOOF_API int unspoof_confusable_prototype(uint32_t cp, uint32_t *dst, size_t cap,
                                             size_t *out_len);

/* @@PROPS@@ (character properties section goes above this line) */

/* ------------------------------------------------------------------------ */
/* Character names                                                           */
/* ------------------------------------------------------------------------ */

/* Flag for unspoof_char_name(): a code point that has no Name gets the best
 * human-readable label instead of an empty result:
 *  - a control character (gc=Cc) its first alias of type "control" in
 *    NameAliases.txt, e.g. U+0009 -> "CHARACTER TABULATION", U+000A ->
 *    "LINE FEED", U+0085 -> "NEXT LINE";
 *  - otherwise its code point label (Unicode §4.8, "Code Point Labels"):
 *    "<control-0080>" (a control without such an alias), "<surrogate-D800>",
 *    "<private-use-E000>", "<noncharacter-FFFF>" or "<reserved-0378>"
 *    (unassigned). The hex part has at least four digits, as in U+ notation.
 * A code point that has a Name gets its Name whether or not the flag is set. */
#define UNSPOOF_NAME_LABEL 0x1u

/* The longest output of unspoof_char_name() in bytes, over every code point
 * and every flag combination, for the built-in Unicode version (88, from
 * U+1FBA8 BOX DRAWINGS LIGHT DIAGONAL UPPER CENTRE TO MIDDLE LEFT AND MIDDLE
 * RIGHT TO LOWER CENTRE). A buffer of UNSPOOF_NAME_MAX bytes (plus one if the
 * caller wants to add a NUL) never gets UNSPOOF_E_BUFFER_TOO_SMALL. It can
 * grow in a later release that updates the Unicode version. */
#define UNSPOOF_NAME_MAX 88

/* Writes the Unicode Name property of code point cp (e.g. U+043F ->
 * "CYRILLIC SMALL LETTER PE") to dst as upper-case ASCII (letters, digits,
 * space and hyphen), not NUL-terminated, and stores its length in *out_len.
 *
 * Every name is covered: those listed in UnicodeData.txt and the derived ones
 * of Unicode §4.8 (Hangul syllables, e.g. U+AC00 -> "HANGUL SYLLABLE GA";
 * "CJK UNIFIED IDEOGRAPH-4E00", "TANGUT IDEOGRAPH-17000",
 * "CJK COMPATIBILITY IDEOGRAPH-F900", "NUSHU CHARACTER-1B170", ...). Name
 * aliases (corrections) are not applied: the Name property is immutable,
 * misspellings included.
 *
 * A code point without a Name (controls, surrogates, private use,
 * noncharacters, unassigned) gives UNSPOOF_OK with *out_len = 0, unless
 * flags has UNSPOOF_NAME_LABEL (see there). flags is 0 or UNSPOOF_NAME_LABEL.
 *
 * Buffers: as for every function writing text. *out_len always receives the
 * full length needed (at most UNSPOOF_NAME_MAX); dst may be NULL with dst_cap
 * 0 to ask for the length only. If dst_cap is smaller than the result, dst is
 * left untouched and UNSPOOF_E_BUFFER_TOO_SMALL is returned. A buffer of
 * UNSPOOF_NAME_MAX bytes is always large enough.
 *
 * Errors: UNSPOOF_E_NULL if out_len is NULL, or dst is NULL with dst_cap > 0;
 * UNSPOOF_E_INVALID_ARG if cp > 0x10FFFF or flags has an unknown bit (in both
 * cases *out_len, when not NULL, is set to 0 and nothing is written);
 * UNSPOOF_E_BUFFER_TOO_SMALL as above.
 *
 * Cost: no allocation, no global state, thread-safe; a lookup takes well under
 * a microsecond (binary search plus decoding of at most 32 compressed names).
 * The tables take about 200 KB of read-only data. */
UNSPOOF_API int unspoof_char_name(uint32_t cp, unsigned flags, char *dst, size_t dst_cap,
                                  size_t *out_len);

/* @@NAMES@@ (character names section goes above this line) */

/* ------------------------------------------------------------------------ */
/* Normalization (UAX #15) and NFKC_Casefold                                 */
/* ------------------------------------------------------------------------ */

/* How functions that read UTF-8 treat ill-formed input. These flags are
 * shared by every such function of the library; a function taking none of
 * them is strict. "Ill-formed" is judged one maximal subpart at a time
 * (Unicode §3.9, D93b): the longest prefix of a well-formed sequence at the
 * current position, or a single byte if there is none.
 *
 *  - 0 (strict): the call fails with UNSPOOF_E_UTF8 at the first ill-formed
 *    byte. The function's comment says where the offset is reported.
 *  - UNSPOOF_INVALID_KEEP: ill-formed bytes are copied to the output
 *    unchanged (so the output is ill-formed exactly where the input was).
 *  - UNSPOOF_INVALID_REPLACE: each maximal subpart becomes U+FFFD (EF BF BD).
 *
 * Giving both is UNSPOOF_E_INVALID_ARG. */
#define UNSPOOF_INVALID_KEEP 0x1u
#define UNSPOOF_INVALID_REPLACE 0x2u

/* The normalization forms of UAX #15, plus NFKC_Casefold. */
typedef enum unspoof_form {
	UNSPOOF_NFC = 1,  /* canonical decomposition, then canonical composition */
	UNSPOOF_NFD,      /* canonical decomposition */
	UNSPOOF_NFKC,     /* compatibility decomposition, then canonical composition */
	UNSPOOF_NFKD,     /* compatibility decomposition */
	/* toNFKC_Casefold (Unicode §3.13, UAX #31): every character is replaced
	 * by its NFKC_Casefold (NFKC_CF) mapping — NFKC, full case folding and
	 * removal of Default_Ignorable_Code_Points — and the result is put in
	 * NFC. The form used for caseless identifier matching. */
	UNSPOOF_NFKC_CF
} unspoof_form;

/* Normalizes the UTF-8 text src[0..src_len) to `form` and writes it to
 * dst[0..dst_cap).
 *
 * Output: *out_len receives the length in bytes of the complete result,
 * whether or not it fit. If it is larger than dst_cap the function writes
 * nothing past dst[dst_cap-1] and returns UNSPOOF_E_BUFFER_TOO_SMALL (the
 * contents of dst are then unspecified); call again with a buffer of
 * *out_len bytes. dst may be NULL if dst_cap is 0 (size query). The output
 * is not NUL-terminated. Sizing: the result is at most 3 * src_len bytes
 * for NFC and NFD and at most 11 * src_len bytes for NFKC, NFKD and NFKC_CF
 * (UAX #15's UTF-8 expansion bounds; U+FDFA is the 11x case), usually about
 * src_len; a size query (dst_cap 0) gives the exact size. With
 * UNSPOOF_INVALID_REPLACE each ill-formed byte may become 3 bytes, which
 * the 3x/11x bounds already cover. src and dst must not overlap.
 *
 * flags: 0, UNSPOOF_INVALID_KEEP or UNSPOOF_INVALID_REPLACE (above).
 *  - Strict (0): ill-formed UTF-8 gives UNSPOOF_E_UTF8, and then *out_len
 *    receives the BYTE OFFSET IN src OF THE FIRST ILL-FORMED BYTE (not a
 *    size); dst contents are unspecified.
 *  - With KEEP or REPLACE, an ill-formed subpart is a normalization
 *    boundary: nothing is reordered or composed across it (the text on
 *    each side is normalized on its own), so "e" <80> U+0301 keeps the
 *    U+0301 separate from the "e".
 *  - KEEP and NFKC_CF: NFKC_CF deletes default-ignorable characters, so
 *    the text between two ill-formed subparts can vanish. Where the two
 *    would then run together into different bytes (<D0> U+00AD <80> would
 *    become D0 80, the well-formed U+0400; <E2> U+200B <80> one subpart
 *    E2 80), U+034F COMBINING GRAPHEME JOINER (itself default-ignorable,
 *    so the result stays idempotent) is written between them. The output
 *    thus always holds exactly the input's ill-formed subparts, in order.
 *
 * Errors: UNSPOOF_E_NULL (out_len NULL; src NULL with src_len > 0; dst NULL
 * with dst_cap > 0), UNSPOOF_E_INVALID_ARG (unknown form, unknown flag bit,
 * both INVALID flags), UNSPOOF_E_UTF8, UNSPOOF_E_BUFFER_TOO_SMALL,
 * UNSPOOF_E_NOMEM.
 *
 * Memory: the work is done in a small stack buffer. Only a run of more than
 * 64 characters that may interact (a base followed by many combining marks,
 * say) makes it allocate scratch memory, which grows geometrically (a few
 * allocations per call, never one per character), is freed before the
 * call returns, and whose failure gives UNSPOOF_E_NOMEM. Time is linear in
 * src_len, even for one base with millions of combining marks.
 *
 * Thread-safe; keeps no state between calls. Normalization is idempotent:
 * normalizing the output again gives the same bytes. Tables are those of
 * unspoof_unicode_version(); results are stable across Unicode versions for
 * assigned characters (Unicode's normalization stability policy). */
UNSPOOF_API int unspoof_normalize(unspoof_form form, const char *src, size_t src_len,
                                  char *dst, size_t dst_cap, size_t *out_len,
                                  unsigned flags);

/* Stores in *result 1 if the UTF-8 text src[0..len) is already in `form`
 * (that is, unspoof_normalize() would return it unchanged), else 0.
 *
 * Uses the Unicode quick-check properties first, which settle most texts in
 * one pass without allocating; only if that says MAYBE does it run the full
 * normalization, comparing as it goes (no output buffer is needed, but the
 * same scratch-memory rule as unspoof_normalize() applies).
 *
 * The check is strict: ill-formed UTF-8 gives UNSPOOF_E_UTF8 (*result is
 * then 0; use unspoof_normalize() with UNSPOOF_INVALID_KEEP or the UTF-8
 * functions to locate the error). Other errors: UNSPOOF_E_NULL (result
 * NULL, or src NULL with len > 0), UNSPOOF_E_INVALID_ARG (unknown form),
 * UNSPOOF_E_NOMEM. Thread-safe. */
UNSPOOF_API int unspoof_is_normalized(unspoof_form form, const char *src, size_t len,
                                      int *result);

/* The Canonical_Combining_Class of cp (0..254; 0 for starters, unassigned
 * code points, and anything above U+10FFFF). Thread-safe, no failure. */
UNSPOOF_API uint8_t unspoof_ccc(uint32_t cp);

/* @@NORM@@ (normalization section goes above this line) */

/* ------------------------------------------------------------------------ */
/* UTS #39 security mechanisms                                               */
/* ------------------------------------------------------------------------ */

/* The functions of this section implement Unicode Technical Standard #39
 * "Unicode Security Mechanisms" at the version of unspoof_unicode_version():
 * skeletons and confusability (§4), resolved script sets and mixed-script
 * detection (§5.1), restriction levels (§5.2), mixed numbers (§5.3),
 * optional detection (§5.4) and Identifier_Status / Identifier_Type (§3.1).
 * The results match ICU's uspoof_* API where both use the same Unicode
 * data (ICU 74+ for skeletons; see tests/differential/diff_icu_uspoof.c).
 *
 * Ill-formed UTF-8 (see the UNSPOOF_INVALID_* flags above): every function
 * here is strict by default and returns UNSPOOF_E_UTF8 at the first
 * ill-formed byte. Functions that write text honour UNSPOOF_INVALID_KEEP
 * and UNSPOOF_INVALID_REPLACE as unspoof_normalize() does. Functions that
 * only analyse text accept either flag and then treat each ill-formed
 * maximal subpart as one U+FFFD REPLACEMENT CHARACTER (a Common-script,
 * non-identifier character), so nothing is silently skipped.
 *
 * All functions are thread-safe, keep no global state, and allocate only
 * scratch memory that is freed before they return (UNSPOOF_E_NOMEM if that
 * fails). Time is linear in the input length. */

/* Flags of this section (they combine with UNSPOOF_INVALID_*). */
/* unspoof_restriction_level(), unspoof_check(): skip step 1 of §5.2 (the
 * identifier-profile test), so that any characters are allowed and the
 * result is never UNSPOOF_LEVEL_UNRESTRICTED: what ICU does by default. */
#define UNSPOOF_LEVEL_ANY_CHARS 0x100u

/* ---- Skeletons (§4) ---- */

/* Writes skeleton(X) of UTS #39 §4 for the UTF-8 text X = src[0..len):
 * X is converted to NFD, characters with Default_Ignorable_Code_Point are
 * removed (UTS #39 revision 28, Unicode 15.1, onward), every remaining
 * character is replaced by its confusables.txt prototype (see
 * unspoof_confusable_prototype()), and the result is converted to NFD
 * again. Two strings are confusable exactly when their skeletons are equal.
 * A skeleton is for comparison only, never for display.
 *
 * Output: as every text-writing function (see the conventions at the top):
 * *out_len gets the complete length; UNSPOOF_E_BUFFER_TOO_SMALL if dst_cap
 * is short (contents of dst then unspecified); dst may be NULL when dst_cap
 * is 0. Bytes of dst past *out_len (and before dst_cap) may be overwritten
 * as scratch. The skeleton is at most 18 * 4 = 72 bytes per input byte (in
 * practice about the input's length).
 *
 * flags: 0 or one of UNSPOOF_INVALID_KEEP / UNSPOOF_INVALID_REPLACE. With
 * KEEP, each ill-formed subpart is copied to the output unchanged and is a
 * boundary: the text on each side gets its own skeleton; where the text
 * between two subparts has an empty skeleton (only default-ignorables) and
 * the two would run together into different bytes, U+034F is written
 * between them, as unspoof_normalize() does for NFKC_CF, so the output
 * holds exactly the input's ill-formed subparts, in order. With REPLACE it
 * becomes U+FFFD (whose prototype is itself). Strict (0): UNSPOOF_E_UTF8,
 * and *out_len holds the byte offset of the first ill-formed byte in src
 * (contents of dst then unspecified).
 *
 * Errors: UNSPOOF_E_NULL (out_len NULL; src NULL with len > 0; dst NULL
 * with dst_cap > 0), UNSPOOF_E_INVALID_ARG (unknown flag, both INVALID
 * flags), UNSPOOF_E_UTF8, UNSPOOF_E_BUFFER_TOO_SMALL, UNSPOOF_E_NOMEM.
 * Allocates scratch memory proportional to len for inputs over about 200
 * characters. */
UNSPOOF_API int unspoof_skeleton(const char *src, size_t len, char *dst, size_t dst_cap,
                                 size_t *out_len, unsigned flags);

/* Paragraph directions for unspoof_bidi_skeleton(). */
#define UNSPOOF_DIR_LTR 0
#define UNSPOOF_DIR_RTL 1

/* Writes bidiSkeleton(direction, X) of UTS #39 §4 (Unicode 15.1 onward):
 * X is laid out as one line by the Unicode Bidirectional Algorithm (UAX #9,
 * rules P1 aside: the paragraph level is given by `direction`, not by P2-P3)
 * through rules X1-X10, W1-W7, N0-N2, I1-I2, L1-L2, with the marks kept after
 * their base characters (L3) and Bidi_Mirrored characters at odd levels
 * replaced by their Bidi_Mirroring_Glyph (L4); characters removed by X9 are
 * kept in the visual string, each at the level of the character before it
 * (UAX #9 §5.2; ICU's ubidi_writeReordered() places them differently), and
 * vanish in the skeleton anyway when they are Default_Ignorable. The
 * visual-order string then goes through
 * skeleton(). Strings with equal bidi skeletons look alike when displayed in
 * a paragraph of that direction, e.g. "A1<\u05E9" and "\u05E9>1A" in LTR.
 *
 * direction: UNSPOOF_DIR_LTR or UNSPOOF_DIR_RTL, else UNSPOOF_E_INVALID_ARG.
 * Everything else (output, flags, errors) as unspoof_skeleton(); with
 * UNSPOOF_INVALID_KEEP the ill-formed subparts split X into paragraphs of
 * their own (each laid out separately), which stay in logical order. Always
 * allocates scratch memory proportional to len; if any allocation fails
 * (the bracket pairs of rule N0 included) the call returns
 * UNSPOOF_E_NOMEM, never a skeleton of a degraded layout. */
UNSPOOF_API int unspoof_bidi_skeleton(int direction, const char *src, size_t len, char *dst,
                                      size_t dst_cap, size_t *out_len, unsigned flags);

/* ---- Confusability (§4) ---- */

/* Result bits of unspoof_confusable() (the values of ICU's USPOOF_*). */
#define UNSPOOF_CONFUSABLE_SINGLE_SCRIPT 0x1u
#define UNSPOOF_CONFUSABLE_MIXED_SCRIPT  0x2u
#define UNSPOOF_CONFUSABLE_WHOLE_SCRIPT  0x4u

/* Tells whether the UTF-8 strings a and b are confusable, and how.
 *
 * *result receives 0 if skeleton(a) != skeleton(b). Otherwise, with RA and
 * RB the resolved script sets of a and b (unspoof_resolved_scripts()):
 *  - UNSPOOF_CONFUSABLE_SINGLE_SCRIPT if RA and RB intersect (one script
 *    could have produced both: "l" vs "1", "rn" vs "m");
 *  - else UNSPOOF_CONFUSABLE_MIXED_SCRIPT, plus
 *    UNSPOOF_CONFUSABLE_WHOLE_SCRIPT if neither RA nor RB is empty (each is
 *    single-script on its own: Latin "scope" vs Cyrillic "\u0455\u0441\u043E\u0440\u0435").
 * Exactly ICU's uspoof_areConfusable() with all checks enabled. Identical
 * strings are single-script confusable (their skeletons are equal).
 *
 * flags: 0, or UNSPOOF_INVALID_KEEP / UNSPOOF_INVALID_REPLACE (both mean:
 * compare with ill-formed subparts as U+FFFD). Errors: UNSPOOF_E_NULL,
 * UNSPOOF_E_INVALID_ARG, UNSPOOF_E_UTF8 (*result is then 0), UNSPOOF_E_NOMEM. */
UNSPOOF_API int unspoof_confusable(const char *a, size_t alen, const char *b, size_t blen,
                                   unsigned flags, unsigned *result);

/* ---- Scripts (§5.1) ---- */

/* Stores in *out the resolved script set of the UTF-8 string s: the
 * intersection, over its characters, of their augmented script sets
 * (Script_Extensions, with Hanb, Jpan and Kore added for Han, Hiragana,
 * Katakana, Hangul and Bopomofo as §5.1 says, and the set of ALL scripts
 * for characters whose Script_Extensions is Common or Inherited).
 *
 * The set of all scripts is represented with every bit of out->bits set
 * (see unspoof_script_set_is_all()); it is the result for the empty string
 * and for strings of only Common/Inherited characters. An empty set means
 * the string is mixed-script (§5.1). The ill-formed-as-U+FFFD rule (U+FFFD
 * is Common) applies with the INVALID flags. Errors: UNSPOOF_E_NULL,
 * UNSPOOF_E_INVALID_ARG, UNSPOOF_E_UTF8. No allocation. */
UNSPOOF_API int unspoof_resolved_scripts(const char *s, size_t len, unsigned flags,
                                         unspoof_script_set *out);

/* 1 if set is the set of all scripts (every bit set), 0 if not or NULL. */
UNSPOOF_API int unspoof_script_set_is_all(const unspoof_script_set *set);
/* 1 if set has no script, 0 if it has one or more, or set is NULL. */
UNSPOOF_API int unspoof_script_set_is_empty(const unspoof_script_set *set);
/* 1 if script index `script` is in set, 0 otherwise. */
UNSPOOF_API int unspoof_script_set_has(const unspoof_script_set *set, int script);

/* Stores in *result 1 if s is mixed-script (its resolved script set is
 * empty, §5.1), else 0. Same flags and errors as unspoof_resolved_scripts(). */
UNSPOOF_API int unspoof_is_mixed_script(const char *s, size_t len, unsigned flags,
                                        int *result);

/* ---- Restriction levels (§5.2) ---- */

/* The restriction levels of §5.2, from the most to the least restrictive.
 * The numeric order is meaningful: a string meets level L if its level is
 * <= L. */
typedef enum unspoof_level {
	UNSPOOF_LEVEL_ASCII = 1,          /* ASCII-Only */
	UNSPOOF_LEVEL_SINGLE_SCRIPT = 2,  /* Single Script */
	UNSPOOF_LEVEL_HIGHLY = 3,         /* Highly Restrictive */
	UNSPOOF_LEVEL_MODERATELY = 4,     /* Moderately Restrictive */
	UNSPOOF_LEVEL_MINIMALLY = 5,      /* Minimally Restrictive */
	UNSPOOF_LEVEL_UNRESTRICTED = 6    /* Unrestricted */
} unspoof_level;

/* A name for a level: "ascii", "single-script", "highly-restrictive",
 * "moderately-restrictive", "minimally-restrictive", "unrestricted"; NULL
 * for an unknown value. Static strings. */
UNSPOOF_API const char *unspoof_level_name(int level);
/* The level named by name (as unspoof_level_name() gives, ASCII case
 * insensitive; "highly", "moderately", "minimally" are accepted too), or -1. */
UNSPOOF_API int unspoof_level_from_name(const char *name);

/* Stores in *level the restriction level of the UTF-8 string s per §5.2:
 *  1. a character outside the identifier profile (Identifier_Status is not
 *     Allowed) gives UNRESTRICTED — skipped with UNSPOOF_LEVEL_ANY_CHARS;
 *  2. only ASCII (including an empty string): ASCII;
 *  3-4. a non-empty resolved script set: SINGLE_SCRIPT;
 *  5-6. the resolved script set computed without the characters that have
 *     Latin in their augmented set contains Hanb, Jpan or Kore: HIGHLY;
 *  7. it is non-empty and has none of Cyrillic, Greek, Cherokee: MODERATELY;
 *  8. otherwise MINIMALLY.
 * flags: UNSPOOF_LEVEL_ANY_CHARS, UNSPOOF_INVALID_* (U+FFFD is not Allowed,
 * so ill-formed text is UNRESTRICTED unless ANY_CHARS). Errors:
 * UNSPOOF_E_NULL, UNSPOOF_E_INVALID_ARG, UNSPOOF_E_UTF8. No allocation. */
UNSPOOF_API int unspoof_restriction_level(const char *s, size_t len, unsigned flags,
                                          int *level);

/* ---- Mixed numbers (§5.3) ---- */

/* Lists the decimal digit systems used in s: each character of General_
 * Category Nd contributes the code point of the ZERO of its system (cp minus
 * its digit value). Writes the first min(count, cap) distinct zeros, in
 * order of first appearance, to zeros[] (may be NULL if cap is 0) and
 * stores the number of distinct systems in *count. s has mixed numbers when
 * *count > 1 ("1\u0661" mixes European and Arabic-Indic digits). Flags and
 * errors as unspoof_resolved_scripts(); no allocation. */
UNSPOOF_API int unspoof_digit_systems(const char *s, size_t len, unsigned flags,
                                      uint32_t *zeros, size_t cap, size_t *count);

/* ---- Identifier_Status / Identifier_Type (§3.1) ---- */

/* 1 if cp has Identifier_Status=Allowed (IdentifierStatus.txt), else 0
 * (Restricted, and code points above U+10FFFF). */
UNSPOOF_API int unspoof_identifier_allowed(uint32_t cp);
/* The Identifier_Type of cp as a set of UNSPOOF_IDTYPE_* bits (0 above
 * U+10FFFF). Unlisted code points are Not_Character. */
UNSPOOF_API unsigned unspoof_identifier_type(uint32_t cp);
/* The IdentifierType.txt name of a single UNSPOOF_IDTYPE_* bit
 * ("Recommended", "Not_XID", ...), or NULL if `bit` is not exactly one
 * known bit. Static strings. */
UNSPOOF_API const char *unspoof_identifier_type_name(unsigned bit);

/* Stores in *result 1 if every character of s has Identifier_Status=Allowed
 * (the General Security Profile of §3.1; the empty string qualifies), else
 * 0; then, if bad_offset is not NULL, *bad_offset gets the byte offset of
 * the first character that is not allowed (len when *result is 1).
 * Ill-formed UTF-8 with an INVALID flag counts as not allowed. Errors:
 * UNSPOOF_E_NULL, UNSPOOF_E_INVALID_ARG, UNSPOOF_E_UTF8. */
UNSPOOF_API int unspoof_identifier_check(const char *s, size_t len, unsigned flags,
                                         int *result, size_t *bad_offset);

/* ---- Checker ---- */

/* Checks run by a checker; the result of unspoof_checker_check() has the
 * bit of each check that failed. The values are ICU's USPOOF_* values where
 * ICU has the same check. */
/* The restriction level is above the checker's level (default HIGHLY). */
#define UNSPOOF_CHECK_RESTRICTION_LEVEL 0x010u
/* The same non-spacing mark twice in one sequence of non-spacing marks, in
 * NFD ("i\u0307\u0307"): ICU's USPOOF_INVISIBLE (§5.4). */
#define UNSPOOF_CHECK_INVISIBLE 0x020u
/* A character outside the allowed set (unspoof_checker_set_allowed()). */
#define UNSPOOF_CHECK_CHAR_LIMIT 0x040u
/* Digits of more than one decimal system (§5.3). */
#define UNSPOOF_CHECK_MIXED_NUMBERS 0x080u
/* U+0307 COMBINING DOT ABOVE after i, j, l, dotless i/j, a Soft_Dotted
 * character or one whose prototype ends in one of those, with only marks
 * of class 230 or 0 between: the "hidden overlay" of ICU's
 * USPOOF_HIDDEN_OVERLAY (§5.4). */
#define UNSPOOF_CHECK_HIDDEN_OVERLAY 0x100u
/* A character whose Identifier_Status is not Allowed (§3.1). */
#define UNSPOOF_CHECK_IDENTIFIER_STATUS 0x200u
/* More than four non-spacing marks in a row, in NFD (§5.4). */
#define UNSPOOF_CHECK_MANY_MARKS 0x400u
/* An invisible character: a Default_Ignorable_Code_Point (ZERO WIDTH
 * SPACE, SOFT HYPHEN, ...) or a Bidi_Control (§5.4). */
#define UNSPOOF_CHECK_DEFAULT_IGNORABLE 0x800u
/* Every check above. */
#define UNSPOOF_CHECK_ALL 0xFF0u

/* Which characters a checker allows (step 1 of §5.2 and CHAR_LIMIT). */
#define UNSPOOF_ALLOW_ANY 0        /* every code point (ICU's default) */
#define UNSPOOF_ALLOW_IDENTIFIER 1 /* Identifier_Status=Allowed (§3.1) */

/* An immutable-while-checking bundle of settings: which checks run, the
 * restriction level to enforce and the allowed characters. */
typedef struct unspoof_checker unspoof_checker;

/* The outcome of unspoof_checker_check(). */
#define UNSPOOF_MAX_DIGIT_SYSTEMS 8
typedef struct unspoof_check_result {
	unsigned failed;          /* UNSPOOF_CHECK_* bits of the failed checks */
	int level;                /* the string's restriction level (unspoof_level),
	                             computed whatever the checks */
	unspoof_script_set scripts; /* its resolved script set */
	size_t digit_systems;     /* number of decimal digit systems used */
	uint32_t digit_zeros[UNSPOOF_MAX_DIGIT_SYSTEMS]; /* the first ones' zeros */
	size_t first_failure;     /* byte offset of the first character that made
	                             CHAR_LIMIT, IDENTIFIER_STATUS or
	                             DEFAULT_IGNORABLE fail, else the input length */
} unspoof_check_result;

/* Creates a checker with every check on (UNSPOOF_CHECK_ALL), the level
 * UNSPOOF_LEVEL_HIGHLY and UNSPOOF_ALLOW_ANY, like ICU's uspoof_open().
 * Returns NULL if memory runs out. Free with unspoof_checker_free(). */
UNSPOOF_API unspoof_checker *unspoof_checker_new(void);
/* Frees a checker; NULL is ignored. */
UNSPOOF_API void unspoof_checker_free(unspoof_checker *checker);
/* Selects the checks to run (a set of UNSPOOF_CHECK_* bits).
 * UNSPOOF_E_INVALID_ARG (nothing changed) for unknown bits. */
UNSPOOF_API int unspoof_checker_set_checks(unspoof_checker *checker, unsigned checks);
/* The checks that run. 0 for NULL. */
UNSPOOF_API unsigned unspoof_checker_checks(const unspoof_checker *checker);
/* Sets the most permissive restriction level accepted (an unspoof_level)
 * and turns UNSPOOF_CHECK_RESTRICTION_LEVEL on, as ICU does.
 * UNSPOOF_E_INVALID_ARG for an unknown level. */
UNSPOOF_API int unspoof_checker_set_level(unspoof_checker *checker, int level);
/* Sets the allowed characters (UNSPOOF_ALLOW_*) and, optionally, the
 * allowed scripts: if scripts is not NULL, a character is allowed only if
 * its Script_Extensions intersects *scripts or is Common or Inherited.
 * NULL scripts means no script restriction. UNSPOOF_E_INVALID_ARG for an
 * unknown `allow`. */
UNSPOOF_API int unspoof_checker_set_allowed(unspoof_checker *checker, int allow,
                                            const unspoof_script_set *scripts);

/* Runs the checker's checks on the UTF-8 string s and fills *result.
 * Returns UNSPOOF_OK whether or not checks failed (see result->failed).
 * The checker is only read: one checker may serve any number of threads at
 * once, as long as nobody changes its settings meanwhile. flags: 0 or the
 * INVALID flags (ill-formed subparts analysed as U+FFFD). Errors:
 * UNSPOOF_E_NULL (checker or result NULL, s NULL with len > 0),
 * UNSPOOF_E_INVALID_ARG, UNSPOOF_E_UTF8 (then result->first_failure is the
 * offset of the first ill-formed byte), UNSPOOF_E_NOMEM. */
UNSPOOF_API int unspoof_checker_check(const unspoof_checker *checker, const char *s,
                                      size_t len, unsigned flags,
                                      unspoof_check_result *result);

/* The name of a single UNSPOOF_CHECK_* bit ("restriction-level",
 * "invisible", "char-limit", "mixed-numbers", "hidden-overlay",
 * "identifier-status", "many-marks", "default-ignorable"), NULL otherwise. */
UNSPOOF_API const char *unspoof_check_name(unsigned check);

/* @@UTS39@@ (UTS #39 section goes above this line) */

/* ------------------------------------------------------------------------ */
/* Scan and clean: find and undo obfuscation in running text                 */
/* ------------------------------------------------------------------------ */

/* What a finding is. The order is fixed. */
typedef enum unspoof_kind {
	/* A letter of another script standing in for a letter (Cyrillic п for
	 * Latin n), or an exotic letter for a plain one of the same script. */
	UNSPOOF_KIND_LOOKALIKE = 0,
	/* A "fancy font" variant of a letter: mathematical bold or script,
	 * fullwidth, circled, squared, small capitals, super/subscripts. In a
	 * word restored into another script than its letter's, it imitates
	 * that letter's twin there (bold e in a Cyrillic word: Cyrillic е),
	 * and is undone only when LOOKALIKE is undone too. */
	UNSPOOF_KIND_FANCY = 1,
	/* An invisible character (zero-width space, joiner, word joiner, soft
	 * hyphen, ...) inside a word where the word's script has no use for it. */
	UNSPOOF_KIND_INVISIBLE = 2,
	/* A bidirectional formatting control (embedding, override, isolate,
	 * LRM/RLM/ALM). Removed by clean() (confidence 0.8, or 0.9 inside a
	 * word) where it can reorder what is shown: in a paragraph without
	 * right-to-left letters (nor the paragraphs just before it), but for
	 * the left-to-right ones (LRM, LRE, LRI and the PDF or PDI closing
	 * those), or inside a word; elsewhere kept and reported with
	 * confidence 0.2. */
	UNSPOOF_KIND_BIDI = 3,
	/* A character carrying an excessive stack of combining marks ("zalgo").
	 * The finding spans the base character and its marks; only the marks
	 * when the base has a finding of its own (Cyrillic п under zalgo marks
	 * in English is a LOOKALIKE finding, then a MARKS finding). */
	UNSPOOF_KIND_MARKS = 4,
	/* An ill-formed UTF-8 sequence (one maximal subpart, Unicode §3.9). */
	UNSPOOF_KIND_INVALID_UTF8 = 5,
	/* A digit or symbol standing for a letter ("h3ll0"); only reported with
	 * unspoof_options.leet set. */
	UNSPOOF_KIND_LEET = 6
} unspoof_kind;
#define UNSPOOF_KIND_COUNT 7
#define UNSPOOF_KIND_BIT(k) (1u << (k))
/* The kinds clean() undoes by default: all but LEET. */
#define UNSPOOF_UNDO_DEFAULT 0x3Fu

/* A short lowercase name of a kind ("lookalike", "fancy", "invisible",
 * "bidi", "marks", "invalid-utf8", "leet"), NULL if out of range. */
UNSPOOF_API const char *unspoof_kind_name(int kind);

typedef enum unspoof_verdict {
	UNSPOOF_VERDICT_CLEAN = 0,      /* nothing that looks like obfuscation */
	UNSPOOF_VERDICT_SUSPICIOUS = 1, /* weak signs: stray lookalikes (fewer than one
	                                 * word in twenty), bidi controls in bidirectional
	                                 * text and left-to-right ones in left-to-right
	                                 * text, invalid UTF-8 */
	UNSPOOF_VERDICT_OBFUSCATED = 2  /* deliberate obfuscation: findings of confidence
	                                 * >= 0.7 in at least one word in twenty, or
	                                 * three of kinds other than lookalike */
} unspoof_verdict;
/* "clean", "suspicious" or "obfuscated"; NULL if out of range. */
UNSPOOF_API const char *unspoof_verdict_name(int verdict);

/* One finding. Offsets count bytes from the start of the whole input (of all
 * chunks fed to a stream). */
typedef struct unspoof_finding {
	uint64_t offset;        /* byte offset of the first byte */
	uint64_t line;          /* 1-based line; lines end with U+000A */
	uint64_t column;        /* 1-based column in code points within the line
	                         * (an ill-formed subpart counts as one) */
	uint32_t length;        /* length in bytes */
	uint32_t cp;            /* the code point (for MARKS the base character, or
	                         * the first mark when the base has a finding of its
	                         * own, is an ill-formed subpart, an invisible
	                         * character or a bidi control; the first byte's
	                         * value for INVALID_UTF8) */
	int kind;               /* unspoof_kind */
	int script;             /* script index of cp (unspoof_script_code), -1 for
	                         * invalid UTF-8 */
	uint32_t imitates[4];   /* what the text should read: the code points clean()
	                         * writes instead (none when it removes the character) */
	unsigned imitates_len;  /* 0..4 */
	int imitates_script;    /* script index of imitates[0], -1 when imitates_len=0 */
	float confidence;       /* 0..1: how sure the finding is deliberate */
	int undone;             /* 1 if clean() with the same options changes it */
} unspoof_finding;

/* One edit of the offset map: input bytes [in_offset, in_offset+in_length)
 * became output bytes [out_offset, out_offset+out_length). Edits come in
 * input order and do not overlap; the bytes between edits are copied
 * unchanged, so input and output offsets between edits differ by a constant. */
typedef struct unspoof_edit {
	uint64_t in_offset, in_length;
	uint64_t out_offset, out_length;
	int kind;               /* unspoof_kind */
} unspoof_edit;

/* Totals for a document. */
typedef struct unspoof_summary {
	int verdict;                            /* unspoof_verdict */
	double score;                           /* 0..1, grows with the amount and
	                                         * certainty of obfuscation */
	uint64_t counts[UNSPOOF_KIND_COUNT];    /* findings per kind */
	uint64_t bytes;                         /* input bytes */
	uint64_t words;                         /* words seen */
	uint64_t letters;                       /* letters seen */
	uint64_t edits;                         /* edits clean() makes */
} unspoof_summary;

/* Options for scanning and cleaning. Initialise with unspoof_options_init()
 * and change fields after; the library never keeps a pointer to it. */
typedef struct unspoof_options {
	unsigned undo;          /* kinds clean() undoes (UNSPOOF_KIND_BIT set);
	                         * default UNSPOOF_UNDO_DEFAULT */
	int target_script;      /* -1 (default): decide per word from context; else a
	                         * script index every lookalike is restored into */
	unspoof_script_set forbid; /* scripts never restored into (default empty) */
	int keep_invisible;     /* 1: report invisible characters but keep them */
	unsigned invalid;       /* UNSPOOF_INVALID_KEEP (default): keep ill-formed
	                         * bytes as they are; UNSPOOF_INVALID_REPLACE: write
	                         * U+FFFD for each maximal subpart */
	int leet;               /* 1: also treat digits and symbols inside words as
	                         * letters ("h3ll0" -> "hello"); default 0 */
} unspoof_options;

/* Sets *opts to the defaults. NULL is ignored. */
UNSPOOF_API void unspoof_options_init(unspoof_options *opts);

/* Streaming. A stream takes the input in chunks of any size and calls back
 * with the cleaned text, the findings and the edits, in input order. Memory
 * stays bounded whatever the input size: the stream decides a paragraph at
 * a time (so results never depend on how the input was split into
 * chunks), and its buffers grow to the largest paragraph seen (about 70
 * bytes per byte of it, plus 4 KiB: at most about 5 MiB; a few hundred KiB
 * for prose).
 * clean
 * is idempotent (cleaning the output changes nothing): before a
 * paragraph's output goes out it is judged again as a second clean would
 * judge it, and what that would change is done too (its findings and
 * edits included). A paragraph ends at a blank line; a long one ends at the
 * first white space after 2048 characters (marks, invisible characters and
 * bidi controls not counted), or at a word boundary near 2304, so that
 * cleaning the cleaned text cuts at the same places (clean is idempotent);
 * in any case a paragraph holds at most 68 KiB (only heavy zalgo text, with
 * more than about 25 bytes of marks per character, reaches that). Any
 * callback may be NULL. A callback returning non-zero stops the stream: the
 * call returns UNSPOOF_E_ABORTED. */
typedef struct unspoof_callbacks {
	int (*output)(void *ctx, const char *data, size_t len);
	int (*finding)(void *ctx, const unspoof_finding *finding);
	int (*edit)(void *ctx, const unspoof_edit *edit);
	void *ctx;
} unspoof_callbacks;

typedef struct unspoof_stream unspoof_stream;

/* Creates a stream. opts may be NULL for the defaults; cb may be NULL (then
 * only the summary is produced). Copies both. Allocates; returns
 * UNSPOOF_E_NOMEM, UNSPOOF_E_NULL (out is NULL) or UNSPOOF_E_INVALID_ARG (bad
 * options). */
UNSPOOF_API int unspoof_stream_new(const unspoof_options *opts, const unspoof_callbacks *cb,
                                   unspoof_stream **out);
/* Feeds len bytes (any split, even inside a UTF-8 sequence). Output for a
 * paragraph is delivered once the paragraph is complete; in the first
 * 16 KiB of Greek or Cyrillic text that has shown no substitution, a short
 * paragraph that may open with an article written in lookalikes ("H" for
 * "Η") or hold a one-letter word in them (Latin "c" for "с") waits for up
 * to 4 KiB of the text after it (or finish()), which tells whether the
 * document is obfuscated. */
UNSPOOF_API int unspoof_stream_feed(unspoof_stream *s, const char *data, size_t len);
/* Ends the input: processes what is pending and fills *summary (may be
 * NULL). After it, feed() returns UNSPOOF_E_STATE. */
UNSPOOF_API int unspoof_stream_finish(unspoof_stream *s, unspoof_summary *summary);
/* Starts a new document on s, as if it were new: everything of the text fed
 * so far is forgotten (the context carried from paragraph to paragraph, the
 * counts of the summary; line numbers and offsets in findings and edits
 * start again at 1 and 0), a finished or stopped stream can be fed again,
 * and input fed since the last finish() and not yet delivered is dropped
 * without output (call finish() first to keep it). The callbacks stay; opts
 * replaces the options, or NULL keeps them. Nothing is allocated: the
 * stream's buffers are reused, so resetting is cheaper than freeing and
 * creating a stream. Use it between independent documents (one per line of
 * a JSON Lines file, say): without it, the substitutions one document shows
 * change how the next one is read. Returns UNSPOOF_OK, UNSPOOF_E_NULL (s is
 * NULL) or UNSPOOF_E_INVALID_ARG (bad options: s is left as it was). */
UNSPOOF_API int unspoof_stream_reset(unspoof_stream *s, const unspoof_options *opts);
/* Frees the stream; NULL is a no-op. */
UNSPOOF_API void unspoof_stream_free(unspoof_stream *s);

/* One-shot scan: all findings and the summary of text[0..len), in a report
 * the library allocates; free it with unspoof_report_free(). */
typedef struct unspoof_report {
	unspoof_summary summary;
	size_t nfindings;
	unspoof_finding *findings;
} unspoof_report;
UNSPOOF_API int unspoof_scan(const unspoof_options *opts, const char *text, size_t len,
                             unspoof_report **out);
UNSPOOF_API void unspoof_report_free(unspoof_report *r);

/* One-shot clean: the restored text (NUL-terminated for convenience; len
 * excludes the NUL), the offset map and the summary, allocated by the
 * library; free with unspoof_cleaned_free(). */
typedef struct unspoof_cleaned {
	char *text;
	size_t len;
	size_t nedits;
	unspoof_edit *edits;
	unspoof_summary summary;
} unspoof_cleaned;
UNSPOOF_API int unspoof_clean(const unspoof_options *opts, const char *text, size_t len,
                              unspoof_cleaned **out);
UNSPOOF_API void unspoof_cleaned_free(unspoof_cleaned *c);

/* Clean into a caller-owned buffer, following the buffer convention at the
 * top of this header. The output is never longer than
 * UNSPOOF_CLEAN_BOUND(len) bytes. */
#define UNSPOOF_CLEAN_BOUND(len) ((len) * 3 + 16)
UNSPOOF_API int unspoof_clean_buffer(const unspoof_options *opts, const char *text, size_t len,
                                     char *dst, size_t dst_cap, size_t *out_len);

/* @@SCAN@@ (scan and clean section goes above this line) */

#ifdef __cplusplus
}
#endif

#endif /* UNSPOOF_H */
