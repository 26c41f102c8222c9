-- A choice leads to a node that does not exist.
-- expect: [.]lua:[0-9]+: .*(next = 'goodbye' is not a node)
return scenario {
  id = "dangling_next",
  title = "Broken on purpose",
  summary = "A one-person room for the hostile corpus.",
  teaches = "Nothing: the validator must refuse it.",
  minutes = 30,
  norms = { contact_expected = true, groups_common = false, pace = 0.5 },
  room = {
    width = 20, height = 12,
    zones = {
      { id = "door", kind = "entrance", label = "Entrance", x = 0, y = 4, w = 3, h = 4, noise = 0.3 },
      { id = "bar", kind = "bar", label = "Bar", x = 3, y = 0, w = 12, h = 8, noise = 0.7 },
      { id = "corner", kind = "quiet", label = "Quiet corner", x = 15, y = 8, w = 5, h = 4, noise = 0.1 },
    },
  },
  people = {
    person {
      id = "ana_silva",
      name = "Ana Silva", org = "Tidewater Labs", role = "Engineer",
      traits = { openness = 0.6, introversion = 0.4, busy = 0.3 },
      need = "a tester for her app",
      zone = "bar", at = { 6, 3 },
      facts = {
        app = "is building a tide-chart app and needs testers",
        sailing = "sails every weekend",
      },
      nodes = {
        node "hello" {
          says = "Hi! Busy in here, isn't it?",
          choices = {
            { "Hi, I'm {name}. I came to meet people who build things.", "introduce_why", next = "work" },
            { "Got a card?", "card_grab", next = "card" },
            { "Enjoy the evening!", "exit_graceful" },
          },
        },
        node "work" {
          says = "I'm building a tide-chart app. I need testers, honestly.",
          reveals = { "app" },
          need = true,
          choices = {
            { "I sail a bit. Could I test it for you?", "offer_help", requires = { fact = "app" }, next = "thanks" },
            { "What do you do for fun?", "ask_open", next = "fun" },
            { "Good luck with it!", "exit_graceful" },
          },
        },
        node "fun" {
          says = "I sail every weekend, rain or shine.",
          reveals = { "sailing" },
          common_ground = true,
          choices = {
            { "Same here, on the lake.", "share", shares = true, next = "thanks" },
            { "Nice. See you around!", "exit_graceful" },
          },
        },
        node "thanks" {
          says = "Brilliant. Here's my email.",
          choices = {
            { "Thanks, I'll write tomorrow.", "exchange_contact" },
            { "Bye!", "exit_abrupt", next = "goodbye" },
          },
        },
        node "card" {
          says = "Oh. Sure, here.",
          choices = {
            { "Thanks.", "exit_abrupt" },
            { "Sorry, I'm {name}. What are you working on?", "introduce", next = "work" },
          },
        },
      },
      followup = {
        reference = "app",
        offer = "test the tide-chart app",
        request = "ask when the beta opens",
        reply_personal = "You remembered! The beta opens Monday.",
        reply_generic = "Thanks for the message.",
        reply_late = "Hi, sorry, remind me where we met?",
      },
      maintenance = {
        { kind = "share_useful", uses = "sailing", text = "Send Ana a tide table", reply = "Perfect, thanks!" },
      },
    },
  },
}
