/* given.c — the `roster_acquaintance` contract (script.h): its field names, and sample
 * acquaintances `rapport validate` loads a later-meeting scenario with, so that every line
 * built from them is checked for someone with a fact learned, with nothing learned, and
 * with long names and a fact as long as the game passes (95 characters said back).
 * Static data; Lua-free.
 */
#include <string.h>

#include "script/script.h"

const char *const scr_acquaintance_keys[SCR_ACQUAINTANCE_FIELDS] = {
  "id", "name", "first_name", "org", "role", "met_at", "weeks_ago", "tier", "followed_up",
  "fact_id", "fact", "fact_you", "known_ids", "known_texts",
};

typedef struct Sample {
  const char *label;
  const char *values[SCR_ACQUAINTANCE_FIELDS];
} Sample;

static const Sample SAMPLES[SCR_ACQUAINTANCE_SAMPLES] = {
  {"one fact learned, followed up",
   {"sample_priya_raman", "Priya Raman", "Priya", "Northwind Health", "UX research lead",
    "the Campus Careers Fair", "two weeks ago", "3", "yes", "user_study",
    "is running a user study on a heart-rate app and needs volunteers",
    "you're running a user study on a heart-rate app and need volunteers",
    "user_study,half_marathon",
    "is running a user study on a heart-rate app and needs volunteers\n"
    "is training for her first half-marathon in May"}},
  {"nothing learned, no follow-up",
   {"sample_sam_osei", "Sam Osei", "Sam", "Osei & Daughters Joinery", "joiner", "the School Careers Evening",
    "a month ago", "1", "no", "", "", "", "", ""}},
  {"long names and a long fact",
   {"sample_long", "Oluwaseun Adebayo-Fitzgerald", "Oluwaseun", "Greater Manchester Combined Authority",
    "senior transport planner, accessibility", "the Transport Futures Conference coffee break",
    "five months ago", "2", "no", "survey_toolkit",
    "has a free survey toolkit for bus stops and needs a second town to trial it by this spring!",
    "you have a free survey toolkit for bus stops and need a second town to trial it by this spring!",
    "survey_toolkit", "has a free survey toolkit for bus stops and needs a second town to trial it by this spring!"}},
};

bool scr_acquaintance_sample(int i, ScrGiven *out, const char **label) {
  if (i < 0 || i >= SCR_ACQUAINTANCE_SAMPLES || !out) return false;
  memset(out, 0, sizeof *out);
  out->name = SCR_ACQUAINTANCE_GLOBAL;
  for (int k = 0; k < SCR_ACQUAINTANCE_FIELDS && k < SCR_GIVEN_MAX; k++) {
    out->keys[out->count] = scr_acquaintance_keys[k];
    out->values[out->count++] = SAMPLES[i].values[k];
  }
  if (label) *label = SAMPLES[i].label;
  return true;
}
