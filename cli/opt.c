/* Option parsing for the scan and clean commands (see opt.h). */
#include "opt.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

void opt_init(struct opt_state *st, int argc, char **argv, const char *cmd)
{
	memset(st, 0, sizeof *st);
	st->argc = argc;
	st->argv = argv;
	st->ind = 1;
	st->cmd = cmd;
}

static int unknown(struct opt_state *st, const char *what)
{
	cli_error("%s: unknown option '%s' (try 'unspoof %s --help')", st->cmd, what, st->cmd);
	return OPT_ERROR;
}

static int long_opt(struct opt_state *st, const struct opt_def *defs, const char *a)
{
	const char *eq = strchr(a, '=');
	size_t n = eq ? (size_t)(eq - a) : strlen(a);
	const struct opt_def *d;
	for (d = defs; d->name || d->short_name; d++)
		if (d->name && strlen(d->name) == n && !strncmp(d->name, a, n))
			break;
	st->name = st->argv[st->ind - 1];
	if (!d->name && !d->short_name)
		return unknown(st, st->argv[st->ind - 1]);
	if (d->arg == OPT_NOARG) {
		if (eq) {
			cli_error("%s: option '--%s' takes no value", st->cmd, d->name);
			return OPT_ERROR;
		}
		st->arg = NULL;
		return d->id;
	}
	if (eq) {
		st->arg = eq + 1;
	} else if (st->ind < st->argc) {
		st->arg = st->argv[st->ind++];
	} else {
		cli_error("%s: option '--%s' needs a value", st->cmd, d->name);
		return OPT_ERROR;
	}
	return d->id;
}

int opt_next(struct opt_state *st, const struct opt_def *defs)
{
	const struct opt_def *d;
	const char *a;
	int c;
	if (st->pos == 0) {
		if (st->ind >= st->argc)
			return OPT_END;
		a = st->argv[st->ind++];
		if (st->only_operands || a[0] != '-' || a[1] == '\0') {
			st->arg = a;
			return OPT_OPERAND;
		}
		if (a[1] == '-') {
			if (a[2] == '\0') {
				st->only_operands = 1;
				return opt_next(st, defs);
			}
			return long_opt(st, defs, a + 2);
		}
		st->pos = 1;
	}
	a = st->argv[st->ind - 1];
	c = (unsigned char)a[st->pos++];
	st->namebuf[0] = '-';
	st->namebuf[1] = (char)c;
	st->namebuf[2] = '\0';
	st->name = st->namebuf;
	for (d = defs; d->name || d->short_name; d++)
		if (d->short_name == c)
			break;
	if (!d->name && !d->short_name) {
		st->pos = 0;
		return unknown(st, st->namebuf);
	}
	if (d->arg == OPT_NOARG) {
		if (a[st->pos] == '\0')
			st->pos = 0;
		st->arg = NULL;
		return d->id;
	}
	if (a[st->pos] != '\0') {
		st->arg = a + st->pos;
	} else if (st->ind < st->argc) {
		st->arg = st->argv[st->ind++];
	} else {
		cli_error("%s: option '-%c' needs a value", st->cmd, c);
		st->pos = 0;
		return OPT_ERROR;
	}
	st->pos = 0;
	return d->id;
}

int opt_number(const struct opt_state *st, unsigned long long *out)
{
	char *end;
	const char *s = st->arg ? st->arg : "";
	errno = 0;
	if (*s < '0' || *s > '9' || (*out = strtoull(s, &end, 10), errno) || *end) {
		cli_error("%s: option '%s' needs a number, not '%s'", st->cmd, st->name, s);
		return -1;
	}
	return 0;
}
