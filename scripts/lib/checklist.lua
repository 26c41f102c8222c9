-- checklist.lua — the own-words checklist's rules, as data (docs/scenarios.md, "The checklist
-- rules"). engine/script/practice.c reads this table; engine/sim/checklist.c applies it.
-- Phrases are matched case- and accent-insensitively ("Je m'appelle" finds "je m'appelle"),
-- whole words at their ASCII edges ("soy" is not found in "soybean"). Write them in lower
-- case. "{name}" stands for the player's first name.

return {
  items = {
    name = {
      label = "Your name",
      missing = "Say who you are: \"I'm ...\" gives them something to remember you by.",
      phrases = {
        "i'm {name}", "i am {name}", "im {name}", "this is {name}", "{name} here", "it's {name}",
        "my name is", "my name's", "call me", "name is {name}",
        "je m'appelle", "je suis {name}", "me llamo", "soy {name}", "ich bin {name}", "ich heisse",
        "mi chiamo", "sono {name}", "meu nome e", "меня зовут", "я {name}", "我叫", "我是{name}",
        "{name}です", "{name}と申します", "と申します", "저는 {name}", "{name}입니다",
      },
    },
    why = {
      label = "Why you're here",
      missing = "Say why you came over, or why you're writing: a reason lets them help you.",
      phrases = {
        "because", "i'm here to", "i came", "i wanted to", "i want to", "i'd like to", "i was hoping",
        "i'm hoping", "hoping to", "i'm looking for", "i am looking for", "looking into",
        "i'm curious", "i am curious", "curious how", "curious what", "curious about",
        "interested in", "i'm interested", "i'm studying", "i study", "my degree", "final year",
        "i'm switching", "i'm new to", "trying to learn", "trying to find", "i'm trying",
        "keen to", "wanted to say", "writing to", "following up", "to thank you", "thank you for",
        "great to meet", "good to meet", "lovely to meet", "nice to meet", "enjoyed our",
        "porque", "parce que", "je voudrais", "quiero", "weil", "ich mochte", "потому что", "хочу",
        "因为", "我想", "想了解", "ので", "たくて", "興味", "싶어서",
      },
    },
    question = {
      label = "A genuine question",
      missing = "Ask one real question about them or their work, and mean it.",
      -- A sentence ending in "?" (or ？ or ؟) counts when it has enough words and asks for
      -- nothing (see no_request_first). These phrases count without a question mark.
      phrases = {
        "i'd love to hear", "i would love to hear", "i'd love to know", "tell me about",
        "i wonder how", "i wonder what", "i'm curious how", "i'm curious what",
      },
    },
    detail = {
      label = "Something they told you",
      missing = "Mention something specific they told you, so they know you listened.",
      -- Found by matching the person's revealed facts (their words, not these); see `stopwords`.
    },
    no_request_first = {
      label = "No request before value",
      missing = "Don't ask for a job, a card or a favour yet: offer something or ask about them first.",
      phrases = {
        "are you hiring", "are you recruiting", "any jobs", "any openings", "any vacancies",
        "job openings", "give me a job", "hire me", "your card", "business card",
        "can i have your", "could i have your", "can i get your", "could i get your", "can i grab",
        "could i grab", "refer me", "a referral", "put in a good word", "introduce me to",
        "my cv", "my resume", "take a look at my", "internship?", "any internships",
        "vous recrutez", "trabajo", "empleo", "ищете", "работу", "招聘", "工作机会", "採用",
        "mi cv", "mi curriculum", "tu tarjeta", "estais contratando", "estan contratando",
        "alguna vacante", "hay vacantes", "recomendarme",
      },
    },
  },
  -- Offers of value: a request after one of these is not a request *before* value.
  value = {
    "would it help", "would that help", "happy to", "i'd be glad", "i would be glad", "i could",
    "i can share", "i can send", "i'll send", "i'll share", "i've shared", "i shared", "i posted",
    "i've posted", "here's the", "here is the", "thought you might", "in case it's useful",
    "in case it helps", "let me know if i can", "if i can help", "i'd love to help", "i've attached",
  },
  -- Words of a fact too common to prove the player listened ("people", "working").
  stopwords = {
    "about", "after", "again", "before", "being", "could", "every", "first", "their", "there",
    "these", "those", "which", "while", "would", "years", "people", "working", "really",
    "thing", "things", "other", "where", "since", "still", "never", "always", "wants", "needs",
    "months", "weeks", "today", "tonight", "evening", "student", "students", "studying",
  },
  -- A Latin-script text of five or more words, in at most one sentence, with none of these
  -- is a keyword list.
  function_words = {
    "i", "i'm", "im", "i'd", "i've", "you", "your", "you're", "my", "me", "we", "our", "it", "it's",
    "is", "are", "was", "am", "be", "the", "a", "an", "to", "and", "of", "in", "on", "for", "with",
    "that", "this", "what", "how", "hi", "hello", "thanks", "thank", "je", "tu", "le", "la", "et",
    "el", "los", "y", "yo", "ich", "du", "der", "die", "das", "und", "io", "il", "di", "eu", "o",
  },
  contexts = {
    opener = { "name", "why", "question", "no_request_first" },
    follow_up = { "name", "detail", "question", "no_request_first" },
  },
  keyword_list = {
    min_parts = 4,         -- at least this many comma-separated parts ...
    max_words = 2.5,       -- ... averaging at most this many words: a list, not sentences
    note = "This reads like a list of keywords — say it as you would to a person.",
  },
  min_question_words = 3,  -- "Hiring?" is not a genuine question
  detail_min_letters = 5,  -- shorter fact words never count as a specific detail
  empty_note = "Nothing written yet. Say it in your own words, as you would to them.",
}
