-- A tell: a loop of small talk that teaches nothing and can only be left by ending the talk.
return scenario {
  id = "tell_dead_loop",
  title = "Tell: dead loop",
  summary = "A one-person room for the validator's tell tests.",
  teaches = "Nothing: it exists to be warned about.",
  minutes = 20,
  norms = { contact_expected = true, groups_common = false, pace = 0.5 },
  room = {
    width = 12, height = 8,
    zones = {
      { id = "door", kind = "entrance", label = "Entrance", x = 0, y = 2, w = 3, h = 4, noise = 0.3 },
      { id = "booths", kind = "booths", label = "Booths", x = 3, y = 0, w = 9, h = 8, noise = 0.5 },
    },
  },
  people = {
    person {
      id = "ana_silva",
      name = "Ana Silva", org = "Tideway", role = "Recruiter",
      traits = { openness = 0.6, introversion = 0.4, busy = 0.5 },
      need = "volunteers for a beach clean",
      zone = "booths", at = { 6, 4 },
      facts = { beach_clean = "runs a beach clean every month and needs volunteers" },
      nodes = {
        node "hello" {
          says = "Hello! Welcome to Tideway. Beach cleans, tides and spreadsheets.",
          reveals = { "beach_clean" },
          choices = {
            { "Hi, I'm {name}. Lovely weather for it.", "introduce_why", next = "weather" },
            { "I'll come back later, when it's quieter.", "exit_graceful" },
          },
        },
        node "weather" {
          says = "Isn't it? Not a cloud.",
          choices = {
            { "Did you come far today?", "small_talk", next = "traffic" },
            { "Enjoy the sunshine, then.", "exit_graceful" },
          },
        },
        node "traffic" {
          says = "Only across town. The traffic was fine.",
          choices = {
            { "And the weather's holding, too.", "small_talk", next = "weather" },
            { "Glad to hear it. Enjoy the day.", "exit_graceful" },
          },
        },
      },
      followup = {
        reference = "beach_clean",
        offer = "bring two friends to the beach clean",
        request = "ask what the team looks for in graduates",
        reply_personal = "Brilliant, see you on the sand.",
        reply_generic = "Thanks for stopping by.",
        reply_late = "Sorry, remind me who you are?",
      },
      maintenance = {
        { kind = "check_in", uses = "beach_clean", text = "Ask Ana how the beach clean went",
          reply = "Forty bags this time!" },
      },
    },
  },
}
