/* unspoof skeleton: not written yet. */
#include "cli.h"

int cmd_skeleton(int argc, char **argv)
{
	(void)argc;
	(void)argv;
	cli_error("'skeleton' is not implemented yet");
	return EXIT_ERROR;
}
