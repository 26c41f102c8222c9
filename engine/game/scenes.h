/* scenes.h — constructors of every screen, so a scene can move to the next one.
 * Each returns a new scene ready to push (NULL on out of memory). The owner of each
 * group is noted; add new screens to your own group.
 */
#ifndef RAPPORT_GAME_SCENES_H
#define RAPPORT_GAME_SCENES_H

#include "game/app.h"

/* Front: title, profile, scenario select, briefing, settings, script errors. */
UiScene *game_title_scene(GameApp *app);
UiScene *game_profile_scene(GameApp *app);
UiScene *game_select_scene(GameApp *app);
UiScene *game_briefing_scene(GameApp *app);
UiScene *game_settings_scene(GameApp *app);
/* On the select screen `select` (the top scene): chooses scenario `id` as Enter on its card
 * would (replays select by id: `scenario career_fair`). false + why when `select` is not
 * the select screen or lists no such id. */
bool game_select_choose_id(UiScene *select, GameApp *app, const char *id, char *why, size_t whylen);
/* Shows `message` (FILE:LINE: ...) with keys to reload the scenario or go to the title. */
UiScene *game_script_error_scene(GameApp *app, const char *message);

/* The event: the mixer floor and conversations. The floor plays app->state->session. */
UiScene *game_floor_scene(GameApp *app);
/* Opens a conversation with `person` (an overlay: it pushes itself): begins the talk in the
 * simulation, then shows it (a refusal — busy, the event over — is shown too). */
void game_talk_open(GameApp *app, int person, int join /* SimJoin */);

/* After the event: follow-up (inbox and composer), online network, debrief, reflection,
 * progress. game_followup_scene starts the after-event sequence. */
UiScene *game_followup_scene(GameApp *app);
UiScene *game_online_scene(GameApp *app);
UiScene *game_debrief_scene(GameApp *app);
UiScene *game_reflection_scene(GameApp *app);
/* "A week passes": spend the weekly budget on maintenance, then relationships drift;
 * stored with game_state_save_week, then the session ends and progress opens. */
UiScene *game_week_scene(GameApp *app);
UiScene *game_progress_scene(GameApp *app);

/* Learning (issue 15, l-watch): the expert's playback of a conversation with `person`
 * (-1: the one that shows the most) on `seed`, as an overlay that pops itself. */
UiScene *game_watch_scene(GameApp *app, int person, uint64_t seed);

/* Classroom (classroom engineer): classes, their students (play as one, switching never
 * mixes sessions), workshop codes; the teacher's dashboard of class `class_id` for the
 * sessions played under `workshop` ("" or NULL: every completed session). */
UiScene *game_class_scene(GameApp *app);
UiScene *game_dashboard_scene(GameApp *app, int64_t class_id, const char *workshop);
/* Whether `scene` is a dashboard showing students' names (it opens anonymous every time). */
bool game_dashboard_names_shown(const UiScene *scene);
/* The teacher's PIN (set once, then asked), giving way to the teacher's screen for class
 * `class_id`: dashboard, import a folder or codes, export, print. */
UiScene *game_pin_scene(GameApp *app, int64_t class_id);
UiScene *game_teacher_scene(GameApp *app, int64_t class_id);
/* The teacher's Students screen for class `class_id` (c-roster): rename, merge and erase
 * students, erase the class. NULL unless the PIN unlocked that class (class_roster.h). */
UiScene *game_roster_scene(GameApp *app, int64_t class_id);
/* "Hand in my results" (from the debrief): the results code and the hand-in file. */
UiScene *game_handin_scene(GameApp *app);

/* Practice (l-practice): the practice menu's drills, and "Practise this" on a debrief moment
 * (an overlay: the same person at the same node, on a fresh copy of the state before the
 * choice; never the session played). game_rehearse_possible says whether a moment (its log
 * entry in the session being played, its reason) is one choice in a talk to try again. The drill
 * scene takes ownership of `scenario` (the drill's, loaded by the drills screen). */
struct ScrDrill;
UiScene *game_drills_scene(GameApp *app);
/* The language chooser: English and every translation in assets/i18n (scene_language.c). */
UiScene *game_language_scene(GameApp *app);
/* The drills list with drill `drill_id` ("graceful_exit") opened over it at once. */
UiScene *game_drills_scene_open(GameApp *app, const char *drill_id);
bool game_rehearse_possible(GameApp *app, int log_index, int reason /* the moment's SimReason */);
UiScene *game_rehearse_moment_scene(GameApp *app, int log_index, const char *moment_text);
UiScene *game_rehearse_drill_scene(GameApp *app, const struct ScrDrill *drill, SimScenario *scenario);

#endif
