-- reconnect_coffee.lua — a one-to-one coffee with someone you met at an earlier event: the
-- "after the event" lesson played out. Remember what they told you last time, give before
-- you ask, and leave with a concrete next step (a date, a named thing each of you will do).
-- The café has a few other people in it (the owner at the counter, a regular doing the
-- crossword, the acquaintance's flatmate picking up a takeaway), so it is still a room.
--
-- Who you meet: someone from the player's roster when there is one (the host sets the
-- global `roster_acquaintance`, fields in engine/script/script.h: their name, role, where
-- you met, what they told you, whether you wrote afterwards), else Sofia below. Every line
-- about them is written once, with placeholders filled in at the end of this file:
--   {first} {full} {org} {role}   the acquaintance        {met_at} {ago}   the last meeting
--   {fact}   what they told you, said to them ("you're training for your first ...")
--   {told}   the same as written ("is training for her first ...": reads after {first})
-- Lines that use {fact} exist only when the player learned something: with nothing learned,
-- the honest line is to ask again. No pronouns for the acquaintance: {first} instead.
-- Node and fact ids are kept from the first version, so saves and catalogues still match.
-- Data only: returns one table built with scripts/lib/rapport.lua.

local given = roster_acquaintance
local A = given and {
  id = given.id, name = given.name, first_name = given.first_name, org = given.org,
  role = given.role, met_at = given.met_at, weeks_ago = given.weeks_ago,
  tier = tonumber(given.tier) or 1, followed_up = given.followed_up == "yes",
  fact_id = given.fact_id or "", fact = given.fact or "", fact_you = given.fact_you or "",
  known_ids = given.known_ids or "", known_texts = given.known_texts or "",
} or {
  id = "sofia_marchetti",                 -- stable person id (saves refer to it)
  name = "Sofia Marchetti",
  first_name = "Sofia",
  org = "Fieldnote Studio",
  role = "product designer",
  met_at = "the Design Night meetup at the Old Print Works",
  weeks_ago = "three weeks ago",
  tier = 2,                               -- how well you know each other: acquainted
  followed_up = true,                     -- you wrote to her afterwards
  -- What she told you last time (the player remembers it):
  fact_id = "workshop",
  fact = "was nervous about running her first portfolio workshop for junior designers",
  fact_you = "you were nervous about running your first portfolio workshop for junior designers",
  known_ids = "workshop",
  known_texts = "was nervous about running her first portfolio workshop for junior designers",
}

-- The coffee's own facts: what the acquaintance tells you today, whoever they are.
local own_facts = {
  talk_friday = "is giving a five-minute talk about the job at a school careers morning on Friday",
  trial_run = "needs one person to hear the careers-morning talk before Friday and ask what a fifteen-year-old would",
  cat_audience = "practised the talk on a flatmate, who fell asleep at minute three",
  courgette = "took on an allotment in spring and has grown exactly one courgette",
  spring_role = "says to show the work rather than describe it, and offered to read anything before it goes out",
}

