/* unspoof confusable: not written yet. */
#include "cli.h"

int cmd_confusable(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	cli_error("'confusable' is not implemented yet");
	return EXIT_ERROR;
}
