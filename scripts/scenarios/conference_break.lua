-- conference_break.lua — the twenty-minute coffee break at a professional conference on
-- city transport. Short windows: everyone is busy, patience is low, colleagues stand in
-- closed circles, and the morning's keynote speaker is by the stage door with a fan who
-- won't let go. The lesson: pick one or two people, be brief and specific, join a circle
-- at a pause, and leave a door open for later. Written to ../shared/CONTENT.md and
-- docs/scenarios.md. Data only: returns one table built with scripts/lib/rapport.lua.

return scenario {
  id = "conference_break",
  title = "Conference Coffee Break",
  summary = "Moving Cities, day two, in the foyer of the Lowther Conference Centre. The "
    .. "morning keynote has just finished and three hundred people have twenty minutes for "
    .. "coffee before the afternoon sessions. Colleagues stand in closed circles; the "
    .. "speaker everybody wants is by the stage door.",
  teaches = "Short windows: choose one or two people, say who you are in a sentence, join a "
    .. "circle at a pause, and leave before the bell with a clear way to carry on later.",
  minutes = 20,
  order = 40, -- in the scenario list after the industry meetup (30)
  openers = {
    why = {
      "I work on bus data at a small council and this is my first conference",
      "I'm new to transport planning and trying to meet the people behind the talks",
      "I'm here to learn what other cities tried, and what didn't work",
    },
    questions = {
      "What's been the most useful session for you so far?",
      "What are you working on that you'd like to hear ideas about?",
      "What brought you to this one?",
    },
  },
  norms = {
    contact_expected = true,   -- swapping cards after a real exchange is what conferences are for
    groups_common = true,      -- colleagues stand in closed circles; wait for a pause to join
    pace = 0.9,                -- twenty minutes, everyone glancing at the clock
  },
  tuning = {
    energy_cost = 1.2,         -- a packed foyer is tiring
    reputation_spread = 1.5,   -- a small field: word travels fast between sessions
  },
  room = {
    width = 30, height = 16,
    zones = {
      { id = "foyer",    kind = "entrance", label = "Foyer doors",          x = 0,  y = 6,  w = 3,  h = 5,  noise = 0.4 },
      { id = "coffee",   kind = "bar",      label = "Coffee urns",          x = 4,  y = 0,  w = 10, h = 5,  noise = 0.75 },
      { id = "stage",    kind = "stage",    label = "Stage door",           x = 16, y = 0,  w = 8,  h = 5,  noise = 0.55 },
      { id = "sponsors", kind = "booths",   label = "Sponsor stands",       x = 4,  y = 11, w = 12, h = 5,  noise = 0.6 },
      { id = "posters",  kind = "booths",   label = "Poster corridor",      x = 17, y = 11, w = 8,  h = 5,  noise = 0.3 },
      { id = "terrace",  kind = "quiet",    label = "Terrace",              x = 25, y = 0,  w = 5,  h = 16, noise = 0.1 },
    },
  },

  -- The seed picks one arrangement of the foyer (docs/scenarios.md, "Variants").
  layouts = {
    { id = "as_planned" },
    { id = "speaker_on_terrace",
      place = {
        adaeze_okonkwo = { zone = "terrace", at = { 26.3, 8 }, group = "terrace_pair" },
        marcus_feld = { zone = "terrace", at = { 27.5, 8.6 }, group = "terrace_pair" },
        hannah_goldberg = { zone = "terrace", at = { 27, 14 } },
      } },
    { id = "organiser_called_away", absent = { "beatriz_costa" },
      place = { yusuf_demir = { zone = "posters", at = { 22, 14 } } } },
  },
  people = {
    ---------------------------------------------------------------------------------------
    -- Dr Adaeze Okonkwo: the morning's keynote ("The bus stop is the city"). Gracious,
    -- very busy, with Marcus at her elbow. Needs a second town to trial her toolkit.
    ---------------------------------------------------------------------------------------
    person {
      id = "adaeze_okonkwo",
      name = "Adaeze Okonkwo", org = "Leeds Institute for Transport", role = "keynote speaker",
      traits = { openness = 0.75, introversion = 0.45, busy = 0.95 },
      interests = { "bus stops", "walking", "Highlife music" },
      need = "finding a second town to trial her bus-stop survey toolkit this spring",
      zone = "stage", at = { 19, 2.5 }, group = "stage_door",
      facts = {
        talk = "gave the keynote on how bus stops shape whether people feel safe travelling",
        two_buses = "took two buses to school every day as a girl in Enugu and still remembers every stop",
        toolkit = "has a free survey toolkit for bus stops and needs a second town to trial it this spring",
        highlife = "plays Highlife records on Sunday mornings, loudly, to her neighbours' dismay",
      },
      moods = { "none", "rushed", "tired" },
      variants = {
        { id = "autumn_trial",
          need = "finding a second town to trial her bus-stop survey toolkit this autumn",
          facts = { toolkit = "has a free survey toolkit for bus stops and needs a second town to trial it this autumn" },
          says = { work = "A free toolkit for surveying bus stops — lighting, seating, how safe people feel. Leeds has tried it. I need a second town to trial it this autumn." } },
      },
      nodes = {
        node "hello" {
          says = "Hello — thank you for waiting. I've got about three minutes before they drag me to the panel, I'm afraid.",
          alt = {
            "Hello — thank you for waiting so patiently. I have about three minutes before the panel claims me, I'm afraid.",
            "Hi there. I'm so sorry, I've only got a couple of minutes before they need me for the panel.",
          },
          choices = {
            { "Hi, I'm {name} — I work on bus data for Eastford. Your talk changed my afternoon.",
              "introduce_why", next = "why" },
            { "Loved the talk! I've built a dashboard that does something similar — could I send you my slides for your thoughts?",
              "pitch", next = "brush_pitch" },
            { "Could I grab a card before they take you away?", "card_grab", next = "brush" },
            { "I'll catch you another time — thank you for the talk.", "exit_graceful" },
          },
        },
        node "why" {
          says = "Eastford! Good. Small towns are where the bus stop really is the city. I took two buses to school in Enugu — I still know every stop.",
          alt = {
            "Eastford! Good. In a small town the bus stop really is the city. I took two buses to school in Enugu — I still remember every stop.",
          },
          reveals = { "two_buses" },
          choices = {
            { "What are you working on next?", "ask_open", next = "work" },
            { "I still know my school bus route too. The stop by the chip shop was the good one.",
              "share", shares = true, next = "common" },
            { "Could we swap cards? I'd love to send you a question about the talk once I've thought it through.",
              "exchange_contact", next = "contact" },
            { "Do you get any coffee at all in the break, or is it questions all the way through?", "small_talk", next = "urn" },
            { "Thank you — I'll let you get to your panel.", "exit_graceful" },
          },
        },
        -- Small talk by the urns: fine, friendly, and it eats into a twenty-minute break.
        node "urn" {
          says = "Questions all the way. Someone handed me a cup at the start; it's gone cold in my hand. That's normal after a keynote.",
          choices = {
            { "So what are you working on next?", "ask_open", next = "work" },
            { "Could we swap cards before they call you in?", "exchange_contact", next = "contact" },
            { "I'll let you drink it, cold or not. Thank you for the talk.", "exit_graceful" },
          },
        },
        node "common" {
          says = "Ha — there's always a good one! That's my whole talk in a sentence: a stop isn't a pole, it's a place people remember.",
          alt = {
            "Ha — there's always a good one! That's my whole talk in one sentence: a stop isn't a pole, it's a place people remember.",
          },
          common_ground = true,
          choices = {
            { "What are you working on next?", "ask_open", next = "work" },
            { "Could I ask your advice on where a small council should start?",
              "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "Could we swap cards?", "exchange_contact", next = "contact" },
            { "I'll let you go — thank you, Dr Okonkwo.", "exit_graceful" },
          },
        },
        node "work" {
          says = "A free toolkit for surveying bus stops — lighting, seating, how safe people feel. Leeds has tried it. I need a second town to trial it this spring.",
          alt = {
            "A free toolkit for surveying bus stops: lighting, seating, whether people feel safe. Leeds has used it. I need a second town to trial it this spring.",
          },
          reveals = { "toolkit" },
          need = true,
          choices = {
            { "Eastford might. I could take it to our transport team next week.",
              "offer_help", requires = { fact = "toolkit" }, next = "thanks" },
            { "What did Leeds find?", "follow_up", uses = "toolkit", next = "leeds" },
            { "Could we swap cards, so I can read more about the toolkit and send you my questions about the survey?",
              "exchange_contact", next = "contact" },
            { "Are you staying for the afternoon, or do you have to dash off?", "small_talk", next = "afternoon" },
            { "Good luck finding one. I'll let you go.", "exit_graceful" },
          },
        },
        -- Changing the subject after hearing what they need: friendly, and the break is short.
        node "afternoon" {
          says = "I'm on the three o'clock panel, then a train to Leeds. Conferences are mostly trains, for me.",
          choices = {
            { "Could we swap cards before your panel?", "exchange_contact", next = "contact" },
            { "Safe travels, then. Thank you for the talk.", "exit_graceful" },
          },
        },
        node "leeds" {
          says = "That people avoid the stops we'd rated best — because the nearest streetlight was broken. The small things. You only see them if you ask.",
          alt = {
            "That people avoid the stops we'd rated highest — because the nearest streetlight was broken. The small things. You only see them if you ask.",
          },
          choices = {
            { "I'd like to take the toolkit to our team. Would that help?",
              "offer_help", requires = { fact = "toolkit" }, next = "thanks" },
            { "Same in Eastford. Our busiest stop has a lovely shelter and no light.",
              "share", shares = true, next = "light" },
            { "That's fascinating. Thank you — enjoy the panel.", "exit_graceful" },
          },
        },
        node "light" {
          says = "Of course it does. Every town has that stop. That's exactly why I need somewhere like Eastford, not another big city.",
          alt = {
            "Of course it does. Every town has that stop. That's exactly why I need a place like Eastford, not another big city.",
          },
          common_ground = true,
          choices = {
            { "Then let me take the toolkit to our team next week.",
              "offer_help", requires = { fact = "toolkit" }, next = "thanks" },
            { "Could I ask your advice on where a small council should start?",
              "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "Could we swap cards? I'll send you a photo of our dark stop, if you'd like one for your slides.",
              "exchange_contact", next = "contact" },
            { "Thank you. I'll let you go.", "exit_graceful" },
          },
        },
        node "thanks" {
          says = "Would you? That would be wonderful. Email me and I'll send the pack — it's all free, I just need a town that'll actually use it.",
          alt = {
            "Would you really? That would be wonderful. Email me and I'll send the pack — it's free, I just need a town that will actually use it.",
          },
          choices = {
            { "Could I ask your advice on where a small council should start?",
              "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "Could we swap cards, so I have your email?", "exchange_contact", next = "contact" },
            { "I'll email you on Monday. Thank you!", "exit_graceful" },
          },
        },
        node "advice" {
          says = "Walk your three worst stops after dark, with someone who uses them. Write down what they notice. Then you'll know where to spend the money.",
          alt = {
            "Walk your three worst stops after dark with someone who uses them. Write down what they notice. Then you'll know where the money should go.",
          },
          choices = {
            { "Thank you. Could we swap cards?", "exchange_contact", next = "contact" },
            { "I'll do that this month. Thank you.", "exit_graceful" },
          },
        },
        node "contact" {
          says = "Here. Put 'bus stop' in the subject — my inbox after a keynote is a disaster. And forgive me if I'm slow; I'm playing Highlife records all Sunday.",
          alt = {
            "Here. Put 'bus stop' in the subject — my inbox after a keynote is chaos. Forgive me if I'm slow; Sundays are for loud Highlife records.",
          },
          reveals = { "highlife" },
          choices = {
            { "Thank you. Enjoy the panel.", "exit_graceful" },
            { "Highlife on Sundays sounds right. Enjoy it.", "follow_up", uses = "highlife" },
          },
        },
        node "brush" {
          says = "Of course — here. My slides will be on the conference site tonight.",
          choices = {
            { "Thank you. I'm {name}, from Eastford — your talk really landed.", "introduce_why", next = "why" },
            { "Thanks!", "exit_graceful" },
            { "(Take the card and slip back out of the circle before Marcus notices you.)", "exit_abrupt" },
          },
        },
        node "brush_pitch" {
          says = "That's kind. I get a lot of decks, I'm afraid — the conference site has my email if you want to send a link.",
          choices = {
            { "Sorry — I'm {name}, from Eastford. What are you working on next?", "introduce_why", next = "why" },
            { "Of course. Thank you.", "exit_graceful" },
            { "Could I take a card, then, so I send it to the right address and it doesn't end up in spam?", "card_grab" },
          },
        },
        node "again" {
          says = "{name}, from Eastford! Hello again.",
          choices = {
            { "What are you working on now?", "ask_open", next = "work" },
            { "Hello! Did you find a town for the toolkit yet?", "follow_up", uses = "toolkit", next = "catch_up" },
            { "Just saying hello — enjoy the panel.", "exit_graceful" },
          },
        },
        node "catch_up" {
          says = "Three maybes and no yes. Everyone likes it and nobody wants to go first.",
          choices = {
            { "Eastford might. Let me take it to our team.", "offer_help", requires = { fact = "toolkit" }, next = "thanks" },
            { "Could we swap cards? I lost yours somewhere between the urns and the stage door, I'm afraid.",
              "exchange_contact", next = "contact" },
            { "Someone will. Good luck.", "exit_graceful" },
          },
        },
      },
      returning = "again",
      followup = {
        reference = "toolkit",
        offer = "take the bus-stop toolkit to the Eastford transport team",
        request = "ask whether she'd look at our stop data",
        reply_personal = "Thank you for remembering the toolkit — here's the pack. If Eastford says yes, I'll come down for the first walk myself.",
        reply_generic = "Thank you for your message and for coming to the keynote. Slides are on the conference site.",
        reply_late = "Thank you for writing. Forgive me — which conference was it?",
      },
      maintenance = {
        { kind = "share_useful", uses = "highlife",
          text = "Send Adaeze a link to a rare Highlife recording",
          reply = "Oh! I haven't heard this since I was twelve. My neighbours thank you not at all." },
        { kind = "check_in", uses = "toolkit",
          text = "Tell Adaeze how the first stop walk went in Eastford",
          reply = "The chip-shop stop! Send me the photos — this is going in my next talk, with credit." },
      },
    },

    ---------------------------------------------------------------------------------------
    -- Marcus Feld: a consultant at the speaker's elbow, charming and relentless. Not a
    -- villain: he needs a third panellist for a webinar and is a little desperate.
    ---------------------------------------------------------------------------------------
    person {
      id = "marcus_feld",
      name = "Marcus Feld", org = "Feld & Partners", role = "transport consultant",
      traits = { openness = 0.55, introversion = 0.15, busy = 0.8 },
      interests = { "webinars", "trains", "sourdough" },
      need = "a third panellist from a small council for his webinar next month",
      zone = "stage", at = { 20.3, 3 }, group = "stage_door",
      facts = {
        own_firm = "left a big consultancy two years ago to start his own small firm",
        webinar = "is running a webinar next month on small-town transport and has lost his third panellist",
        sourdough = "has kept the same sourdough starter alive for nine years and calls it Gerald",
        panel_tip = "says the best panellists tell one true story instead of ten statistics",
      },
      moods = { "none", "chatty" },
      nodes = {
        node "hello" {
          says = "Hi there! Marcus Feld. Great talk, wasn't it? I was just telling Adaeze she should do a webinar with us.",
          alt = {
            "Hi! Marcus Feld. Wasn't that a great talk? I was just telling Adaeze she should do a webinar with us.",
            "Hello there — Marcus. Great keynote, right? I'm trying to talk Adaeze into a webinar.",
          },
          choices = {
            { "Hi, I'm {name} — I work on bus data for Eastford council. It was a great talk.",
              "introduce_why", next = "why" },
            { "Hi — are you hiring at your firm? I'm thinking of leaving the council and moving into consulting soon.",
              "ask_job", next = "brush_job" },
            { "Could I take one of your cards?", "card_grab", next = "brush" },
            { "It was. I'll leave you both to it.", "exit_graceful" },
          },
        },
        node "why" {
          says = "A council! The real people. I left a big consultancy two years ago to do my own thing. Small firm, small towns — that's where it's interesting.",
          alt = {
            "A council! The real people. Two years ago I left a big consultancy to do my own thing. Small firm, small towns — that's where it gets interesting.",
          },
          reveals = { "own_firm" },
          choices = {
            { "What are you working on at the moment?", "ask_open", next = "work" },
            { "I nearly went into consulting myself, and picked the council because I wanted to see things get built.",
              "share", shares = true, next = "common" },
            { "Could we swap cards?", "exchange_contact", next = "contact" },
            { "Is it always this busy at the stage door, or is that just today?", "small_talk", next = "urn" },
            { "Good luck with it. I'll let you two talk.", "exit_graceful" },
          },
        },
        -- Small talk by the urns: fine, friendly, and it eats into a twenty-minute break.
        node "urn" {
          says = "Only after a good keynote. Last year I had the stage door to myself and a croissant. Better croissant, worse talk.",
          choices = {
            { "And what keeps you busy when you're not at conferences?", "ask_open", next = "work" },
            { "Shall we swap cards?", "exchange_contact", next = "contact" },
            { "Ha. I'll leave you to hunt for croissants.", "exit_graceful" },
          },
        },
        node "common" {
          says = "That's it exactly. I got tired of writing reports nobody built. Now I only take jobs where something actually happens.",
          alt = {
            "That's exactly it. I got tired of writing reports nobody built. Now I only take work where something actually happens.",
          },
          common_ground = true,
          choices = {
            { "What are you working on now?", "ask_open", next = "work" },
            { "Could I ask your advice? How do you get invited onto panels like this?",
              "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "Could we swap cards, so I can see what you're working on and maybe send you something of ours?",
              "exchange_contact", next = "contact" },
            { "Good to meet you, Marcus.", "exit_graceful" },
          },
        },
        node "work" {
          says = "A webinar next month on small-town transport. I had three panellists; now I have two. I need someone from a small council — someone real, not another consultant.",
          alt = {
            "A webinar next month on small-town transport. I had three panellists; now two. I need someone from a small council — someone real, not another consultant.",
          },
          reveals = { "webinar" },
          need = true,
          choices = {
            { "I could ask our head of transport, or do it myself if that helps.",
              "offer_help", requires = { fact = "webinar" }, next = "thanks" },
            { "What happened to the third panellist?", "follow_up", uses = "webinar", next = "third" },
            { "Could we swap cards?", "exchange_contact", next = "contact" },
            { "Are you staying for the afternoon sessions?", "small_talk", next = "afternoon" },
            { "I hope you find someone. Enjoy the break.", "exit_graceful" },
          },
        },
        -- Changing the subject after hearing what they need: friendly, and the break is short.
        node "afternoon" {
          says = "Only the one on fares. The rest I'll read on the train. Don't tell the organisers.",
          choices = {
            { "Shall we swap cards before the bell?", "exchange_contact", next = "contact" },
            { "Your secret's safe. Nice to meet you.", "exit_graceful" },
          },
        },
        node "third" {
          says = "Got a job in Melbourne. Good for her, terrible for me. I'm so stressed I've been talking to my sourdough. Nine years old. Called Gerald.",
          alt = {
            "She got a job in Melbourne. Good for her, terrible for me. I'm so stressed I've been talking to my sourdough. Nine years old. His name is Gerald.",
          },
          reveals = { "sourdough" },
          choices = {
            { "Would it help if I asked our head of transport about the panel?",
              "offer_help", requires = { fact = "webinar" }, next = "thanks" },
            { "I have a starter too — mine died twice in lockdown, so Gerald's doing better than mine.",
              "share", shares = true, next = "gerald" },
            { "Ha — good luck, Marcus.", "exit_graceful" },
          },
        },
        node "gerald" {
          says = "Twice! You kept trying, though. That's what a panellist needs, honestly — someone who admits what went wrong.",
          alt = {
            "Twice! But you kept trying. That's what a panellist needs, honestly — someone who'll admit what went wrong.",
          },
          common_ground = true,
          choices = {
            { "Then I'll ask our head of transport — or do it myself.",
              "offer_help", requires = { fact = "webinar" }, next = "thanks" },
            { "Could I ask your advice? How do you get invited onto panels like this?",
              "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "Could we swap cards, so I can send you the name of the flour that finally worked for me?",
              "exchange_contact", next = "contact" },
            { "Ha. Good luck with Gerald.", "exit_graceful" },
          },
        },
        node "thanks" {
          says = "You'd do that? Brilliant. It's one hour, on a Tuesday, no slides. Just stories.",
          alt = {
            "You'd do that? Brilliant. One hour, on a Tuesday, no slides. Just stories.",
          },
          choices = {
            { "Could I ask your advice? How do you get invited onto panels like this?",
              "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "Could we swap cards, so I can tell you what my boss says?", "exchange_contact", next = "contact" },
            { "I'll ask on Monday. Good to meet you!", "exit_graceful" },
          },
        },
        node "advice" {
          says = "Tell one true story instead of ten statistics. People remember the story. Then write to the organiser afterwards with one line on what you'd add.",
          reveals = { "panel_tip" },
          choices = {
            { "Thank you. Could we swap cards?", "exchange_contact", next = "contact" },
            { "One true story. I'll remember. Thanks, Marcus.", "exit_graceful" },
          },
        },
        node "contact" {
          says = "Here — card. I answer everything within a day; it's my one virtue. Put 'panel' in the subject.",
          alt = {
            "Here's my card. I answer everything within a day — my one virtue. Put 'panel' in the subject.",
          },
          choices = {
            { "Thanks, Marcus. Enjoy the break.", "exit_graceful" },
            { "Thanks! Say hello to Gerald.", "follow_up", uses = "sourdough" },
          },
        },
        node "brush" {
          says = "Sure, here you go. We're on all the usual places.",
          choices = {
            { "Thanks. I'm {name}, from Eastford council.", "introduce_why", next = "why" },
            { "Thanks!", "exit_graceful" },
            { "(Pocket the card and edge past him towards Dr Okonkwo, who is turning to go.)", "exit_abrupt" },
          },
        },
        node "brush_job" {
          says = "Oh — we're tiny, I'm afraid, just me and two others. Nothing going right now. Keep an eye on our site.",
          choices = {
            { "Sorry — I'm {name}, from Eastford. What are you working on?", "introduce_why", next = "why" },
            { "OK, thanks.", "exit_graceful" },
            { "Could I take a card, then? I'd like to keep an eye on what you're doing in case anything changes.", "card_grab" },
          },
        },
        node "again" {
          says = "{name}! Hello again. Still surviving the coffee?",
          choices = {
            { "What are you working on?", "ask_open", next = "work" },
            { "Just about! Did you find your third panellist?", "follow_up", uses = "webinar", next = "catch_up" },
            { "Just saying hello.", "exit_graceful" },
          },
        },
        node "catch_up" {
          says = "Not yet. Two people said 'maybe' and then hid behind the pastries.",
          choices = {
            { "Let me ask our head of transport for you.", "offer_help", requires = { fact = "webinar" }, next = "thanks" },
            { "Could we swap cards again? I think yours ended up in the pile of programmes on the chair back there.",
              "exchange_contact", next = "contact" },
            { "Good luck, Marcus.", "exit_graceful" },
          },
        },
      },
      returning = "again",
      followup = {
        reference = "webinar",
        offer = "ask our head of transport to join the webinar panel, or do it myself",
        request = "ask whether I could join as a listener",
        reply_personal = "You remembered the webinar! Yes please — Tuesday the 14th, one hour, no slides. I owe you a loaf.",
        reply_generic = "Great to meet you at Moving Cities! Let's stay in touch.",
        reply_late = "Hi! Thanks for writing — remind me where we met?",
      },
      maintenance = {
        { kind = "check_in", uses = "sourdough",
          text = "Ask Marcus how Gerald the sourdough starter is doing",
          reply = "Gerald is thriving. Gerald has had a better year than me, frankly." },
        { kind = "congratulate", uses = "webinar",
          text = "Congratulate Marcus on the webinar",
          reply = "Four hundred people! Your story about the dark stop got the most questions." },
      },
    },

    ---------------------------------------------------------------------------------------
    -- Ingrid Solberg: a senior transport planner from a Norwegian city, in a tight circle
    -- with her colleague Ravi by the urns. Warm once you're in; needs school-street lessons.
    ---------------------------------------------------------------------------------------
    person {
      id = "ingrid_solberg",
      name = "Ingrid Solberg", org = "Bergen Kommune", role = "senior transport planner",
      traits = { openness = 0.5, introversion = 0.5, busy = 0.75 },
      interests = { "cycling in the rain", "school streets", "knitting" },
      need = "towns that have tried school streets to tell her what went wrong",
      zone = "coffee", at = { 7, 2 }, group = "bergen_pair",
      facts = {
        rain_city = "plans transport in Bergen, where it rains about two hundred days a year",
        school_streets = "is starting school streets in Bergen in autumn and wants to hear what went wrong elsewhere",
        knitting = "knits through every conference session and has finished one sock this morning",
        start_small = "says the safest way to start something new in a city is one street, one term, then decide",
      },
      moods = { "none", "tired" },
      variants = {
        { id = "spring_start",
          facts = { school_streets = "is starting school streets in Bergen in spring and wants to hear what went wrong elsewhere" },
          says = { work = "School streets — closing the road outside a school at the start and end of the day. We begin in spring. I want to hear from towns where it went wrong, not the glossy ones." } },
      },
      nodes = {
        node "hello" {
          says = "Oh — hello. Sorry, we were deep in a budget moan. Come in, come in.",
          alt = {
            "Oh — hi. Sorry, we were in the middle of a budget moan. Come in, join us.",
            "Hello! Don't mind us, we're complaining about budgets. Come in.",
          },
          choices = {
            { "Hi, I'm {name} — I do bus data for Eastford. Sorry to jump in.",
              "introduce_why", next = "why" },
            { "Hi — I've got a cycling app I'm building on the side. Could I show you a quick demo before the bell goes?",
              "pitch", next = "brush_pitch" },
            { "Could I grab your cards?", "card_grab", next = "brush" },
            { "Don't let me interrupt — I'll come back.", "exit_graceful" },
          },
        },
        node "why" {
          says = "Ingrid, from Bergen. It rains two hundred days a year, so every plan I make has an umbrella in it somewhere.",
          alt = {
            "Ingrid, from Bergen. Two hundred days of rain a year, so every plan I make has an umbrella in it somewhere.",
          },
          reveals = { "rain_city" },
          choices = {
            { "What are you working on at the moment?", "ask_open", next = "work" },
            { "Eastford's not much drier. I cycle in every day and arrive looking like a drowned cat.",
              "share", shares = true, next = "common" },
            { "Could we swap cards?", "exchange_contact", next = "contact" },
            { "Is the coffee as strong as it is in Bergen?", "small_talk", next = "urn" },
            { "Ha. Good to meet you — I'll let you get back to it.", "exit_graceful" },
          },
        },
        -- Small talk by the urns: fine, friendly, and it eats into a twenty-minute break.
        node "urn" {
          says = "Not even close. In Bergen this would count as tea. Ravi has had three already, so don't let him near the urn.",
          choices = {
            { "What are you two working on back in Bergen?", "ask_open", next = "work" },
            { "Could we swap cards, in case I ever visit Bergen?", "exchange_contact", next = "contact" },
            { "I'll keep Ravi away from the urn. Lovely to meet you.", "exit_graceful" },
          },
        },
        node "common" {
          says = "A fellow drowned cat! Good waterproof trousers are the whole secret. Nobody believes me until they try them.",
          alt = {
            "Another drowned cat! The secret is proper waterproof trousers. Nobody believes me until they try a pair.",
          },
          common_ground = true,
          choices = {
            { "What are you working on now?", "ask_open", next = "work" },
            { "Could I ask what you'd do first, in a small town?", "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "Could we swap cards, so I can send you a photo of Eastford's wettest bike lane for comparison?",
              "exchange_contact", next = "contact" },
            { "I'll buy the trousers. Thanks, Ingrid.", "exit_graceful" },
          },
        },
        node "work" {
          says = "School streets — closing the road outside a school at the start and end of the day. We begin in autumn. I want to hear from towns where it went wrong, not the glossy ones.",
          alt = {
            "School streets: closing the road outside a school at drop-off and pick-up. We start in autumn. I want towns where it went wrong, not the glossy brochures.",
          },
          reveals = { "school_streets" },
          need = true,
          choices = {
            { "Eastford tried one. It went wrong in two useful ways — I could send you our notes.",
              "offer_help", requires = { fact = "school_streets" }, next = "thanks" },
            { "What are you most worried about?", "follow_up", uses = "school_streets", next = "worry" },
            { "Could we swap cards?", "exchange_contact", next = "contact" },
            { "Are you two staying for the afternoon?", "small_talk", next = "afternoon" },
            { "Good luck with it.", "exit_graceful" },
          },
        },
        -- Changing the subject after hearing what they need: friendly, and the break is short.
        node "afternoon" {
          says = "Until four. Then we go and find the famous fish and chips Ravi keeps promising me.",
          choices = {
            { "Could we swap cards before you go?", "exchange_contact", next = "contact" },
            { "Enjoy the fish and chips. Nice to meet you.", "exit_graceful" },
          },
        },
        node "worry" {
          says = "Angry parents in cars. Always the parents in cars. I knit through the sessions to stay calm — one sock this morning already.",
          alt = {
            "Angry parents in cars. It's always the parents in cars. I knit through sessions to stay calm — I finished a sock this morning.",
          },
          reveals = { "knitting" },
          choices = {
            { "I do crosswords in meetings for the same reason.", "share", shares = true, next = "crossword" },
            { "Ours too. The worst week was the first; it got quieter after a month. I could send you what we learned.",
              "offer_help", requires = { fact = "school_streets" }, next = "thanks" },
            { "One sock! Good luck, Ingrid.", "exit_graceful" },
          },
        },
        node "crossword" {
          says = "Yes! Hands busy, head listening. My boss thinks I'm rude. Ravi thinks I'm a genius. Ravi is correct.",
          alt = {
            "Yes! Busy hands, listening head. My boss thinks it's rude. Ravi thinks I'm a genius. Ravi is right.",
          },
          common_ground = true,
          choices = {
            { "Then here's a calm thing: I'll send you Eastford's school-street notes.",
              "offer_help", requires = { fact = "school_streets" }, next = "thanks" },
            { "Could I ask what you'd do first, in a small town?", "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "Ha. I'll leave you to the sock.", "exit_graceful" },
          },
        },
        node "thanks" {
          says = "Really? The real notes, with the mistakes? That's worth more than the whole afternoon programme.",
          alt = {
            "Really? The real notes, mistakes and all? That's worth more than this whole afternoon's programme.",
          },
          choices = {
            { "Could I ask what you'd do first, in a small town?", "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "Could we swap cards, so I can send them on Monday?", "exchange_contact", next = "contact" },
            { "I'll send them. Good to meet you, Ingrid.", "exit_graceful" },
          },
        },
        node "advice" {
          says = "One street, one term, then decide. Don't announce a programme — announce a trial. People forgive a trial.",
          reveals = { "start_small" },
          choices = {
            { "That's useful. Could we swap cards?", "exchange_contact", next = "contact" },
            { "A trial, not a programme. Thank you.", "exit_graceful" },
          },
        },
        node "contact" {
          says = "Here — my card. The email works; the phone number is the office, which nobody answers.",
          alt = {
            "Here's my card. The email works; the phone number is the office, and nobody answers it.",
          },
          choices = {
            { "Thanks, Ingrid. Enjoy the afternoon.", "exit_graceful" },
            { "Thanks — good luck with the second sock.", "follow_up", uses = "knitting" },
          },
        },
        node "brush" {
          says = "Oh — sure. Here's mine. Ravi, give them one of yours.",
          choices = {
            { "Thanks. Sorry — I'm {name}, from Eastford. What brings you here?", "introduce_why", next = "why" },
            { "Thanks!", "exit_graceful" },
            { "(Take both cards and step back out of the circle without another word.)", "exit_abrupt" },
          },
        },
        node "brush_pitch" {
          says = "Ah — maybe another time. We've only got a few minutes and we're halfway through something.",
          choices = {
            { "Sorry — I'm {name}, from Eastford. What are you working on?", "introduce_why", next = "why" },
            { "Of course. Sorry to interrupt.", "exit_graceful" },
            { "No problem. Could I take a card, then, and send you a link to the demo to look at later instead?", "card_grab" },
          },
        },
        node "again" {
          says = "{name}! The drowned cat. Hello again.",
          choices = {
            { "What are you two working on?", "ask_open", next = "work" },
            { "Hello! How are the school-street plans?", "follow_up", uses = "school_streets", next = "catch_up" },
            { "Just saying hello.", "exit_graceful" },
          },
        },
        node "catch_up" {
          says = "Still terrified of the parents in cars. I keep looking for a town that'll tell me the truth.",
          choices = {
            { "Eastford will. I'll send you our notes.", "offer_help", requires = { fact = "school_streets" }, next = "thanks" },
            { "Could we swap cards again? I left yours in the programme I was carrying and then I put it down somewhere.",
              "exchange_contact", next = "contact" },
            { "Good luck, Ingrid.", "exit_graceful" },
          },
        },
      },
      returning = "again",
      followup = {
        reference = "school_streets",
        offer = "send Eastford's school-street notes, mistakes included",
        request = "ask whether Bergen shares its cycle counts",
        reply_personal = "Thank you for remembering the school streets! Your notes on the first week are exactly what I needed. I owe you a pair of waterproof trousers.",
        reply_generic = "Thanks for the message — nice to meet you at Moving Cities.",
        reply_late = "Hei! Thanks for writing. Sorry — where did we meet?",
      },
      maintenance = {
        { kind = "check_in", uses = "school_streets",
          text = "Ask Ingrid how the first week of school streets went",
          reply = "Two angry parents, forty happy children, one news story. We're keeping it." },
        { kind = "share_useful", uses = "knitting",
          text = "Send Ingrid a pattern for cycling socks",
          reply = "Waterproof socks! This is my new conference project. Thank you!" },
      },
    },

    ---------------------------------------------------------------------------------------
    -- Ravi Pillai: Ingrid's colleague, a data analyst; quiet, precise, funny when warmed
    -- up. Needs people outside Bergen to test their new open-data portal.
    ---------------------------------------------------------------------------------------
    person {
      id = "ravi_pillai",
      name = "Ravi Pillai", org = "Bergen Kommune", role = "data analyst",
      traits = { openness = 0.45, introversion = 0.7, busy = 0.6 },
      interests = { "open data", "cricket", "maps" },
      need = "people outside Bergen to test the city's new open-data portal",
      zone = "coffee", at = { 8.2, 2.6 }, group = "bergen_pair",
      facts = {
        moved_bergen = "moved from Kochi to Bergen five years ago for the job and learned Norwegian from bus announcements",
        portal = "is launching an open-data portal for Bergen's buses and needs outside testers who know bus data",
        cricket = "plays in Bergen's only cricket club, which has eleven members, exactly",
        csv_tip = "says the most useful thing any data team can publish is a plain file with a date on it",
      },
      moods = { "none", "rushed" },
      nodes = {
        node "hello" {
          says = "Hi. Ravi. I do the numbers; Ingrid does the talking.",
          alt = {
            "Hi. Ravi. Ingrid does the talking; I do the numbers.",
            "Hello. I'm Ravi — the numbers half of the Bergen team.",
          },
          choices = {
            { "Hi, I'm {name}. I do numbers too — bus data, for Eastford.", "introduce_why", next = "why" },
            { "Hi — I'm looking for a data job abroad. Does your city hire people from outside Norway for roles like yours?",
              "ask_job", next = "brush_job" },
            { "Could I take your card?", "card_grab", next = "brush" },
            { "Ha. I'll leave you to it.", "exit_graceful" },
          },
        },
        node "why" {
          says = "Bus data! A fellow sufferer. I moved from Kochi to Bergen five years ago and learned Norwegian from the bus announcements. Very useful for stop names. Less for dinner.",
          alt = {
            "Bus data! A fellow sufferer. I moved from Kochi to Bergen five years ago and learned Norwegian from bus announcements. Great for stop names. Less for dinner.",
          },
          reveals = { "moved_bergen" },
          choices = {
            { "What are you working on at the moment?", "ask_open", next = "work" },
            { "I learned half my Spanish from football commentary, so I understand that completely.",
              "share", shares = true, next = "common" },
            { "Could we swap cards, in case I need to ask you something about bus data formats later on?",
              "exchange_contact", next = "contact" },
            { "Ha. Good to meet you, Ravi.", "exit_graceful" },
          },
        },
        node "common" {
          says = "Football! Then you can say 'offside' and nothing else. Same as me with 'next stop'. It's a start.",
          alt = {
            "Football commentary! So your Spanish is mostly 'offside'. Mine is mostly 'next stop'. We all start somewhere.",
          },
          common_ground = true,
          choices = {
            { "What are you working on now?", "ask_open", next = "work" },
            { "Could I ask — what should a small council publish first?", "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "Could we swap cards?", "exchange_contact", next = "contact" },
            { "Ha. Thanks, Ravi.", "exit_graceful" },
          },
        },
        node "work" {
          says = "An open-data portal for our buses. Launches in June. Everyone in Bergen says it's fine, which means nobody has tried it properly. I need outside testers.",
          alt = {
            "An open-data portal for our buses, out in June. Everyone in Bergen says it's fine — which means nobody has really tried it. I need testers from outside.",
          },
          reveals = { "portal" },
          need = true,
          choices = {
            { "I'd test it. I break data portals for a living, more or less.",
              "offer_help", requires = { fact = "portal" }, next = "thanks" },
            { "What's in it so far?", "follow_up", uses = "portal", next = "portal_more" },
            { "Could we swap cards, so I can have a look at the portal when it's live and send you my thoughts?",
              "exchange_contact", next = "contact" },
            { "Is this your first time at this conference?", "small_talk", next = "afternoon" },
            { "Good luck with the launch.", "exit_graceful" },
          },
        },
        -- Changing the subject after hearing what they need: friendly, and the break is short.
        node "afternoon" {
          says = "Second. Last year I only found the coffee on the final day. This year I came prepared.",
          choices = {
            { "Could we swap cards while we're here?", "exchange_contact", next = "contact" },
            { "Ha. Enjoy the coffee, then.", "exit_graceful" },
          },
        },
        node "portal_more" {
          says = "Timetables, delays, passenger counts. I play cricket at weekends — Bergen's only club, eleven members exactly — and the scorebook is better documented than our delays.",
          reveals = { "cricket" },
          choices = {
            { "Eleven exactly! I played at school. Terrible batter, decent at tea.",
              "share", shares = true, next = "cricket_common" },
            { "I'll test it for you, if you like?", "offer_help", requires = { fact = "portal" }, next = "thanks" },
            { "Ha. Good luck, Ravi.", "exit_graceful" },
          },
        },
        node "cricket_common" {
          says = "Tea is half of cricket! You'd fit right in. And someone honest about being terrible is exactly who I want testing the portal.",
          alt = {
            "Tea is half of cricket! You'd fit right in. And someone who's honest about being terrible is exactly who I want testing the portal.",
          },
          common_ground = true,
          choices = {
            { "Then send it to me — I'll test it properly.",
              "offer_help", requires = { fact = "portal" }, next = "thanks" },
            { "Could I ask — what should a small council publish first?", "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "Could we swap cards? I'll send you Eastford's messiest file, just for fun, if you're into that sort of thing.",
              "exchange_contact", next = "contact" },
            { "Ha. Enjoy the afternoon.", "exit_graceful" },
          },
        },
        node "thanks" {
          says = "Really? Thank you. Break it as much as you like and tell me where. Politely, or not — I don't mind.",
          alt = {
            "Really? Thank you. Break it as much as you like and tell me where. Politely or not, I don't mind.",
          },
          choices = {
            { "Could I ask — what should a small council publish first?", "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "Could we swap cards, so you can send me the link?", "exchange_contact", next = "contact" },
            { "I'll break it. Good to meet you.", "exit_graceful" },
          },
        },
        node "advice" {
          says = "A plain file with a date on it. Not a dashboard, not an app. A file, a date, a person to email. Everything else comes later.",
          reveals = { "csv_tip" },
          choices = {
            { "That's so useful. Could we swap cards?", "exchange_contact", next = "contact" },
            { "A file and a date. Thanks, Ravi.", "exit_graceful" },
          },
        },
        node "contact" {
          says = "Here. My card has a typo in the phone number. The email is correct. Irony noted.",
          alt = {
            "Here. There's a typo in the phone number on my card. The email is right. I'm aware of the irony.",
          },
          choices = {
            { "Thanks, Ravi. See you.", "exit_graceful" },
            { "Thanks! Good luck to the eleven this season.", "follow_up", uses = "cricket" },
          },
        },
        node "brush" {
          says = "Here. The phone number's wrong, but the email works.",
          choices = {
            { "Thanks. I'm {name} — bus data, Eastford.", "introduce_why", next = "why" },
            { "Thanks!", "exit_graceful" },
            { "(Take the card and look past him for the next person to talk to before the bell.)", "exit_abrupt" },
          },
        },
        node "brush_job" {
          says = "Sometimes. It's all on the city website, in Norwegian. Good practice, at least.",
          choices = {
            { "Sorry — I'm {name}. I do bus data too. What are you working on?", "introduce_why", next = "why" },
            { "Thanks.", "exit_graceful" },
            { "Could I take your card, then, so I can ask you about it later when I've read the website properly?", "card_grab" },
          },
        },
        node "again" {
          says = "{name}. Hello again.",
          choices = {
            { "What are you working on?", "ask_open", next = "work" },
            { "Hi! How's the portal testing going?", "follow_up", uses = "portal", next = "catch_up" },
            { "Just saying hello.", "exit_graceful" },
          },
        },
        node "catch_up" {
          says = "Everyone still says 'fine'. I need someone to say 'broken'.",
          choices = {
            { "I'll say 'broken'. Send it over.", "offer_help", requires = { fact = "portal" }, next = "thanks" },
            { "Could we swap cards again? Yours is somewhere in the bottom of my conference bag with all the leaflets.",
              "exchange_contact", next = "contact" },
            { "Good luck, Ravi.", "exit_graceful" },
          },
        },
      },
      returning = "again",
      followup = {
        reference = "portal",
        offer = "test the open-data portal and send a list of what breaks",
        request = "ask how Bergen got approval to publish passenger counts",
        reply_personal = "You remembered the portal — thank you. Here's the test link. Please break it thoroughly.",
        reply_generic = "Thanks. Nice to meet you.",
        reply_late = "Hello. Sorry — which conference?",
      },
      maintenance = {
        { kind = "share_useful", uses = "csv_tip",
          text = "Send Ravi the plain bus file Eastford finally published, with a date on it",
          reply = "A file! With a date! I'm framing it." },
        { kind = "congratulate", uses = "cricket",
          text = "Congratulate Ravi when his cricket club wins its first match",
          reply = "Eleven of us, and we won. Tea was excellent too." },
      },
    },

    ---------------------------------------------------------------------------------------
    -- Yusuf Demir: a PhD student alone by his poster in the corridor; nobody has stopped.
    -- Introverted, earnest. Needs honest feedback before presenting it this afternoon.
    ---------------------------------------------------------------------------------------
    person {
      id = "yusuf_demir",
      name = "Yusuf Demir", org = "University of Sheffield", role = "PhD student",
      traits = { openness = 0.7, introversion = 0.8, busy = 0.25 },
      interests = { "night buses", "photography", "Turkish coffee" },
      need = "honest feedback on his poster before he presents it at three o'clock",
      zone = "posters", at = { 20, 13.5 },
      facts = {
        night_buses = "studies who rides night buses and why, mostly shift workers",
        poster_3pm = "presents his poster at three o'clock and nobody has read it yet",
        photos = "photographs empty bus stations at 4 a.m. and has a small exhibition planned",
        one_line = "says a poster should say its finding in one line you can read from two metres away",
      },
      moods = { "none", "chatty", "tired" },
      variants = {
        { id = "four_pm",
          need = "honest feedback on his poster before he presents it at four o'clock",
          facts = { poster_3pm = "presents his poster at four o'clock and nobody has read it yet" },
          says = { work = "I present it at four o'clock. To real people. And nobody has read it yet, so I don't know if it makes sense." } },
      },
      nodes = {
        node "hello" {
          says = "Oh — hello. You can read it, if you like. Or not. Most people walk past. It's fine.",
          alt = {
            "Oh — hi. You can read it if you want. Or not. Most people walk past. That's fine.",
            "Hello. It's a poster about night buses. You don't have to read it. People mostly don't.",
          },
          choices = {
            { "Hi, I'm {name} — I work on bus data. What's your poster about?", "introduce_why", next = "why" },
            { "Hi — quick one: is your university looking for data people? I've been thinking about a PhD or a research job.",
              "ask_job", next = "brush_job" },
            { "Could I take one of your handouts?", "card_grab", next = "brush" },
            { "I'll come back when I've got more time.", "exit_graceful" },
          },
        },
        node "why" {
          says = "Night buses. Who rides them at two in the morning, and why. Mostly nurses, cleaners, bakers. The people who keep the city running while it sleeps.",
          alt = {
            "Night buses: who rides them at two in the morning, and why. Nurses, cleaners, bakers, mostly. The people who keep the city going while it sleeps.",
          },
          reveals = { "night_buses" },
          choices = {
            { "What are you doing with it next?", "ask_open", next = "work" },
            { "My dad was a baker. He took the 3 a.m. bus for twenty years.",
              "share", shares = true, next = "common" },
            { "Could we swap details? I'd like to read the full study when it's out, if you're happy to share it.",
              "exchange_contact", next = "contact" },
            { "Have people been coming down to the posters, or is everyone at the coffee?", "small_talk", next = "urn" },
            { "That's important. Thank you — good luck.", "exit_graceful" },
          },
        },
        -- Small talk by the urns: fine, friendly, and it eats into a twenty-minute break.
        node "urn" {
          says = "Mostly the coffee. Two visitors so far, and one of them was looking for the toilets. It's fine. It's fine.",
          choices = {
            { "What are you working on for this afternoon?", "ask_open", next = "work" },
            { "Could we swap details, so I can send you a question later?", "exchange_contact", next = "contact" },
            { "Good luck with the visitors. I'll let you get back to it.", "exit_graceful" },
          },
        },
        node "common" {
          says = "Then you know. My interviews are full of people like him. Nobody plans buses for them — they plan for nine to five.",
          alt = {
            "Then you know. My interviews are full of people like him. Nobody plans buses for them — everyone plans for nine to five.",
          },
          common_ground = true,
          choices = {
            { "What's next for the poster?", "ask_open", next = "work" },
            { "Could I ask — how did you get into this?", "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "Could we swap details?", "exchange_contact", next = "contact" },
            { "He'd have liked your poster. Good luck.", "exit_graceful" },
          },
        },
        node "work" {
          says = "I present it at three o'clock. To real people. And nobody has read it yet, so I don't know if it makes sense.",
          alt = {
            "I present it at three. To real people. And nobody's read it yet, so I don't know whether it makes sense.",
          },
          reveals = { "poster_3pm" },
          need = true,
          choices = {
            { "I'll read it now and tell you honestly what's unclear.",
              "offer_help", requires = { fact = "poster_3pm" }, next = "thanks" },
            { "What are you most nervous about?", "follow_up", uses = "poster_3pm", next = "nervous" },
            { "Could we swap details, so I can send you some thoughts about the poster after the afternoon session?",
              "exchange_contact", next = "contact" },
            { "Is your supervisor here too?", "small_talk", next = "afternoon" },
            { "Good luck this afternoon!", "exit_graceful" },
          },
        },
        -- Changing the subject after hearing what they need: friendly, and the break is short.
        node "afternoon" {
          says = "Somewhere. She said she'd come to the poster at three. She said that last year too.",
          choices = {
            { "Could we swap details before three?", "exchange_contact", next = "contact" },
            { "I hope she comes this time. Good luck.", "exit_graceful" },
          },
        },
        node "nervous" {
          says = "That someone asks a question I can't answer. I'm better with a camera than a crowd — I photograph empty bus stations at four in the morning.",
          alt = {
            "That someone asks something I can't answer. I'm better with a camera than a crowd — I photograph empty bus stations at four in the morning.",
          },
          reveals = { "photos" },
          choices = {
            { "Let me read it now and ask you the hard questions first.",
              "offer_help", requires = { fact = "poster_3pm" }, next = "thanks" },
            { "I get nervous presenting too. I write my first sentence on my hand.",
              "share", shares = true, next = "hand" },
            { "You'll be fine. Good luck.", "exit_graceful" },
          },
        },
        node "hand" {
          says = "On your hand! That's brilliant. Nobody says they get nervous. Everyone here looks so sure.",
          alt = {
            "On your hand! Brilliant. Nobody admits they get nervous. Everyone here looks so certain.",
          },
          common_ground = true,
          choices = {
            { "Then let me read it now and ask the hard questions first.",
              "offer_help", requires = { fact = "poster_3pm" }, next = "thanks" },
            { "Could I ask — how did you get into this?", "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "Could we swap details? I'd like to see the four-a.m. photos when the exhibition's on, honestly.",
              "exchange_contact", next = "contact" },
            { "Try the hand. Good luck, Yusuf.", "exit_graceful" },
          },
        },
        node "thanks" {
          says = "Would you? Thank you. Be honest. Honest is what I need before I present.",
          alt = {
            "Would you? Thank you. Please be honest. Honest is what I need before the session.",
          },
          choices = {
            { "Could I ask — how did you get into this?", "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "Could we swap details, so I can send notes?", "exchange_contact", next = "contact" },
            { "Your main finding's great — put it in bigger letters. Good luck!", "exit_graceful" },
          },
        },
        node "advice" {
          says = "I rode every night bus in Sheffield for a month and asked people one question. A poster should say its finding in one line you can read from two metres away.",
          reveals = { "one_line" },
          choices = {
            { "Thank you. Could we swap details?", "exchange_contact", next = "contact" },
            { "One line, two metres. Thanks, Yusuf.", "exit_graceful" },
          },
        },
        node "contact" {
          says = "Of course — here's my email. I'll send you the paper when it's out. It's slow. PhDs are slow.",
          alt = {
            "Of course, here's my email. I'll send you the paper when it's out. Slowly. PhDs are slow.",
          },
          choices = {
            { "Thanks, Yusuf. Good luck this afternoon.", "exit_graceful" },
            { "Thanks — and good luck with the photo exhibition.", "follow_up", uses = "photos" },
          },
        },
        node "brush" {
          says = "Sure. Here. It's mostly the same as the poster, only smaller.",
          choices = {
            { "Thanks. I'm {name} — I work on bus data. What's it about?", "introduce_why", next = "why" },
            { "Thanks!", "exit_graceful" },
            { "(Fold the handout into your programme and drift back towards the coffee urns.)", "exit_abrupt" },
          },
        },
        node "brush_job" {
          says = "I — don't really know, sorry. I'm only a student. The department website might say.",
          choices = {
            { "Sorry — I'm {name}. What's your poster about?", "introduce_why", next = "why" },
            { "No problem. Thanks.", "exit_graceful" },
            { "Could I take a handout, then? It might have the department's address on it, and a name to write to.", "card_grab" },
          },
        },
        node "again" {
          says = "Oh — {name}. You came back.",
          choices = {
            { "What's the poster about?", "ask_open", next = "why" },
            { "I did! How are you feeling about presenting it?", "follow_up", uses = "poster_3pm", next = "catch_up" },
            { "Just saying good luck.", "exit_graceful" },
          },
        },
        node "catch_up" {
          says = "Worse. Still nobody's read it. I've straightened it three times.",
          choices = {
            { "I'll read it now.", "offer_help", requires = { fact = "poster_3pm" }, next = "thanks" },
            { "Could we swap details? I'd like to hear how the presentation goes, if you don't mind letting me know afterwards.",
              "exchange_contact", next = "contact" },
            { "It looks straight to me. Good luck.", "exit_graceful" },
          },
        },
      },
      returning = "again",
      followup = {
        reference = "poster_3pm",
        offer = "send a few notes on the poster and the questions people might ask",
        request = "ask whether he'd share his night-bus interviews",
        reply_personal = "Thank you for remembering the poster! Three people asked questions and I answered all of them. I wrote the first line on my hand.",
        reply_generic = "Thanks for stopping by.",
        reply_late = "Hi — sorry, where did we meet?",
      },
      maintenance = {
        { kind = "congratulate", uses = "photos",
          text = "Congratulate Yusuf on the opening of his bus-station photo exhibition",
          reply = "You saw it! The 4 a.m. one of the empty café is my favourite. Thank you." },
        { kind = "share_useful", uses = "night_buses",
          text = "Send Yusuf Eastford's night-bus passenger counts",
          reply = "This is gold. Can I cite Eastford? Your name goes in the thanks." },
      },
    },

    ---------------------------------------------------------------------------------------
    -- Beatriz Costa: the conference organiser, rushing between the urns and the stage.
    -- Brisk, funny, exhausted. Needs a session chair for the 3:30 slot.
    ---------------------------------------------------------------------------------------
    person {
      id = "beatriz_costa",
      name = "Beatriz Costa", org = "Moving Cities", role = "conference organiser",
      traits = { openness = 0.5, introversion = 0.3, busy = 0.9 },
      interests = { "logistics", "salsa dancing", "lists" },
      need = "a stand-in chair for the 3:30 session, whose chair has lost their voice",
      zone = "coffee", at = { 12, 3.5 },
      facts = {
        sixth_year = "has organised Moving Cities for six years and still loves it",
        chair_missing = "needs a chair for the 3:30 session on small towns because hers has lost their voice",
        salsa = "dances salsa on Thursdays and says it's the only hour she doesn't check her phone",
        first_time = "says first-time attendees who volunteer meet more people than anyone else",
      },
      moods = { "none", "rushed" },
      nodes = {
        node "hello" {
          says = "Hi — sorry, I'm running. Is everything all right? Coffee's there, the afternoon starts at half past.",
          alt = {
            "Hi — sorry, I'm on the run. All OK? Coffee's over there; the afternoon starts at half past.",
            "Hello! Sorry, can't stop long — is everything all right? The afternoon starts at half past.",
          },
          choices = {
            { "Hi, I'm {name} — first time here. It's a great conference.", "introduce_why", next = "why" },
            { "Hi! Is there any chance of a speaking slot next year? I've got a talk I think would really fit.",
              "pitch", next = "brush_pitch" },
            { "Could I grab a programme and a card?", "card_grab", next = "brush" },
            { "All fine — thanks! Don't let me stop you.", "exit_graceful" },
          },
        },
        node "why" {
          says = "First time! Welcome. Six years I've been doing this and I still love it. Even today, when everything's on fire.",
          alt = {
            "First time! Welcome. Six years I've run this and I still love it. Even today, with everything on fire.",
          },
          reveals = { "sixth_year" },
          choices = {
            { "What's on fire?", "ask_open", next = "work" },
            { "I organised one small event once. Forty people, and I lost my voice by lunch.",
              "share", shares = true, next = "common" },
            { "Could we swap cards, in case there's anything I can do for next year's conference?",
              "exchange_contact", next = "contact" },
            { "You must be run off your feet. Is it all going to plan?", "small_talk", next = "urn" },
            { "Ha. I'll let you go — good luck.", "exit_graceful" },
          },
        },
        -- Small talk by the urns: fine, friendly, and it eats into a twenty-minute break.
        node "urn" {
          says = "Mostly. The urns work, the wifi doesn't, and someone has walked off with the afternoon lanyards. A normal conference.",
          choices = {
            { "What's the next thing on your list?", "ask_open", next = "work" },
            { "Could we swap cards, for next year's conference?", "exchange_contact", next = "contact" },
            { "I'll let you find the lanyards. Good luck!", "exit_graceful" },
          },
        },
        node "common" {
          says = "Then you understand my whole life. Everyone thinks it's canapés. It's lost lanyards and a projector that hates Tuesdays.",
          alt = {
            "Then you understand my life. Everyone thinks it's canapés. It's lost lanyards and a projector that hates Tuesdays.",
          },
          common_ground = true,
          choices = {
            { "So what's on fire today?", "ask_open", next = "work" },
            { "Could I ask how you'd make the most of a first conference?", "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "Could we swap cards?", "exchange_contact", next = "contact" },
            { "I'll let you go. Good luck!", "exit_graceful" },
          },
        },
        node "work" {
          says = "The chair for the 3:30 session on small towns has lost their voice. Completely. I need someone who can keep time and ask a sensible question.",
          alt = {
            "The chair for the 3:30 small-towns session has lost their voice. Totally gone. I need someone who can keep time and ask one sensible question.",
          },
          reveals = { "chair_missing" },
          need = true,
          choices = {
            { "I work for a small town. I could chair it, if that helps?",
              "offer_help", requires = { fact = "chair_missing" }, next = "thanks" },
            { "What does chairing actually involve?", "follow_up", uses = "chair_missing", next = "chairing" },
            { "Could we swap cards, in case I think of someone who could step in for you this afternoon?",
              "exchange_contact", next = "contact" },
            { "When do you get a break yourself?", "small_talk", next = "afternoon" },
            { "Oh no. Good luck!", "exit_graceful" },
          },
        },
        -- Changing the subject after hearing what they need: friendly, and the break is short.
        node "afternoon" {
          says = "Half past five, when everyone has gone home. There's a sandwich in my bag waiting for it.",
          choices = {
            { "Could we swap cards before you run?", "exchange_contact", next = "contact" },
            { "Enjoy the sandwich when it comes.", "exit_graceful" },
          },
        },
        node "chairing" {
          says = "Introduce three speakers, hold up the five-minute card, ask the first question if the room is shy. I'd do it, but I'm at salsa in my head already.",
          alt = {
            "Introduce three speakers, hold up the five-minute card, ask the first question if the room's shy. I'd do it myself, but my head is already at salsa.",
          },
          reveals = { "salsa" },
          choices = {
            { "I did salsa for a year. I was terrible, but I loved it.", "share", shares = true, next = "salsa_common" },
            { "I could do that. I'll chair it.", "offer_help", requires = { fact = "chair_missing" }, next = "thanks" },
            { "Good luck finding someone!", "exit_graceful" },
          },
        },
        node "salsa_common" {
          says = "Terrible and loving it is the only way to do salsa! OK, I like you. You keep time, you admit things. You'd be a good chair.",
          alt = {
            "Terrible and loving it is the only way to do salsa! OK, I like you. You keep time and you admit things. You'd chair well.",
          },
          common_ground = true,
          choices = {
            { "Then I'll chair the 3:30 — tell me where to stand.",
              "offer_help", requires = { fact = "chair_missing" }, next = "thanks" },
            { "Could I ask how you'd make the most of a first conference?", "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "Could we swap cards? I'd like to know which salsa night you go to on Thursdays, honestly.",
              "exchange_contact", next = "contact" },
            { "Ha. Good luck, Beatriz.", "exit_graceful" },
          },
        },
        node "thanks" {
          says = "You're a lifesaver. Room B at twenty past three. I'll bring you the timing cards and a glass of water.",
          alt = {
            "You're a lifesaver. Room B, twenty past three. I'll bring the timing cards and some water.",
          },
          choices = {
            { "Could I ask how you'd make the most of a first conference?", "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "Could we swap cards, in case anything changes?", "exchange_contact", next = "contact" },
            { "Room B, twenty past. See you there.", "exit_graceful" },
          },
        },
        node "advice" {
          says = "Volunteer for something. First-timers who volunteer meet more people than anyone else. Which, I notice, you just did.",
          reveals = { "first_time" },
          choices = {
            { "Ha. Could we swap cards?", "exchange_contact", next = "contact" },
            { "Good tip. Thanks, Beatriz.", "exit_graceful" },
          },
        },
        node "contact" {
          says = "Here. My mobile's on the back — for today only, then I'm switching it off for a week.",
          alt = {
            "Here. My mobile's on the back — for today only. After that it's off for a week.",
          },
          choices = {
            { "Thanks, Beatriz. See you later.", "exit_graceful" },
            { "Thanks — enjoy salsa on Thursday.", "follow_up", uses = "salsa" },
          },
        },
        node "brush" {
          says = "Sure — programmes are on the table, and here's a card. Sorry, I've got to run.",
          choices = {
            { "Thanks. I'm {name} — first time here. Can I help with anything?", "introduce_why", next = "why" },
            { "Thanks!", "exit_graceful" },
            { "(Grab a programme and a card and turn away towards the sponsor stands.)", "exit_abrupt" },
          },
        },
        node "brush_pitch" {
          says = "The call for talks opens in January — it's all on the website. Sorry, I really have to run.",
          choices = {
            { "Sorry — I'm {name}, first time here. Is everything all right?", "introduce_why", next = "why" },
            { "Of course. Thanks.", "exit_graceful" },
            { "Could I take a card, so I can send you the talk idea directly when the call opens in January?", "card_grab" },
          },
        },
        node "again" {
          says = "{name}! Still here? Good.",
          choices = {
            { "How's the day going?", "ask_open", next = "work" },
            { "Did you find a chair for the 3:30?", "follow_up", uses = "chair_missing", next = "catch_up" },
            { "Just saying hello.", "exit_graceful" },
          },
        },
        node "catch_up" {
          says = "No! Two people said they'd think about it, which means no.",
          choices = {
            { "I'll do it.", "offer_help", requires = { fact = "chair_missing" }, next = "thanks" },
            { "Could we swap cards? I'll ask a couple of people I met this morning whether they could step in.",
              "exchange_contact", next = "contact" },
            { "Good luck, Beatriz.", "exit_graceful" },
          },
        },
      },
      returning = "again",
      followup = {
        reference = "chair_missing",
        offer = "chair a session next year too, if she needs someone",
        request = "ask about the call for talks",
        reply_personal = "Thank you again for stepping in as chair! Three people told me the small-towns session was the best of the day. Next year, you're on my list.",
        reply_generic = "Thanks for coming to Moving Cities! Slides are on the website.",
        reply_late = "Hi! Sorry, I met a few hundred people — remind me?",
      },
      maintenance = {
        { kind = "check_in", uses = "salsa",
          text = "Ask Beatriz whether she made it to salsa after the conference",
          reply = "I danced for two hours and slept for twelve. Perfect week." },
        { kind = "congratulate", uses = "sixth_year",
          text = "Congratulate Beatriz when Moving Cities announces its seventh year",
          reply = "Seven! Come back — and bring your chairing voice." },
      },
    },

    ---------------------------------------------------------------------------------------
    -- Kenji Watanabe: a sponsor's engineer at a stand of passenger-counting sensors. Not a
    -- salesman: he's the engineer they sent, and he wants real users' complaints.
    ---------------------------------------------------------------------------------------
    person {
      id = "kenji_watanabe",
      name = "Kenji Watanabe", org = "Countwell Sensors", role = "product engineer",
      traits = { openness = 0.7, introversion = 0.6, busy = 0.65 },
      interests = { "sensors", "trail running", "ramen" },
      need = "councils that use passenger counters to tell him what goes wrong with them",
      zone = "sponsors", at = { 9, 13.5 },
      facts = {
        engineer_not_sales = "is the engineer, not the sales team, and was sent because the sales team had flu",
        complaints = "wants councils to tell him what goes wrong with passenger counters so he can fix the next version",
        trail_running = "runs mountain trails and is training for a race in the Lake District in June",
        data_check = "says every council should check its counters against a person with a clicker once a year",
      },
      moods = { "none", "chatty" },
      variants = {
        { id = "road_race",
          facts = { trail_running = "runs mountain trails and is training for a race in the Scottish Highlands in June" },
          says = { so_far = "Buggies. Everyone says buggies confuse the counter. I think about it while I run — I'm training for a trail race in the Highlands in June." } },
      },
      nodes = {
        node "hello" {
          says = "Hello! Countwell Sensors. Please, have a pen. I have four hundred pens.",
          alt = {
            "Hello! Countwell Sensors. Please take a pen. I have four hundred pens.",
            "Hi! Countwell. Have a pen — have several. We brought far too many.",
          },
          choices = {
            { "Hi, I'm {name} — I look after bus data for Eastford. What do these count?",
              "introduce_why", next = "why" },
            { "Hi — we might buy sensors next year. Could you send me a price list and a discount code before I go?",
              "card_grab", next = "brush" },
            { "Is there a job going at Countwell? I'd like to move to the private side.", "ask_job", next = "brush_job" },
            { "Thanks for the pen!", "exit_graceful" },
          },
        },
        node "why" {
          says = "People getting on and off buses. I'm the engineer, actually — the sales team had flu, so they sent me. Please don't ask me about prices.",
          alt = {
            "People getting on and off buses. I'm actually the engineer — the sales team had flu, so they sent me. Please don't ask about prices.",
          },
          reveals = { "engineer_not_sales" },
          choices = {
            { "What are you working on?", "ask_open", next = "work" },
            { "Good — I'd rather talk to the engineer. I spend half my week cleaning counter data.",
              "share", shares = true, next = "common" },
            { "Could we swap cards, in case our procurement team wants to talk to someone at Countwell later on?",
              "exchange_contact", next = "contact" },
            { "Do you get to see any of the talks, or are you on the stand all day?", "small_talk", next = "urn" },
            { "Ha. Thanks — I'll let you get on.", "exit_graceful" },
          },
        },
        -- Small talk by the urns: fine, friendly, and it eats into a twenty-minute break.
        node "urn" {
          says = "On the stand, mostly. I saw ten minutes of the keynote through the door. They were very good ten minutes.",
          choices = {
            { "What do people ask you about at the stand?", "ask_open", next = "work" },
            { "Could we swap cards?", "exchange_contact", next = "contact" },
            { "I'll let you get back to the stand. Good luck with the visitors.", "exit_graceful" },
          },
        },
        node "common" {
          says = "Half your week! I'm sorry. Some of that is my fault. I'd like it to be less my fault.",
          alt = {
            "Half a week, every week! I apologise. Some of that is my doing, and I would like it to be less of my doing.",
          },
          common_ground = true,
          choices = {
            { "What are you working on, then?", "ask_open", next = "work" },
            { "Could I ask your advice on checking the counts?", "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "Could we swap cards?", "exchange_contact", next = "contact" },
            { "Ha. Thanks, Kenji.", "exit_graceful" },
          },
        },
        node "work" {
          says = "The next version. But everyone who visits the stand is polite. I need councils to tell me what actually goes wrong, so I can fix it.",
          alt = {
            "The next version. But everyone at the stand is so polite. I need councils to tell me what actually goes wrong, so I can fix it.",
          },
          reveals = { "complaints" },
          need = true,
          choices = {
            { "I have a list. I'll send you our worst three problems, with examples.",
              "offer_help", requires = { fact = "complaints" }, next = "thanks" },
            { "What have people told you so far?", "follow_up", uses = "complaints", next = "so_far" },
            { "Could we swap cards?", "exchange_contact", next = "contact" },
            { "Do you get to travel much with the job?", "small_talk", next = "afternoon" },
            { "Good luck with it.", "exit_graceful" },
          },
        },
        -- Changing the subject after hearing what they need: friendly, and the break is short.
        node "afternoon" {
          says = "More than I expected. Six conferences since spring. I know every hotel breakfast in the north.",
          choices = {
            { "Could we swap cards?", "exchange_contact", next = "contact" },
            { "Ha. I'll let you get back to the stand.", "exit_graceful" },
          },
        },
        node "so_far" {
          says = "Buggies. Everyone says buggies confuse the counter. I think about it while I run — I'm training for a trail race in the Lake District in June.",
          alt = {
            "Buggies. Everyone says buggies confuse the counter. I think about it when I run — I'm training for a trail race in the Lake District in June.",
          },
          reveals = { "trail_running" },
          choices = {
            { "I'll send you our examples — buggies included.", "offer_help", requires = { fact = "complaints" }, next = "thanks" },
            { "Buggies and wet umbrellas, in our case. I run too, badly, mostly round the park.",
              "share", shares = true, next = "run_common" },
            { "Good luck in June!", "exit_graceful" },
          },
        },
        node "run_common" {
          says = "Wet umbrellas! Nobody told me that. And running badly round the park is still running. See — this is the conversation I came for.",
          alt = {
            "Wet umbrellas! Nobody told me that. And running badly round the park still counts. See — this is the conversation I came here for.",
          },
          common_ground = true,
          choices = {
            { "Then I'll send you our umbrella data — and the rest of the list.",
              "offer_help", requires = { fact = "complaints" }, next = "thanks" },
            { "Could I ask your advice on checking the counts?", "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "Could we swap cards? I'd like to hear how the race goes, if you don't mind me asking after it.",
              "exchange_contact", next = "contact" },
            { "Ha. Good luck, Kenji.", "exit_graceful" },
          },
        },
        node "thanks" {
          says = "Please do. Real examples are worth more than a month in the lab. I'll send you a test unit if you like.",
          alt = {
            "Please do. Real examples are worth a month in the lab. I can send you a test unit, if you'd like.",
          },
          choices = {
            { "Could I ask your advice on checking the counts?", "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "Could we swap cards, so I can send the list?", "exchange_contact", next = "contact" },
            { "I'll send it this week. Thanks, Kenji.", "exit_graceful" },
          },
        },
        node "advice" {
          says = "Once a year, put a person with a clicker on a busy route for a day and compare. It's boring. It's the only way to know.",
          reveals = { "data_check" },
          choices = {
            { "That's useful. Could we swap cards?", "exchange_contact", next = "contact" },
            { "A clicker. Thanks, Kenji.", "exit_graceful" },
          },
        },
        node "contact" {
          says = "Here — engineering email, not sales. It'll come straight to me.",
          alt = {
            "Here — the engineering email, not sales. It comes straight to me.",
          },
          choices = {
            { "Thanks, Kenji. Enjoy the afternoon.", "exit_graceful" },
            { "Thanks! Good luck with the race in June.", "follow_up", uses = "trail_running" },
          },
        },
        node "brush" {
          says = "Ah — I'm not the sales team, sorry. Here's the general card; they'll send prices.",
          choices = {
            { "Sorry — I'm {name}, from Eastford. I actually use these. What do they count?",
              "introduce_why", next = "why" },
            { "Thanks!", "exit_graceful" },
            { "(Take the card and two pens, and move on to the next stand along the row.)", "exit_abrupt" },
          },
        },
        node "brush_job" {
          says = "Maybe — the careers page is on the website. I'm just the engineer, sorry.",
          choices = {
            { "Sorry — I'm {name}, from Eastford. What are you working on?", "introduce_why", next = "why" },
            { "Thanks.", "exit_graceful" },
            { "Could I take the general card, then, so I can find the careers page and see what's going?", "card_grab" },
          },
        },
        node "again" {
          says = "{name}! Back for another pen?",
          choices = {
            { "What are you working on?", "ask_open", next = "work" },
            { "Ha. Have you had any real complaints yet?", "follow_up", uses = "complaints", next = "catch_up" },
            { "Just saying hello.", "exit_graceful" },
          },
        },
        node "catch_up" {
          says = "Only one. Buggies, again. I need more than buggies.",
          choices = {
            { "I'll send you our list.", "offer_help", requires = { fact = "complaints" }, next = "thanks" },
            { "Could we swap cards again? I think yours went into the pen pot on the table while I was talking.",
              "exchange_contact", next = "contact" },
            { "Good luck, Kenji.", "exit_graceful" },
          },
        },
      },
      returning = "again",
      followup = {
        reference = "complaints",
        offer = "send Eastford's three worst counter problems, with examples",
        request = "ask whether we could borrow a test unit",
        reply_personal = "Thank you for remembering! Your wet-umbrella examples went straight to the team. A test unit is on its way.",
        reply_generic = "Thank you for visiting the Countwell stand. Our sales team will be in touch.",
        reply_late = "Hello — thank you. Sorry, which event was this?",
      },
      maintenance = {
        { kind = "congratulate", uses = "trail_running",
          text = "Congratulate Kenji on finishing his mountain trail race",
          reply = "Finished! Very slowly. I thought about buggies the whole way." },
        { kind = "share_useful", uses = "data_check",
          text = "Send Kenji the results of Eastford's clicker day",
          reply = "Three per cent off! Better than I feared. Thank you — this helps a lot." },
      },
    },

    ---------------------------------------------------------------------------------------
    -- Hannah Goldberg: a head of accessibility at a bus company, taking five minutes on
    -- the terrace. Tired, kind, direct. Needs a town to trial talking bus-stop signs.
    ---------------------------------------------------------------------------------------
    person {
      id = "hannah_goldberg",
      name = "Hannah Goldberg", org = "Northline Buses", role = "head of accessibility",
      traits = { openness = 0.7, introversion = 0.65, busy = 0.5 },
      interests = { "accessibility", "birdwatching", "her guide dog, Pip" },
      need = "a town to trial talking signs at bus stops for blind and partially sighted passengers",
      zone = "terrace", at = { 27, 8 },
      facts = {
        guide_dog = "is partially sighted, travels with a guide dog called Pip, and works on accessibility",
        talking_signs = "wants a town to trial talking signs at bus stops for blind and partially sighted passengers",
        birds = "counts birds on the terrace at every conference and has seen eleven kinds today",
        ask_users = "says the first step in any accessibility work is paying disabled passengers to test it",
      },
      moods = { "none", "tired" },
      nodes = {
        node "hello" {
          says = "Hello. Pip and I are hiding from the foyer for five minutes. You're welcome to hide too.",
          alt = {
            "Hello. Pip and I are hiding from the foyer for five minutes. You're welcome to hide with us.",
            "Hi. We're escaping the crowd for a bit, Pip and me. Join us, if you like.",
          },
          choices = {
            { "Hi, I'm {name} — bus data, Eastford. I needed some air too.", "introduce_why", next = "why" },
            { "Hi — I've got an idea for an accessibility app. Could I pitch it to you quickly while it's quiet out here?",
              "pitch", next = "brush_pitch" },
            { "Could I take your card?", "card_grab", next = "brush" },
            { "I'll leave you two in peace.", "exit_graceful" },
          },
        },
        node "why" {
          says = "Good choice. I'm Hannah, from Northline Buses. I'm partially sighted — Pip does the seeing, I do the accessibility work. We make a good team.",
          alt = {
            "Good plan. I'm Hannah, Northline Buses. I'm partially sighted — Pip does the seeing and I do the accessibility work. We're a good team.",
          },
          reveals = { "guide_dog" },
          choices = {
            { "What are you working on at the moment?", "ask_open", next = "work" },
            { "I needed the air. I'm not great in crowds — I always end up out here at some point.",
              "share", shares = true, next = "common" },
            { "Could we swap cards? I'd like to ask you about our bus stops some time, when you're not hiding.",
              "exchange_contact", next = "contact" },
            { "Did you come out here for the quiet too?", "small_talk", next = "urn" },
            { "Nice to meet you both. I'll leave you in peace.", "exit_graceful" },
          },
        },
        -- Small talk by the urns: fine, friendly, and it eats into a twenty-minute break.
        node "urn" {
          says = "Partly the quiet, partly Pip. She has been better behaved than most of the delegates today, and she's earned some air.",
          choices = {
            { "What are you working on at Northline?", "ask_open", next = "work" },
            { "Could we swap details before the bell?", "exchange_contact", next = "contact" },
            { "I'll leave you two to the fresh air. Nice to meet you.", "exit_graceful" },
          },
        },
        node "common" {
          says = "Same. The foyer is a lot — especially when you can't see faces. Out here it's just birds. I've counted eleven kinds today.",
          alt = {
            "Same. The foyer is a lot, especially when you can't see faces. Out here it's only birds. Eleven kinds today, I've counted.",
          },
          common_ground = true,
          reveals = { "birds" },
          choices = {
            { "What are you working on now?", "ask_open", next = "work" },
            { "Could I ask where a small council should start on accessibility?", "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "Could we swap cards?", "exchange_contact", next = "contact" },
            { "Eleven! I'll let you get back to them.", "exit_graceful" },
          },
        },
        node "work" {
          says = "Talking signs at bus stops — press a button, it tells you which buses are coming. We need a town to trial it. Big cities have them; small towns never do.",
          alt = {
            "Talking signs at bus stops: press a button and it tells you which buses are coming. We need a town to trial it. Cities have them; small towns never do.",
          },
          reveals = { "talking_signs" },
          need = true,
          choices = {
            { "Eastford could trial it. I'll take it to our team this week.",
              "offer_help", requires = { fact = "talking_signs" }, next = "thanks" },
            { "Why do small towns never get them?", "follow_up", uses = "talking_signs", next = "small_towns" },
            { "Could we swap cards?", "exchange_contact", next = "contact" },
            { "Is Pip staying for the afternoon too?", "small_talk", next = "afternoon" },
            { "That's a great idea. Good luck.", "exit_graceful" },
          },
        },
        -- Changing the subject after hearing what they need: friendly, and the break is short.
        node "afternoon" {
          says = "She always stays. She likes the talks with applause; she thinks it's for her.",
          choices = {
            { "Could we swap details before the bell?", "exchange_contact", next = "contact" },
            { "Give Pip my regards. Nice to meet you.", "exit_graceful" },
          },
        },
        node "small_towns" {
          says = "Nobody asks them. Everyone trials things where the conference is. Meanwhile blind passengers in small towns ring their friends to ask which bus just went past.",
          alt = {
            "Nobody asks them. Everything gets trialled where the conference is. Meanwhile blind passengers in small towns phone friends to ask which bus just went by.",
          },
          choices = {
            { "Eastford could be the one. I'll ask our team.", "offer_help", requires = { fact = "talking_signs" }, next = "thanks" },
            { "My gran does exactly that. She rings me from the stop.", "share", shares = true, next = "gran" },
            { "That's wrong. Thank you for telling me.", "exit_graceful" },
          },
        },
        node "gran" {
          says = "Then you already know why it matters. That's the conversation I wish I had in the foyer more often.",
          alt = {
            "Then you know exactly why it matters. I wish I had conversations like this in the foyer more often.",
          },
          common_ground = true,
          choices = {
            { "Then let me take the trial to our team this week.",
              "offer_help", requires = { fact = "talking_signs" }, next = "thanks" },
            { "Could I ask where a small council should start on accessibility?", "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "Could we swap cards? My gran would love to hear she might not need to ring me any more, honestly.",
              "exchange_contact", next = "contact" },
            { "Thank you, Hannah.", "exit_graceful" },
          },
        },
        node "thanks" {
          says = "Would you? Thank you. That's the best thing that's happened at this conference. Pip agrees.",
          alt = {
            "Would you? Thank you. That's the best thing to happen at this conference. Pip agrees with me.",
          },
          choices = {
            { "Could I ask where a small council should start on accessibility?", "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "Could we swap cards, so I can send you our stops?", "exchange_contact", next = "contact" },
            { "I'll write on Monday. Bye, Pip!", "exit_graceful" },
          },
        },
        node "advice" {
          says = "Pay disabled passengers to test things before you buy them. Not a survey — a walk, together, with coffee after. You learn more in an hour than in a report.",
          reveals = { "ask_users" },
          choices = {
            { "Thank you. Could we swap cards?", "exchange_contact", next = "contact" },
            { "A walk with coffee. Thank you, Hannah.", "exit_graceful" },
          },
        },
        node "contact" {
          says = "Here — my card has the email in large print and braille. Pip approves of you, for the record.",
          alt = {
            "Here — the email's in large print and braille. For the record, Pip approves of you.",
          },
          choices = {
            { "Thanks, Hannah. Enjoy the quiet.", "exit_graceful" },
            { "Thanks — I hope you get to twelve birds.", "follow_up", uses = "birds" },
          },
        },
        node "brush" {
          says = "Of course — here. It's in braille too.",
          choices = {
            { "Thanks. I'm {name}, from Eastford. What are you working on?", "introduce_why", next = "why" },
            { "Thanks!", "exit_graceful" },
            { "(Take the card and head back inside to catch the others before the bell rings.)", "exit_abrupt" },
          },
        },
        node "brush_pitch" {
          says = "Maybe another time — I came out here for five quiet minutes, to be honest.",
          choices = {
            { "Sorry. I'm {name}, from Eastford. I came out for quiet too.", "introduce_why", next = "why" },
            { "Of course. Sorry.", "exit_graceful" },
            { "No problem. Could I take your card, and send it to you by email instead when you've got more time?", "card_grab" },
          },
        },
        node "again" {
          says = "{name}, from Eastford. Hello again. Pip remembers you.",
          choices = {
            { "What are you working on?", "ask_open", next = "work" },
            { "Hello, Pip! Hannah, did you find a town for the talking signs?", "follow_up", uses = "talking_signs", next = "catch_up" },
            { "Just saying hello.", "exit_graceful" },
          },
        },
        node "catch_up" {
          says = "Not yet. Everyone says 'what a good idea' and then goes back inside.",
          choices = {
            { "Let me take it to our team.", "offer_help", requires = { fact = "talking_signs" }, next = "thanks" },
            { "Could we swap cards again? I'd like to send you the list of our stops that would need it most.",
              "exchange_contact", next = "contact" },
            { "Someone will. Bye, Hannah.", "exit_graceful" },
          },
        },
      },
      returning = "again",
      followup = {
        reference = "talking_signs",
        offer = "take the talking-signs trial to the Eastford transport team",
        request = "ask whether she'd walk our busiest stops with us",
        reply_personal = "Thank you for remembering the talking signs. If Eastford says yes, Pip and I will come and walk the stops with you.",
        reply_generic = "Thanks for your message. Nice to meet you at the conference.",
        reply_late = "Hello — thanks for writing. Remind me where we met?",
      },
      maintenance = {
        { kind = "check_in", uses = "birds",
          text = "Send Hannah a recording of a blackbird from your garden",
          reply = "Lovely! Pip's ears went straight up. Thank you." },
        { kind = "congratulate", uses = "talking_signs",
          text = "Congratulate Hannah when the first talking sign goes live",
          reply = "It's live! A woman at the stop cried. So did I, a bit." },
      },
    },
  },
}
