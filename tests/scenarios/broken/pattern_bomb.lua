-- A pattern with catastrophic backtracking.
-- expect: too slow
local s = string.rep("a", 4000)
return string.find(s, ".-.-.-.-b")
