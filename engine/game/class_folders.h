/* class_folders.h — where a hand-in file, an export or a printable page can go: a short
 * list of likely folders (the folder of this computer's save, the Desktop, removable drives
 * mounted under /media/<user>/ and /run/media/<user>/, the home folder) and a check of a typed path.
 * The user comes from the password database (getpwuid), not the environment: only main.c
 * reads environment variables.
 */
#ifndef RAPPORT_GAME_CLASS_FOLDERS_H
#define RAPPORT_GAME_CLASS_FOLDERS_H

#include <stdbool.h>
#include <stddef.h>

#define CLASS_FOLDERS_MAX 6

typedef struct ClassFolder {
  char label[96];            /* "Desktop", "USB drive KINGSTON", "This computer's saves folder" */
  char path[512];
} ClassFolder;

/* Fills out with the candidates that exist now (at most max); returns the count. `save_path`
 * is the save file's path ("" none): its folder is offered first. */
int game_folders_find(const char *save_path, ClassFolder *out, int max);
/* `typed` as a folder to write in: "~" expanded to the home folder, trailing slashes
 * dropped; false + why (plain words) when it is not a folder this game can write to. */
bool game_folder_check(const char *typed, char *out, size_t outlen, char *why, size_t whylen);

#endif
