/* class_folders.c — the likely folders for hand-in files, exports and printable pages
 * (class_folders.h): the Desktop, every removable drive mounted for this user, the save's
 * folder; a typed folder checked before anything is written there.
 */
#include "game/class_folders.h"

#include <dirent.h>
#include <pwd.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "i18n/i18n.h"

static bool is_dir(const char *path) {
  struct stat st;
  return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

static int add(ClassFolder *out, int n, int max, const char *label, const char *path) {
  if (n >= max || !is_dir(path)) return n;
  for (int i = 0; i < n; i++)
    if (strcmp(out[i].path, path) == 0) return n;
  snprintf(out[n].label, sizeof out[n].label, "%s", label);
  snprintf(out[n].path, sizeof out[n].path, "%s", path);
  return n + 1;
}

/* Each drive mounted under base/<user>/ (a USB stick appears there when plugged in). */
static int add_drives(ClassFolder *out, int n, int max, const char *base, const char *user) {
  char dir[512];
  snprintf(dir, sizeof dir, "%s/%s", base, user);
  DIR *d = opendir(dir);
  if (!d) return n;
  struct dirent *e;
  while ((e = readdir(d)) != NULL && n < max) {
    if (e->d_name[0] == '.') continue;
    char path[512], label[96];
    int k = snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
    if (k < 0 || (size_t)k >= sizeof path) continue;
    snprintf(label, sizeof label, TR("class_folders.drive", "Drive %.80s"), e->d_name);
    n = add(out, n, max, label, path);
  }
  closedir(d);
  return n;
}

int game_folders_find(const char *save_path, ClassFolder *out, int max) {
  int n = 0;
  /* The save's folder first: it is always there, so its place in the list never moves. */
  if (save_path && save_path[0]) {
    char dir[512];
    snprintf(dir, sizeof dir, "%s", save_path);
    char *slash = strrchr(dir, '/');
    if (slash && slash != dir) *slash = '\0';
    else snprintf(dir, sizeof dir, "%s", slash ? "/" : ".");
    n = add(out, n, max, TR("class_folders.this_computers_saves_folder", "This computer's saves folder"), dir);
  }
  const struct passwd *pw = getpwuid(getuid());
  if (pw && pw->pw_dir) {
    char desk[512];
    snprintf(desk, sizeof desk, "%s/Desktop", pw->pw_dir);
    n = add(out, n, max, TR("class_folders.desktop", "Desktop"), desk);
  }
  if (pw && pw->pw_name) {
    n = add_drives(out, n, max, "/media", pw->pw_name);
    n = add_drives(out, n, max, "/run/media", pw->pw_name);
  }
  if (pw && pw->pw_dir) n = add(out, n, max, TR("class_folders.home_folder", "Home folder"), pw->pw_dir);
  return n;
}

bool game_folder_check(const char *typed, char *out, size_t outlen, char *why, size_t whylen) {
  while (*typed == ' ') typed++;
  if (!typed[0]) {
    snprintf(why, whylen, TR("class_folders.choose_a_folder_above_or", "Choose a folder above, or type one."));
    return false;
  }
  const struct passwd *pw = getpwuid(getuid());
  int k = typed[0] == '~' && pw && pw->pw_dir ? snprintf(out, outlen, "%s%s", pw->pw_dir, typed + 1)
                                              : snprintf(out, outlen, "%s", typed);
  if (k < 0 || (size_t)k >= outlen) {
    snprintf(why, whylen, TR("class_folders.that_folders_name_is_too", "That folder's name is too long."));
    return false;
  }
  size_t n = strlen(out);
  while (n > 1 && (out[n - 1] == '/' || out[n - 1] == ' ')) out[--n] = '\0';
  if (!is_dir(out)) {
    snprintf(why, whylen, TR("class_folders.there_is_no_folder_check", "There is no folder %s. Check the spelling, or choose one above."), out);
    return false;
  }
  if (access(out, W_OK) != 0) {
    snprintf(why, whylen, TR("class_folders.this_computer_cant_write_in", "This computer can't write in %s (it may be read-only or full)."), out);
    return false;
  }
  return true;
}
