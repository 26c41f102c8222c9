-- industry_meetup.lua — "Second Thursday", a local tech and design meetup, after the talks.
--
-- A co-working space on a weeknight: two talks have just finished, the speakers linger by
-- the stage, the kitchen bar is loud, and the sofas at the back are where people actually
-- talk. People came for the talks and for each other: leading with a pitch, a job request or
-- a card grab gets a polite, cooling answer, and the room notices.
--
-- The two talks everyone is discussing:
--   * Lucía Ferreyra, "Sorry, Something Went Wrong": rewriting 1,200 error messages for a
--     council benefits service. Her three questions — what happened, is it my fault, what do
--     I do now? — and the form that rejected everyone born on 29 February for six years.
--     Calls to the helpline about the form fell by a fifth.
--   * Henrik Aalto, "Fourteen Services, Three Engineers": why his team merged their
--     microservices back into three. On-call pages fell from forty a month to six; his
--     checklist asks whether a service can deploy alone, scale alone and fail alone.
--
-- Shared with other scenarios: maya_okafor (same id, name, org and fact ids user_study,
-- half_marathon and was_nurse as career_fair.lua). Pitching at a speaker who only wants to discuss the
-- talk carries weight 1.5: it costs more here than anywhere else in the room.

return scenario {
  id = "industry_meetup",
  title = "Second Thursday: Design & Dev Meetup",
  summary = "Two talks have just ended at a co-working space: Lucía Ferreyra's 'Sorry, Something "
    .. "Went Wrong' on rewriting a council's error messages, and Henrik Aalto's 'Fourteen Services, "
    .. "Three Engineers' on merging microservices back together. Speakers linger by the stage, "
    .. "the kitchen bar is loud, and the sofas at the back are where the real conversations happen.",
  teaches = "Talk about the talk before anything else: curiosity and a real introduction open "
    .. "people up, while pitching at someone who came to discuss ideas cools them, and the "
    .. "room notices.",
  minutes = 50,
  order = 30, -- place in the scenario list, lower first (docs/scenarios.md)
  -- The briefing's opener parts: "Hi, I'm NAME — <why>. <question>"
  openers = {
    why = {
      "I enjoyed the talk and wanted to meet people who work on this",
      "I'm new to the city and trying to meet people in the field",
      "I'm working on a side project in this area and wanted to compare notes",
    },
    questions = {
      "What did you make of the talk?",
      "What are you working on these days?",
      "How did you get into this area?",
    },
  },
  norms = {
    contact_expected = false,   -- swapping details is fine once you have really talked
    groups_common = true,       -- small groups everywhere: wait for a pause, then join
    pace = 0.5,
  },
  room = {
    width = 26, height = 16,
    zones = {
      { id = "door",   kind = "entrance", label = "Registration desk", x = 0,  y = 6,  w = 3,  h = 4, noise = 0.3 },
      { id = "stage",  kind = "stage",    label = "Stage and chairs",  x = 3,  y = 0,  w = 10, h = 7, noise = 0.4 },
      { id = "tables", kind = "tables",   label = "Pizza tables",      x = 3,  y = 9,  w = 10, h = 7, noise = 0.5 },
      { id = "bar",    kind = "bar",      label = "Kitchen bar",       x = 14, y = 0,  w = 12, h = 8, noise = 0.8 },
      { id = "sofas",  kind = "quiet",    label = "Sofas and plants",  x = 19, y = 10, w = 7,  h = 6, noise = 0.1 },
    },
  },
  people = {

    ---------------------------------------------------------------------------------------
    -- Maya Okafor: UX research lead, came for Lucía's talk; needs study volunteers and a
    -- research partner for her heart-rate data. Shared with career_fair.
    ---------------------------------------------------------------------------------------
    person {
      id = "maya_okafor",
      name = "Maya Okafor", org = "Pulse Health", role = "UX research lead",
      traits = { openness = 0.7, introversion = 0.3, busy = 0.5 },
      interests = { "user research", "running", "plain language", "health data" },
      need = "volunteers for her user study, and a research partner for the heart-rate data",
      zone = "tables", at = { 9.5, 13 },
      met_before = 0,
      facts = {
        user_study = "is running a user study on a heart-rate app and needs volunteers",
        half_marathon = "is training for her first half-marathon in May",
        signal_lost = "says the app's 'Signal lost' alert makes some users think their heart has stopped",
        research_partner = "is looking for a research partner to help make sense of the study's heart-rate data",
        was_nurse = "worked as a cardiac nurse for six years before moving into research",
      },
      -- Variation (docs/scenarios.md, "Variants"): the seed picks one mood and one version.
      moods = { "none", "chatty" },
      variants = {
        { id = "sleep_data",
          need = "volunteers for her user study, and someone to help read the study's sleep data",
          facts = { research_partner = "is looking for a research partner to make sense of the study's overnight sleep data" },
          says = {
            method = "We fake a dropped sensor and watch faces. The data side is the hard bit: overnight sleep traces I can't make sense of alone. I'd love a research partner.",
            study_again = "Better — nineteen of thirty! The wording tests are going well. The hard part now is the overnight sleep data: I can't make sense of it alone. I'd love a research partner.",
          } },
      },
      nodes = {
        node "hello" {
          says = "Hi! Maya — sorry, pizza hands. Were you in for Lucía's talk? 'What happened, is it my fault, what do I do now?' I nodded so hard my neck hurts.",
          alt = {
            "Hi! Maya — excuse the pizza hands. Did you catch Lucía's talk? 'What happened, is it my fault, what do I do now?' I nodded so hard I've hurt my neck.",
            "Hello! I'm Maya — sorry, greasy fingers. Were you at Lucía's talk? 'What happened, is it my fault, what now?' I was nodding the whole way through.",
          },
          choices = {
            { "Hi, I'm {name} — I came for that talk. I'm getting into UX research.",
              "introduce_why", next = "talk" },
            { "I was! Which bit made you nod the hardest?", "ask_open", next = "talk" },
            { "I'm building a UX portfolio and I'm looking for work — could I tell you about a couple of my projects?", "pitch", next = "cool" },
            { "I'll let you finish your pizza — enjoy the rest of the evening.", "exit_graceful" },
          },
        },
        node "talk" {
          says = "Honestly, it hurt. I was a cardiac nurse for six years before research, and our app says 'Signal lost' when the sensor slips. Some people think their heart has stopped.",
          alt = {
            "Honestly, it stung. I was a cardiac nurse for six years before research, and our app says 'Signal lost' when the sensor slips. Some people think their heart has stopped.",
          },
          reveals = { "signal_lost", "was_nurse" },
          choices = {
            { "That's awful. Do you know yet what you'd change it to?", "follow_up", uses = "signal_lost", next = "study" },
            { "My gran once got 'Error 500' on her pension form and thought she'd broken the internet.",
              "share", shares = true, next = "cg" },
            { "Sounds like a lot. I'll let you get back to your slice — nice to meet you.", "exit_graceful" },
          },
        },
        node "study" {
          says = "That's what my study is for. We're testing new wording with real people, and I need thirty volunteers by the end of the month. I'm at nine.",
          alt = {
            "That's exactly what my study is about. We're testing new wording with real people, and I need thirty volunteers by the end of the month. I've got nine.",
          },
          reveals = { "user_study" },
          need = true,
          choices = {
            { "I could sign up, and share the call with my course — there are forty of us.",
              "offer_help", requires = { fact = "user_study" }, next = "help" },
            { "How do you test wording like that? Do you sit and watch people use the app?", "ask_open", next = "method" },
            { "Good luck with it — I'll let you get back to the room.", "exit_graceful" },
          },
        },
        node "method" {
          says = "We fake a dropped sensor and watch faces. The data side is the hard bit: heart-rate traces I can't make sense of alone. I'd love a research partner.",
          reveals = { "research_partner" },
          need = true,
          choices = {
            { "I did a stats module last year and secretly loved it. Messy data is kind of fun.",
              "share", shares = true, next = "cg" },
            { "Could I help with volunteers at least? I can share the study with my course.",
              "offer_help", requires = { fact = "user_study" }, next = "help" },
            { "That sounds fascinating. I'll let you mingle — thanks, Maya.", "exit_graceful" },
          },
        },
        node "cg" {
          says = "Ha, I love that. You'd fit right in on our team — we swap stories like that every Friday. Outside work it's all running: I'm training for my first half-marathon in May.",
          reveals = { "half_marathon" },
          common_ground = true,
          choices = {
            { "Your first half-marathon! How's the training going?", "follow_up", uses = "half_marathon", next = "run" },
            { "Can I ask how you got into research? I'm trying to work out where to start.",
              "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "Could I help find volunteers for the study? I can share it with my course.",
              "offer_help", requires = { fact = "user_study" }, next = "help" },
            { "I'll let you get back to the pizza. Really nice talking to you.", "exit_graceful" },
          },
        },
        node "run" {
          says = "Slowly! Week six of the plan, and my long run is now longer than my commute. My knees have opinions about that.",
          choices = {
            { "Can I ask how you got into research? I'm trying to work out where to start.",
              "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "If it helps your week, I could share your study with my course — forty people.",
              "offer_help", requires = { fact = "user_study" }, next = "help" },
            { "Good luck with week six. I'll let you rest those knees.", "exit_graceful" },
          },
        },
        node "help" {
          says = "Really? That would be brilliant. Recruiting volunteers was starting to feel personal.",
          alt = {
            "You would? That would be wonderful. Finding volunteers had started to feel personal.",
          },
          choices = {
            { "Shall I take your email so I can send the sign-up link round?", "exchange_contact", next = "contact" },
            { "Can I ask how you got into research yourself?", "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "Happy to. I'll let you get back to the evening.", "exit_graceful" },
            { "I know that feeling — I begged for survey replies for a month.",
              "share", shares = true, next = "help_cg" },
          },
        },
        node "advice" {
          says = "Watch people. Volunteer for a study, sit in on one, notice what surprises you. Most of research is being curious out loud without making anyone feel studied.",
          choices = {
            { "That's really useful. Could I keep in touch and hear how the study goes?", "exchange_contact", next = "contact" },
            { "Thank you, Maya — that helps a lot. Enjoy the rest of the night.", "exit_graceful" },
          },
        },
        node "contact" {
          says = "Of course — here's my email. Send me the link to your course chat and I'll send the study details back. And come and find me at the next one!",
          alt = {
            "Sure — this is my email. Send me the link to your course chat and I'll reply with the study details. And come and say hello at the next one!",
          },
          choices = {
            { "Thank you. Good luck with week six — I'll let you finish your pizza, Maya.", "exit_graceful" },
            { "Brilliant. I'm going to catch Lucía before she leaves — see you soon.", "exit_graceful" },
          },
        },
        node "cool" {
          says = "Oh — maybe another time? Tonight I'm really just here for the talks. Nadia keeps a jobs board by the door, that's probably your best bet.",
          choices = {
            { "Sorry, wrong moment. I'm {name}. What did you make of the talk?",
              "introduce_why", next = "talk" },
            { "Of course. Sorry to jump in — enjoy the pizza.", "exit_graceful" },
            { "Could I at least grab your card before I go? I'll send the portfolio link another time.", "card_grab" },
            { "Right. Thanks.", "exit_abrupt" },
          },
        },
        node "again" {
          says = "{name}! Hello again — lovely to see a familiar face. Grab a slice, there's a mushroom one nobody's touched.",
          choices = {
            { "How's the half-marathon training going?", "follow_up", uses = "half_marathon", next = "run" },
            { "I've been thinking about your study. How are the volunteers coming along?",
              "follow_up", uses = "user_study", next = "study_again" },
            { "What did you make of the talks tonight?", "ask_open", next = "talk" },
            { "Just wanted to say hello — enjoy the evening!", "exit_graceful" },
          },
        },
        node "study_again" {
          says = "Better — nineteen of thirty! The wording tests are going well. The hard part now is the data: traces I can't make sense of alone. I'd love a research partner.",
          reveals = { "research_partner" },
          need = true,
          choices = {
            { "Could I help with the last eleven? I can share it with my course group.",
              "offer_help", requires = { fact = "user_study" }, next = "help" },
            { "I did a stats module last year and secretly loved it. Messy data is kind of fun.",
              "share", shares = true, next = "cg" },
            { "Nineteen is great. I'll let you get back to it.", "exit_graceful" },
          },
        },
        node "help_cg" {
          says = "Then you know! Everyone says yes to your face and no to the form. It's nice to talk to someone who's been on the begging end.",
          alt = {
            "Then you know! Everyone says yes to your face and no to the sign-up form. It's nice to talk to someone who's been on the begging end.",
          },
          common_ground = true,
          choices = {
            { "Shall I take your email so I can send the sign-up link round?", "exchange_contact", next = "contact" },
            { "Can I ask how you got into research yourself?", "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "I'll send it round tonight. Enjoy the evening.", "exit_graceful" },
          },
        },
      },
      returning = "again",
      followup = {
        reference = "user_study",
        offer = "share the study call with my course group chat and sign up myself",
        request = "ask if I could sit in on one of the study sessions as an observer",
        reply_personal = "You remembered! We're still looking for volunteers — the link's below if anyone on your course is curious. The faces in the sessions tell you everything.",
        reply_generic = "Thanks for the message! It was a busy night. Hope you enjoyed the talks.",
        reply_late = "Hi! Sorry, remind me where we met? The study's closed now, but thanks for thinking of it.",
      },
      maintenance = {
        { kind = "share_useful", uses = "half_marathon",
          text = "Send Maya a knee-friendly training plan a physio friend swears by",
          reply = "Ha, my knees thank you. Week eight is the scary one." },
        { kind = "share_useful", uses = "signal_lost",
          text = "Send Maya Lucía's draft guide on alarming error messages",
          reply = "Oh, this is gold. We've rewritten 'Signal lost' already — 'Move the strap a little' tests far better." },
        { kind = "coffee",
          text = "Invite Maya for a coffee near the Pulse Health office",
          reply = "Yes please — Thursday? I'll bring the anonymised traces if you want a peek." },
      },
    },

    ---------------------------------------------------------------------------------------
    -- Lucía Ferreyra: the first speaker. First talk in English; wants real error messages
    -- and reviewers for an open style guide.
    ---------------------------------------------------------------------------------------
    person {
      id = "lucia_ferreyra",
      name = "Lucía Ferreyra", org = "City Council Digital Services", role = "lead content designer (speaker)",
      traits = { openness = 0.8, introversion = 0.5, busy = 0.6 },
      interests = { "plain language", "public services", "choral singing", "accessibility" },
      need = "real error messages and reviewers for an open error-message style guide",
      zone = "stage", at = { 5.5, 3.5 },
      met_before = 0,
      facts = {
        first_english_talk = "just gave her first talk in English and her hands are still shaking",
        february_29 = "found a form that rejected everyone born on 29 February for six years",
        style_guide = "is turning her talk into an open error-message style guide and wants real examples and reviewers",
        choir = "sings alto in a community choir with a concert on Saturday",
      },
      nodes = {
        node "hello" {
          says = "Hola — sorry, I'm still coming down from the stage. Was it okay? Be honest, I couldn't see faces past the second row.",
          alt = {
            "Hola — sorry, I'm still coming down off the stage. Was it all right? Be honest; I couldn't see faces past the second row.",
            "Hi — forgive me, my heart's still racing from the stage. Was it okay? Honestly — I couldn't see anyone past row two.",
          },
          choices = {
            { "Hi, I'm {name} — more than okay. I write forms, and I've been doing it wrong.",
              "introduce_why", next = "thanks" },
            { "It was great. What made you start with error messages, of all things?", "ask_open", next = "origin" },
            { "Loved it! I do freelance copywriting, actually — do you ever hire outside writers? Here's my card.", "pitch", weight = 1.5, next = "cool" },
            { "It was great. I'll let you catch your breath — thank you for the talk.", "exit_graceful" },
          },
        },
        node "thanks" {
          says = "Thank you! 'Doing it wrong' is the whole club, welcome. That was my first talk in English, you know. My hands are still shaking a little.",
          alt = {
            "Thank you! 'Doing it wrong' is the whole club — welcome. That was my first talk in English, you know. My hands are still shaking a bit.",
          },
          reveals = { "first_english_talk" },
          choices = {
            { "Your first in English? It didn't show. How does it compare with Spanish?",
              "follow_up", uses = "first_english_talk", next = "english" },
            { "What made you start with error messages, of all things?", "ask_open", next = "origin" },
            { "Well, it was brilliant. I'll let the others have you — thank you.", "exit_graceful" },
          },
        },
        node "english" {
          says = "In Spanish I make jokes; in English I make slides. But the leap-year story works in both — a form that rejected everyone born on 29 February.",
          alt = {
            "In Spanish I tell jokes; in English I make slides. But the leap-year story works in both — a form that rejected everyone born on 29 February.",
          },
          reveals = { "february_29" },
          choices = {
            { "Same — I'm braver in writing than out loud. Though judging by tonight, my error messages are riddles.",
              "share", shares = true, next = "cg" },
            { "How did nobody catch that for so long?", "follow_up", uses = "february_29", next = "guide" },
            { "It landed here. Thank you — I'll let you breathe.", "exit_graceful" },
          },
        },
        node "origin" {
          says = "A woman rang our helpline crying because the form said her birthday was 'invalid'. She was born on 29 February. It had rejected leap-year babies for six years.",
          reveals = { "february_29" },
          choices = {
            { "Six years! How did nobody catch that?", "follow_up", uses = "february_29", next = "guide" },
            { "My gran got 'Error 500' on her pension form and thought she'd broken the internet. She didn't try again for a week.",
              "share", shares = true, next = "cg" },
            { "What a story. Thank you for telling it — I'll let you go.", "exit_graceful" },
          },
        },
        node "guide" {
          says = "Because nobody reads error messages until they're the one stuck. So I'm turning the talk into an open style guide. I need real, terrible messages — and people to tell me where my rules break.",
          alt = {
            "Because nobody reads an error message until they're the one who's stuck. So I'm turning the talk into an open style guide. I need real, terrible messages — and people to show me where my rules break.",
          },
          reveals = { "style_guide" },
          need = true,
          choices = {
            { "Our student project has some truly awful ones. Could I send you a few, with the context?",
              "offer_help", requires = { fact = "style_guide" }, next = "help" },
            { "I'm stuck on one myself this week: 'Something went wrong', on a form I wrote. It's mine and I hate it.",
              "share", shares = true, next = "cg" },
            { "I'd love to read it when it's out. Thanks for the talk.", "exit_graceful" },
          },
        },
        node "cg" {
          says = "Exactly that! The person's having a bad day and we hand them a riddle. That's my whole talk — I could have said it and gone to choir. Concert on Saturday, and I'm an alto in trouble.",
          reveals = { "choir" },
          common_ground = true,
          choices = {
            { "A concert on Saturday! What are you singing?", "follow_up", uses = "choir", next = "choir" },
            { "Can I ask your advice? How did you get from writing forms to doing this for a living?",
              "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "Could I send you some of our worst messages for the guide?",
              "offer_help", requires = { fact = "style_guide" }, next = "help" },
            { "I'll let the others have you. Thank you, really.", "exit_graceful" },
          },
        },
        node "choir" {
          says = "Fauré's Requiem, in a church with terrible heating — bring a scarf if you come. Singing is the only time my brain stops editing sentences.",
          choices = {
            { "Can I ask how you got from writing forms to doing this for a living?",
              "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "If it helps, I could send you real error messages from our project for the guide.",
              "offer_help", requires = { fact = "style_guide" }, next = "help" },
            { "Good luck on Saturday. I'll let you go and find some water.", "exit_graceful" },
          },
        },
        node "help" {
          says = "Please, yes. Real examples are gold — and the context even more: what the person was trying to do. Nobody ever sends me the context.",
          alt = {
            "Yes, please. Real examples are gold — and the context even more: what the person was trying to do. Nobody ever sends me the context.",
          },
          choices = {
            { "Where's best to send them? Could I take your email?", "exchange_contact", next = "contact" },
            { "Can I ask how you got into content design?", "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "I'll dig them out this week. Thank you, Lucía.", "exit_graceful" },
            { "I keep a folder of error messages that made me laugh. Some are mine.",
              "share", shares = true, next = "help_cg" },
          },
        },
        node "advice" {
          says = "Read your messages out loud, as if you were saying them to someone at a counter. If you'd be embarrassed to say it to their face, rewrite it. That's most of my job.",
          choices = {
            { "That's going on a sticky note. Could I stay in touch and send you examples?", "exchange_contact", next = "contact" },
            { "Thank you — that's going on my wall. Enjoy the rest of the night.", "exit_graceful" },
          },
        },
        node "contact" {
          says = "Here — my work email. The draft guide is public too, so you can tell me I'm wrong in writing. I like that more than people expect.",
          alt = {
            "Here's my work email. The draft guide is public too, so you can tell me I'm wrong in writing. I like that more than people expect.",
          },
          choices = {
            { "I will. Good luck on Saturday — I'll let the others have you now.", "exit_graceful" },
            { "Thank you, Lucía. That talk was the best part of my week.", "exit_graceful" },
          },
        },
        node "cool" {
          says = "Ah — thank you, but our writing is all in-house, it's a council thing. Tonight I'm honestly just here to talk about the talk.",
          choices = {
            { "Sorry, wrong moment. I'm {name}. How did you get into error messages?",
              "introduce_why", next = "origin" },
            { "Of course. Thank you for the talk — it was really good.", "exit_graceful" },
            { "Could I grab your card anyway, in case that changes? I'd love to pitch you something.", "card_grab" },
            { "Okay. Never mind.", "exit_abrupt" },
          },
        },
        node "again" {
          says = "{name}! Did you bring me terrible error messages? Everyone promises and nobody does.",
          choices = {
            { "I've got a few from our project. How's the style guide coming along?",
              "follow_up", uses = "style_guide", next = "help" },
            { "Have you given the talk in English again since?", "follow_up", uses = "first_english_talk", next = "english" },
            { "Not yet! How did you get into error messages in the first place?", "ask_open", next = "origin" },
            { "Just saying hello — good to see you.", "exit_graceful" },
          },
        },
        node "help_cg" {
          says = "A folder! I have one too — mine's called 'crimes'. Nobody else at these things admits to collecting them.",
          alt = {
            "A folder! I keep one too — mine's called 'crimes'. Nobody else at these things admits to collecting them.",
          },
          common_ground = true,
          choices = {
            { "Where's best to send them? Could I take your email?", "exchange_contact", next = "contact" },
            { "Can I ask how you got into content design?", "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "I'll add mine to your crimes. Good luck Saturday.", "exit_graceful" },
          },
        },
      },
      returning = "again",
      followup = {
        reference = "style_guide",
        offer = "send three real error messages from our project, with what the user was trying to do",
        request = "ask if I could review a chapter of the guide before it's published",
        reply_personal = "You remembered the guide! Real error messages with context are exactly what it needs — if you ever have some, send them my way. You are my favourite person this week for asking.",
        reply_generic = "Thanks for coming to the talk! Slides are on the meetup page.",
        reply_late = "Hi — sorry, I met so many people that night. Thanks for writing, though.",
      },
      maintenance = {
        { kind = "congratulate", uses = "choir",
          text = "Tell Lucía you hope the Fauré went well and ask how the alto line survived",
          reply = "It survived! Barely. The heating failed, but nobody coughed in the quiet bit." },
        { kind = "share_useful", uses = "style_guide",
          text = "Send Lucía a screenshot of a beautifully clear error message you spotted",
          reply = "Oh, this is perfect for the 'what to do next' chapter. Can I use it?" },
      },
    },

    ---------------------------------------------------------------------------------------
    -- Henrik Aalto: the second speaker. Dry, patient; wants teams to try his checklist.
    ---------------------------------------------------------------------------------------
    person {
      id = "henrik_aalto",
      name = "Henrik Aalto", org = "Kestrel Energy", role = "staff engineer (speaker)",
      traits = { openness = 0.5, introversion = 0.7, busy = 0.5 },
      interests = { "distributed systems", "on-call health", "woodworking", "boring technology" },
      need = "teams willing to try his three-question checklist and say where it breaks",
      zone = "stage", at = { 10.5, 2.5 }, group = "by_the_stage",
      met_before = 0,
      facts = {
        pages_drop = "saw his team's on-call pages fall from forty a month to six after the merge",
        checklist = "wants other teams to try his 'deploy alone, scale alone, fail alone' checklist and tell him where it breaks",
        exchanges = "spent the nineties maintaining telephone exchanges in Tampere",
        canoe = "has been building a wooden canoe in his garage for fourteen months",
      },
      moods = { "none", "rushed" },
      nodes = {
        node "hello" {
          says = "Hello. I have been asked twice tonight whether I am hiring. If you have a question about the talk, you are already my favourite person.",
          alt = {
            "Hello. Twice tonight I've been asked whether I'm hiring. If you have a question about the talk, you are already my favourite person.",
            "Good evening. Two people have asked me tonight if I am hiring. A question about the talk would make you my favourite person here.",
          },
          choices = {
            { "Hi, I'm {name} — a talk question, promise. Our project has eight tiny services.",
              "introduce_why", next = "project" },
            { "I do have one: how did you convince your team to merge everything back?", "ask_open", next = "convince" },
            { "Great talk. Is Kestrel hiring at the moment? I'd really love to work somewhere that thinks like that.", "ask_job", weight = 1.5, next = "cool" },
            { "I'll leave you to it — thanks for the talk.", "exit_graceful" },
          },
        },
        node "project" {
          says = "Eight services for a student project. That is brave. We had fourteen, and the pager went off forty times a month. How many of yours deploy without breaking another?",
          alt = {
            "Eight services for a student project. Brave. We had fourteen, and the pager went off forty times a month. How many of yours can deploy without breaking another?",
          },
          reveals = { "pages_drop" },
          choices = {
            { "Honestly? Maybe two. The rest fall over together at 2 a.m.",
              "share", shares = true, next = "cg" },
            { "Is that the first question you'd ask about any service you're shown?", "ask_open", next = "checklist" },
            { "Don't answer that, I know. Thanks for the talk.", "exit_graceful" },
          },
        },
        node "convince" {
          says = "I didn't. The pager did. Forty pages a month became six. After that, nobody wanted to defend the notification-preferences service.",
          reveals = { "pages_drop" },
          choices = {
            { "Forty down to six — what changed for the team?", "follow_up", uses = "pages_drop", next = "sleep" },
            { "Do you have a rule now for what should be a service?", "ask_open", next = "checklist" },
            { "That's a good ending for a talk. Thanks, Henrik.", "exit_graceful" },
          },
        },
        node "sleep" {
          says = "People sleep. One colleague took a holiday without his laptop for the first time in three years. That is the real metric. I could not fit it on a slide.",
          choices = {
            { "That's the bit I'll remember. Our alerts go to all five of us at once.",
              "share", shares = true, next = "cg" },
            { "So what do you check now, before something is allowed to become a service?", "ask_open", next = "checklist" },
            { "That's a good metric. I'll let you go — thank you.", "exit_graceful" },
          },
        },
        node "checklist" {
          says = "Three questions. Can it deploy alone, scale alone, fail alone? If not, it is a module with a network cable. I want other teams to try it and tell me where it breaks.",
          alt = {
            "Three questions. Can it deploy alone, scale alone, fail alone? If not, it is a module with a network cable. I want other teams to try the list and tell me where it breaks.",
          },
          reveals = { "checklist" },
          need = true,
          choices = {
            { "Could we try it on our eight services and send you honest notes?",
              "offer_help", requires = { fact = "checklist" }, next = "help" },
            { "We have a 'login service' that can't do any of the three. I feel very personally seen.",
              "share", shares = true, next = "cg_after" },
            { "I'm going to steal that. Thanks, Henrik.", "exit_graceful" },
          },
        },
        node "cg" {
          says = "Yes. Everything is fine until it is not, and then it is everyone's problem at once. I spent the nineties on telephone exchanges in Tampere. Same disease, bigger cupboards.",
          reveals = { "exchanges" },
          common_ground = true,
          choices = {
            { "Telephone exchanges! How did you get to energy?", "follow_up", uses = "exchanges", next = "path" },
            { "Can I ask — if you were starting out now, what would you learn first?",
              "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "Would it help if we tried your checklist and sent you what broke?",
              "offer_help", requires = { fact = "checklist" }, next = "help" },
            { "Bigger cupboards. I'll remember that one. Thanks, Henrik.", "exit_graceful" },
          },
        },
        node "path" {
          says = "Slowly. Exchanges, then billing systems, then energy. In the evenings I build a wooden canoe in my garage, because wood does not page me. Fourteen months so far.",
          reveals = { "canoe" },
          choices = {
            { "Can I ask what you'd learn first, if you were starting out now?",
              "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "What do you check now, before it's a service?", "ask_open", next = "checklist" },
            { "Could our team try your checklist and send you honest notes?",
              "offer_help", requires = { fact = "checklist" }, next = "help" },
            { "I hope it floats. Thanks for the chat, Henrik.", "exit_graceful" },
          },
        },
        node "help" {
          says = "Honest notes are the only useful kind. Yes. Send me what breaks and what you did instead. I will credit your team in the write-up, if you like.",
          alt = {
            "Honest notes are the only useful kind. Yes. Send me what breaks and what you did instead. I'll credit your team in the write-up, if you'd like.",
          },
          choices = {
            { "Where should I send them — do you have an email you use for this?", "exchange_contact", next = "contact" },
            { "Can I ask what you'd learn first, starting out now?", "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "Deal. I'll let you get back to the room.", "exit_graceful" },
            { "We learned that the night before a demo, on one laptop.",
              "share", shares = true, next = "help_cg" },
          },
        },
        node "advice" {
          says = "Learn to read logs before you learn to add services. And go to bed. Everything you build at 2 a.m. you will delete at 10 a.m.",
          choices = {
            { "Thank you. Could I keep in touch and tell you how the checklist goes?", "exchange_contact", next = "contact" },
            { "Noted, especially the bed part. Thanks, Henrik.", "exit_graceful" },
          },
        },
        node "contact" {
          says = "Here. This address I actually read. No rota apps, please — I have been offered three tonight.",
          alt = {
            "Here. This is the address I actually read. No rota apps, please — I've been offered three this evening.",
          },
          choices = {
            { "No rotas, promise. Thanks, Henrik — good luck with the canoe.", "exit_graceful" },
            { "Thank you. I'll send the notes within a fortnight.", "exit_graceful" },
          },
        },
        node "cool" {
          says = "Hm. We hire sometimes; the website has the list. Tonight I am mostly here to argue about microservices, I'm afraid.",
          choices = {
            { "Fair enough, sorry. I'm {name}. How did your team merge things back?",
              "introduce_why", next = "convince" },
            { "Of course. Thanks for the talk.", "exit_graceful" },
            { "Could I grab a card anyway? Then I'll get out of your way.", "card_grab" },
            { "Okay, I'll check the website for openings, then. Thanks for your time, anyway.", "exit_abrupt" },
          },
        },
        node "again" {
          says = "{name}. Hello again. It is good to see a face that does not want to sell me anything.",
          choices = {
            { "We've been trying your checklist. Can I tell you where it broke?", "follow_up", uses = "checklist", next = "help" },
            { "Are your on-call pages still down around six a month?", "follow_up", uses = "pages_drop", next = "sleep" },
            { "What would you ask first about a new service?", "ask_open", next = "checklist" },
            { "Just saying hello. Good to see you, Henrik.", "exit_graceful" },
          },
        },
        node "help_cg" {
          says = "The night before a demo is where everyone learns it. For me it was the night before a minister's visit. Smaller laptop, same panic.",
          alt = {
            "The night before a demo — that's where everyone learns it. Mine was the night before a minister's visit. Smaller laptop, same panic.",
          },
          common_ground = true,
          choices = {
            { "Where should I send them — do you have an email you use for this?", "exchange_contact", next = "contact" },
            { "Can I ask what you'd learn first, starting out now?", "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "I'll send notes once we've tried it. Thanks, Henrik.", "exit_graceful" },
          },
        },
        node "cg_after" {
          says = "Seen is the word. Everything is fine until it is not, and then it is everyone's problem at once. That's why I want teams to try the questions on real systems.",
          common_ground = true,
          choices = {
            { "Could our team try them on our eight services and send you honest notes?",
              "offer_help", requires = { fact = "checklist" }, next = "help" },
            { "Can I ask — if you were starting out now, what would you learn first?",
              "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "Everyone's problem at once — that's our Tuesdays. Thanks, Henrik.", "exit_graceful" },
          },
        },
      },
      returning = "again",
      followup = {
        reference = "checklist",
        offer = "send honest notes on where the three-question checklist broke on our eight services",
        request = "ask if he'd look over our plan for merging the services back",
        reply_personal = "Thanks for remembering. The checklist still needs teams to break it: three questions, one afternoon. If yours tries it, tell me where it fails. I will be grateful, then rude but useful.",
        reply_generic = "Thank you for coming to the talk.",
        reply_late = "Hello. I think we met at the meetup? Thank you for writing.",
      },
      maintenance = {
        { kind = "check_in", uses = "canoe",
          text = "Ask Henrik whether the canoe has met the water yet",
          reply = "It floats. It also turns left for no reason. Like most systems." },
        { kind = "share_useful", uses = "pages_drop",
          text = "Send Henrik a post-mortem from another team that merged their services",
          reply = "Useful. They had the same pager curve. I will quote it, with credit." },
      },
    },

    ---------------------------------------------------------------------------------------
    -- Nadia Rahimi: the organiser. Brisk and warm; one speaker short for next month.
    ---------------------------------------------------------------------------------------
    person {
      id = "nadia_rahimi",
      name = "Nadia Rahimi", org = "Second Thursday", role = "organiser (product manager by day)",
      traits = { openness = 0.7, introversion = 0.2, busy = 0.9 },
      interests = { "community building", "product management", "pizza logistics", "mortgages, oddly" },
      need = "one more speaker for next month's lightning talks",
      zone = "tables", at = { 5, 11 },
      met_before = 0,
      facts = {
        pub_origins = "started the meetup seven years ago with eight people in a pub back room",
        lightning_talk = "is one speaker short for next month's lightning-talk night: five minutes, any topic",
        pizza_spreadsheet = "keeps a spreadsheet of every pizza order since 2018 and can predict leftovers to the slice",
        day_job = "is a product manager at a building society by day",
      },
      nodes = {
        node "hello" {
          says = "Hi! Welcome — first time? Grab a slice before the developers find the vegetarian ones. Sorry, I'm counting boxes.",
          alt = {
            "Hi! Welcome — is this your first time? Grab a slice before the developers find the vegetarian ones. Sorry, I'm counting pizza boxes.",
            "Hello, welcome! First time here? Grab a slice before the veggie ones vanish. Excuse me, I'm counting boxes.",
          },
          choices = {
            { "Hi, I'm {name} — yes, first time. A friend said it's the friendliest one in town.",
              "introduce_why", next = "welcome" },
            { "Need a hand with the boxes?", "small_talk", next = "boxes" },
            { "Are you the organiser? Could I get your card? I'd love to be on your list for the next one.", "card_grab", next = "cool" },
            { "Thanks — I'll go and find a slice.", "exit_graceful" },
          },
        },
        node "welcome" {
          says = "Ha, tell your friend the bribe worked. I'm Nadia, I run this thing. Started it seven years ago with eight people in the back room of a pub.",
          alt = {
            "Ha — tell your friend the bribe worked. I'm Nadia; I run this thing. I started it seven years ago with eight people in the back room of a pub.",
          },
          reveals = { "pub_origins" },
          choices = {
            { "Eight people to this? How did it grow?", "follow_up", uses = "pub_origins", next = "grow" },
            { "What do you do when you're not running meetups?", "ask_open", next = "dayjob" },
            { "That's lovely. I'll let you get back to the boxes.", "exit_graceful" },
          },
        },
        node "boxes" {
          says = "Oh, you're an angel. Empties by the recycling — but don't you dare do the whole job, you're a guest.",
          choices = {
            { "I'm {name}, by the way — first time here. A friend talked me into it.",
              "introduce_why", next = "welcome" },
            { "How many pizzas does a night like this need?", "ask_open", next = "spreadsheet" },
            { "Done — that's the last box. Enjoy your evening!", "exit_graceful" },
          },
        },
        node "spreadsheet" {
          says = "Twenty-two. I have a spreadsheet of every order since 2018 — I can predict leftovers to the slice. It's my one superpower and nobody is impressed.",
          reveals = { "pizza_spreadsheet" },
          choices = {
            { "I'm impressed. I keep a spreadsheet of every book I've read since school.",
              "share", shares = true, next = "cg" },
            { "What's the hardest part of running it all?", "ask_open", next = "grow" },
            { "Genuinely impressive. I'll let you count the slices, then.", "exit_graceful" },
            { "Has it ever been wrong?", "follow_up", uses = "pizza_spreadsheet", next = "spreadsheet_news" },
          },
        },
        node "dayjob" {
          says = "Product manager at a building society. Mortgages, mostly. Less boring than it sounds — and this is how I stay in love with the rest of tech.",
          reveals = { "day_job" },
          choices = {
            { "What keeps you coming back here?", "follow_up", uses = "day_job", next = "grow" },
            { "How many pizzas does a night like this need?", "ask_open", next = "spreadsheet" },
            { "Sounds like a good balance. I'll let you get back to it.", "exit_graceful" },
          },
        },
        node "grow" {
          says = "One good talk at a time — the people keep it going. Speakers are the hard part: next month is lightning talks and I'm one short. Five minutes, any topic. Everyone thinks they've nothing to say.",
          alt = {
            "One good talk at a time — it's the people who keep it going. Speakers are the hard part: next month is lightning talks and I'm one short. Five minutes, any topic. Everyone thinks they've nothing to say.",
          },
          reveals = { "lightning_talk" },
          need = true,
          choices = {
            { "I could do five minutes on interviewing users for my thesis?",
              "offer_help", requires = { fact = "lightning_talk" }, next = "help" },
            { "I'd be one of those people. I always think my stuff is far too small to talk about.",
              "share", shares = true, next = "cg_after" },
            { "I hope you find your last speaker. I'll let you get on.", "exit_graceful" },
          },
        },
        node "cg" {
          says = "Small is the best kind! Our best-loved talk ever was about a spreadsheet for a school bake sale. People still mention it.",
          common_ground = true,
          choices = {
            { "Can I ask — how do you get comfortable at things like this? I nearly turned round at the door.",
              "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "Then maybe I could do five minutes next month, on user interviews?",
              "offer_help", requires = { fact = "lightning_talk" }, next = "help" },
            { "What's the hardest part of running it?", "ask_open", next = "grow" },
            { "I'll let you get back to the boxes. This was fun.", "exit_graceful" },
          },
        },
        node "help" {
          says = "Yes! That's exactly the kind of thing. Five minutes, slides optional, and I'll hold your hand the whole way. You've just made my week.",
          alt = {
            "Yes! That's exactly the kind of thing. Five minutes, slides optional, and I'll hold your hand the whole way. You've made my week.",
          },
          choices = {
            { "Great — shall I give you my email so you can send the details?", "exchange_contact", next = "contact" },
            { "Any advice for someone who's never given a talk?", "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "I'll think about a title. Enjoy the rest of the night!", "exit_graceful" },
            { "I'm nervous, honestly. My last talk was a school assembly.",
              "share", shares = true, next = "help_cg" },
          },
        },
        node "advice" {
          says = "Honestly? I still get nervous at my own meetup. I hide behind the pizza boxes for ten minutes, then someone asks where the toilets are and I'm off.",
          choices = {
            { "That helps. Could we swap emails? I'd like to hear about next month.", "exchange_contact", next = "contact" },
            { "Thank you, Nadia. I'll go and find my one person.", "exit_graceful" },
          },
        },
        node "contact" {
          says = "Perfect — pop it in here. I'll send details this week. And thank you, honestly — you've made my week.",
          alt = {
            "Perfect — put it in here. I'll send the details this week. And thank you, honestly.",
          },
          choices = {
            { "Thanks, Nadia. Good luck with tonight's leftovers forecast.", "exit_graceful" },
            { "Looking forward to it. I'll let you get back to hosting.", "exit_graceful" },
          },
        },
        node "cool" {
          says = "Ha — here, it's the meetup one, it only has the website on it. There's a newsletter sheet by the door too. Enjoy the pizza!",
          choices = {
            { "Sorry, let me start again — I'm {name}, and it's my first time here.",
              "introduce_why", next = "welcome" },
            { "Will do — thanks, and sorry to interrupt the counting. I'll find the list by the door.", "exit_graceful" },
            { "Okay.", "exit_abrupt" },
          },
        },
        node "again" {
          says = "{name}! You're back — the real test of a meetup. How are you? There's a mushroom one nobody's touched.",
          choices = {
            { "Are you still short of lightning talks? I could do five minutes on interviewing users.",
              "offer_help", requires = { fact = "lightning_talk" }, next = "help" },
            { "Is the pizza spreadsheet still never wrong?", "follow_up", uses = "pizza_spreadsheet", next = "spreadsheet_news" },
            { "How's the meetup been going?", "ask_open", next = "grow" },
            { "Just saying hi — I'll grab that mushroom slice.", "exit_graceful" },
          },
        },
        node "help_cg" {
          says = "Mine was a wedding speech where I forgot the groom's name. Everyone here has a story like that — it's why the slots are five minutes.",
          alt = {
            "Mine was a wedding speech where I forgot the groom's name. Everyone here has a story like that — it's why the slots are only five minutes.",
          },
          common_ground = true,
          choices = {
            { "Great — shall I give you my email so you can send the details?", "exchange_contact", next = "contact" },
            { "Any advice for someone who's never given a talk?", "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "Five minutes I can do. Thanks, Nadia.", "exit_graceful" },
          },
        },
        node "spreadsheet_news" {
          says = "Wrong exactly once: the night of the cup final, when half the room went to the pub instead. I've added a football column.",
          choices = {
            { "I'm impressed. I keep a spreadsheet of every book I've read since school.",
              "share", shares = true, next = "cg" },
            { "What's the hardest part of running it all?", "ask_open", next = "grow" },
            { "A football column. Of course. I'll go and find that mushroom slice.", "exit_graceful" },
          },
        },
        node "cg_after" {
          says = "Small is the best kind! Our best-loved talk ever was about a spreadsheet for a school bake sale. People still mention it. So — five minutes?",
          common_ground = true,
          choices = {
            { "Go on, then. Five minutes on interviewing users for my thesis?",
              "offer_help", requires = { fact = "lightning_talk" }, next = "help" },
            { "Can I ask — how do you get comfortable at things like this? I nearly turned round at the door.",
              "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "Let me think about a topic. This was fun, Nadia.", "exit_graceful" },
          },
        },
      },
      returning = "again",
      followup = {
        reference = "lightning_talk",
        offer = "give a five-minute lightning talk next month on interviewing users",
        request = "ask if I could help at the registration desk one evening",
        reply_personal = "Hi! Thanks for remembering — I'm still one speaker short for next month. Five minutes, any topic. If you fancy it, or know someone who would, slot four is waiting.",
        reply_generic = "Thanks for coming! Sign up for the newsletter to hear about the next one.",
        reply_late = "Hi! Sorry, the list's full for this month — but do come along.",
      },
      maintenance = {
        { kind = "check_in", uses = "pizza_spreadsheet",
          text = "Ask Nadia how accurate the pizza forecast was this month",
          reply = "Two slices left over. TWO. I'm unbearable about it." },
        { kind = "share_useful", uses = "lightning_talk",
          text = "Send Nadia the name of a classmate with a great five-minute story",
          reply = "Introduced! She's in for March. You're a better recruiter than I am." },
      },
    },

    ---------------------------------------------------------------------------------------
    -- Rafael Duarte: a founder on four months of runway who has pitched all evening.
    -- Behind the pitch: his mother's paper rotas, and an onboarding screen that loses half.
    ---------------------------------------------------------------------------------------
    person {
      id = "rafael_duarte",
      name = "Rafael Duarte", org = "Rotaly", role = "founder",
      traits = { openness = 0.6, introversion = 0.2, busy = 0.4 },
      interests = { "home care", "startups", "onboarding design", "five-a-side football" },
      need = "to learn why half his sign-ups quit on the second onboarding screen",
      zone = "stage", at = { 11.8, 3.2 }, group = "by_the_stage",
      met_before = 0,
      facts = {
        mum_carer = "started Rotaly because his mother spent twenty years juggling care-shift rotas on paper",
        runway = "has four months of runway left",
        onboarding = "loses half his sign-ups on the second onboarding screen and can't see why",
      },
      nodes = {
        node "hello" {
          says = "Hi! Rafael, Rotaly — quick question: how do care agencies near you handle shift rotas? Because most still use paper, and that's where we come in.",
          alt = {
            "Hi! Rafael, from Rotaly — quick one: how do care agencies near you handle shift rotas? Because most still use paper, and that's where we come in.",
            "Hello! Rafael, Rotaly. Tell me — do care agencies where you live still do rotas on paper? Most do. That's our whole business.",
          },
          choices = {
            { "Hi Rafael, I'm {name}. I came for the talks. What's Rotaly?",
              "introduce_why", next = "what" },
            { "Funny, I'm building something too, actually — can I give you my thirty-second version while we're here?", "pitch", next = "cool" },
            { "Sounds interesting — have you got a card? I'll look it up later.", "card_grab", next = "card" },
            { "I'm not the right person for that, sorry. Good luck tonight.", "exit_graceful" },
          },
        },
        node "what" {
          says = "Sorry — habit. It builds shift rotas for home-care agencies: carers swap shifts on their phones instead of forty text messages. Twelve agencies so far. I need forty.",
          alt = {
            "Sorry — habit. It builds shift rotas for home-care agencies: carers swap shifts on their phones instead of sending forty texts. Twelve agencies so far. I need forty.",
          },
          choices = {
            { "Why care rotas, of everything?", "ask_open", next = "mum" },
            { "How's it going, honestly?", "ask_open", next = "runway" },
            { "Good luck with the next twenty-eight. I'll let you mingle.", "exit_graceful" },
          },
        },
        node "mum" {
          says = "My mum was a carer for twenty years. Every Sunday night she was on the phone swapping shifts, paper rota on the fridge. I built the first version for her.",
          reveals = { "mum_carer" },
          choices = {
            { "Does she use it now?", "follow_up", uses = "mum_carer", next = "mum_uses" },
            { "That's a real reason. My aunt's a nurse — those Sunday-night rota calls sound very familiar.",
              "share", shares = true, next = "cg" },
            { "That's a lovely reason. Good luck with it, Rafael.", "exit_graceful" },
          },
        },
        node "mum_uses" {
          says = "She's retired, but she tests every release and rings me about the buttons. She says the second screen is confusing. She's right — we lose half our sign-ups there.",
          reveals = { "onboarding" },
          need = true,
          choices = {
            { "I'm learning usability testing — could I test that screen with five people?",
              "offer_help", requires = { fact = "onboarding" }, next = "help" },
            { "I love that she's your harshest user. My gran reviews all my projects exactly the same way.",
              "share", shares = true, next = "cg" },
            { "She sounds brilliant. I'll let you get back to it.", "exit_graceful" },
          },
        },
        node "runway" {
          says = "Honestly? Tight. Four months of runway, and half our sign-ups quit on the second onboarding screen. I've stared at it for weeks and I can't see it any more.",
          reveals = { "runway", "onboarding" },
          need = true,
          choices = {
            { "Four months sounds like a lot of pressure. Is that why you're talking to everyone tonight?",
              "follow_up", uses = "runway", next = "cg_after" },
            { "I'm learning usability testing — could I run that screen past five people and send you notes?",
              "offer_help", requires = { fact = "onboarding" }, next = "help" },
            { "I'd be the same. When I'm nervous I talk faster, not less.", "share", shares = true, next = "cg_after" },
            { "That's a lot. I hope the screen gives up its secret soon.", "exit_graceful" },
          },
        },
        node "cg" {
          says = "You get it. And it's not really about software — it's carers getting their Sunday evenings back. Sorry, first non-pitch thing I've said all night. I think Henrik hides from me now.",
          common_ground = true,
          choices = {
            { "Can I ask — what's the hardest thing nobody tells you about starting a company?",
              "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "Could I test that second screen with five people for you?",
              "offer_help", requires = { fact = "onboarding" }, next = "help" },
            { "How's it going, honestly — the numbers, I mean?", "ask_open", next = "runway" },
            { "Go easy on Henrik. Good luck tonight, Rafael — I hope the room's kind.", "exit_graceful" },
          },
        },
        node "card" {
          says = "Of course — here. The demo's on the back. Tell any care agencies you know!",
          choices = {
            { "Thanks. Why did you start it?", "ask_open", next = "mum" },
            { "Will do. Good luck tonight — I'll look you up later.", "exit_graceful" },
            { "Thanks.", "exit_abrupt" },
          },
        },
        node "cool" {
          says = "Oh — sure, go on. ...Sounds great. Two pitches passing in the night, huh? Good luck with it. I should go and find my next agency.",
          choices = {
            { "Let's start again. I'm {name}. Why did you build Rotaly?", "introduce_why", next = "mum" },
            { "Fair enough. Good luck with yours too.", "exit_graceful" },
            { "Have you got a card? I'll have a look later, and maybe send you mine.", "card_grab" },
            { "Sure. See you.", "exit_abrupt" },
          },
        },
        node "help" {
          says = "Would you? That would be — yes. Nobody's offered to look. Everyone offers me 'intros to investors' and then vanishes.",
          alt = {
            "Would you? That would be — yes. Nobody has offered to look. Everyone offers me 'intros to investors' and then disappears.",
          },
          choices = {
            { "Let's swap details — send me a test account and I'll have notes within two weeks.", "exchange_contact", next = "contact" },
            { "Can I ask what you'd do differently if you started again?", "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "Happy to. I'll find you before I leave.", "exit_graceful" },
            { "My family runs my grandad's care on a group chat. Chaos.",
              "share", shares = true, next = "help_cg" },
          },
        },
        node "advice" {
          says = "Talk to users before you write code — I wrote code for a year first. And if someone wants to talk about the talk, talk about the talk. I'm learning that one tonight.",
          choices = {
            { "Thank you. Could we swap details? I'd like to see how Rotaly goes.", "exchange_contact", next = "contact" },
            { "That's honest. Good luck, Rafael — really.", "exit_graceful" },
          },
        },
        node "contact" {
          says = "Here's my number — WhatsApp is fastest. I'll send a test login tomorrow. And I'll stop pitching at Henrik. Probably.",
          alt = {
            "Here's my number — WhatsApp is quickest. I'll send a test login tomorrow. And I'll stop pitching at Henrik. Probably.",
          },
          choices = {
            { "Deal. Good luck with that second screen, Rafael.", "exit_graceful" },
            { "Great — speak soon, Rafael.", "exit_graceful" },
          },
        },
        node "again" {
          says = "{name}! Hey — got a minute? No pitch, I promise. I've been practising.",
          choices = {
            { "Is your mum still testing every release?", "follow_up", uses = "mum_carer", next = "mum_uses" },
            { "How's the runway looking these days?", "follow_up", uses = "runway", next = "runway" },
            { "How's Rotaly going, honestly?", "ask_open", next = "runway" },
            { "Just saying hi. Good luck tonight, Rafael.", "exit_graceful" },
          },
        },
        node "help_cg" {
          says = "A group chat! That's where we all start — ours had three hundred messages a week about who had Tuesday. You know the problem better than most investors.",
          alt = {
            "A group chat! That's where everyone starts — ours had three hundred messages a week about who had Tuesday. You know the problem better than most investors do.",
          },
          common_ground = true,
          choices = {
            { "Let's swap details — send me a test account and I'll have notes within two weeks.", "exchange_contact", next = "contact" },
            { "Can I ask what you'd do differently if you started again?", "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "I'll have notes for you soon. Good luck with the room.", "exit_graceful" },
          },
        },
        node "cg_after" {
          says = "It is. And it's not really about software — it's carers getting their Sunday evenings back. Sorry, first non-pitch thing I've said all night.",
          common_ground = true,
          choices = {
            { "Could I test that second screen with five people for you?",
              "offer_help", requires = { fact = "onboarding" }, next = "help" },
            { "Can I ask — what's the hardest thing nobody tells you about starting a company?",
              "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "Sunday evenings back is a good reason. Good luck tonight, Rafael.", "exit_graceful" },
          },
        },
      },
      returning = "again",
      followup = {
        reference = "onboarding",
        offer = "run the second onboarding screen past five people and send notes with clips",
        request = "ask if I could sit in on one of his calls with a care agency",
        reply_personal = "Thanks for remembering the onboarding mystery. Still losing half the sign-ups on the second screen, and I still can't see why. Fresh eyes welcome — I've stared at it for three weeks.",
        reply_generic = "Thanks! If you know any care agencies, send them my way!",
        reply_late = "Hey! Sorry, crazy few weeks. We fixed the onboarding in the end, but thanks.",
      },
      maintenance = {
        { kind = "congratulate", uses = "onboarding",
          text = "Congratulate Rafael when Rotaly announces its twentieth agency",
          reply = "Twenty! The onboarding fix did half of that. Drinks on me at the next meetup." },
        { kind = "check_in", uses = "runway",
          text = "Ask Rafael how he's holding up, not how the company is",
          reply = "Nobody asks that. Tired, but better. Mum says hello." },
      },
    },

    ---------------------------------------------------------------------------------------
    -- Tariq Khoury: Android developer, open-source maintainer, loves an argument.
    ---------------------------------------------------------------------------------------
    person {
      id = "tariq_khoury",
      name = "Tariq Khoury", org = "Harbour Credit Union", role = "Android developer",
      traits = { openness = 0.8, introversion = 0.2, busy = 0.2 },
      interests = { "open source", "accessibility", "Android", "oud" },
      need = "screen-reader users to test his library's accessible mode",
      zone = "bar", at = { 17, 3 }, group = "bar_crew",
      met_before = 0,
      facts = {
        disagree = "thinks Henrik was right about pager numbers but wrong about big teams",
        datepicker = "maintains an open-source date-picker library used in a few thousand apps",
        screen_reader = "needs people who use screen readers to test the library's new accessible mode",
        oud = "plays oud in a wedding band most Saturdays",
      },
      moods = { "chatty", "none", "rushed" },
      nodes = {
        node "hello" {
          says = "—no, no, the pager numbers are real, but— oh, hi! Come in, come in. We're arguing about the microservices talk. Pick a side.",
          alt = {
            "—no, the pager numbers are real, but— oh, hello! Come in. We're arguing about the microservices talk. Choose a side.",
            "—I'm not saying she's wrong, I'm saying— oh, hi! Join us. Microservices talk: whose side are you on?",
          },
          choices = {
            { "Hi, I'm {name} — happy to be drafted. Which side are you on?",
              "introduce_why", next = "side" },
            { "I'll pick after I hear yours. What did he get wrong?", "ask_open", next = "side" },
            { "Actually, I'm looking for developers for a startup idea I've got — could I run it by you quickly?", "pitch", next = "cool" },
            { "I'll leave you to it — sounds like a good fight.", "exit_graceful" },
          },
        },
        node "side" {
          says = "Right about pages, wrong about teams. Merging services is easy with three engineers. Try it with forty and a compliance department.",
          alt = {
            "She's right about the pages and wrong about the teams. Merging services is easy with three engineers. Try it with forty, plus compliance.",
          },
          reveals = { "disagree" },
          choices = {
            { "Is that what it's like where you work — forty engineers and compliance?", "follow_up", uses = "disagree", next = "work" },
            { "I think I'm on Henrik's side, but I've never been on call, so I'm not sure I'm allowed a vote.",
              "share", shares = true, next = "work" },
            { "Fair point. I'll let you two fight it out.", "exit_graceful" },
          },
        },
        node "work" {
          says = "Pretty much: forty of us at the credit union and one nervous risk team. Everyone gets a vote here, though. Weekends, I maintain a little open-source date picker — a few thousand apps use it. Terrifying.",
          alt = {
            "Pretty much: forty of us at the credit union, and one very nervous risk team. Everyone gets a vote here, though. At weekends I maintain a little open-source date picker — a few thousand apps use it. Terrifying.",
          },
          reveals = { "datepicker" },
          choices = {
            { "A few thousand apps! What are you working on?", "follow_up", uses = "datepicker", next = "a11y" },
            { "How do you find time for open source on top of a day job?", "ask_open", next = "a11y" },
            { "That's impressive. I'll let you get back to the argument.", "exit_graceful" },
          },
        },
        node "a11y" {
          says = "Busy — I'm building an accessible mode. Date pickers are a nightmare with a screen reader — most just say 'button, button, button'. I need people who actually use screen readers to try it before release.",
          reveals = { "screen_reader" },
          need = true,
          choices = {
            { "My flatmate uses a screen reader every day and is brutally honest. Want me to ask if she'd try it?",
              "offer_help", requires = { fact = "screen_reader" }, next = "help" },
            { "I tried using a screen reader for a class once. I lasted ten minutes, and it changed how I build things.",
              "share", shares = true, next = "cg" },
            { "That's important work. I'll let you get back to your drink.", "exit_graceful" },
          },
        },
        node "cg" {
          says = "Ten minutes is where everyone breaks — and then you can't unsee it. Same thing happened to me. Sofia says I get evangelical; only my oud shuts me up.",
          reveals = { "oud" },
          common_ground = true,
          choices = {
            { "You play the oud? Where do you play?", "follow_up", uses = "oud", next = "oud" },
            { "Can I ask — how do you start contributing to open source without feeling like an intruder?",
              "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "Could my flatmate help test it? She uses a screen reader every day.",
              "offer_help", requires = { fact = "screen_reader" }, next = "help" },
            { "Evangelical is good. I'll let you get back to the argument.", "exit_graceful" },
          },
        },
        node "oud" {
          says = "Wedding band, most Saturdays. Lebanese, Syrian, Turkish weddings — four hours, two hundred people dancing, and nobody asks me about microservices.",
          choices = {
            { "Can I ask how you got started in open source without feeling like an intruder?",
              "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "My flatmate uses a screen reader daily — shall I ask her to test it?",
              "offer_help", requires = { fact = "screen_reader" }, next = "help" },
            { "That sounds like the best kind of weekend. Good to meet you, Tariq.", "exit_graceful" },
          },
        },
        node "help" {
          says = "Seriously? Yes. Real users beat my guesses every time. I'll send a test build — and if she hates it, that's what I most want to hear.",
          alt = {
            "Really? Yes, please. Real users beat my guesses every time. I'll send a test build — and if she hates it, that's exactly what I need to hear.",
          },
          choices = {
            { "Give me your email and I'll put you two in touch?", "exchange_contact", next = "contact" },
            { "Can I ask how you'd start contributing to open source, if you were me?", "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "I'll ask her tonight. Good to meet you, Tariq.", "exit_graceful" },
            { "She showed me her screen reader once. I caught one word in five.",
              "share", shares = true, next = "help_cg" },
          },
        },
        node "advice" {
          says = "Fix the docs first. Everyone wants to write code; maintainers want someone who noticed the README lies. And ask in the issue before you build — we're nicer than we look.",
          choices = {
            { "Could I send you a docs fix for the date picker and ask questions along the way?", "exchange_contact", next = "contact" },
            { "Docs first. Got it. Thanks, Tariq.", "exit_graceful" },
          },
        },
        node "contact" {
          says = "Here — GitHub and email. Tag me on anything. And if you ever need a wedding band, I know a guy.",
          alt = {
            "Here — GitHub and email. Tag me on anything. And if you ever need a wedding band, I know someone.",
          },
          choices = {
            { "Deal. Good luck with the release — and with the argument.", "exit_graceful" },
            { "Thanks, Tariq. I'll be in touch this week.", "exit_graceful" },
          },
        },
        node "cool" {
          says = "Oh — I'm good, thanks. Day job plus a side project already eats my weekends. Good luck with it, though.",
          choices = {
            { "Fair — sorry. I'm {name}. What's your take on the talk?", "introduce_why", next = "side" },
            { "No worries. Enjoy the argument.", "exit_graceful" },
            { "Could I grab your card anyway, in case you change your mind?", "card_grab" },
            { "Okay, cheers.", "exit_abrupt" },
          },
        },
        node "again" {
          says = "{name}! Back for more arguments? Good, I need reinforcements.",
          choices = {
            { "How's the date picker doing?", "follow_up", uses = "datepicker", next = "a11y" },
            { "Played any good weddings lately?", "follow_up", uses = "oud", next = "oud" },
            { "What's the argument tonight?", "ask_open", next = "side" },
            { "Just saying hi — I'll leave you to it.", "exit_graceful" },
          },
        },
        node "help_cg" {
          says = "One in five is better than my first week! I turned the speed right down and still got lost. After that you can't unsee how much we break.",
          alt = {
            "One in five beats my first week! I turned the speed right down and still got lost. After that you can't unsee how much we break.",
          },
          common_ground = true,
          choices = {
            { "Give me your email and I'll put you two in touch?", "exchange_contact", next = "contact" },
            { "Can I ask how you'd start contributing to open source, if you were me?", "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "I'll ask her tonight and let you know what she says. Good to meet you, Tariq.", "exit_graceful" },
          },
        },
      },
      returning = "again",
      followup = {
        reference = "screen_reader",
        offer = "introduce him to my flatmate, who uses a screen reader every day, to test the accessible mode",
        request = "ask if he'd review my first docs pull request to the date picker",
        reply_personal = "Thanks for remembering! The accessible mode still needs people who use screen readers every day. If you know anyone who'd try it for twenty minutes, I'd be really grateful.",
        reply_generic = "Hey, thanks for the message! Good meeting you.",
        reply_late = "Hey — sorry, which one were you? The meetup blurs together. Thanks for writing!",
      },
      maintenance = {
        { kind = "congratulate", uses = "datepicker",
          text = "Congratulate Tariq when the accessible mode ships",
          reply = "Shipped! Your flatmate is in the changelog. She says it's 'fine', which from her is a medal." },
        { kind = "share_useful", uses = "screen_reader",
          text = "Send Tariq a guide to testing Android apps with TalkBack",
          reply = "Bookmarked. The gestures table alone saves me an hour." },
      },
    },

    ---------------------------------------------------------------------------------------
    -- Sofia Hartmann: former paramedic, seven months into her first developer job.
    ---------------------------------------------------------------------------------------
    person {
      id = "sofia_hartmann",
      name = "Sofia Hartmann", org = "Parcelwise", role = "junior backend developer",
      traits = { openness = 0.5, introversion = 0.8, busy = 0.2 },
      interests = { "career change", "open source", "emergency medicine", "study groups" },
      need = "people for a weekly study group for first-year developers",
      zone = "bar", at = { 18.3, 3.4 }, group = "bar_crew",
      met_before = 0,
      facts = {
        ex_paramedic = "was a paramedic for nine years before retraining as a developer",
        first_merge = "got her first pull request merged into a big open-source project last week",
        study_group = "wants to start a weekly study group for people in their first year as developers",
      },
      nodes = {
        node "hello" {
          says = "Hi. Don't mind Tariq, he's been arguing since the applause. I'm mostly here for the pizza and the quiet bits between his sentences.",
          alt = {
            "Hi. Ignore Tariq; he's been arguing since the applause. I'm mainly here for the pizza and the quiet gaps between his sentences.",
            "Hello. Tariq's been debating since the talk ended — don't let him recruit you. I came for the pizza and the pauses.",
          },
          choices = {
            { "Hi, I'm {name} — I'm new to all this. Is this your usual?",
              "introduce_why", next = "new" },
            { "Do you know if your company's hiring juniors at the moment? I'm looking, and I'd be keen to apply.", "ask_job", next = "cool" },
            { "I'll let you enjoy the quiet bits. Nice to meet you.", "exit_graceful" },
          },
        },
        node "new" {
          says = "Seven months, in my first developer job — and this is only my second meetup. Before that I was a paramedic for nine years, so meetups still feel like a strange kind of shift.",
          alt = {
            "Seven months into my first developer job, and this is only my second meetup. Before that I was a paramedic for nine years, so meetups still feel like an odd sort of shift.",
          },
          reveals = { "ex_paramedic" },
          choices = {
            { "Nine years as a paramedic! What made you switch?", "follow_up", uses = "ex_paramedic", next = "switch" },
            { "Seven months sounds huge to me. I'm still at the stage where every error feels personal.",
              "share", shares = true, next = "cg" },
            { "That's a big change. I'll let you get back to the group.", "exit_graceful" },
          },
        },
        node "switch" {
          says = "My back, mostly. And years of filling in terrible software at 4 a.m. in an ambulance. I thought, someone should build this better. Turns out it's hard.",
          alt = {
            "My back, mainly. And years of filling in awful software at 4 a.m. in an ambulance. I thought, someone should build this better. It turns out that's hard.",
          },
          choices = {
            { "What's been the hardest part of the first seven months?", "ask_open", next = "alone" },
            { "I changed courses last year and I'm still catching up.",
              "share", shares = true, next = "cg" },
            { "Well, I'm glad someone's trying. Good to meet you, Sofia.", "exit_graceful" },
          },
        },
        node "alone" {
          says = "Not knowing what I don't know. The seniors are kind, but busy. I want to start a weekly study group for people in their first year — a table, some laptops, honest questions.",
          alt = {
            "Not knowing what I don't know. The seniors are kind, but busy. I'd like to start a weekly study group for people in their first year — a table, some laptops, honest questions.",
          },
          reveals = { "study_group" },
          need = true,
          choices = {
            { "I'd come every week — and bring two friends from my course.",
              "offer_help", requires = { fact = "study_group" }, next = "help" },
            { "I'd have so many questions I've been too scared to ask.", "share", shares = true, next = "cg_after" },
            { "That sounds really good. I hope it happens — I'd have loved that myself.", "exit_graceful" },
          },
        },
        node "cg" {
          says = "Oh, I know that feeling. It gets better in tiny steps — last week my first pull request was merged into a proper open-source project. I read the maintainer's 'LGTM' about forty times.",
          reveals = { "first_merge" },
          common_ground = true,
          choices = {
            { "Your first merge! What was the change?", "follow_up", uses = "first_merge", next = "merge" },
            { "What's been the hardest part of the first months?", "ask_open", next = "alone" },
            { "Can I ask — what would you tell someone a few months behind you?",
              "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "Forty times is the right number. Good to meet you, Sofia.", "exit_graceful" },
          },
        },
        node "merge" {
          says = "A typo in an error message. Two characters. Lucía would be proud. Tariq says it counts, so I've decided it counts.",
          choices = {
            { "Can I ask what you'd tell someone a few months behind you?", "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "If you ever start a study group, I'd come — and I'd bring two friends.",
              "offer_help", requires = { fact = "study_group" }, next = "help" },
            { "What's been the hardest part of the job so far?", "ask_open", next = "alone" },
            { "It absolutely counts. Congratulations — I'll let you get back to Tariq.", "exit_graceful" },
          },
        },
        node "help" {
          says = "Really? That's — okay, that makes it real. Three people is a study group. Four is a movement.",
          alt = {
            "You would? Okay — now it's real. Three people is a study group. Four is a movement.",
          },
          choices = {
            { "Shall we swap numbers so you can tell me where and when?", "exchange_contact", next = "contact" },
            { "Any advice for someone a few months behind you?", "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "A movement it is. See you there, Sofia.", "exit_graceful" },
            { "Honestly, that's a relief. I thought everyone here knew what they were doing.",
              "share", shares = true, next = "help_cg" },
          },
        },
        node "advice" {
          says = "Write down every question you're scared to ask, then ask one a day. And keep a 'wins' file — on bad days you'll need proof you're getting better.",
          choices = {
            { "A wins file. I love that. Could we keep in touch?", "exchange_contact", next = "contact" },
            { "Thank you. That's going in my notes app right now.", "exit_graceful" },
          },
        },
        node "contact" {
          says = "Here's my number. I'll set up a group chat and give it an embarrassing name. Thanks for coming over — I wouldn't have.",
          alt = {
            "Here's my number. I'll start a group chat and give it an embarrassing name. Thanks for coming over — I wouldn't have.",
          },
          choices = {
            { "I'm glad I did. See you at the study group on Wednesday, Sofia.", "exit_graceful" },
            { "Thanks, Sofia. I'll let you rescue the pizza from Tariq.", "exit_graceful" },
          },
        },
        node "cool" {
          says = "Um, I'm honestly not sure — I'm seven months in, nobody tells me much. There's a careers page? Sorry.",
          choices = {
            { "Sorry — that was a lot at once. I'm {name}. How long have you been coding?", "introduce_why", next = "new" },
            { "That's fine — thanks anyway.", "exit_graceful" },
            { "Have you got a card? I'll look the company up.", "card_grab" },
            { "Okay, thanks.", "exit_abrupt" },
          },
        },
        node "again" {
          says = "Oh — {name}, hi. Nice to see someone I actually know.",
          choices = {
            { "Did the study group get going?", "follow_up", uses = "study_group", next = "catchup" },
            { "I never asked — what made you leave the ambulance?", "follow_up", uses = "ex_paramedic", next = "switch" },
            { "How's the job going these days?", "ask_open", next = "alone" },
            { "Just saying hi. I'll let you get back to it.", "exit_graceful" },
          },
        },
        node "catchup" {
          says = "It's a start! Two of us, Wednesdays, in the library. We need people brave enough to ask the silly questions first.",
          need = true,
          choices = {
            { "I'd come, and I'd bring two people from my course. Wednesdays work.",
              "offer_help", requires = { fact = "study_group" }, next = "help" },
            { "I've got a whole list of silly questions. I'm not even joking.", "share", shares = true, next = "cg_after" },
            { "Sounds great. I'll let you get back to it.", "exit_graceful" },
          },
        },
        node "help_cg" {
          says = "Nobody does! I found that out at my second meetup. Half this room googled something basic today — I did it twice before lunch.",
          alt = {
            "Nobody does! I learned that at my second meetup. Half this room googled something basic today — I did twice before lunch.",
          },
          common_ground = true,
          choices = {
            { "Shall we swap numbers so you can tell me where and when?", "exchange_contact", next = "contact" },
            { "Any advice for someone a few months behind you?", "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "Wednesdays, then. See you there, Sofia.", "exit_graceful" },
          },
        },
        node "cg_after" {
          says = "Oh, I know that feeling. That's the whole idea: a table where the silly questions go first, and nobody pretends. It gets better in tiny steps.",
          common_ground = true,
          choices = {
            { "Then count me in. I'd come every week, and bring two friends from my course.",
              "offer_help", requires = { fact = "study_group" }, next = "help" },
            { "Can I ask — what would you tell someone a few months behind you?",
              "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "Tiny steps. I like that. Good to meet you, Sofia.", "exit_graceful" },
          },
        },
      },
      returning = "again",
      followup = {
        reference = "study_group",
        offer = "come to the first study-group session and bring two classmates",
        request = "ask if she'd look over a small pull request before I submit it",
        reply_personal = "You remembered! The study group starts Wednesday, 6pm, library second floor. Anyone in their first year as a developer is welcome — bring classmates if they're curious.",
        reply_generic = "Thanks! Nice to meet you too.",
        reply_late = "Oh hi — sorry, took me a while to place you. The group's full-ish now, but thanks.",
      },
      maintenance = {
        { kind = "coffee", uses = "study_group",
          text = "Bring coffees to Sofia's Wednesday study group",
          reply = "You remembered I take it black. We're six now. SIX." },
        { kind = "congratulate", uses = "first_merge",
          text = "Congratulate Sofia on her third merged pull request",
          reply = "Third! This one was actual code. I added it to the wins file." },
      },
    },

    ---------------------------------------------------------------------------------------
    -- Fatou Diallo: freelance illustrator and motion designer; needs a non-designer
    -- test audience for a museum pitch.
    ---------------------------------------------------------------------------------------
    person {
      id = "fatou_diallo",
      name = "Fatou Diallo", org = "Freelance", role = "illustrator and motion designer",
      traits = { openness = 0.7, introversion = 0.4, busy = 0.3 },
      interests = { "animation", "science museums", "freelancing", "teaching kids" },
      need = "a non-designer test audience for her museum pitch",
      zone = "bar", at = { 17.5, 4.2 }, group = "bar_crew",
      met_before = 0,
      facts = {
        day_rate = "has just raised her day rate for the first time and is waiting to see who flinches",
        museum_pitch = "is pitching animations to a children's science museum next week and needs a test audience who isn't a designer",
        library_club = "runs a free Saturday animation club for kids at the library",
      },
      moods = { "chatty", "none" },
      nodes = {
        node "hello" {
          says = "You look like someone escaping Tariq's microservices argument. Smart. I'm Fatou — I draw things that move.",
          alt = {
            "You look like someone escaping Tariq's microservices argument. Wise. I'm Fatou — I draw things that move.",
            "Escaping the microservices debate? Good call. Hi, I'm Fatou. I make drawings move for a living.",
          },
          choices = {
            { "Hi Fatou, I'm {name} — guilty. I'm trying to meet people outside my course.",
              "introduce_why", next = "move" },
            { "Things that move? What kind of things?", "ask_open", next = "move" },
            { "You're freelance? Do you ever subcontract work out? I'm looking for paid projects at the moment.", "ask_job", next = "cool" },
            { "I'll let you enjoy your drink. Nice to meet you.", "exit_graceful" },
          },
        },
        node "move" {
          says = "Explainer animations — museums, charities, the odd app that wants its logo to dance. Three years freelance. Just raised my day rate for the first time; now I wait to see who flinches.",
          alt = {
            "Explainer animations — museums, charities, the odd app that wants its logo to dance. Three years freelance. I've just raised my day rate for the first time; now I wait to see who flinches.",
          },
          reveals = { "day_rate" },
          choices = {
            { "Has anyone flinched at the new rate yet?", "follow_up", uses = "day_rate", next = "flinch" },
            { "What are you working on right now?", "ask_open", next = "museum" },
            { "Good luck with the flinch test. Nice to meet you.", "exit_graceful" },
          },
        },
        node "flinch" {
          says = "One. The client who asks for 'just one tiny change' every Friday at five. So, honestly: good.",
          alt = {
            "Just one. The client who wants 'one tiny change' every Friday at five. So, honestly: good riddance.",
          },
          choices = {
            { "I've never charged for anything, and I dread it.", "share", shares = true, next = "cg" },
            { "What are you working on at the moment?", "ask_open", next = "museum" },
            { "Ha — well done, honestly. I'll let you get back to the others now.", "exit_graceful" },
          },
        },
        node "museum" {
          says = "A pitch to a children's science museum, next week: animations about how the heart works. I need a test audience who isn't a designer — designers only look at the easing curves.",
          alt = {
            "A pitch to a children's science museum next week: animations about how the heart works. I need a test audience who aren't designers — designers only look at the easing curves.",
          },
          reveals = { "museum_pitch" },
          need = true,
          choices = {
            { "I'm no designer, but could I watch it and tell you where I got lost?",
              "offer_help", requires = { fact = "museum_pitch" }, next = "help" },
            { "My cousin would be your ideal critic — she's nine, and she asks 'why' about absolutely everything.",
              "share", shares = true, next = "cg_after" },
            { "That sounds wonderful. Good luck with the pitch.", "exit_graceful" },
          },
        },
        node "cg" {
          says = "Ha! Honestly, my toughest clients don't pay at all: I run a free Saturday animation club for kids at the library, and they tear my work apart. Kindly. Mostly.",
          reveals = { "library_club" },
          common_ground = true,
          choices = {
            { "A Saturday club! What do the kids make?", "follow_up", uses = "library_club", next = "club" },
            { "Can I ask — how did you know it was time to go freelance?",
              "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "Could I be a test audience for the museum pitch? I'd tell you where I got lost.",
              "offer_help", requires = { fact = "museum_pitch" }, next = "help" },
            { "That sounds brilliant. I'll let you get back to your drink.", "exit_graceful" },
          },
        },
        node "club" {
          says = "Flipbooks, mostly. One boy made forty pages of his cat falling off a sofa. Best thing I've seen all year, including my own work.",
          choices = {
            { "Can I ask how you knew it was time to go freelance?", "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "If you need a non-designer for the pitch, I'd watch.",
              "offer_help", requires = { fact = "museum_pitch" }, next = "help" },
            { "What are you working on at the moment?", "ask_open", next = "museum" },
            { "That cat deserves an award. Lovely to meet you, Fatou.", "exit_graceful" },
          },
        },
        node "help" {
          says = "Yes, please — fresh eyes are exactly what I need. Twenty minutes, I'll buy the coffee, and you have to be rude.",
          alt = {
            "Yes, please — fresh eyes are exactly what I need. Twenty minutes, the coffee's on me, and you have to be rude.",
          },
          choices = {
            { "Deal. Shall we swap numbers and find a time this week?", "exchange_contact", next = "contact" },
            { "Can I ask how you knew it was time to go freelance?", "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "I'll practise being rude. See you soon, Fatou.", "exit_graceful" },
            { "Warning: I'm bad at rude. I once called a terrible logo 'brave'.",
              "share", shares = true, next = "help_cg" },
          },
        },
        node "advice" {
          says = "When I had three clients who'd hire me again and six months of rent saved. Not before. Passion doesn't pay the electricity; repeat clients do.",
          choices = {
            { "That's the most practical answer I've heard. Could we stay in touch?", "exchange_contact", next = "contact" },
            { "Three clients and six months. Noted. Thank you.", "exit_graceful" },
          },
        },
        node "contact" {
          says = "Here — the work's on Instagram, but text me about the coffee. And if you flinch at my day rate, I'll know.",
          alt = {
            "Here — my work's on Instagram, but text me about the coffee. And if you flinch at my day rate, I'll see it.",
          },
          choices = {
            { "No flinching, promise. Speak this week.", "exit_graceful" },
            { "Thanks, Fatou. Good luck with the pitch.", "exit_graceful" },
          },
        },
        node "cool" {
          says = "Sometimes, when a project's big. Send me your portfolio and I'll have a look when things calm down.",
          choices = {
            { "Sorry, I jumped ahead. I'm {name}. What do you draw?", "introduce_why", next = "move" },
            { "Will do. Enjoy your evening.", "exit_graceful" },
            { "Could I grab your card, so I know where to send it?", "card_grab" },
            { "Okay, thanks.", "exit_abrupt" },
          },
        },
        node "again" {
          says = "{name}! Hey. Did you come back to be rude about my animations? You promised.",
          choices = {
            { "Has anyone flinched at your new day rate yet?", "follow_up", uses = "day_rate", next = "flinch" },
            { "How's the Saturday club — any new flipbooks?", "follow_up", uses = "library_club", next = "club" },
            { "What are you working on at the moment?", "ask_open", next = "museum" },
            { "Just saying hi! Enjoy the evening.", "exit_graceful" },
          },
        },
        node "help_cg" {
          says = "'Brave'! That's what the kids at my library club call things they hate. Don't worry, I'll teach you what they taught me.",
          alt = {
            "'Brave'! That's what the kids at my library club say about things they hate. Don't worry, I'll teach you what they taught me.",
          },
          common_ground = true,
          choices = {
            { "Deal. Shall we swap numbers and find a time this week?", "exchange_contact", next = "contact" },
            { "Can I ask how you knew it was time to go freelance?", "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "I'll practise on my own drawings first. See you soon, Fatou.", "exit_graceful" },
          },
        },
        node "cg_after" {
          says = "Bring her! Nine-year-olds are the most honest audience there is. If she's bored by the second heartbeat, I've lost the museum.",
          common_ground = true,
          choices = {
            { "Then let me be the grown-up version — I'll watch it and tell you where I got lost.",
              "offer_help", requires = { fact = "museum_pitch" }, next = "help" },
            { "Can I ask — how did you know it was time to go freelance?",
              "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "I'll ask her. Good luck with the pitch, Fatou.", "exit_graceful" },
          },
        },
      },
      returning = "again",
      followup = {
        reference = "museum_pitch",
        offer = "watch the museum animations and say exactly where I got lost",
        request = "ask if I could sit in on her Saturday club to see how she teaches",
        reply_personal = "Thanks for remembering the museum pitch! It's next week and I still need someone who isn't a designer to watch the animations. If you have ten minutes, tell me where you get lost.",
        reply_generic = "Thanks! Good to meet you at the meetup.",
        reply_late = "Hey! The pitch was weeks ago, but thanks for remembering.",
      },
      maintenance = {
        { kind = "congratulate", uses = "museum_pitch",
          text = "Congratulate Fatou when the museum announces its new heart exhibit",
          reply = "We won it! Six animations, and the tricky valve bit is the one you flagged." },
        { kind = "check_in", uses = "library_club",
          text = "Ask Fatou how the Saturday flipbook club is going",
          reply = "The cat boy has a sequel. It's darker. I'm so proud." },
      },
    },

    ---------------------------------------------------------------------------------------
    -- Kemal Aydın: studio design director, ex-typesetter, hiding from the noise;
    -- quietly hiring a junior in January.
    ---------------------------------------------------------------------------------------
    person {
      id = "kemal_aydin",
      name = "Kemal Aydın", org = "Hemline Studio", role = "design director",
      traits = { openness = 0.5, introversion = 0.7, busy = 0.2 },
      interests = { "typography", "letterpress", "mentoring", "quiet rooms" },
      need = "a junior designer who shows their messy process and asks good questions",
      zone = "sofas", at = { 24, 14.5 },
      met_before = 0,
      facts = {
        newspaper = "started out setting type by hand for a newspaper in İzmir in 1983",
        letterpress = "has a letterpress in his garden shed and prints wedding invitations for friends",
        crit = "wants to see the sketches people threw away, not just the polished screens",
        hiring_junior = "is hiring a junior designer for his studio in January",
      },
      moods = { "none", "tired" },
      nodes = {
        node "hello" {
          says = "Sit, if you like. The bar is for people with younger ears. I'm hiding from the noise and pretending the plants are colleagues.",
          alt = {
            "Sit down, if you like. The bar is for younger ears. I'm hiding from the noise and pretending the plants are my colleagues.",
            "Take a seat, please. I've retreated from the bar — too loud for me — and I'm keeping the plants company.",
          },
          choices = {
            { "Thanks — I'm {name}. I'm trying to find my way into design.",
              "introduce_why", next = "way" },
            { "Are you Kemal from Hemline? Is the studio hiring at the moment? I've got a portfolio on my phone.", "ask_job", next = "cool" },
            { "I'll leave you and the plants in peace. Enjoy the quiet.", "exit_graceful" },
          },
        },
        node "way" {
          says = "Kemal. I run a small studio, Hemline. Finding your way in is the hard part — every portfolio looks the same now. Same screens, same phones at the same angle.",
          alt = {
            "Kemal. I run a small studio, Hemline. Getting in is the hard part — every portfolio looks the same now. The same screens, the same phones at the same angle.",
          },
          choices = {
            { "What would you rather see in a portfolio?", "ask_open", next = "process" },
            { "How did you find your own way in?", "ask_open", next = "newspaper" },
            { "That's useful to hear. I'll let you rest your ears.", "exit_graceful" },
          },
        },
        node "newspaper" {
          says = "Setting type for a newspaper in İzmir, 1983. Lead letters, backwards, by hand. You learn to care about a comma when you have to carry it.",
          reveals = { "newspaper" },
          choices = {
            { "Backwards, by hand! Do you still set type at all?", "follow_up", uses = "newspaper", next = "letterpress" },
            { "I'd love that. I've been learning type from videos, and I think I'm kerning by guessing.",
              "share", shares = true, next = "cg" },
            { "What a way to start. Thank you for telling me.", "exit_graceful" },
          },
        },
        node "letterpress" {
          says = "Only for friends: there's a letterpress in my garden shed, and I print their wedding invitations. Three weeks per job, and they always spell the venue wrong.",
          reveals = { "letterpress" },
          choices = {
            { "My cousin's invitations had the wrong date. I folded the correction slips.",
              "share", shares = true, next = "cg_after" },
            { "What would you want to see from someone starting out now?", "ask_open", next = "process" },
            { "I love that. I'll let you get back to the quiet.", "exit_graceful" },
          },
        },
        node "process" {
          says = "The mess. Show me the sketch you threw away and why. Polish I can teach. Curiosity, not so much.",
          reveals = { "crit" },
          choices = {
            { "Is that what you look for when you hire?", "follow_up", uses = "crit", next = "hiring" },
            { "Most of my best work is in a notebook nobody's seen. I wasn't sure it counted.",
              "share", shares = true, next = "cg_after" },
            { "The mess. I'll remember that. Thank you, Kemal.", "exit_graceful" },
          },
        },
        node "hiring" {
          says = "Hiring, in fact — we want a junior in January. I'd rather meet someone on a bad sofa than read two hundred cover letters. Don't tell the plants.",
          alt = {
            "Hiring, as it happens — we want a junior in January. I'd rather meet someone on a bad sofa than read two hundred cover letters. Don't tell the plants.",
          },
          reveals = { "hiring_junior" },
          need = true,
          choices = {
            { "A classmate sketches everything before she touches a screen. Shall I send her?",
              "offer_help", requires = { fact = "hiring_junior" }, next = "help" },
            { "Can I ask what would make a junior stand out to you, beyond the notebook?",
              "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "Your secret's safe. Thank you, Kemal.", "exit_graceful" },
          },
        },
        node "cg" {
          says = "We all start by getting things wrong where everyone can see. One day you notice you're wrong less often, and people call it experience. Nobody tells you that's all it is.",
          common_ground = true,
          choices = {
            { "Can I ask your advice — what would you do in my place, starting out now?",
              "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "What brings you here tonight, if you don't mind me asking?", "ask_open", next = "hiring" },
            { "Do you still set type at all?", "follow_up", uses = "newspaper", next = "letterpress" },
            { "That's oddly comforting. Thank you, Kemal.", "exit_graceful" },
          },
        },
        node "advice" {
          says = "Make small things for real people — a menu for a café, a sign for a club. And bring me the notebook, not only the screens. The notebook tells me how you think.",
          need = true,
          choices = {
            { "I'd love to. Could I take your email and send you something in December?", "exchange_contact", next = "contact" },
            { "A classmate of mine would be perfect for that. Could I send her your way too?",
              "offer_help", requires = { fact = "hiring_junior" }, next = "help" },
            { "Thank you. That's the best advice I've had in months.", "exit_graceful" },
          },
        },
        node "help" {
          says = "Please. Tell her to bring the notebook, not the website. And tell her the sofa interview is real.",
          alt = {
            "Please do. Tell her to bring her notebook, not her website. And warn her: the sofa interview is real.",
          },
          choices = {
            { "I will. Could I take your email so I can introduce you properly?", "exchange_contact", next = "contact" },
            { "Can I ask what you'd tell me, starting out now?", "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "I'll tell her tonight. Thank you, Kemal.", "exit_graceful" },
            { "She got me into it. She made me notice letters on menus.",
              "share", shares = true, next = "help_cg" },
          },
        },
        node "contact" {
          says = "Here. Write to me, not the studio address — the studio address is a black hole. And come back and tell me what the plants missed.",
          alt = {
            "Here. Write to me, not to the studio address — that one is a black hole. And come back and tell me what the plants missed.",
          },
          choices = {
            { "I will. Thanks for the sofa.", "exit_graceful" },
            { "Thanks, Kemal. Enjoy the quiet.", "exit_graceful" },
          },
        },
        node "cool" {
          says = "Sometimes. There's a jobs page on the website — send things through that. Tonight I'm mostly resting my ears, I'm afraid.",
          choices = {
            { "Sorry, that was abrupt. I'm {name}. Mind if I sit a minute?",
              "introduce_why", next = "way" },
            { "Of course. Sorry to disturb you.", "exit_graceful" },
            { "Could I grab your card, then, for the website?", "card_grab" },
            { "Right, the website. Thanks.", "exit_abrupt" },
          },
        },
        node "again" {
          says = "{name}. Sit. The plants remember you.",
          choices = {
            { "Printed any wedding invitations on the letterpress lately?", "follow_up", uses = "letterpress", next = "letterpress_news" },
            { "What's keeping the studio busy?", "ask_open", next = "hiring" },
            { "How did you find your own way into design?", "ask_open", next = "newspaper" },
            { "Just saying hello. I'll leave you to the quiet.", "exit_graceful" },
          },
        },
        node "help_cg" {
          says = "Menus! The worst spacing in the city is on menus. Once you see it you can't eat in peace. Welcome to the affliction.",
          alt = {
            "Menus! The worst spacing in the city is on restaurant menus. Once you see it, you can never eat in peace. Welcome to the affliction.",
          },
          common_ground = true,
          choices = {
            { "I will. Could I take your email so I can introduce you properly?", "exchange_contact", next = "contact" },
            { "Can I ask what you'd tell me, starting out now?", "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "I'll tell her tonight. Thank you, Kemal.", "exit_graceful" },
          },
        },
        node "letterpress_news" {
          says = "Two since we met. One couple spelled their own surname wrong on the proof. I printed it anyway — it was what they signed off.",
          choices = {
            { "My cousin's invitations had the wrong date on all hundred and twenty. I folded the correction slips.",
              "share", shares = true, next = "cg_after" },
            { "What would you want to see from someone starting out now?", "ask_open", next = "process" },
            { "Poor them. I'll leave you to the quiet, Kemal.", "exit_graceful" },
          },
        },
        node "cg_after" {
          says = "It counts. We all start by getting things wrong where everyone can see. One day you're wrong a little less often, and people call it experience.",
          common_ground = true,
          choices = {
            { "Can I ask your advice — what would you do in my place, starting out now?",
              "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "What brings you here tonight, if you don't mind me asking?", "ask_open", next = "hiring" },
            { "That's oddly comforting. Thank you, Kemal.", "exit_graceful" },
          },
        },
      },
      returning = "again",
      followup = {
        reference = "crit",
        offer = "send three pages from my sketchbook, with a note on what I threw away and why",
        request = "ask if he'd give me ten minutes of feedback on my portfolio before January",
        reply_personal = "You remembered. Good. I still want to see the sketches people throw away, not the polished screens — the thrown-away one is usually the best. Send some if you have them.",
        reply_generic = "Thank you for your message. Please apply through our website.",
        reply_late = "Hello. Forgive me, I am bad with names. Please send things through the website.",
      },
      maintenance = {
        { kind = "share_useful", uses = "letterpress",
          text = "Send Kemal a link to a typefounders' open day at the print museum",
          reply = "I am going. I will try not to buy another drawer of type." },
        { kind = "coffee",
          text = "Invite Kemal for tea somewhere quiet",
          reply = "Somewhere with no music. I know a place. Thursday." },
      },
    },

    ---------------------------------------------------------------------------------------
    -- Chiara Benedetti: data scientist two weeks back from parental leave; tired, wry, wants
    -- a small real project to get her hands back into data.
    ---------------------------------------------------------------------------------------
    person {
      id = "chiara_benedetti",
      name = "Chiara Benedetti", org = "Tidewater Utilities", role = "data scientist",
      traits = { openness = 0.6, introversion = 0.7, busy = 0.3 },
      interests = { "forecasting", "water networks", "getting back to work", "sleep" },
      need = "a small, real side project to get her hands back into data",
      zone = "sofas", at = { 21, 12 },
      met_before = 0,
      facts = {
        back_from_leave = "is two weeks back at work after a year of parental leave with her second child",
        burst_pipes = "builds models that predict burst water mains from pressure data",
        side_project = "wants a small, real side project to get her hands back into data",
        sleeping = "says her baby has just slept through the night three nights running",
      },
      moods = { "tired", "none" },
      nodes = {
        node "hello" {
          says = "Oh — hi. I'm not hiding, I'm... recharging. First evening out in a year. I'd forgotten how loud people are.",
          alt = {
            "Oh — hello. I'm not hiding, I'm... recharging. My first evening out in a year. I'd forgotten how loud people are.",
            "Hi. Don't mind me — I'm recharging, not hiding. First night out in a year, and everyone is so loud.",
          },
          choices = {
            { "Hi, I'm {name} — first meetup, and I came over for the quiet too.",
              "introduce_why", next = "first" },
            { "Mind if I join the quiet? What kind of work brings you here?", "ask_open", next = "work" },
            { "No worries! I'm building a data tool, actually — could I show you a quick demo on my phone while you rest?", "pitch", next = "cool" },
            { "I'll leave you to recharge. Enjoy the quiet.", "exit_graceful" },
          },
        },
        node "first" {
          says = "Sit, please. Mine's a first-again: two weeks back at work after a year of parental leave. Second baby. Everyone's vocabulary changed while I was gone.",
          alt = {
            "Sit, please. Mine's a first-again: two weeks back at work after a year of parental leave. Second baby. Everyone's vocabulary changed while I was away.",
          },
          reveals = { "back_from_leave" },
          choices = {
            { "Two weeks back — how's it feeling so far?", "follow_up", uses = "back_from_leave", next = "back" },
            { "I get the vocabulary thing. I switched courses last year and spent a month nodding at words.",
              "share", shares = true, next = "cg" },
            { "Welcome back, then. I'll let you recharge.", "exit_graceful" },
          },
        },
        node "work" {
          says = "Burst water mains. I build models that predict them from pressure data, so the crews arrive before the street floods. It's oddly satisfying.",
          reveals = { "burst_pipes" },
          choices = {
            { "Predicting bursts before they happen — how close do the models get?", "follow_up", uses = "burst_pipes", next = "pipes" },
            { "That's so concrete. Most of what I've built only exists on my laptop — I'm never sure it's any good.", "share", shares = true, next = "cg" },
            { "That's brilliant. I'll leave you to the quiet.", "exit_graceful" },
          },
        },
        node "pipes" {
          says = "A few hours' warning, on a good day. The pressure dips at night tell you the most. Which is ironic, because at night I'm up with the baby, watching my own dips.",
          choices = {
            { "What would help you most, getting back into it?", "ask_open", next = "back" },
            { "Exams wrecked my sleep for a month last year. I can't imagine a year.", "share", shares = true, next = "cg" },
            { "Sounds like you deserve the sofa. I'll let you rest.", "exit_graceful" },
          },
        },
        node "back" {
          says = "Like my brain was in another room. I know the maths; it's the tools — everything got renamed. I'd love something small and real to get my hands dirty again, with no pressure.",
          alt = {
            "As if my brain was in the next room. I know the maths; it's the tools — everything has been renamed. I'd love something small and real to get my hands dirty again, no pressure.",
          },
          reveals = { "side_project" },
          need = true,
          choices = {
            { "Maya, by the pizza, needs help with heart-rate data. Shall I introduce you?",
              "offer_help", requires = { fact = "side_project" }, next = "help" },
            { "Could we keep in touch, in case I hear of something small and real?", "exchange_contact", next = "contact" },
            { "I hope something turns up soon — it will. I'll let you recharge in peace.", "exit_graceful" },
          },
        },
        node "cg" {
          says = "Ha — that 'am I any good at this?' feeling. I thought it was only me. Good news, though: the baby has slept through three nights running, so maybe my brain is coming back.",
          reveals = { "sleeping" },
          common_ground = true,
          choices = {
            { "Three nights running! Do you trust it yet?", "follow_up", uses = "sleeping", next = "sleep" },
            { "Can I ask — how do you decide what to learn when everything changes so fast?",
              "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "What would help you most, getting back into it?", "ask_open", next = "back" },
            { "Fingers crossed for night four. I'll let you rest.", "exit_graceful" },
          },
        },
        node "sleep" {
          says = "Mostly. I still check the baby monitor like it's a production dashboard. Tonight my partner's on duty, which is why I'm allowed out with adults.",
          choices = {
            { "Can I ask how you decide what to learn when everything changes so fast?",
              "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "Maya from Pulse Health needs someone for heart-rate data. Would a small project like that help?",
              "offer_help", requires = { fact = "side_project" }, next = "help" },
            { "What would help you most, getting back into it?", "ask_open", next = "back" },
            { "Enjoy the adults, then. I'll leave you to the sofa.", "exit_graceful" },
          },
        },
        node "help" {
          says = "Oh, that would be perfect — a real dataset, a real question, no roadmap. Yes please. It's been a while since anyone thought of me for something.",
          alt = {
            "Oh, that would be perfect — a real dataset, a real question, no roadmap. Yes, please. It's been a while since anyone thought of me for something.",
          },
          choices = {
            { "Let me take your email and I'll connect you two tonight or tomorrow.", "exchange_contact", next = "contact" },
            { "Can I ask how you decide what to learn, with everything changing?", "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "I'll find her before she leaves. Enjoy the quiet.", "exit_graceful" },
            { "I had a year out ill. Coming back, everyone had moved on.",
              "share", shares = true, next = "help_cg" },
          },
        },
        node "advice" {
          says = "Learn the question, not the tool. Tools rename themselves every year — I'm the proof. A good question about real data ages much better.",
          choices = {
            { "Could I stay in touch? I'd like to hear how the first weeks back go.", "exchange_contact", next = "contact" },
            { "The question, not the tool. Thank you, Chiara.", "exit_graceful" },
          },
        },
        node "contact" {
          says = "Here. And thank you for sitting down — I nearly went home at the break.",
          alt = {
            "Here. And thanks for sitting down — I almost went home at the break.",
          },
          choices = {
            { "I'm glad you didn't. Enjoy the rest of the quiet.", "exit_graceful" },
            { "Me too. Thanks, Chiara — enjoy the rest of your evening out.", "exit_graceful" },
          },
        },
        node "cool" {
          says = "Ah — maybe not tonight, sorry. My brain's on half power; I wouldn't do your demo justice. Good luck with it.",
          choices = {
            { "Of course, sorry. I'm {name} — first meetup. Mind if I sit a minute?", "introduce_why", next = "first" },
            { "No problem. Enjoy the quiet.", "exit_graceful" },
            { "Could I grab your card? I'll send you the demo link instead.", "card_grab" },
            { "Okay, no worries.", "exit_abrupt" },
          },
        },
        node "again" {
          says = "Oh, {name}! Hello again. Look at me, out with adults twice — you're witnessing progress.",
          choices = {
            { "Caught any burst mains before they happened lately?", "follow_up", uses = "burst_pipes", next = "pipes" },
            { "How's the sleep situation at home?", "follow_up", uses = "sleeping", next = "sleep" },
            { "How's being back at work going?", "ask_open", next = "back" },
            { "Just saying hello — enjoy the quiet.", "exit_graceful" },
          },
        },
        node "help_cg" {
          says = "Then you know exactly. People expect you to pick up where you left off, and the tools have all changed names. It helps to hear someone else say it.",
          alt = {
            "Then you know exactly. People expect you to carry on where you stopped, and all the tools have changed names. It helps to hear someone else say so.",
          },
          common_ground = true,
          choices = {
            { "Let me take your email and I'll connect you two tonight or tomorrow.", "exchange_contact", next = "contact" },
            { "Can I ask how you decide what to learn, with everything changing?", "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "I'll go and find Maya now, before she leaves. Enjoy the quiet corner.", "exit_graceful" },
          },
        },
      },
      returning = "again",
      followup = {
        reference = "side_project",
        offer = "introduce her to Maya Okafor, who needs help with heart-rate data from a user study",
        request = "ask if she'd show me how she'd frame a question for a messy dataset",
        reply_personal = "Thank you for remembering — I'm still looking for a small, real project to get my hands back into data. If you hear of one, I'm all ears. The messier the data, the better.",
        reply_generic = "Thanks for the message! Nice to meet you at the meetup.",
        reply_late = "Hi! Sorry, the newborn fog makes names hard. Thanks for getting in touch.",
      },
      maintenance = {
        { kind = "check_in", uses = "back_from_leave",
          text = "Ask Chiara how her first month back at work went",
          reply = "Better! I've learnt all the renamed tools. Some of them twice." },
        { kind = "share_useful", uses = "burst_pipes",
          text = "Send Chiara an open dataset of city water-pressure readings",
          reply = "Oh, this is lovely. Night-time dips and everything. My weekend is booked." },
      },
    },

    ---------------------------------------------------------------------------------------
    -- Ayesha Siddiqui: second-year computing student volunteering at the desk; building
    -- a hackathon team and still needs a designer.
    ---------------------------------------------------------------------------------------
    person {
      id = "ayesha_siddiqui",
      name = "Ayesha Siddiqui", org = "City University", role = "computing student (volunteer)",
      traits = { openness = 0.8, introversion = 0.6, busy = 0.6 },
      interests = { "civic tech", "accessibility", "hackathons", "game mods" },
      need = "a designer for her civic-tech hackathon team",
      zone = "door", at = { 1.5, 8 },
      met_before = 0,
      facts = {
        desk_reason = "volunteers at the desk because people come to her and she never has to start the conversation",
        bus_app = "is building an app that tells you whether the night bus has space for a wheelchair",
        hackathon = "is building a team for a civic-tech hackathon in three weeks and still needs a designer",
      },
      nodes = {
        node "hello" {
          says = "Hi! Name tag? Markers are here — avoid the green one, it's dying. Are you checked in?",
          alt = {
            "Hi! Name tag? The markers are here — skip the green one, it's dying. Have you checked in?",
            "Hello! Need a name tag? Pens are here — not the green one, it's on its way out. Are you signed in?",
          },
          choices = {
            { "Hi, I'm {name} — first time here. I came for the talks.",
              "introduce_why", next = "desk" },
            { "I'll take the dying green one. Someone has to.", "small_talk", next = "green" },
            { "Do you know who here is hiring tonight? I'm looking for an internship, and I've got my CV on me.", "ask_job", next = "cool" },
            { "Thanks — I'll grab a marker and find the pizza.", "exit_graceful" },
          },
        },
        node "green" {
          says = "A hero. Most people take the black one and write their name tiny, like they're ashamed of it. Write it big. It helps.",
          choices = {
            { "Big it is. I'm {name} — first time here.", "introduce_why", next = "desk" },
            { "What are you studying?", "ask_open", next = "study" },
            { "Thanks for the tip — big letters it is. See you later!", "exit_graceful" },
          },
        },
        node "desk" {
          says = "Welcome! I'm Ayesha — I do the desk every month. Secret reason: people come to me, so I never have to start a conversation. Big introvert trick.",
          alt = {
            "Welcome! I'm Ayesha — I run the desk every month. The secret reason: people come to me, so I never have to start a conversation. Big introvert trick.",
          },
          reveals = { "desk_reason" },
          choices = {
            { "That's clever. Does it make the rest of the evening easier?", "follow_up", uses = "desk_reason", next = "easier" },
            { "Honestly, I nearly turned round at the door. I might steal the desk trick.", "share", shares = true, next = "cg" },
            { "What are you studying?", "ask_open", next = "study" },
            { "Good trick. I'll go and try my luck inside — thanks!", "exit_graceful" },
          },
        },
        node "easier" {
          says = "Loads. By the break I know thirty names, so I can go 'oh, you're the one who liked the leap-year bit'. It's like cheating, but nice cheating.",
          alt = {
            "Loads. By the break I know thirty names, so I can say 'oh, you're the one who liked the leap-year bit'. It's cheating, but the nice kind.",
          },
          choices = {
            { "I need that. Starting is the part I dread.", "share", shares = true, next = "cg" },
            { "What are you studying, when you're not running the desk?", "ask_open", next = "study" },
            { "Nice cheating. I'll let you get back to the tags.", "exit_graceful" },
          },
        },
        node "study" {
          says = "Computing, second year. I'm building an app that tells you if the night bus has space for a wheelchair — my brother uses one and the timetable lies.",
          alt = {
            "Computing, second year. I'm building an app that tells you whether the night bus has room for a wheelchair — my brother uses one, and the timetable lies.",
          },
          reveals = { "bus_app" },
          choices = {
            { "How does the app know if there's space?", "follow_up", uses = "bus_app", next = "bus" },
            { "My best friend's mum uses a wheelchair. The number of times we've watched a full bus drive past…",
              "share", shares = true, next = "bus" },
            { "That's a brilliant idea. Good luck with it!", "exit_graceful" },
          },
        },
        node "bus" {
          says = "It's simple: drivers tap a button when the space is taken, and the app does the rest. The hard part is making it nice to use. I'm building a team for a hackathon in three weeks and still need a designer.",
          alt = {
            "It's simple: drivers tap a button when the space is taken and the app does the rest. The hard part is making it pleasant to use. I'm putting a team together for a hackathon in three weeks and still need a designer.",
          },
          reveals = { "hackathon" },
          need = true,
          choices = {
            { "I've done some design — could I help sketch the screens?",
              "offer_help", requires = { fact = "hackathon" }, next = "help" },
            { "Can I ask — any tips for someone who wants to volunteer at things like this?",
              "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "I hope you find your designer. Good luck!", "exit_graceful" },
          },
        },
        node "cg" {
          says = "Everyone nearly turns round at the door! Half the people here told me so at the desk. Steal the trick — it's free.",
          common_ground = true,
          choices = {
            { "Any tips for someone who wants to start volunteering at things like this?",
              "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "What are you studying?", "ask_open", next = "study" },
            { "Could I help with the hackathon? I've done some design.",
              "offer_help", requires = { fact = "hackathon" }, next = "help" },
            { "Thank you — that actually helps. See you later!", "exit_graceful" },
          },
        },
        node "help" {
          says = "Wait, really? Yes! Okay, I'm writing your name down. In big letters.",
          alt = {
            "Wait — really? Yes! Okay, I'm writing your name down. In capitals.",
          },
          choices = {
            { "Shall we swap numbers so you can add me to the team chat?", "exchange_contact", next = "contact" },
            { "Any tips for someone who wants to volunteer at these?", "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "Great — I'll find you at the end. Good luck with the desk!", "exit_graceful" },
            { "Same. A job to do makes mingling easier.",
              "share", shares = true, next = "help_cg" },
          },
        },
        node "advice" {
          says = "Email Nadia and say you'll do the desk once. That's it. She says yes to everyone who offers, because nobody offers.",
          choices = {
            { "I'll do it. Could we swap numbers? I'd love to hear how the hackathon goes.", "exchange_contact", next = "contact" },
            { "I'll email her tonight. Thank you, Ayesha.", "exit_graceful" },
          },
        },
        node "contact" {
          says = "Added you! The chat's called 'Bus Buddies' — sorry, my brother named it. First meeting's Sunday and there will be biscuits.",
          alt = {
            "Added you! The chat's called 'Bus Buddies' — sorry, my brother picked the name. First meeting's on Sunday, and there will be biscuits.",
          },
          choices = {
            { "Bus Buddies it is. See you Sunday!", "exit_graceful" },
            { "Thanks, Ayesha. I'll let you get back to the desk.", "exit_graceful" },
          },
        },
        node "cool" {
          says = "Oh — um, I'm just a student volunteer, so I don't really know. Nadia keeps a jobs board by the coats? It's mostly senior roles, sorry.",
          choices = {
            { "That's helpful — sorry. I'm {name}, first time here.", "introduce_why", next = "desk" },
            { "Thanks, I'll have a look.", "exit_graceful" },
            { "Okay.", "exit_abrupt" },
          },
        },
        node "again" {
          says = "{name}! I remembered your name before I looked at your tag — that's a personal best.",
          choices = {
            { "How's the night-bus app coming along?", "follow_up", uses = "bus_app", next = "bus" },
            { "Still getting away with the desk trick?", "follow_up", uses = "desk_reason", next = "easier" },
            { "What are you working on these days?", "ask_open", next = "study" },
            { "Just saying hi! See you inside.", "exit_graceful" },
          },
        },
        node "help_cg" {
          says = "Same! Give me a clipboard and I can talk to anyone. Without one, I'm the person hiding by the coats.",
          alt = {
            "Same! Hand me a clipboard and I can talk to anybody. Without one, I'm the person hiding by the coats.",
          },
          common_ground = true,
          choices = {
            { "Shall we swap numbers so you can add me to the team chat?", "exchange_contact", next = "contact" },
            { "Any tips for someone who wants to volunteer at these?", "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "Great — I'll find you at the end. Good luck with the desk!", "exit_graceful" },
          },
        },
      },
      returning = "again",
      followup = {
        reference = "hackathon",
        offer = "sketch the main screens of the night-bus app before the hackathon",
        request = "ask if she'd tell me how she got her volunteering role",
        reply_personal = "You remembered the hackathon! Three weeks to go and we still need a designer for the night-bus app — even a rough sketch of the main screens would help. I'm bringing biscuits either way.",
        reply_generic = "Hi! Thanks for coming to Second Thursday!",
        reply_late = "Hey! Sorry, the hackathon's already happened — but thanks for thinking of it.",
      },
      maintenance = {
        { kind = "congratulate", uses = "hackathon",
          text = "Congratulate Ayesha's team after the hackathon",
          reply = "We came second! The judges loved the screens. SECOND!" },
        { kind = "share_useful", uses = "bus_app",
          text = "Send Ayesha the bus company's open accessibility data",
          reply = "Wait, this exists?? My brother is going to be unbearable. Thank you!" },
      },
    },
  },

  -- Who is there tonight and where they stand: the seed picks one (docs/scenarios.md).
  layouts = {
    { id = "as_planned" },
    -- Kemal left after the talks; Maya has drifted over to the bar crew's argument.
    { id = "bar_heavy", absent = { "kemal_aydin" },
      place = { maya_okafor = { zone = "bar", at = { 18.9, 4.6 }, group = "bar_crew" } } },
    -- An early night for two: Chiara's babysitter could only stay till eight, and Ayesha
    -- handed the desk over after the first hour.
    { id = "early_night", absent = { "chiara_benedetti", "ayesha_siddiqui" } },
  },
}
