-- drills.lua — the practice menu's drills, as data (docs/scenarios.md, "Declaring drills").
-- Each is a short set-up in a shipped scenario: a person, the path of nodes that leads to the
-- moment (`steps`, node ids from their first node), and what kind of moment it is:
--   talk     a choice in the conversation (the dialogue's own lines are the options)
--   join     how to join their group: `polite` and `barge` are the two lines offered
--   message  the follow-up: the learner types the personal line, judged by the checklist
-- `focus` (a style) names the move the drill is about: its hint explains that style.
-- `walk_off` (opt) adds one more option, walking away without a word.
-- `hint` (opt) replaces the first try's hint (a join or a message has no style of its own).
-- engine/script/practice.c reads this table; the rehearse screen plays it.

return {
  {
    id = "opener", title = "The opener", kind = "talk",
    scenario = "career_fair", person = "maya_okafor", steps = {},
    focus = "introduce_why",
    setup = "Maya Okafor runs the Pulse Health booth. She has just looked up from her "
      .. "stickers and asked what brings you over. Open the conversation.",
  },
  {
    id = "join_group", title = "Joining a group", kind = "join",
    scenario = "career_fair", person = "karim_haddad", steps = {},
    focus = "introduce_why",
    setup = "Karim Haddad and Aroha Ngata share the Greenridge booth and are mid-conversation. "
      .. "You'd like to talk to them. How do you join?",
    polite = "Wait for a pause, catch Karim's eye and let him bring you in.",
    barge = "Step up and start talking over them: \"Sorry — quick question!\"",
    hint = "Wait for a pause and let them welcome you in: cutting into a group puts everyone in it "
      .. "off, and they are the people you wanted to meet.",
  },
  {
    id = "graceful_exit", title = "The graceful exit", kind = "talk",
    scenario = "career_fair", person = "maya_okafor", steps = { "why", "work" },
    focus = "exit_graceful",
    walk_off = "(Head for the next booth without a word.)",
    setup = "You've talked with Maya for a few minutes: she told you about her user study, and "
      .. "the queue behind you is growing. Wrap up so she remembers you well.",
  },
  {
    id = "follow_up", title = "The follow-up message", kind = "message",
    scenario = "career_fair", person = "maya_okafor", steps = { "why", "work", "numbers" },
    setup = "Two days after the fair. You talked with Maya about her heart-rate study and her "
      .. "first half-marathon. Write the personal line of your follow-up to her.",
    hint = "Say who you are, mention something she told you (the study, the race), ask her one "
      .. "real question — and ask for nothing yet.",
  },
}
