/* scene_followup.c — after the event: an inbox of the people met (who can be written to:
 * card or contact held), a composer that builds a message from parts (a personal reference
 * earned, an offer, a request, the generic template) with a timing, the message as it
 * would read, and the person's reply. Continue leads to the online network page.
 * Depends on game state (the session), the sim's follow-up calls and after.h.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "game/after.h"
#include "game/practice.h"
#include "game/scenes.h"
#include "game/state.h"
#include "i18n/i18n.h"

typedef enum FuMode { FU_INBOX, FU_COMPOSE, FU_REPLY } FuMode;

/* FU_OWN: the personal line in their own words (game/practice.h), last in keyboard order so
 * the parts keep their places; laid out under the timing. */
enum { FU_PERSONAL, FU_OFFER, FU_REQUEST, FU_GENERIC, FU_TIMING, FU_SEND, FU_BACK, FU_OWN, FU_ITEMS };

typedef struct FollowupScene {
  UiScene base;
  FuMode mode;
  /* Inbox: people met at this event; the last list item is Continue. */
  int people[SIM_MAX_PEOPLE];
  int count;
  bool sent[SIM_MAX_PEOPLE];
  UiList inbox;
  GfxRect rects[SIM_MAX_PEOPLE + 1];
  int row_y[SIM_MAX_PEOPLE], row_h[SIM_MAX_PEOPLE];
  UiView view;
  /* Composer. */
  int person;
  uint8_t parts;
  int timing;
  int items[FU_ITEMS];
  int item_count;
  UiList form;
  GfxRect form_rects[FU_ITEMS];
  int form_y[FU_ITEMS], form_h[FU_ITEMS];
  GfxRect timing_rects[SIM_TIMING_COUNT];
  UiView form_view;
  char fact[400];
  char preview[1600];
  char note[200];
  /* Reply. */
  char reply[1100];
  char reply_head[200];
  SimReplyKind reply_kind;
  UiButtonRow reply_buttons;
  /* Their own words: the personal line, judged against what this person told them. */
  GameOwnWords own;
  const char *facts[SIM_MAX_FACTS];
  int fact_count;
  bool can_reference;
} FollowupScene;

#define OWN_HEAD TR("followup.or_write_the_personal_line", "Or write the personal line yourself")

static const char *const TIMING_LABELS[SIM_TIMING_COUNT] = {TR_NOOP("followup.same_day", "Same day"), TR_NOOP("followup.within_3_days", "Within 3 days"), TR_NOOP("followup.in_a_week", "In a week"),
                                                             TR_NOOP("followup.in_a_month", "In a month")};

static SimSession *session(GameApp *app) { return app->state->session; }
/* The evening as played (the seed's variants: a fact's wording, a need), so a message quotes
 * what the person actually said; the loaded scenario only before any session exists. */
static const SimScenario *scenario(GameApp *app) {
  const SimSession *ss = app->state->session;
  return ss ? sim_session_scenario(ss) : app->state->scenario;
}

static const SimPerson *person_at(GameApp *app, int person) {
  const SimScenario *sc = scenario(app);
  return sc && person >= 0 && person < sc->person_count ? &sc->people[person] : NULL;
}

/* People the player talked to at this event, in the order first met, plus anyone whose
 * card or contact they hold. */
static void build_inbox(FollowupScene *s, GameApp *app) {
  SimSession *ss = session(app);
  const SimScenario *sc = scenario(app);
  s->count = 0;
  if (!ss || !sc) return;
  bool seen[SIM_MAX_PEOPLE] = {false};
  int talks = sim_session_talk_count(ss);
  for (int i = 0; i < talks; i++) {
    const SimTalkRecord *t = sim_session_talk(ss, i);
    if (t && t->person >= 0 && t->person < sc->person_count && !seen[t->person]) {
      seen[t->person] = true;
      s->people[s->count++] = t->person;
    }
  }
  for (int p = 0; p < sc->person_count; p++) {
    const SimRelation *r = sim_session_relation(ss, p);
    if (!seen[p] && r && (r->card || r->contact) && s->count < SIM_MAX_PEOPLE) {
      seen[p] = true;
      s->people[s->count++] = p;
    }
  }
  s->inbox.count = s->count + 1;
}

static void status_text(FollowupScene *s, GameApp *app, int i, char *out, size_t outlen, UiColor *color) {
  int p = s->people[i];
  const SimRelation *r = sim_session_relation(session(app), p);
  SimFollowUpOptions o;
  sim_follow_up_options(session(app), p, &o);
  *color = UI_C_INK_SOFT;
  if (s->sent[i]) {
    snprintf(out, outlen, TR("followup.message_sent_replied", "Message sent. %s replied."), game_after_name(person_at(app, p)));
    *color = UI_C_GOOD;
  } else if (o.can_message) {
    snprintf(out, outlen, "%s", r && r->contact ? TR("followup.you_swapped_contact_details_you", "You swapped contact details: you can write to them.")
                                                : TR("followup.you_have_their_card_you", "You have their card: you can write to them."));
    *color = UI_C_ACCENT;
  } else if (r && r->followed_up) {
    snprintf(out, outlen, TR("followup.you_have_already_followed_up", "You have already followed up."));
  } else {
    snprintf(out, outlen, TR("followup.no_card_or_contact_so", "No card or contact, so there's no way to write to them. Next time, ask "
                          "before you part."));
  }
}

