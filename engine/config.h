/* config.h — the engine's build-time knobs, in one place. Each may be overridden on the
 * compiler's command line (-DRAPPORT_MAX_SCENARIOS=128); the defaults are what ships.
 * Included by script, save, game and cli; never by engine/sim (it takes sizes as
 * arguments).
 */
#ifndef RAPPORT_CONFIG_H
#define RAPPORT_CONFIG_H

/* The most shipped scenarios any list holds: the select screen's catalogue, the workshop
 * code resolver (scr_workshop_scenario) and the classroom commands. */
#ifndef RAPPORT_MAX_SCENARIOS
#define RAPPORT_MAX_SCENARIOS 64
#endif

/* How long a save waits for another writer before SAVE_BUSY (milliseconds). */
#ifndef SAVE_BUSY_TIMEOUT_MS
#define SAVE_BUSY_TIMEOUT_MS 5000
#endif

#endif
