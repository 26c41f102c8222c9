-- A tell: the best-scoring option is the longest line at every node.
return scenario {
  id = "tell_longest",
  title = "Tell: longest line wins",
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
          says = "Hello! Welcome to Tideway.",
          choices = {
            { "Hi, I'm {name}. I'm in my final year and I wanted to hear what your team does all day.",
              "introduce_why", next = "why" },
            { "Can I take a card?", "card_grab" },
            { "I'll come back later.", "exit_graceful" },
          },
        },
        node "why" {
          says = "Mostly tides and spreadsheets. And once a month I run a beach clean.",
          reveals = { "beach_clean" },
          need = true,
          choices = {
            { "I could bring two friends from my course to the next beach clean, if that would help.",
              "offer_help", requires = { fact = "beach_clean" }, next = "thanks" },
            { "Thanks, bye.", "exit_graceful" },
          },
        },
        node "thanks" {
          says = "That would be lovely. Here's my email.",
          choices = {
            { "Perfect — could I take your email so I can send you their names this week?", "exchange_contact" },
            { "Great.", "exit_graceful" },
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