/* Whether person row i can still be written to (card or contact held, nothing sent yet). */
static bool can_write(FollowupScene *s, GameApp *app, int i) {
  if (i < 0 || i >= s->count || s->sent[i]) return false;
  SimFollowUpOptions o;
  sim_follow_up_options(session(app), s->people[i], &o);
  return o.can_message;
}

static bool followed_up(FollowupScene *s, GameApp *app, int i) {
  const SimRelation *r = i >= 0 && i < s->count ? sim_session_relation(session(app), s->people[i]) : NULL;
  return r && r->followed_up;
}

/* Focus the first row from `from` on (wrapping) that can still be written to, else
 * Continue: after a message is sent the keyboard moves on instead of staying on a row
 * where Enter does nothing. */
static void focus_next_writable(FollowupScene *s, GameApp *app, int from) {
  for (int k = 0; k < s->count; k++) {
    int i = (from + k) % s->count;
    if (can_write(s, app, i)) {
      s->inbox.focus = i;
      return;
    }
  }
  s->inbox.focus = s->count;
}

/* ---- Inbox layout ---- */

/* An inbox row: the person's portrait in a column on the left, their text beside it. */
static int inbox_portrait_col(GameApp *app) { return app->theme.unit * 15; }

static int inbox_text_w(GameApp *app) {
  return GFX_WIDTH - 2 * app->theme.margin - inbox_portrait_col(app) - app->theme.unit * 4;
}

static void layout_inbox(FollowupScene *s, GameApp *app) {
  const UiTheme *t = &app->theme;
  int top = ui_header_bottom(&app->ui, TR("followup.write_to_the_people_you", "Write to the people you met. A specific message soon after the event is "
                                     "where real networking happens."));
  int bh = ui_button_height(&app->ui);
  int bottom = ui_footer_top(&app->ui) - t->unit * 2 - bh - t->unit * 2;
  s->view.rect = (GfxRect){t->margin, top, GFX_WIDTH - 2 * t->margin, bottom - top};
  int y = 0;
  int tw = inbox_text_w(app);
  for (int i = 0; i < s->count; i++) {
    const SimPerson *p = person_at(app, s->people[i]);
    char line[300], status[300];
    UiColor c;
    snprintf(line, sizeof line, "%s%s%s", p && p->role ? p->role : "", p && p->role && p->org ? ", " : "",
             p && p->org ? p->org : "");
    status_text(s, app, i, status, sizeof status, &c);
    int h = ui_text_height(&app->ui, GFX_FONT_BOLD, UI_T_BODY, tw, game_after_name(p)) +
            ui_text_height(&app->ui, GFX_FONT_REGULAR, UI_T_SMALL, tw, line) + t->unit / 2 +
            ui_text_height(&app->ui, GFX_FONT_REGULAR, UI_T_BODY, tw, status) + t->unit * 3;
    if (h < t->unit * 12) h = t->unit * 12; /* never shorter than the portrait needs */
    s->row_y[i] = y;
    s->row_h[i] = h;
    y += h + t->unit * 2;
  }
  s->view.scroll.content_h = y;
  int off = s->view.rect.y - (int)s->view.scroll.offset;
  for (int i = 0; i < s->count; i++) {
    GfxRect r = {s->view.rect.x, off + s->row_y[i], s->view.rect.w - t->unit * 7 / 4, s->row_h[i]};
    /* Only the visible part is clickable. */
    int y0 = r.y < s->view.rect.y ? s->view.rect.y : r.y;
    int y1 = r.y + r.h > s->view.rect.y + s->view.rect.h ? s->view.rect.y + s->view.rect.h : r.y + r.h;
    s->rects[i] = (GfxRect){r.x, y0, r.w, y1 > y0 ? y1 - y0 : 0};
  }
  int w, h;
  gfx_measure(app->gfx, GFX_FONT_BOLD, ui_size(t, UI_T_BODY), TR("followup.continue_your_online_network", "Continue: your online network"), &w, &h);
  w += t->unit * 6;
  s->rects[s->count] = (GfxRect){GFX_WIDTH - t->margin - w, ui_footer_top(&app->ui) - t->unit * 2 - bh, w, bh};
}

/* ---- Composer ---- */

