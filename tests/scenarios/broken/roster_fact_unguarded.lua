-- A later meeting whose line remembers a fact even when the player learned none (refused).
-- expect: [.]lua:[0-9]+: .*unknown placeholder '[{]fact[}]'.*with a roster acquaintance: nothing learned
-- Fine as written (its own acquaintance has a fact); the sample who told the player nothing
-- leaves the placeholder unfilled, and `rapport validate` names it.
local given = roster_acquaintance
local A = given or { id = "sofia_marchetti", name = "Sofia Marchetti", org = "Fieldnote Studio",
  role = "product designer", fact_you = "you were nervous about your portfolio workshop" }
local values = { fact = A.fact_you ~= "" and A.fact_you or nil }
local function fill(t, seen)
  if seen[t] then return end
  seen[t] = true
  for k, v in pairs(t) do
    if type(v) == "string" then t[k] = v:gsub("{(%a+)}", function(key) return values[key] end)
    elseif type(v) == "table" then fill(v, seen) end
  end
end
local mixer = scenario {
  id = "roster_fact_unguarded",
  title = "Mini Mixer",
  summary = "A small room with two people, for the tests.",
  teaches = "Say why you came over; remember what you hear.",
  minutes = 30,
  norms = { contact_expected = true, groups_common = false, pace = 0.6 },
  tuning = { energy_cost = 1.2 },
  room = {
    width = 20, height = 12,
    zones = {
      { id = "door", kind = "entrance", label = "Entrance", x = 0, y = 4, w = 3, h = 4, noise = 0.3 },
      { id = "booths", kind = "booths", label = "Booths", x = 3, y = 0, w = 12, h = 8, noise = 0.6 },
      { id = "corner", kind = "quiet", label = "Quiet corner", x = 15, y = 8, w = 5, h = 4, noise = 0.1 },
    },
  },
  people = {
    person {
      id = A.id,
      name = A.name, org = A.org, role = A.role,
      traits = { openness = 0.7, introversion = 0.3, busy = 0.8 },
      interests = { "user research", "running" },
      need = "volunteers for a user study",
      zone = "booths", at = { 6, 3 },
      facts = {
        user_study = "is running a user study on a heart-rate app and needs volunteers",
        half_marathon = "is training for her first half-marathon in May",
      },
      nodes = {
        node "hello" {
          says = "Hi there! Welcome to Pulse Health. Are you looking around?",
          choices = {
            { "Hi, I'm {name}. I remember: {fact}.", "introduce_why", next = "why" },
            { "Can I grab your card?", "card_grab", next = "card" },
            { "I'll come back later, when the queue's gone down a bit.", "exit_graceful" },
          },
        },
        node "why" {
          says = "Oh, nice! Honestly, I'm up to my ears in a user study this term.",
          reveals = { "user_study" },
          need = true,
          choices = {
            { "Would it help if I shared your study call with my cohort?", "offer_help",
              requires = { fact = "user_study" }, next = "thanks" },
            { "What do you do when you're not recruiting?", "ask_open", next = "running" },
            { "Great to meet you. I'll let you get back to the booth now.", "exit_graceful" },
          },
        },
        node "running" {
          says = "Running, mostly. My first half-marathon is in May.",
          reveals = { "half_marathon" },
          common_ground = true,
          choices = {
            { "I ran one last year. The last three miles are all in your head.", "share", shares = true, next = "thanks" },
            { "Good luck with it! I'll let you get back to the booth and your plan.", "exit_graceful" },
          },
        },
        node "thanks" {
          says = "That would be amazing. Here's my email.",
          choices = {
            { "Perfect. I'll send it tonight.", "exchange_contact" },
            { "Could I ask how you got your first research job?", "ask_advice", requires = { tier = 3 }, next = "advice" },
          },
        },
        node "advice" {
          says = "Volunteer on studies. Seriously.",
          choices = {
            { "Thank you, that helps.", "exit_graceful" },
            { "Bye.", "exit_abrupt" },
          },
        },
        node "card" {
          says = "Sure, here you go.",
          choices = {
            { "Thanks.", "exit_abrupt" },
            { "Sorry, I should have introduced myself. I'm {name}.", "introduce", next = "why" },
          },
        },
        node "again" {
          says = "{name}! Good to see you again.",
          choices = {
            { "How is the half-marathon training going?", "follow_up", uses = "half_marathon", next = "running" },
            { "Hi Maya, how is the study going?", "small_talk", next = "why" },
          },
        },
      },
      returning = "again",
      followup = {
        reference = "user_study",
        offer = "share the study call with my cohort",
        request = "ask whether the team takes research interns",
        reply_personal = "Thank you! Three of your classmates signed up already.",
        reply_generic = "Thanks for stopping by the booth.",
        reply_late = "Sorry, who is this again?",
      },
      maintenance = {
        { kind = "share_useful", uses = "half_marathon", text = "Send Maya a training plan",
          reply = "Ha, week six is brutal though!" },
      },
    },
    person {
      id = "tomas_reyes",
      name = "Tomás Reyes", org = "Northwind", role = "Recruiter",
      traits = { openness = 0.5, introversion = 0.6, busy = 0.9 },
      need = "a data analyst for the summer",
      zone = "corner", at = { 17, 10 }, group = "quiet_pair", met_before = 1,
      facts = { analyst = "needs a data analyst for the summer" },
      nodes = {
        node "hello" {
          says = "Hello. Quiet over here, isn't it?",
          reveals = { "analyst" },
          choices = {
            { "Hi, I'm {name}. I came over for a breather, honestly.", "introduce_why", next = "chat" },
            { "Are you hiring at the moment? I'm looking for a summer job.", "ask_job" },
          },
        },
        node "chat" {
          says = "Same. We need a data analyst for the summer, and I've met two hundred people.",
          choices = {
            { "I know someone who might fit. Could I pass your name on?", "offer_help", requires = { fact = "analyst" } },
            { "Enjoy the quiet — I'll leave you two to your breather, then.", "exit_graceful" },
          },
        },
      },
      followup = {
        reference = "analyst",
        offer = "introduce a friend who does data analysis",
        request = "ask what the summer role involves",
        reply_personal = "Yes please, send them my way.",
        reply_generic = "Thanks for reaching out.",
        reply_late = "Thanks, though we filled the role.",
      },
      maintenance = {
        { kind = "check_in", text = "Ask Tomás how the hiring went", reply = "We found someone, thanks!" },
      },
    },
  },
}
fill(mixer, {})
return mixer