-- Everything the player knows from last time, under its own ids (so the save keeps it).
local facts, remembers = {}, {}
for id, text in pairs(own_facts) do facts[id] = text end
do
  local texts = {}
  for text in (A.known_texts .. "\n"):gmatch("([^\n]*)\n") do texts[#texts + 1] = text end
  local i = 0
  for id in A.known_ids:gmatch("[^,]+") do
    i = i + 1
    if not own_facts[id] and texts[i] and texts[i] ~= "" then
      facts[id] = texts[i]
      remembers[#remembers + 1] = id
    end
  end
end
-- Something to ask about: a fact the player learned (and the save still knows).
local learned = A.fact_id ~= "" and facts[A.fact_id] ~= nil and not own_facts[A.fact_id]
  and A.fact_you ~= ""

-- A list without the entries that are false (choices that exist only when something was learned).
local function only(t)
  local out = {}
  for i = 1, #t do if t[i] then out[#out + 1] = t[i] end end
  return out
end

local wrote = A.followed_up
  and "You wrote to {first} afterwards, and {first} said yes to a coffee."
  or "You never wrote afterwards, but {first} got in touch and suggested a coffee."
local last_time = learned and "Last time you heard that {first} {told}."
  or "You didn't learn much about {first} last time: this is a second chance."

local coffee = scenario {
  id = "reconnect_coffee",
  title = "The Little Tin Café",    -- reads well after "at": "talking with me at The Little Tin Café"
  summary = "Saturday morning at the Little Tin Café. You met {full} ({role}, {org}) at {met_at} {ago}. "
    .. wrote .. " " .. last_time .. " The café is small, warm and half full.",
  teaches = "The follow-up, played out: remember what they told you last time, offer "
    .. "something before you ask for anything, and leave with a concrete next step, not "
    .. "'let's do this again sometime'.",
  minutes = 45,
  order = 50, -- last in the scenario list: it plays out what comes after an event
  openers = {
    why = {
      "I wanted to hear how things went since we last talked",
      "I've been thinking about what you told me last time",
      "I'd like to return the favour for the advice you gave me",
    },
    questions = {
      "How did the thing you were planning turn out?",
      "What's taking up most of your week at the moment?",
      "Is there anything I could help with?",
    },
  },
  norms = {
    contact_expected = false,  -- a café, not an event: details follow a real conversation
    groups_common = false,     -- people sit in ones and twos
    pace = 0.2,                -- unhurried: it's Saturday
  },
  room = {
    width = 16, height = 10,
    zones = {
      { id = "door",       kind = "entrance", label = "Door",            x = 0,  y = 3, w = 2, h = 4,  noise = 0.3 },
      { id = "counter",    kind = "bar",      label = "Counter",         x = 2,  y = 0, w = 7, h = 3,  noise = 0.55 },
      { id = "window",     kind = "tables",   label = "Window table",    x = 2,  y = 6, w = 6, h = 4,  noise = 0.3 },
      { id = "long_table", kind = "tables",   label = "Long table",      x = 9,  y = 0, w = 7, h = 4,  noise = 0.35 },
      { id = "armchairs",  kind = "quiet",    label = "Armchairs",       x = 10, y = 6, w = 6, h = 4,  noise = 0.1 },
    },
  },

  -- The seed picks one arrangement of the café (docs/scenarios.md, "Variants"). The
  -- acquaintance is always there: someone met before cannot be absent.
  layouts = {
    { id = "as_planned" },
    { id = "flatmate_at_home", absent = { "dev_malhotra" } },
    { id = "busy_morning",
      place = {
        peggy_dunmore = { zone = "armchairs", at = { 13, 8 }, group = "armchairs" },
        park_hyejin = { zone = "armchairs", at = { 14.4, 8.5 }, group = "armchairs" },
        dev_malhotra = { zone = "long_table", at = { 10.5, 1.5 } },
      } },
  },
  people = {
    ---------------------------------------------------------------------------------------
    -- The acquaintance. Whoever they are, today they have said yes to a five-minute talk
    -- about their job at a school careers morning on Friday, and are nervous about the
    -- questions; they need one person to hear it first.
    ---------------------------------------------------------------------------------------
    person {
      id = A.id,
      name = A.name, org = A.org, role = A.role,
      traits = { openness = 0.55, introversion = 0.55, busy = 0.45 },
      interests = { "the careers morning", "the allotment", "good coffee" },
      need = "one person to hear the careers-morning talk before Friday and ask what a fifteen-year-old would",
      zone = "window", at = { 4, 8 },
      met_before = A.tier,
      remembers = #remembers > 0 and remembers or nil,
      facts = facts,
      moods = { "none", "tired", "chatty" },
      variants = {
        { id = "talk_to_year_elevens",
          facts = { talk_friday = "is giving a five-minute talk about the job to two hundred Year 11s at a careers morning on Friday" },
          says = { since = "Work, mostly — and a careers morning on Friday: five minutes on what I do, to two hundred Year 11s. I'm trying not to think about it." } },
      },
      nodes = {
        -- The first node and the returning node are the same: you have met before.
        node "again" {
          says = "{name}! Hi! Sorry I'm a bit late — my run-through for Friday went on forever. It's so nice to see you. What are you having?",
          alt = {
            "{name}! Hello! Sorry I'm late — the run-through for Friday went on and on. It's really good to see you. What are you having?",
            "Hi, {name}! Sorry, sorry — my run-through overran. So nice to see you. What can I get you?",
          },
          choices = only {
            learned and { "I remember: {fact}. How's that going?",
              "follow_up", uses = A.fact_id, next = "workshop_news" },
            not learned and { "Lovely to see you. I'll be honest — I've forgotten what you told me at {met_at}. Remind me?",
              "ask_open", next = "since" },
            { "No worries! I saw {org} is hiring — would you put in a word for me? I've brought my CV on my laptop.",
              "ask_job", next = "cool_job" },
            { "Just a flat white. Have you been here before?", "small_talk", next = "order" },
            { "So nice to see you too. I can't stay long, actually — shall we do this properly another time?", "exit_graceful" },
          },
        },
        node "order" {
          says = "Every Saturday. Seun does the best oat flat white in town and judges you silently if you order anything with syrup.",
          alt = {
            "Every Saturday. Seun makes the best oat flat white in town, and silently judges anyone who orders syrup.",
          },
          choices = only {
            learned and { "Noted! I remember: {fact}. How's it going?", "follow_up", uses = A.fact_id, next = "workshop_news" },
            { "I'll avoid the syrup, then. What have you been up to since {met_at}?", "ask_open", next = "since" },
            { "Ha. Noted. Lovely to see you — sorry, I've got to dash after all.", "exit_graceful" },
          },
        },
        node "since" {
          says = "Work, mostly — and a school careers morning on Friday: five minutes on what I do, to a hall of fifteen-year-olds. I'm trying not to think about it.",
          alt = {
            "Work, mostly. And Friday: a school careers morning, five minutes on what I do, to a hall of fifteen-year-olds. I'm trying very hard not to think about it.",
          },
          reveals = { "talk_friday" },
          choices = {
            { "Five minutes to a hall of teenagers! How's the planning going?",
              "follow_up", uses = "talk_friday", next = "workshop_news" },
            { "Oh, I'd love to come along! Could you get me in? And maybe mention me to your boss while you're at it?",
              "ask_job", next = "cool_job" },
            { "Good luck with it. I'll let you get your coffee.", "exit_graceful" },
          },
        },
        node "workshop_news" {
          says = "Thank you for asking — hardly anyone does. It's all fine, apart from Friday's careers talk. I need one person to hear it first and ask what a fifteen-year-old would ask.",
          alt = {
            "Thanks for asking — most people don't. All fine, except Friday's careers talk. I need one person to hear it first and ask what a fifteen-year-old would.",
          },
          reveals = { "talk_friday", "trial_run" },
          need = true,
          choices = {
            { "I'll be your fifteen-year-old — and I'll ask the awkward questions.",
              "offer_help", requires = { fact = "trial_run" }, next = "helped" },
            { "What's the part you're worried about?", "follow_up", uses = "trial_run", next = "exercises" },
            { "I'd have loved a talk like that at school. Nobody ever told us what jobs were actually like, day to day.",
              "share", shares = true, next = "portfolio" },
            { "Good luck with Friday. I should get going, sorry.", "exit_graceful" },
          },
        },
        node "exercises" {
          says = "The questions. They ask what you earn and whether you're bored. I practised on my flatmate last night. He fell asleep at minute three.",
          alt = {
            "The questions: what do you earn, are you bored? I tried it on my flatmate last night. He was asleep by minute three.",
          },
          reveals = { "cat_audience" },
          choices = {
            { "My flatmate does that when I practise interviews. She says I say 'basically' eleven times a minute.",
              "share", shares = true, next = "practice" },
            { "Then let me be a better audience than your flatmate. I'll listen, and ask the awkward questions.",
              "offer_help", requires = { fact = "trial_run" }, next = "helped" },
            { "Ha. He'll wake up for the real thing. Lovely to see you.", "exit_graceful" },
          },
        },
        node "practice" {
          says = "Eleven a minute! That's exactly what I'm scared of. See, you get it. Everyone who's practised out loud to someone gets it.",
          alt = {
            "Eleven a minute! That's exactly my fear. You get it. Anyone who's practised out loud to someone gets it.",
          },
          common_ground = true,
          choices = {
            { "Then let me hear it before Friday. I'll be your fifteen-year-old.",
              "offer_help", requires = { fact = "trial_run" }, next = "helped" },
            { "Can I ask you something? If you were starting out now, what would you do first?",
              "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "It's the worst. Anyway — lovely to see you.", "exit_graceful" },
          },
        },
        node "portfolio" {
          says = "Nobody told me either! That's half the reason I said yes. I wanted to be the person I needed at fifteen. Nobody's path is as tidy as it sounds.",
          alt = {
            "Nobody told me either! That's half of why I said yes: I wanted to be who I needed at fifteen. Nobody's path is as tidy as it sounds.",
          },
          common_ground = true,
          choices = {
            { "Then let me hear it first — I'll ask everything I wish I'd asked at fifteen.",
              "offer_help", requires = { fact = "trial_run" }, next = "helped" },
            { "What's the hardest part of it?", "ask_open", next = "exercises" },
            { "Can I ask you something? If you were starting out now, what would you do first?",
              "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "That's a good reason. Thanks — I should get going.", "exit_graceful" },
          },
        },
        node "helped" {
          says = "Really? That would make my week. One real listener instead of a sleeping flatmate. I'll buy the pastries — Seun's almond ones.",
          alt = {
            "Really? That would make my week. A real listener instead of a sleeping flatmate. The pastries are on me — Seun's almond ones.",
          },
          choices = {
            { "Can I ask you something? If you were starting out now, what would you do first?",
              "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "How's everything else? What do you do when you're not working?", "ask_open", next = "allotment" },
            { "Deal. Let's fix the details — which evening this week, and where?", "exchange_contact", next = "next_step" },
            { "Deal! Lovely to catch up — let's do it again sometime.", "exit_graceful" },
          },
        },
        node "allotment" {
          says = "Ha — I took on an allotment in spring. I've grown exactly one courgette. One. It's enormous. I'm very proud of it.",
          alt = {
            "Ha. I took on an allotment in spring, and I've grown one courgette. One. It's huge. I'm extremely proud of it.",
          },
          reveals = { "courgette" },
          choices = {
            { "One is one more than me. I killed a cactus last year. A cactus.",
              "share", shares = true, next = "cactus" },
            { "Let's fix a time before I forget — which evening, and where?", "exchange_contact", next = "next_step" },
            { "Congratulations on the courgette. I'll let you enjoy your coffee — see you soon.", "exit_graceful" },
          },
        },
        node "cactus" {
          says = "A cactus! That takes real talent. OK, you're invited to the allotment. You can hold the courgette. Supervised.",
          alt = {
            "A cactus! That takes real talent. Right, you're invited to the allotment. You can hold the courgette. Under supervision.",
          },
          common_ground = true,
          choices = {
            { "Can I ask you something? If you were starting out now, what would you do first?",
              "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "Deal. Let's fix the run-through — which evening, and where?", "exchange_contact", next = "next_step" },
            { "I'd be honoured. Lovely to see you.", "exit_graceful" },
          },
        },
        node "advice" {
          says = "Show what you've done; don't describe it. And send me anything before it goes out — a CV, a portfolio, a cover letter. I'll read it properly, I promise.",
          alt = {
            "Show what you've done, don't describe it. And send me anything before it goes out — CV, portfolio, cover letter. I'll read it properly, promise.",
          },
          reveals = { "spring_role" },
          choices = {
            { "Thank you. Let's put both in the calendar — Thursday for your run-through, and I'll send you my CV by the end of the month?",
              "exchange_contact", next = "next_step" },
            { "That's so useful. Thank you — I'll let you get on with your Saturday.", "exit_graceful" },
          },
        },
        node "next_step" {
          says = "Thursday, half five, here — Seun's fine with us taking the long table. I'll text you the talk on Wednesday. It's in my calendar now.",
          alt = {
            "Thursday, half five, here — Seun says we can have the long table. I'll text you the talk on Wednesday. It's in my calendar already.",
          },
          choices = {
            { "Perfect. See you Thursday — and good luck on Friday.", "exit_graceful" },
            { "See you Thursday. Bring a photo of the courgette.", "follow_up", uses = "courgette" },
          },
        },
        node "cool_job" {
          says = "Oh — um. There's nothing open right now, honestly. If something comes up it'll be on the website. Anyway… how have you been?",
          choices = only {
            learned and { "Sorry. I remember: {fact}. How's it going?",
              "follow_up", uses = A.fact_id, next = "workshop_news" },
            { "Good, thanks. What's keeping you busy at the moment?", "ask_open", next = "workshop_news" },
            { "Right. OK. Well — I should probably get going.", "exit_abrupt" },
          },
        },
      },
      returning = "again",
      followup = {
        reference = "talk_friday",
        offer = "listen to it first and ask the awkward questions a fifteen-year-old would",
        request = "ask whether they'd read my CV before I apply anywhere",
        reply_personal = "Friday went so well — they asked what I earn and I had an answer ready. Thank you! Send me your CV whenever you're ready.",
        reply_generic = "Lovely to see you! Let's do it again.",
        reply_late = "Hi! Sorry, it's been a while — how are you?",
      },
      maintenance = {
        { kind = "congratulate", uses = "talk_friday",
          text = "Congratulate {first} on the careers-morning talk",
          reply = "Thank you! Nobody fell asleep, not even the teachers. Your awkward questions saved it." },
        { kind = "share_useful", uses = "courgette",
          text = "Send {first} a recipe for one very large courgette",
          reply = "Courgette cake! It's happening this weekend. I'll save you a slice." },
        { kind = "coffee",
          text = "Invite {first} for another coffee after the careers morning",
          reply = "Yes — same place, same table. I want to hear how your applications are going." },
      },
    },

    ---------------------------------------------------------------------------------------
    -- Oluwaseun "Seun" Adeyemi: owns the café and makes the coffee. Warm, busy on a
    -- Saturday. Needs someone to redraw the chalkboard menu. No details to swap: you
    -- know where the café is.
    ---------------------------------------------------------------------------------------
    person {
      id = "seun_adeyemi",
      name = "Seun Adeyemi", org = "The Little Tin café", role = "owner and barista",
      traits = { openness = 0.5, introversion = 0.3, busy = 0.7 },
      interests = { "coffee", "football", "hand lettering" },
      need = "someone who can draw to redo the café's chalkboard menu before the new prices go up",
      zone = "counter", at = { 5, 1.5 },
      facts = {
        opened_2019 = "opened the café in 2019 after ten years as a chemistry teacher",
        chalkboard = "needs someone to redraw the chalkboard menu before the new prices go up on Monday",
        chemistry = "says making coffee is just chemistry you can drink, and still keeps his old lab goggles",
      },
      moods = { "none", "rushed" },
      nodes = {
        node "hello" {
          says = "Morning! What can I get you?",
          alt = {
            "Morning! What are you having?",
            "Hi there — what can I get you?",
          },
          choices = {
            { "Hi, I'm {name} — meeting a friend. Flat white, please. Lovely café!",
              "introduce_why", next = "why" },
            { "Could I take one of your loyalty cards, and a menu to take away for later?", "card_grab", next = "brush" },
            { "Flat white, please. Thanks.", "exit_graceful" },
          },
        },
        node "why" {
          says = "Thank you! I opened it in 2019. Before that I taught chemistry for ten years. Coffee's just chemistry you can drink.",
          alt = {
            "Thanks! I opened in 2019. Before that, ten years teaching chemistry. Coffee's just chemistry you can drink.",
          },
          reveals = { "opened_2019", "chemistry" },
          choices = {
            { "I loved chemistry at school. The only subject where setting things on fire was allowed.",
              "share", shares = true, next = "common" },
            { "What's keeping you busy this week?", "ask_open", next = "work" },
            { "Ha. Thanks — I'll grab a table.", "exit_graceful" },
          },
        },
        node "common" {
          says = "Allowed and encouraged! I still have my lab goggles in the back. I wear them when I descale the machine. The regulars love it.",
          alt = {
            "Allowed and encouraged! My old lab goggles are in the back. I wear them to descale the machine. The regulars love it.",
          },
          common_ground = true,
          choices = {
            { "What are you working on at the moment, apart from the machine?", "ask_open", next = "work" },
            { "How did you go from chemistry to coffee?", "ask_open", next = "switch" },
            { "Ha — I'd pay good money to see that. Thanks, Seun, I'll go and find my friend.", "exit_graceful" },
          },
        },
        node "switch" {
          says = "A burnt-out Tuesday and a very good espresso in Naples. I came home, handed in my notice and opened this. My mum still calls it my gap year.",
          choices = {
            { "Ha. And what's keeping you busy this week?", "ask_open", next = "work" },
            { "Best gap year ever. Lovely to meet you, Seun — I'll go and find my friend.", "exit_graceful" },
          },
        },
        node "work" {
          says = "Prices go up on Monday, and the chalkboard's a disaster — look at it. My handwriting is a crime. I need someone who can draw.",
          alt = {
            "New prices on Monday, and look at that chalkboard. My handwriting is a crime. I need someone who can draw.",
          },
          reveals = { "chalkboard" },
          need = true,
          choices = {
            { "I'm a designer. I could redo the board for you tomorrow morning.",
              "offer_help", requires = { fact = "chalkboard" }, next = "thanks" },
            { "What do you want it to look like?", "follow_up", uses = "chalkboard", next = "board" },
            { "Good luck with it! I'll let you get to the queue that's building up behind me now.", "exit_graceful" },
          },
        },
        node "board" {
          says = "Like the old sweet shops. Curly letters. Instead I've got something that looks like a ransom note.",
          alt = {
            "Like the old sweet shops — curly letters. What I've got looks like a ransom note.",
          },
          choices = {
            { "I've always wanted to try old sweet-shop lettering. I could do it tomorrow, if you like?",
              "offer_help", requires = { fact = "chalkboard" }, next = "thanks" },
            { "Ha. It's got character. Thanks, Seun.", "exit_graceful" },
          },
        },
        node "thanks" {
          says = "Seriously? Coffee's free for a month if you do. Come in at eight tomorrow, before we open.",
          alt = {
            "Seriously? Free coffee for a month if you do. Come in at eight tomorrow, before we open.",
          },
          choices = {
            { "Deal. Eight o'clock. Thanks, Seun.", "exit_graceful" },
            { "I'll bring chalk pens. See you at eight.", "exit_graceful" },
          },
        },
        node "brush" {
          says = "Sure — there you go. Ten stamps, free coffee. What can I get you?",
          choices = {
            { "A flat white, please. I'm {name}, by the way — I love this place.", "introduce_why", next = "why" },
            { "Just the card for now, thanks.", "exit_graceful" },
            { "(Pocket the card and go to find the table without ordering anything at all.)", "exit_abrupt" },
          },
        },
        node "again" {
          says = "{name}! Back again. Same again?",
          choices = {
            { "Please! How's the chalkboard coming along?", "follow_up", uses = "chalkboard", next = "catch_up" },
            { "Please. What's new?", "ask_open", next = "work" },
            { "Same again, thanks.", "exit_graceful" },
          },
        },
        node "catch_up" {
          says = "Still a ransom note. Monday's getting closer.",
          choices = {
            { "Let me do it. Tomorrow, eight?", "offer_help", requires = { fact = "chalkboard" }, next = "thanks" },
            { "It'll be fine. Thanks, Seun.", "exit_graceful" },
          },
        },
      },
      returning = "again",
      followup = {
        reference = "chalkboard",
        offer = "redraw the chalkboard menu on Sunday morning",
        request = "ask whether I could show some of my lettering on the wall",
        reply_personal = "The board's had more compliments than the coffee. Your month of free flat whites starts now.",
        reply_generic = "Thanks for coming in! See you soon.",
        reply_late = "Hey! Haven't seen you in a while. Come in for a coffee.",
      },
      maintenance = {
        { kind = "check_in", uses = "chalkboard",
          text = "Drop in and ask Seun how the new menu board is holding up",
          reply = "Someone tried to buy it. I said no. It's staying." },
        { kind = "congratulate", uses = "opened_2019",
          text = "Congratulate Seun on the café's birthday",
          reply = "Six years! There's cake. Come by." },
      },
    },

    ---------------------------------------------------------------------------------------
    -- Peggy Dunmore: a retired typesetter doing the crossword at the long table, every
    -- Saturday. Sharp, funny, patient. Needs help putting her knitting club's newsletter
    -- online.
    ---------------------------------------------------------------------------------------
    person {
      id = "peggy_dunmore",
      name = "Peggy Dunmore", org = "retired", role = "typesetter, forty years",
      traits = { openness = 0.6, introversion = 0.45, busy = 0.2 },
      interests = { "crosswords", "typefaces", "knitting" },
      need = "someone to help her put the knitting club's newsletter online",
      zone = "long_table", at = { 12, 2 }, group = "long_table",
      facts = {
        typesetter = "set type by hand for a local printer for forty years, until 1998",
        newsletter = "writes the knitting club's newsletter and wants to put it online, but the website defeats her",
        crossword = "has finished the Saturday crossword every week since 1971, except one",
        good_type = "says good type is invisible: you notice the words, not the letters",
      },
      moods = { "none", "chatty" },
      variants = {
        { id = "since_1968",
          facts = { crossword = "has finished the Saturday crossword every week since 1968, except one" },
          says = { website = "Everything. Forty buttons and none of them says 'print'. And I've finished the crossword every Saturday since 1968, so I'm not stupid." } },
      },
      nodes = {
        node "hello" {
          says = "Seven letters, 'a meeting of old friends'. Any ideas? Oh — hello. Don't mind me.",
          alt = {
            "'A meeting of old friends', seven letters. Any ideas? Oh — hello. Ignore me.",
            "Seven letters: 'a meeting of old friends'. Hmm. Oh, hello, dear. Don't mind me.",
          },
          choices = {
            { "Reunion? Hi, I'm {name} — I'm a designer, and I couldn't resist a crossword.",
              "introduce_why", next = "why" },
            { "Sorry — is this seat free? I need somewhere to plug in my laptop and send some emails before my friend arrives.",
              "card_grab", next = "brush" },
            { "Reunion? Good luck with the rest!", "exit_graceful" },
          },
        },
        node "why" {
          says = "Reunion! Thank you. A designer! I was a typesetter, forty years, letter by letter, until 1998. Your lot replaced us with a mouse.",
          alt = {
            "Reunion! Thank you. A designer! I was a typesetter — forty years, letter by letter, until 1998. Your lot replaced us with a mouse.",
          },
          reveals = { "typesetter" },
          choices = {
            { "I'd have loved to learn it by hand. I spend hours choosing typefaces nobody notices.",
              "share", shares = true, next = "common" },
            { "What are you working on these days, apart from the crossword?", "ask_open", next = "work" },
            { "What was it like, setting type by hand?", "ask_open", next = "printshop" },
            { "Forty years! Lovely to meet you. I'll let you finish.", "exit_graceful" },
          },
        },
        node "common" {
          says = "Nobody's meant to notice! Good type is invisible — you see the words, not the letters. Oh, I like you.",
          alt = {
            "You're not supposed to notice! Good type is invisible — you see the words, not the letters. Oh, I like you.",
          },
          common_ground = true,
          reveals = { "good_type" },
          choices = {
            { "What are you working on these days?", "ask_open", next = "work" },
            { "Could we swap numbers? I'd love to hear more about setting type by hand, some time when you've got an hour.",
              "exchange_contact", next = "contact" },
            { "That's lovely. Thanks, Peggy.", "exit_graceful" },
          },
        },
        node "printshop" {
          says = "Ink to the elbows, and a foreman who could spot a wrong letter from across the room. Backwards, mind — you read everything backwards. I still do, sometimes.",
          choices = {
            { "I spend hours choosing typefaces nobody notices. I'd have loved to learn it your way.",
              "share", shares = true, next = "common" },
            { "And what keeps you busy now?", "ask_open", next = "work" },
            { "Backwards! Amazing. Lovely to meet you, Peggy.", "exit_graceful" },
          },
        },
        node "work" {
          says = "The knitting club's newsletter. I write it, I print it, I post it. They want it online now. The website defeats me completely.",
          alt = {
            "The knitting club's newsletter. I write it, print it, post it. Now they want it online, and the website beats me every time.",
          },
          reveals = { "newsletter" },
          need = true,
          choices = {
            { "I could help you put it online — I do that sort of thing all the time.",
              "offer_help", requires = { fact = "newsletter" }, next = "thanks" },
            { "What's defeating you about it?", "follow_up", uses = "newsletter", next = "website" },
            { "Good luck with it! I'll let you get back to the crossword before it gets cold.", "exit_graceful" },
          },
        },
        node "website" {
          says = "Everything. Forty buttons and none of them says 'print'. And I've finished the crossword every Saturday since 1971, so I'm not stupid.",
          alt = {
            "All of it. Forty buttons and not one says 'print'. And I've finished the crossword every Saturday since 1971, so I'm not daft.",
          },
          reveals = { "crossword" },
          choices = {
            { "You're clearly not. Let me show you — we could do it together, here, one Saturday.",
              "offer_help", requires = { fact = "newsletter" }, next = "thanks" },
            { "Ha. Every Saturday for fifty years? That's amazing. Good luck with the website.", "exit_graceful" },
          },
        },
        node "thanks" {
          says = "Would you? Then I'll bring the newsletter and you bring the patience. Next Saturday, same table?",
          alt = {
            "Would you? Then I'll bring the newsletter and you bring the patience. Next Saturday, this table?",
          },
          choices = {
            { "Let's swap numbers, in case anything changes.", "exchange_contact", next = "contact" },
            { "Next Saturday, same table. I'll bring the patience and a laptop. Lovely to meet you, Peggy.", "exit_graceful" },
          },
        },
        node "contact" {
          says = "Here — my landline. Don't text it; it won't work, and I won't answer.",
          choices = {
            { "Ha. I'll ring. See you, Peggy.", "exit_graceful" },
            { "Good luck with the rest of the crossword.", "follow_up", uses = "crossword" },
          },
        },
        node "brush" {
          says = "It's free. The socket's under the table. Mind the wire.",
          choices = {
            { "Thanks. I'm {name} — sorry, hello first. Reunion, by the way.", "introduce_why", next = "why" },
            { "Thanks.", "exit_graceful" },
            { "(Put your laptop down and your headphones on, and start typing.)", "exit_abrupt" },
          },
        },
        node "again" {
          says = "My designer! Hello again.",
          choices = {
            { "Hello! How's the newsletter going?", "follow_up", uses = "newsletter", next = "catch_up" },
            { "What are you working on?", "ask_open", next = "work" },
            { "Just saying hello.", "exit_graceful" },
          },
        },
        node "catch_up" {
          says = "Still on paper. The club's patient. I'm not.",
          choices = {
            { "Let me help you put it online. Next Saturday?", "offer_help", requires = { fact = "newsletter" }, next = "thanks" },
            { "It'll get there. Lovely to see you, Peggy.", "exit_graceful" },
          },
        },
      },
      returning = "again",
      followup = {
        reference = "newsletter",
        offer = "help put the knitting club's newsletter online next Saturday",
        request = "ask whether she'd show me how type was set by hand",
        reply_personal = "The club thinks I'm a genius now. I didn't tell them it was you. Same table on Saturday?",
        reply_generic = "Thank you for the call. Lovely to meet you.",
        reply_late = "Hello, dear. Remind me who this is?",
      },
      maintenance = {
        { kind = "check_in", uses = "crossword",
          text = "Ask Peggy whether she got the last clue this Saturday",
          reply = "Of course I did. It was 'typeface'. I thought of you." },
        { kind = "share_useful", uses = "good_type",
          text = "Send Peggy a photo of a beautiful old printed poster",
          reply = "Caslon! Hand-set, you can tell by the 'e'. Thank you, dear." },
      },
    },

    ---------------------------------------------------------------------------------------
    -- Park Hye-jin: a freelance illustrator at the long table with Peggy, a fellow Saturday
    -- regular. Dry, generous, busy with a deadline. Needs a second pair of eyes on a pitch.
    ---------------------------------------------------------------------------------------
    person {
      id = "park_hyejin",
      name = "Park Hye-jin", org = "freelance", role = "illustrator",
      traits = { openness = 0.55, introversion = 0.6, busy = 0.5 },
      interests = { "picture books", "hiking", "ink" },
      need = "someone to look at her picture-book pitch before she sends it on Monday",
      zone = "long_table", at = { 13.4, 2.6 }, group = "long_table",
      facts = {
        pitch = "is sending a picture-book pitch to a publisher on Monday and nobody has seen it yet",
        peggy_friend = "has shared the long table with Peggy every Saturday for two years",
        hiking = "walks a stretch of the coast path every month and draws what she sees",
        first_book = "says her first book came from sending ten finished pages, not a plan",
      },
      moods = { "none", "tired" },
      nodes = {
        node "hello" {
          says = "Oh — hi. Sorry, I'm hiding behind my sketchbook. Peggy said you're a designer?",
          alt = {
            "Hi. Don't mind the ink everywhere. Peggy tells me you're a designer?",
          },
          choices = {
            { "Hi, I'm {name} — yes, I design apps mostly. What are you drawing?",
              "introduce_why", next = "why" },
            { "Hi! Do you get much freelance work? I'm looking for more clients — could you pass my name on to anyone?",
              "ask_job", next = "brush_job" },
            { "Could I take one of your cards? I collect illustrators.", "card_grab", next = "brush" },
            { "Hi! Sorry to interrupt — I'll let you draw.", "exit_graceful" },
          },
        },
        node "why" {
          says = "Peggy and I have shared this table every Saturday for two years. She does the crossword, I draw, we argue about fonts. Today I'm panicking, though.",
          alt = {
            "Two years of Saturdays at this table with Peggy. Crossword on her side, ink on mine, arguments about fonts in the middle. Today I'm panicking, though.",
          },
          reveals = { "peggy_friend" },
          choices = {
            { "What's the panic?", "ask_open", next = "work" },
            { "I have a Saturday table too — at the library. Nobody argues about fonts there, sadly.",
              "share", shares = true, next = "common" },
            { "Could we swap details? I'd love to see your drawings some time when you're not busy with the panic.",
              "exchange_contact", next = "contact" },
            { "Ha. I'll leave you two to it.", "exit_graceful" },
          },
        },
        node "common" {
          says = "Sadly! Fonts are the best argument. Peggy always wins, because she set type for forty years and I've only had a laptop.",
          alt = {
            "A great shame. Fonts are worth arguing about. Peggy always wins — forty years of setting type against my laptop.",
          },
          common_ground = true,
          choices = {
            { "So what's the panic today?", "ask_open", next = "work" },
            { "Could I ask — how did you get your first book?", "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "Ha. Lovely to meet you.", "exit_graceful" },
          },
        },
        node "work" {
          says = "I'm sending a picture-book pitch to a publisher on Monday. Nobody has seen it. I can't tell any more if it's good or if I've just looked at it too long.",
          alt = {
            "A picture-book pitch goes to a publisher on Monday, and nobody's seen it. I've looked at it so long I can't tell whether it's any good.",
          },
          reveals = { "pitch" },
          need = true,
          choices = {
            { "I could look at it now, if you like — fresh eyes.",
              "offer_help", requires = { fact = "pitch" }, next = "thanks" },
            { "What's the book about?", "follow_up", uses = "pitch", next = "book" },
            { "Could we swap details, so you can send it to me over the weekend if you'd like another opinion on it?",
              "exchange_contact", next = "contact" },
            { "Good luck on Monday.", "exit_graceful" },
          },
        },
        node "book" {
          says = "A girl who draws the coast path with her grandad, one stile at a time. I walk a stretch of it every month. That bit's true; the talking seagull isn't.",
          reveals = { "hiking" },
          choices = {
            { "My grandad took me walking too. He named every stile.",
              "share", shares = true, next = "stiles" },
            { "Let me look at the pitch now — fresh eyes help.",
              "offer_help", requires = { fact = "pitch" }, next = "thanks" },
            { "It sounds lovely. Good luck on Monday, Hye-jin.", "exit_graceful" },
          },
        },
        node "stiles" {
          says = "He named them! That's going in the book, if you'll let me. See — this is why I needed someone who isn't me to talk to.",
          alt = {
            "Named every stile! I'm stealing that for the book, if you don't mind. This is exactly why I needed to talk to someone who isn't me.",
          },
          common_ground = true,
          choices = {
            { "Take it. And let me look at the pitch before Monday.",
              "offer_help", requires = { fact = "pitch" }, next = "thanks" },
            { "Could I ask — how did you get your first book?", "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "It's yours. Lovely to meet you.", "exit_graceful" },
          },
        },
        node "thanks" {
          says = "Would you? Thank you. Be honest — I can take it. Peggy's only comment was 'nice serifs'.",
          choices = {
            { "Could I ask — how did you get your first book?", "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "Let's swap details and you can send it tonight.", "exchange_contact", next = "contact" },
            { "Honest, promise. I'll come back over before I go.", "exit_graceful" },
          },
        },
        node "advice" {
          says = "I sent ten finished pages, not a plan. Editors want to see the thing, not hear about it. Same for you, I'd guess — show the work.",
          reveals = { "first_book" },
          choices = {
            { "That's useful. Could we swap details?", "exchange_contact", next = "contact" },
            { "Show the work. Thank you.", "exit_graceful" },
          },
        },
        node "contact" {
          says = "Here — my email's on the back of this postcard. It's one of mine: the coast path in the rain.",
          choices = {
            { "It's beautiful. Thanks, Hye-jin.", "exit_graceful" },
            { "Thank you — enjoy the next stretch of the coast path.", "follow_up", uses = "hiking" },
          },
        },
        node "brush" {
          says = "Oh — sure. Here's a postcard with my email on the back. I don't really do cards.",
          choices = {
            { "Thanks. Sorry — I'm {name}, a designer. What are you drawing?", "introduce_why", next = "why" },
            { "Thanks!", "exit_graceful" },
            { "(Take the postcard and go back to your own table without asking anything about her drawing.)", "exit_abrupt" },
          },
        },
        node "brush_job" {
          says = "Um — I barely get enough for myself, honestly. Everyone I know is looking too.",
          choices = {
            { "Sorry — that was a lot. I'm {name}. What are you drawing?", "introduce_why", next = "why" },
            { "Fair enough. Sorry.", "exit_graceful" },
            { "Could I take a card anyway, in case somebody you know ever needs a designer for an app or a website?", "card_grab" },
          },
        },
        node "again" {
          says = "Hi again, {name}.",
          choices = {
            { "How's the pitch looking?", "follow_up", uses = "pitch", next = "catch_up" },
            { "What are you working on?", "ask_open", next = "work" },
            { "Just saying bye!", "exit_graceful" },
          },
        },
        node "catch_up" {
          says = "Same as an hour ago. I moved one seagull. Monday's coming.",
          choices = {
            { "Let me have a look — fresh eyes.", "offer_help", requires = { fact = "pitch" }, next = "thanks" },
            { "Could we swap details, so you can send it to me before Monday and I can give you a proper answer?",
              "exchange_contact", next = "contact" },
            { "The seagull looks great. Bye!", "exit_graceful" },
          },
        },
      },
      returning = "again",
      followup = {
        reference = "pitch",
        offer = "send notes on the picture-book pitch before Monday",
        request = "ask whether she'd look at my portfolio's illustrations",
        reply_personal = "Your notes were perfect — I cut the second seagull. Pitch sent. The stiles are in, with your grandad's names.",
        reply_generic = "Nice to meet you on Saturday!",
        reply_late = "Hi! Sorry — remind me where we met?",
      },
      maintenance = {
        { kind = "congratulate", uses = "pitch",
          text = "Congratulate Hye-jin when the publisher says yes to her picture book",
          reply = "They said yes!! I owe you a very large coffee." },
        { kind = "share_useful", uses = "hiking",
          text = "Send Hye-jin a map of a coast-path stretch she hasn't walked",
          reply = "I haven't done that bit! Next month. I'll send you the drawing." },
      },
    },

    ---------------------------------------------------------------------------------------
    -- Dev Malhotra: the acquaintance's flatmate, waiting by the counter for a takeaway. Cheerful,
    -- in a hurry. His band plays its first gig tonight and he's afraid nobody will come.
    ---------------------------------------------------------------------------------------
    person {
      id = "dev_malhotra",
      name = "Dev Malhotra", org = "Southside Youth Orchestra", role = "music teacher",
      traits = { openness = 0.35, introversion = 0.25, busy = 0.65 },
      interests = { "his band", "teaching", "cycling" },
      need = "people in the audience for his band's first gig tonight",
      zone = "counter", at = { 7.5, 2 },
      facts = {
        flatmate = "is {first}'s flatmate and teaches music to teenagers",
        first_gig = "plays his band's first gig tonight at the Fox and Fiddle and is afraid nobody will come",
        band_name = "plays bass in a band called The Late Buses, named after how they all get home",
      },
      moods = { "none", "rushed" },
      nodes = {
        node "hello" {
          says = "Hey — are you with {first}? I'm Dev, {first}'s flatmate. Just grabbing a takeaway.",
          alt = {
            "Hey — are you here with {first}? I'm Dev, the flatmate. Just picking up a takeaway.",
            "Oh, hi — you must be {first}'s friend. I'm Dev, the flatmate. Waiting on a takeaway.",
          },
          choices = {
            { "Hi, I'm {name} — yes, we met at {met_at}. Nice to meet you.",
              "introduce_why", next = "why" },
            { "Hi! Do you know if {org} is hiring? I'm trying to find out before I ask {first}, so it's less awkward.",
              "ask_job", next = "brush_job" },
            { "Could I take your number? She said you know everyone.", "card_grab", next = "brush" },
            { "Hi! Enjoy your coffee.", "exit_graceful" },
          },
        },
        node "why" {
          says = "Nice! {first} mentioned you. I teach music to teenagers — very loud, very rewarding. Tonight's the big one, though.",
          alt = {
            "Oh, nice — {first} said. I teach music to teenagers: loud, but worth it. Tonight's the big night, though.",
          },
          reveals = { "flatmate" },
          choices = {
            { "I had a music teacher who changed my life. Mr Osei. He let me play drums at lunch.",
              "share", shares = true, next = "common" },
            { "What's happening tonight?", "ask_open", next = "gig" },
            { "What's it like, teaching teenagers?", "ask_open", next = "teaching" },
            { "Ha. Good luck with it, Dev.", "exit_graceful" },
          },
        },
        node "teaching" {
          says = "Loud. Brilliant. This term I've got a Year 9 who only plays one riff, but she plays it perfectly. Anyway — tonight's the big one for me.",
          choices = {
            { "I had a music teacher like you, I bet. Mr Osei. He let me play drums at lunch.",
              "share", shares = true, next = "common" },
            { "What's happening tonight?", "ask_open", next = "gig" },
            { "Ha. Good luck with the riff.", "exit_graceful" },
          },
        },
        node "common" {
          says = "That's the dream, isn't it? Being someone's Mr Osei. I'm trying. Half of them just want to play one riff forever.",
          alt = {
            "That's the dream, right? Being someone's Mr Osei. I'm trying. Half of them want to play one riff for ever.",
          },
          common_ground = true,
          choices = {
            { "So what's happening tonight?", "ask_open", next = "gig" },
            { "Ha. Good luck with them — I'd better get back to the window table before the coffee goes cold.", "exit_graceful" },
          },
        },
        node "gig" {
          says = "My band's first gig. The Fox and Fiddle, nine o'clock. We're called The Late Buses. I'm terrified nobody will come except my mum.",
          alt = {
            "My band's first gig. Nine o'clock, the Fox and Fiddle. We're The Late Buses. I'm terrified it'll be just my mum.",
          },
          reveals = { "first_gig", "band_name" },
          need = true,
          choices = {
            { "I'll come — and I'll bring a couple of friends.",
              "offer_help", requires = { fact = "first_gig" }, next = "thanks" },
            { "The Late Buses — why that name?", "follow_up", uses = "band_name", next = "name" },
            { "Good luck tonight! I'd better get back to the table before {first} thinks I've gone.", "exit_graceful" },
          },
        },
        node "name" {
          says = "Because that's how we all get home after rehearsal. The night bus is basically our fifth member.",
          choices = {
            { "I'll come and cheer, and bring friends who know the night bus too.",
              "offer_help", requires = { fact = "first_gig" }, next = "thanks" },
            { "Ha. Good luck tonight, Dev.", "exit_graceful" },
          },
        },
        node "thanks" {
          says = "You legend. That's four people who aren't my mum. Let me give you my number, in case you can't find it.",
          alt = {
            "You legend. That's four people who aren't my mum. Here, take my number in case you can't find it.",
          },
          choices = {
            { "Go on, then — text me the address.", "exchange_contact", next = "contact" },
            { "See you at nine!", "exit_graceful" },
          },
        },
        node "contact" {
          says = "Done. I'll text you the address. Don't sit at the front; I'm nervous enough.",
          choices = {
            { "Ha. See you tonight, Dev.", "exit_graceful" },
            { "Break a leg. Or a string.", "follow_up", uses = "first_gig" },
          },
        },
        node "brush" {
          says = "Ha — sure, I suppose. Here. I mostly know teenagers, to be fair.",
          choices = {
            { "Thanks. Sorry — I'm {name}, I'm here with {first}.", "introduce_why", next = "why" },
            { "Thanks!", "exit_graceful" },
            { "(Save the number and go straight back to the window table without saying goodbye.)", "exit_abrupt" },
          },
        },
        node "brush_job" {
          says = "No idea, mate — ask {first}? Right there, by the window.",
          choices = {
            { "Fair. Sorry — I'm {name}. Nice to meet you.", "introduce_why", next = "why" },
            { "Right. Thanks.", "exit_graceful" },
            { "Could I take your number anyway, in case I think of anything else about {org} later?", "card_grab" },
          },
        },
        node "again" {
          says = "Hey, {name}! Still here?",
          choices = {
            { "Still here! Nervous about the gig?", "follow_up", uses = "first_gig", next = "catch_up" },
            { "What's happening tonight?", "ask_open", next = "gig" },
            { "Just leaving. Bye, Dev!", "exit_graceful" },
          },
        },
        node "catch_up" {
          says = "Very. My mum's confirmed. That's one.",
          choices = {
            { "Make it two. I'll come.", "offer_help", requires = { fact = "first_gig" }, next = "thanks" },
            { "You'll be great. Bye, Dev.", "exit_graceful" },
          },
        },
      },
      returning = "again",
      followup = {
        reference = "first_gig",
        offer = "bring friends to the next Late Buses gig",
        request = "ask whether the band needs a poster designed",
        reply_personal = "Thanks for coming! Eleven people, not counting my mum. Next gig's in a month — bring everyone.",
        reply_generic = "Hey, thanks!",
        reply_late = "Hey — who's this?",
      },
      maintenance = {
        { kind = "congratulate", uses = "band_name",
          text = "Congratulate Dev when The Late Buses get their first paid gig",
          reply = "Paid! In money! Well, and chips. Thank you!" },
        { kind = "check_in", uses = "first_gig",
          text = "Ask Dev how the first gig went",
          reply = "We played every song too fast and it was the best night of my life." },
      },
    },
  },
}

-- The placeholders, filled in every string of the scenario ({name}, the player, stays for
-- the game). An unknown one is left as written, and `rapport validate` names it.
local values = {
  first = A.first_name, full = A.name, org = A.org, role = A.role, met_at = A.met_at,
  ago = A.weeks_ago, fact = learned and A.fact_you or nil, told = learned and A.fact or nil,
}
local function fill(t, seen)
  if seen[t] then return end
  seen[t] = true
  for k, v in pairs(t) do
    if type(v) == "string" then
      t[k] = v:gsub("{(%a[%w_]*)}", function(key) return values[key] end)
    elseif type(v) == "table" then
      fill(v, seen)
    end
  end
end
fill(coffee, {})
return coffee