static void build_preview(FollowupScene *s, GameApp *app) {
  const SimPerson *p = person_at(app, s->person);
  const SimScenario *sc = scenario(app);
  char event[160];
  game_after_event_phrase(sc ? sc->title : NULL, event, sizeof event);
  char first[64];
  snprintf(first, sizeof first, "%s", game_after_name(p));
  char *space = strchr(first, ' ');
  if (space) *space = '\0';
  char body[1400];
  size_t n = 0;
#define ADD(...)                                                              \
  do {                                                                        \
    int k_ = snprintf(body + n, sizeof body - n, __VA_ARGS__);                \
    if (k_ > 0) n = (size_t)k_ >= sizeof body - n ? sizeof body - 1 : n + (size_t)k_; \
  } while (0)
  ADD(TR("followup.hi", "Hi %s,\n\n"), first);
  switch (s->timing) {
    case SIM_TIMING_SAME_DAY: ADD(TR("followup.thank_you_for_talking_with", "Thank you for talking with me at %s today."), event); break;
    case SIM_TIMING_WITHIN_3_DAYS: ADD(TR("followup.thank_you_for_talking_with_2", "Thank you for talking with me at %s earlier this week."), event); break;
    case SIM_TIMING_WEEK: ADD(TR("followup.thank_you_for_talking_with_3", "Thank you for talking with me at %s last week."), event); break;
    default: ADD(TR("followup.its_been_a_month_since", "It's been a month since we met at %s, but I wanted to say thank you."), event); break;
  }
  if (s->own.result.words > 0) ADD(" %s", s->own.text);
  if (s->parts & SIM_PART_PERSONAL) ADD(TR("followup.ive_been_thinking_about_what", " I've been thinking about what you told me: that %s."), s->fact);
  if (s->parts & SIM_PART_OFFER && p && p->followup.offer) ADD(TR("followup.id_be_glad_to_if", " I'd be glad to %s, if that would help."), p->followup.offer);
  if (s->parts & SIM_PART_REQUEST && p && p->followup.request) ADD(TR("followup.i_also_wanted_to", " I also wanted to %s."), p->followup.request);
  if (s->parts & SIM_PART_GENERIC) ADD(TR("followup.it_was_nice_to_meet", " It was nice to meet you. Here's my CV in case any roles come up."));
  ADD(TR("followup.best_wishes", "\n\nBest wishes,\n{name}"));
#undef ADD
  game_state_personalise(app->state, body, s->preview, sizeof s->preview);
}

static void open_composer(FollowupScene *s, GameApp *app, int person) {
  const SimPerson *p = person_at(app, person);
  SimFollowUpOptions o;
  sim_follow_up_options(session(app), person, &o);
  s->person = person;
  s->mode = FU_COMPOSE;
  s->item_count = 0;
  s->fact[0] = '\0';
  s->note[0] = '\0';
  if (o.can_reference && p && p->followup.reference) {
    game_after_fact_to_you(p->followup.reference, s->fact, sizeof s->fact);
    s->items[s->item_count++] = FU_PERSONAL;
  }
  s->items[s->item_count++] = FU_OFFER;
  s->items[s->item_count++] = FU_REQUEST;
  s->items[s->item_count++] = FU_GENERIC;
  s->items[s->item_count++] = FU_TIMING;
  s->items[s->item_count++] = FU_SEND;
  s->items[s->item_count++] = FU_BACK;
  s->items[s->item_count++] = FU_OWN;
  s->own.text[0] = '\0';
  s->own.typing = false;
  s->can_reference = o.can_reference;
  const SimRelation *rel = sim_session_relation(session(app), person);
  s->fact_count = 0;
  for (int f = 0; p && rel && f < p->fact_count; f++)
    if ((rel->facts_known >> f) & 1u) s->facts[s->fact_count++] = p->facts[f].text;
  game_own_words_update(&s->own, NULL, SIM_CHECK_FOLLOW_UP, app->state->profile.name, s->facts, s->fact_count, true);
  s->parts = 0;
  s->timing = SIM_TIMING_WITHIN_3_DAYS;
  s->form = (UiList){.focus = 0, .count = s->item_count, .numbers = false};
  s->form_view.scroll = (UiScroll){0};
  build_preview(s, app);
}

static void item_text(FollowupScene *s, GameApp *app, int item, const char **label, char *explain, size_t len) {
  const SimPerson *p = person_at(app, s->person);
  switch (item) {
    case FU_PERSONAL:
      *label = TR("followup.mention_what_they_told_you", "Mention what they told you");
      snprintf(explain, len, TR("followup.a_personal_reference_you_earned", "A personal reference you earned: %s."), s->fact);
      break;
    case FU_OFFER:
      *label = TR("followup.offer_something_of_value", "Offer something of value");
      snprintf(explain, len, TR("followup.offer_to", "Offer to %s."), p && p->followup.offer ? p->followup.offer : "help");
      break;
    case FU_REQUEST:
      *label = TR("followup.make_a_request", "Make a request");
      snprintf(explain, len, "%s.", p && p->followup.request ? p->followup.request : TR("followup.ask_to_meet_again", "ask to meet again"));
      if (explain[0] >= 'a' && explain[0] <= 'z') explain[0] = (char)(explain[0] - 'a' + 'A');
      break;
    case FU_GENERIC:
      *label = TR("followup.use_the_generic_template", "Use the generic template");
      snprintf(explain, len, TR("followup.nice_to_meet_you_heres", "\"Nice to meet you, here's my CV.\""));
      break;
    default:
      *label = "";
      explain[0] = '\0';
  }
}

/* What the typed line counts as in the message (the sim's parts). */
static bool own_is_personal(const FollowupScene *s) {
  for (int k = 0; k < s->own.result.count; k++)
    if (s->own.result.items[k].item == SIM_CHECK_DETAIL) return s->own.result.items[k].found && s->can_reference;
  return false;
}

static const char *own_counts_as(const FollowupScene *s) {
  if (s->own.result.words == 0) return "";
  return own_is_personal(s) ? TR("followup.this_counts_as_a_personal", "This counts as a personal reference: it mentions what they told you.")
                            : TR("followup.without_something_they_told_you", "Without something they told you, this reads as a general note.");
}

