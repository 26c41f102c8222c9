/* floor_internal.h — the mixer floor scene's state, shared by scene_floor.c (input, walking,
 * menus, the sim calls) and floor_draw.c (the room, people, name tags and the HUD).
 * Private to engine/game; other scenes reach the floor only through game_floor_scene().
 */
#ifndef RAPPORT_GAME_FLOOR_INTERNAL_H
#define RAPPORT_GAME_FLOOR_INTERNAL_H

#include <math.h>
#include <stdbool.h>

#include "game/app.h"
#include "game/figures.h"
#include "sim/sim.h"

#define FLOOR_HUD_W 318          /* the calm panel at the right */
#define FLOOR_REACH_M 1.7f       /* metres: a person this close can be talked to */
#define FLOOR_SPEED_MPS 3.2f     /* walking speed, metres per second */
#define FLOOR_TAP_M 0.6f         /* one key tap (no key held) walks this far */
#define FLOOR_MENU_MAX 4

typedef enum FloorMode {
  FLOOR_WALK,        /* walking about */
  FLOOR_JOIN,        /* at a group: join politely or barge in */
  FLOOR_MENU,        /* Escape: resume, rest, leave */
  FLOOR_CLOSING,     /* the event clock ran out: a gentle note, then the follow-up */
  FLOOR_DIFFICULTY,  /* F2 or the HUD button: choose the difficulty (floor_difficulty.c) */
} FloorMode;

typedef enum FloorMenuItem { FLOOR_ITEM_RESUME, FLOOR_ITEM_REST, FLOOR_ITEM_QUIET, FLOOR_ITEM_LEAVE } FloorMenuItem;

typedef struct FloorTag {
  GfxRect rect;      /* the plate as drawn, in layout pixels */
  GfxRect full;      /* where the full tag (name and organisation) goes when in reach */
  bool compact;      /* crowded: the name alone */
} FloorTag;

/* What self-voicing last said about the floor (floor_say.c), to say only what changed. */
typedef struct FloorSay {
  const SimSession *session;       /* the session whose arrival was said, NULL none */
  int zone;                        /* zone last said */
  int band;                        /* energy band last said */
  FloorMode mode;                  /* the mode last seen */
  char note[160];                  /* the note last said */
} FloorSay;

typedef struct FloorScene {
  UiScene base;
  SimSession *session;             /* the session the floor was set up for */
  /* Room mapping: metres -> layout pixels. */
  GfxRect room_px;
  float ppm;                       /* pixels per metre */
  int hud_w;                       /* HUD width at this text size */
  int layout_scale;                /* text scale the tags were placed for (-1: never) */
  /* The player. */
  float px, py;                    /* metres */
  float tx, ty;                    /* walk target (metres) */
  bool walking;
  int walk_person;                 /* person clicked (walking towards them), -1 */
  int prefer;                      /* person last walked up to: in reach before nearer ones, -1 */
  float walked_m;                  /* metres walked inside the current zone, not yet on the clock */
  int zone;                        /* zone the player stands in (sim's view) */
  int reach;                       /* person in reach, -1 */
  bool reach_group;                /* they stand in a group the player has not joined */
  float pulse;                     /* highlight tween 0..1 */
  /* Modes and menus. */
  FloorMode mode;
  UiList join_list, menu_list, close_list;
  GfxRect join_rects[3], menu_rects[FLOOR_MENU_MAX], close_rects[1];
  FloorMenuItem menu_items[FLOOR_MENU_MAX];
  int menu_count;
  int join_person;
  GfxRect hud_rest, hud_leave;     /* HUD buttons (mouse) */
  GfxRect hud_difficulty;
  int hud_focus;                   /* 0 none, 1 rest, 2 leave, 3 difficulty (hover) */
  UiList difficulty_list;
  GfxRect difficulty_rects[3];
  char difficulty_label[48];       /* the HUD button's label, fitted */
  const char *rest_label, *leave_label; /* chosen to fit the button at this text size */
  int quiet_zone;                  /* first quiet zone, -1 */
  /* Name tags, placed once per layout so they do not overlap. */
  FloorTag tags[SIM_MAX_PEOPLE];
  GfxRect zone_labels[SIM_MAX_ZONES];
  GameLook looks[SIM_MAX_PEOPLE];
  GameLook player_look;
  GfxLayer *room_layer;            /* the room drawn once (floor_room.c), NULL until first drawn */
  /* HUD strings, rebuilt only when what they show changes. */
  char clock_text[64];
  int clock_minute;                /* minute the clock text shows (-1: rebuild) */
  char note[160];                  /* a short gentle message (rest, reload), fades */
  float note_time;                 /* seconds left */
  char reach_text[160];
  int reach_text_person;
  const char *hint;                /* static string, NULL: none */
  bool left;                       /* leaving: the follow-up is queued */
  FloorSay say;                    /* self-voicing's memory (floor_say.c) */
} FloorScene;

/* floor_draw.c (people, tags, HUD, overlays) and floor_room.c (the room) */
void game_floor_layout(FloorScene *s, GameApp *app);
/* A name tag placed more than FLOOR_LEADER_MIN px from its person's figure, or whose centre
 * is that far off a plain above/below spot and nearer someone else, gets a thin leader
 * line: true with the line's ends (figure edge -> nearest point of the plate). */
enum { FLOOR_LEADER_MIN = 30 };
bool game_floor_tag_leader(const FloorScene *s, int person, GfxRect tag, int *x0, int *y0, int *x1, int *y1);
void game_floor_draw_room(FloorScene *s, GameApp *app);
void game_floor_draw_people(FloorScene *s, GameApp *app);
void game_floor_draw_hud(FloorScene *s, GameApp *app);
void game_floor_draw_overlay(FloorScene *s, GameApp *app);
int game_floor_to_px_x(const FloorScene *s, float mx);
int game_floor_to_px_y(const FloorScene *s, float my);
static inline int floor_m2px(const FloorScene *s, float m) { return (int)lroundf(m * s->ppm); }
static inline GfxRect floor_mrect(const FloorScene *s, float x, float y, float w, float h) {
  return (GfxRect){game_floor_to_px_x(s, x), game_floor_to_px_y(s, y), floor_m2px(s, w), floor_m2px(s, h)};
}
/* floor_difficulty.c: the difficulty chooser, an overlay over the room. */
void game_floor_difficulty_open(FloorScene *s, GameApp *app);
void game_floor_difficulty_update(FloorScene *s, GameApp *app, GfxInput *in);
void game_floor_difficulty_draw(FloorScene *s, GameApp *app);
/* The HUD button's label for the current difficulty, fitted to `w` pixels. */
void game_floor_difficulty_label(FloorScene *s, GameApp *app, int w);

/* floor_say.c: Tab / Shift+Tab walk up to the next / previous person present, in the
 * scenario's order from the one in reach (or being walked to), as a click on them would. */
void game_floor_walk_to_next(FloorScene *s, const SimScenario *sc, int step);
/* floor_say.c: self-voicing on the floor, once per drawn frame (after the HUD). */
void game_floor_say(FloorScene *s, GameApp *app);
/* The person in reach as self-voicing says it (name, role, alone or in a group, met
 * before or not, the keys). */
void game_floor_say_person(char *out, size_t len, SimSession *ss, int person);

/* The friendly label of an intention ("Leave with one real conversation"). */
const char *game_floor_intention_label(SimIntention intention);

#endif
