-- A tell: a question answered in this conversation is offered again.
return scenario {
  id = "tell_asked_again",
  title = "Tell: asked again",
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
            { "Hi, I'm {name}. What does your team do?", "introduce_why", next = "clean" },
            { "I'll come back later, when it's quieter.", "exit_graceful" },
          },
        },
        node "clean" {
          says = "Once a month I run a beach clean, and I never have enough volunteers.",
          reveals = { "beach_clean" },
          choices = {
            { "How often do you go?", "ask_open", next = "often" },
            { "Good luck with it. I'll let you get on.", "exit_graceful" },
          },
        },
        node "often" {
          says = "First Saturday of every month, rain or shine.",
          choices = {
            { "What was that about a beach clean?", "ask_open", next = "clean" },
            { "Rain or shine! I'll let you get back to it.", "exit_graceful" },
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