static int own_height(FollowupScene *s, GameApp *app, int w) {
  const UiTheme *t = &app->theme;
  int h = ui_text_height(&app->ui, GFX_FONT_BOLD, UI_T_BODY, w, OWN_HEAD) + t->unit + t->unit * 8 + t->unit * 2;
  h += game_own_words_checklist(app, &s->own, 0, 0, w, false);
  if (s->own.result.words > 0) h += ui_text_height(&app->ui, GFX_FONT_BOLD, UI_T_SMALL, w, own_counts_as(s)) + t->unit;
  return h;
}

static void draw_own(FollowupScene *s, GameApp *app, GfxRect r, bool focused) {
  const UiTheme *t = &app->theme;
  int y = r.y;
  y += ui_text(&app->ui, GFX_FONT_BOLD, UI_T_BODY, UI_C_INK, r.x, y, r.w, OWN_HEAD) + t->unit;
  GfxRect box = {r.x, y, r.w, t->unit * 8};
  game_own_words_draw_box(app, box, &s->own, TR("followup.type_a_line_only_you", "Type a line only you could write to them."), &s->form_view.rect);
  if (focused && !s->own.typing) ui_focus_ring(&app->ui, box);
  y += box.h + t->unit * 2;
  if (s->own.result.words > 0)
    y += ui_text(&app->ui, GFX_FONT_BOLD, UI_T_SMALL, own_is_personal(s) ? UI_C_GOOD : UI_C_INK_SOFT, r.x, y, r.w,
                 own_counts_as(s)) + t->unit;
  game_own_words_checklist(app, &s->own, r.x, y, r.w, true);
}

static int form_width(GameApp *app) { return (GFX_WIDTH - 2 * app->theme.margin) * 47 / 100; }

static void layout_form(FollowupScene *s, GameApp *app) {
  const UiTheme *t = &app->theme;
  const SimPerson *p = person_at(app, s->person);
  char sub[160];
  snprintf(sub, sizeof sub, TR("followup.to_build_the_message_from", "To %s. Build the message from its parts."), game_after_name(p));
  int top = ui_header_bottom(&app->ui, sub);
  int bh = ui_button_height(&app->ui);
  int bottom = ui_footer_top(&app->ui) - t->unit * 4 - bh;
  int w = form_width(app);
  int u = t->unit; /* a unit around the form's items keeps their focus ring in view */
  s->form_view.rect = (GfxRect){t->margin - u, top, w + u * 2, bottom - top};
  int inner = w - u;
  int y = u;
  int size = ui_size(t, UI_T_BODY);
  int lh = gfx_line_height(app->gfx, GFX_FONT_BOLD, size);
  for (int i = 0; i < s->item_count; i++) {
    int it = s->items[i];
    int h;
    if (it == FU_TIMING) {
      h = lh + t->unit + 2 * bh + t->unit * 2;
    } else if (it == FU_OWN) {
      h = own_height(s, app, inner);
    } else if (it == FU_SEND || it == FU_BACK) {
      continue; /* fixed at the bottom right, under the preview */
    } else {
      const char *label;
      char explain[500];
      item_text(s, app, it, &label, explain, sizeof explain);
      h = ui_toggle_height(&app->ui, inner, label, explain);
    }
    s->form_y[i] = y;
    s->form_h[i] = h;
    y += h + t->unit * 2;
  }
  s->form_view.scroll.content_h = y - u * 2 + u;
  s->form_view.scroll.view_h = s->form_view.rect.h;
  int off = s->form_view.rect.y - (int)s->form_view.scroll.offset;
  for (int i = 0; i < s->item_count; i++) {
    int it = s->items[i];
    int x = s->form_view.rect.x + t->unit;
    int rw = inner;
    if (it == FU_SEND || it == FU_BACK) {
      int tw, th, bw;
      gfx_measure(app->gfx, GFX_FONT_BOLD, size, TR("followup.send_the_message", "Send the message"), &tw, &th);
      gfx_measure(app->gfx, GFX_FONT_BOLD, size, TR("followup.back_to_the_inbox", "Back to the inbox"), &bw, &th);
      int by = ui_footer_top(&app->ui) - t->unit * 2 - bh;
      int sx = GFX_WIDTH - t->margin - (tw + t->unit * 6);
      if (it == FU_SEND) s->form_rects[i] = (GfxRect){sx, by, tw + t->unit * 6, bh};
      else s->form_rects[i] = (GfxRect){sx - t->unit * 2 - (bw + t->unit * 6), by, bw + t->unit * 6, bh};
      continue;
    }
    GfxRect r = {x, off + s->form_y[i], rw, s->form_h[i]};
    s->form_rects[i] = r;
    if (it == FU_TIMING) {
      int cy = r.y + lh + t->unit;
      int cw = (inner - t->unit) / 2;
      for (int k = 0; k < SIM_TIMING_COUNT; k++)
        s->timing_rects[k] = (GfxRect){x + (k % 2) * (cw + t->unit), cy + (k / 2) * (bh + t->unit), cw, bh};
    }
  }
}

