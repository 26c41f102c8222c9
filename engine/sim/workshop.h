/* workshop.h — the workshop code: a scenario, a seed and the practice settings packed into
 * eight letters and digits ("9D01-14JN") that every student types, so the whole class meets
 * the same room and people, at the teacher's difficulty. Crockford base-32 (no I, L, O, U; typing them is forgiven) and
 * a Luhn mod 32 check character: every single mistyped character and almost every swap of
 * neighbours is caught. Pure C17 (the C library only).
 */
#ifndef RAPPORT_SIM_WORKSHOP_H
#define RAPPORT_SIM_WORKSHOP_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define SIM_WORKSHOP_CODE_MAX 16        /* "XXXX-XXXX" and its NUL fit with room to spare */
#define SIM_WORKSHOP_SEED_MAX 1048575u  /* seeds are 20 bits: 0 .. 1048575 */
#define SIM_WORKSHOP_HASH_BITS 10       /* the scenario travels as a 10-bit hash of its id */

typedef struct SimWorkshop {
  uint32_t scenario_hash;   /* sim_workshop_scenario_hash(scenario id) */
  uint32_t seed;            /* 0 .. SIM_WORKSHOP_SEED_MAX */
  bool introvert_practice;
  bool clock_on;
  bool hints_on;
  uint8_t difficulty;       /* SimDifficulty: 0 standard, 1 gentle, 2 challenging */
} SimWorkshop;

typedef enum SimWorkshopStatus {
  SIM_WORKSHOP_OK = 0,
  SIM_WORKSHOP_BAD_ARG,     /* NULL, empty id, seed out of range, buffer too small */
  SIM_WORKSHOP_BAD_LENGTH,  /* not 8 characters once dashes and spaces are removed */
  SIM_WORKSHOP_BAD_CHAR,    /* a character outside the alphabet */
  SIM_WORKSHOP_BAD_CHECK,   /* the check character disagrees: a typo */
  SIM_WORKSHOP_BAD_VERSION  /* made by a different version of Rapport (or a difficulty this
                             * version does not know) */
} SimWorkshopStatus;

/* The 10-bit hash of a scenario id (FNV-1a folded), stable across builds and machines. */
uint32_t sim_workshop_scenario_hash(const char *scenario_id);

/* Writes the code for `w` as "XXXX-XXXX" into out[outlen] (outlen >= 10). A standard code
 * is exactly the code earlier versions made for the same settings (they had no difficulty);
 * a difficulty of 3 or more is BAD_ARG. */
SimWorkshopStatus sim_workshop_encode(const SimWorkshop *w, char *out, size_t outlen);

/* Reads a code as a student typed it: case, dashes and spaces do not matter and O/I/L are
 * read as 0/1/1. On failure *out is zeroed and err (may be NULL) says what is wrong in
 * words a student understands. `canon` (may be NULL, >= 10 bytes) receives "XXXX-XXXX". */
SimWorkshopStatus sim_workshop_decode(const char *code, SimWorkshop *out, char *canon,
                                      size_t canonlen, char *err, size_t errlen);

/* The index in ids[0..count) of the scenario the workshop names: -1 when none matches,
 * -2 when two of them share the hash (rename one; `rapport workshop` refuses such codes). */
int sim_workshop_find_scenario(const SimWorkshop *w, const char *const *ids, int count);

#endif
