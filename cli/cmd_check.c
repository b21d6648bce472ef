/* unspoof check: not written yet. */
#include "cli.h"

int cmd_check(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	cli_error("'check' is not implemented yet");
	return EXIT_ERROR;
}