static void send(FollowupScene *s, GameApp *app) {
  if (!s->parts && s->own.result.words == 0) {
    snprintf(s->note, sizeof s->note, TR("followup.choose_at_least_one_part", "Choose at least one part of the message, or write a line, first."));
    return;
  }
  uint8_t parts = s->parts;
  if (s->own.result.words > 0) { /* their own line: personal when it uses what they were told */
    if (own_is_personal(s)) parts |= SIM_PART_PERSONAL;
    else if (!parts) parts = SIM_PART_GENERIC;
  }
  SimMessage msg = {.parts = parts, .timing = (SimTiming)s->timing};
  SimFollowUpResult res;
  int st = sim_follow_up(session(app), s->person, &msg, &res);
  if (st != SIM_OK) {
    snprintf(s->note, sizeof s->note, TR("followup.that_message_cant_be_sent", "That message can't be sent (%s)."), sim_status_text(st));
    return;
  }
  for (int i = 0; i < s->count; i++)
    if (s->people[i] == s->person) s->sent[i] = true;
  const SimPerson *p = person_at(app, s->person);
  game_state_personalise(app->state, res.reply_text ? res.reply_text : TR("followup.thanks_for_your_message", "Thanks for your message."), s->reply,
                         sizeof s->reply);
  s->reply_kind = res.reply;
  snprintf(s->reply_head, sizeof s->reply_head, TR("followup.replied", "%s replied"), game_after_name(p));
  s->mode = FU_REPLY;
  const char *labels[] = {TR("followup.back_to_the_inbox", "Back to the inbox")};
  ui_buttons_init(&s->reply_buttons, 1, labels);
}

static void activate_form(FollowupScene *s, GameApp *app, int index) {
  int it = s->items[index];
  s->note[0] = '\0';
  switch (it) {
    case FU_PERSONAL: s->parts ^= SIM_PART_PERSONAL; break;
    case FU_OFFER: s->parts ^= SIM_PART_OFFER; break;
    case FU_REQUEST: s->parts ^= SIM_PART_REQUEST; break;
    case FU_GENERIC: s->parts ^= SIM_PART_GENERIC; break;
    case FU_TIMING: s->timing = (s->timing + 1) % SIM_TIMING_COUNT; break;
    case FU_SEND: send(s, app); return;
    case FU_BACK: s->mode = FU_INBOX; return;
    case FU_OWN: s->own.typing = true; return;
    default: break;
  }
  build_preview(s, app);
}

/* ---- Update ---- */

static void update_inbox(FollowupScene *s, GameApp *app, GfxInput *in) {
  layout_inbox(s, app);
  ui_scroll_update(&s->view.scroll, in, s->view.rect, &app->theme);
  int hit = ui_list_update(&s->inbox, in, s->rects);
  if (s->inbox.focus < s->count) ui_scroll_follow(&s->view.scroll, s->row_y[s->inbox.focus], s->row_h[s->inbox.focus]);
  if (hit < 0) return;
  if (hit == s->count) {
    ui_stack_push(&app->stack, game_online_scene(app));
    return;
  }
  if (can_write(s, app, hit)) open_composer(s, app, s->people[hit]);
}

static void update_compose(FollowupScene *s, GameApp *app, GfxInput *in) {
  layout_form(s, app);
  ui_scroll_update(&s->form_view.scroll, in, s->form_view.rect, &app->theme);
  if (s->own.typing) { /* typing their own line: Tab, Enter, Esc or Up/Down leave the box */
    if (game_own_words_update(&s->own, in, SIM_CHECK_FOLLOW_UP, app->state->profile.name, s->facts, s->fact_count, false))
      build_preview(s, app);
    if (in->pressed[GFX_ACT_NEXT] || in->pressed[GFX_ACT_PREV] || in->pressed[GFX_ACT_CONFIRM] ||
        in->pressed[GFX_ACT_BACK] || in->pressed[GFX_ACT_UP] || in->pressed[GFX_ACT_DOWN])
      s->own.typing = false;
    if (in->clicked) s->own.typing = false; /* a click elsewhere is handled next frame */
    in->text_active = s->own.typing;
    for (int i = 0; i < s->item_count; i++)
      if (s->items[i] == FU_OWN) ui_scroll_follow(&s->form_view.scroll, s->form_y[i], s->form_h[i]);
    return;
  }
  int focus = s->form.focus;
  if (s->items[focus] == FU_TIMING) {
    if (in->pressed[GFX_ACT_LEFT] && s->timing > 0) s->timing--;
    if (in->pressed[GFX_ACT_RIGHT] && s->timing < SIM_TIMING_COUNT - 1) s->timing++;
    if (in->pressed[GFX_ACT_LEFT] || in->pressed[GFX_ACT_RIGHT]) build_preview(s, app);
  }
  for (int k = 0; k < SIM_TIMING_COUNT; k++)
    if (ui_clicked(in, s->timing_rects[k])) {
      s->timing = k;
      build_preview(s, app);
      for (int i = 0; i < s->item_count; i++)
        if (s->items[i] == FU_TIMING) s->form.focus = i;
      return;
    }
  if (in->pressed[GFX_ACT_BACK]) {
    s->mode = FU_INBOX;
    return;
  }
  int hit = ui_list_update(&s->form, in, s->form_rects);
  int fi = s->items[s->form.focus];
  if (fi != FU_SEND && fi != FU_BACK)
    ui_scroll_follow(&s->form_view.scroll, s->form_y[s->form.focus], s->form_h[s->form.focus]);
  if (hit >= 0) activate_form(s, app, hit);
}

