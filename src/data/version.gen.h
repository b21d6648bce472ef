/* Generated from Unicode 17.0.0 by gen/generate.py — do not edit.
 * Regenerate with `make regen`; `make regen-check` verifies it. */
#define US_UNICODE_VERSION "17.0.0"
