#!/usr/bin/env python3
# make_broken.py — writes the broken and hostile scenario corpus (tests/scenarios/broken/*.lua):
# structural cases are a small valid scenario with one thing broken; escapes and exhaustion
# cases are short scripts. Line 2 of each file is `-- expect: REGEX`, checked by
# check_refused.cmake. The files are committed; rerun this only to change the corpus.
import os
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "broken")
BASE = r'''return scenario {
  id = "ID",
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
            { "Bye!", "exit_abrupt" },
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
'''

cases = {}
def case(name, expect, comment, body=None, edits=(), line=True):
    src = body if body is not None else BASE.replace('"ID"', '"%s"' % name)
    for old, new in edits:
        assert old in src, (name, old)
        src = src.replace(old, new, 1)
    if body is None and line:  # built from the valid base: the message must carry a line
        expect = "[.]lua:[0-9]+: .*(%s)" % expect
    cases[name] = "-- %s\n-- expect: %s\n%s" % (comment, expect, src)

# --- Lua errors ---
case("syntax_error", "expected", "A syntax error: a stray token.",
     edits=[('minutes = 30,', 'minutes = 30 = ,')])
case("runtime_error", "attempt to call a nil value", "A runtime error: calling a helper that does not exist.",
     edits=[('return scenario {', 'local greeting = make_greeting("hi")\nreturn scenario {')])
case("error_call", "the venue is closed", "The script raises its own error.",
     body='error("the venue is closed")\n')
case("returns_nothing", "not nothing", "The file forgets to return the scenario.",
     edits=[('return scenario {', 'local unused = scenario {')], line=False)
case("returns_number", "not number", "The file returns a number.", body='return 42\n')
case("non_table_node", "expects a table", "node used without its table.",
     body='return scenario { people = { person { nodes = { node "a" "b" } } } }\n')
# --- wrong types and fields ---
case("wrong_types", "minutes must be a whole number", "Wrong types: a number title, a string duration.",
     edits=[('title = "Broken on purpose",', 'title = 42,'), ('minutes = 30,', 'minutes = "half an hour",')])
case("missing_fields", "missing field 'title'", "Required fields left out: title and room.",
     edits=[('  title = "Broken on purpose",\n', ''), ('minutes = 30,', 'minutes = 30,\n  -- no room at all')])
case("unknown_field", "unknown field 'sayz'", "A typo in a field name.",
     edits=[('says = "Oh. Sure, here."', 'sayz = "Oh. Sure, here."')])
case("unknown_style", "unknown style 'flirt'", "A style outside the vocabulary.",
     edits=[('"card_grab"', '"flirt"')])
case("unknown_zone_kind", "unknown zone kind 'dancefloor'", "A zone kind outside the vocabulary.",
     edits=[('kind = "bar"', 'kind = "dancefloor"')])
case("bad_placeholder", "unknown placeholder", "A placeholder other than {name}.",
     edits=[('"Thanks, I\'ll write tomorrow."', '"Thanks, {player}, I\'ll write tomorrow."')])
case("id_not_snake_case", "must be snake_case", "A person id with spaces and capitals.",
     edits=[('id = "ana_silva"', 'id = "Ana Silva"')])
# --- structure ---
case("duplicate_person_id", "duplicate person id 'ana_silva'", "The same person twice.",
     edits=[('  people = {\n', '  people = {\n    person { id = "ana_silva", name = "Ana Again", org = "X", role = "Y", traits = { openness = 0.5, introversion = 0.5, busy = 0.5 }, need = "n", zone = "bar", at = { 8, 3 }, facts = { f = "a fact" }, nodes = { node "a" { says = "Hi.", reveals = { "f" }, choices = { { "Hi.", "greet" }, { "Bye.", "exit_graceful" } } } }, followup = { reference = "f", offer = "o", request = "r", reply_personal = "p", reply_generic = "g", reply_late = "l" }, maintenance = { { kind = "coffee", text = "t", reply = "r" } } },\n')])
case("duplicate_node_id", "duplicate node id 'fun'", "Two nodes with the same id.",
     edits=[('node "thanks" {', 'node "fun" {'), ('next = "thanks" },\n            { "What', 'next = "fun" },\n            { "What')])
case("dangling_next", "next = 'goodbye' is not a node", "A choice leads to a node that does not exist.",
     edits=[('{ "Bye!", "exit_abrupt" }', '{ "Bye!", "exit_abrupt", next = "goodbye" }')])