static void followup_update(UiScene *self, void *app_ptr, GfxInput *in) {
  FollowupScene *s = (FollowupScene *)self;
  GameApp *app = app_ptr;
  in->text_active = false;
  switch (s->mode) {
    case FU_INBOX: update_inbox(s, app, in); break;
    case FU_COMPOSE: update_compose(s, app, in); break;
    case FU_REPLY: {
      ui_buttons_layout(&app->ui, &s->reply_buttons);
      int b = ui_buttons_update(&s->reply_buttons, in, true);
      if (b >= 0 || in->pressed[GFX_ACT_BACK]) {
        s->mode = FU_INBOX;
        int row = 0;
        for (int i = 0; i < s->count; i++)
          if (s->people[i] == s->person) row = i;
        focus_next_writable(s, app, row + 1);
      }
      break;
    }
  }
}

/* ---- Draw ---- */

static void draw_inbox(FollowupScene *s, GameApp *app) {
  const UiTheme *t = &app->theme;
  Gfx *g = app->gfx;
  ui_page_header(&app->ui, TR("followup.after_the_event", "After the event"),
                 TR("followup.write_to_the_people_you", "Write to the people you met. A specific message soon after the event is where real "
                 "networking happens."));
  layout_inbox(s, app);
  int top = ui_view_begin(&app->ui, &s->view);
  int tw = inbox_text_w(app);
  if (s->count == 0)
    ui_text(&app->ui, GFX_FONT_REGULAR, UI_T_BODY, UI_C_INK_SOFT, s->view.rect.x, top, s->view.rect.w,
               TR("followup.you_didnt_talk_with_anyone", "You didn't talk with anyone this time, and that's all right. Leaving early is never a "
               "failure; next time, try one real conversation."));
  for (int i = 0; i < s->count; i++) {
    const SimPerson *p = person_at(app, s->people[i]);
    GfxRect r = {s->view.rect.x, top + s->row_y[i], s->view.rect.w - t->unit * 7 / 4, s->row_h[i]};
    if (r.y + r.h < s->view.rect.y || r.y > s->view.rect.y + s->view.rect.h) continue;
    ui_panel(&app->ui, r, UI_C_SURFACE);
    int col = inbox_portrait_col(app), face = t->unit * 21 / 2;
    game_draw_portrait(g, r.x + col / 2, r.y + (r.h - face) / 2, face, game_after_look(p),
                       s->sent[i] ? GAME_MOOD_INTERESTED : GAME_MOOD_NEUTRAL);
    int x = r.x + col + t->unit * 2;
    int y = r.y + t->unit + t->unit / 2;
    y += ui_text(&app->ui, GFX_FONT_BOLD, UI_T_BODY, UI_C_INK, x, y, tw, game_after_name(p));
    char line[300], status[300];
    UiColor c;
    snprintf(line, sizeof line, "%s%s%s", p && p->role ? p->role : "", p && p->role && p->org ? ", " : "",
             p && p->org ? p->org : "");
    y += ui_text(&app->ui, GFX_FONT_REGULAR, UI_T_SMALL, UI_C_INK_SOFT, x, y, tw, line) + t->unit / 2;
    status_text(s, app, i, status, sizeof status, &c);
    ui_text(&app->ui, GFX_FONT_REGULAR, UI_T_BODY, c, x, y, tw, status);
    if (i == s->inbox.focus) {
      ui_focus_ring(&app->ui, r);
      ui_announce_focus(&app->ui, game_after_name(p), UI_KIND_CARD, status);
    }
  }
  ui_view_end(&app->ui, &s->view, s->view.scroll.content_h);
  ui_button(&app->ui, s->rects[s->count], TR("followup.continue_your_online_network", "Continue: your online network"), UI_BUTTON_PRIMARY,
            s->inbox.focus == s->count, false);
  const char *hint = TR("followup.up_down_or_tab_move", "Up/Down or Tab: move   Enter or click: write to them   Wheel: scroll");
  if (s->inbox.focus == s->count)
    hint = TR("followup.up_down_or_tab_move_2", "Up/Down or Tab: move   Enter or click: continue   Wheel: scroll");
  else if (s->inbox.focus < s->count && (s->sent[s->inbox.focus] || followed_up(s, app, s->inbox.focus)))
    hint = TR("followup.message_sent_to_them_up", "Message sent to them   Up/Down or Tab: move   Wheel: scroll");
  else if (!can_write(s, app, s->inbox.focus))
    hint = TR("followup.no_way_to_write_to", "No way to write to them   Up/Down or Tab: move   Wheel: scroll");
  ui_footer_hint(&app->ui, hint);
}

