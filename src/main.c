/* partnermap: interview data about who works with whom, measured and drawn. */
#include "cmd/cmd.h"

int main(int argc, char **argv)
{
	return operate(argc, argv);
}
