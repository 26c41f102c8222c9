/* save_print.h — printable pages for the classroom, as HTML that prints on one A4 page
 * (print CSS, @page A4; open it in a browser and print, or keep it): a class summary, a
 * one-page debrief for one student, and the handout students get (the workshop code and
 * the three steps). Every name and text from the save is HTML-escaped.
 * Depends on the store's API (save.h, save_class.h) and the C library. Every function
 * returns a SaveStatus and fills msg[msglen]; none prints to a terminal.
 */
#ifndef RAPPORT_SAVE_PRINT_H
#define RAPPORT_SAVE_PRINT_H

#include <stdio.h>

#include "save/save.h"

typedef enum SavePrintKind {
  SAVE_PRINT_CLASS,        /* the class: played / played without the code / not handed in,
                              the table of figures, the skill averages */
  SAVE_PRINT_STUDENT,      /* one student's sessions, latest figures and skills */
  SAVE_PRINT_HANDOUT       /* for students: the code and the three steps */
} SavePrintKind;

typedef struct SavePrintOptions {
  SavePrintKind kind;
  int64_t class_id;        /* CLASS, HANDOUT (its name on the page) */
  int64_t profile_id;      /* STUDENT */
  const char *workshop;    /* the workshop code: CLASS counts only its sessions (NULL/"": the
                              latest session of each); HANDOUT prints it (required) */
  bool named;              /* CLASS: names instead of "Student 37" (anonymous by default) */
  const char *scenario_title; /* HANDOUT, CLASS: the mixer's title, NULL to leave out */
  const char *date;        /* "YYYY-MM-DD" printed in the footer; NULL: today (UTC) */
} SavePrintOptions;

/* Writes the page as one HTML document to `out`. SAVE_NOT_FOUND no such class or student,
 * SAVE_MISUSE a handout without a workshop code, SAVE_IO when writing fails. */
SaveStatus save_print_html(SaveDb *db, const SavePrintOptions *o, FILE *out, char *msg,
                           size_t msglen);

/* save_print_html into file `path`, written to a temporary file beside it and renamed into
 * place. */
SaveStatus save_print_file(SaveDb *db, const SavePrintOptions *o, const char *path, char *msg,
                           size_t msglen);

/* Writes `text` to `out` with & < > " ' escaped; false when the stream fails. */
bool save_html_text(FILE *out, const char *text);

#endif