static void draw_compose(FollowupScene *s, GameApp *app) {
  const UiTheme *t = &app->theme;
  const SimPerson *p = person_at(app, s->person);
  char sub[160];
  snprintf(sub, sizeof sub, TR("followup.to_build_the_message_from", "To %s. Build the message from its parts."), game_after_name(p));
  ui_page_header(&app->ui, TR("followup.write_a_follow_up", "Write a follow-up"), sub);
  layout_form(s, app);
  int size = ui_size(t, UI_T_BODY);
  ui_view_begin(&app->ui, &s->form_view);
  for (int i = 0; i < s->item_count; i++) {
    int it = s->items[i];
    GfxRect r = s->form_rects[i];
    bool focused = i == s->form.focus;
    if (it == FU_TIMING) {
      gfx_text(app->gfx, GFX_FONT_BOLD, size, ui_color(t, UI_C_INK), r.x, r.y, GFX_ALIGN_LEFT, TR("followup.when_to_send_it", "When to send it"));
      for (int k = 0; k < SIM_TIMING_COUNT; k++) {
        bool on = k == s->timing;
        GfxRect c = s->timing_rects[k];
        gfx_fill_round_rect(app->gfx, c, t->radius, ui_color(t, on ? UI_C_ACCENT : UI_C_SURFACE));
        gfx_outline_round_rect(app->gfx, c, t->radius, 1, ui_color(t, on ? UI_C_ACCENT : UI_C_LINE));
        char label[64];
        ui_fit(&app->ui, on ? GFX_FONT_BOLD : GFX_FONT_REGULAR, UI_T_BODY, i18n_text_static(TIMING_LABELS[k]), c.w - t->unit * 2, label, sizeof label);
        int lh = gfx_line_height(app->gfx, GFX_FONT_BOLD, size);
        gfx_text(app->gfx, on ? GFX_FONT_BOLD : GFX_FONT_REGULAR, size, ui_color(t, on ? UI_C_ACCENT_INK : UI_C_INK),
                 c.x + c.w / 2, c.y + (c.h - lh) / 2, GFX_ALIGN_CENTER, label);
      }
      if (focused) {
        ui_focus_ring(&app->ui, (GfxRect){r.x - 4, r.y - 4, r.w + 8, r.h - t->unit + 8});
        ui_announce_focus(&app->ui, TR("followup.when_to_send_it", "When to send it"), UI_KIND_SETTING, i18n_text_static(TIMING_LABELS[s->timing]));
      }
    } else if (it == FU_SEND || it == FU_BACK) {
      continue;
    } else if (it == FU_OWN) {
      draw_own(s, app, r, focused);
    } else {
      const char *label;
      char explain[500];
      item_text(s, app, it, &label, explain, sizeof explain);
      bool on = (it == FU_PERSONAL && (s->parts & SIM_PART_PERSONAL)) || (it == FU_OFFER && (s->parts & SIM_PART_OFFER)) ||
                (it == FU_REQUEST && (s->parts & SIM_PART_REQUEST)) || (it == FU_GENERIC && (s->parts & SIM_PART_GENERIC));
      ui_toggle(&app->ui, r, label, explain, on, focused, false);
    }
  }
  ui_view_end(&app->ui, &s->form_view, s->form_view.scroll.content_h);
  for (int i = 0; i < s->item_count; i++) {
    if (s->items[i] == FU_SEND)
      ui_button(&app->ui, s->form_rects[i], TR("followup.send_the_message", "Send the message"), UI_BUTTON_PRIMARY, i == s->form.focus, false);
    if (s->items[i] == FU_BACK)
      ui_button(&app->ui, s->form_rects[i], TR("followup.back_to_the_inbox", "Back to the inbox"), UI_BUTTON_SECONDARY, i == s->form.focus, false);
  }
  /* The message as it would read. */
  int x = s->form_view.rect.x + s->form_view.rect.w + t->unit * 3;
  int w = GFX_WIDTH - t->margin - x;
  int y = s->form_view.rect.y;
  int pad = t->unit * 2;
  int label_h = gfx_line_height(app->gfx, GFX_FONT_BOLD, ui_size(t, UI_T_SMALL));
  int max_h = ui_footer_top(&app->ui) - t->unit * 4 - ui_button_height(&app->ui) - (y + 8);
  int note_h = s->note[0] ? ui_text_height(&app->ui, GFX_FONT_BOLD, UI_T_BODY, w - 2 * pad, s->note) + t->unit : 0;
  /* At a large text size a long message steps down to the small role rather than clip. */
  UiType role = UI_T_BODY;
  int text_h = ui_text_height(&app->ui, GFX_FONT_REGULAR, role, w - 2 * pad, s->preview);
  for (UiType smaller = UI_T_SMALL; smaller <= UI_T_TAG && label_h + t->unit + text_h + note_h + 2 * pad > max_h;
       smaller++) { /* a longer language at the largest size may need the tag role (body size at 100%) */
    role = smaller;
    text_h = ui_text_height(&app->ui, GFX_FONT_REGULAR, role, w - 2 * pad, s->preview);
  }
  int h = label_h + t->unit + text_h + note_h + 2 * pad;
  if (h > max_h) h = max_h;
  GfxRect panel = {x, y + 8, w, h};
  ui_panel(&app->ui, panel, UI_C_SURFACE);
  gfx_fill_round_rect(app->gfx, (GfxRect){x, y + 8, 6, h}, 3, ui_color(t, UI_C_WARM));
  gfx_set_clip(app->gfx, &panel);
  gfx_text(app->gfx, GFX_FONT_BOLD, ui_size(t, UI_T_SMALL), ui_color(t, UI_C_INK_SOFT), x + pad, y + 8 + pad,
           GFX_ALIGN_LEFT, s->parts || s->own.result.words > 0 ? TR("followup.your_message_as_it_will", "Your message, as it will read") : TR("followup.your_message_choose_its_parts", "Your message (choose its parts)"));
  int ty = y + 8 + pad + label_h + t->unit;
  ty += ui_text(&app->ui, GFX_FONT_REGULAR, role, s->parts ? UI_C_INK : UI_C_INK_SOFT, x + pad, ty, w - 2 * pad, s->preview);
  if (s->note[0]) ui_text(&app->ui, GFX_FONT_BOLD, UI_T_BODY, UI_C_DANGER, x + pad, ty + t->unit, w - 2 * pad, s->note);
  gfx_set_clip(app->gfx, NULL);
  ui_footer_hint(&app->ui, s->own.typing ? TR("followup.type_your_line_enter_tab", "Type your line   Enter, Tab or Esc: done")
                                         : TR("followup.up_down_move_enter_or", "Up/Down: move   Enter or click: toggle   Left/Right: timing   Esc: back"));
}

