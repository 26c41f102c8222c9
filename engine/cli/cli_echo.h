/* cli_echo.h — making command-line values safe to echo in the commands' messages.
 * Owned by the cli fix pass; shared by every engine/cli/cmd_*.c. Depends on the C library only.
 */
#ifndef RAPPORT_CLI_ECHO_H
#define RAPPORT_CLI_ECHO_H

#include <stdbool.h>
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

/* Routes stdout and stderr through one filter for the rest of the process: control
 * characters are shown escaped ("\x1b"), bytes that are not UTF-8 as "\xNN"; newlines,
 * tabs and CRLF pass. Called once by the command dispatcher, so no command can print
 * a terminal escape that came from a file. */
void cli_filter_output(void);

/* The filter itself: escapes n bytes of `in` into `out` (room for 4*n bytes), stopping
 * before an unfinished UTF-8 sequence or a trailing CR unless `final`; *used gets the
 * bytes consumed. Returns the bytes written. */
size_t cli_escape_bytes(const unsigned char *in, size_t n, char *out, bool final, size_t *used);

#endif