case("unreachable_node", "node 'card' is unreachable", "No choice leads to the card node.",
     edits=[('{ "Got a card?", "card_grab", next = "card" }', '{ "Got a card?", "card_grab" }')])
case("dead_end", "is a dead end", "Two nodes that only lead to each other.",
     edits=[('{ "Thanks, I\'ll write tomorrow.", "exchange_contact" },\n            { "Bye!", "exit_abrupt" },',
             '{ "Thanks, I\'ll write tomorrow.", "exchange_contact", next = "card" },\n            { "Bye!", "exit_abrupt", next = "card" },'),
            ('{ "Thanks.", "exit_abrupt" },', '{ "Thanks.", "exit_abrupt", next = "thanks" },'),
            ('"introduce", next = "work" }', '"introduce", next = "thanks" }')])
case("fact_never_revealed", "which no reachable node reveals", "A condition on a fact no node reveals.",
     edits=[('{ "Same here, on the lake.", "share", shares = true, next = "thanks" },',
             '{ "Same here, on the lake.", "share", shares = true, next = "thanks" },\n            { "How is the boat?", "follow_up", uses = "boat" },'),
            ('sailing = "sails every weekend",', 'sailing = "sails every weekend",\n        boat = "is restoring an old boat",')])
case("unknown_fact", "unknown fact 'yacht'", "A condition on a fact the person does not have.",
     edits=[('requires = { fact = "app" }', 'requires = { fact = "yacht" }')])
case("tier_too_high", "can never hold", "A condition on a tier above 5 and energy above 100.",
     edits=[('{ "Nice. See you around!", "exit_graceful" },', '{ "Nice. See you around!", "exit_graceful" },\n            { "Tell me everything.", "ask_advice", requires = { tier = 6, energy = 150 } },')])
case("only_deep_choices", "every choice without a condition is a deep one", "A node a tired player could not answer: its only unconditional choice is a deep style.",
     edits=[('{ "Nice. See you around!", "exit_graceful" },', '{ "Nice. See you around!", "exit_graceful", requires = { tier = 1 } },')])
case("missing_followup", "missing follow-up content", "A person without follow-up content.",
     edits=[('      followup = {\n        reference = "app",\n        offer = "test the tide-chart app",\n        request = "ask when the beta opens",\n        reply_personal = "You remembered! The beta opens Monday.",\n        reply_generic = "Thanks for the message.",\n        reply_late = "Hi, sorry, remind me where we met?",\n      },\n', '')])
case("too_few_choices", "choices needs at least 2", "A node with a single choice.",
     edits=[('{ "Thanks.", "exit_abrupt" },\n', '')])
case("too_many_choices", "choices has more than 5", "A node with six choices.",
     edits=[('{ "Enjoy the evening!", "exit_graceful" },', '{ "Enjoy the evening!", "exit_graceful" },\n            { "A.", "greet" }, { "B.", "greet" }, { "C.", "greet" },')])
case("no_people", "people needs at least 1", "An empty room.",
     body='return scenario { id = "no_people", title = "Empty", summary = "Nobody.", teaches = "Nothing.", minutes = 30,\n  norms = {}, room = { width = 10, height = 10, zones = { { id = "door", kind = "entrance", label = "Door", x = 0, y = 0, w = 2, h = 2, noise = 0.1 } } },\n  people = {} }\n')
case("too_many_people", "people has more than 16", "Seventeen copies of one person, made in a loop.",
     edits=[('return scenario {', 'local s = scenario {'), ('\n}\n', '\n}\nfor i = 2, 17 do\n  local p = {}\n  for k, v in pairs(s.people[1]) do p[k] = v end\n  p.id = "ana_" .. i\n  s.people[i] = p\nend\nreturn s\n')])
case("too_many_facts", "too many facts", "Seventeen facts for one person.",
     edits=[('sailing = "sails every weekend",', 'sailing = "sails every weekend",\n' + ''.join('        f%d = "fact %d",\n' % (i, i) for i in range(15)))])
case("too_many_nodes", "nodes has more than 32", "Thirty-three nodes, made in a loop.",
     edits=[('return scenario {', 'local s = scenario {'), ('\n}\n', '\n}\nlocal nodes = s.people[1].nodes\nfor i = #nodes + 1, 33 do\n  nodes[i] = node("extra_" .. i) { says = "More.", choices = { { "Ok.", "greet" }, { "Bye.", "exit_graceful" } } }\nend\nreturn s\n')])
