/* cli_echo.h — making command-line values safe to echo in the commands' messages.
 * Owned by the cli fix pass; shared by every engine/cli/cmd_*.c. Depends on the C library only.
 */
#ifndef RAPPORT_CLI_ECHO_H
#define RAPPORT_CLI_ECHO_H

#include <stddef.h>

/* Copies s into buf (size n, always terminated when n > 0) for printing: bytes that are not
 * valid UTF-8 (stray continuation bytes, truncated or overlong sequences, surrogates, code
 * points above U+10FFFF) become U+FFFD, and control characters become '?', so a bad argument
 * can neither garble the terminal nor the message around it. Output that does not fit is cut
 * at a character boundary and ends in "...". A NULL s gives "". Returns buf. */
const char *cli_echo(const char *s, char *buf, size_t n);

/* Size of a buffer that holds any echoed argument the commands print (longer ones are cut). */
#define CLI_ECHO_MAX 512

/* cli_echo into a temporary buffer that lives until the end of the enclosing block, for use
 * directly in a printf argument list: fprintf(stderr, "... '%s'\n", CLI_ECHO(arg)). */
#define CLI_ECHO(s) cli_echo((s), (char[CLI_ECHO_MAX]){0}, CLI_ECHO_MAX)

#endif
