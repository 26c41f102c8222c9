/* resultcode.h — the results code: a session's summary (what the teacher's dashboard uses)
 * packed into 24 characters a student can type into a learning platform, e.g.
 * "K7QD-2M4X-...". 100 bits of summary in Crockford base 32, then four check characters of
 * a Reed-Solomon code over GF(32) computed over the workshop code's seven data characters
 * and the summary: every code with up to four wrong characters (a typo, a swap of two
 * neighbours) is refused, and so is a code made under any workshop code that differs from
 * the teacher's in up to four characters (any other workshop: about 1 in a million passes).
 * Pure C17 (the C library only).
 */
#ifndef RAPPORT_SIM_RESULTCODE_H
#define RAPPORT_SIM_RESULTCODE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define SIM_RESULT_CODE_MAX 32      /* "XXXX-XXXX-XXXX-XXXX-XXXX-XXXX" and its NUL */
#define SIM_RESULT_CODE_CHARS 24    /* characters without the dashes */
#define SIM_RESULT_DAY_BASE 8766    /* day 0 of the code's calendar: 2024-01-01 as days
                                       since 2000-01-01 (save_record_day_iso's scale) */

/* What a code carries. Values outside the ranges are clamped when encoding; decoding gives
 * what was carried (so depth_gain comes back in halves, skills and energy rounded). */
typedef struct SimResultSummary {
  uint32_t nonce;       /* 0..65535: the session's identity (its guid's first 4 hex digits) */
  int day;              /* days since 2000-01-01 the session was played: 8766..12861 */
  int intention;        /* SimIntention, 0..7 */
  double depth_gain;    /* -512..511.5, carried in halves */
  int callable;         /* 0..31 */
  int cards;            /* 0..31 */
  int conversations;    /* 0..15 */
  int followups;        /* follow-up messages sent, 0..15 */
  bool left_early;      /* the student left before the event ended */
  int rests;            /* rests taken, 0..3 (3: three or more) */
  int energy_left;      /* 0..100, carried in steps of 100/31 */
  int skills[6];        /* 0..100 each (SaveSkill order), carried in steps of 100/31 */
} SimResultSummary;

typedef enum SimResultStatus {
  SIM_RESULT_OK = 0,
  SIM_RESULT_BAD_ARG,       /* NULL, a buffer too small, a workshop code that is not one */
  SIM_RESULT_BAD_LENGTH,    /* not 24 characters once dashes and spaces are removed */
  SIM_RESULT_BAD_CHAR,      /* a character that codes never use */
  SIM_RESULT_TYPO,          /* the check fails in a way one mistyped character explains */
  SIM_RESULT_WRONG_WORKSHOP,/* the check fails otherwise: another workshop's code, or
                               several typos */
  SIM_RESULT_BAD_VERSION    /* made by a newer Rapport */
} SimResultStatus;

/* Writes the code for `r` under workshop code `workshop` (as typed; it must decode) into
 * out[outlen] (outlen >= SIM_RESULT_CODE_MAX) as six dash-separated groups of four. */
SimResultStatus sim_result_code_encode(const SimResultSummary *r, const char *workshop,
                                       char *out, size_t outlen);

/* Reads a code as typed (case, dashes and spaces do not matter; O/I/L read as 0/1/1) and
 * checks it against `workshop`. On failure *out is zeroed and err (may be NULL) says what is
 * wrong in plain words (for SIM_RESULT_TYPO, which character looks wrong). `canon` (may be
 * NULL, >= SIM_RESULT_CODE_MAX) receives the code in its grouped form. */
SimResultStatus sim_result_code_decode(const char *code, const char *workshop,
                                       SimResultSummary *out, char *canon, size_t canonlen,
                                       char *err, size_t errlen);

#endif