static void draw_reply(FollowupScene *s, GameApp *app) {
  const UiTheme *t = &app->theme;
  const SimPerson *p = person_at(app, s->person);
  ui_page_header(&app->ui, s->reply_head, NULL);
  int top = ui_header_bottom(&app->ui, NULL);
  int bottom = ui_buttons_layout(&app->ui, &s->reply_buttons) - t->unit * 2;
  GameMood mood = s->reply_kind == SIM_REPLY_PERSONAL ? GAME_MOOD_INTERESTED
                  : s->reply_kind == SIM_REPLY_LATE   ? GAME_MOOD_UNCOMFORTABLE
                                                      : GAME_MOOD_NEUTRAL;
  /* Their portrait on the left, the reply in a panel beside it. */
  int u = t->unit, face = u * 25;
  game_draw_portrait(app->gfx, t->margin + u * 55 / 4, top + u, face, game_after_look(p), mood);
  int x = t->margin + u * 65 / 2;
  int w = GFX_WIDTH - t->margin - x;
  GfxRect panel = {x, top, w, bottom - top};
  int pad = t->unit * 3;
  int h = ui_text_height(&app->ui, GFX_FONT_REGULAR, UI_T_SUBHEADING, w - 2 * pad, s->reply) + 2 * pad;
  if (h < panel.h) panel.h = h;
  ui_panel(&app->ui, panel, UI_C_SURFACE);
  gfx_set_clip(app->gfx, &panel);
  ui_text(&app->ui, GFX_FONT_REGULAR, UI_T_SUBHEADING, UI_C_INK, x + pad, top + pad, w - 2 * pad, s->reply);
  gfx_set_clip(app->gfx, NULL);
  /* What you sent, quieter, in the space left below. */
  int y = panel.y + panel.h + t->unit * 3;
  /* The timing in lower case inside the brackets: "What you sent (within 3 days)". */
  char timing[32], label[96];
  snprintf(timing, sizeof timing, "%s", i18n_text_static(TIMING_LABELS[s->timing]));
  if (timing[0] >= 'A' && timing[0] <= 'Z') timing[0] = (char)(timing[0] - 'A' + 'a');
  snprintf(label, sizeof label, TR("followup.what_you_sent", "What you sent (%s)"), timing);
  int sent_h = ui_text_height(&app->ui, GFX_FONT_BOLD, UI_T_SMALL, w, label) + t->unit / 2 +
               ui_text_height(&app->ui, GFX_FONT_REGULAR, UI_T_SMALL, w, s->preview);
  if (y + sent_h <= bottom) { /* only when it fits whole: never a clipped message */
    y += ui_text(&app->ui, GFX_FONT_BOLD, UI_T_SMALL, UI_C_INK_SOFT, x, y, w, label) + t->unit / 2;
    ui_text(&app->ui, GFX_FONT_REGULAR, UI_T_SMALL, UI_C_INK_SOFT, x, y, w, s->preview);
  }
  ui_buttons_draw(&app->ui, &s->reply_buttons, true);
  ui_footer_hint(&app->ui, TR("followup.enter_esc_or_click_back", "Enter, Esc or click: back to the inbox"));
}

static void followup_draw(UiScene *self, void *app_ptr, Gfx *g) {
  (void)g;
  FollowupScene *s = (FollowupScene *)self;
  GameApp *app = app_ptr;
  switch (s->mode) {
    case FU_INBOX: draw_inbox(s, app); break;
    case FU_COMPOSE: draw_compose(s, app); break;
    case FU_REPLY: draw_reply(s, app); break;
  }
}

static void followup_destroy(UiScene *self) {
  FollowupScene *s = (FollowupScene *)self;
  game_own_words_free(&s->own);
  free(s);
}

static const UiSceneOps FOLLOWUP_OPS = {
  .name = "followup", .update = followup_update, .draw = followup_draw, .destroy = followup_destroy,
};

UiScene *game_followup_scene(GameApp *app) {
  FollowupScene *s = calloc(1, sizeof *s);
  if (!s) return NULL;
  s->base.ops = &FOLLOWUP_OPS;
  s->person = -1;
  s->inbox = (UiList){.focus = 0, .count = 1, .numbers = true};
  game_own_words_init(&s->own);
  build_inbox(s, app);
  /* Start on the first person who can be written to, else on Continue. */
  focus_next_writable(s, app, 0);
  return &s->base;
}