case("zone_missing", "zone 'dancefloor' is not a zone", "A person standing in a zone that does not exist.",
     edits=[('zone = "bar", at', 'zone = "dancefloor", at')])
case("at_outside_room", "outside the 20x12 m room", "A person standing outside the room.",
     edits=[('at = { 6, 3 }', 'at = { 60, 3 }')])
case("no_entrance", "needs a zone of kind \"entrance\"", "A room without an entrance.",
     edits=[('kind = "entrance"', 'kind = "tables"')])
case("invalid_utf8_text", "not valid UTF-8", "A line with bytes that are not UTF-8.",
     edits=[('says = "Hi! Busy in here, isn\'t it?"', 'says = "Hi! Caf\\xe9 is busy, isn\'t it?"')])
case("line_too_long", "too long for the screen", "A person's line far longer than a screen allows.",
     edits=[('says = "Brilliant. Here\'s my email."', 'says = "Brilliant." .. string.rep(" Really brilliant.", 20)')])
# --- escapes ---
case("io_access", "global 'io'", "Tries to write a file.", body='io.open("/tmp/rapport-escape", "w"):write("x")\nreturn {}\n')
case("os_access", "global 'os'", "Tries to run a command.", body='os.execute("touch /tmp/rapport-escape")\nreturn {}\n')
case("require_access", "global 'require'", "Tries to load a module.", body='local socket = require("socket")\nreturn {}\n')
case("load_access", "global 'load'", "Tries to compile code at run time.", body='return load("return {}")()\n')
case("dofile_access", "global 'dofile'", "Tries to run another file.", body='return dofile("/etc/passwd")\n')
case("loadfile_access", "global 'loadfile'", "Tries to compile another file.", body='return loadfile("scripts/scenarios/career_fair.lua")()\n')
case("debug_access", "global 'debug'", "Tries to reach the debug library.", body='debug.sethook()\nreturn {}\n')
case("string_dump", "field 'dump'", "Tries to dump a function as bytecode.", body='local b = string.dump(function() end)\nreturn {}\n')
case("package_access", "global 'package'", "Tries to change the module path.", body='package.path = "/tmp/?.lua"\nreturn {}\n')
case("string_metatable", "attempt to index a boolean", "Tries to change the string metatable.", body='getmetatable("").__index = {}\nreturn {}\n')
case("library_tamper", "read-only", "Tries to replace a library function.", body='string.rep = function() return "" end\nreturn {}\n')
case("rawset_library", "global 'rawset'", "Tries to write into a library table behind its back.", body='rawset(string, "rep", print)\nreturn {}\n')
case("setmetatable_library", "protected metatable", "Tries to replace the metatable of a library.", body='setmetatable(math, {})\nreturn {}\n')
case("gc_finalizer", "__gc metamethods are not allowed", "Tries to install a finalizer that would loop at close.",
     body='local t = setmetatable({}, { __gc = function() while true do end end })\nreturn {}\n')
case("randomseed", "field 'randomseed'", "Tries to reseed the session's generator.", body='math.randomseed(42)\nreturn {}\n')
# --- exhaustion ---
case("infinite_loop", "ran too long", "An endless loop.", body='local n = 0\nwhile true do n = n + 1 end\n')
case("infinite_loop_pcall", "ran too long", "An endless loop that tries to swallow the budget error with pcall.",
     body='local function spin() while true do end end\nwhile true do pcall(spin) end\n')
case("error_handler_loop", "ran too long", "An error handler that never returns.",
     body='xpcall(function() while true do end end, function(e) while true do end end)\nwhile true do end\n')
case("error_handler_recursion", "ran too long", "An error handler that raises and loops again.",
     body='local h\nh = function(e) xpcall(function() error("again") end, h) while true do end end\nxpcall(function() error("first") end, h)\nwhile true do end\n')
case("coroutine_loop", "ran too long", "Coroutines that yield forever, resumed forever.",
     body='local co = coroutine.wrap(function() while true do coroutine.yield() end end)\nwhile true do pcall(co) end\n')
