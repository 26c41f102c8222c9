-- Tries to compile another file.
-- expect: global 'loadfile'
return loadfile("scripts/scenarios/career_fair.lua")()
