-- career_fair.lua — the campus careers fair: two rows of booths, a coffee stand, a seating
-- area run by the Careers Service. Recruiters are busy and brief; a clear introduction with a
-- reason, one genuine question and a timely swap of contact details are exactly right here.
-- Shared people (same ids, names, orgs and fact ids in the other scenarios): maya_okafor
-- (reappears at the industry meetup) and tomas_lindqvist (reappears at the alumni mixer).
-- Data only: returns one table built with the helpers from scripts/lib/rapport.lua.

return scenario {
  id = "career_fair",
  title = "Campus Careers Fair",
  summary = "The spring careers fair in Harcourt Hall: two rows of booths, a coffee stand and "
    .. "a few quiet chairs. The recruiters have met three hundred students since lunch; "
    .. "you have forty-five minutes.",
  teaches = "Say who you are and why you came over, ask one real question, and swap details "
    .. "at the right moment. Brief is fine here; grabbing a card and walking off is not.",
  minutes = 45,
  order = 10, -- first in the scenario list among these three (docs/scenarios.md)
  -- The briefing's opener parts: "Hi, I'm NAME — <why>. <question>"
  openers = {
    why = {
      "I'm in my final year and curious how people get into your field",
      "I'm looking for a summer placement and want to learn what your team values",
      "I'm switching from another subject and trying to see where I'd fit",
    },
    questions = {
      "What does a first year on your team actually look like?",
      "What are you working on at the moment?",
      "What do you wish students asked you more often?",
    },
  },
  norms = {
    contact_expected = true,   -- swapping details after a real introduction is normal here
    groups_common = false,     -- one booth is shared by two people; everyone else stands alone
    pace = 0.8,                -- brisk: recruiters have a queue behind you
    job_questions = "after_introduction", -- asking about vacancies after saying who you are is normal here
  },
  room = {
    width = 30, height = 18,
    zones = {
      { id = "doors",   kind = "entrance", label = "Main doors",           x = 0,  y = 6,  w = 3,  h = 6, noise = 0.35 },
      { id = "row_a",   kind = "booths",   label = "Booths, north row",    x = 4,  y = 0,  w = 18, h = 5, noise = 0.65 },
      { id = "row_b",   kind = "booths",   label = "Booths, south row",    x = 4,  y = 13, w = 18, h = 5, noise = 0.6 },
      { id = "coffee",  kind = "bar",      label = "Coffee stand",         x = 23, y = 0,  w = 7,  h = 6, noise = 0.5 },
      { id = "seating", kind = "quiet",    label = "Careers seating area", x = 23, y = 12, w = 7,  h = 6, noise = 0.15 },
    },
  },

  people = {
    ---------------------------------------------------------------------------------------
    -- Maya Okafor: warm, quick, a former cardiac nurse; wants study volunteers.
    ---------------------------------------------------------------------------------------
    person {
      id = "maya_okafor",
      name = "Maya Okafor", org = "Pulse Health", role = "UX research lead",
      traits = { openness = 0.7, introversion = 0.3, busy = 0.8 },
      interests = { "user research", "running", "health data" },
      need = "volunteers for her user study",
      zone = "row_a", at = { 6, 2.5 },
      facts = {
        user_study = "is running a user study on a heart-rate app and needs volunteers",
        half_marathon = "is training for her first half-marathon in May",
        was_nurse = "worked as a cardiac nurse for six years before moving into research",
        summer_interns = "says Pulse Health takes two research interns each summer, with applications opening in February",
      },
      -- Variation (docs/scenarios.md, "Variants"): the seed picks one mood and one version.
      moods = { "none", "rushed" },
      variants = {
        { id = "three_interns",
          facts = { summer_interns = "says Pulse Health takes three research interns each summer, with applications opening in January" },
          says = { advice = "Run a tiny study on something you care about. Five people, one question, write up what surprised you — that's a portfolio piece. And we take three research interns each summer; applications open in January." } },
      },
      nodes = {
        node "hello" {
          says = "Hi! Welcome to Pulse Health. Take a sticker — we ordered far too many. What brings you over?",
          alt = {
            "Hi! Welcome to Pulse Health — help yourself to a sticker, we massively over-ordered. What brings you over?",
            "Hi! Welcome to Pulse Health. The stickers are free and there are hundreds of them. What made you stop?",
          },
          choices = {
            { "Hi, I'm {name} — final year. How do people get into UX research?",
              "introduce_why", next = "why" },
            { "Can I grab one of your cards?", "card_grab", next = "brush" },
            { "Hi — I'm graduating in June and applying everywhere. Are you hiring graduates this year, and how do I apply?", "ask_job", next = "brush_job" },
            { "Just browsing for now — thanks for the sticker!", "exit_graceful" },
          },
        },
        node "why" {
          says = "Sideways, usually! I was a cardiac nurse for six years, helped test a monitoring app on the ward, and never went back.",
          alt = {
            "Sideways, usually! I spent six years as a cardiac nurse, helped the ward test a monitoring app, and somehow never went back to nursing.",
          },
          reveals = { "was_nurse" },
          choices = {
            { "Same for me — the interviews were my favourite part of my dissertation.",
              "share", shares = true, next = "common" },
            { "What are you working on at Pulse Health right now?", "ask_open", next = "work" },
            { "Could I take your email? I'd like to read whatever you'd recommend for a beginner.",
              "exchange_contact", next = "contact" },
            { "That's really helpful, thank you. I'll let you get to the queue behind me — it's growing.", "exit_graceful" },
          },
        },
        node "common" {
          says = "That's the bit that gets you, isn't it? People tell you things in an interview they'd never put in a survey. On the ward it was the same — the patients were the experts.",
          alt = {
            "That's what hooks you, isn't it? People tell you things in an interview they'd never write in a survey. The ward was the same — the patients were the real experts.",
          },
          common_ground = true,
          choices = {
            { "What are you interviewing people about at the moment?", "ask_open", next = "work" },
            { "Can I ask your advice? If you were me, what would you do first to get into research?",
              "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "Could we swap details? I'd love to stay in touch.", "exchange_contact", next = "contact" },
            { "Thank you — that's given me a lot to think about. I'll let you get on.", "exit_graceful" },
          },
        },
        node "work" {
          says = "A study on our heart-rate app — how people read their own numbers. I need thirty volunteers by the end of the month and I've got eleven. Hence the stickers.",
          alt = {
            "A study on our heart-rate app: how people read their own numbers. I need thirty volunteers by the end of the month and I have eleven. Hence all the stickers.",
          },
          reveals = { "user_study" },
          need = true,
          choices = {
            { "My course has a big group chat. Would it help if I posted your study call there?",
              "offer_help", requires = { fact = "user_study" }, next = "thanks" },
            { "How do people read their numbers? I'd have guessed most just glance at them.",
              "follow_up", uses = "user_study", next = "numbers" },
            { "Could I take your details? I might sign up myself.", "exchange_contact", next = "contact" },
            { "Good luck with the last nineteen — I'll let you get back to it.", "exit_graceful" },
          },
        },
        node "numbers" {
          says = "That's what we thought! Turns out one high reading makes people panic and a good week gets ignored. I'm no better — I'm training for my first half-marathon in May and I check my watch constantly.",
          reveals = { "half_marathon" },
          choices = {
            { "I do that with my step count. Forty glances a day, and it has never once made me walk any further.",
              "share", shares = true, next = "watch" },
            { "Would it help if I shared the study call with my course? There are about two hundred of us.",
              "offer_help", requires = { fact = "user_study" }, next = "thanks" },
            { "Could I take your email? I'd like to hear what the study finds.", "exchange_contact", next = "contact" },
            { "Ha — good luck in May. I'll let you get back to the booth.", "exit_graceful" },
          },
        },
        node "watch" {
          says = "Exactly! The number becomes the point instead of the walk. You've just summed up half our findings in one sentence. Can I steal that?",
          common_ground = true,
          choices = {
            { "Steal away. And I could post your study call in my course group chat, if that helps?",
              "offer_help", requires = { fact = "user_study" }, next = "thanks" },
            { "Can I ask your advice? If you were me, what would you do first to get into research?",
              "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "Could we swap details? I'd love to stay in touch.", "exchange_contact", next = "contact" },
            { "It's yours, honestly. I'll let you get back to the queue — thank you for the time, Maya.", "exit_graceful" },
          },
        },
        node "thanks" {
          says = "Really? That would be brilliant. It's forty minutes, online, and everyone gets a voucher — the link's on the poster behind me. Thank you, honestly.",
          alt = {
            "Would you? That would be brilliant. It's forty minutes, online, with a voucher for everyone — the link's on the poster behind me. Thank you, really.",
          },
          choices = {
            { "Happy to. Can I ask your advice? If you were me, what would you do first to get into research?",
              "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "Could I take your email, so I can tell you when the post is up?", "exchange_contact", next = "contact" },
            { "I'll post it tonight, I promise. Good luck with the rest of the fair, Maya!", "exit_graceful" },
          },
        },
        node "advice" {
          says = "Run a tiny study on something you care about. Five people, one question, write up what surprised you — that's a portfolio piece. And our summer internships open in February. Apply.",
          reveals = { "summer_interns" },
          choices = {
            { "Thank you — could we swap details? I'd like to send you that study when it's done.",
              "exchange_contact", next = "contact" },
            { "That's really useful. Thank you, Maya — I'll let you get back to it.", "exit_graceful" },
          },
        },
        node "contact" {
          says = "Of course — my email's on the card. Put 'stickers' in the subject line so I know which booth chat you were.",
          alt = {
            "Course — the email's on the card. Put 'stickers' in the subject line and I'll know exactly which conversation you were.",
          },
          choices = {
            { "Will do. Thanks, Maya — I'll let you get back to the queue.", "exit_graceful" },
            { "Thank you — and good luck with the training for May!", "follow_up", uses = "half_marathon" },
          },
        },
        node "brush" {
          says = "Here, take a card. Whatever we're hiring for goes up on the careers page; the address is on the back.",
          choices = {
            { "Sorry — hello first. I'm {name}, and I'm curious how people get into research.",
              "introduce_why", next = "why" },
            { "Actually, what does your team work on?", "ask_open", next = "work" },
            { "Thanks, I'll have a look.", "exit_graceful" },
            { "(Pocket the card and head for the next booth.)", "exit_abrupt" },
          },
        },
        node "again" {
          says = "{name}! Hello again — good to see a familiar face in this crowd. How have you been?",
          choices = {
            { "Good, thanks! Did you ever get your thirty volunteers for the heart-rate study?",
              "follow_up", uses = "user_study", next = "catch_up" },
            { "Good! What are you working on these days?", "ask_open", next = "work" },
            { "Good! Actually, can I ask your advice? If you were me, what would you do first to get into research?",
              "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "Just saying hello — I'll let you get on.", "exit_graceful" },
          },
        },
        node "catch_up" {
          says = "Twenty-six! So close. If you know four more people who'd give us forty minutes, I'd owe you a sticker for life.",
          choices = {
            { "I can think of at least four on my course. Want me to send them the link?",
              "offer_help", requires = { fact = "user_study" }, next = "thanks" },
            { "Nearly there! And good luck with the half-marathon in May.", "follow_up", uses = "half_marathon" },
            { "Could I take your email again? I lost the card, sorry.", "exchange_contact", next = "contact" },
            { "Nearly there, then! Good luck with the last four.", "exit_graceful" },
          },
        },
        node "brush_job" {
          says = "Whatever we're hiring for goes up on the careers page — that's honestly the best place to watch.",
          choices = {
            { "Sorry — hello first. I'm {name}, and I'm curious how people get into research.",
              "introduce_why", next = "why" },
            { "Actually, what does your team work on?", "ask_open", next = "work" },
            { "Thanks, I'll have a look.", "exit_graceful" },
            { "Right, of course. Could I grab a card on my way, so I have the careers page to hand?", "card_grab" },
          },
        },
      },
      returning = "again",
      followup = {
        reference = "user_study",
        offer = "post the study call in my course group chat",
        request = "ask how to apply for the summer research internship",
        reply_personal = "You remembered the study! We're still short of volunteers, so anyone from your course would be a real help. I'll pop the sign-up link below. Lovely to hear from you.",
        reply_generic = "Thanks for stopping by the Pulse Health booth! Our open roles are on the careers page.",
        reply_late = "Hi! Sorry — remind me where we met? It's been a very busy term.",
      },
      maintenance = {
        { kind = "share_useful", uses = "half_marathon",
          text = "Send Maya a beginner's pacing guide for a first half-marathon",
          reply = "Ha, this is exactly the nagging I needed. Week nine is brutal." },
        { kind = "congratulate", uses = "user_study",
          text = "Congratulate Maya when Pulse Health publishes the heart-rate study",
          reply = "Thank you! Your course made up a quarter of the sample, you know." },
        { kind = "coffee",
          text = "Invite Maya for a coffee near her office",
          reply = "Yes! Thursday? I want to hear how your dissertation interviews went." },
      },
    },

    ---------------------------------------------------------------------------------------
    -- Tomás Lindqvist: calm, dry, an alum; first in his family at university.
    ---------------------------------------------------------------------------------------
    person {
      id = "tomas_lindqvist",
      name = "Tomás Lindqvist", org = "Northwind Logistics", role = "graduate recruiter",
      traits = { openness = 0.8, introversion = 0.4, busy = 0.7 },
      interests = { "mentoring", "rowing", "supply chains", "first-generation students" },
      need = "mentors and mentees for his mentoring scheme",
      zone = "row_b", at = { 6, 15.5 },
      facts = {
        alum_2012 = "studied here, graduated in 2012",
        mentoring = "is setting up a mentoring scheme for first-generation students",
        first_gen = "was the first in his family at university, and nearly dropped out in his first term",
        coxing = "coxed the university's second eight, and still coxes a veterans' crew every Sunday at seven",
        rotation = "says Northwind's graduate scheme rotates through three sites in two years",
      },
      moods = { "none", "chatty" },
      variants = {
        { id = "two_sites",
          facts = { rotation = "says Northwind's graduate scheme rotates through two sites and a spell at sea in two years" },
          says = { advice = "Ask for the boring details: who you'd report to, what a normal Tuesday looks like. And look for schemes that rotate — ours gives you two sites and three months on a ship. You find out what you like." } },
      },
      nodes = {
        node "hello" {
          says = "Hello! Northwind Logistics — we're the reason your parcel turns up on a Tuesday. What can I tell you?",
          alt = {
            "Hi! Northwind Logistics — if a parcel reaches you on a Tuesday, that was probably us. What would you like to know?",
            "Hello there. Northwind Logistics: we get things from ships to shelves. What can I tell you?",
          },
          choices = {
            { "Hi, I'm {name} — final year. I honestly don't know what logistics people do all day.",
              "introduce_why", next = "why" },
            { "Can I take a card?", "card_grab", next = "brush" },
            { "I'm really organised and I'd be great on your graduate scheme. Could I leave my CV with you, just in case?",
              "pitch", next = "brush_job" },
            { "I'll come back when the queue's shorter — thanks!", "exit_graceful" },
          },
        },
        node "why" {
          says = "Ha, nobody does. I didn't either, and I graduated from here in 2012. Mostly we solve puzzles: a ship is late, a road is shut — what now?",
          alt = {
            "Don't worry, nobody knows at first. I didn't either — I graduated from here in 2012. Most days are puzzles: the ship is late, the road is shut, what now?",
          },
          reveals = { "alum_2012" },
          choices = {
            { "You studied here? What was it like back then?", "follow_up", uses = "alum_2012", next = "then" },
            { "What's the puzzle you're working on at the moment?", "ask_open", next = "work" },
            { "Could I take your email? I'd like to ask you more when it's quieter.", "exchange_contact", next = "contact" },
            { "Puzzles I can do. Thanks — I'll let you get on.", "exit_graceful" },
          },
        },
        node "then" {
          says = "The library had no coffee and I had no idea what I was doing. First in my family at university — I nearly dropped out in my first term. Nobody at home knew what to tell me.",
          reveals = { "first_gen" },
          choices = {
            { "I'm the first in my family too. They're proud, but they can't help with this part.",
              "share", shares = true, next = "common" },
            { "What are you working on these days, apart from late ships?", "ask_open", next = "work" },
            { "Thank you for telling me that. I'll let you get back to the booth.", "exit_graceful" },
          },
        },
        node "common" {
          says = "Then you know. Nobody hands you the map — you draw it yourself, and it's tiring. That's the whole reason I'm starting the scheme.",
          alt = {
            "Then you know already. Nobody gives you the map; you draw it yourself, and it wears you out. That's the whole reason I'm starting the scheme.",
          },
          common_ground = true,
          choices = {
            { "What scheme is that?", "ask_open", next = "work" },
            { "I'd sign up as a mentee — and I could tell our first-gen society about it.",
              "offer_help", requires = { fact = "mentoring" }, next = "thanks" },
            { "Can I ask — what do you wish someone had told you in your final year?",
              "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "Could we swap details? I'd like to keep in touch.", "exchange_contact", next = "contact" },
            { "That helps more than you'd think. Thanks, Tomás.", "exit_graceful" },
          },
        },
        node "work" {
          says = "The thing I care most about right now isn't a ship. I'm setting up a mentoring scheme for first-generation students, and I need mentors and mentees before it launches in March.",
          alt = {
            "Honestly, what I care about most right now isn't shipping. I'm setting up a mentoring scheme for first-generation students, and I need mentors and mentees before it launches in March.",
          },
          reveals = { "mentoring" },
          need = true,
          choices = {
            { "I'd sign up as a mentee — and our first-gen society would want to hear about it. Shall I tell them?",
              "offer_help", requires = { fact = "mentoring" }, next = "thanks" },
            { "How would the mentoring work — is it one-to-one?", "follow_up", uses = "mentoring", next = "scheme" },
            { "Could I take your email for the details?", "exchange_contact", next = "contact" },
            { "That sounds really worthwhile. I'll let you get back to the queue.", "exit_graceful" },
          },
        },
        node "scheme" {
          says = "One-to-one, an hour a month, no slides. Coffee, or a walk along the river. I still cox a veterans' crew there every Sunday at seven, but I promise not to make anyone row.",
          reveals = { "coxing" },
          choices = {
            { "An hour a month sounds doable. I'd have loved that in first year — I spent it pretending I knew what I was doing.",
              "share", shares = true, next = "common_scheme" },
            { "Count me in as a mentee, and I'll tell our first-gen society too.",
              "offer_help", requires = { fact = "mentoring" }, next = "thanks" },
            { "Could I take your email for the sign-up?", "exchange_contact", next = "contact" },
            { "Thanks — I'll think about it. Good luck with the launch.", "exit_graceful" },
          },
        },
        node "thanks" {
          says = "You would? That's — thank you. Honestly, the hardest part is finding students who'll say yes out loud. The sign-up's on the poster by the booth.",
          alt = {
            "You would? That's — thank you. The hardest part is finding students who'll say yes out loud. The sign-up sheet is on the poster by the booth.",
          },
          choices = {
            { "Can I ask — what do you wish someone had told you in your final year?",
              "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "Could we swap emails, so I can put you in touch with the society?", "exchange_contact", next = "contact" },
            { "I'll talk to them this week and send them your way. Thanks, Tomás.", "exit_graceful" },
          },
        },
        node "advice" {
          says = "Ask for the boring details: who you'd report to, what a normal Tuesday looks like. And look for schemes that rotate — ours moves you through three sites in two years. You find out what you like.",
          reveals = { "rotation" },
          choices = {
            { "That's really useful. Could we swap details?", "exchange_contact", next = "contact" },
            { "Thank you — I'll start asking about Tuesdays. I'll let you get on.", "exit_graceful" },
          },
        },
        node "contact" {
          says = "Of course — here's my card. Write 'first-gen' in the subject so it doesn't drown in the pile. It was good to meet you properly.",
          alt = {
            "Of course. Here's my card — put 'first-gen' in the subject so it doesn't get lost in the pile. Really good to meet you properly.",
          },
          choices = {
            { "Thanks, Tomás. I'll let you get back to the queue.", "exit_graceful" },
            { "Thank you — and good luck with the crew on Sunday.", "follow_up", uses = "coxing" },
          },
        },
        node "brush" {
          says = "Of course, here's a card. Honestly, everything goes through the website — the link's on the back.",
          choices = {
            { "Sorry — let me start again. I'm {name}. What's working in logistics actually like?",
              "introduce_why", next = "why" },
            { "Thanks, I'll apply online.", "exit_graceful" },
            { "(Take the card and move on.)", "exit_abrupt" },
          },
        },
        node "again" {
          says = "{name}! Good to see you again. How are you getting on?",
          choices = {
            { "Good, thanks! How's the mentoring scheme coming along?", "follow_up", uses = "mentoring", next = "catch_up" },
            { "Not bad! What are you working on at the moment?", "ask_open", next = "work" },
            { "Good, thanks. Can I ask — what do you wish someone had told you in your final year?",
              "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "Just wanted to say hello — I'll let you get on.", "exit_graceful" },
          },
        },
        node "catch_up" {
          says = "Slowly. Plenty of mentors, hardly any mentees — students are shy about putting their hand up. We start in March; if you know anyone, I'm listening.",
          choices = {
            { "I'd sign up as a mentee myself — and I know a few people who'd join if a friend did.",
              "offer_help", requires = { fact = "mentoring" }, next = "thanks" },
            { "Fingers crossed for March — and I hope the Sunday crew is behaving.", "follow_up", uses = "coxing" },
            { "Could I take your email again, to pass on?", "exchange_contact", next = "contact" },
            { "Fingers crossed for March. Good to see you, Tomás.", "exit_graceful" },
          },
        },
        node "common_scheme" {
          says = "That's exactly who it's for. Nobody hands you the map — you draw it yourself, and it's tiring. An hour a month with someone who's drawn one already helps.",
          common_ground = true,
          choices = {
            { "I'd sign up as a mentee — and I could tell our first-gen society about it.",
              "offer_help", requires = { fact = "mentoring" }, next = "thanks" },
            { "Can I ask — what do you wish someone had told you in your final year?",
              "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "Could we swap details? I'd like to keep in touch.", "exchange_contact", next = "contact" },
            { "That helps more than you'd think. Thanks, Tomás — I'll let you get back to the queue.", "exit_graceful" },
          },
        },
        node "brush_job" {
          says = "That's kind of you, but everything goes through the website. CVs left at the booth tend to get recycled, honestly.",
          choices = {
            { "Sorry — let me start again. I'm {name}. What's working in logistics actually like?",
              "introduce_why", next = "why" },
            { "Thanks, I'll apply online.", "exit_graceful" },
            { "Fair enough. Could I take a card anyway, so I have the website and your name to hand?", "card_grab" },
          },
        },
      },
      returning = "again",
      followup = {
        reference = "mentoring",
        offer = "tell the first-generation students' society about the mentoring scheme",
        request = "ask whether I could sign up as a mentee",
        reply_personal = "This made my week — thank you for remembering the mentoring scheme. First meet-up is in March. If the first-generation students' society would like the details, I'm happy to send them.",
        reply_generic = "Thanks for visiting Northwind at the fair. Our graduate scheme opens in October; details are online.",
        reply_late = "Hi — thanks for the message. Sorry, I meet a lot of students; which fair was it?",
      },
      maintenance = {
        { kind = "check_in", uses = "mentoring",
          text = "Ask Tomás how the first month of the mentoring scheme went",
          reply = "Better than I hoped. One pair already meets on the towpath on Sundays. Not my idea, I swear." },
        { kind = "share_useful", uses = "coxing",
          text = "Send Tomás a photo of the old boathouse, freshly repainted",
          reply = "Ha! Still the same terrible green underneath, I bet. Thank you — made my morning." },
        { kind = "coffee",
          text = "Meet Tomás for a coffee on campus when he's visiting",
          reply = "Yes — the library has coffee now, apparently. I need to see it." },
      },
    },

    ---------------------------------------------------------------------------------------
    -- Karim Haddad: dry, tired, a former geography teacher; his train home was cancelled.
    -- Shares the Greenridge booth with Aroha Ngata (group "greenridge").
    ---------------------------------------------------------------------------------------
    person {
      id = "karim_haddad",
      name = "Karim Haddad", org = "Greenridge Renewables", role = "talent partner",
      traits = { openness = 0.5, introversion = 0.6, busy = 0.9 },
      interests = { "cryptic crosswords", "community energy", "railways", "teaching" },
      need = "a quiet place near campus to work until his late train home",
      zone = "row_a", at = { 14.5, 2.5 }, group = "greenridge",
      facts = {
        teacher = "taught secondary-school geography for ten years before moving into recruitment",
        liaison_role = "is hiring a community liaison officer and gets almost no applicants from outside engineering",
        train_cancelled = "had his 6:40 train cancelled and is stuck on campus until the 9:15 with a flat laptop",
        crossword = "does the cryptic crossword every day on the train, in pen",
        closes_14th = "says the community liaison role closes on the 14th",
      },
      nodes = {
        node "hello" {
          says = "Evening. Greenridge Renewables — wind, solar and, on a good day, both. Aroha here is the engineer; I'm the one with the forms. What can we do for you?",
          alt = {
            "Good evening. Greenridge Renewables — wind and solar, and the paperwork in between. Aroha's our engineer; I do the forms. What can we do for you?",
            "Hello. Greenridge Renewables. Aroha builds the turbines, I fill in the forms about them. How can we help?",
          },
          choices = {
            { "Hi, I'm {name} — I'm in my final year and I want to work in energy, but I'm not an engineer. Is there room for people like me?",
              "introduce_why", next = "why" },
            { "Could I grab a card?", "card_grab", next = "brush" },
            { "I'm finishing a geography degree this summer. Do you have any graduate jobs going?", "ask_job", next = "brush_job" },
            { "I'll come back when it's a bit quieter. Thanks!", "exit_graceful" },
          },
        },
        node "why" {
          says = "More than you'd think. I taught geography for ten years before this. And the role I can't fill is community liaison — talking to villages about turbines. Engineers don't apply.",
          alt = {
            "More than people expect. I was a geography teacher for ten years before this. And the job I can't fill is community liaison — talking to villages about turbines. Engineers never apply.",
          },
          reveals = { "teacher", "liaison_role" },
          choices = {
            { "What does a community liaison officer actually do, day to day?",
              "follow_up", uses = "liaison_role", next = "liaison" },
            { "How has the fair been from your side of the table?", "ask_open", next = "tired" },
            { "Could I take your email? I'd like to read the role properly tonight.", "exchange_contact", next = "contact" },
            { "That's good to hear. I'll let you get on — thank you.", "exit_graceful" },
          },
        },
        node "liaison" {
          says = "Village halls, mostly. Listening to people worried about the view, the noise, the lorries — and being honest about what we can and can't change. Half geography, half patience.",
          choices = {
            { "Like my summer fieldwork — weeks interviewing farmers about flood defences.",
              "share", shares = true, next = "common" },
            { "And how has today been for you?", "ask_open", next = "tired" },
            { "Could I take your email? I think I'd like to apply.", "exchange_contact", next = "contact" },
            { "That sounds like real work. Thanks — I'll let you get on.", "exit_graceful" },
          },
        },
        node "common" {
          says = "Flood defences. Then you've already done the job, just without the lanyard. The farmer who shouted at you is worth more in an application than any skills list.",
          alt = {
            "Flood defences. Then you've done the job already, just without a lanyard. The farmer who shouted at you is worth more on an application than any list of skills.",
          },
          common_ground = true,
          choices = {
            { "Ha — there was definitely a farmer who shouted. How has the fair been for you?", "ask_open", next = "tired" },
            { "Could I ask your advice? What would make an application like mine stand out to you?",
              "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "Could we swap details? I'd like to apply for the liaison role and ask you about it.", "exchange_contact", next = "contact" },
            { "That's encouraging. Thank you, Karim.", "exit_graceful" },
          },
        },
        node "tired" {
          says = "Long. And it'll get longer — my 6:40 train's been cancelled, so I'm stuck here until the 9:15 with a flat laptop and nowhere to sit.",
          reveals = { "train_cancelled" },
          need = true,
          choices = {
            { "The library café on the third floor is quiet, has sockets and stays open till nine. Want me to point you there?",
              "offer_help", requires = { fact = "train_cancelled" }, next = "thanks" },
            { "Two and a half hours — what will you do with them?", "follow_up", uses = "train_cancelled", next = "stuck" },
            { "That's rough. Could I take your email before the crowd swallows me?", "exchange_contact", next = "contact" },
            { "I hope the 9:15 turns up. I'll let you get back to it.", "exit_graceful" },
          },
        },
        node "stuck" {
          says = "Today's cryptic, probably. I do one every day on the train, in pen, which tells you how much I trust myself. Doing it anywhere else feels like cheating.",
          reveals = { "crossword" },
          choices = {
            { "Then try the library café on the third floor — sockets, and it's open till nine.",
              "offer_help", requires = { fact = "train_cancelled" }, next = "thanks" },
            { "Could I take your email? I'd like to ask you about the liaison role when you're less stranded.",
              "exchange_contact", next = "contact" },
            { "Good luck with the crossword — I'll let you get on.", "exit_graceful" },
          },
        },
        node "thanks" {
          says = "Sockets and quiet — you may have saved my evening. That's the most useful thing anyone's given me today, and I've been handed a lot of tote bags.",
          alt = {
            "Sockets and a quiet corner — you may have rescued my evening. Most useful thing anyone's given me today, and I've been handed a great many tote bags.",
          },
          choices = {
            { "Could I ask your advice before you go? What would make an application like mine stand out?",
              "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "Could I take your email, in case I apply?", "exchange_contact", next = "contact" },
            { "Third floor, past the printers. I hope the 9:15 turns up!", "exit_graceful" },
          },
        },
        node "advice" {
          says = "Write about the farmers. Not 'I have excellent communication skills' — the farmer who shouted, and what you did next. And the liaison role closes on the 14th, so don't sit on it.",
          reveals = { "closes_14th" },
          choices = {
            { "Thank you. Could we swap details, so I can tell you when I've applied?", "exchange_contact", next = "contact" },
            { "The 14th — noted. Thanks, Karim.", "exit_graceful" },
          },
        },
        node "contact" {
          says = "Here's my card. Email me when you apply and I'll look out for it. I don't say that to everyone, for what it's worth.",
          alt = {
            "Here's my card. Email me when you apply and I'll watch out for it. I don't say that to everyone, for what it's worth.",
          },
          choices = {
            { "Thank you, Karim. I'll let you and Aroha get on.", "exit_graceful" },
            { "Thanks — and good luck with the crossword tonight.", "follow_up", uses = "crossword" },
          },
        },
        node "brush" {
          says = "Here's a card. Everything live is on the website — and apply early, our deadlines come round fast.",
          choices = {
            { "Sorry, I rushed that. I'm {name} — where does a non-engineer fit in energy?",
              "introduce_why", next = "why" },
            { "Thanks, I'll look tonight.", "exit_graceful" },
            { "(Pocket the card and move on.)", "exit_abrupt" },
          },
        },
        node "again" {
          says = "{name}, isn't it? Good to see you again. Still thinking about energy?",
          choices = {
            { "I am — is the community liaison role still open?", "follow_up", uses = "liaison_role", next = "catch_up" },
            { "Yes! How has the fair been for you?", "ask_open", next = "tired" },
            { "I am. Could I ask your advice — what would make an application like mine stand out?",
              "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "Always. Just saying hello — I'll let you get on.", "exit_graceful" },
          },
        },
        node "catch_up" {
          says = "It is, and I've had two applications. Two. If you're thinking about it, think faster.",
          choices = {
            { "Could I ask your advice, then? What would make an application like mine stand out?",
              "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "Could I take your email, so I can send it straight to you?", "exchange_contact", next = "contact" },
            { "Thinking faster. Thanks, Karim.", "exit_graceful" },
          },
        },
        node "brush_job" {
          says = "Everything live is on the website — and apply early, our deadlines come round fast.",
          choices = {
            { "Sorry, I rushed that. I'm {name} — where does a non-engineer fit in energy?",
              "introduce_why", next = "why" },
            { "Thanks, I'll look tonight.", "exit_graceful" },
            { "Of course. Could I take a card before I go, so I don't lose the website address?", "card_grab" },
          },
        },
      },
      returning = "again",
      followup = {
        reference = "liaison_role",
        offer = "pass the community liaison role to the geography society",
        request = "ask whether he'd look at a draft of my application",
        reply_personal = "Good to hear from you. The liaison role is still wide open — anyone good with people who isn't an engineer, point them my way. (I made the 9:15, by the way.)",
        reply_generic = "Thanks for visiting the Greenridge booth. Current vacancies are on our website.",
        reply_late = "Thanks for getting in touch. Remind me which fair this was?",
      },
      maintenance = {
        { kind = "share_useful", uses = "crossword",
          text = "Send Karim a cryptic clue your gran swears is the hardest ever printed",
          reply = "Forty minutes. In pen. Tell your gran I'll never forgive her." },
        { kind = "check_in", uses = "liaison_role",
          text = "Ask Karim whether the liaison role found its person",
          reply = "It did — a sociologist. You'd like her. There'll be another in spring." },
      },
    },

    ---------------------------------------------------------------------------------------
    -- Aroha Ngata: direct, enthusiastic, an offshore wind engineer from Taranaki.
    ---------------------------------------------------------------------------------------
    person {
      id = "aroha_ngata",
      name = "Aroha Ngata", org = "Greenridge Renewables", role = "offshore wind engineer",
      traits = { openness = 0.8, introversion = 0.3, busy = 0.6 },
      interests = { "offshore wind", "open-water swimming", "board games", "weather" },
      need = "student teams for Greenridge's wind-farm design challenge",
      zone = "row_a", at = { 15.7, 2.8 }, group = "greenridge",
      facts = {
        first_climb = "climbed her first offshore turbine last spring: 110 metres, in a harness",
        from_taranaki = "grew up in Taranaki, New Zealand, and came here to work on turbine blades",
        design_challenge = "is recruiting student teams for Greenridge's wind-farm design challenge; entries close in three weeks",
        harbour_swim = "swims in the harbour all year round, even in January",
        shadowing = "says Greenridge runs two-day shadowing visits to its operations base, and hardly anyone asks",
      },
      nodes = {
        node "hello" {
          says = "Hi! Want to hold something cool? This is a slice of an actual turbine blade. I'm the engineer — Karim does the forms. Go on, it's heavier than it looks.",
          alt = {
            "Hi! Here — hold this. It's a real slice of turbine blade. I'm the engineer; Karim handles the forms. Heavier than you'd think, right?",
            "Hello! Want to hold a piece of a wind turbine? Go on. I'm the engineer here — Karim does the forms.",
          },
          choices = {
            { "Hi, I'm {name} — final year. What's working offshore really like?",
              "introduce_why", next = "why" },
            { "Can I take a card?", "card_grab", next = "brush" },
            { "I'd be perfect for your graduate scheme — I'm a fast learner and I love renewables.", "pitch", next = "brush_job" },
            { "That's a great prop! I'll come back later.", "exit_graceful" },
          },
        },
        node "why" {
          says = "Honestly? Mostly screens and spreadsheets, and then twice a year you climb 110 metres in a harness. I did my first climb last spring. My legs still remember it.",
          alt = {
            "Honestly, a lot of screens and spreadsheets. Then twice a year you climb 110 metres in a harness. My first climb was last spring, and my legs haven't forgotten.",
          },
          reveals = { "first_climb" },
          choices = {
            { "What was that first climb like?", "follow_up", uses = "first_climb", next = "climb" },
            { "What are you working on at the moment?", "ask_open", next = "work" },
            { "Could I take your email? I'd love to hear more when it's quieter.", "exchange_contact", next = "contact" },
            { "110 metres! Thanks — I'll let you get back to the blade.", "exit_graceful" },
          },
        },
        node "climb" {
          says = "Terrifying for ten minutes, then the best view I've ever had — and I grew up under Taranaki, so that's saying something. You can see the sea curve. Then you get to work and forget.",
          reveals = { "from_taranaki" },
          choices = {
            { "I'm scared of heights, and I'd still want to do it. Is that mad?", "share", shares = true, next = "common" },
            { "What are you working on at the moment?", "ask_open", next = "work" },
            { "That sounds amazing, and terrifying. Thanks, Aroha — I'll let you get on.", "exit_graceful" },
          },
        },
        node "common" {
          says = "Not mad at all — half of us are. You're never alone up there and you check everything twice. A bit of fear makes you careful. I'd rather work with scared-and-careful than fearless.",
          alt = {
            "Not mad at all — half of us are scared of heights. You're never alone up there and you check everything twice. A little fear keeps you careful; I'd take scared-and-careful over fearless.",
          },
          common_ground = true,
          choices = {
            { "That's good to know. What are you working on at the moment?", "ask_open", next = "work" },
            { "Can I ask your advice? If you were me, what would you do this year to get into the field?",
              "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "Could we swap details? I'd like to keep in touch about the design challenge.", "exchange_contact", next = "contact" },
            { "Scared-and-careful, noted. Thanks, Aroha!", "exit_graceful" },
          },
        },
        node "work" {
          says = "Right now? Begging students to enter our wind-farm design challenge. Teams of four, real site data, and the prize is a week at our operations base. Entries close in three weeks and I've got two teams.",
          alt = {
            "Right now? Pleading with students to enter our wind-farm design challenge. Teams of four, real site data, and the prize is a week at our operations base. Entries close in three weeks; I have two teams.",
          },
          reveals = { "design_challenge" },
          need = true,
          choices = {
            { "I could put a team together — and tell a few friends who'd want to enter too.",
              "offer_help", requires = { fact = "design_challenge" }, next = "thanks" },
            { "Real site data? What would a team actually design?", "follow_up", uses = "design_challenge", next = "challenge" },
            { "Could I take your email for the brief?", "exchange_contact", next = "contact" },
            { "Good luck filling it. I'll let you get back to the booth.", "exit_graceful" },
          },
        },
        node "challenge" {
          says = "Where to put forty turbines so they don't steal each other's wind. The wakes behave like water — it's gorgeous. Which is partly why I swim in the harbour, even in January.",
          reveals = { "harbour_swim" },
          choices = {
            { "That sounds like a brilliant puzzle. I'll get a team together for it.",
              "offer_help", requires = { fact = "design_challenge" }, next = "thanks" },
            { "I'm scared of heights, but puzzles like that make me want to work offshore anyway. Is that mad?",
              "share", shares = true, next = "common_after" },
            { "Could I take your email for the brief?", "exchange_contact", next = "contact" },
            { "Brave. Thanks, Aroha — I'll let you get on.", "exit_graceful" },
          },
        },
        node "thanks" {
          says = "Yes! Three teams and I can tell my boss it's a real competition. The brief's behind that QR code. Thank you — seriously.",
          alt = {
            "Yes! Three teams means I can tell my boss it's a real competition. The brief is behind that QR code. Thank you — truly.",
          },
          choices = {
            { "Can I ask your advice? If you were me, what would you do this year to get into the field?",
              "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "Could I take your email, so I can send you our team name?", "exchange_contact", next = "contact" },
            { "I'll scan it now and tell the others tonight. See you at the challenge!", "exit_graceful" },
          },
        },
        node "advice" {
          says = "Get your hands dirty — a solar-car team, a community energy project, anything with a deadline and a spanner. And ask about our two-day shadowing at the ops base. Nobody asks, so there's always room.",
          reveals = { "shadowing" },
          choices = {
            { "I'll ask. Could we swap details, so I can follow up on the shadowing?", "exchange_contact", next = "contact" },
            { "Thank you — that's really practical. I'll let you get on.", "exit_graceful" },
          },
        },
        node "contact" {
          says = "Here — I'll write my own email on the back. The printed one goes to Karim and he just forwards it with a sigh. Send me your team name!",
          alt = {
            "Here, I'll write my own email on the back — the printed one goes to Karim, and he forwards everything with a sigh. Send me your team name!",
          },
          choices = {
            { "Thanks, Aroha. I'll let you get back to the blade.", "exit_graceful" },
            { "Thank you — and enjoy the harbour. Rather you than me!", "follow_up", uses = "harbour_swim" },
          },
        },
        node "brush" {
          says = "Sure, here's a card. Applications are on the website — Karim knows the deadlines.",
          choices = {
            { "Sorry, that was quick. I'm {name} — what's offshore work actually like?",
              "introduce_why", next = "why" },
            { "Thanks — I'll have a look online.", "exit_graceful" },
            { "(Take the card and move on.)", "exit_abrupt" },
          },
        },
        node "again" {
          says = "{name}! You're back. Did you come to hold the blade again? Everyone does.",
          choices = {
            { "Partly! How's the design challenge — did you get more teams?", "follow_up", uses = "design_challenge", next = "catch_up" },
            { "Ha, maybe. What are you working on at the moment?", "ask_open", next = "work" },
            { "Partly! Can I ask your advice — what would you do this year to get into the field?",
              "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "Just saying hi — I'll let you get on.", "exit_graceful" },
          },
        },
        node "catch_up" {
          says = "Five now! One more and the judges can't call it small. If your friends are thinking about it, the deadline's Friday week.",
          choices = {
            { "I'll get a team together — we've been talking about it anyway.",
              "offer_help", requires = { fact = "design_challenge" }, next = "thanks" },
            { "Could I take your email, to send you our team name?", "exchange_contact", next = "contact" },
            { "Friday week, noted. Good luck, Aroha!", "exit_graceful" },
          },
        },
        node "common_after" {
          says = "Not mad at all — half of us are scared up there. A bit of fear makes you careful, and a good puzzle gets you up the ladder.",
          common_ground = true,
          choices = {
            { "Then I'll get a team together for the challenge. I know three people who'd love it.",
              "offer_help", requires = { fact = "design_challenge" }, next = "thanks" },
            { "Can I ask your advice? If you were me, what would you do this year to get into the field?",
              "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "Could we swap details? I'd like to keep in touch about the challenge.", "exchange_contact", next = "contact" },
            { "Scared-and-careful, noted. Thanks, Aroha!", "exit_graceful" },
          },
        },
        node "brush_job" {
          says = "Applications are all on the website. Karim knows the deadlines better than I do.",
          choices = {
            { "Sorry, that was quick. I'm {name} — what's offshore work actually like?",
              "introduce_why", next = "why" },
            { "Thanks — I'll have a look online.", "exit_graceful" },
            { "Right. Could I still take a card, so I remember to look at the deadlines?", "card_grab" },
          },
        },
      },
      returning = "again",
      followup = {
        reference = "design_challenge",
        offer = "enter a team in the wind-farm design challenge",
        request = "ask about the two-day shadowing visit at the operations base",
        reply_personal = "Yes!! So glad you remembered the challenge. Entries close in three weeks and we'd love more student teams. Any questions about the brief, just ask me.",
        reply_generic = "Thanks for stopping by the Greenridge booth! Graduate roles are on our website.",
        reply_late = "Hi! Thanks for writing. Sorry — the challenge closed last week. There's another in autumn.",
      },
      maintenance = {
        { kind = "congratulate", uses = "design_challenge",
          text = "Congratulate Aroha when the design challenge winners are announced",
          reply = "Thank you! Six teams in the end. Next year I want ten." },
        { kind = "share_useful", uses = "harbour_swim",
          text = "Send Aroha a local open-water swimming group's winter calendar",
          reply = "Oh, brilliant — the Boxing Day swim! I'm in." },
      },
    },

    ---------------------------------------------------------------------------------------
    -- Mehmet Yıldız: brisk, hoarse, kind underneath; sings bass in a community choir.
    ---------------------------------------------------------------------------------------
    person {
      id = "mehmet_yildiz",
      name = "Mehmet Yıldız", org = "Harbour Mutual", role = "graduate recruitment manager",
      traits = { openness = 0.4, introversion = 0.4, busy = 0.95 },
      interests = { "choral singing", "chess", "financial education" },
      need = "a student to write an honest piece for the bank's graduate blog",
      zone = "row_a", at = { 10, 2.5 },
      facts = {
        third_fair = "is at his third careers fair this week and has nearly lost his voice",
        not_finance = "says a third of Harbour Mutual's graduates studied something other than finance or economics",
        blog = "needs a student to write an honest piece for the bank's graduate blog on what students wish recruiters knew",
        choir = "sings bass in a community choir, with a Brahms concert on Saturday",
        insight_week = "says the spring insight week has thirty places and takes any degree",
      },
      moods = { "tired", "none" },
      variants = {
        { id = "summer_week",
          facts = { insight_week = "says the spring insight week has forty places this year and takes any degree" },
          says = { advice = "Show me a decision. Not a list of modules — one time you had to choose with bad information, and what happened. And apply for the spring insight week. Forty places this year, any degree." } },
      },
      nodes = {
        node "hello" {
          says = "Hello, hello. Harbour Mutual. Forgive the voice — third fair this week. What can I tell you?",
          alt = {
            "Good evening. Harbour Mutual. Excuse the voice — this is my third fair this week. What would you like to know?",
            "Hello. Harbour Mutual. Sorry about the croak; third careers fair this week. How can I help?",
          },
          reveals = { "third_fair" },
          choices = {
            { "Hi, I'm {name} — I'm not studying finance. Would a bank even look at me?",
              "introduce_why", next = "why" },
            { "Can I take a card?", "card_grab", next = "brush" },
            { "Are you hiring graduates this year? I could send you my CV tonight, if that's easier for you.", "ask_job", next = "brush_job" },
            { "Save your voice — I'll come back later.", "exit_graceful" },
          },
        },
        node "why" {
          says = "Of course we would. A third of our graduates didn't study finance. Historians, chemists, a marine biologist. What we want is people who check their working. What do you actually want to know?",
          alt = {
            "We certainly would. A third of our graduates didn't study finance — historians, chemists, even a marine biologist. We want people who check their working. So, what do you want to know?",
          },
          reveals = { "not_finance" },
          choices = {
            { "What's the hardest thing about recruiting students?", "ask_open", next = "work" },
            { "Third fair this week — how are you still standing?", "follow_up", uses = "third_fair", next = "voice" },
            { "Could I take your email, to ask you more once your voice has recovered?", "exchange_contact", next = "contact" },
            { "That's good to know. I'll let you save your voice.", "exit_graceful" },
          },
        },
        node "voice" {
          says = "Honey, lemon and stubbornness. And I'm not allowed to lose it: I sing bass in a community choir and we have a concert on Saturday. Brahms. My director will kill me.",
          reveals = { "choir" },
          choices = {
            { "I sang in a choir at school. I loved the last rehearsal before a concert.",
              "share", shares = true, next = "common" },
            { "What's the hardest thing about recruiting students?", "ask_open", next = "work" },
            { "Then I'll stop making you talk. Good luck on Saturday, and rest that voice!", "exit_graceful" },
          },
        },
        node "common" {
          says = "The last rehearsal! Yes. Everything goes wrong and then, on the night, it doesn't. Honestly, recruiting is the same. Except nobody claps.",
          alt = {
            "The last rehearsal! Exactly. Everything goes wrong, and then on the night it doesn't. Recruiting is the same, honestly. Only nobody claps.",
          },
          common_ground = true,
          choices = {
            { "What's gone wrong this year, then?", "ask_open", next = "work" },
            { "Could I ask your advice? What would make you remember an application from someone like me?",
              "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "Could we swap details? I'd like to keep in touch.", "exchange_contact", next = "contact" },
            { "I'll clap for you. Thanks — I'll let you rest your voice.", "exit_graceful" },
          },
        },
        node "work" {
          says = "Everyone tells me the same thing. 'Passionate. Team player.' I want to know what students really think, so I need one to write a piece for our graduate blog. Honest. No corporate polish.",
          alt = {
            "Every student tells me the same thing: 'Passionate. Team player.' I want to hear what students really think, so I need one to write a piece for our graduate blog. Honest, no corporate polish.",
          },
          reveals = { "blog" },
          need = true,
          choices = {
            { "I'd write that. After today I've got opinions — polite ones, mostly.",
              "offer_help", requires = { fact = "blog" }, next = "thanks" },
            { "What would you want the piece to say?", "follow_up", uses = "blog", next = "blog_detail" },
            { "Could I take your email about it?", "exchange_contact", next = "contact" },
            { "I hope you find someone. I'll let you get on.", "exit_graceful" },
          },
        },
        node "blog_detail" {
          says = "Whatever's true. What confused you, what felt fake, what you wish we'd said at the start. Eight hundred words. We pay — not much, but we pay.",
          choices = {
            { "I could do that. The first hour of this fair alone is four hundred words.",
              "offer_help", requires = { fact = "blog" }, next = "thanks" },
            { "Could I take your email, in case I write something and want you to see it first?", "exchange_contact", next = "contact" },
            { "That's a good idea. I'll think about it — thanks.", "exit_graceful" },
          },
        },
        node "thanks" {
          says = "Good. Brilliant. Email me and I'll send you the brief. And be honest — if it's all nice, I'll send it back.",
          alt = {
            "Good. Excellent. Email me and I'll send the brief. And be honest — if it's all nice, it comes straight back to you.",
          },
          choices = {
            { "Could I ask your advice? What would make you remember an application from someone like me?",
              "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "Could I take your email, then?", "exchange_contact", next = "contact" },
            { "Deal. I'll let you rest your voice.", "exit_graceful" },
          },
        },
        node "advice" {
          says = "Show me a decision. Not a list of modules — one time you had to choose with bad information, and what happened. And apply for the spring insight week. Thirty places, any degree.",
          reveals = { "insight_week" },
          choices = {
            { "Thank you. Could we swap details?", "exchange_contact", next = "contact" },
            { "A decision, not a list. Got it — thank you.", "exit_graceful" },
          },
        },
        node "contact" {
          says = "Here. Email's on the card. Mention what you study in the subject, so I can find you in the pile. I'm not being rude; it is a very big pile.",
          alt = {
            "Here you are. The email is on the card. Put what you study in the subject line so I can find you — it's not rudeness, it's a very large pile.",
          },
          choices = {
            { "Thank you — and rest that voice.", "exit_graceful" },
            { "Thanks — and good luck with the Brahms on Saturday.", "follow_up", uses = "choir" },
          },
        },
        node "brush" {
          says = "Everything's on the website — here's a card. Applications open in October and close when they're full.",
          choices = {
            { "Sorry, I skipped a step. I'm {name}. Do banks take non-finance students?",
              "introduce_why", next = "why" },
            { "Thank you — I'll look.", "exit_graceful" },
            { "(Take the card and move on.)", "exit_abrupt" },
          },
        },
        node "again" {
          says = "{name}, isn't it? Sorry — the voice is still recovering. Good to see you.",
          choices = {
            { "How's the blog piece going — did you find your student writer?", "follow_up", uses = "blog", next = "catch_up" },
            { "You too! What's been the hardest thing about recruiting this year?", "ask_open", next = "work" },
            { "Good to see you too. Could I ask — what would make you remember an application like mine?",
              "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "I'll keep it short, then — just saying hello. Look after that voice.", "exit_graceful" },
          },
        },
        node "catch_up" {
          says = "Half-found. One draft in, and it's far too polite. I want someone who'll tell me every booth looks the same.",
          choices = {
            { "Every booth does look the same. I'll write it.", "offer_help", requires = { fact = "blog" }, next = "thanks" },
            { "Could I take your email again?", "exchange_contact", next = "contact" },
            { "Someone will. Good luck, Mehmet.", "exit_graceful" },
          },
        },
        node "brush_job" {
          says = "Everything's on the website. Applications open in October and close when they're full.",
          choices = {
            { "Sorry, I skipped a step. I'm {name}. Do banks take non-finance students?",
              "introduce_why", next = "why" },
            { "Thank you — I'll look.", "exit_graceful" },
            { "Understood. Can I take a card for later, so I have the address for October?", "card_grab" },
          },
        },
      },
      returning = "again",
      followup = {
        reference = "blog",
        offer = "write the honest piece for the graduate blog",
        request = "ask about the spring insight week",
        reply_personal = "Thank you for remembering. The blog piece still needs a student who will be honest — eight hundred words, no polish. If that is you, or someone you know, I'd be glad.",
        reply_generic = "Thank you for visiting Harbour Mutual. Please apply through our careers site.",
        reply_late = "Thank you for your message. Apologies — could you remind me where we met?",
      },
      maintenance = {
        { kind = "congratulate", uses = "choir",
          text = "Ask Mehmet how the Brahms concert went",
          reply = "We survived. The basses were magnificent, if I say so myself." },
        { kind = "share_useful", uses = "blog",
          text = "Send Mehmet a student newspaper piece on what careers fairs feel like",
          reply = "This is exactly the tone I want. Painful to read. Thank you." },
      },
    },

    ---------------------------------------------------------------------------------------
    -- Linh Trần: candid, funny, a former physics teacher covering for a sick recruiter.
    ---------------------------------------------------------------------------------------
    person {
      id = "linh_tran",
      name = "Linh Trần", org = "Fernhill Games", role = "gameplay programmer",
      traits = { openness = 0.7, introversion = 0.6, busy = 0.6 },
      interests = { "co-op games", "bouldering", "physics", "game jams" },
      need = "a student society to host her talk on getting into games programming",
      zone = "row_a", at = { 19.5, 2.5 },
      facts = {
        covering = "is covering the booth because Fernhill's recruiter is off sick",
        physics_teacher = "taught physics at a secondary school for five years before becoming a games programmer",
        talk = "wants a student society to host her talk on getting into games programming; the studio pays for pizza",
        bouldering = "goes bouldering three times a week",
        game_jams = "says Fernhill hires more people from game jams than from CVs",
      },
      moods = { "none", "rushed", "chatty" },
      nodes = {
        node "hello" {
          says = "Hey! Fernhill Games. Full disclosure: I'm a programmer, not a recruiter. Ours is off sick, so you get me and my very limited knowledge of pensions.",
          alt = {
            "Hi! Fernhill Games. I should warn you: I'm a programmer, not a recruiter. Ours is off sick, so you get me and my hazy knowledge of pensions.",
            "Hey there! Fernhill Games. Our recruiter's off sick, so you've got a programmer instead. Ask me anything except about pensions.",
          },
          reveals = { "covering" },
          choices = {
            { "Hi, I'm {name} — I make small games. What does a gameplay programmer do all day?",
              "introduce_why", next = "why" },
            { "Can I grab a card?", "card_grab", next = "brush" },
            { "I've played all your games, honestly. I'd love to work for you — could I send you my CV and a demo?", "pitch", next = "brush_job" },
            { "Ha — I'll spare you the pension questions. Thanks!", "exit_graceful" },
          },
        },
        node "why" {
          says = "Makes jumps feel good, mostly. It's physics with the fun left in. I taught physics to fifteen-year-olds for five years, so explaining gravity is my comfort zone.",
          alt = {
            "I make jumps feel good, mostly — physics with the fun left in. I taught physics to fifteen-year-olds for five years, so explaining gravity is very much my comfort zone.",
          },
          reveals = { "physics_teacher" },
          choices = {
            { "From teaching physics to games — what made you jump?", "follow_up", uses = "physics_teacher", next = "jump" },
            { "What are you working on right now?", "ask_open", next = "work" },
            { "Could I take your email? I'd like to ask you more when you're not covering a booth.", "exchange_contact", next = "contact" },
            { "Jumps that feel good — I like that. Thanks, I'll let you get on.", "exit_graceful" },
          },
        },
        node "jump" {
          says = "A game jam, weirdly. Forty-eight hours, just for fun. I made a terrible game about a penguin and loved every minute. Handed in my notice a year later.",
          choices = {
            { "I did my first jam in October — a very slow snail game. We didn't finish it.",
              "share", shares = true, next = "common" },
            { "What are you working on right now?", "ask_open", next = "work" },
            { "The penguin changed your life. That's brilliant. Thanks, Linh — I'll let you get on.", "exit_graceful" },
          },
        },
        node "common" {
          says = "A slow snail! Did it have a sprint button? You've done the one thing I tell everyone to do. Half our team came from jams, not CVs.",
          alt = {
            "A slow snail! Was there a sprint button? You've done exactly what I tell everyone to do. Half our team came from game jams, not CVs.",
          },
          reveals = { "game_jams" },
          common_ground = true,
          choices = {
            { "It had a 'slightly less slow' button. What are you working on at the moment?", "ask_open", next = "work" },
            { "Can I ask your advice — what should I make next, if I want to get noticed?",
              "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "Could we swap details? I'd like to send you the snail, unfinished, and hear what you think.", "exchange_contact", next = "contact" },
            { "That's really encouraging. Thanks, Linh.", "exit_graceful" },
          },
        },
        node "work" {
          says = "A co-op puzzle game I'm not allowed to talk about. So instead: I want to give a talk on campus about getting into games programming. We'll pay for pizza. I just need a society to host it.",
          alt = {
            "A co-op puzzle game I'm not allowed to talk about. So, instead: I want to give a talk on campus about getting into games programming. We'll buy the pizza. I just need a society to host it.",
          },
          reveals = { "talk" },
          need = true,
          choices = {
            { "I know the games society committee — I could ask if they'd host it.",
              "offer_help", requires = { fact = "talk" }, next = "thanks" },
            { "What would the talk cover?", "follow_up", uses = "talk", next = "talk_detail" },
            { "Could I take your email about the talk?", "exchange_contact", next = "contact" },
            { "I hope someone bites. I'll let you get back to the booth.", "exit_graceful" },
          },
        },
        node "talk_detail" {
          says = "The stuff nobody told me: how to read a job ad, what crunch looks like and how to spot it, why three small finished games beat one big unfinished one.",
          choices = {
            { "I'd go to that. Let me ask the games society if they'll host it.",
              "offer_help", requires = { fact = "talk" }, next = "thanks" },
            { "I needed that talk. My first jam game was a very slow snail, and we never finished it.",
              "share", shares = true, next = "common_after" },
            { "Could I take your email about it?", "exchange_contact", next = "contact" },
            { "Sounds great. Good luck finding a host!", "exit_graceful" },
          },
        },
        node "thanks" {
          says = "You're a hero. I'll bring pizza and a slide about our worst bug. I'll rehearse it at the climbing wall — I boulder three times a week and my friends can't escape.",
          alt = {
            "You're a hero. I'll bring pizza and a slide about our worst ever bug. I'll rehearse it at the climbing wall — I boulder three times a week, and my friends can't get away.",
          },
          reveals = { "bouldering" },
          choices = {
            { "Can I ask your advice — what should I make next, if I want to get noticed?",
              "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "Could I take your email, so the society can get in touch?", "exchange_contact", next = "contact" },
            { "I'll message them tonight and tell them you said yes. Thanks, Linh!", "exit_graceful" },
          },
        },
        node "advice" {
          says = "Small and finished beats big and brilliant. Make three tiny games, put them online, write a paragraph each on what went wrong. Then show them to people who'll be honest.",
          choices = {
            { "Three tiny games. Thank you — could we swap details?", "exchange_contact", next = "contact" },
            { "That's really clear. I'll let you get back to the pension questions.", "exit_graceful" },
          },
        },
        node "contact" {
          says = "Here — that's the studio card, but I've scribbled my own email on it. Tell me when the talk's on, or when the snail's finished.",
          alt = {
            "Here — it's the studio card, but my own email's scribbled on it. Let me know when the talk is on, or when the snail's done.",
          },
          choices = {
            { "Thanks, Linh. I'll leave you to the pension questions.", "exit_graceful" },
            { "Thank you — and have a good session at the wall this week.", "follow_up", uses = "bouldering" },
          },
        },
        node "brush" {
          says = "Sure — here's a card, the jobs page is on the back. I'd tell you more, but I only really know the programming bits.",
          choices = {
            { "Sorry, I dived in. I'm {name} — I make small games. What's your job like?",
              "introduce_why", next = "why" },
            { "Thanks, I'll check it out.", "exit_graceful" },
            { "(Take the card and move on.)", "exit_abrupt" },
          },
        },
        node "again" {
          says = "{name}! Hey. You came back — nobody comes back, they just take stickers.",
          choices = {
            { "Did you find a society to host your games talk?", "follow_up", uses = "talk", next = "catch_up" },
            { "What are you working on these days?", "ask_open", next = "work" },
            { "I did! Can I ask your advice — what should I make next, if I want to get noticed?",
              "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "Just saying hi. Good luck with the rest of the fair!", "exit_graceful" },
          },
        },
        node "catch_up" {
          says = "Not yet! Two said 'maybe', which is society for 'no'. The pizza offer still stands.",
          choices = {
            { "Let me ask the games society — I know people on the committee.",
              "offer_help", requires = { fact = "talk" }, next = "thanks" },
            { "Could I take your email, to put you in touch?", "exchange_contact", next = "contact" },
            { "Someone will say yes. Good luck!", "exit_graceful" },
          },
        },
        node "common_after" {
          says = "A slow snail! Unfinished counts — everyone's first jam game is a snail of some kind. That's exactly who the talk is for.",
          common_ground = true,
          choices = {
            { "Then let me ask the games society to host it. I know the committee.",
              "offer_help", requires = { fact = "talk" }, next = "thanks" },
            { "Can I ask your advice — what should I make next, if I want to get noticed?",
              "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "Could we swap details? I'd like to send you the snail, unfinished.", "exchange_contact", next = "contact" },
            { "That's really encouraging. Thanks, Linh.", "exit_graceful" },
          },
        },
        node "brush_job" {
          says = "Sure — it's all on the jobs page. I'd tell you more, but I only really know the programming bits.",
          choices = {
            { "Sorry, I dived in. I'm {name} — I make small games. What's your job like?",
              "introduce_why", next = "why" },
            { "Thanks, I'll check it out.", "exit_graceful" },
            { "Cool — can I grab a card anyway? I'll have a proper look at the jobs page tonight.", "card_grab" },
          },
        },
      },
      returning = "again",
      followup = {
        reference = "talk",
        offer = "ask the games society to host the talk",
        request = "ask whether she'd look at one of my small games",
        reply_personal = "Hey, you remembered the talk! Still looking for a society to host it — the studio covers the pizza. If you know anyone on a committee, I'd love an intro.",
        reply_generic = "Thanks for stopping by the Fernhill booth! Jobs are on our website.",
        reply_late = "Hey, thanks for the message! Sorry, the fair's a blur — which one were you?",
      },
      maintenance = {
        { kind = "congratulate", uses = "talk",
          text = "Tell Linh her games society talk was the best one this term",
          reply = "Stop it. Okay, don't stop. The worst-bug slide really landed, didn't it?" },
        { kind = "share_useful", uses = "game_jams",
          text = "Send Linh the link to the jam you're entering next month",
          reply = "Ooh, I might judge that one. Make something small and finished!" },
      },
    },

    ---------------------------------------------------------------------------------------
    -- Dariusz Nowak: precise, gruff-warm, drove the number 14 bus for nine years.
    ---------------------------------------------------------------------------------------
    person {
      id = "dariusz_nowak",
      name = "Dariusz Nowak", org = "Regional Transport Authority", role = "network planning lead",
      traits = { openness = 0.6, introversion = 0.5, busy = 0.5 },
      interests = { "bus networks", "cycling", "maps", "jazz" },
      need = "applicants from outside computing for the data apprenticeship",
      zone = "row_b", at = { 10, 15.5 },
      facts = {
        night_buses = "is redesigning the night-bus routes using last winter's journey data",
        bus_driver = "drove the number 14 bus for nine years before moving into planning",
        apprenticeship = "wants students from history, geography and languages to apply for the data apprenticeship; nobody outside computing does",
        cycles = "cycles fourteen kilometres to work all year round",
        open_data = "says the Transport Authority publishes all its timetable data free online",
      },
      nodes = {
        node "hello" {
          says = "Good evening. Regional Transport Authority — buses, trams, the odd ferry. Don't worry, I won't make you fill in a survey. Unless you want to.",
          alt = {
            "Good evening. Regional Transport Authority: buses, trams and the occasional ferry. No survey, I promise. Unless you'd like one.",
            "Hello. Regional Transport Authority — we run the buses, the trams and one small ferry. What can I tell you?",
          },
          choices = {
            { "Hi, I'm {name} — I'm in my final year and I'm curious what a data job in the public sector actually involves.",
              "introduce_why", next = "why" },
            { "Could I take a card?", "card_grab", next = "brush" },
            { "What's the starting salary on your graduate scheme, and is it in London?", "ask_job", next = "brush_job" },
            { "I'll pass on the survey, but thank you!", "exit_graceful" },
          },
        },
        node "why" {
          says = "Maps, mostly. Right now I'm redrawing the night-bus routes with last winter's journey data — where people actually went at night, not where we assumed they went.",
          alt = {
            "Maps, mostly. At the moment I'm redrawing the night-bus routes from last winter's journey data — where people really went at night, not where we thought they went.",
          },
          reveals = { "night_buses" },
          choices = {
            { "Where were people going that you didn't expect?", "follow_up", uses = "night_buses", next = "surprise" },
            { "What's the hardest part of your job at the moment?", "ask_open", next = "work" },
            { "Could I take your email? I'd like to read more about it.", "exchange_contact", next = "contact" },
            { "That sounds fascinating. I'll let you get on — thank you.", "exit_graceful" },
          },
        },
        node "surprise" {
          says = "Hospitals. Three in the morning, shift workers, no bus. I should have known — I drove the number 14 for nine years, and half my night passengers wore scrubs.",
          reveals = { "bus_driver" },
          choices = {
            { "My mum's a night-shift nurse. She cycles home because there's no bus at that hour.", "share", shares = true, next = "common" },
            { "Nine years driving — how did you get from the driver's seat to the data?", "follow_up", uses = "bus_driver", next = "path" },
            { "That's a great story. I'll let you get back to it.", "exit_graceful" },
          },
        },
        node "path" {
          says = "Evening classes, and a manager who heard me complaining about the timetable and said, 'Fix it, then.' So I learned spreadsheets at forty. You can start late.",
          choices = {
            { "My mum retrained at forty too — nights on a ward, and no bus home.",
              "share", shares = true, next = "common" },
            { "What's the hardest part of your job now?", "ask_open", next = "work" },
            { "'Fix it, then.' I like her. Thank you, Dariusz.", "exit_graceful" },
          },
        },
        node "common" {
          says = "Then your mother is exactly who this is for. There's a hospital route coming in spring. Well — don't tell anyone, it isn't announced yet.",
          alt = {
            "Then your mother is exactly who this is for. There's a hospital route coming in spring. Well — keep it to yourself, it hasn't been announced.",
          },
          common_ground = true,
          choices = {
            { "My lips are sealed. What's the hardest part of your job at the moment?", "ask_open", next = "work" },
            { "Could I ask your advice? How would someone like me get a foot in the door in data?",
              "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "Could we swap details? I'd like to follow the night-bus work and see how it turns out.", "exchange_contact", next = "contact" },
            { "I won't tell a soul. Thank you, Dariusz.", "exit_graceful" },
          },
        },
        node "work" {
          says = "I'll tell you my problem. We have a data apprenticeship, and every applicant studies computing. I want historians, geographers, linguists — people who ask why the data looks like that.",
          alt = {
            "Here's my problem. We have a data apprenticeship, and every applicant studies computing. I want historians, geographers, linguists — people who ask why the data looks the way it does.",
          },
          reveals = { "apprenticeship" },
          need = true,
          choices = {
            { "I could send it to the history and geography societies — they'd never see it.",
              "offer_help", requires = { fact = "apprenticeship" }, next = "thanks" },
            { "Could I take your email about the apprenticeship?", "exchange_contact", next = "contact" },
            { "I hope you find them — it sounds like a good scheme. Thanks, I'll let you get on.", "exit_graceful" },
          },
        },
        node "thanks" {
          says = "Would you? That's worth more than another hundred leaflets. Forgive me if I'm slow tonight — I cycled fourteen kilometres in the rain to get here.",
          alt = {
            "You'd do that? That beats another hundred leaflets. Excuse me if I'm slow tonight — I cycled fourteen kilometres in the rain to be here.",
          },
          reveals = { "cycles" },
          choices = {
            { "Could I ask your advice? How would someone like me get a foot in the door in data?",
              "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "Could I take your email, so I can send you the post when it's up?", "exchange_contact", next = "contact" },
            { "I'll post it tonight and send you the link. Safe ride home, Dariusz!", "exit_graceful" },
          },
        },
        node "advice" {
          says = "Use our open data — every timetable we have is free online. Find one question, answer it with a map, and bring the map to the interview. I would hire that person tomorrow.",
          reveals = { "open_data" },
          choices = {
            { "One question, one map. Could we swap details, so I can send it to you?", "exchange_contact", next = "contact" },
            { "That's brilliant advice. Thank you, Dariusz.", "exit_graceful" },
          },
        },
        node "contact" {
          says = "Here's my card. Send me the map when you've made it. I mean it — I'll reply.",
          alt = {
            "Here's my card. Send me the map once you've made it. I mean that — I'll write back.",
          },
          choices = {
            { "Thank you, Dariusz. Good luck with the night buses.", "exit_graceful" },
            { "Thanks — and I hope it's a dry ride home tonight.", "follow_up", uses = "cycles" },
          },
        },
        node "brush" {
          says = "It's all on the jobs site — roles, salaries, deadlines. The link is on the card. Here.",
          choices = {
            { "Sorry — let me start properly. I'm {name}. What's data work in transport like?",
              "introduce_why", next = "why" },
            { "Thank you, I'll look it up.", "exit_graceful" },
            { "(Take the card and move on.)", "exit_abrupt" },
          },
        },
        node "again" {
          says = "Ah — {name}, isn't it? Good to see you again. Come back for the survey after all?",
          choices = {
            { "Ha, no! Did more people from outside computing apply for the apprenticeship?",
              "follow_up", uses = "apprenticeship", next = "catch_up" },
            { "You were redrawing the night-bus routes — what did the data show?", "follow_up", uses = "night_buses", next = "surprise" },
            { "Ha, no! Could I ask your advice — how would someone like me get a foot in the door in data?",
              "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "Just saying hello — I'll let you get on.", "exit_graceful" },
          },
        },
        node "catch_up" {
          says = "Four! A linguist, two geographers and a music student. Still no historians, you'll notice.",
          choices = {
            { "I can fix that — let me share it with the history society.",
              "offer_help", requires = { fact = "apprenticeship" }, next = "thanks" },
            { "Could I take your email again?", "exchange_contact", next = "contact" },
            { "Progress! Good to see you, Dariusz.", "exit_graceful" },
          },
        },
        node "brush_job" {
          says = "It's all on the jobs site — roles, salaries, deadlines. Search for us by name; it comes up first.",
          choices = {
            { "Sorry — let me start properly. I'm {name}. What's data work in transport like?",
              "introduce_why", next = "why" },
            { "Thank you, I'll look it up.", "exit_graceful" },
            { "Thanks. Could I have a card anyway, so I can find the right jobs page again later?", "card_grab" },
          },
        },
      },
      returning = "again",
      followup = {
        reference = "apprenticeship",
        offer = "share the data apprenticeship with the history and geography societies",
        request = "ask whether he'd look at a map I make from the open timetable data",
        reply_personal = "Thank you for writing, and for remembering the apprenticeship. If any historians, geographers or linguists ask about it, tell them to write to me directly. I answer everyone.",
        reply_generic = "Thank you for visiting the Transport Authority stand. Vacancies are on our jobs site.",
        reply_late = "Thank you for your email. I'm afraid I don't quite remember — which event was it?",
      },
      maintenance = {
        { kind = "share_useful", uses = "open_data",
          text = "Send Dariusz the map you made from his open timetable data",
          reply = "You found the gap on the 22 route. I'm forwarding this to my team, with your name on it." },
        { kind = "check_in", uses = "night_buses",
          text = "Ask Dariusz whether the new night-bus routes launched",
          reply = "Monday! The hospital route is real. Tell your mother." },
      },
    },

    ---------------------------------------------------------------------------------------
    -- Inês Carvalho: shy, earnest, graduated here last year; first time on this side.
    ---------------------------------------------------------------------------------------
    person {
      id = "ines_carvalho",
      name = "Inês Carvalho", org = "Loomwork Studio", role = "junior designer",
      traits = { openness = 0.5, introversion = 0.8, busy = 0.5 },
      interests = { "illustration", "ceramics", "zines", "type design" },
      need = "contributors for the studio's zine of student work",
      zone = "row_b", at = { 14.5, 15.5 },
      facts = {
        grad_last_year = "graduated from the design course here last summer",
        first_fair = "is helping at a booth for the first time and practised her hello on the bus",
        zine = "is editing Loomwork's zine of student work and needs four more contributors by the end of the month",
        ceramics = "takes an evening ceramics class and is making a set of mugs for her grandmother in Porto",
        portfolio_tip = "thinks a portfolio should show three projects with the messy sketches, not twelve polished ones",
      },
      nodes = {
        node "hello" {
          says = "Oh — hi. Welcome to Loomwork. We're a design studio: books, posters, a lot of tea packaging. Sorry, I'm usually on the other side of the table.",
          alt = {
            "Oh! Hello. Welcome to Loomwork — we're a design studio. Books, posters, a surprising amount of tea packaging. Sorry, I'm new to this side of the table.",
            "Hi — hello. Loomwork, design studio: books, posters, tea boxes. Forgive me, I'm usually the one asking the questions.",
          },
          choices = {
            { "Hi, I'm {name} — I'm in my final year, I draw a lot, and I wanted to see what studio work is like after graduating.",
              "introduce_why", next = "why" },
            { "Can I take a card?", "card_grab", next = "brush" },
            { "Can I show you my portfolio? It's on my phone — I think I'd be perfect for you.", "pitch", next = "brush_job" },
            { "No worries — I'll let you settle in!", "exit_graceful" },
          },
        },
        node "why" {
          says = "Oh, I was literally you a year ago — I graduated from the design course here last summer. This is my first time on this side. I practised my hello on the bus.",
          alt = {
            "I was you a year ago, honestly — I graduated from the design course here last summer. This is my first fair on this side of the table. I practised saying hello on the bus.",
          },
          reveals = { "grad_last_year", "first_fair" },
          choices = {
            { "You practised on the bus? How's it going so far?", "follow_up", uses = "first_fair", next = "nerves" },
            { "What are you working on at the studio?", "ask_open", next = "work" },
            { "Could I take your email? I'd love to hear more about your first year out.", "exchange_contact", next = "contact" },
            { "The hello worked. Thanks — I'll let you get on.", "exit_graceful" },
          },
        },
        node "nerves" {
          says = "Better now. For the first hour I kept saying 'sorry' instead of 'hello'. People are kinder than I expected. You're the first person who's asked about me, actually.",
          choices = {
            { "I get that. I rehearse phone calls in my head, then hang up before anyone answers.",
              "share", shares = true, next = "common" },
            { "What are you working on at the studio?", "ask_open", next = "work" },
            { "You're doing really well, honestly — better than I would be. I'll let you get on, Inês.", "exit_graceful" },
          },
        },
        node "common" {
          says = "Yes! Exactly that. I thought it would go away when I got a job. It doesn't, but you stop letting it decide things. It helps to know other people do it too.",
          alt = {
            "Yes! Exactly that. I thought it would stop once I had a job. It doesn't, but you stop letting it make the decisions. It helps to know other people feel it too.",
          },
          common_ground = true,
          choices = {
            { "It does. So what are you working on at the studio?", "ask_open", next = "work" },
            { "Can I ask — what do you wish you'd had in your portfolio last year?",
              "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "Could we swap details? It'd be nice to keep in touch.", "exchange_contact", next = "contact" },
            { "Thank you, Inês. That helps more than you know.", "exit_graceful" },
          },
        },
        node "work" {
          says = "Mostly tea packaging. And the fun thing: I'm editing our zine of student work. I need four more contributors by the end of the month, and nobody's asked about it all day.",
          alt = {
            "Tea packaging, mostly. And the fun part: I'm editing our zine of student work. I need four more contributors by the end of the month, and nobody's asked about it all day.",
          },
          reveals = { "zine" },
          need = true,
          choices = {
            { "I'd love to submit something — and I can put it on the illustration society's board too.",
              "offer_help", requires = { fact = "zine" }, next = "thanks" },
            { "What kind of work goes in the zine?", "follow_up", uses = "zine", next = "zine_detail" },
            { "Could I take your email about the zine?", "exchange_contact", next = "contact" },
            { "I hope you find them. I'll let you get on.", "exit_graceful" },
          },
        },
        node "zine_detail" {
          says = "Anything handmade. Last issue had a comic about buses and a recipe printed in lino. I'd put my ceramics in if I were brave — I'm making mugs for my grandmother in Porto.",
          reveals = { "ceramics" },
          choices = {
            { "I do lino prints — mostly birds, mostly badly. Could I send some in?",
              "offer_help", requires = { fact = "zine" }, next = "thanks" },
            { "Put them in! I'm the same — I only show things once they're perfect, so I never show anything.",
              "share", shares = true, next = "common_after" },
            { "Could I take your email about the zine?", "exchange_contact", next = "contact" },
            { "That sounds lovely. Thanks, Inês.", "exit_graceful" },
          },
        },
        node "thanks" {
          says = "Really? Oh, that makes my evening. Send it to the zine address on our banner — any format, any size. I'll look out for your name.",
          alt = {
            "Really? Oh, that's made my evening. Send it to the zine address on our banner — any format, any size. I'll watch out for your name.",
          },
          choices = {
            { "Can I ask — what do you wish you'd had in your portfolio last year?",
              "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "Could I take your own email too, in case I have questions?", "exchange_contact", next = "contact" },
            { "I'll send something this week, I promise. Thanks, Inês — good luck with the zine!", "exit_graceful" },
          },
        },
        node "advice" {
          says = "Fewer projects, more mess. Three things with the sketches and the wrong turns, not twelve finished ones. Studios want to see how you think. I learned that the hard way.",
          reveals = { "portfolio_tip" },
          choices = {
            { "More mess — I can do that. Could we swap details?", "exchange_contact", next = "contact" },
            { "That's really helpful. Thank you.", "exit_graceful" },
          },
        },
        node "contact" {
          says = "Here — I wrote my own email on the back. It's my first card with my name on it, so, you know. Be gentle with it.",
          alt = {
            "Here — my own email's on the back. It's the first card I've ever had with my name printed on it, so be kind to it.",
          },
          choices = {
            { "I'll look after it. Thanks, Inês — you're doing great on this side of the table.", "exit_graceful" },
            { "Thank you — I hope the mugs come out of the kiln in one piece.", "follow_up", uses = "ceramics" },
          },
        },
        node "brush" {
          says = "Oh — sure. Um, portfolios go through the website, but here's a card with the address.",
          choices = {
            { "Sorry, that was abrupt. I'm {name} — what's studio life actually like?",
              "introduce_why", next = "why" },
            { "Thanks, I'll send it through the website tonight, then. Sorry to rush you.", "exit_graceful" },
            { "(Take the card and move on.)", "exit_abrupt" },
          },
        },
        node "again" {
          says = "Oh, {name}! Hi again. You're my first repeat visitor — that has to be a good sign.",
          choices = {
            { "How's the zine coming along? Did you find your four?", "follow_up", uses = "zine", next = "catch_up" },
            { "What have you been working on at the studio?", "ask_open", next = "work" },
            { "Hi! Can I ask — what do you wish you'd had in your portfolio last year?",
              "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "Just saying hi — I'll let you get on.", "exit_graceful" },
          },
        },
        node "catch_up" {
          says = "Three! One more. Someone sent a diagram of a sourdough starter, which I love. Are you still thinking of sending something?",
          choices = {
            { "I am — I'll send some prints this week.", "offer_help", requires = { fact = "zine" }, next = "thanks" },
            { "Could I take your email again?", "exchange_contact", next = "contact" },
            { "A sourdough diagram! Good luck with the last one.", "exit_graceful" },
          },
        },
        node "common_after" {
          says = "Yes! Exactly that. It doesn't go away when you get a job, but you stop letting it decide. Maybe we both put something in the zine, then.",
          common_ground = true,
          choices = {
            { "Deal. I'll send something in — and put the call up on the illustration society's board.",
              "offer_help", requires = { fact = "zine" }, next = "thanks" },
            { "Can I ask — what do you wish you'd had in your portfolio last year?",
              "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "Could we swap details? I'd like to hear when the zine is out.", "exchange_contact", next = "contact" },
            { "Thank you, Inês. That helps more than you know.", "exit_graceful" },
          },
        },
        node "brush_job" {
          says = "Oh — sure. Um, portfolios go through the website. The address is on the banner, just there.",
          choices = {
            { "Sorry, that was abrupt. I'm {name} — what's studio life actually like?",
              "introduce_why", next = "why" },
            { "Thanks, I'll send it through the website tonight, then. Sorry to rush you.", "exit_graceful" },
            { "Can I take a card as well, so I remember the name of the studio?", "card_grab" },
          },
        },
      },
      returning = "again",
      followup = {
        reference = "zine",
        offer = "send a few lino prints for the zine",
        request = "ask whether she'd look at my portfolio before I apply anywhere",
        reply_personal = "So nice to hear from you! The zine still needs four contributors by the end of the month — sketches, prints, messy bits all welcome. If you or a friend have something, send it over.",
        reply_generic = "Thanks for visiting Loomwork! Portfolios can be sent through our website.",
        reply_late = "Hi! Thank you for writing — the zine's already at the printer, sorry. Next issue?",
      },
      maintenance = {
        { kind = "congratulate", uses = "zine",
          text = "Congratulate Inês when the zine comes out",
          reply = "Thank you!! I've sent you three copies. One is for your mum." },
        { kind = "check_in", uses = "ceramics",
          text = "Ask Inês whether the mugs survived the kiln",
          reply = "Five out of six! The sixth is now a very expensive pen pot." },
      },
    },

    ---------------------------------------------------------------------------------------
    -- Kwame Asante: warm, unhurried storyteller; clinical engineer, retiring next year.
    ---------------------------------------------------------------------------------------
    person {
      id = "kwame_asante",
      name = "Kwame Asante", org = "St Anselm's University Hospital", role = "head of clinical engineering",
      traits = { openness = 0.8, introversion = 0.4, busy = 0.4 },
      interests = { "hospital radio", "repairing old radios", "medical devices", "his allotment" },
      need = "student volunteers to keep the hospital radio request show going",
      zone = "row_b", at = { 19.5, 15.5 },
      facts = {
        clinical_engineer = "leads the team that keeps the hospital's nine thousand medical devices working",
        retiring = "retires next year after thirty-one years at St Anselm's",
        radio = "runs the hospital radio request show on Tuesday nights and needs student volunteers to keep it going",
        allotment = "grows far too many courgettes on his allotment and leaves them in the staff room",
        placement_year = "says St Anselm's offers paid placement years in clinical engineering, with a separate, shorter application",
      },
      moods = { "chatty", "none" },
      nodes = {
        node "hello" {
          says = "Good evening, good evening. St Anselm's Hospital. People walk past because they think we only hire doctors. Are you a doctor? No? Excellent. Come closer.",
          alt = {
            "Good evening! St Anselm's Hospital. Everybody walks past because they think we only hire doctors. You're not a doctor? Wonderful. Come in.",
            "Hello, hello. St Anselm's Hospital. Don't walk past — we don't only hire doctors. Are you one? No? Even better.",
          },
          choices = {
            { "Hi, I'm {name} — I'm in my final year, and I didn't know hospitals hired people like engineers. I wanted to ask what else you do.",
              "introduce_why", next = "why" },
            { "Could I take a card?", "card_grab", next = "brush" },
            { "Do you have any graduate jobs that aren't medical?", "ask_job", next = "brush_job" },
            { "Not a doctor, no! I'll come back in a bit.", "exit_graceful" },
          },
        },
        node "why" {
          says = "Oh, we do. My team keeps nine thousand machines alive — infusion pumps, ventilators, and one big MRI scanner that sulks in winter. If it beeps, it is ours.",
          alt = {
            "Oh, we certainly do. My team keeps nine thousand machines running — infusion pumps, ventilators, and one big MRI scanner that sulks every winter. If it beeps, it's ours.",
          },
          reveals = { "clinical_engineer" },
          choices = {
            { "The scanner sulks? What does it do?", "follow_up", uses = "clinical_engineer", next = "sulk" },
            { "What do you do when you're not fixing machines?", "ask_open", next = "work" },
            { "Could I take your email? I'd like to know more about the engineering side.", "exchange_contact", next = "contact" },
            { "If it beeps, it's yours — I'll remember that. Thank you!", "exit_graceful" },
          },
        },
        node "sulk" {
          says = "It gets cold and moody, like me. Thirty-one years I have been fixing these machines. I retire next year, and I will miss that scanner more than some of the managers.",
          reveals = { "retiring" },
          choices = {
            { "My grandad fixed televisions for forty years. He still takes everything apart.",
              "share", shares = true, next = "common" },
            { "Will you keep anything going after you retire?", "ask_open", next = "work" },
            { "Thirty-one years with those machines! Thank you for telling me about it, Kwame.", "exit_graceful" },
          },
        },
        node "common" {
          says = "Then you have it in the blood! People like your grandfather kept the world running with a screwdriver. Tell him an old engineer at a hospital salutes him.",
          alt = {
            "Then it runs in the family! People like your grandfather kept the world going with a screwdriver. Tell him an old hospital engineer salutes him.",
          },
          common_ground = true,
          choices = {
            { "I will. What else keeps you busy, apart from the machines?", "ask_open", next = "work" },
            { "Can I ask your advice — how would someone like me get into clinical engineering?",
              "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "Could we swap details? I'd like to stay in touch about clinical engineering.", "exchange_contact", next = "contact" },
            { "He'll love that. Thank you, Kwame.", "exit_graceful" },
          },
        },
        node "work" {
          says = "Ah! Tuesday nights. I run the hospital radio request show — patients ring down, I play their song. But my student volunteers have all graduated, and the show needs new ones.",
          alt = {
            "Ah! Tuesday nights. I host the hospital radio request show — patients phone down and I play their song. But all my student volunteers have graduated, and the show needs new ones.",
          },
          reveals = { "radio" },
          need = true,
          choices = {
            { "I'd volunteer — and a friend of mine does a show on campus radio. I could ask her too.",
              "offer_help", requires = { fact = "radio" }, next = "thanks" },
            { "What's the best request you've ever had?", "follow_up", uses = "radio", next = "request" },
            { "Could I take your email about the radio?", "exchange_contact", next = "contact" },
            { "That sounds wonderful. I'll let you get on.", "exit_graceful" },
          },
        },
        node "request" {
          says = "A lady of ninety-four asked for Aretha Franklin and sang every word from her bed. By the second chorus the whole ward had joined in. That is why I do it.",
          choices = {
            { "That's given me goosebumps. Could I come and help on a Tuesday?",
              "offer_help", requires = { fact = "radio" }, next = "thanks" },
            { "My grandad fixed radios and televisions for forty years. He'd have loved your request show.",
              "share", shares = true, next = "common_after" },
            { "Could I take your email about volunteering?", "exchange_contact", next = "contact" },
            { "What a story. Thank you, Kwame.", "exit_graceful" },
          },
        },
        node "thanks" {
          says = "Wonderful! Tuesdays, seven till nine. I will teach you the desk. And I'll bring you courgettes — I grow far too many, and the nurses are running out of hiding places.",
          alt = {
            "Wonderful! Tuesdays, seven till nine; I'll teach you the desk. And I'll bring you courgettes — I grow far too many and the nurses have run out of places to hide them.",
          },
          reveals = { "allotment" },
          choices = {
            { "Can I ask your advice — how would someone like me get into clinical engineering?",
              "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "Could I take your email to arrange the first Tuesday?", "exchange_contact", next = "contact" },
            { "I'll be there on the first Tuesday. Thank you, Kwame — see you then!", "exit_graceful" },
          },
        },
        node "advice" {
          says = "Do a placement year with us. It is paid, and you will touch more machines in one year than most people do in five. Ask for the clinical engineering placement — different form, shorter queue.",
          reveals = { "placement_year" },
          choices = {
            { "Different form, shorter queue — thank you. Could we swap details?", "exchange_contact", next = "contact" },
            { "That's exactly what I needed to know. Thank you.", "exit_graceful" },
          },
        },
        node "contact" {
          says = "Here is my card. Write 'radio' or 'engineering' in the subject, so I know which hat to wear when I read it.",
          alt = {
            "Here's my card. Put 'radio' or 'engineering' in the subject line, so I know which hat to put on when I read it.",
          },
          choices = {
            { "Thank you, Kwame — it was a real pleasure.", "exit_graceful" },
            { "Thanks — and good luck finding homes for all those courgettes.", "follow_up", uses = "allotment" },
          },
        },
        node "brush" {
          says = "Certainly. Here — our jobs are on the hospital website, the link is on the back. We are not only doctors, you know.",
          choices = {
            { "Sorry — hello properly. I'm {name}. What do engineers do in a hospital?",
              "introduce_why", next = "why" },
            { "Thank you, I'll have a look.", "exit_graceful" },
            { "(Take the card and move on.)", "exit_abrupt" },
          },
        },
        node "again" {
          says = "{name}! My friend. You came back to the hospital — nobody comes back to the hospital willingly.",
          choices = {
            { "How's the radio show? Did you find new volunteers?", "follow_up", uses = "radio", next = "catch_up" },
            { "Ha! What have you been up to since?", "ask_open", next = "work" },
            { "I came back for advice, actually. How would someone like me get into clinical engineering?",
              "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "Just saying hello — I'll let you get on.", "exit_graceful" },
          },
        },
        node "catch_up" {
          says = "Two! A physics student and a retired postman. One more for the Tuesday desk and I can retire in peace.",
          choices = {
            { "Then let me be the third. Tuesdays, seven till nine?", "offer_help", requires = { fact = "radio" }, next = "thanks" },
            { "Could I take your email again?", "exchange_contact", next = "contact" },
            { "You'll find them. Good to see you, Kwame.", "exit_graceful" },
          },
        },
        node "common_after" {
          says = "Then you have it in the blood! Radios and televisions — he would have run my desk better than me. Tell him an old engineer at a hospital salutes him.",
          common_ground = true,
          choices = {
            { "I will. And I'd like to help on a Tuesday, if the show still needs people.",
              "offer_help", requires = { fact = "radio" }, next = "thanks" },
            { "Can I ask your advice — how would someone like me get into clinical engineering?",
              "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "Could we swap details? I'd like to stay in touch about the radio show.", "exchange_contact", next = "contact" },
            { "He'll love that. Thank you, Kwame.", "exit_graceful" },
          },
        },
        node "brush_job" {
          says = "Certainly. Our jobs are on the hospital website, under estates. We are not only doctors, you know.",
          choices = {
            { "Sorry — hello properly. I'm {name}. What do engineers do in a hospital?",
              "introduce_why", next = "why" },
            { "Thank you, I'll have a look.", "exit_graceful" },
            { "Could I take a card anyway, just in case I have a question about applying?", "card_grab" },
          },
        },
      },
      returning = "again",
      followup = {
        reference = "radio",
        offer = "volunteer for the Tuesday request show, and ask my friend from campus radio",
        request = "ask about the clinical engineering placement year",
        reply_personal = "Marvellous — you remembered the request show! We're on every Tuesday night and always glad of another voice. Should you or a friend fancy a go, come by and I'll show you the desk.",
        reply_generic = "Thank you for visiting St Anselm's at the fair. Our vacancies are on the hospital website.",
        reply_late = "Thank you for writing. Forgive an old man — remind me where we met?",
      },
      maintenance = {
        { kind = "check_in", uses = "radio",
          text = "Ask Kwame how the Tuesday request show is going",
          reply = "We had three requests for Aretha this week. The ward is a choir now." },
        { kind = "congratulate", uses = "retiring",
          text = "Send Kwame a card for his retirement",
          reply = "Thirty-one years and the scanner still sulks. Thank you, my friend. Come and see the allotment." },
      },
    },

    ---------------------------------------------------------------------------------------
    -- Niamh Gallagher: practical, kind, a former civil engineer; runs the seating area.
    ---------------------------------------------------------------------------------------
    person {
      id = "niamh_gallagher",
      name = "Niamh Gallagher", org = "University Careers Service", role = "careers adviser",
      traits = { openness = 0.7, introversion = 0.5, busy = 0.6 },
      interests = { "career changes", "birdwatching", "crime novels", "bridges" },
      need = "student guides to walk nervous first-years round the spring fair",
      zone = "seating", at = { 26.5, 15 },
      facts = {
        liking_gap = "walked away from her own first careers fair sure it had gone badly, and was offered a job by one of those recruiters",
        was_engineer = "spent eight years as a civil engineer building bridges before retraining as a careers adviser",
        fair_guides = "needs six student guides to walk nervous first-years round the spring fair",
        birdwatching = "counts birds on the campus lake every Sunday morning for a national survey",
        cv_clinic = "runs a drop-in CV clinic every Wednesday afternoon in the library",
      },
      moods = { "none", "tired" },
      nodes = {
        node "hello" {
          says = "Hello — sit down for a minute, the chairs are the best-kept secret in the building. I'm Niamh, from the Careers Service. How are you finding it?",
          alt = {
            "Hi — take a seat for a minute; these chairs are the building's best-kept secret. I'm Niamh, from the Careers Service. How's the fair going?",
            "Hello! Sit down, rest your feet. I'm Niamh, Careers Service. How are you getting on out there?",
          },
          choices = {
            { "Hi, I'm {name} — final year. Honestly, my feet hurt and my head's full.",
              "introduce_why", next = "why" },
            { "Honestly, I'm exhausted. Can you just tell me which company here is easiest to get a job at?", "ask_job", next = "brush" },
            { "Can I just grab a leaflet?", "card_grab", next = "brush" },
            { "Fine, thanks — just passing through!", "exit_graceful" },
          },
        },
        node "why" {
          says = "Most honest answer I've had all day. Sit. At my first careers fair I was sure every recruiter hated me. One of them offered me a job six months later.",
          alt = {
            "That's the most honest answer I've heard today. Sit. At my first careers fair I was certain every recruiter hated me. One of them offered me a job six months later.",
          },
          reveals = { "liking_gap" },
          choices = {
            { "Six months later! What happened?", "follow_up", uses = "liking_gap", next = "research" },
            { "What's the fair like from your side?", "ask_open", next = "work" },
            { "Thank you — I needed that. I'll brave the booths again.", "exit_graceful" },
          },
        },
        node "research" {
          says = "She said she remembered my question about the footbridge, not the awkward pause after it. So I built bridges for eight years, and then I ended up here.",
          reveals = { "was_engineer" },
          choices = {
            { "I've changed my mind about what I want three times this year. I keep thinking that's a bad sign.",
              "share", shares = true, next = "common" },
            { "You built bridges? How did you end up in careers?", "follow_up", uses = "was_engineer", next = "bridges" },
            { "That's a good story to hear today. Thank you.", "exit_graceful" },
          },
        },
        node "bridges" {
          says = "Eight years as a civil engineer. I loved the bridges and hated the meetings about them. The best part was training the graduates, so eventually I trained to do that properly.",
          choices = {
            { "That helps. I keep worrying I'll pick the wrong first job and be stuck forever.",
              "share", shares = true, next = "common" },
            { "And what's the fair like from your side?", "ask_open", next = "work" },
            { "That's a great story, and honestly I needed to hear it today. Thank you, Niamh.", "exit_graceful" },
          },
        },
        node "common" {
          says = "Oh, that's so normal. I changed careers at thirty-four. Your first job isn't a life sentence; it's the next piece of information. I wish someone had told me that at your age.",
          alt = {
            "Oh, that's completely normal. I changed careers at thirty-four. Your first job isn't a life sentence — it's the next bit of information. I wish someone had told me that at your age.",
          },
          common_ground = true,
          choices = {
            { "That helps. What's the fair like from your side?", "ask_open", next = "work" },
            { "Can I ask your advice? How do I choose when I like bits of everything?",
              "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "Could I book a proper appointment with you, after the fair is over?", "exchange_contact", next = "contact" },
            { "Thank you. I feel ready for the second half.", "exit_graceful" },
          },
        },
        node "work" {
          says = "Busy, lovely, exhausting. And I'm recruiting too — not for jobs. I need six student guides for the spring fair, to walk nervous first-years round the booths.",
          alt = {
            "Busy, lovely, exhausting. And I'm recruiting as well — not for jobs. I need six student guides for the spring fair, to walk nervous first-years round the booths.",
          },
          reveals = { "fair_guides" },
          need = true,
          choices = {
            { "I'd do it. I'd have loved a guide in first year.", "offer_help", requires = { fact = "fair_guides" }, next = "thanks" },
            { "Could I take your details about the guides?", "exchange_contact", next = "contact" },
            { "I hope you find enough of them — it's a lovely idea. Thanks for the chair!", "exit_graceful" },
          },
        },
        node "thanks" {
          says = "Brilliant, I'll put you down. Training's a Sunday afternoon — not the morning. Sunday mornings I'm counting ducks on the campus lake for a national bird survey. Priorities.",
          alt = {
            "Brilliant, you're on the list. Training's on a Sunday afternoon — not the morning. On Sunday mornings I count ducks on the campus lake for a national bird survey. Priorities.",
          },
          reveals = { "birdwatching" },
          choices = {
            { "Can I ask your advice? How do I choose when I like bits of everything?",
              "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "Could I take your email for the training details?", "exchange_contact", next = "contact" },
            { "Sunday afternoon it is, then. Thanks, Niamh — and thanks for the chair!", "exit_graceful" },
          },
        },
        node "advice" {
          says = "Don't choose yet — test. Take the two you're torn between and spend a day with each — a shadowing day, a small project. Then come to my Wednesday CV clinic in the library.",
          reveals = { "cv_clinic" },
          choices = {
            { "Test, don't choose. Could I book in with you properly?", "exchange_contact", next = "contact" },
            { "That makes it feel much smaller. Thank you.", "exit_graceful" },
          },
        },
        node "contact" {
          says = "Here's my card. Book through the Careers portal and put my name in the notes. And well done today. Really.",
          alt = {
            "Here's my card. Book through the Careers portal and put my name in the notes. And well done today. I mean it.",
          },
          choices = {
            { "Thanks, Niamh. I feel better about the second half.", "exit_graceful" },
            { "Thank you — and good luck with the duck count on Sunday.", "follow_up", uses = "birdwatching" },
          },
        },
        node "brush" {
          says = "Honestly, there's no easy one. The list of who's hiring is on the back of the floor map, and here's our leaflet. Come back and sit if your feet give out.",
          choices = {
            { "Actually — can I start again? I'm {name}, and I'm a bit overwhelmed.",
              "introduce_why", next = "why" },
            { "Thanks, I will.", "exit_graceful" },
            { "(Take the leaflet with a quick nod and head straight back out into the crowd.)", "exit_abrupt" },
          },
        },
        node "again" {
          says = "{name}! Back on the chairs? Good. How did the booths go?",
          choices = {
            { "Better! I wanted to ask — do you still need guides for the spring fair?", "follow_up", uses = "fair_guides", next = "catch_up" },
            { "Better than I thought. What's the fair been like from your side?", "ask_open", next = "work" },
            { "Better! Can I ask your advice? How do I choose when I like bits of everything?",
              "ask_advice", requires = { tier = 3 }, next = "advice" },
            { "Just resting my feet for a second before round two — thanks, Niamh.", "exit_graceful" },
          },
        },
        node "catch_up" {
          says = "I do — four signed up, two to go. Know anyone patient who remembers being lost in first year?",
          choices = {
            { "Me. Put me down.", "offer_help", requires = { fact = "fair_guides" }, next = "thanks" },
            { "Could I take your email, to pass it on?", "exchange_contact", next = "contact" },
            { "I'll ask around. Thanks, Niamh.", "exit_graceful" },
          },
        },
      },
      returning = "again",
      followup = {
        reference = "fair_guides",
        offer = "sign up as a guide for the spring fair",
        request = "book a one-to-one careers appointment",
        reply_personal = "Thanks for getting in touch! I still need six guides for the spring fair — training is the 9th at 2 pm. If you or a friend would like to help, just reply and I'll add you.",
        reply_generic = "Thanks for getting in touch with the Careers Service. You can book appointments through the portal.",
        reply_late = "Thanks for writing! The spring fair guides are all sorted now, but the clinic is always open.",
      },
      maintenance = {
        { kind = "coffee", uses = "cv_clinic",
          text = "Drop in to Niamh's Wednesday CV clinic with a coffee for her",
          reply = "Coffee and a CV, my two favourite things. Sit down — let's see what you've done since the fair." },
        { kind = "share_useful", uses = "birdwatching",
          text = "Tell Niamh you spotted a heron on the campus lake",
          reply = "A heron! That's the first this winter. I'm putting you in the survey." },
      },
    },

    ---------------------------------------------------------------------------------------
    -- Sipho Dlamini: a fellow final-year student, funny and anxious, hiding by the coffee.
    ---------------------------------------------------------------------------------------
    person {
      id = "sipho_dlamini",
      name = "Sipho Dlamini", org = "Chemistry department", role = "final-year student",
      traits = { openness = 0.8, introversion = 0.7, busy = 0.2 },
      interests = { "board games", "chemistry", "cooking", "podcasts" },
      need = "someone to go round the booths with",
      zone = "coffee", at = { 26, 3 },
      facts = {
        froze = "froze at the first booth he visited and has been at the coffee stand for twenty minutes",
        lab_interview = "has an interview for a hospital lab job next Thursday",
        go_round = "wants someone to go round the booths with: he knows what to say, just not alone",
        board_games = "runs the board-games society on Thursday nights in the students' union",
        sunday_dinner = "cooks Sunday dinner for his whole flat every week",
      },
      nodes = {
        node "hello" {
          says = "Oh, hey. Are you queueing? Go ahead. I'm not really queueing. I'm just standing near the coffee. Strategically.",
          alt = {
            "Oh — hi. Are you in the queue? Go ahead. I'm not really queueing. I'm just standing near the coffee. On purpose.",
            "Hey. Queue? No, go on, I'm not in it. I'm just standing by the coffee, looking busy.",
          },
          choices = {
            { "Hi, I'm {name} — final year too? I needed a break from the booths.",
              "introduce_why", next = "why" },
            { "Hey, are you on LinkedIn? I'll add you now, then we can both get back out there.", "card_grab", next = "brush" },
            { "Thanks! Good luck out there.", "exit_graceful" },
          },
        },
        node "why" {
          says = "Ha. Same. I'm Sipho. I went to the bank booth first, opened my mouth, and said, 'I like money.' Then I walked here. That was twenty minutes ago.",
          alt = {
            "Ha, same. I'm Sipho. I walked up to the bank booth, opened my mouth and said, 'I like money.' Then I came over here. That was twenty minutes ago.",
          },
          reveals = { "froze" },
          choices = {
            { "'I like money' is honest, at least. What did you mean to say?", "follow_up", uses = "froze", next = "meant" },
            { "Could we swap numbers? It'd be nice to know someone here.", "exchange_contact", next = "contact" },
            { "Twenty minutes is fine, honestly. Good luck with the next one — you'll be great.", "exit_graceful" },
          },
        },
        node "meant" {
          says = "That I'm good with numbers. I do chemistry. I've got an interview for a hospital lab job next Thursday, and I'm scared it'll go like the bank.",
          reveals = { "lab_interview" },
          choices = {
            { "I freeze too. I once said 'you too' to a recruiter who told me to enjoy the fair.",
              "share", shares = true, next = "common" },
            { "A hospital lab job — that's great. What would you be doing?", "follow_up", uses = "lab_interview", next = "lab" },
            { "You'll be fine on Thursday. Good luck!", "exit_graceful" },
          },
        },
        node "lab" {
          says = "Checking that the blood-test machines give the right answers. I'd be good at it. I just have to survive the part where I talk about myself.",
          choices = {
            { "Same. Someone asks about me and my mind goes blank.",
              "share", shares = true, next = "common" },
            { "Could we swap numbers? You can tell me how Thursday goes.", "exchange_contact", next = "contact" },
            { "You'll survive it. Good luck on Thursday!", "exit_graceful" },
          },
        },
        node "common" {
          says = "Okay, I feel better. It's not just me. We should start a club — members only, no recruiters, free coffee.",
          alt = {
            "Okay, I feel better. So it's not just me. We should start a club — members only, no recruiters, free coffee.",
          },
          common_ground = true,
          choices = {
            { "I'm in. So what are you hoping to find here today?", "ask_open", next = "work" },
            { "Could we swap numbers? Founding members should keep in touch.", "exchange_contact", next = "contact" },
            { "Ha — see you at the first meeting. Good luck, Sipho.", "exit_graceful" },
          },
        },
        node "work" {
          says = "Honestly? Someone to go round with. I know what to say, I just can't say it on my own. Is that stupid?",
          alt = {
            "Honestly? Someone to go round with. I know what to say; I just can't say it on my own. Is that daft?",
          },
          reveals = { "go_round" },
          need = true,
          choices = {
            { "Not stupid at all. Come with me — I'm heading to the hospital booth next.",
              "offer_help", requires = { fact = "go_round" }, next = "thanks" },
            { "Could we swap numbers? We could meet up in the second half and compare notes.", "exchange_contact", next = "contact" },
            { "Not stupid. You'll find your feet. Good luck!", "exit_graceful" },
          },
        },
        node "thanks" {
          says = "Really? Okay. Yes. Give me a second to finish this — done. I owe you. I run the board-games society on Thursdays; come along and I'll teach you something with far too many rules.",
          alt = {
            "Really? Okay. Yes. One second while I finish this — done. I owe you. I run the board-games society on Thursdays; come along and I'll teach you something with far too many rules.",
          },
          reveals = { "board_games" },
          choices = {
            { "You've got an interview coming up — how are you preparing? I could use some tips.",
              "ask_advice", requires = { tier = 3, fact = "lab_interview" }, next = "advice" },
            { "Let's swap numbers first, in case we lose each other in there.", "exchange_contact", next = "contact" },
            { "Deal. Right — hospital booth, let's go before I lose my nerve again.", "exit_graceful" },
          },
        },
        node "advice" {
          says = "My tutor says write three stories down before you go: a time you fixed something, a time you messed up, a time you helped someone. And eat breakfast. I cook Sunday dinner for my whole flat, so I have disaster stories.",
          reveals = { "sunday_dinner" },
          choices = {
            { "Three stories and breakfast. Let's swap numbers — tell me how Thursday goes.", "exchange_contact", next = "contact" },
            { "That's good advice. Come on, hospital booth.", "exit_graceful" },
          },
        },
        node "contact" {
          says = "Yeah, here's my number. Text me how it goes — and if you see me frozen at a booth again, just wave.",
          alt = {
            "Yeah, here's my number. Text me how it goes — and if you spot me frozen at a booth again, just wave.",
          },
          choices = {
            { "Will do. Come on, let's go and find a booth.", "exit_graceful" },
            { "I'll wave. And good luck with the hospital lab interview on Thursday!", "follow_up", uses = "lab_interview" },
          },
        },
        node "brush" {
          says = "Uh — sure. I'm Sipho Dlamini on there. I don't really post much.",
          choices = {
            { "Sorry, hi properly — I'm {name}. I needed a break from the booths.", "introduce_why", next = "why" },
            { "Cool. Good luck out there!", "exit_graceful" },
            { "(Send the connection request, smile, and walk off towards the booths.)", "exit_abrupt" },
          },
        },
        node "again" {
          says = "{name}! Hey. Did you survive the booths?",
          choices = {
            { "Just about. I'm heading to another one — want to come with me this time?",
              "offer_help", requires = { fact = "go_round" }, next = "thanks" },
            { "Mostly! What are you hoping to find here today?", "ask_open", next = "work" },
            { "Just about. Can I ask — how are you getting ready for your interview? I could use some tips.",
              "ask_advice", requires = { tier = 3, fact = "lab_interview" }, next = "advice" },
            { "Barely. Good to see you again, Sipho — good luck with the rest of it!", "exit_graceful" },
          },
        },
      },
      returning = "again",
      followup = {
        reference = "lab_interview",
        offer = "send him the Careers Service's list of common lab interview questions",
        request = "ask to come along to board-games night on Thursday",
        reply_personal = "Thanks for remembering the interview, it means a lot. I've practised 'a time you messed up' until I dream about it. I'll tell you how it goes!",
        reply_generic = "Hey, thanks for connecting!",
        reply_late = "Hey! Good to hear from you. Sorry, it's been ages — how did the rest of the fair go?",
      },
      maintenance = {
        { kind = "congratulate", uses = "lab_interview",
          text = "Congratulate Sipho on getting through his hospital lab interview",
          reply = "I got it!! Start in July. I'm cooking the flat a victory dinner — you're invited." },
        { kind = "coffee", uses = "board_games",
          text = "Go along to Sipho's board-games night on a Thursday",
          reply = "You came! Sit there. This game takes three hours and you will lose. Welcome." },
      },
    },
  },

  -- Who is there tonight and where they stand: the seed picks one (docs/scenarios.md).
  layouts = {
    { id = "as_planned" },
    -- Mehmet's voice gave out after his third fair this week, and in the lull Dariusz and
    -- Ines are chatting in the aisle by St Anselm's booth.
    { id = "mehmet_gone", absent = { "mehmet_yildiz" },
      place = {
        dariusz_nowak = { zone = "row_b", at = { 16.8, 15.4 }, group = "row_b_chat" },
        ines_carvalho = { zone = "row_b", at = { 17.9, 15.6 }, group = "row_b_chat" },
      } },
    -- Fernhill packed up early, and Niamh is covering the Careers desk downstairs.
    { id = "early_leavers", absent = { "linh_tran", "niamh_gallagher" } },
  },
}
