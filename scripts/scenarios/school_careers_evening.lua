-- school_careers_evening.lua — a careers evening in a secondary school's sports hall, for
-- pupils aged 14–16: local employers, apprenticeship providers and former pupils behind
-- tables. Plain words; nothing assumes a degree, or that a parent or teacher is nearby.
-- The lesson is the careers fair's, for a younger player: say who you are and one reason,
-- ask one real question, listen, and leave politely. Written to ../shared/CONTENT.md and
-- docs/scenarios.md. Data only: returns one table built with scripts/lib/rapport.lua.

return scenario {
  id = "school_careers_evening",
  title = "School Careers Evening",
  summary = "Thursday, after school, in the sports hall at Ashgrove School. Local employers, "
    .. "apprenticeship trainers and a few former pupils sit behind folding tables with "
    .. "leaflets and sweets. Nobody expects you to know what you want to do. You have forty "
    .. "minutes before the hall closes.",
  teaches = "Say your name and one reason you came over, ask one real question, listen to "
    .. "the answer, and say thank you before you leave. Taking a leaflet and walking off "
    .. "is easy; a short, real chat is what people remember.",
  minutes = 40,
  order = 15, -- in the scenario list right after the careers fair (10), first of the new mixers
  -- The briefing's opener parts: "Hi, I'm NAME — <why>. <question>"
  openers = {
    why = {
      "I'm in Year 10 and trying to work out what I might like doing",
      "I like making things and wanted to know what your job is really like",
      "I don't know what I want to do yet, so I'm asking people one question each",
    },
    questions = {
      "What does a normal day look like for you?",
      "What were you doing when you were my age?",
      "What do you wish you'd known at sixteen?",
    },
  },
  norms = {
    contact_expected = true,   -- taking someone's email after a real chat is normal tonight
    groups_common = false,     -- most people sit behind their own table
    pace = 0.6,                -- busy, but nobody is in a rush to get rid of you
    job_questions = "after_introduction", -- asking about apprenticeships is why people came
  },
  room = {
    width = 28, height = 18,
    -- A school hall on a careers evening is loud: pupils, parents and employers all talking
    -- over each other. The library corner is the one quiet place.
    zones = {
      { id = "doors",    kind = "entrance", label = "Hall doors",               x = 0,  y = 7,  w = 3,  h = 5,  noise = 0.55 },
      { id = "employers", kind = "booths",  label = "Local employers",          x = 4,  y = 0,  w = 15, h = 5,  noise = 0.80 },
      { id = "training", kind = "booths",   label = "Apprenticeships",          x = 4,  y = 13, w = 15, h = 5,  noise = 0.75 },
      { id = "alumni",   kind = "tables",   label = "Former pupils' table",     x = 8,  y = 7,  w = 8,  h = 4,  noise = 0.65 },
      { id = "squash",   kind = "bar",      label = "Squash and biscuits",      x = 20, y = 0,  w = 8,  h = 6,  noise = 0.70 },
      { id = "library",  kind = "quiet",    label = "Library corner",           x = 20, y = 12, w = 8,  h = 6,  noise = 0.1 },
    },
  },

  -- The seed picks one arrangement of the hall (docs/scenarios.md, "Variants").
  layouts = {
    { id = "as_planned" },
    { id = "kai_left_early", absent = { "kai_thompson" } },
    { id = "crowded_alumni",
      place = {
        sean_obrien = { zone = "squash", at = { 22, 4 } },
        arjun_mehta = { zone = "alumni", at = { 12.6, 9.6 }, group = "old_pupils" },
        fatima_bello = { zone = "library", at = { 22, 14 } },
      } },
  },
  people = {
    ---------------------------------------------------------------------------------------
    -- Denise Clarke: a construction site manager who started as a 16-year-old apprentice
    -- joiner. Brisk and funny; wants pupils for a Saturday have-a-go taster day.
    ---------------------------------------------------------------------------------------
    person {
      id = "denise_clarke",
      name = "Denise Clarke", org = "Brookfield Construction", role = "site manager",
      traits = { openness = 0.7, introversion = 0.25, busy = 0.6 },
      interests = { "building things", "netball", "apprenticeships" },
      need = "pupils to sign up for the Saturday have-a-go day on a real building site",
      zone = "training", at = { 6, 15.5 },
      facts = {
        joiner_at_16 = "started as an apprentice joiner at sixteen, straight from this school",
        taster_day = "is running a free have-a-go day on a building site in March and has only nine names",
        netball = "plays netball on Tuesdays for a team called the Hard Hats",
        start_age = "says Brookfield takes apprentices from sixteen, with applications in January of Year 11",
      },
      moods = { "none", "rushed", "chatty" },
      variants = {
        { id = "may_taster",
          need = "pupils to sign up for the have-a-go day on a building site in May",
          facts = { taster_day = "is running a free have-a-go day on a building site in May and has only six names" },
          says = { work = "The leisure centre. But tonight I'm after people for our have-a-go day in May — bricks, power tools, a crane ride. It's free. I've got six names." } },
      },
      nodes = {
        node "hello" {
          says = "Evening! Brookfield Construction. Have a look at the photos — that's the new leisure centre. Want a hard-hat sticker?",
          alt = {
            "Hiya! Brookfield Construction. That's the new leisure centre in the photos — we built it. Sticker?",
            "Evening! Brookfield. Have a look at the photos, and grab a hard-hat sticker while they last.",
          },
          choices = {
            { "Hi, I'm {name}. I like making things — what's building work actually like?",
              "introduce_why", next = "why" },
            { "Hi, do you take people at sixteen? I'm not really into school and I just want to start earning money as soon as I can.",
              "ask_job", next = "brush_job" },
            { "Can I take one of your leaflets?", "card_grab", next = "brush" },
            { "Just looking, thanks — nice photos!", "exit_graceful" },
          },
        },
        node "why" {
          says = "Noisy, muddy and brilliant. I sat in this hall at your age, left at sixteen and started as an apprentice joiner. Best decision I ever made.",
          alt = {
            "Loud, muddy and brilliant. I sat in this hall at your age, left at sixteen, and started as an apprentice joiner. Never looked back.",
          },
          reveals = { "joiner_at_16" },
          choices = {
            { "I made a bird box in tech last year. It was wonky but I loved it.",
              "share", shares = true, next = "common" },
            { "What are you building at the moment?", "ask_open", next = "work" },
            { "Could I have your email? I might want to ask you more questions later on when I've had a think about it.",
              "exchange_contact", next = "contact" },
            { "That's cool. Thanks — I'll let you talk to the next person.", "exit_graceful" },
          },
        },
        node "common" {
          says = "Wonky is how everyone starts! My first shelf fell off the wall the same night. It's the feeling of 'I made that' that gets you.",
          alt = {
            "Wonky's how everyone starts! My first shelf fell off the wall the same night I put it up. It's that 'I made that' feeling that hooks you.",
          },
          common_ground = true,
          choices = {
            { "What are you working on now?", "ask_open", next = "work" },
            { "Can I ask you something? If you were me, what would you do this year?",
              "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "Could I take your email, in case I have more questions?", "exchange_contact", next = "contact" },
            { "Thanks, that's made me feel better about the bird box. Bye!", "exit_graceful" },
          },
        },
        node "work" {
          says = "The leisure centre. But tonight I'm after people for our have-a-go day in March — bricks, power tools, a crane ride. It's free. I've got nine names.",
          alt = {
            "The leisure centre, mostly. But tonight I want names for our have-a-go day in March: bricks, power tools, a go in the crane. Free. I've got nine names.",
          },
          reveals = { "taster_day" },
          need = true,
          choices = {
            { "I'll sign up. And I can tell my tech class — loads of them would want to come.",
              "offer_help", requires = { fact = "taster_day" }, next = "thanks" },
            { "What would you actually do on the day — is it really on a site?",
              "follow_up", uses = "taster_day", next = "day" },
            { "Could I take your email about the have-a-go day?", "exchange_contact", next = "contact" },
            { "Sounds fun. Good luck getting more names!", "exit_graceful" },
          },
        },
        node "day" {
          says = "Real site, real boots — we lend you them. You lay a few bricks, wire a plug, go up in the cherry picker. Then pizza. I'd rather have twenty kids than nine.",
          alt = {
            "A real site, real boots — we lend them to you. Lay a few bricks, wire a plug, go up in the cherry picker. Then pizza. I'd rather have twenty of you than nine.",
          },
          choices = {
            { "I'd love the cherry picker bit. I'm scared of heights, but I'd still try it.",
              "share", shares = true, next = "heights" },
            { "I could put your poster up in my form room, if that helps?",
              "offer_help", requires = { fact = "taster_day" }, next = "thanks" },
            { "Could I take your email, so I can sign up later when I've asked my friends if they want to come?",
              "exchange_contact", next = "contact" },
            { "Pizza too? I'll think about it. Thanks!", "exit_graceful" },
          },
        },
        node "heights" {
          says = "Ha! So was I. Honestly, I still hold the rail. Lots of people on site are scared of something — you just learn to do it safely. That's half the job.",
          alt = {
            "Ha! Me too. I still hold the rail. Loads of people on site are scared of something — you learn to do it safely. That's half the job.",
          },
          common_ground = true,
          choices = {
            { "Then I'll come — and I'll get my tech class to sign up too.",
              "offer_help", requires = { fact = "taster_day" }, next = "thanks" },
            { "Can I ask you something? If you were me, what would you do this year?",
              "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "Could I take your email?", "exchange_contact", next = "contact" },
            { "That's good to know. Thanks, Denise!", "exit_graceful" },
          },
        },
        node "thanks" {
          says = "You're a star. Write your name on the sheet, and tell them it's free and there's pizza. That usually does it.",
          alt = {
            "You're a star. Pop your name on the sheet, and tell them it's free and there's pizza. Works every time.",
          },
          choices = {
            { "Can I ask you something? If you were me, what would you do this year?",
              "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "Could I have your email too, in case my friends have questions?", "exchange_contact", next = "contact" },
            { "Done — I'll bring my friends to sign up too. Thanks so much, Denise!", "exit_graceful" },
          },
        },
        node "advice" {
          says = "Keep maths going, even if you hate it — you use it every day on site. And our apprenticeships open in January of Year 11. Put it in your phone now.",
          alt = {
            "Keep going with maths, even if you hate it — you use it every day on site. And our apprenticeships open in January of Year 11. Put it in your phone now.",
          },
          reveals = { "start_age" },
          choices = {
            { "I'll put it in now. Could I take your email as well?", "exchange_contact", next = "contact" },
            { "Thank you — I'll remember January. Bye!", "exit_graceful" },
          },
        },
        node "contact" {
          says = "It's on the leaflet — the one with the crane. Put 'have-a-go' at the top so I know it's you. Right, I'm off to Tuesday netball in my head already.",
          alt = {
            "It's on the leaflet with the crane on it. Put 'have-a-go' at the top so I know it's you. Right — Tuesday netball's calling me already.",
          },
          reveals = { "netball" },
          choices = {
            { "Thanks, Denise. I'll let you get on.", "exit_graceful" },
            { "You play netball? Good luck on Tuesday!", "follow_up", uses = "netball" },
          },
        },
        node "brush" {
          says = "Course, help yourself. Everything's on the back, and the website's got videos.",
          alt = {
            "Course, take one. It's all on the back, and there are videos on the website.",
          },
          choices = {
            { "Sorry — hi, I'm {name}. What's building work actually like?",
              "introduce_why", next = "why" },
            { "What are you building at the moment?", "ask_open", next = "work" },
            { "Thanks!", "exit_graceful" },
            { "(Take the leaflet and a handful of sweets, and walk on to the next table.)", "exit_abrupt" },
          },
        },
        node "brush_job" {
          says = "We do take people at sixteen. It's all on the website — applications are in January.",
          choices = {
            { "Sorry, I should say hi first. I'm {name}. What's it really like?",
              "introduce_why", next = "why" },
            { "Thanks, I'll look.", "exit_graceful" },
            { "OK. Can I take a leaflet then, so I've got the website for later when I look it all up at home?", "card_grab" },
          },
        },
        node "again" {
          says = "{name}! Back again. Did you think any more about the have-a-go day?",
          choices = {
            { "I did! Have you got more names for the have-a-go day yet?",
              "follow_up", uses = "taster_day", next = "catch_up" },
            { "What are you working on now?", "ask_open", next = "work" },
            { "Not yet, sorry — just saying hi. Bye!", "exit_graceful" },
          },
        },
        node "catch_up" {
          says = "Fourteen! Getting there. I want twenty, and I'd love a few more girls — it's not just lads' stuff, whatever they tell you.",
          choices = {
            { "I'll ask my friends. A few of them would love it.",
              "offer_help", requires = { fact = "taster_day" }, next = "thanks" },
            { "Could I take your email for it? I'll pass it on to everyone in my tech class, the ones who weren't here tonight.",
              "exchange_contact", next = "contact" },
            { "Fourteen's good! Bye, Denise.", "exit_graceful" },
          },
        },
      },
      returning = "again",
      followup = {
        reference = "taster_day",
        offer = "ask my tech class to sign up for the have-a-go day",
        request = "ask what I'd need to bring on the day",
        reply_personal = "You remembered the have-a-go day! Three from your class have signed up already. Bring a coat — we'll do the boots. See you on the day.",
        reply_generic = "Thanks for coming to the Brookfield table. Apprenticeship info is on our website.",
        reply_late = "Hi! Sorry, I met a lot of people that night — which school was it?",
      },
      maintenance = {
        { kind = "congratulate", uses = "netball",
          text = "Say well done to Denise when the Hard Hats win their netball final",
          reply = "We won by one goal! My knees will never be the same. Thank you!" },
        { kind = "check_in", uses = "taster_day",
          text = "Ask Denise how many people came to the have-a-go day",
          reply = "Twenty-two! The cherry picker queue went round the block. Thanks for spreading the word." },
      },
    },

    ---------------------------------------------------------------------------------------
    -- Arjun Mehta: a former pupil, 19, second-year apprentice electrician. Failed maths the
    -- first time and resat. Making a short video for pupils; needs honest viewers.
    ---------------------------------------------------------------------------------------
    person {
      id = "arjun_mehta",
      name = "Arjun Mehta", org = "Lumen Electrical", role = "apprentice electrician",
      traits = { openness = 0.65, introversion = 0.5, busy = 0.35 },
      interests = { "football", "electric cars", "making videos" },
      need = "pupils to watch his short video about apprenticeships and tell him honestly if it's boring",
      zone = "alumni", at = { 10, 8.5 }, group = "old_pupils",
      facts = {
        left_2023 = "left Ashgrove three years ago and is now in the second year of an electrician apprenticeship",
        maths_resit = "failed maths the first time and passed the resit in November",
        video = "is making a three-minute video about apprenticeships for pupils and needs people your age to say if it's boring",
        five_a_side = "plays five-a-side every Friday with people from his old year",
      },
      moods = { "none", "chatty" },
      variants = {
        { id = "five_minutes",
          facts = { video = "is making a five-minute video about apprenticeships for pupils and needs people your age to say if it's boring" },
          says = { work = "Honestly? I'm making a video about apprenticeships for pupils here. Five minutes. But I'm nineteen — I can't tell if it's boring to someone your age." } },
      },
      nodes = {
        node "hello" {
          says = "Alright? I used to go here, believe it or not. Mr Patel still remembers me, which is worrying.",
          alt = {
            "Alright? I used to go here, honestly. Mr Patel still remembers me. That's not a good sign.",
            "Hey. Former pupil — left three years ago. Mr Patel still knows my name, which is worrying.",
          },
          choices = {
            { "Hi, I'm {name}. What did you do after you left here?", "introduce_why", next = "why" },
            { "Hi. Is your company hiring? I'd honestly take anything to get out of school, even just Saturdays or something.",
              "ask_job", next = "brush_job" },
            { "Can I have one of your stickers?", "card_grab", next = "brush" },
            { "Ha — see you later!", "exit_graceful" },
          },
        },
        node "why" {
          says = "I left three years ago and went straight into an apprenticeship with Lumen Electrical. Second year now. I get paid to learn, which still feels like a trick.",
          alt = {
            "Left three years ago and went straight into an apprenticeship at Lumen Electrical. Second year now. I get paid to learn. Still feels like a trick.",
          },
          reveals = { "left_2023" },
          choices = {
            { "I want to do something where I'm not sat down all day. School's a lot of sitting.",
              "share", shares = true, next = "common" },
            { "What's the hardest bit of it?", "ask_open", next = "hard" },
            { "Could I get your email? My brother wants to ask about apprenticeships too, and he couldn't come tonight.",
              "exchange_contact", next = "contact" },
            { "That sounds good. Thanks, I'll let you talk to others.", "exit_graceful" },
          },
        },
        node "common" {
          says = "Same! I was the kid staring out of the window. On site I'm up ladders, in lofts, never still. Turns out I wasn't lazy — I just hated chairs.",
          alt = {
            "Same! I was the one staring out of the window. On site I'm up ladders, in lofts, never sitting still. Turns out I wasn't lazy — I just hated chairs.",
          },
          common_ground = true,
          choices = {
            { "What was the hardest part for you?", "ask_open", next = "hard" },
            { "What are you doing here tonight?", "ask_open", next = "work" },
            { "Can I ask — what should I do now to get an apprenticeship?",
              "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "Ha, same. Thanks, Arjun — see you.", "exit_graceful" },
          },
        },
        node "hard" {
          says = "Maths, honestly. I failed it first time. Had to resit in November while working. Passed, though. Nobody tells you that's normal.",
          alt = {
            "Maths. I failed it the first time. Had to resit in November while I was working. Passed, though. Nobody tells you that's normal.",
          },
          reveals = { "maths_resit" },
          choices = {
            { "I'm worried about maths too. I get the answers but I panic in tests.",
              "share", shares = true, next = "maths" },
            { "So what are you doing here tonight?", "ask_open", next = "work" },
            { "That's good to hear, thanks. Bye!", "exit_graceful" },
          },
        },
        node "maths" {
          says = "Panicking is the worst. What helped me was doing old papers with a timer in the kitchen. Boring, but the panic goes down each time.",
          alt = {
            "Panicking's the worst. What worked for me was old papers with a timer on, at the kitchen table. Boring, but the panic gets smaller every time.",
          },
          common_ground = true,
          choices = {
            { "I might try that. So what are you doing here tonight?", "ask_open", next = "work" },
            { "Can I ask — what should I do now to get an apprenticeship?",
              "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "Thanks, I'll try the timer. See you!", "exit_graceful" },
          },
        },
        node "work" {
          says = "Honestly? I'm making a video about apprenticeships for pupils here. Three minutes. But I'm nineteen — I can't tell if it's boring to someone your age.",
          alt = {
            "Honestly? I'm making a video about apprenticeships for pupils here. Three minutes long. But I'm nineteen — I can't tell if it's boring for someone your age.",
          },
          reveals = { "video" },
          need = true,
          choices = {
            { "I'll watch it and tell you honestly. I'm good at being bored.",
              "offer_help", requires = { fact = "video" }, next = "thanks" },
            { "What's in the video so far?", "follow_up", uses = "video", next = "video_more" },
            { "Could I take your email, in case I think of questions I want to ask you later on?",
              "exchange_contact", next = "contact" },
            { "Good luck with it!", "exit_graceful" },
          },
        },
        node "video_more" {
          says = "Me wiring a kitchen, my boss talking, and a bit where I fall off a step. My mate says that's the only good part.",
          alt = {
            "Me wiring a kitchen, my boss talking, and a bit where I fall off a step. My mate reckons that's the only good bit.",
          },
          choices = {
            { "Keep the falling bit! And I'll watch the rest and tell you where I get bored.",
              "offer_help", requires = { fact = "video" }, next = "thanks" },
            { "Could I take your email and send you ideas?", "exchange_contact", next = "contact" },
            { "Ha, keep it in. Good luck, Arjun, I'll let you talk to the people waiting behind me now.", "exit_graceful" },
          },
        },
        node "thanks" {
          says = "Deal. Honest is what I need — my mum says everything I make is amazing, which doesn't help.",
          alt = {
            "Deal. Honest is what I need — my mum says everything I make is amazing, and that's no help at all.",
          },
          choices = {
            { "Can I ask — what should I do now to get an apprenticeship?",
              "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "Could I take your email so you can send me the link?", "exchange_contact", next = "contact" },
            { "I'll be honest, promise. See you, Arjun!", "exit_graceful" },
          },
        },
        node "advice" {
          says = "Get some work experience, any kind, and write down what you did. And keep playing football or whatever — I talk about five-a-side in every interview.",
          alt = {
            "Get some work experience — any kind — and write down what you did. And keep up football or whatever you do. I talk about five-a-side in every interview.",
          },
          reveals = { "five_a_side" },
          choices = {
            { "Thanks. Could I take your email for the video?", "exchange_contact", next = "contact" },
            { "That's really useful. Thanks, Arjun.", "exit_graceful" },
          },
        },
        node "contact" {
          says = "Here — it's my work email, so no memes. Put 'video' in the subject and I'll send you the link when it's done.",
          alt = {
            "Here — work email, so no memes. Put 'video' in the subject and I'll send the link when it's done.",
          },
          choices = {
            { "Thanks. I'll let you get on — see you.", "exit_graceful" },
            { "Will do. Good luck with the resits being over!", "follow_up", uses = "maths_resit" },
          },
        },
        node "brush" {
          says = "Yeah, go on, take two. They're from work — we had a box of a thousand.",
          choices = {
            { "Thanks. Sorry — I'm {name}. What did you do after you left here?",
              "introduce_why", next = "why" },
            { "Cheers!", "exit_graceful" },
            { "(Take the stickers and go to the next table without saying anything else to him.)", "exit_abrupt" },
          },
        },
        node "brush_job" {
          says = "We don't do Saturday jobs, sorry. Apprenticeships start at sixteen — there's a leaflet somewhere here.",
          choices = {
            { "Sorry — I'm {name}. What did you do when you left here?",
              "introduce_why", next = "why" },
            { "OK, thanks.", "exit_graceful" },
            { "Can I take the leaflet with me, then? I'll read it on the bus on the way home, probably.", "card_grab" },
          },
        },
        node "again" {
          says = "{name}! Come back for more stickers?",
          choices = {
            { "Ha. How's the apprenticeship video going?", "follow_up", uses = "video", next = "catch_up" },
            { "What are you doing here tonight?", "ask_open", next = "work" },
            { "Just saying bye — thanks for the stickers, Arjun!", "exit_graceful" },
          },
        },
        node "catch_up" {
          says = "Nearly done. Still can't tell if it's boring, though. Everyone I ask is too nice.",
          choices = {
            { "I won't be too nice. Send it to me and I'll tell you.",
              "offer_help", requires = { fact = "video" }, next = "thanks" },
            { "Could I get your email again? I think I lost it, sorry, I put it in my blazer pocket.",
              "exchange_contact", next = "contact" },
            { "Good luck with it!", "exit_graceful" },
          },
        },
      },
      returning = "again",
      followup = {
        reference = "video",
        offer = "watch the video and tell him honestly where it gets boring",
        request = "ask how he found his apprenticeship",
        reply_personal = "You remembered the video! Here's the link. Be harsh — my mum already said it's amazing.",
        reply_generic = "Thanks for coming to the careers evening. Good luck!",
        reply_late = "Hey — sorry, who's this? I met loads of people at the school.",
      },
      maintenance = {
        { kind = "share_useful", uses = "maths_resit",
          text = "Send Arjun the free practice-paper site that helped you with maths",
          reply = "Ha, wish I'd had this! I'll pass it to the new apprentices." },
        { kind = "congratulate", uses = "video",
          text = "Tell Arjun you saw his video shown in assembly",
          reply = "Mr Patel showed it in assembly? That's mad. Thanks for the honest notes." },
      },
    },

    ---------------------------------------------------------------------------------------
    -- Leila Rahimi: a former pupil, 21, software tester at a small app company after a
    -- digital apprenticeship; no degree. Quiet and kind. Needs testers for a maths app.
    ---------------------------------------------------------------------------------------
    person {
      id = "leila_rahimi",
      name = "Leila Rahimi", org = "Brightloop", role = "software tester",
      traits = { openness = 0.5, introversion = 0.75, busy = 0.3 },
      interests = { "puzzles", "drawing", "apps", "cats" },
      need = "pupils aged 14–16 to try her team's maths practice app and say what's annoying",
      zone = "alumni", at = { 11.3, 9 }, group = "old_pupils",
      facts = {
        digital_apprentice = "did a digital apprenticeship after leaving Ashgrove, with no degree, and now tests apps",
        maths_app = "is testing a maths practice app for pupils aged 14–16 and needs testers before it launches",
        drawing = "draws comics about her cat, Biscuit, and posts one every Sunday",
        bug_hunting = "says the best testers notice small annoying things and write them down clearly",
      },
      moods = { "none", "tired" },
      nodes = {
        node "hello" {
          says = "Oh — hi. Sorry, I'm not very good at this bit. I used to go here. I work with apps now.",
          alt = {
            "Oh — hi. Sorry, I'm not great at this part. I used to come here. I work with apps now.",
            "Hi. Um — I'm a former pupil. I test apps. Sorry, I'm better at the testing than the talking.",
          },
          choices = {
            { "Hi, I'm {name}. What does working with apps mean?", "introduce_why", next = "why" },
            { "Do you make games? I'm really good at games — I play for hours. Could I get a job testing them for you?",
              "ask_job", next = "brush_job" },
            { "Can I have your card?", "card_grab", next = "brush" },
            { "That's fine — see you!", "exit_graceful" },
          },
        },
        node "why" {
          says = "I test apps for a company called Brightloop. I find the bugs before you do. I didn't go to uni — I did a digital apprenticeship after I left here.",
          alt = {
            "I test apps for a company called Brightloop — I find the bugs before you do. No uni; I did a digital apprenticeship when I left here.",
          },
          reveals = { "digital_apprentice" },
          choices = {
            { "I didn't know you could do that without uni. I like computers but I'm not a genius at them.",
              "share", shares = true, next = "common" },
            { "What are you testing at the moment?", "ask_open", next = "work" },
            { "Could I take your email?", "exchange_contact", next = "contact" },
            { "Cool. Thanks — I'll let you talk to other people.", "exit_graceful" },
          },
        },
        node "common" {
          says = "Me neither! Honestly, being a genius doesn't matter. Noticing things does. If something annoys you, you write it down — that's half my job.",
          alt = {
            "Me neither! Being a genius doesn't matter. Noticing things does. If something annoys you, you write it down — that's half my job.",
          },
          common_ground = true,
          choices = {
            { "What are you testing now?", "ask_open", next = "work" },
            { "Can I ask how you'd start, if you were me?", "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "Could I have your email, in case I want to ask more about the apprenticeship later on?",
              "exchange_contact", next = "contact" },
            { "That's good to know. Thanks, Leila.", "exit_graceful" },
          },
        },
        node "work" {
          says = "A maths practice app for people your age, actually. It launches after Easter. But all our testers are adults, and they don't know what annoys you.",
          alt = {
            "A maths practice app for people your age, actually. Out after Easter. But all our testers are adults, and they don't know what annoys you.",
          },
          reveals = { "maths_app" },
          need = true,
          choices = {
            { "I'd test it. I do maths homework every night anyway.",
              "offer_help", requires = { fact = "maths_app" }, next = "thanks" },
            { "What kind of things annoy the adults?", "follow_up", uses = "maths_app", next = "annoy" },
            { "Could I take your email?", "exchange_contact", next = "contact" },
            { "Good luck with the launch! I'll let you get back to your table and the people who are waiting.", "exit_graceful" },
          },
        },
        node "annoy" {
          says = "Nothing, that's the problem! They're too polite. I draw comics about my cat on Sundays, and my little cousin is a harsher critic than any of them.",
          alt = {
            "Nothing — that's the problem! They're too polite. I draw comics about my cat on Sundays, and my little cousin is a tougher critic than all of them.",
          },
          reveals = { "drawing" },
          choices = {
            { "I draw too — mostly in the back of my maths book, which is ironic.",
              "share", shares = true, next = "draw" },
            { "I'll be harsh about the app, then. I'll test it for you.",
              "offer_help", requires = { fact = "maths_app" }, next = "thanks" },
            { "Ha. Thanks, Leila — bye!", "exit_graceful" },
          },
        },
        node "draw" {
          says = "The back of the maths book is where all the best drawings live. Mine were dragons. So you notice things and you're honest. You'd be a good tester.",
          alt = {
            "The back of the maths book is where the best drawings live. Mine were dragons. So you notice things, and you're honest. You'd make a good tester.",
          },
          common_ground = true,
          choices = {
            { "Then I'll test the app for you, if that would help?",
              "offer_help", requires = { fact = "maths_app" }, next = "thanks" },
            { "Can I ask how you'd start, if you were me?", "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "Could I take your email, so I can send you one of my dragons? Mine have wings that are far too small.",
              "exchange_contact", next = "contact" },
            { "Thanks! Bye, Leila.", "exit_graceful" },
          },
        },
        node "thanks" {
          says = "Really? That helps so much. It's free, and you'd just write down anything annoying. Even tiny things.",
          alt = {
            "Really? That would help so much. It's free, and you'd just write down anything annoying. Even tiny things.",
          },
          choices = {
            { "Can I ask how you'd start, if you were me?", "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "Could I take your email so you can send it?", "exchange_contact", next = "contact" },
            { "Happy to — I'll write down every tiny annoying thing. Bye, Leila!", "exit_graceful" },
          },
        },
        node "advice" {
          says = "Write down small annoying things clearly — what you did, what happened. That's bug hunting. Put a few in a document, and you've got something to show at an interview.",
          alt = {
            "Write down the small annoying things clearly: what you did, what happened. That's bug hunting. Put a few in a document and you've got something to show at an interview.",
          },
          reveals = { "bug_hunting" },
          choices = {
            { "I'll start a list. Could I have your email?", "exchange_contact", next = "contact" },
            { "Thank you — that's really helpful.", "exit_graceful" },
          },
        },
        node "contact" {
          says = "Here — it's on this little card. Put 'tester' in the subject line. I'll send you the app when it's ready.",
          alt = {
            "Here — it's on this little card. Put 'tester' in the subject. I'll send you the app when it's ready.",
          },
          choices = {
            { "Thanks, Leila. See you!", "exit_graceful" },
            { "Thanks! Say hi to Biscuit for me.", "follow_up", uses = "drawing" },
          },
        },
        node "brush" {
          says = "Um — sure. Here. It's just my work email, really.",
          choices = {
            { "Thanks. I'm {name}, by the way. What do you do with apps?", "introduce_why", next = "why" },
            { "Thanks, bye!", "exit_graceful" },
            { "(Put the card in your pocket and look around for the next table to go to.)", "exit_abrupt" },
          },
        },
        node "brush_job" {
          says = "Oh — we don't really make games, sorry. And jobs go on the website. It's… a lot of spreadsheets, honestly.",
          choices = {
            { "Sorry — I'm {name}. What do you actually do?", "introduce_why", next = "why" },
            { "Oh, OK. Thanks.", "exit_graceful" },
            { "OK. Can I have your card anyway? Just in case you start making games at some point, you never know.", "card_grab" },
          },
        },
        node "again" {
          says = "Oh, hi {name}. You came back.",
          choices = {
            { "I did! Is the maths app ready for testing yet?", "follow_up", uses = "maths_app", next = "catch_up" },
            { "What are you working on?", "ask_open", next = "work" },
            { "Just saying bye, and thanks again for earlier!", "exit_graceful" },
          },
        },
        node "catch_up" {
          says = "Nearly. We still need testers your age. The adults keep saying it's 'fine'.",
          choices = {
            { "I'll test it. I won't say it's fine.", "offer_help", requires = { fact = "maths_app" }, next = "thanks" },
            { "Could I get your email again? I think I left the card on the squash table when I was getting a drink, sorry.",
              "exchange_contact", next = "contact" },
            { "Good luck, Leila!", "exit_graceful" },
          },
        },
      },
      returning = "again",
      followup = {
        reference = "maths_app",
        offer = "test the maths app and write down anything annoying",
        request = "ask how to find a digital apprenticeship",
        reply_personal = "You remembered the maths app! Here's the test link. Write down everything annoying — tiny things too. Thank you!",
        reply_generic = "Thanks for saying hi at the careers evening.",
        reply_late = "Hi! Sorry, remind me who you are? It was a busy evening.",
      },
      maintenance = {
        { kind = "share_useful", uses = "drawing",
          text = "Send Leila a drawing of a cat for her Sunday comic",
          reply = "Biscuit approves. He's going in next week's comic, with credit!" },
        { kind = "check_in", uses = "maths_app",
          text = "Ask Leila whether the maths app launched",
          reply = "It launched! Two of your bugs got fixed first. You're in the thank-you list." },
      },
    },

    ---------------------------------------------------------------------------------------
    -- Grace Mensah: a healthcare assistant turned apprenticeship coordinator at the local
    -- hospital. Warm, busy. Needs pupils for the young volunteers scheme.
    ---------------------------------------------------------------------------------------
    person {
      id = "grace_mensah",
      name = "Grace Mensah", org = "Riverside Hospital", role = "apprenticeship coordinator",
      traits = { openness = 0.75, introversion = 0.3, busy = 0.7 },
      interests = { "nursing", "gospel choir", "cooking" },
      need = "pupils aged 15 and up for the hospital's Saturday young volunteers scheme",
      zone = "training", at = { 13, 15.5 },
      facts = {
        started_hca = "started as a healthcare assistant at eighteen with no qualifications beyond school",
        volunteers = "runs a Saturday young volunteers scheme for pupils aged 15 and up and has empty places",
        choir = "sings in a gospel choir that has a concert at the town hall in June",
        many_jobs = "says a hospital has over three hundred kinds of job, from porters to lab scientists",
      },
      moods = { "none", "rushed" },
      variants = {
        { id = "ten_places",
          facts = { volunteers = "runs a Saturday young volunteers scheme for pupils aged 15 and up and has ten empty places" },
          says = { work = "I run the apprenticeships now, and the Saturday young volunteers — fifteen and up, on the wards, the café, the gardens. Ten empty places, can you believe it?" } },
      },
      nodes = {
        node "hello" {
          says = "Hello, love! Riverside Hospital. Do you know we've got more than doctors and nurses? Have a badge.",
          alt = {
            "Hello, love! Riverside Hospital. Did you know it's not just doctors and nurses? Take a badge.",
            "Hi there! Riverside Hospital — more than doctors and nurses, I promise. Have a badge.",
          },
          choices = {
            { "Hi, I'm {name}. I don't think I want to be a doctor — what else is there?",
              "introduce_why", next = "why" },
            { "I want to be a nurse because the money's steady and you can always get a job. How do I apply to you?",
              "ask_job", next = "brush_job" },
            { "Can I take a badge and a leaflet?", "card_grab", next = "brush" },
            { "Thanks — I'll come back in a bit.", "exit_graceful" },
          },
        },
        node "why" {
          says = "Loads! Porters, cooks, lab scientists, people who fix the scanners. Three hundred kinds of job. I started as a healthcare assistant at eighteen, nothing but my GCSEs.",
          alt = {
            "So many! Porters, cooks, lab scientists, people who fix the scanners — three hundred kinds of job. I started as a healthcare assistant at eighteen, with just my GCSEs.",
          },
          reveals = { "many_jobs", "started_hca" },
          choices = {
            { "My gran was in hospital last year and the porters were the nicest people there.",
              "share", shares = true, next = "common" },
            { "What do you do now?", "ask_open", next = "work" },
            { "Could I take your email, please, so I can look at the list of jobs properly at home later?",
              "exchange_contact", next = "contact" },
            { "Three hundred! Thank you, I'll let you get on.", "exit_graceful" },
          },
        },
        node "common" {
          says = "Oh, they are. Half of getting better is someone being kind to you on the way to the X-ray. I hope your gran's doing well now.",
          alt = {
            "Oh, they are. Half of getting better is someone being kind to you on the way to X-ray. I hope your gran's doing well now.",
          },
          common_ground = true,
          choices = {
            { "She is, thanks. What do you do at the hospital now?", "ask_open", next = "work" },
            { "Could I ask what you'd do if you were me?", "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "Could I take your email?", "exchange_contact", next = "contact" },
            { "Thank you — I'll let you talk to the next person.", "exit_graceful" },
          },
        },
        node "work" {
          says = "I run the apprenticeships now, and the Saturday young volunteers — fifteen and up, helping on the wards, the café, the gardens. I've still got empty places.",
          alt = {
            "I run the apprenticeships now, and the Saturday young volunteers — fifteen and over, on the wards, in the café, in the gardens. I've still got places.",
          },
          reveals = { "volunteers" },
          need = true,
          choices = {
            { "I'm fifteen in May. Could I sign up — and I'll tell my friends about it too.",
              "offer_help", requires = { fact = "volunteers" }, next = "thanks" },
            { "What would volunteers actually do on a Saturday?", "follow_up", uses = "volunteers", next = "saturday" },
            { "Could I take your email about it?", "exchange_contact", next = "contact" },
            { "That sounds nice. Good luck filling it, I'll let the next person have a go now.", "exit_graceful" },
          },
        },
        node "saturday" {
          says = "Chatting to patients who don't get visitors, mostly. Pushing the tea trolley. Reading the paper to someone. You'd be surprised how much it matters.",
          alt = {
            "Mostly chatting to patients who don't get visitors. Pushing the tea trolley. Reading someone the paper. It matters more than you'd think.",
          },
          choices = {
            { "I'd be good at that. I talk to my gran for hours and she says I'm a good listener.",
              "share", shares = true, next = "listener" },
            { "I'd like to do that. Can I put my name down?", "offer_help", requires = { fact = "volunteers" }, next = "thanks" },
            { "That's lovely. Thanks, Grace!", "exit_graceful" },
          },
        },
        node "listener" {
          says = "Then you're exactly who we want. Listening is the whole job, really. I sing in a gospel choir, and that's all singing is too — listening to everyone else.",
          alt = {
            "Then you're just who we want. Listening is the whole job, really. I sing in a gospel choir, and singing's the same — listening to everyone else.",
          },
          common_ground = true,
          reveals = { "choir" },
          choices = {
            { "Then I'll sign up, and ask my friends who are fifteen.",
              "offer_help", requires = { fact = "volunteers" }, next = "thanks" },
            { "Could I ask what you'd do if you were me?", "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "Could I take your email, in case my friends have questions about volunteering on Saturdays?",
              "exchange_contact", next = "contact" },
            { "Thank you, Grace. Bye!", "exit_graceful" },
          },
        },
        node "thanks" {
          says = "Wonderful! Pop your name on my clipboard. I'll send the form — it needs a grown-up to sign, but that's all.",
          alt = {
            "Wonderful! Put your name on my clipboard. I'll send the form — it needs a grown-up to sign, that's all.",
          },
          choices = {
            { "Could I ask what you'd do if you were me?", "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "Could I take your email, in case the form goes missing?", "exchange_contact", next = "contact" },
            { "Done! Thank you, Grace — I'll get the form signed at home tonight.", "exit_graceful" },
          },
        },
        node "advice" {
          says = "Try lots of things and notice what you enjoy, not just what you're good at. And write down anything you help with — volunteering counts on every form.",
          alt = {
            "Try lots of things and notice what you enjoy, not only what you're good at. And write down anything you help with — volunteering counts on every form.",
          },
          choices = {
            { "Thank you. Could I take your email?", "exchange_contact", next = "contact" },
            { "That's really kind. Thank you.", "exit_graceful" },
          },
        },
        node "contact" {
          says = "It's on the back of the badge card — see? Put 'Saturday' at the top. I read every one, even if it takes me a few days.",
          alt = {
            "It's on the back of the badge card, see? Put 'Saturday' at the top. I read every one, even if it takes a few days.",
          },
          choices = {
            { "Thanks, Grace. I'll let you get on.", "exit_graceful" },
            { "Thank you! Good luck with the choir concert.", "follow_up", uses = "choir" },
          },
        },
        node "brush" {
          says = "Of course, help yourself. The leaflet has all the apprenticeships on the back.",
          choices = {
            { "Thanks. Sorry — I'm {name}. What jobs are there apart from doctors?",
              "introduce_why", next = "why" },
            { "Thank you!", "exit_graceful" },
            { "(Take a badge and a leaflet, and keep walking along the tables towards the squash.)", "exit_abrupt" },
          },
        },
        node "brush_job" {
          says = "Nursing's a lovely job — but it's a lot more than steady money. The leaflet tells you how to apply when you're older.",
          choices = {
            { "Sorry, that came out wrong. I'm {name}. What's it really like?",
              "introduce_why", next = "why" },
            { "OK, thanks.", "exit_graceful" },
            { "Could I have the leaflet, then? I'll show it to my mum and she can help me read it all properly.", "card_grab" },
          },
        },
        node "again" {
          says = "{name}! Hello again, love.",
          choices = {
            { "Hi! Have you filled the Saturday volunteer places yet?", "follow_up", uses = "volunteers", next = "catch_up" },
            { "What do you do at the hospital?", "ask_open", next = "work" },
            { "Just saying bye — thank you for earlier, Grace!", "exit_graceful" },
          },
        },
        node "catch_up" {
          says = "Not yet! Four still empty. It's a hard sell on a Saturday morning, I know.",
          choices = {
            { "I'll sign up, and ask around.", "offer_help", requires = { fact = "volunteers" }, next = "thanks" },
            { "Could I take your email? I'll send it to my friends, because a couple of them weren't allowed to come tonight.",
              "exchange_contact", next = "contact" },
            { "Good luck! Bye, Grace.", "exit_graceful" },
          },
        },
      },
      returning = "again",
      followup = {
        reference = "volunteers",
        offer = "sign up for the Saturday volunteers and ask my friends who are fifteen",
        request = "ask what the form needs",
        reply_personal = "How lovely that you wrote about the Saturday volunteers! I've attached the form. Two places left — bring a friend.",
        reply_generic = "Thank you for visiting the Riverside Hospital table. All our apprenticeships are on the website.",
        reply_late = "Hello! Sorry, I spoke to so many pupils — which school was it?",
      },
      maintenance = {
        { kind = "congratulate", uses = "choir",
          text = "Wish Grace luck for the choir concert at the town hall",
          reply = "Thank you! My knees were shaking but we sang beautifully." },
        { kind = "check_in", uses = "volunteers",
          text = "Tell Grace how your first Saturday volunteering went",
          reply = "Mrs Hughes on Ward 6 asked for you by name this week. That's a first!" },
      },
    },

    ---------------------------------------------------------------------------------------
    -- Tomasz Wójcik: runs a bike repair shop on the high street; takes one apprentice a
    -- year. Dry, patient. Needs help for a free bike-fixing day in the park.
    ---------------------------------------------------------------------------------------
    person {
      id = "tomasz_wojcik",
      name = "Tomasz Wójcik", org = "Spoke & Chain Bikes", role = "owner and mechanic",
      traits = { openness = 0.6, introversion = 0.6, busy = 0.45 },
      interests = { "bikes", "fishing", "fixing old radios" },
      need = "helpers for a free bike-fixing day in the park",
      zone = "employers", at = { 7, 2.5 },
      facts = {
        shop_12 = "has run the bike shop on the high street for twelve years and takes one apprentice a year",
        fix_day = "is running a free bike-fixing day in Ashgrove Park in April and needs helpers to hand out tickets and pump tyres",
        radios = "fixes old radios in his spare time and has forty of them in his shed",
        no_fear = "says the main thing he looks for is someone who isn't scared to ask when they don't know",
      },
      moods = { "none", "tired", "chatty" },
      nodes = {
        node "hello" {
          says = "Hello. Spoke & Chain — bike shop on the high street. Mind the wheel, it's greasy.",
          alt = {
            "Hello. Spoke & Chain, the bike shop on the high street. Careful — that wheel's greasy.",
            "Evening. Bike shop, high street — Spoke & Chain. Don't touch the wheel, it's oily.",
          },
          choices = {
            { "Hi, I'm {name}. I fixed my own bike chain last week. What's your job like?",
              "introduce_why", next = "why" },
            { "Hi. Can I work at your shop? I'm good with bikes and I need the money for a new phone.",
              "ask_job", next = "brush_job" },
            { "Can I take your card?", "card_grab", next = "brush" },
            { "Nice wheel! See you.", "exit_graceful" },
          },
        },
        node "why" {
          says = "You fixed your own chain? Good. Most people bring it to me. Twelve years I've had the shop. I take one apprentice a year — this year, nobody yet.",
          alt = {
            "You fixed your own chain? Good. Most people bring it to me. Twelve years with the shop. One apprentice a year — this year, nobody yet.",
          },
          reveals = { "shop_12" },
          choices = {
            { "It took me an hour and a video, and I got oil on my mum's towel.",
              "share", shares = true, next = "common" },
            { "What's the shop busy with at the moment?", "ask_open", next = "work" },
            { "Could I take your email, please? My friend's bike has been broken for months and he can't fix it.",
              "exchange_contact", next = "contact" },
            { "Thanks — I'll let you talk to others.", "exit_graceful" },
          },
        },
        node "common" {
          says = "Ha! Every mechanic has ruined a towel. My first was my grandmother's, in Kraków. She never forgave me.",
          alt = {
            "Ha! Every mechanic has ruined a towel. Mine was my grandmother's, in Kraków. She never forgave me.",
          },
          common_ground = true,
          choices = {
            { "What are you busy with at the moment?", "ask_open", next = "work" },
            { "What would you look for in an apprentice?", "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "Could I take your email?", "exchange_contact", next = "contact" },
            { "Ha. Thanks, Tomasz!", "exit_graceful" },
          },
        },
        node "work" {
          says = "In April I do a free bike-fixing day in Ashgrove Park. Two hundred bikes. I need people to hand out tickets and pump tyres, or it's chaos.",
          alt = {
            "In April there's my free bike-fixing day in Ashgrove Park. Two hundred bikes. I need people for tickets and tyre pumps, or it's chaos.",
          },
          reveals = { "fix_day" },
          need = true,
          choices = {
            { "I could help. I can pump tyres — and give out tickets.",
              "offer_help", requires = { fact = "fix_day" }, next = "thanks" },
            { "Two hundred bikes in one day? How do you fix that many?", "follow_up", uses = "fix_day", next = "how" },
            { "Could I take your email, please, so I can tell my friend about the day in the park?",
              "exchange_contact", next = "contact" },
            { "Good luck in April.", "exit_graceful" },
          },
        },
        node "how" {
          says = "Mostly it's brakes and tyres — quick jobs. The hard part is the queue. At home I fix old radios, forty in my shed. Bikes are easier. Radios argue back.",
          alt = {
            "Mostly brakes and tyres — quick jobs. The hard bit is the queue. At home I fix old radios; I have forty in my shed. Bikes are easier. Radios argue back.",
          },
          reveals = { "radios" },
          choices = {
            { "My grandad had an old radio. I took it apart once and couldn't put it back together.",
              "share", shares = true, next = "radio" },
            { "I'll help with the queue, if you like?", "offer_help", requires = { fact = "fix_day" }, next = "thanks" },
            { "Forty radios! Thanks, Tomasz.", "exit_graceful" },
          },
        },
        node "radio" {
          says = "Everybody's first radio ends in a box of screws. Bring it to the shop one day — we'll do it together. That's how I learned.",
          alt = {
            "Everyone's first radio ends up as a box of screws. Bring it to the shop one day and we'll do it together. That's how I learned.",
          },
          common_ground = true,
          choices = {
            { "I'd like that. And I'll help with the queue on the bike day.",
              "offer_help", requires = { fact = "fix_day" }, next = "thanks" },
            { "What would you look for in an apprentice?", "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "Could I take your email, so I can ask when it's a good time to bring my grandad's radio in?",
              "exchange_contact", next = "contact" },
            { "I'll find the box. Thanks!", "exit_graceful" },
          },
        },
        node "thanks" {
          says = "Good. Very good. I'll put you on tickets — that's the important job. Nobody argues with the ticket person.",
          alt = {
            "Good. Very good. You're on tickets — the important job. Nobody argues with the ticket person.",
          },
          choices = {
            { "What would you look for in an apprentice?", "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "Could I take your email for the day?", "exchange_contact", next = "contact" },
            { "Deal. Tickets it is — see you in April, Tomasz.", "exit_graceful" },
          },
        },
        node "advice" {
          says = "Someone who isn't scared to say 'I don't know'. That's all. The ones who pretend break things. The ones who ask, I can teach.",
          alt = {
            "Someone who isn't scared to say 'I don't know'. That's it. The ones who pretend break things. The ones who ask, I can teach.",
          },
          reveals = { "no_fear" },
          choices = {
            { "I'll remember that. Could I take your email?", "exchange_contact", next = "contact" },
            { "Thanks. That's really useful.", "exit_graceful" },
          },
        },
        node "contact" {
          says = "Here — card. A bit greasy, sorry. Email me with 'park' in the title.",
          alt = {
            "Here — my card. Bit greasy, sorry. Email me with 'park' in the title.",
          },
          choices = {
            { "Thanks, Tomasz. See you.", "exit_graceful" },
            { "Thanks! Good luck with the radios.", "follow_up", uses = "radios" },
          },
        },
        node "brush" {
          says = "Here. It's a bit greasy.",
          choices = {
            { "Thanks. I'm {name}. I fixed my own chain last week — what's the job like?",
              "introduce_why", next = "why" },
            { "Thanks!", "exit_graceful" },
            { "(Wipe the card on your sleeve, put it away and head over to the next table.)", "exit_abrupt" },
          },
        },
        node "brush_job" {
          says = "I don't really do Saturday jobs. I take one apprentice a year, from sixteen. Come back then, maybe.",
          choices = {
            { "Sorry — I'm {name}. I do like bikes, honestly. What's the job like?",
              "introduce_why", next = "why" },
            { "OK, thanks.", "exit_graceful" },
            { "OK. Can I take your card so I remember to come back when I'm sixteen and looking for something?", "card_grab" },
          },
        },
        node "again" {
          says = "{name}. The chain fixer. Back again.",
          choices = {
            { "Yes! Do you have enough helpers for the bike day yet?", "follow_up", uses = "fix_day", next = "catch_up" },
            { "What's the shop busy with?", "ask_open", next = "work" },
            { "Just saying bye. Thanks for the bike tips!", "exit_graceful" },
          },
        },
        node "catch_up" {
          says = "Two. I need six. Everyone wants to fix bikes; nobody wants to do tickets.",
          choices = {
            { "I'll do tickets.", "offer_help", requires = { fact = "fix_day" }, next = "thanks" },
            { "Could I take your email? I'll ask my friends who have bikes if any of them want to help out on the day.",
              "exchange_contact", next = "contact" },
            { "Good luck finding them!", "exit_graceful" },
          },
        },
      },
      returning = "again",
      followup = {
        reference = "fix_day",
        offer = "help with tickets at the bike-fixing day",
        request = "ask what time to come on the day",
        reply_personal = "You remembered the park day. Good. Nine o'clock, by the bandstand. You're on tickets.",
        reply_generic = "Thanks for visiting the Spoke & Chain table.",
        reply_late = "Hello. Sorry — who is this?",
      },
      maintenance = {
        { kind = "share_useful", uses = "radios",
          text = "Send Tomasz a photo of an old radio at a car-boot sale",
          reply = "1962! Buy it. I'll fix it with you." },
        { kind = "check_in", uses = "fix_day",
          text = "Ask Tomasz how the bike-fixing day went",
          reply = "Two hundred and twelve bikes. The ticket person was the hero. Thank you." },
      },
    },

    ---------------------------------------------------------------------------------------
    -- Sean O'Brien: chef-owner of a café on the market square; started washing dishes at
    -- fifteen. Loud, kind. Needs ideas for a cheap lunch menu for teenagers.
    ---------------------------------------------------------------------------------------
    person {
      id = "sean_obrien",
      name = "Seán O'Brien", org = "The Copper Pot café", role = "chef and owner",
      traits = { openness = 0.8, introversion = 0.2, busy = 0.55 },
      interests = { "cooking", "hurling", "markets" },
      need = "ideas from young people for a cheap after-school menu at his café",
      zone = "employers", at = { 15, 2.5 },
      facts = {
        dishes_at_15 = "started washing dishes in a café at fifteen and worked his way up to chef",
        teen_menu = "wants to start a cheap after-school menu and needs to know what people your age would actually buy",
        hurling = "played hurling in Cork until he was twenty, and still has the scar",
        kitchen_tip = "says the most useful thing in a kitchen is turning up on time and saying yes to washing up",
      },
      moods = { "none", "chatty", "rushed" },
      variants = {
        { id = "kilkenny",
          facts = { hurling = "played hurling in Kilkenny until he was twenty, and still has the scar" },
          says = { ideas = "Soup. My son laughed at me. He says nobody wants soup. I said I played hurling in Kilkenny for ten years, I can take criticism." } },
      },
      nodes = {
        node "hello" {
          says = "Howya! Have a flapjack — I made two hundred and I'm not bringing them home. The Copper Pot, on the market square.",
          alt = {
            "Howya! Flapjack? I made two hundred and I'm not carrying them home. The Copper Pot — market square.",
            "Evening! Have a flapjack, go on. The Copper Pot, on the market square. I over-baked. Again.",
          },
          choices = {
            { "Hi, I'm {name}. Thanks! How did you become a chef?", "introduce_why", next = "why" },
            { "Hi! Are you looking for people to work in the kitchen? I can cook pasta and I'm really fast at washing up.",
              "ask_job", next = "brush_job" },
            { "Can I take two flapjacks and a menu?", "card_grab", next = "brush" },
            { "Thanks for the flapjack!", "exit_graceful" },
          },
        },
        node "why" {
          says = "Washing dishes at fifteen! In a café in Cork. I just kept saying yes to things until they let me near the cooker.",
          alt = {
            "Washing dishes at fifteen, in a café in Cork! I kept saying yes to things until they let me near the cooker.",
          },
          reveals = { "dishes_at_15" },
          choices = {
            { "I cook at home sometimes. My pasta bake is famous in my house. Well, my brother eats it.",
              "share", shares = true, next = "common" },
            { "What's the café like now?", "ask_open", next = "work" },
            { "Could I have your email? My cousin wants to be a chef but she's too shy to come to things like this.",
              "exchange_contact", next = "contact" },
            { "Thanks — I'll let you get on.", "exit_graceful" },
          },
        },
        node "common" {
          says = "A brother who eats it is the best review you'll get. Mine ate everything I made, even the burnt stuff. That's how you learn.",
          alt = {
            "A brother who eats it is the best review there is. Mine ate everything I made, burnt or not. That's how you learn.",
          },
          common_ground = true,
          choices = {
            { "What's going on at the café at the moment?", "ask_open", next = "work" },
            { "If you were me, how would you start?", "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "Could I take your email?", "exchange_contact", next = "contact" },
            { "Thanks for the flapjack, Seán!", "exit_graceful" },
          },
        },
        node "work" {
          says = "Busy! And I want an after-school menu — cheap, proper food. But I'm forty-six. I've no idea what people your age would actually buy for three pounds.",
          alt = {
            "Busy! And I want an after-school menu — cheap, proper food. But I'm forty-six. I haven't a clue what people your age would buy for three pounds.",
          },
          reveals = { "teen_menu" },
          need = true,
          choices = {
            { "I could ask my class what they'd buy and send you a list.",
              "offer_help", requires = { fact = "teen_menu" }, next = "thanks" },
            { "What have you thought of so far?", "follow_up", uses = "teen_menu", next = "ideas" },
            { "Could I take your email?", "exchange_contact", next = "contact" },
            { "Good luck with the menu — I'll let you keep handing out flapjacks to everyone else.", "exit_graceful" },
          },
        },
        node "ideas" {
          says = "Soup. My daughter laughed at me. She says nobody wants soup. I said I played hurling for ten years, I can take criticism.",
          alt = {
            "Soup. My daughter laughed at me — says nobody wants soup. I told her I played hurling for ten years, I can take criticism.",
          },
          reveals = { "hurling" },
          choices = {
            { "She's right, sorry. Everyone at my school wants cheesy toast or noodles.",
              "share", shares = true, next = "noodles" },
            { "I'll ask my class and tell you what they'd really buy.",
              "offer_help", requires = { fact = "teen_menu" }, next = "thanks" },
            { "Ha. Good luck! Bye, Seán.", "exit_graceful" },
          },
        },
        node "noodles" {
          says = "Cheesy toast! See, that's worth more than a week of me thinking. You're hired as my menu adviser. Unpaid, mind. Payment in flapjacks.",
          alt = {
            "Cheesy toast! That's worth more than a week of me thinking. You're my menu adviser now. Unpaid, mind. Paid in flapjacks.",
          },
          common_ground = true,
          choices = {
            { "Deal. I'll ask my whole class and send you a proper list.",
              "offer_help", requires = { fact = "teen_menu" }, next = "thanks" },
            { "If you were me, how would you start?", "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "Could I take your email, so I can send you what my class says about the menu idea?",
              "exchange_contact", next = "contact" },
            { "Ha! Bye, Seán.", "exit_graceful" },
          },
        },
        node "thanks" {
          says = "You'd do that? Grand. Put prices next to things, too — that's the bit I keep getting wrong.",
          alt = {
            "You'd do that? Grand. Put prices next to things too — that's the bit I always get wrong.",
          },
          choices = {
            { "If you were me, how would you start?", "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "Could I take your email to send it?", "exchange_contact", next = "contact" },
            { "I'll do the prices this week, I promise. Bye, Seán!", "exit_graceful" },
          },
        },
        node "advice" {
          says = "Turn up on time and say yes to the washing up. Every chef I know started at the sink. And cook for people at home — that's practice.",
          alt = {
            "Be on time, and say yes to the washing up. Every chef I know began at the sink. And cook for your family — that counts as practice.",
          },
          reveals = { "kitchen_tip" },
          choices = {
            { "Thanks. Could I take your email?", "exchange_contact", next = "contact" },
            { "I'll remember that. Thanks, Seán.", "exit_graceful" },
          },
        },
        node "contact" {
          says = "Here — it's on the menu, bottom corner. Write 'menu' at the top so it doesn't end up with the bills.",
          alt = {
            "Here — it's on the menu, bottom corner. Put 'menu' at the top so it doesn't get lost with the bills.",
          },
          choices = {
            { "Thanks, Seán. See you!", "exit_graceful" },
            { "Thanks! Did you get the hurling scar in a match?", "follow_up", uses = "hurling" },
          },
        },
        node "brush" {
          says = "Go on, take three. The menu's on the table.",
          choices = {
            { "Thanks! I'm {name}. How did you become a chef?", "introduce_why", next = "why" },
            { "Thanks!", "exit_graceful" },
            { "(Take the flapjacks and a menu, and walk off towards the apprenticeship tables.)", "exit_abrupt" },
          },
        },
        node "brush_job" {
          says = "Ah, not till you're sixteen, sorry — kitchens have rules. Come and see me then, maybe.",
          choices = {
            { "Sorry, I'm {name}. How did you become a chef?", "introduce_why", next = "why" },
            { "OK. Thanks.", "exit_graceful" },
            { "Can I take a menu then, so I've got the address and can come back when I'm old enough to work?", "card_grab" },
          },
        },
        node "again" {
          says = "{name}! Back for more flapjacks? Fair play.",
          choices = {
            { "Ha. Did you decide on the after-school menu?", "follow_up", uses = "teen_menu", next = "catch_up" },
            { "What's the café like?", "ask_open", next = "work" },
            { "Just saying bye — thanks for the flapjack!", "exit_graceful" },
          },
        },
        node "catch_up" {
          says = "Still stuck between soup and my daughter's opinion. I need more people your age to tell me.",
          choices = {
            { "I'll ask my class for you.", "offer_help", requires = { fact = "teen_menu" }, next = "thanks" },
            { "Could I take your email again? The flapjack got on the last one and I can't read the address now.",
              "exchange_contact", next = "contact" },
            { "Good luck, Seán!", "exit_graceful" },
          },
        },
      },
      returning = "again",
      followup = {
        reference = "teen_menu",
        offer = "send a list of what my class would buy after school, with prices",
        request = "ask whether I could help in the café kitchen when I'm sixteen",
        reply_personal = "You remembered the menu! Cheesy toast is going on the board on Monday. The first one's on me.",
        reply_generic = "Thanks for stopping by the Copper Pot table!",
        reply_late = "Hello! Sorry, who's this? I met half the town that night.",
      },
      maintenance = {
        { kind = "check_in", uses = "teen_menu",
          text = "Ask Seán how the after-school menu is selling",
          reply = "The cheesy toast is outselling the soup ten to one. My daughter is unbearable now." },
        { kind = "share_useful", uses = "hurling",
          text = "Send Seán a clip of a great hurling goal",
          reply = "Now THAT is a goal. Watched it six times. Thanks!" },
      },
    },

    ---------------------------------------------------------------------------------------
    -- Fatima Bello: a careers adviser for the council's youth service, in the quiet library
    -- corner. Calm, thoughtful. Needs pupils for a youth panel on careers help.
    ---------------------------------------------------------------------------------------
    person {
      id = "fatima_bello",
      name = "Fatima Bello", org = "Ashgrove Youth Service", role = "careers adviser",
      traits = { openness = 0.8, introversion = 0.55, busy = 0.3 },
      interests = { "helping people find their way", "chess", "her parents' shop" },
      need = "pupils for a youth panel that tells the council what careers help young people want",
      zone = "library", at = { 24, 15 },
      facts = {
        shop_kid = "grew up working in her parents' corner shop and did her homework on the counter",
        youth_panel = "is setting up a youth panel to tell the council what careers help young people want, and needs members",
        chess = "runs a free chess club at the library on Wednesdays",
        not_knowing = "says most adults didn't know what they wanted at sixteen either, and changed jobs several times",
      },
      moods = { "none", "tired" },
      nodes = {
        node "hello" {
          says = "Hi. It's quieter back here, isn't it? I'm Fatima. I help people work out what they might like doing. No pressure.",
          alt = {
            "Hi. Quieter back here, isn't it? I'm Fatima. I help people work out what they might like doing. No pressure at all.",
            "Hello. Needed a bit of quiet? Me too. I'm Fatima — I help people think about what they might like to do.",
          },
          choices = {
            { "Hi, I'm {name}. I honestly don't know what I want to do.", "introduce_why", next = "why" },
            { "Can you tell me which job pays the most? I just want to pick that one and then I don't have to think about it.",
              "ask_job", next = "brush_job" },
            { "Can I take your leaflet?", "card_grab", next = "brush" },
            { "It is quieter. I'll just sit for a bit, thanks.", "exit_graceful" },
          },
        },
        node "why" {
          says = "That's completely normal. Most adults didn't know at sixteen either. I grew up doing homework on the counter of my parents' corner shop — I thought I'd run it one day.",
          alt = {
            "That's completely normal. Most adults didn't know at sixteen either. I did my homework on the counter of my parents' corner shop — I thought I'd run it one day.",
          },
          reveals = { "not_knowing", "shop_kid" },
          choices = {
            { "My aunt has a shop. I help on Saturdays, and I like talking to the regulars.",
              "share", shares = true, next = "common" },
            { "What made you do this job instead?", "ask_open", next = "work" },
            { "Could I take your email? I might want to talk to you again once I've had a proper think about everything.",
              "exchange_contact", next = "contact" },
            { "That helps. Thanks — I'll leave you to it.", "exit_graceful" },
          },
        },
        node "common" {
          says = "The regulars! The ones who tell you their whole week while buying milk. That's where I learned to listen. You're learning it too, you know.",
          alt = {
            "The regulars! The ones who tell you their whole week while they buy milk. That's where I learned to listen. You're learning it too, you know.",
          },
          common_ground = true,
          choices = {
            { "What are you working on now?", "ask_open", next = "work" },
            { "What would you do if you were me?", "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "Could I take your email?", "exchange_contact", next = "contact" },
            { "I never thought of it like that. Thanks, Fatima.", "exit_graceful" },
          },
        },
        node "work" {
          says = "I'm setting up a youth panel. Young people tell the council what careers help they actually want — not what adults think they want. I need members.",
          alt = {
            "I'm starting a youth panel: young people telling the council what careers help they actually want, not what adults think they want. I need members.",
          },
          reveals = { "youth_panel" },
          need = true,
          choices = {
            { "I'd join. I have a lot of opinions about careers lessons.",
              "offer_help", requires = { fact = "youth_panel" }, next = "thanks" },
            { "What would the panel actually do?", "follow_up", uses = "youth_panel", next = "panel" },
            { "Could I take your email, in case I have questions about it later on?", "exchange_contact", next = "contact" },
            { "That sounds good. Good luck!", "exit_graceful" },
          },
        },
        node "panel" {
          says = "Meet once a month at the library, after school. Tell the council what's useless and what helps. There are biscuits. I also run chess club there on Wednesdays.",
          alt = {
            "Once a month at the library, after school. Tell the council what's useless and what helps. There are biscuits. I run a chess club there on Wednesdays too.",
          },
          reveals = { "chess" },
          choices = {
            { "I play chess with my grandad. He always wins, but I'm getting closer.",
              "share", shares = true, next = "chess_common" },
            { "I'd like to be on the panel, if there's space.",
              "offer_help", requires = { fact = "youth_panel" }, next = "thanks" },
            { "Biscuits help. Thanks, Fatima!", "exit_graceful" },
          },
        },
        node "chess_common" {
          says = "Grandads are the hardest players in the world. Bring him on a Wednesday! And honestly — someone who keeps losing and keeps playing is who I want on the panel.",
          alt = {
            "Grandads are the toughest players in the world. Bring him on a Wednesday! And someone who keeps losing and keeps playing is exactly who I want on the panel.",
          },
          common_ground = true,
          choices = {
            { "Then I'll join the panel. I can bring a friend too.",
              "offer_help", requires = { fact = "youth_panel" }, next = "thanks" },
            { "What would you do if you were me?", "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "Could I take your email, so I can ask my grandad if he wants to come to the chess club?",
              "exchange_contact", next = "contact" },
            { "I'll ask him. Thanks, Fatima.", "exit_graceful" },
          },
        },
        node "thanks" {
          says = "Thank you. Really. The council listens more when it's young people saying it, not me.",
          alt = {
            "Thank you, honestly. The council listens far more when young people say it than when I do.",
          },
          choices = {
            { "What would you do if you were me?", "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "Could I take your email for the first meeting?", "exchange_contact", next = "contact" },
            { "I'll be there. Bye, Fatima.", "exit_graceful" },
          },
        },
        node "advice" {
          says = "Don't pick a job yet. Pick the next small step — a taster day, a chat like this. Then the next one. That's how most people find their way.",
          alt = {
            "Don't pick a job yet. Pick the next small step — a taster day, a chat like this one. Then the next. That's how most people find their way.",
          },
          choices = {
            { "That's a relief. Could I take your email?", "exchange_contact", next = "contact" },
            { "The next small step. Thanks, Fatima.", "exit_graceful" },
          },
        },
        node "contact" {
          says = "Of course — here's my email. Write 'panel' at the top. And you can email me any time you're stuck about choices.",
          alt = {
            "Of course — here's my email. Put 'panel' at the top. And email me any time you're stuck about choices.",
          },
          choices = {
            { "Thank you. I'll let you talk to others.", "exit_graceful" },
            { "Thanks! See you at chess club, maybe.", "follow_up", uses = "chess" },
          },
        },
        node "brush" {
          says = "Of course. It's got the youth service's number on it, if you ever want to talk things through.",
          choices = {
            { "Thanks. I'm {name}. I don't really know what I want to do.", "introduce_why", next = "why" },
            { "Thanks.", "exit_graceful" },
            { "(Take the leaflet, fold it into your pocket, and go back out towards the noise.)", "exit_abrupt" },
          },
        },
        node "brush_job" {
          says = "Ha — I can't promise that one. Pay changes a lot. The leaflet has a page on it, if you want to look.",
          choices = {
            { "Sorry — I'm {name}. Honestly, I don't know what I want to do.", "introduce_why", next = "why" },
            { "OK. Thanks.", "exit_graceful" },
            { "Can I take the leaflet, then? I'll look at the page about pay and pick something from that one.", "card_grab" },
          },
        },
        node "again" {
          says = "Hi again, {name}. Needed a bit of quiet?",
          choices = {
            { "Yes! Have you found people for the youth panel yet?", "follow_up", uses = "youth_panel", next = "catch_up" },
            { "What are you working on?", "ask_open", next = "work" },
            { "Just saying bye, Fatima — thanks for earlier.", "exit_graceful" },
          },
        },
        node "catch_up" {
          says = "Three so far. I'd like eight. People think it'll be boring. It's mostly arguing about careers lessons.",
          choices = {
            { "I'll join, and I'll argue.", "offer_help", requires = { fact = "youth_panel" }, next = "thanks" },
            { "Could I take your email again? I'll pass it on to a few friends who have strong opinions about things.",
              "exchange_contact", next = "contact" },
            { "Good luck, Fatima!", "exit_graceful" },
          },
        },
      },
      returning = "again",
      followup = {
        reference = "youth_panel",
        offer = "join the youth panel and bring a friend",
        request = "ask if we could talk about my options",
        reply_personal = "Thank you for remembering the youth panel! First meeting is the first Tuesday of the month, at the library. Biscuits guaranteed.",
        reply_generic = "Thanks for coming to the careers evening. The youth service is always here if you need us.",
        reply_late = "Hello! Sorry, remind me — which evening did we meet?",
      },
      maintenance = {
        { kind = "check_in", uses = "chess",
          text = "Tell Fatima your grandad wants to come to chess club",
          reply = "Bring him! We have a table for grandads who never lose." },
        { kind = "congratulate", uses = "youth_panel",
          text = "Congratulate Fatima when the council agrees to the panel's ideas",
          reply = "They said yes to two of them! That was you lot. Thank you." },
      },
    },

    ---------------------------------------------------------------------------------------
    -- Kai Thompson: a Year 11 pupil at the squash table, on his own, nervous. Not a
    -- recruiter: someone else figuring it out. Wants someone to go round the tables with.
    ---------------------------------------------------------------------------------------
    person {
      id = "kai_thompson",
      name = "Kai Thompson", org = "Ashgrove School", role = "Year 11 pupil",
      traits = { openness = 0.6, introversion = 0.8, busy = 0.2 },
      interests = { "music production", "skateboarding", "animals" },
      need = "the nerve to talk to the employers: he would go round the tables if someone came with him",
      zone = "squash", at = { 24, 3 },
      facts = {
        year_11 = "is in Year 11 and has to choose what to do next by the spring",
        nervous = "came on his own and is too nervous to go up to the employer tables",
        beats = "makes music on a free app on his phone and has posted forty tracks",
        vet_idea = "thinks he might like working with animals but doesn't know anyone who does",
      },
      moods = { "none", "chatty" },
      variants = {
        { id = "sixty_tracks",
          facts = { beats = "makes music on a free app on his phone and has posted sixty tracks" },
          says = { next = "Maybe something with animals? But I don't know anyone who works with animals. I mostly just make music on my phone. Sixty tracks. Nobody's heard them." } },
      },
      nodes = {
        node "hello" {
          says = "Oh — hi. I'm just getting squash. It's orange flavour. Or it's meant to be.",
          alt = {
            "Oh — hi. Just getting squash. It says orange. I'm not sure it's ever met an orange.",
            "Hi. Um. I'm just by the squash. It's meant to be orange flavour.",
          },
          choices = {
            { "Hi, I'm {name}. I'm in Year 10 — I don't really know anyone here either.",
              "introduce_why", next = "why" },
            { "Hi — do you know which tables are giving out free stuff? I'm trying to get as many stickers as I can tonight.",
              "card_grab", next = "brush" },
            { "Is the squash nice?", "small_talk", next = "squash" },
            { "Ha. Enjoy it!", "exit_graceful" },
          },
        },
        node "squash" {
          says = "Not really. It's mostly water. I've had three, though. Gives me something to do with my hands.",
          choices = {
            { "I'm {name}, by the way. I'm in Year 10 — I don't know anyone here either.",
              "introduce_why", next = "why" },
            { "Same. Anyway — see you.", "exit_graceful" },
          },
        },
        node "why" {
          says = "I'm Kai, Year 11. I came on my own. I've got to choose what to do next by spring, and I haven't talked to a single table. They all look so… professional.",
          alt = {
            "I'm Kai, Year 11. I came on my own. I have to decide what to do next by spring, and I haven't talked to one table. They all look so… grown-up.",
          },
          reveals = { "year_11", "nervous" },
          need = true,
          choices = {
            { "Want to go round together? It's easier with two.",
              "offer_help", requires = { fact = "nervous" }, next = "thanks" },
            { "I was scared too. I nearly went home at the door, honestly. My hands are still a bit shaky now.",
              "share", shares = true, next = "common" },
            { "What are you thinking of doing next?", "ask_open", next = "next" },
            { "Good luck! I'll see you around.", "exit_graceful" },
          },
        },
        node "common" {
          says = "Really? You look fine. Maybe everyone's just pretending. That's actually a bit better.",
          alt = {
            "Really? You look fine. Maybe everyone's pretending. That's actually a bit better.",
          },
          common_ground = true,
          choices = {
            { "What are you thinking of doing next?", "ask_open", next = "next" },
            { "Shall we go round the tables together?", "offer_help", requires = { fact = "nervous" }, next = "thanks" },
            { "Pretending's half of it. See you, Kai.", "exit_graceful" },
          },
        },
        node "next" {
          says = "Maybe something with animals? But I don't know anyone who works with animals. I mostly just make music on my phone. Forty tracks. Nobody's heard them.",
          alt = {
            "Maybe something with animals? But I don't know anyone who works with animals. Mostly I just make music on my phone. Forty tracks. Nobody's heard them.",
          },
          reveals = { "vet_idea", "beats" },
          choices = {
            { "Animals and music — that's a good mix. I'll come with you to find an animals table, if you like?",
              "offer_help", requires = { fact = "nervous" }, next = "thanks" },
            { "All those tracks? What kind of music?", "follow_up", uses = "beats", next = "music" },
            { "Could I get your number? We could text about which tables are good and meet up later on.",
              "exchange_contact", next = "contact" },
            { "Good luck with it, Kai.", "exit_graceful" },
          },
        },
        node "music" {
          says = "Slow stuff, mostly. For studying. My sister says it's 'sad lift music'. I think it's relaxing.",
          alt = {
            "Slow stuff, mostly. For studying. My sister calls it 'sad lift music'. I think it's relaxing.",
          },
          choices = {
            { "I listen to that kind of thing for homework. I'd listen to yours.",
              "share", shares = true, next = "music_common" },
            { "Shall we go and find an animals table together?", "offer_help", requires = { fact = "nervous" }, next = "thanks" },
            { "Ha. See you, Kai!", "exit_graceful" },
          },
        },
        node "music_common" {
          says = "Wait, seriously? Nobody ever says that. OK. I'll send you one. If you hate it, just say it's 'interesting'.",
          alt = {
            "Wait, really? Nobody ever says that. OK. I'll send you one. If you hate it, just say it's 'interesting'.",
          },
          common_ground = true,
          choices = {
            { "I won't. And shall we go round the tables together now?",
              "offer_help", requires = { fact = "nervous" }, next = "thanks" },
            { "Could I get your number, so you can send me a track?", "exchange_contact", next = "contact" },
            { "Deal. See you later, Kai.", "exit_graceful" },
          },
        },
        node "thanks" {
          says = "Yeah? OK. Yeah. The bike shop man looks kind. And the hospital might know someone with animals. You talk first, though.",
          alt = {
            "Yeah? OK. Yeah. The bike shop man looks kind. And the hospital might know someone who works with animals. You go first, though.",
          },
          choices = {
            { "Deal. Shall we swap numbers, in case we lose each other?", "exchange_contact", next = "contact" },
            { "Deal. Come on, then.", "exit_graceful" },
          },
        },
        node "contact" {
          says = "Sure — here. Don't judge my profile picture. It's a frog.",
          alt = {
            "Sure — here. Don't judge my profile picture. It's a frog. Long story.",
          },
          choices = {
            { "Ha. See you in a bit, Kai.", "exit_graceful" },
            { "Send me one of your tracks!", "follow_up", uses = "beats" },
          },
        },
        node "brush" {
          says = "Um. The hospital has badges, I think. And the café man has flapjacks.",
          choices = {
            { "Thanks. Sorry — I'm {name}. Are you here on your own too?", "introduce_why", next = "why" },
            { "Thanks!", "exit_graceful" },
            { "(Head straight for the flapjacks.)", "exit_abrupt" },
          },
        },
        node "again" {
          says = "Oh, hey {name}.",
          choices = {
            { "Did you talk to anyone about working with animals yet?", "follow_up", uses = "vet_idea", next = "catch_up" },
            { "How's it going?", "ask_open", next = "next" },
            { "Just saying bye!", "exit_graceful" },
          },
        },
        node "catch_up" {
          says = "Not yet. I walked past the vet table twice. Like a shark, but scared.",
          choices = {
            { "Come on, I'll go with you.", "offer_help", requires = { fact = "nervous" }, next = "thanks" },
            { "Could we swap numbers, so you can tell me how it goes when you finally talk to them next time?",
              "exchange_contact", next = "contact" },
            { "You'll do it. See you, Kai.", "exit_graceful" },
          },
        },
      },
      returning = "again",
      followup = {
        reference = "vet_idea",
        offer = "send him a local vets' work-experience page",
        request = "ask if he wants to go to the next careers thing together",
        reply_personal = "You remembered the animals thing! I emailed the vets. I'm doing a week there at Easter. Also I made a track called 'Squash'. It's sad.",
        reply_generic = "hey",
        reply_late = "who's this? sorry",
      },
      maintenance = {
        { kind = "share_useful", uses = "beats",
          text = "Send Kai a free music-making tutorial you found",
          reply = "This is so good. New track incoming." },
        { kind = "check_in", uses = "vet_idea",
          text = "Ask Kai how his week at the vets went",
          reply = "I held a rabbit during an X-ray. Best week of my life, honestly." },
      },
    },
  },
}
