/* main.c — placeholder entry until the game and commands are wired. */
#include <stdio.h>
int main(void) { puts("rapport " RAPPORT_VERSION); return 0; }