case("coroutine_handler", "ran too long", "A coroutine hiding a looping error handler.",
     body='local co = coroutine.create(function()\n  xpcall(function() while true do coroutine.yield() end end, function() while true do end end)\nend)\nwhile true do coroutine.resume(co) end\n')
case("close_in_wrap", "__close metamethods are not allowed", "A close handler that coroutine.wrap would run with hooks off after the budget kills the coroutine.",
     body='local f = coroutine.wrap(function()\n  local x <close> = setmetatable({}, { __close = function() while true do end end })\n  while true do end\nend)\nf()\n')
case("close_loop", "__close metamethods are not allowed", "A to-be-closed variable whose close handler loops.",
     body='local x <close> = setmetatable({}, { __close = function() while true do end end })\nerror("boom")\n')
case("recursion", "too much memory|ran too long|stack overflow", "Unbounded recursion with big frames.", body='local function r(a, b, c, d, e, f, g, h)\n  local x1, x2, x3, x4, x5, x6, x7, x8, x9, x10 = a, b, c, d, e, f, g, h, a, b\n  local y1, y2, y3, y4, y5, y6, y7, y8, y9, y10 = a, b, c, d, e, f, g, h, a, b\n  return r(x1, x2, x3, x4, y5, y6, y7, y8) + x9 + y10\nend\nreturn r(1, 2, 3, 4, 5, 6, 7, 8)\n')
case("memory_string_rep", "string.rep would build", "One huge string.", body='local s = string.rep("x", 1 << 30)\nreturn {}\n')
case("memory_string_growth", "too much memory|ran too long", "A string doubled until memory runs out, errors swallowed.",
     body='local s = "x"\nwhile true do pcall(function() s = s .. s .. "y" end) end\n')
case("memory_table_growth", "too much memory|ran too long", "A table that grows forever.",
     body='local t = {}\nlocal i = 0\nwhile true do i = i + 1; t[i] = i end\n')
case("pattern_bomb", "too slow", "A pattern with catastrophic backtracking.",
     body='local s = string.rep("a", 4000)\nreturn string.find(s, ".-.-.-.-b")\n')
case("gsub_bomb", "too slow", "gsub with a backtracking pattern over a long string.",
     body='local s = string.rep("ab", 3000)\nreturn s:gsub("(.-)(.-)(.-)c", "%3")\n')
case("empty_rep", "not string", "string.rep of an empty string a quadrillion times (a C loop with no instructions).",
     body='return string.rep("", 1e15)\n')
case("table_len_bomb", "table.insert: more than", "A __len that claims 2^40 elements, so table.insert would shift forever.",
     body='local t = setmetatable({}, { __len = function() return 1 << 40 end })\ntable.insert(t, 1, "x")\nreturn {}\n')
case("table_move_bomb", "table.move: more than", "table.move over a trillion slots.", body='table.move({}, 1, 1e12, 2)\nreturn {}\n')
case("huge_nesting", "overflow|too many", "Tables nested far deeper than the parser allows.",
     body='return ' + '{' * 5000 + '}' * 5000 + '\n')
case("runtime_nesting", "unexpected value", "Tables nested twenty thousand deep at run time, where a list of people belongs.",
     body='local t = {}\nfor i = 1, 20000 do t = { t } end\nreturn scenario { id = "runtime_nesting", title = "T", summary = "S", teaches = "T", minutes = 30, norms = {}, room = { width = 10, height = 10, zones = { { id = "door", kind = "entrance", label = "Door", x = 0, y = 0, w = 2, h = 2, noise = 0.1 } } }, people = t }\n')
case("invalid_utf8_message", "bad", "An error message with invalid UTF-8 and control characters.",
     body='error("bad \\xff\\xfe\\n\\27[31m bytes " .. string.rep("z", 5000))\n')
case("error_object_table", "error object is a table", "An error whose value is a table with a looping __tostring.",
     body='error(setmetatable({}, { __tostring = function() while true do end end }))\n')

os.makedirs(OUT, exist_ok=True)
for name, text in cases.items():
    with open(os.path.join(OUT, name + ".lua"), "w") as f:
        f.write(text)
# bytecode: a binary chunk header (the host loads text only)
with open(os.path.join(OUT, "bytecode.lua"), "wb") as f:
    f.write(b"\x1bLuaT\x00\x19\x93\r\n\x1a\n\x04\x08\x08xV\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00(w@\x01")
print(len(cases) + 1, "files")
