/* Versions and error strings. */
#include "unspoof.h"
#include "data/version.gen.h"

const char *unspoof_version(void)
{
	return UNSPOOF_VERSION_STRING;
}

int unspoof_version_number(void)
{
	return UNSPOOF_VERSION_NUMBER;
}

const char *unspoof_unicode_version(void)
{
	return US_UNICODE_VERSION;
}

const char *unspoof_strerror(int status)
{
	switch (status) {
	case UNSPOOF_OK: return "success";
	case UNSPOOF_E_NULL: return "a required pointer argument is NULL";
	case UNSPOOF_E_BUFFER_TOO_SMALL: return "the output buffer is too small";
	case UNSPOOF_E_UTF8: return "the input is not well-formed UTF-8";
	case UNSPOOF_E_NOMEM: return "out of memory";
	case UNSPOOF_E_INVALID_ARG: return "an argument is out of range";
	case UNSPOOF_E_OVERFLOW: return "a size would overflow";
	case UNSPOOF_E_STATE: return "the object is not in a state that allows this call";
	case UNSPOOF_E_ABORTED: return "stopped by a callback";
	}
	return "unknown error";
}
