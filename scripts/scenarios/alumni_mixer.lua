-- alumni_mixer.lua — an evening alumni reception in the Great Hall, the night the Old
-- Library reopens. Slow, mixed ages and fields, most people in twos and threes: shared
-- history is the easy opening, joining a group means waiting for a pause, and one old
-- classmate is here to reconnect with. Written to docs/scenarios.md.

return scenario {
  id = "alumni_mixer",
  title = "Alumni Evening: The Old Library Reopens",
  summary = "An evening reception in the Great Hall to mark the reopening of the Old Library "
    .. "after three years of restoration. Graduates from last summer back to the class of 1981 "
    .. "stand around the oak tables, the bar and the terrace. One or two of them remember you; "
    .. "most don't, yet.",
  teaches = "Shared history as an easy opening, joining a group at a pause, reconnecting "
    .. "with someone you have lost touch with, and offering help long before asking for any.",
  minutes = 60,
  order = 20, -- place in the scenario list, lower first (docs/scenarios.md)
  -- The briefing's opener parts: "Hi, I'm NAME — <why>. <question>"
  openers = {
    why = {
      "I studied here too and wanted to hear how your path went after graduating",
      "I'm thinking about a change, and the alumni network felt like the friendliest place to start",
      "I came tonight to reconnect with people from my course",
    },
    questions = {
      "What's kept you busy since you graduated?",
      "What are you most excited about in your work right now?",
      "What do you miss most about the old campus?",
    },
  },
  norms = {
    contact_expected = false,   -- nobody came to collect cards; details follow a real talk
    groups_common = true,       -- most people stand in twos and threes
    pace = 0.3,                 -- slow: there is time for a proper conversation
  },
  room = {
    width = 26, height = 16,
    zones = {
      { id = "entrance", kind = "entrance", label = "Entrance and cloakroom",
        x = 0, y = 5, w = 3, h = 6, noise = 0.3 },
      { id = "bar", kind = "bar", label = "Bar",
        x = 3, y = 0, w = 13, h = 4, noise = 0.7 },
      { id = "hall", kind = "tables", label = "Great Hall tables",
        x = 3, y = 4, w = 13, h = 12, noise = 0.5 },
      { id = "library", kind = "quiet", label = "Old Library reading room",
        x = 16, y = 0, w = 10, h = 8, noise = 0.1 },
      { id = "terrace", kind = "quiet", label = "Terrace",
        x = 16, y = 8, w = 10, h = 8, noise = 0.2 },
    },
  },
  people = {

    ---------------------------------------------------------------------------------
    -- Tomás Lindqvist: shared with career_fair. Off duty tonight, at the bar with Farida,
    -- his neighbour from halls. Recruits mentors for first-generation students.
    ---------------------------------------------------------------------------------
    person {
      id = "tomas_lindqvist",
      name = "Tomás Lindqvist", org = "Northwind Logistics", role = "graduate recruiter",
      traits = { openness = 0.8, introversion = 0.4, busy = 0.35 },
      interests = { "mentoring", "sea kayaking", "supply chains", "the university" },
      need = "mentors and mentees for his mentoring scheme",
      zone = "bar", at = { 11, 2 }, group = "bar_pair",
      met_before = 0,
      -- The same fact ids as in career_fair (kept in step: alum_2012, first_gen, kayak,
      -- mentoring), so what the player learned there is still true here.
      facts = {
        alum_2012 = "studied here, graduated in 2012",
        mentoring = "is setting up a mentoring scheme for first-generation students",
        first_gen = "was the first in his family to go to university",
        kayak = "paddles a sea kayak around the islands most weekends",
      },
      nodes = {
        node "hello" {
          says = "Oh, hello — don't mind us, Farida's telling the seal story again. Squeeze in, there's room at the bar.",
          alt = {
            "Oh, hi — ignore us, Farida's on the seal story again. Come and squeeze in; there's room at the bar.",
            "Hello! Don't mind the laughing — Farida's telling the seal story. Plenty of room at the bar, come in.",
          },
          choices = {
            { "Hi, I'm {name} — I graduated last summer. I came to hear where people's degrees took them.",
              "introduce_why", next = "why" },
            { "The seal story? Now I have to hear it.", "small_talk", next = "seal" },
            { "You're with Northwind Logistics, aren't you? I graduated in summer — are you hiring graduates at the moment?",
              "ask_job", next = "cool_job" },
            { "Sorry, I'll let you finish the story. Enjoy your evening.", "exit_graceful" },
          },
        },
        node "why" {
          says = "Then you're in the right room. I'm Tomás — I run graduate recruitment at Northwind. But I studied here too, class of 2012, so tonight I'm off the clock. Mostly.",
          alt = {
            "You're in the right room, then. I'm Tomás — I run graduate recruitment at Northwind, but I studied here too, class of 2012. So tonight I'm off duty. Mostly.",
          },
          reveals = { "alum_2012" },
          choices = {
            { "Class of 2012 — so you knew the Old Library. Did you have a usual spot?",
              "follow_up", uses = "alum_2012", next = "library" },
            { "If you're off the clock, what brings a recruiter to an alumni night?", "ask_open", next = "scheme" },
            { "Honestly, I nearly switched courses in my first term. I had no idea what I was doing.",
              "share", shares = true, next = "first_gen" },
            { "It's good to meet you. I'll let you two get back to the story.", "exit_graceful" },
          },
        },
        node "seal" {
          says = "Short version: a sea kayak, a very large seal who wanted it more than I did, and a long swim back to the island. I still paddle most weekends. More carefully. Sorry — I'm Tomás.",
          reveals = { "kayak" },
          choices = {
            { "I'm {name} — I graduated last summer. I came to hear where people's degrees took them.",
              "introduce_why", next = "why" },
            { "I never joined a single club in first year. I was too busy panicking about whether I belonged.",
              "share", shares = true, next = "first_gen" },
            { "That's a great story. I'll leave you to it — enjoy the evening.", "exit_graceful" },
          },
        },
        node "library" {
          says = "Third floor, the desk under the radiator that never worked. Freezing all winter, so nobody ever took it. I hear they've fixed the radiator. Feels like cheating.",
          alt = {
            "Third floor, the desk under the radiator that never worked. Freezing every winter, so it was always free. I hear they've fixed the radiator now. Feels like cheating.",
          },
          choices = {
            { "I hid in the map room most of first year. I nearly dropped out.",
              "share", shares = true, next = "first_gen" },
            { "So what brings you back tonight?", "ask_open", next = "scheme" },
            { "I'll go and see if the radiator really works. Great to meet you.", "exit_graceful" },
          },
        },
        node "first_gen" {
          says = "Same here, more than you'd think. First in my family at university — I didn't know what office hours were until second year. That's actually why I'm here tonight.",
          reveals = { "first_gen" },
          common_ground = true,
          choices = {
            { "What do you mean — why you're here?", "ask_open", next = "scheme" },
            { "What changed for you, after that first term?", "follow_up", uses = "first_gen", next = "scheme" },
            { "That's good to hear. I'll let you get back to your evening.", "exit_graceful" },
          },
        },
        node "scheme" {
          says = "A second-year student took me under her wing once. Now I'm setting up a mentoring scheme for first-generation students. It launches in March, and I've more mentees than mentors.",
          alt = {
            "A second-year took me under her wing once. Now I'm starting a mentoring scheme for first-generation students. It launches in March, and I've got more mentees than mentors.",
          },
          reveals = { "mentoring" },
          need = true,
          choices = {
            { "A few first-gen friends from my year have just started jobs — I could ask them to mentor. A year ahead is close enough, isn't it?",
              "offer_help", requires = { fact = "mentoring" }, next = "helped" },
            { "How's it going so far — have people signed up?", "follow_up", uses = "mentoring", next = "scheme_news" },
            { "Can I ask your advice? I can't decide between big graduate schemes and smaller firms. How would you choose?",
              "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "That sounds really worthwhile. I'll let you get back to Farida.", "exit_graceful" },
          },
        },
        node "helped" {
          says = "Would you? That's perfect. Students trust someone who was in their shoes last year far more than someone like me. A word from you is worth ten posters.",
          alt = {
            "Really? That's perfect. Students trust someone who was in their shoes a year ago far more than someone like me. One word from you beats ten posters.",
          },
          choices = {
            { "Shall we swap details, so you can send me something to pass on?", "exchange_contact", next = "contact" },
            { "Can I ask your advice on something? Big graduate schemes or smaller firms — how would you choose?",
              "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "Happy to. I'll let you two get back to the seal.", "exit_graceful" },
          },
        },
        node "advice" {
          says = "Honestly? Ignore the logo. Ask who you'd report to and what they did in their first two years. A good manager at a small firm beats a bad one at a big one.",
          choices = {
            { "That's really useful. Could I get your email, in case I have a follow-up question?",
              "exchange_contact", next = "contact" },
            { "Thank you — that helps. I'll let you get back to your evening.", "exit_graceful" },
          },
        },
        node "contact" {
          says = "Here — that's my own email, not the recruiting one. Put 'first-gen' in the subject. Have you met Farida properly, by the way? She runs a law centre.",
          alt = {
            "Here — my own email, not the recruiting one. Put 'first-gen' in the subject. Have you met Farida properly? She runs a law centre.",
          },
          choices = {
            { "I will. Lovely to meet you — enjoy the rest of the evening.", "exit_graceful" },
            { "Not properly — I'll go and say hello. Thanks, Tomás, I'll email you this week.", "exit_graceful" },
          },
        },
        node "cool_job" {
          says = "We are — applications are open until January, it's all on the website. I'm here as an alum tonight, though, so I'm honestly not the best person for the details.",
          choices = {
            { "Sorry, that was abrupt. I'm {name} — I'm really here to hear how people found their way.",
              "introduce_why", next = "why" },
            { "Thanks, I'll have a look at the website. Enjoy your evening.", "exit_graceful" },
            { "Could I just take a card, then? I'd like to keep an eye on the applications when they open.", "card_grab" },
          },
        },
        node "again" {
          says = "{name}! Good to see you again — I was hoping we'd get another proper chat. How's everything going?",
          choices = {
            { "Good, thanks! How's the mentoring scheme coming together?",
              "follow_up", uses = "mentoring", next = "scheme_news" },
            { "Still working out what's next, honestly. What brings you here tonight?",
              "ask_open", next = "scheme" },
            { "Good, thanks. Can I ask your advice? Big graduate schemes or smaller firms — how would you choose?",
              "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "Lovely to see you too. I won't keep you from Farida — enjoy the evening.", "exit_graceful" },
          },
        },
        node "scheme_news" {
          says = "Slowly! Thirty-one mentees, twelve mentors, hardly any engineers. March is coming fast — that's half of why I'm working this room tonight.",
          need = true,
          choices = {
            { "A few friends from my year just started jobs — two are engineers. Shall I ask them?",
              "offer_help", requires = { fact = "mentoring" }, next = "helped" },
            { "Can I ask your advice? Big graduate schemes or smaller firms — how would you choose?",
              "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "I hope you find them. Great to catch up — enjoy your evening.", "exit_graceful" },
          },
        },
      },
      returning = "again",
      followup = {
        reference = "mentoring",
        offer = "ask friends from my year who have just started jobs to sign up as mentors",
        request = "ask whether he'd look over my applications once the scheme has launched",
        reply_personal = "This is great — thank you for remembering the scheme! We still need mentors who've just started jobs, engineers especially. If any of your friends fancy it, send them my way. Coffee when it launches?",
        reply_generic = "Thanks for the message, and nice to meet you at the alumni evening. Do keep an eye on our graduate programme page.",
        reply_late = "Hi — sorry, remind me where we met? It's been a busy few weeks.",
      },
      maintenance = {
        { kind = "share_useful", uses = "mentoring",
          text = "Send Tomás a short guide to first meetings between mentors and mentees",
          reply = "The bit about not starting with CVs is exactly right. Stealing it, with credit." },
        { kind = "check_in", uses = "kayak",
          text = "Ask Tomás whether the seals have let him keep his kayak lately",
          reply = "We've reached an understanding: they get the rocks, I get the water. Mostly." },
        { kind = "coffee",
          text = "Invite Tomás for a coffee near his office",
          reply = "Yes! Thursday, half eight? I'll bring the list of mentors — you can tell me who's good." },
      },
    },

    ---------------------------------------------------------------------------------
    -- Farida Mansour: housing lawyer, brisk and funny, needs to be home by half eight.
    ---------------------------------------------------------------------------------
    person {
      id = "farida_mansour",
      name = "Farida Mansour", org = "Eastside Law Centre", role = "head of housing",
      traits = { openness = 0.6, introversion = 0.2, busy = 0.6 },
      interests = { "housing law", "tenants' rights", "the oud" },
      need = "volunteers to run the front desk at her Saturday tenancy-advice clinic",
      zone = "bar", at = { 12.2, 2.6 }, group = "bar_pair",
      met_before = 0,
      facts = {
        ashby_2010 = "lived three doors from Tomás in Ashby Hall in 2010",
        law_centre = "runs the housing team at Eastside Law Centre",
        clinic = "needs volunteers for the front desk of her Saturday tenancy-advice clinic",
        eviction = "went into housing law after a volunteer saved her family from eviction when she was fourteen",
        babysitter = "has to leave by half eight to relieve the babysitter",
      },
      -- Variation (docs/scenarios.md, "Variants"): the seed picks one mood and one version.
      moods = { "none", "rushed" },
      variants = {
        { id = "gran_flat",
          facts = { eviction = "went into housing law after a volunteer saved her gran's flat from eviction when she was sixteen" },
          says = { path = "My gran got an eviction notice when I was sixteen. A volunteer at a law centre sorted it in one afternoon, and I thought: I want to be that person. Cheesy, but true." } },
      },
      nodes = {
        node "hello" {
          says = "You've caught us reminiscing. Ashby Hall, 2010, fourth floor — the worst fire alarms in Europe. Were you in halls?",
          alt = {
            "We're reminiscing, sorry. Ashby Hall, 2010, fourth floor — the worst fire alarms in Europe. Were you in halls too?",
            "You've walked into a reunion. Ashby Hall, 2010, fourth floor: fire alarms every night at three. Did you live in halls?",
          },
          reveals = { "ashby_2010" },
          choices = {
            { "Hi, I'm {name} — I graduated last summer. How did you find work you care about?",
              "introduce_why", next = "why" },
            { "Ashby, second floor! Is the toaster that set off the alarm every Sunday still there?",
              "share", shares = true, next = "toaster" },
            { "I'm looking for a training contract, actually — I'm organised, hard-working, and I got a 2:1.",
              "pitch", next = "cool_pitch" },
            { "I'll leave you to the reminiscing. Enjoy your evening.", "exit_graceful" },
          },
        },
        node "toaster" {
          says = "The toaster! It set the alarm off every Sunday in 2010, and you're telling me it survived? Tomás, it survived. We stood in that car park in our pyjamas for a year.",
          common_ground = true,
          choices = {
            { "I'm {name}, by the way. I came to hear how people found work they care about.",
              "introduce_why", next = "why" },
            { "What did you study, back in the toaster years?", "ask_open", next = "why" },
            { "Long live the toaster. I'll let you two carry on with the reminiscing — enjoy it.", "exit_graceful" },
          },
        },
        node "why" {
          says = "I'm Farida — law, then housing. I run the housing team at Eastside Law Centre: evictions, mostly, and the odd landlord who thinks mould is a design feature.",
          alt = {
            "I'm Farida — law, then housing. I lead the housing team at Eastside Law Centre: evictions, mostly, and the odd landlord who thinks mould is part of the decor.",
          },
          reveals = { "law_centre" },
          choices = {
            { "How did you end up in housing law?", "follow_up", uses = "law_centre", next = "path" },
            { "What does a normal week look like for you?", "ask_open", next = "week" },
            { "It's good to meet you. I'll let you get back to Tomás.", "exit_graceful" },
          },
        },
        node "path" {
          says = "My family got an eviction notice when I was fourteen. A volunteer at a law centre sorted it in one afternoon, and I thought: I want to be that person. Cheesy, but true.",
          reveals = { "eviction" },
          choices = {
            { "Not cheesy at all. I picked my degree because of one teacher who took me seriously.",
              "share", shares = true, next = "one_person" },
            { "And is that what your work is like now?", "ask_open", next = "week" },
            { "Thank you for telling me that. I'll let you get back to your evening.", "exit_graceful" },
          },
        },
        node "one_person" {
          says = "Then you know. It's nearly always one person who takes you seriously. I try to remember that when I'm knackered on a Saturday.",
          alt = {
            "Then you know. It's almost always one person who takes you seriously. I try to remember that on a Saturday when I'm exhausted.",
          },
          common_ground = true,
          choices = {
            { "What happens on Saturdays?", "ask_open", next = "week" },
            { "I'll let you get back to Tomás. Good to meet you, Farida.", "exit_graceful" },
          },
        },
        node "week" {
          says = "Court in the mornings, phones all afternoon. And on Saturdays we run a tenancy clinic — which right now is me and a kettle. I need volunteers for the front desk.",
          alt = {
            "Court in the mornings, phones all afternoon. On Saturdays we run a tenancy clinic — currently me and a kettle. I need volunteers for the front desk.",
          },
          reveals = { "clinic" },
          need = true,
          choices = {
            { "I'm free most Saturdays. I could do the front desk — if you don't need a law degree for it?",
              "offer_help", requires = { fact = "clinic" }, next = "helped" },
            { "Who turns up to a Saturday clinic?", "follow_up", uses = "clinic", next = "saturdays" },
            { "Can I ask your advice? If I wanted to try law without paying for a conversion course first, where would I start?",
              "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "That sounds like a lot. I'll let you enjoy your night off.", "exit_graceful" },
          },
        },
        node "saturdays" {
          says = "Students with a deposit that vanished, a nurse whose ceiling fell in, a grandad with a letter he's too scared to open. Most just need someone calm to read it with them first.",
          choices = {
            { "I could be the calm person at the front desk — I'm free most Saturdays.",
              "offer_help", requires = { fact = "clinic" }, next = "helped" },
            { "Can I ask your advice? If I wanted to try law without paying for a conversion course first, where would I start?",
              "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "That's a lot to carry. I'll let you enjoy your night off.", "exit_graceful" },
          },
        },
        node "helped" {
          says = "You don't need a law degree. You need to be calm, kind, and able to spell 'deposit'. Honestly, you'd be a lifesaver.",
          alt = {
            "You don't need a law degree. You need to be calm, kind and able to spell 'deposit'. Honestly, you'd save us.",
          },
          choices = {
            { "Shall we swap numbers, and you can tell me when to turn up?", "exchange_contact", next = "contact" },
            { "Can I ask your advice? If I wanted to try law properly, where would I start?",
              "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "Great — I'll find the clinic online. Enjoy your evening.", "exit_graceful" },
          },
        },
        node "advice" {
          says = "Volunteer somewhere like ours for three months before you spend a penny. By week four you'll know whether you love it or hate it. Both are useful answers.",
          choices = {
            { "That's really helpful. Could we swap numbers?", "exchange_contact", next = "contact" },
            { "Thank you, that's exactly what I needed. I'll let you get back to Tomás.", "exit_graceful" },
          },
        },
        node "contact" {
          says = "Here — my mobile's on the back of the card. Message me any time. And sorry, I'll have to dash at half eight — babysitter.",
          alt = {
            "Here — my mobile's on the back. Message me whenever. And sorry, I have to run at half eight — babysitter.",
          },
          reveals = { "babysitter" },
          choices = {
            { "Of course. Thanks, Farida — I'll message you this week.", "exit_graceful" },
            { "I hope the babysitter's having an easy night. Lovely to meet you.", "exit_graceful" },
          },
        },
        node "cool_pitch" {
          says = "Right — well, good luck. Training contracts mostly go through the firms' own schemes. We're a charity, so we don't really take trainees, I'm afraid.",
          choices = {
            { "Sorry, that came out like a cover letter. I'm {name}. What's the work really like?",
              "introduce_why", next = "why" },
            { "Thanks, I'll look into it. Enjoy your evening.", "exit_graceful" },
            { "Could I take a card anyway, in case a training contract ever comes up at your firm?", "card_grab" },
          },
        },
        node "again" {
          says = "{name}! Hello again. I've got about twenty minutes before I turn into a pumpkin — what's new?",
          choices = {
            { "Not much! Who's been coming to the Saturday clinic lately?", "follow_up", uses = "clinic", next = "saturdays" },
            { "Good to see you! How's your week been?", "ask_open", next = "week" },
            { "Good to see you! Can I ask your advice? If I wanted to try law without a conversion course first, where would I start?",
              "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "Just wanted to say hello — I'll let you get back to Tomás.", "exit_graceful" },
          },
        },
      },
      returning = "again",
      followup = {
        reference = "clinic",
        offer = "help on the front desk at the Saturday tenancy clinic",
        request = "ask whether I could shadow a housing caseworker for a morning",
        reply_personal = "Brilliant, thank you for remembering the clinic. Saturdays are still short on the front desk, nine till one. You'd be welcome any time — bring a jumper, the heating's worse than Ashby's.",
        reply_generic = "Thanks for getting in touch. Our volunteering page has everything you need.",
        reply_late = "Hi! Sorry, it's been manic — who's this again?",
      },
      maintenance = {
        { kind = "share_useful", uses = "clinic",
          text = "Send Farida the dates of the student volunteering fair, so she can recruit for the clinic",
          reply = "You star. I'll bring the kettle and a sign. Maybe two signs." },
        { kind = "check_in", uses = "ashby_2010",
          text = "Send Farida a photo of the Ashby Hall toaster, still going",
          reply = "I have forwarded this to Tomás with no context. He'll know." },
      },
    },

    ---------------------------------------------------------------------------------
    -- Aoife Brennan: the player's first-year classmate (met before). Now a data
    -- reporter; needs honest graduates to interview.
    ---------------------------------------------------------------------------------
    person {
      id = "aoife_brennan",
      name = "Aoife Brennan", org = "The Northern Ledger", role = "data reporter",
      traits = { openness = 0.8, introversion = 0.4, busy = 0.3 },
      interests = { "data journalism", "local politics", "sea swimming" },
      need = "recent graduates to interview for a feature on the first year after university",
      zone = "bar", at = { 5, 2 },
      met_before = 1,
      facts = {
        stats_tutorials = "sat next to you in Professor Farahani's Tuesday stats tutorials in first year",
        ledger_job = "started as a data reporter at the Northern Ledger in September",
        grad_feature = "is writing a feature on graduates' first year of work and needs people to interview",
        sea_swim = "swims in the sea every Saturday with her mum, all winter",
      },
      nodes = {
        node "again" {
          says = "{name}! Oh my god — Tuesday stats tutorials, back row, the coin-flip homework! I haven't seen you since the graduation queue. How are you?",
          alt = {
            "{name}! No way — Tuesday stats tutorials, back row, the coin-flip homework! Not since the graduation queue. How are you?",
            "{name}?! Back row of Tuesday stats tutorials — the coin-flip homework! I haven't seen you since we queued for gowns. How are you doing?",
          },
          reveals = { "stats_tutorials" },
          choices = {
            { "Aoife! It's been ages. So, what are you up to now?",
              "introduce_why", next = "job" },
            { "Honestly? Still working out what I'm doing. It's so nice to see a familiar face in here.",
              "share", shares = true, next = "catch_up" },
            { "Professor Farahani's here, you know — at the oak table. I bet he still has the coin.",
              "follow_up", uses = "stats_tutorials", next = "farahani" },
            { "Great to see you! Quick — are you on LinkedIn? I'm adding everyone tonight.",
              "card_grab", next = "cool_card" },
            { "So good to see you! I'll come and find you later.", "exit_graceful" },
          },
        },
        node "job" {
          says = "I'm a data reporter at the Northern Ledger now — since September. Mostly council spending spreadsheets, which, honestly, I love. Farahani ruined me.",
          alt = {
            "I'm a data reporter at the Northern Ledger now, since September. Mostly council spending spreadsheets, which I honestly love. Farahani ruined me.",
          },
          reveals = { "ledger_job" },
          choices = {
            { "That sounds like a dream. I'm still job hunting; some days it's grim.",
              "share", shares = true, next = "catch_up_job" },
            { "What are you working on at the moment?", "ask_open", next = "feature" },
            { "That's brilliant, Aoife. I'll let you get your drink — catch you later, okay?", "exit_graceful" },
          },
        },
        node "catch_up" {
          says = "It's not all sorted for anyone, you know. I cried in the office toilets in week two. Everyone posts like they've got it figured out, and then you talk to them.",
          common_ground = true,
          choices = {
            { "So what are you working on at the Ledger right now?", "follow_up", uses = "ledger_job", next = "feature" },
            { "So what are you doing now?", "ask_open", next = "job" },
            { "That actually helps to hear. Let's talk more later.", "exit_graceful" },
          },
        },
        node "farahani" {
          says = "He's not! Oh, I have to say hello. He wrote 'be braver with your hypotheses' on my exam script and I think about it every single week.",
          common_ground = true,
          choices = {
            { "He wrote 'nearly' on mine. Just 'nearly'. I still don't know what it meant.",
              "share", shares = true, next = "catch_up" },
            { "So are you being braver with your hypotheses these days? What are you up to?",
              "ask_open", next = "job" },
            { "Go and find him! Let's catch up properly later.", "exit_graceful" },
          },
        },
        node "feature" {
          says = "I'm pitching a feature on the first year after graduating — the real version, rent and panics included. I need people who'll talk honestly. On the record, ideally.",
          alt = {
            "I'm pitching a feature on the first year after graduating — the real one, rent and panics and all. I need people who'll talk honestly, ideally on the record.",
          },
          reveals = { "grad_feature" },
          need = true,
          choices = {
            { "I'd talk to you — and I could ask a few people from our year who'd be honest too.",
              "offer_help", requires = { fact = "grad_feature" }, next = "helped" },
            { "What have people told you so far?", "follow_up", uses = "grad_feature", next = "so_far" },
            { "Can I ask you something? How did you actually land the Ledger job?",
              "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "That sounds great. I'll let you get your drink — talk later?", "exit_graceful" },
          },
        },
        node "so_far" {
          says = "That everyone's lonelier than they admit, and rent eats half of everything. But I've only got two voices, and my editor wants six by the end of the month.",
          alt = {
            "That everyone's lonelier than they let on, and rent eats half of everything. But I've only got two voices, and my editor wants six by the end of the month.",
          },
          choices = {
            { "Then let me be the third — and I'll ask a few honest people from our year.",
              "offer_help", requires = { fact = "grad_feature" }, next = "helped" },
            { "Can I ask you something? How did you actually land the Ledger job?",
              "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "I hope you find them. Let's catch up properly soon — I've missed this, honestly.", "exit_graceful" },
          },
        },
        node "helped" {
          says = "Really? That would be amazing. Six voices is a lot when everyone's shy. I'll buy the coffees — and the cake, if you bring friends.",
          alt = {
            "Really? That would be amazing. Six voices is a lot when everybody's shy. I'll buy the coffees — and cake, if you bring friends.",
          },
          choices = {
            { "Let's swap numbers properly — I think I lost yours with my old phone.", "exchange_contact", next = "contact" },
            { "Can I ask you something? How did you actually land the Ledger job?",
              "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "Deal. I'll message you this week, and I'll ask around our year too.", "exit_graceful" },
          },
        },
        node "advice" {
          says = "Honestly? I sent the editor a chart I'd made about bus delays, with a two-line note. No CV. She said nobody had ever sent her something she could print. Make a thing, send it to a person.",
          choices = {
            { "That's such good advice. Let's swap numbers so I don't lose you again.", "exchange_contact", next = "contact" },
            { "I'm going to steal that. So good to see you, Aoife.", "exit_graceful" },
          },
        },
        node "contact" {
          says = "There, saved. And if you ever want a freezing swim, I go in the sea every Saturday with my mum. She says it builds character. I say it builds screaming.",
          alt = {
            "Saved. And if you ever fancy a freezing swim, I go in the sea every Saturday with my mum. She says it builds character; I say it builds screaming.",
          },
          reveals = { "sea_swim" },
          choices = {
            { "I'll message you about the interviews this week. So good to see you.", "exit_graceful" },
            { "Every Saturday? Even in November?", "follow_up", uses = "sea_swim", next = "swim" },
          },
        },
        node "swim" {
          says = "Even now! Eleven degrees. You scream for the first minute, then you feel amazing for the rest of the day. Come one week — my mum will adopt you.",
          choices = {
            { "You've nearly convinced me. I'll message you this week — so good to see you.", "exit_graceful" },
            { "I'll come once. Just once. Lovely to catch up, Aoife.", "exit_graceful" },
          },
        },
        node "cool_card" {
          says = "Oh — um, sure, I'm on there. Aoife Brennan: A-O-I-F-E, nobody gets it first time. I'm just waiting on a drink, so…",
          choices = {
            { "Sorry, that was a lot. How are you, really?",
              "ask_open", next = "job" },
            { "No worries — I'll let you get your drink. Good to see you.", "exit_graceful" },
          },
        },
        node "catch_up_job" {
          says = "Oh, it gets better. I cried in the office toilets in week two, you know. Everyone posts like they've got it figured out, and then you talk to them.",
          alt = {
            "It gets better, honestly. I cried in the office toilets in week two. Everyone posts as if they've got it sorted, and then you actually talk to them.",
          },
          common_ground = true,
          choices = {
            { "That actually helps. So what are you working on at the Ledger right now?", "follow_up", uses = "ledger_job", next = "feature" },
            { "That helps to hear, honestly. Let's talk more later.", "exit_graceful" },
          },
        },
      },
      returning = "again",
      followup = {
        reference = "grad_feature",
        offer = "be interviewed for the feature, and ask two friends from our year",
        request = "ask whether she'd look at a chart I've been making",
        reply_personal = "You legend — you remembered the feature! I still need a few people to talk about their first year of work. If you or anyone from our year is up for it, I'll buy the cake.",
        reply_generic = "Hey! Nice to see you the other night. Let's get a coffee sometime.",
        reply_late = "Hiya — sorry, the feature went to print last week, but let's catch up anyway!",
      },
      maintenance = {
        { kind = "congratulate", uses = "grad_feature",
          text = "Congratulate Aoife when her graduates feature is published",
          reply = "Thank you!! My editor says it's the most-read thing this month. Your bit about rent got quoted by a councillor." },
        { kind = "check_in", uses = "sea_swim",
          text = "Ask Aoife whether she's still braving the Saturday swims",
          reply = "Every week! Nine degrees now. My mum asked after you, by the way." },
      },
    },

    ---------------------------------------------------------------------------------
    -- Professor Hamid Farahani: retired statistician who taught everyone's first-year
    -- stats. Collecting memories of the Old Library.
    ---------------------------------------------------------------------------------
    person {
      id = "hamid_farahani",
      name = "Hamid Farahani", org = "Department of Statistics", role = "professor emeritus",
      traits = { openness = 0.85, introversion = 0.5, busy = 0.2 },
      interests = { "oral history", "probability puzzles", "his allotment", "Persian poetry" },
      need = "alumni willing to record their memories of the Old Library for an oral-history archive",
      zone = "hall", at = { 7, 8 }, group = "oak_table",
      met_before = 0,
      facts = {
        taught_stats = "taught first-year statistics here for thirty-one years before retiring last year",
        coin = "still carries the 1979 ten-pence coin he flipped at the start of every first lecture",
        oral_history = "is collecting memories of the Old Library for an oral-history archive and needs people to record them",
        allotment = "grows Persian cucumbers from his mother's seeds and is losing a long war with the slugs",
      },
      moods = { "chatty", "none" },
      nodes = {
        node "hello" {
          says = "Ah, a new face at the table. Come, come — we are arguing about whether the Old Library clock was ever right. Nomvula says never.",
          alt = {
            "Ah, someone new at the table. Come, sit — we're arguing about whether the Old Library clock was ever right. Nomvula says never.",
            "A new face! Come, join us. The question tonight: was the Old Library clock ever right? Nomvula says not once.",
          },
          choices = {
            { "Hi, I'm {name}. I was in your first-year statistics lectures — I came to say thank you.",
              "introduce_why", next = "student" },
            { "Surely it was right twice a day?", "small_talk", next = "clock" },
            { "Professor, I'm looking for a research assistant job — do you have anything, or know anyone who does?",
              "pitch", next = "cool_pitch" },
            { "I'll let you settle the clock question. Enjoy your evening.", "exit_graceful" },
          },
        },
        node "clock" {
          says = "Spoken like a statistician! I'm Hamid. I taught the first-year statistics here for thirty-one years, so perhaps I taught you that joke.",
          reveals = { "taught_stats" },
          choices = {
            { "You did! I'm {name} — I was in your lectures. I came to say thank you.",
              "introduce_why", next = "student" },
            { "Thirty-one years! What's keeping you busy now that you've finally retired?", "ask_open", next = "archive" },
            { "It's a pleasure to meet you. I'll leave you to the clock.", "exit_graceful" },
          },
        },
        node "student" {
          says = "Really? That is very kind. Thirty-one years of first-years — forgive me if I don't remember every face. Did I do the coin?",
          alt = {
            "Really? How kind. Thirty-one years of first-years — forgive me if I don't remember every face. Did I do the coin with you?",
          },
          reveals = { "taught_stats", "coin" },
          choices = {
            { "Every lecture. Do you still carry it?", "follow_up", uses = "coin", next = "coin_story" },
            { "Every lecture. I still flip a coin when I can't decide something — and then notice which way I was hoping it would land.",
              "share", shares = true, next = "lesson" },
            { "What are you doing with your time, now the lectures are over?", "ask_open", next = "archive" },
            { "I just wanted to say thank you. Enjoy your evening, Professor.", "exit_graceful" },
          },
        },
        node "coin_story" {
          says = "Always. 1979 — my first week in this country, I flipped it to decide whether to stay. It said go home. I felt so disappointed that I stayed. It has been in every lecture since.",
          alt = {
            "Always. 1979, my first week in this country: I flipped it to decide whether to stay. It said go home. I was so disappointed that I stayed. It has been in every lecture since.",
          },
          choices = {
            { "I still do that — flip a coin, then notice which way I was hoping it'd land.",
              "share", shares = true, next = "lesson" },
            { "What are you doing with yourself now, without the lectures?", "ask_open", next = "archive" },
            { "What a story. Thank you for telling it — and enjoy the rest of your evening, Professor.", "exit_graceful" },
          },
        },
        node "lesson" {
          says = "Exactly! The coin tells you nothing about the future, only what you already wanted. You were paying attention. After thirty-one years, that still makes my week.",
          common_ground = true,
          choices = {
            { "What are you doing with yourself now, without the lectures?", "ask_open", next = "archive" },
            { "Can I ask your advice? I'm torn between a master's and just starting work.",
              "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "It stuck with me. Thank you, Professor.", "exit_graceful" },
          },
        },
        node "archive" {
          says = "Pestering people, mainly. The library wants an oral history of the old building — who studied where, who fell in love in the stacks. I need voices, and the young ones are shy of a microphone.",
          alt = {
            "Mostly pestering people. The library wants an oral history of the old building — who studied where, who fell in love in the stacks. I need voices, and the young ones are shy of microphones.",
          },
          reveals = { "oral_history" },
          need = true,
          choices = {
            { "I'd record something — I had first year in there before it closed. And I could ask people from my year.",
              "offer_help", requires = { fact = "oral_history" }, next = "helped" },
            { "What's the best story you've recorded so far?", "follow_up", uses = "oral_history", next = "best_story" },
            { "That sounds like a lovely project. I won't keep you from the clock debate.", "exit_graceful" },
          },
        },
        node "best_story" {
          says = "A retired judge told me he proposed in the periodicals room in 1971. She said no. They married in 1973. He says the library taught him patience.",
          choices = {
            { "I'd love to add ours — and I could round up a few people from my year.",
              "offer_help", requires = { fact = "oral_history" }, next = "helped" },
            { "Can I ask your advice? I'm torn between a master's and just starting work.",
              "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "That's wonderful. Thank you — enjoy your evening.", "exit_graceful" },
          },
        },
        node "helped" {
          says = "Would you? Wonderful. Fifteen minutes, a quiet room, one of those little microphones. It's the recent years we are missing.",
          alt = {
            "Would you? Wonderful. Fifteen minutes, a quiet room and one of those little microphones. It's the recent years we're missing.",
          },
          choices = {
            { "How do I book a slot — can I give you my email?", "exchange_contact", next = "contact" },
            { "Can I ask your advice? I'm torn between a master's and just starting work.",
              "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "I'll find the archive online. Thank you, Professor.", "exit_graceful" },
          },
        },
        node "advice" {
          says = "Start with the question, not the degree. If there's a question you can't stop asking, a master's is a gift. If not, work for a year — the question usually finds you.",
          choices = {
            { "Thank you. Could I stay in touch — may I have your email?", "exchange_contact", next = "contact" },
            { "That's exactly what I needed to hear. Thank you.", "exit_graceful" },
          },
        },
        node "contact" {
          says = "Here — my email, and the archive's underneath. I answer slowly; in summer I'm at war with the slugs on my allotment. Thank you for coming over. Old men like to be remembered.",
          alt = {
            "Here — my email, and the archive's below it. I reply slowly; in summer I'm at war with the slugs on my allotment. Thank you for coming over. Old men like being remembered.",
          },
          reveals = { "allotment" },
          choices = {
            { "Thank you for the coin, Professor. I'll write this week.", "exit_graceful" },
            { "Good luck against the slugs — I hope the cucumbers win.", "follow_up", uses = "allotment" },
          },
        },
        node "cool_pitch" {
          says = "Ah. I'm retired, I'm afraid — my research budget is a watering can. The department advertises its assistant posts on the website; Dr Osei runs the lab now.",
          choices = {
            { "Sorry — let me start again. I'm {name}. Really, I came to say thank you.",
              "introduce_why", next = "student" },
            { "Thank you, I'll look there. Enjoy your evening.", "exit_graceful" },
            { "Could I take your email anyway, in case something comes up?", "card_grab" },
          },
        },
        node "again" {
          says = "{name}! How nice — you came back to the old man's table. Sit, sit. Have you been flipping coins?",
          choices = {
            { "Only for the hard decisions. How's the oral-history archive coming along?",
              "follow_up", uses = "oral_history", next = "best_story" },
            { "What have you been up to, Professor?", "ask_open", next = "archive" },
            { "Only for the hard decisions. Can I ask your advice? I'm torn between a master's and just starting work.",
              "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "Just wanted to say hello again. Enjoy your evening, Professor.", "exit_graceful" },
          },
        },
      },
      returning = "again",
      followup = {
        reference = "oral_history",
        offer = "record a memory of the Old Library and bring two friends from my year",
        request = "ask whether he'd have coffee to talk about master's courses",
        reply_personal = "Splendid, thank you for writing. The archive is still gathering memories of the Old Library. If you have one to spare, or know someone who has, we record on Tuesday afternoons.",
        reply_generic = "Thank you for your kind note. It was a pleasant evening.",
        reply_late = "Thank you for writing. Forgive me — remind me which year you were?",
      },
      maintenance = {
        { kind = "share_useful", uses = "allotment",
          text = "Send Professor Farahani a gardener's guide to keeping slugs off cucumbers",
          reply = "Copper tape! I shall run a controlled trial: one bed with, one without. Results in June." },
        { kind = "check_in", uses = "oral_history",
          text = "Ask Professor Farahani how the oral-history archive is growing",
          reply = "Sixty voices now, eleven from the last decade — three of them thanks to you." },
        { kind = "coffee",
          text = "Invite Professor Farahani for a coffee on campus",
          reply = "With pleasure. I will bring the coin; you bring a question." },
      },
    },

    ---------------------------------------------------------------------------------
    -- Nomvula Mahlangu: water engineer, class of 1998, scouting for her nervous son.
    ---------------------------------------------------------------------------------
    person {
      id = "nomvula_mahlangu",
      name = "Nomvula Mahlangu", org = "Eastbrook Water", role = "head of network resilience",
      traits = { openness = 0.55, introversion = 0.55, busy = 0.5 },
      interests = { "flood modelling", "choral singing", "cycling" },
      need = "a recent student to give her son an honest picture of first year before he starts",
      zone = "hall", at = { 8.2, 8.6 }, group = "oak_table",
      met_before = 0,
      facts = {
        class_1998 = "studied civil engineering here and graduated in 1998",
        eastbrook = "keeps the city's water and drainage network working through floods and freezes at Eastbrook Water",
        floods = "spent four months last winter rebuilding the city's flood model after the Wend burst its banks",
        son_starting = "her son Thabo has just been offered a place to study engineering here next September, and is quietly terrified",
        choir = "sings alto in a community choir performing the Fauré Requiem next month",
      },
      nodes = {
        node "hello" {
          says = "Hamid, let them sit down before you start on the clock. Hello — ignore us. Are you one of the recent ones? You look terrifyingly young.",
          alt = {
            "Hamid, let them sit before you start on the clock. Hello — ignore us. Are you one of the recent ones? You look alarmingly young.",
            "Hello, come in — Hamid, not the clock again. Are you a recent graduate? You look frighteningly young.",
          },
          choices = {
            { "I am — I'm {name}, I graduated last summer. How did your career unfold?",
              "introduce_why", next = "why" },
            { "Recent, yes. Was the clock really never right?", "small_talk", next = "clock" },
            { "I see you're at Eastbrook Water — do you know if you have any graduate openings?",
              "ask_job", next = "cool_job" },
            { "I'll let you two settle the clock. Enjoy the evening.", "exit_graceful" },
          },
        },
        node "clock" {
          says = "Never. I timed it in 1996, for a week — it lost four minutes a day. Hamid called it a biased estimator and gave me extra credit.",
          choices = {
            { "That's brilliant. I'm {name} — I came to hear how people's careers unfolded.",
              "introduce_why", next = "why" },
            { "I'll leave you to your evidence. Nice to meet you.", "exit_graceful" },
          },
        },
        node "why" {
          says = "Unfolded is generous. I'm Nomvula — civil engineering, class of '98. I meant to build bridges and ended up in drains. Network resilience at Eastbrook. More exciting than it sounds.",
          alt = {
            "Unfolded is kind. I'm Nomvula — civil engineering, class of '98. I meant to build bridges and ended up in drains: network resilience at Eastbrook. It's more exciting than it sounds.",
          },
          reveals = { "class_1998", "eastbrook" },
          choices = {
            { "More exciting how? What's the most dramatic thing in drains?", "follow_up", uses = "eastbrook", next = "floods" },
            { "What does network resilience mean, day to day?", "ask_open", next = "floods" },
            { "Good to meet you, Nomvula. I'll let you get back to Hamid and the clock.", "exit_graceful" },
          },
        },
        node "floods" {
          says = "When the Wend burst its banks last winter, our flood model was useless. I rebuilt it over four months, Christmas included. When it rained in March, it was right to the centimetre. Nobody noticed.",
          alt = {
            "Last winter the Wend burst its banks and our flood model was worthless. I spent four months rebuilding it, Christmas too. In March it rained, and the model was right to the centimetre. Not a soul noticed.",
          },
          reveals = { "floods" },
          choices = {
            { "I know that quiet pride. My dissertation was like that — nobody cared but me.",
              "share", shares = true, next = "quiet_ones" },
            { "Is that what brought you back tonight, or something else?", "ask_open", next = "son" },
            { "That's impressive, honestly. I'll think of you next time it pours. Good to meet you.", "exit_graceful" },
          },
        },
        node "quiet_ones" {
          says = "Exactly. The quiet satisfactions are the ones that last. Hamid taught me that in 1995, with a coin and a very bad joke.",
          common_ground = true,
          choices = {
            { "What brought you back tonight?", "ask_open", next = "son" },
            { "Can I ask your advice? How did you choose where to start, when you graduated?",
              "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "I'll let you get back to Hamid. Lovely to meet you.", "exit_graceful" },
          },
        },
        node "son" {
          says = "Honestly? Reconnaissance. My son Thabo's just been offered a place in engineering here, and he's quietly terrified. I tell him it's fine, but I'm his mother — he doesn't believe a word.",
          alt = {
            "Honestly? Reconnaissance. My son Thabo's just been offered a place in engineering here, and he's quietly terrified. I say it'll be fine, but I'm his mother, so he doesn't believe me.",
          },
          reveals = { "son_starting" },
          need = true,
          choices = {
            { "I was nervous too. I'd be happy to have a coffee with him and give him the honest version — what's hard and what isn't.",
              "offer_help", requires = { fact = "son_starting" }, next = "helped" },
            { "What's he most nervous about?", "follow_up", uses = "son_starting", next = "worry" },
            { "He'll be fine — he's got you. Lovely to meet you, Nomvula.", "exit_graceful" },
          },
        },
        node "worry" {
          says = "Living with strangers, mainly. And that everyone else will already know what they're doing. He's a quiet boy. He builds things — he doesn't talk about them.",
          choices = {
            { "Nobody knows what they're doing in first week. I'd happily tell him that over a coffee, if it would help.",
              "offer_help", requires = { fact = "son_starting" }, next = "helped" },
            { "I was like that. What kept me going was small things — one lab that finally worked, one good friend. Nobody else noticed.",
              "share", shares = true, next = "quiet_after" },
            { "I hope he loves it. Good to meet you, Nomvula.", "exit_graceful" },
          },
        },
        node "helped" {
          says = "Would you? He'd listen to you far more than to me — you're not embarrassing. Thank you. Genuinely.",
          alt = {
            "Would you? He'd listen to you far more than me — you're not embarrassing. Thank you. Really.",
          },
          choices = {
            { "Shall I give you my number to pass on to him?", "exchange_contact", next = "contact" },
            { "Can I ask your advice in return? How did you choose where to start, when you graduated?",
              "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "Of course. I'll let you get back to Hamid and the clock.", "exit_graceful" },
          },
        },
        node "advice" {
          says = "I followed the people, not the projects. My first boss argued with me properly and let me be wrong. Find someone like that and stay two years.",
          choices = {
            { "That's good advice. Could we swap numbers?", "exchange_contact", next = "contact" },
            { "Thank you — I'll remember that. Enjoy the rest of the evening.", "exit_graceful" },
          },
        },
        node "contact" {
          says = "Here — take my number too. And if you like choirs, we're singing the Fauré Requiem next month. I'm the loud alto.",
          alt = {
            "Here, have my number as well. And if you like choirs, we're singing the Fauré Requiem next month. I'm the loud alto.",
          },
          reveals = { "choir" },
          choices = {
            { "Thank you, Nomvula. Enjoy the rest of the evening.", "exit_graceful" },
            { "I've never heard the Fauré live — I might come and find the loud alto.",
              "follow_up", uses = "choir" },
          },
        },
        node "cool_job" {
          says = "We do take graduates, yes — it's all on the careers page, closing in February. I'm not in recruitment, though, so I'm not much use on the details.",
          choices = {
            { "Sorry, that was blunt. I'm {name} — I came to hear how people's careers unfolded.",
              "introduce_why", next = "why" },
            { "Thanks, I'll look there. Enjoy the evening.", "exit_graceful" },
            { "Could I take your card, so I can send you my CV? I'd really like to work in water.", "card_grab" },
          },
        },
        node "again" {
          says = "{name}, hello again. Hamid's on about the clock again, so you've rescued me. How are you?",
          choices = {
            { "I'm well! How's Thabo feeling about next year?", "follow_up", uses = "son_starting", next = "worry" },
            { "Good, thanks. Any more floods to tame?", "ask_open", next = "floods" },
            { "I'm well. Can I ask your advice? How did you choose where to start, when you graduated?",
              "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "Just saying hello — I'll leave you to the clock. Enjoy the evening.", "exit_graceful" },
          },
        },
        node "quiet_after" {
          says = "Exactly — the small things. That's what I keep telling him, and he won't hear it from me. He might hear it from someone who was there last year.",
          common_ground = true,
          choices = {
            { "Then let me tell him. I'd happily meet him for a coffee before term starts.",
              "offer_help", requires = { fact = "son_starting" }, next = "helped" },
            { "Can I ask your advice? How did you choose where to start, when you graduated?",
              "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "He'll find his one good friend. Lovely to meet you, Nomvula.", "exit_graceful" },
          },
        },
      },
      returning = "again",
      followup = {
        reference = "son_starting",
        offer = "have a coffee with Thabo before he starts in September",
        request = "ask whether I could shadow her team for a day",
        reply_personal = "Thank you for asking after Thabo — it touched me. He is still quietly terrified, but better for hearing that people here are kind. I'll tell him you wrote.",
        reply_generic = "Thank you for your email. It was nice to meet you at the reception.",
        reply_late = "Hello — apologies, I've been buried in a flood report. Remind me where we met?",
      },
      maintenance = {
        { kind = "congratulate", uses = "choir",
          text = "Congratulate Nomvula on the choir's Fauré Requiem",
          reply = "Thank you! The altos were magnificent, obviously. The tenors will recover." },
        { kind = "check_in", uses = "son_starting",
          text = "Ask Nomvula how Thabo is feeling about September",
          reply = "Better since your coffee. He's started a list of questions, which for him is practically a speech." },
      },
    },

    ---------------------------------------------------------------------------------
    -- Ola Bankole: the council's youngest member, fighting for the night bus.
    ---------------------------------------------------------------------------------
    person {
      id = "ola_bankole",
      name = "Ola Bankole", org = "City Council (Westgate ward)", role = "city councillor",
      traits = { openness = 0.7, introversion = 0.25, busy = 0.7 },
      interests = { "public transport", "five-a-side football", "local democracy" },
      need = "students and recent graduates to answer the night-bus consultation before it closes on Friday",
      zone = "hall", at = { 7.3, 9.3 }, group = "oak_table",
      met_before = 0,
      facts = {
        councillor = "was elected councillor for Westgate in May, at twenty-five",
        no_ceremony = "graduated in 2020 and never had a graduation ceremony because of lockdown",
        night_bus = "needs young people to respond to the night-bus consultation before it closes on Friday",
        five_a_side = "plays five-a-side every Wednesday and calls herself the team's worst goalkeeper",
      },
      moods = { "none", "rushed", "chatty" },
      nodes = {
        node "hello" {
          says = "Oh, hi! Come and stand here, there's room. Nomvula's been explaining flood defences and I've understood about half. Did you study here too?",
          alt = {
            "Hi! Come and stand here, there's space. Nomvula's been explaining flood defences and I've followed about half. Did you study here too?",
            "Oh, hello! Squeeze in. I've just had a lecture on flood defences and understood maybe half. Are you a graduate here too?",
          },
          choices = {
            { "I did — I'm {name}, class of last summer. I came to meet people doing local work.",
              "introduce_why", next = "why" },
            { "I did. Best part was the night bus home from the library, honestly.", "small_talk", next = "bus" },
            { "I did! I'm really into politics — could you get me an internship at the council, maybe?",
              "pitch", next = "cool_pitch" },
            { "I'll let you get back to the flood defences. Enjoy the evening!", "exit_graceful" },
          },
        },
        node "why" {
          says = "Then you're in luck, I'm very local. Ola Bankole — councillor for Westgate. Elected in May at twenty-five, which my mum still tells strangers at the bus stop.",
          alt = {
            "You're in luck — I'm very local. Ola Bankole, councillor for Westgate. Elected in May at twenty-five, which my mum still tells strangers at the bus stop.",
          },
          reveals = { "councillor" },
          choices = {
            { "Twenty-five! What made you stand?", "follow_up", uses = "councillor", next = "stand" },
            { "What are you working on at the moment?", "ask_open", next = "consultation" },
            { "Great to meet you, Ola. I'll let you get back to the table.", "exit_graceful" },
          },
        },
        node "stand" {
          says = "Spite, mostly. Ha — no. I graduated in 2020: no ceremony, no jobs, and then the last night bus to my estate got cut. I wrote a lot of angry emails, and someone said: stand, then.",
          alt = {
            "Spite, mostly. Ha — no. I graduated in 2020: no ceremony, no jobs, and then they cut the last night bus to my estate. I wrote a lot of angry emails, and someone said: so stand.",
          },
          reveals = { "no_ceremony" },
          choices = {
            { "I relied on that night bus all through my degree — the last one from outside the library.",
              "share", shares = true, next = "bus_after" },
            { "No ceremony at all? Did you ever get to wear the gown?", "follow_up", uses = "no_ceremony", next = "gown" },
            { "What are you fighting for now?", "ask_open", next = "consultation" },
            { "Good for you. Spite well spent — lovely to meet you.", "exit_graceful" },
          },
        },
        node "gown" {
          says = "My mum made me wear it in the garden and took forty photos. The neighbours clapped. Honestly, it's still my favourite graduation story, and it isn't even a real one.",
          choices = {
            { "Better than ours — two hours of rain. The best bit was the 11:40 night bus home.",
              "share", shares = true, next = "bus_after" },
            { "So what are you working on at the council now?", "ask_open", next = "consultation" },
            { "Your mum sounds brilliant — I hope she framed the photo. Lovely to meet you, Ola.", "exit_graceful" },
          },
        },
        node "bus" {
          says = "The 11:40 from outside the library! My whole finals were on that bus. Everyone asleep, one person always eating chips. That bus is literally why I'm in politics.",
          common_ground = true,
          choices = {
            { "I'm {name}, by the way — I came to meet people doing local work.",
              "introduce_why", next = "why" },
            { "Is the bus still a fight?", "ask_open", next = "consultation" },
            { "Long live the 11:40 — it got me through my finals. Great to meet you, Ola.", "exit_graceful" },
          },
        },
        node "consultation" {
          says = "The night-bus consultation closes on Friday, and so far it's mostly retired drivers replying — lovely, but they're not on the 11:40. I need students to fill it in.",
          alt = {
            "The night-bus consultation closes on Friday, and so far it's mostly retired drivers replying — lovely people, but they're not on the 11:40. I need students to fill it in.",
          },
          reveals = { "night_bus" },
          need = true,
          choices = {
            { "I'm still in a few student group chats — I could post the link tonight and nag people.",
              "offer_help", requires = { fact = "night_bus" }, next = "helped" },
            { "What happens if not enough students reply?", "follow_up", uses = "night_bus", next = "stakes" },
            { "Good luck on Friday — I hope the 11:40 survives.", "exit_graceful" },
          },
        },
        node "stakes" {
          says = "If not enough people reply, the route gets 'rationalised' — council for 'cut'. Numbers talk in that committee room. Give me two hundred replies and I can fight for it.",
          choices = {
            { "Then let me help — I'll share it in every group chat I'm still in.",
              "offer_help", requires = { fact = "night_bus" }, next = "helped" },
            { "Can I ask your advice? If I wanted to work in local government, where would I start?",
              "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "I'll fill it in myself tonight. Good to meet you, Ola.", "exit_graceful" },
          },
        },
        node "helped" {
          says = "Would you? That's brilliant. A link in the right group chat beats a thousand leaflets. I'll send it to you right now — what's your number?",
          alt = {
            "Would you? Brilliant. A link in the right group chat beats a thousand leaflets. I'll send it over now — what's your number?",
          },
          choices = {
            { "Here — and send me anything else you need shared.", "exchange_contact", next = "contact" },
            { "Can I ask your advice? If I wanted to work in local government, where would I start?",
              "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "I'll find it on the council website. Good luck on Friday!", "exit_graceful" },
          },
        },
        node "advice" {
          says = "Go to a council meeting. Sit in the public gallery — it's free, and nobody does it. You'll learn who actually decides things, and it's rarely who you'd think.",
          choices = {
            { "I'll go to the next one. Can we swap numbers?", "exchange_contact", next = "contact" },
            { "That's brilliant advice. Thanks, Ola.", "exit_graceful" },
          },
        },
        node "contact" {
          says = "Done — link's on its way. And if you play football, we've a five-a-side on Wednesdays and we desperately need someone better than me in goal. Anyone. Truly.",
          reveals = { "five_a_side" },
          choices = {
            { "I'll post it tonight. Great to meet you, Ola.", "exit_graceful" },
            { "I'm a terrible goalkeeper too, but I'll come one Wednesday.", "share", shares = true },
          },
        },
        node "cool_pitch" {
          says = "I can't really hand out internships, sorry — that'd be a small scandal. The council runs a graduate scheme, though; applications open in spring.",
          choices = {
            { "Fair enough — sorry. I'm {name}. How do people end up in local politics?",
              "introduce_why", next = "why" },
            { "Thanks, I'll look out for it. Enjoy the evening.", "exit_graceful" },
            { "Have you got a card? I'll send you my CV anyway, in case anything comes up.", "card_grab" },
          },
        },
        node "again" {
          says = "{name}! Hello again — please tell me you've come to talk about buses.",
          choices = {
            { "I have, actually. Is the 11:40 still under threat?", "follow_up", uses = "night_bus", next = "stakes" },
            { "What are you working on at the moment?", "ask_open", next = "consultation" },
            { "Not today — can I ask your advice instead? If I wanted to work in local government, where would I start?",
              "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "Just saying hello — I'll leave you to the flood defences.", "exit_graceful" },
          },
        },
        node "bus_after" {
          says = "The 11:40 from outside the library! Then you know exactly what I'm fighting for. Everyone asleep, one person always eating chips. I'm not letting them cut it.",
          common_ground = true,
          choices = {
            { "Is the bus still a fight?", "ask_open", next = "consultation" },
            { "Long live the 11:40. Great to meet you, Ola.", "exit_graceful" },
          },
        },
      },
      returning = "again",
      followup = {
        reference = "night_bus",
        offer = "share the night-bus consultation link in my old course group chats",
        request = "ask whether I could sit in on a ward surgery one Saturday",
        reply_personal = "You remembered the night-bus consultation — thank you! It closes on Friday and we're still short of young voices. Any sharing helps; the link's on the council website.",
        reply_generic = "Thanks for getting in touch! You can find all our consultations on the council website.",
        reply_late = "Hey! Thanks — the consultation closed a couple of weeks ago, but the result's on the website.",
      },
      maintenance = {
        { kind = "congratulate", uses = "night_bus",
          text = "Congratulate Ola when the council keeps the 11:40 night bus",
          reply = "WE DID IT. Two hundred and sixty replies. The 11:40 lives. Chips on me." },
        { kind = "check_in", uses = "five_a_side",
          text = "Ask Ola whether the five-a-side team has found a goalkeeper yet",
          reply = "No, and we lost 9–2 last week. The offer stands. Please." },
      },
    },

    ---------------------------------------------------------------------------------
    -- Kenji Morimoto: physics teacher, tired on a Thursday, looking for speakers.
    ---------------------------------------------------------------------------------
    person {
      id = "kenji_morimoto",
      name = "Kenji Morimoto", org = "Hollins Park Academy", role = "physics teacher",
      traits = { openness = 0.65, introversion = 0.65, busy = 0.4 },
      interests = { "teaching physics", "stage lighting", "bouldering" },
      need = "recent graduates to talk to his sixth-formers at the school's careers week in February",
      zone = "hall", at = { 12, 11 }, group = "theatre",
      met_before = 0,
      facts = {
        lighting = "did the lighting for the student theatre society for four years, hanging the rigs Marta designed",
        teaching = "teaches physics at Hollins Park Academy, a state school across the river",
        careers_week = "needs recent graduates to talk to his sixth-formers at careers week in February",
        bouldering = "goes bouldering on Tuesdays to stop himself marking all evening",
      },
      moods = { "none", "tired" },
      nodes = {
        node "hello" {
          says = "Hello! Marta and I are trying to work out whether that's the same lighting rig we hung in 2015. I think it is. Which is terrifying.",
          alt = {
            "Hi! Marta and I are trying to decide if that's the same lighting rig we hung in 2015. I think it is, which is frightening.",
            "Hello! We're staring at the ceiling because that might be the lighting rig we hung in 2015. I'm fairly sure it is.",
          },
          choices = {
            { "Hi, I'm {name} — I graduated last summer. What did you do after your degree?",
              "introduce_why", next = "why" },
            { "You two did the theatre lighting here?", "small_talk", next = "rig" },
            { "Hi — sorry to interrupt, could I grab your contact details before I miss you?",
              "card_grab", next = "cool_card" },
            { "I'll leave you to the rig. Enjoy your evening.", "exit_graceful" },
          },
        },
        node "rig" {
          says = "Four years of it. Marta designed, I climbed the ladders. We once lit a whole Macbeth from a car battery when the power went. Best show we ever did.",
          reveals = { "lighting" },
          choices = {
            { "I'm {name}, by the way — I came to hear what people did after their degrees.",
              "introduce_why", next = "why" },
            { "That's a great story. I'll let you two carry on.", "exit_graceful" },
          },
        },
        node "why" {
          says = "Well, I'm one data point. I'm Kenji — physics, class of 2017, and now I teach it, at Hollins Park across the river. Which surprised me more than anyone.",
          alt = {
            "Well, I'm one data point. I'm Kenji — physics, class of 2017, and now I teach it at Hollins Park, across the river. Nobody was more surprised than me.",
          },
          reveals = { "teaching" },
          choices = {
            { "What surprised you about ending up teaching?", "follow_up", uses = "teaching", next = "surprise" },
            { "What's on your plate at school at the moment?", "ask_open", next = "careers" },
            { "Good to meet you, Kenji. I'll let you get back to Marta.", "exit_graceful" },
          },
        },
        node "surprise" {
          says = "I meant to do a PhD. Then I volunteered at a Saturday science club, and a kid built a motor from a nail and a battery and screamed when it spun. I was done for.",
          alt = {
            "I was going to do a PhD. Then I volunteered at a Saturday science club, and a kid built a motor from a nail and a battery and shrieked when it spun. That was it for me.",
          },
          choices = {
            { "I had a teacher like that. She kept me behind to finish a circuit, and I chose my degree because of her.",
              "share", shares = true, next = "folder" },
            { "What are you working on with your students now?", "ask_open", next = "careers" },
            { "That's a lovely reason. Good to meet you.", "exit_graceful" },
          },
        },
        node "folder" {
          says = "That's the best thing anyone can say to a teacher. Did you ever tell her? You should. We keep those emails in a folder for bad days.",
          common_ground = true,
          choices = {
            { "I will. What's on your plate at school right now?", "ask_open", next = "careers" },
            { "Can I ask you something? How did you know teaching was right for you, and not just the safe choice?",
              "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "I'll write to her this week. Thanks, Kenji.", "exit_graceful" },
          },
        },
        node "careers" {
          says = "Careers week, in February. Most of my sixth-formers have never met anyone who went to university, let alone this one. I need recent graduates who'll talk honestly for twenty minutes.",
          alt = {
            "Careers week, in February. Most of my sixth-formers have never met anyone who went to university, never mind this one. I need recent graduates to talk honestly for twenty minutes.",
          },
          reveals = { "careers_week" },
          need = true,
          choices = {
            { "I'd do that. I was the first in my family to go, so I know what I'd have wanted to hear.",
              "offer_help", requires = { fact = "careers_week" }, shares = true, next = "helped" },
            { "What do they usually want to know?", "follow_up", uses = "careers_week", next = "questions" },
            { "That sounds like a great week. I'll let you get back to Marta.", "exit_graceful" },
          },
        },
        node "questions" {
          says = "Whether it's expensive, whether posh people will laugh at them, and whether you really have to read all the books. Real questions. They can smell a brochure.",
          choices = {
            { "I worried about all three. I'd be glad to come and answer them.",
              "offer_help", requires = { fact = "careers_week" }, next = "helped" },
            { "Can I ask you something? How did you know teaching was right for you, and not just the safe choice?",
              "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "They sound like a good bunch. Nice to meet you, Kenji.", "exit_graceful" },
          },
        },
        node "helped" {
          says = "Would you? That'd be brilliant. They'll listen to you — to them I'm basically furniture. Very nice furniture, but still.",
          alt = {
            "Would you? Brilliant. They'll listen to you — to them I'm basically furniture. Nice furniture, but furniture.",
          },
          choices = {
            { "Shall we swap emails, so you can send me the date?", "exchange_contact", next = "contact" },
            { "Can I ask you something? How did you know teaching was right for you, and not just the safe choice?",
              "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "Happy to — just tell me when. I'll let you two get back to the rig.", "exit_graceful" },
          },
        },
        node "advice" {
          says = "I didn't, for a year. Then I noticed I was planning lessons in the shower. Try the thing for real and small before you decide — a Saturday club, one tutoring hour.",
          choices = {
            { "That's really useful. Could we swap emails?", "exchange_contact", next = "contact" },
            { "Thank you — that's given me an idea. Enjoy the evening.", "exit_graceful" },
          },
        },
        node "contact" {
          says = "Here's my school email, and my own underneath — I check that one more. I'll need to head off soon: Tuesday's bouldering, so Thursday gets the marking.",
          alt = {
            "Here's my school email, and my own below it — I check that one more. I'll have to leave soon: Tuesday is bouldering, so Thursday gets the marking.",
          },
          reveals = { "bouldering" },
          choices = {
            { "Good luck with the marking. I'll email you this week.", "exit_graceful" },
            { "If you ever want a bouldering partner who mostly falls off, I'm your person.",
              "share", shares = true },
          },
        },
        node "cool_card" {
          says = "Oh — sure, I'm on the Hollins Park staff page. Sorry, we were just in the middle of something.",
          choices = {
            { "Sorry, that was rushed. I'm {name}. What did you do after your degree?",
              "introduce_why", next = "why" },
            { "No problem — I'll leave you to it.", "exit_graceful" },
            { "(Nod, pocket the details, and move straight on to the next table without a word.)", "exit_abrupt" },
          },
        },
        node "again" {
          says = "{name}, hello again! I've escaped the marking for one more hour. How are things?",
          choices = {
            { "Good! How's careers week shaping up?", "follow_up", uses = "careers_week", next = "careers_news" },
            { "Good, thanks. Remind me how you ended up teaching?", "ask_open", next = "surprise" },
            { "Good! Can I ask you something? How did you know teaching was right for you, and not just the safe choice?",
              "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "Just saying hello — I'll leave you two to the rig.", "exit_graceful" },
          },
        },
        node "careers_news" {
          says = "Better than last year: eleven graduates signed up. But not one who was first in the family to go, and that's who my sixth-formers most need to hear.",
          need = true,
          choices = {
            { "I could be one of them. I'd have loved to hear from someone like me at sixteen.",
              "offer_help", requires = { fact = "careers_week" }, shares = true, next = "helped" },
            { "What do they usually want to know?", "follow_up", uses = "careers_week", next = "questions" },
            { "I hope you find a few. I'll let you get back to Marta.", "exit_graceful" },
          },
        },
      },
      returning = "again",
      followup = {
        reference = "careers_week",
        offer = "give a twenty-minute talk at careers week in February",
        request = "ask whether I could sit in on one of his lessons",
        reply_personal = "Fantastic to hear from you. Careers week is still short of recent graduates: twenty minutes with my sixth-formers, in February. If you're tempted, I'd be delighted — they've already written questions.",
        reply_generic = "Thanks for the email, good to meet you at the alumni evening.",
        reply_late = "Hi — thanks for getting back to me. Careers week's been and gone, sadly, but there's always next year.",
      },
      maintenance = {
        { kind = "check_in", uses = "bouldering",
          text = "Ask Kenji whether he's finally topped the purple route at the climbing wall",
          reply = "Topped it on Tuesday! Then immediately fell off the easy one next to it. Balance." },
        { kind = "share_useful", uses = "careers_week",
          text = "Send Kenji a list of free university taster days for his sixth-formers",
          reply = "This is gold — I've put it on the classroom door. Two of them have signed up already." },
      },
    },

    ---------------------------------------------------------------------------------
    -- Marta Kowalczyk: production manager at a small theatre; needs a preview audience.
    ---------------------------------------------------------------------------------
    person {
      id = "marta_kowalczyk",
      name = "Marta Kowalczyk", org = "Lantern Street Theatre", role = "production manager",
      traits = { openness = 0.6, introversion = 0.3, busy = 0.55 },
      interests = { "stage lighting", "new writing", "restoring old bicycles" },
      need = "an audience for the free preview of a new play that has sold only forty seats",
      zone = "hall", at = { 13.2, 11.5 }, group = "theatre",
      met_before = 0,
      facts = {
        macbeth = "once lit a student Macbeth from a car battery when the power failed",
        lantern_street = "is production manager at Lantern Street Theatre",
        preview = "has a new play previewing on the 14th with forty of two hundred seats sold, and needs an audience",
        raleigh = "rides an orange 1972 Raleigh she rescued from a skip",
      },
      nodes = {
        node "hello" {
          says = "Kenji, stop pointing at the ceiling, people will think we're casing the place. Hi! Sorry. Are you here for the library or the free wine?",
          alt = {
            "Kenji, stop pointing at the ceiling, they'll think we're planning a heist. Hi! Sorry. Are you here for the library or the free wine?",
            "Hi! Ignore Kenji, he's pointing at the lights again. Are you here for the new library or the free wine?",
          },
          choices = {
            { "Bit of both. I'm {name} — how did people here end up in the work they do?",
              "introduce_why", next = "why" },
            { "Why is he pointing at the ceiling?", "small_talk", next = "macbeth" },
            { "Honestly, I'm here to network — I'm after any role in the arts at all. Do you know of anything going?",
              "pitch", next = "cool_pitch" },
            { "The wine, mostly. I'll leave you two to it!", "exit_graceful" },
          },
        },
        node "macbeth" {
          says = "Because ten years ago he and I lit a student Macbeth from a car battery when the power died. Best show we ever did. Nobody could see the witches, which helped.",
          reveals = { "macbeth" },
          choices = {
            { "I'm {name}, by the way — how did you end up in theatre?",
              "introduce_why", next = "why" },
            { "That's a great story. Enjoy the evening.", "exit_graceful" },
          },
        },
        node "why" {
          says = "Badly and by accident, mostly. I'm Marta — production manager at Lantern Street Theatre. Which means I do the lighting, and also unblock the toilets.",
          alt = {
            "Badly and by accident, mostly. I'm Marta — production manager at Lantern Street Theatre. That means the lighting, and also unblocking the toilets.",
          },
          reveals = { "lantern_street" },
          choices = {
            { "How did you get from a degree here to Lantern Street?", "follow_up", uses = "lantern_street", next = "path" },
            { "What's on at the theatre at the moment?", "ask_open", next = "preview" },
            { "Good to meet you, Marta. I'll let you get back to the rig.", "exit_graceful" },
          },
        },
        node "path" {
          says = "English and drama here, then three years of unpaid everything. A stage manager let me shadow her for a season and I never left. I still don't know how I got that lucky.",
          choices = {
            { "I think I'm in the unpaid-everything stage now, honestly.", "share", shares = true, next = "solidarity" },
            { "What are you working on now?", "ask_open", next = "preview" },
            { "That's useful to hear. Thanks, Marta.", "exit_graceful" },
          },
        },
        node "solidarity" {
          says = "Then you're doing it right, annoyingly. It does end. Write down everything you learn — one day the list is longer than you expected, and that's your CV.",
          alt = {
            "Annoyingly, that means you're doing it right. It ends. Keep a list of everything you learn — one day it's longer than you thought, and that list is your CV.",
          },
          common_ground = true,
          choices = {
            { "What are you working on at the moment?", "ask_open", next = "preview" },
            { "Can I ask your advice? How do you get a foot in the door without working for free forever?",
              "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "I'll start the list tonight. Thank you.", "exit_graceful" },
          },
        },
        node "preview" {
          says = "A new play by a writer who's twenty-two and frighteningly good. Previews on the 14th, and we've sold forty seats out of two hundred. I need an audience, or it dies quietly.",
          alt = {
            "A new play by a twenty-two-year-old writer who's alarmingly good. Previews on the 14th, and we've sold forty seats of two hundred. I need an audience, or it dies quietly.",
          },
          reveals = { "preview" },
          need = true,
          choices = {
            { "I'd come — and I could bring a few friends who'd actually fill in the feedback cards.",
              "offer_help", requires = { fact = "preview" }, next = "helped" },
            { "What's the play about?", "follow_up", uses = "preview", next = "play" },
            { "Can I ask your advice? How do you get a foot in the door without working for free forever?",
              "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "I hope it fills up. Good to meet you.", "exit_graceful" },
          },
        },
        node "play" {
          says = "Two sisters clearing out their dad's flat in one night. It's funny until it really, really isn't. The second act has a lighting change I'm unreasonably proud of.",
          choices = {
            { "I'd love to see it, and I could bring friends to fill in the cards.",
              "offer_help", requires = { fact = "preview" }, next = "helped" },
            { "Can I ask your advice? How do you get a foot in the door without working for free forever?",
              "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "It sounds brilliant. I hope it fills up.", "exit_graceful" },
          },
        },
        node "helped" {
          says = "Would you? You've just made my week. Previews are free — we only ask for the feedback cards. Be honest on them; the writer needs to hear it.",
          alt = {
            "Would you? You've made my week. Previews are free; we just ask for the feedback cards. Be honest on them — the writer needs to hear it.",
          },
          choices = {
            { "Shall I give you my number, so you can put our names down?", "exchange_contact", next = "contact" },
            { "Can I ask your advice? How do you get a foot in the door without working for free forever?",
              "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "Count us in. I'll let you get back to Kenji.", "exit_graceful" },
          },
        },
        node "advice" {
          says = "Give the free stuff a deadline — I gave it two years. And say yes to the unglamorous jobs. The person who can fix the toilet gets asked back.",
          choices = {
            { "That's the most honest advice I've had. Could we swap numbers?", "exchange_contact", next = "contact" },
            { "Noted — deadline, toilets. Thank you, Marta.", "exit_graceful" },
          },
        },
        node "contact" {
          says = "Here's my number — text me any time. If there's a rusty orange 1972 Raleigh chained outside the theatre, that's mine. Rescued it from a skip.",
          alt = {
            "Here's my number — text whenever. If you see a rusty orange 1972 Raleigh chained outside the theatre, it's mine. I rescued it from a skip.",
          },
          reveals = { "raleigh" },
          choices = {
            { "I will. Great to meet you, Marta.", "exit_graceful" },
            { "A skip Raleigh! I'll look out for it outside the theatre.", "follow_up", uses = "raleigh" },
          },
        },
        node "cool_pitch" {
          says = "Right. The arts job boards are your friend, honestly — most theatres post there. We haven't got anything going just now, sorry.",
          choices = {
            { "Sorry — that was a bit much. I'm {name}. How did you end up in theatre?",
              "introduce_why", next = "why" },
            { "Thanks, I'll check them. Enjoy the evening.", "exit_graceful" },
            { "Could I take your card anyway? Just in case you hear of something in the arts.", "card_grab" },
          },
        },
        node "again" {
          says = "{name}! You're back. Kenji's still pointing at the ceiling, so you've saved me. What's new?",
          choices = {
            { "Not much! How are ticket sales for the preview?", "follow_up", uses = "preview", next = "preview_news" },
            { "Remind me how you got into all this?", "ask_open", next = "path" },
            { "Not much. Can I ask your advice? How do you get a foot in the door without working for free forever?",
              "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "Just saying hello. Enjoy the evening, Marta.", "exit_graceful" },
          },
        },
        node "preview_news" {
          says = "Sixty-one seats out of two hundred. Better, not good. The writer has started checking the box office every hour, and honestly, so have I.",
          need = true,
          choices = {
            { "I'd come, and I could bring a few friends who'd fill in the feedback cards properly.",
              "offer_help", requires = { fact = "preview" }, next = "helped" },
            { "Remind me what the play's about?", "follow_up", uses = "preview", next = "play" },
            { "Fingers crossed for the 14th. Good to see you, Marta.", "exit_graceful" },
          },
        },
      },
      returning = "again",
      followup = {
        reference = "preview",
        offer = "bring four friends to the preview on the 14th and fill in the feedback cards",
        request = "ask whether I could shadow the stage manager for a get-in",
        reply_personal = "Legend — you remembered the preview! Still only forty seats sold for the 14th, so any friends you can tempt would be wonderful. The writer's dying to meet a real audience.",
        reply_generic = "Thanks for the message! Our season's on the website.",
        reply_late = "Hi! The preview's been and gone, I'm afraid — but the run's on till March.",
      },
      maintenance = {
        { kind = "congratulate", uses = "preview",
          text = "Congratulate Marta on the play's opening reviews",
          reply = "Four stars in the Ledger! The writer cried. I cried. The toilets held." },
        { kind = "share_useful", uses = "raleigh",
          text = "Send Marta a link to a vintage bike parts swap this weekend",
          reply = "You absolute gem. The Raleigh needs a rear mudguard and my dignity needs a new saddle." },
      },
    },

    ---------------------------------------------------------------------------------
    -- Beatriz Souto: the architect who restored the Old Library; came for the quiet.
    ---------------------------------------------------------------------------------
    person {
      id = "beatriz_souto",
      name = "Beatriz Souto", org = "Souto Vale Architects", role = "founding partner",
      traits = { openness = 0.6, introversion = 0.75, busy = 0.3 },
      interests = { "restoring old buildings", "how people use space", "pottery" },
      need = "students to try the new study rooms and tell her honestly what works before the final fit-out",
      zone = "library", at = { 21, 3 },
      met_before = 0,
      facts = {
        restoration = "led the restoration of the Old Library with her practice, Souto Vale",
        carrel = "wrote her whole dissertation at the carrel by the third window in 2004",
        study_rooms = "needs students to try the new study rooms and tell her honestly what works before the final fit-out",
        pottery = "goes to a pottery class on Thursdays and is cheerfully terrible at it",
      },
      moods = { "none", "tired" },
      variants = {
        { id = "fifth_window",
          facts = { carrel = "wrote her whole dissertation at the carrel by the fifth window in 2006" },
          says = { carrel = "I did — my whole dissertation, at that carrel by the fifth window, in 2006. It's the one thing in here I wouldn't let anyone move." } },
      },
      nodes = {
        node "hello" {
          says = "Oh — hello. I came in here for the quiet, and to see if anyone's sitting at the new desks. Nobody is yet, which I'm trying not to take personally.",
          alt = {
            "Oh, hello. I came in for the quiet — and to see whether anyone's using the new desks. Nobody is yet. I'm trying not to take it personally.",
            "Hello. I'm hiding in here for the quiet, and checking on the new desks. Empty so far, which I'm choosing not to take personally.",
          },
          choices = {
            { "Hi, I'm {name}. I came in for the quiet too — one proper conversation beats ten.",
              "introduce_why", next = "why" },
            { "Are you an architect? Could I take your card? I'm collecting contacts in design this year.",
              "card_grab", next = "cool_card" },
            { "I'll leave you to the quiet. Enjoy it.", "exit_graceful" },
          },
        },
        node "why" {
          says = "That's a good reason. I'm Beatriz. My practice restored this building — three years and four thousand emails about radiators. So yes, I'm lurking.",
          alt = {
            "Good reason. I'm Beatriz. My practice restored this building — three years and four thousand emails about radiators. So yes, I'm lurking.",
          },
          reveals = { "restoration" },
          choices = {
            { "What was the hardest part to get right?", "follow_up", uses = "restoration", next = "light" },
            { "Did you know this library before the restoration?", "ask_open", next = "carrel" },
            { "It's beautiful in here. I'll leave you to your lurking.", "exit_graceful" },
          },
        },
        node "light" {
          says = "The light. The windows face north, so it's beautiful and cold. We spent a year on glass that keeps the heat in without turning the room green. Nobody will notice — that's the job.",
          alt = {
            "The light. The windows face north: beautiful, and cold. We spent a year on glass that keeps the heat in without turning the room green. Nobody will notice — which is the job.",
          },
          choices = {
            { "I spent most of first year in here. Freezing, but I could think.",
              "share", shares = true, next = "thinking" },
            { "Did you study in here yourself?", "ask_open", next = "carrel" },
            { "I noticed — it's lovely, like a different room. I'll let you enjoy it.", "exit_graceful" },
          },
        },
        node "carrel" {
          says = "I did — I wrote my whole dissertation at that carrel by the third window, in 2004. It's the one thing in here I refused to move.",
          reveals = { "carrel" },
          choices = {
            { "I had a desk in here in first year. Cold, but the only place I could think.",
              "share", shares = true, next = "thinking" },
            { "What happens to the building now it's open?", "ask_open", next = "rooms" },
            { "I'll leave you with your carrel — it's a good one. Lovely to meet you, Beatriz.", "exit_graceful" },
          },
        },
        node "thinking" {
          says = "Then you know what it's for. Not the books, really — permission to think for three hours without anyone asking you for anything. I hope we kept that.",
          common_ground = true,
          choices = {
            { "Do you get to find out whether you kept it?", "ask_open", next = "rooms" },
            { "Can I ask you something? You started your own practice — how did you know it was time to go it alone?",
              "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "I think you did. I'll leave you to it.", "exit_graceful" },
          },
        },
        node "rooms" {
          says = "Now comes the part that worries me. The new study rooms upstairs open in January. Before the final fit-out I want students to use them and tell me honestly what's wrong — not a survey, real people.",
          alt = {
            "Here's what worries me. The new study rooms upstairs open in January. Before the final fit-out I want students to use them and tell me honestly what's wrong — real people, not a survey.",
          },
          reveals = { "study_rooms" },
          need = true,
          choices = {
            { "I'm still in touch with a lot of students — I could get a group to spend an afternoon up there and write it all down.",
              "offer_help", requires = { fact = "study_rooms" }, next = "helped" },
            { "What are you most unsure about up there?", "follow_up", uses = "study_rooms", next = "unsure" },
            { "I hope they love it. Lovely to meet you.", "exit_graceful" },
          },
        },
        node "unsure" {
          says = "The chairs, honestly. And whether the glass booths feel private or like sitting in a shop window. I can't tell any more — I've looked at them too long.",
          choices = {
            { "I could bring some students up one afternoon for brutal notes on the chairs.",
              "offer_help", requires = { fact = "study_rooms" }, next = "helped" },
            { "Can I ask you something? You started your own practice — how did you know it was time to go it alone?",
              "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "I'm sure they'll be loved. I'll leave you to it.", "exit_graceful" },
          },
        },
        node "helped" {
          says = "Would you? That would be gold. Be brutal. I'd much rather hear it now than read it in a complaint in March.",
          alt = {
            "Would you? That would be gold. Be brutal — I'd much rather hear it now than read it in a complaint in March.",
          },
          choices = {
            { "Shall I take your email, so I can set a date?", "exchange_contact", next = "contact" },
            { "Can I ask you something? You started your own practice — how did you know it was time to go it alone?",
              "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "I'll be brutal, I promise — kind, but brutal. Enjoy the quiet.", "exit_graceful" },
          },
        },
        node "advice" {
          says = "I didn't know. I had one client who trusted me and six months' rent saved. Don't wait to feel ready — wait until you have one person who'll pay you and a way to survive being wrong.",
          choices = {
            { "That's so clear. Could I take your email?", "exchange_contact", next = "contact" },
            { "Thank you — I'll remember that. Enjoy the quiet.", "exit_graceful" },
          },
        },
        node "contact" {
          says = "Here's my card — email me whenever you like. Not Thursdays, though — pottery. I'm terrible at it, and it's the happiest two hours of my week.",
          alt = {
            "Here's my card — email me any time. Not on Thursdays, though; that's pottery. I'm awful at it, and it's the happiest two hours of my week.",
          },
          reveals = { "pottery" },
          choices = {
            { "Not Thursdays — noted. Thank you, Beatriz.", "exit_graceful" },
            { "I'd love to see the worst pot, one day.", "follow_up", uses = "pottery" },
          },
        },
        node "cool_card" {
          says = "Oh. Yes — here. It's mostly the studio email, though; it goes to everyone.",
          choices = {
            { "Thanks — sorry, I went straight for the card. I'm {name}. I came in for the quiet.",
              "introduce_why", next = "why" },
            { "Thank you, that's kind. I'll leave you to the quiet — you came in here for it, after all.", "exit_graceful" },
          },
        },
        node "again" {
          says = "{name} — hello again. You've found the quiet room twice now; I think that makes you a regular.",
          choices = {
            { "How are the new study rooms coming along?", "follow_up", uses = "study_rooms", next = "rooms_news" },
            { "I've worked in here since it reopened. It's where I think.",
              "share", shares = true, next = "thinking" },
            { "Can I ask you something? You started your own practice — how did you know it was time to go it alone?",
              "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "Just saying hello. I'll leave you to the quiet.", "exit_graceful" },
          },
        },
        node "rooms_news" {
          says = "The builders are nearly out. In January I still want students up there for an afternoon, telling me what's wrong before it's too late to change.",
          need = true,
          choices = {
            { "I could get a group of students up there for an afternoon and write it all down.",
              "offer_help", requires = { fact = "study_rooms" }, next = "helped" },
            { "What are you most unsure about up there?", "follow_up", uses = "study_rooms", next = "unsure" },
            { "Good luck with the last of the builders. I'll leave you to the quiet.", "exit_graceful" },
          },
        },
      },
      returning = "again",
      followup = {
        reference = "study_rooms",
        offer = "bring a group of students to test the new study rooms and write up honest notes",
        request = "ask whether I could visit the studio to see how a restoration is planned",
        reply_personal = "Wonderful, thank you for remembering the study rooms. The fit-out is a few weeks off, so honest notes from students could still change things. Please do be brutal about the chairs.",
        reply_generic = "Thank you for your email. Our studio details are on the website.",
        reply_late = "Thank you — the fit-out is finished now, I'm afraid, but I'd still like to hear what you think.",
      },
      maintenance = {
        { kind = "check_in", uses = "pottery",
          text = "Ask Beatriz whether any of her pots has survived the kiln yet",
          reply = "One! It's meant to be a bowl. It is, arguably, a bowl. I'm very proud." },
        { kind = "congratulate", uses = "restoration",
          text = "Congratulate Beatriz when the Old Library is shortlisted for a conservation award",
          reply = "Thank you — the whole team's thrilled. The radiator emails were worth it." },
      },
    },

    ---------------------------------------------------------------------------------
    -- Rukhsana Akhtar: graduated last summer too, after six part-time years; first
    -- alumni event, nearly turned round at the door.
    ---------------------------------------------------------------------------------
    person {
      id = "rukhsana_akhtar",
      name = "Rukhsana Akhtar", org = "City Museum", role = "collections assistant",
      traits = { openness = 0.6, introversion = 0.7, busy = 0.2 },
      interests = { "local history", "archives", "walking" },
      need = "volunteers who read Urdu or Punjabi to translate mill workers' letters for a June exhibition",
      zone = "hall", at = { 4.5, 13 },
      met_before = 0,
      facts = {
        part_time = "studied history part-time for six years while working as a dental nurse, and graduated last summer",
        museum = "started as a collections assistant at the City Museum in September, on a contract until April",
        mill_letters = "needs volunteers who read Urdu or Punjabi to translate mill workers' letters for a June exhibition",
        first_event = "nearly turned round at the door — it's her first alumni event",
      },
      nodes = {
        node "hello" {
          says = "Oh, hello. Sorry — I'm hovering. It's the first one of these I've been to, and everyone seems to know each other already.",
          alt = {
            "Oh — hello. Sorry, I'm hovering. It's my first one of these, and everybody seems to know each other.",
            "Hi. Sorry — I've been hovering by the door. First alumni evening, and it feels like everyone's old friends.",
          },
          choices = {
            { "Same here, honestly. I'm {name} — I graduated last summer, and I barely know anyone.",
              "introduce_why", next = "why" },
            { "Can I get you a drink while you decide whether to stay?", "small_talk", next = "drink" },
            { "Hi! I'm collecting contacts tonight — do you have a card, or are you on LinkedIn? I'll add you.", "card_grab", next = "cool_card" },
            { "I'll leave you to it — enjoy the evening.", "exit_graceful" },
          },
        },
        node "drink" {
          says = "That's kind — an orange juice, please, I'm driving. I nearly turned round at the door, you know. Then I thought, no, you paid for the ticket.",
          reveals = { "first_event" },
          choices = {
            { "I'm {name}. I graduated last summer, and I barely know anyone either.",
              "introduce_why", next = "why" },
            { "I'll get that juice. Enjoy the evening!", "exit_graceful" },
          },
        },
        node "why" {
          says = "Last summer? Me too! History, part-time — six years of evenings after my shifts as a dental nurse. I'm Rukhsana. We probably queued for the same gowns.",
          alt = {
            "You graduated last summer? So did I! History, part-time: six years of evenings after my dental nurse shifts. I'm Rukhsana. We probably stood in the same gown queue.",
          },
          reveals = { "part_time" },
          choices = {
            { "Six years of evenings — how did you keep going?", "follow_up", uses = "part_time", next = "keep_going" },
            { "We must have! I remember the rain, and someone's mortarboard blowing into the fountain.",
              "share", shares = true, next = "graduation" },
            { "What are you doing now?", "ask_open", next = "letters" },
            { "Congratulations, really. I'll let you mingle — enjoy it.", "exit_graceful" },
          },
        },
        node "keep_going" {
          says = "Stubbornness, mostly. And my daughter — she'd just finished her own degree and kept saying 'your turn, Mum'. Some weeks I read on the bus in my uniform.",
          alt = {
            "Stubbornness, mainly. And my daughter — she'd just finished her own degree and kept saying, 'Your turn, Mum.' Some weeks I read on the bus in my uniform.",
          },
          choices = {
            { "I nearly gave up in second year. Then graduation day: rain, and a mortarboard in the fountain.",
              "share", shares = true, next = "graduation" },
            { "And what are you doing now?", "ask_open", next = "letters" },
            { "Your daughter sounds great — I hope she keeps going. Lovely to meet you, Rukhsana.", "exit_graceful" },
          },
        },
        node "graduation" {
          says = "The mortarboard in the fountain! I was right there — we all cheered. So we graduated the same afternoon. I feel less like a gatecrasher already.",
          common_ground = true,
          choices = {
            { "So what are you doing now?", "ask_open", next = "letters" },
            { "Can I ask your advice? You changed careers after twenty-odd years — how did you decide the risk was worth it?",
              "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "You're definitely not a gatecrasher. Enjoy the evening.", "exit_graceful" },
          },
        },
        node "letters" {
          says = "Collections assistant at the City Museum, since September! I've just found mill workers' letters from the sixties, never posted — half in Urdu, half in Punjabi. I need translators before June.",
          alt = {
            "I'm a collections assistant at the City Museum, since September! I've just found mill workers' letters from the sixties, never posted — half in Urdu, half in Punjabi. I need translators before June.",
          },
          reveals = { "museum", "mill_letters" },
          need = true,
          choices = {
            { "I don't read either, but my old flatmate reads both and she's looking for a project — could I introduce you?",
              "offer_help", requires = { fact = "mill_letters" }, next = "helped" },
            { "Never posted — do you have any idea why?", "follow_up", uses = "mill_letters", next = "theory" },
            { "What a find. I hope you get them translated.", "exit_graceful" },
          },
        },
        node "theory" {
          says = "My guess is someone who could write wrote them for people who couldn't, and kept them in case. But that's a story I'd like to be true. We need them translated to find out.",
          choices = {
            { "My old flatmate reads Urdu and Punjabi — could I put you two in touch?",
              "offer_help", requires = { fact = "mill_letters" }, next = "helped" },
            { "Can I ask your advice? You changed careers after twenty-odd years — how did you decide the risk was worth it?",
              "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "I hope you find out. Lovely to meet you, Rukhsana.", "exit_graceful" },
          },
        },
        node "helped" {
          says = "Oh, would you? Thank you. Honestly, that's the nicest thing anyone's said to me tonight. She can email the museum, or me directly.",
          alt = {
            "Oh, would you? Thank you. Truly, that's the nicest thing anyone's said to me tonight. She can email the museum, or me directly.",
          },
          choices = {
            { "Shall we swap emails, and I'll introduce you both tomorrow?", "exchange_contact", next = "contact" },
            { "Can I ask your advice? You changed careers after twenty-odd years — how did you decide the risk was worth it?",
              "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "I'll ask her tonight. Enjoy the evening.", "exit_graceful" },
          },
        },
        node "advice" {
          says = "I imagined being seventy and still wondering. That settled it. And I kept my shifts until the museum said yes. Brave doesn't have to mean reckless.",
          choices = {
            { "I'm keeping that. Could we swap emails?", "exchange_contact", next = "contact" },
            { "Thank you, Rukhsana. I'll let you enjoy your evening.", "exit_graceful" },
          },
        },
        node "contact" {
          says = "Here's my card — you're only the third person I've given one to. They printed them even though I'm only on contract till April. I'm so glad I came tonight.",
          alt = {
            "Here's my card — you're only the third person I've given one to. They printed them even though I'm only on contract till April. I'm so glad I came.",
          },
          choices = {
            { "I'm glad too. I'll be in touch this week.", "exit_graceful" },
            { "Professor Farahani's at the oak table — shall we go and say hello together?", "small_talk" },
          },
        },
        node "cool_card" {
          says = "Oh — I don't really have cards yet, sorry. I'm not really anyone worth collecting, I'm new at all this.",
          choices = {
            { "Sorry, that was a strange start. I'm {name} — I don't know anyone here either.",
              "introduce_why", next = "why" },
            { "No worries at all — I'll go and get that juice. Enjoy the evening, honestly.", "exit_graceful" },
          },
        },
        node "again" {
          says = "{name}! Oh, I'm so glad — a face I know. I didn't even hover at the door this time.",
          choices = {
            { "How are the mill letters coming along?", "follow_up", uses = "mill_letters", next = "theory" },
            { "How's the museum treating you?", "ask_open", next = "letters" },
            { "Can I ask your advice? You changed careers after twenty-odd years — how did you decide the risk was worth it?",
              "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "Lovely to see you again. Enjoy the evening!", "exit_graceful" },
          },
        },
      },
      returning = "again",
      followup = {
        reference = "mill_letters",
        offer = "introduce her to my old flatmate, who reads Urdu and Punjabi",
        request = "ask whether the museum takes volunteers on weekends",
        reply_personal = "Thank you so much for remembering the letters. We still need people who read Urdu or Punjabi before June — if you know anyone, I'd be so grateful for an introduction.",
        reply_generic = "Thank you for your message, it was nice to meet you.",
        reply_late = "Thank you for writing! We found translators in the end, but do come to the exhibition in June.",
      },
      maintenance = {
        { kind = "congratulate", uses = "mill_letters",
          text = "Congratulate Rukhsana on the mill letters exhibition opening",
          reply = "We had four hundred people on the first day. One man found his grandfather's handwriting. I've run out of tissues." },
        { kind = "check_in", uses = "museum",
          text = "Ask Rukhsana whether the museum has extended her contract",
          reply = "Permanent from May! I'm still pinching myself. Thank you for asking — you're the first person who remembered." },
        { kind = "coffee",
          text = "Invite Rukhsana for a coffee near the museum",
          reply = "I'd love that. There's a café with a view of the canal — Saturday at eleven?" },
      },
    },

    ---------------------------------------------------------------------------------
    -- Dr Graham Ashworth: retired anaesthetist on the terrace, watching Saturn.
    ---------------------------------------------------------------------------------
    person {
      id = "graham_ashworth",
      name = "Graham Ashworth", org = "Second Start", role = "chair (retired anaesthetist)",
      traits = { openness = 0.7, introversion = 0.6, busy = 0.3 },
      interests = { "astronomy", "refugee doctors", "cricket", "brass bands" },
      need = "volunteers to play the interviewer in mock job interviews for refugee doctors",
      zone = "terrace", at = { 22, 12 },
      met_before = 0,
      facts = {
        saturn = "came out to the terrace to look at Saturn, which is visible above the chapel tonight",
        class_1981 = "studied medicine here, graduating in 1981",
        anaesthetist = "was a consultant anaesthetist for thirty years before retiring",
        second_start = "chairs Second Start, a charity that helps refugee doctors requalify here",
        mock_interviews = "needs volunteers to play the interviewer in mock job interviews for refugee doctors",
      },
      moods = { "none", "chatty" },
      nodes = {
        node "hello" {
          says = "Good evening. You've found the only quiet spot in the building, and the best view. Just above the chapel roof — that bright dot is Saturn.",
          alt = {
            "Good evening. You've found the one quiet spot in the building, and the best view. Just above the chapel roof — that bright dot is Saturn.",
            "Evening. Best seat in the house, this: quiet, and a view. See the bright dot above the chapel roof? That's Saturn.",
          },
          reveals = { "saturn" },
          choices = {
            { "Hi, I'm {name}. I stepped out for some quiet — too much shouting in there.",
              "introduce_why", next = "why" },
            { "Saturn? My dad used to drive us out of town to look at the stars. I haven't looked up properly in years.",
              "share", shares = true, next = "look_up" },
            { "Hi — you're a doctor, aren't you? Do you know anyone hiring in healthcare? I'm looking for anything at all.", "ask_job", next = "cool_job" },
            { "I'll leave you to the view. Good evening.", "exit_graceful" },
          },
        },
        node "why" {
          says = "A sensible strategy. It's how I survived medical school here. Graham — class of 1981. Thirty years as an anaesthetist; I'm told I'm much better company now my patients stay awake.",
          alt = {
            "Very sensible. It's how I got through medical school here. Graham — class of 1981. Thirty years as an anaesthetist; I'm told I'm better company now my patients stay awake.",
          },
          reveals = { "class_1981", "anaesthetist" },
          choices = {
            { "What do you miss about it, now you've retired?", "follow_up", uses = "anaesthetist", next = "miss" },
            { "What keeps you busy now?", "ask_open", next = "charity" },
            { "It's good to meet you. I'll let you get back to Saturn.", "exit_graceful" },
          },
        },
        node "miss" {
          says = "The team, at three in the morning — everyone quiet and competent. Not the on-call phone. So now I borrow teams: I chair a charity called Second Start.",
          reveals = { "second_start" },
          choices = {
            { "That's what I'm looking for — a team like that. Not found it yet.",
              "share", shares = true, next = "team" },
            { "What does Second Start do?", "ask_open", next = "charity" },
            { "That sounds like a good way to retire. Good evening.", "exit_graceful" },
          },
        },
        node "team" {
          says = "You will. You'll know it when everyone is quietly on the same side. It took me until I was thirty-five, so you are well ahead of schedule.",
          alt = {
            "You will. You'll know it when everyone is quietly on the same side. It took me till I was thirty-five, so you're well ahead.",
          },
          common_ground = true,
          choices = {
            { "What does Second Start do, exactly?", "follow_up", uses = "second_start", next = "charity" },
            { "Can I ask you something? Looking back, what would you tell yourself at my age?",
              "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "Thank you — that helps. Good evening, Graham.", "exit_graceful" },
          },
        },
        node "look_up" {
          says = "Then do it tonight. My wife bought me a telescope when I retired, to keep me out of her hair — but binoculars will do. Here. Just above the chapel, a little to the left.",
          common_ground = true,
          choices = {
            { "I'm {name}, by the way. I came out for some quiet and found Saturn.",
              "introduce_why", next = "why" },
            { "What keeps you busy, apart from Saturn?", "ask_open", next = "charity" },
            { "Can I ask you something? Looking back, what would you tell yourself at my age?",
              "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "Thank you — I can actually see the rings! I'll leave you to it.", "exit_graceful" },
          },
        },
        node "charity" {
          says = "Second Start helps refugee doctors requalify here. A surgeon from Aleppo, a GP from Kabul — brilliant people, and the interview is the last wall. I need volunteers to play the interviewer.",
          alt = {
            "Second Start helps refugee doctors requalify here. A surgeon from Aleppo, a GP from Kabul — brilliant people, and the interview is the final wall. I need volunteers to play the interviewer.",
          },
          reveals = { "second_start", "mock_interviews" },
          need = true,
          choices = {
            { "I'm no doctor, but I could play the interviewer — and I know people at the medical school who might too.",
              "offer_help", requires = { fact = "mock_interviews" }, next = "helped" },
            { "Why is the interview the hardest part?", "follow_up", uses = "mock_interviews", next = "interview" },
            { "That's important work. I'll leave you to the stars.", "exit_graceful" },
          },
        },
        node "interview" {
          says = "It's the culture, not the medicine. 'Tell me about a time you disagreed with a consultant' — in some hospitals you never would. Practice fixes it in weeks.",
          choices = {
            { "I'd be glad to help them practise on Saturday mornings.",
              "offer_help", requires = { fact = "mock_interviews" }, next = "helped" },
            { "Can I ask you something? Looking back, what would you tell yourself at my age?",
              "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "That makes a lot of sense. Thank you — good evening, Graham.", "exit_graceful" },
          },
        },
        node "helped" {
          says = "You'd be good at it — you've got the patience. Sessions are on Saturday mornings, an hour each.",
          alt = {
            "You'd be good at it — you have the patience. The sessions are on Saturday mornings, an hour each.",
          },
          choices = {
            { "Could I take your email, and you can tell me when to come?", "exchange_contact", next = "contact" },
            { "Can I ask you something? Looking back, what would you tell yourself at my age?",
              "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "I'll look up Second Start tonight. Good evening.", "exit_graceful" },
          },
        },
        node "advice" {
          says = "Learn the names of the porters and the cleaners. They ran the hospital; the consultants only thought they did. Wherever you go, find out who really keeps it going.",
          choices = {
            { "I'll remember that. Could I take your email?", "exchange_contact", next = "contact" },
            { "Thank you. I'll let you get back to Saturn.", "exit_graceful" },
          },
        },
        node "contact" {
          says = "Here — the charity's email, and my own. Write to me whenever you like. And look up more often. Saturn will be there until February.",
          alt = {
            "Here — the charity's email, and mine. Write whenever you like. And look up more often. Saturn's with us until February.",
          },
          choices = {
            { "I will. Thank you, Graham — good evening.", "exit_graceful" },
            { "I'll look for Saturn on the way home. Good evening, Graham.", "follow_up", uses = "saturn" },
          },
        },
        node "cool_job" {
          says = "I'm retired, I'm afraid, so I'm rather the wrong man — the hospital trust posts everything on its website. I'm mostly out here for Saturn.",
          choices = {
            { "Sorry, that was abrupt. I'm {name}. I came out for some quiet.", "introduce_why", next = "why" },
            { "Thank you. I'll leave you to the view.", "exit_graceful" },
            { "Could I take your card anyway? You never know who's hiring in healthcare.", "card_grab" },
          },
        },
        node "again" {
          says = "{name}, good evening again. Saturn's still there, you'll be pleased to hear. Come and look.",
          choices = {
            { "How are the mock interviews going?", "follow_up", uses = "mock_interviews", next = "interview" },
            { "What's keeping you busy these days?", "ask_open", next = "charity" },
            { "Can I ask you something? Looking back, what would you tell yourself at my age?",
              "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "Just saying good evening. I'll leave you to the rings.", "exit_graceful" },
          },
        },
      },
      returning = "again",
      followup = {
        reference = "mock_interviews",
        offer = "volunteer as a mock interviewer on Saturday mornings",
        request = "ask whether he'd tell me how the hospital's teams really work, over a coffee",
        reply_personal = "Thank you for writing. Dr Haidari interviews for a registrar post next month, and we are still short of mock interviewers on Saturday mornings. Should you ever wish to help, I'd send the questions.",
        reply_generic = "Thank you for your note. It was a pleasure to meet you.",
        reply_late = "Thank you for writing — forgive an old man's memory: were you the one who found Saturn?",
      },
      maintenance = {
        { kind = "congratulate", uses = "mock_interviews",
          text = "Congratulate Graham when one of the doctors you practised with gets the job",
          reply = "She starts on Monday. She asked me to thank 'the interviewer who made her laugh'. That's you." },
        { kind = "share_useful", uses = "saturn",
          text = "Send Graham the date of the next clear-sky stargazing night at the observatory",
          reply = "Splendid. My wife says I may go if I bring back a photograph and not a second telescope." },
      },
    },
  },

  -- Who is there tonight: the seed picks one (docs/scenarios.md, "Variants").
  layouts = {
    { id = "as_planned" },
    -- Graham stayed home: the forecast promised cloud, so no Saturn tonight.
    { id = "cloudy", absent = { "graham_ashworth" } },
    -- A smaller evening: Beatriz is at a site visit, Rukhsana has a late shift.
    { id = "small_crowd", absent = { "beatriz_souto", "rukhsana_akhtar" } },
  },
}
