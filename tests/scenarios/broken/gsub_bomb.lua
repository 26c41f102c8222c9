-- gsub with a backtracking pattern over a long string.
-- expect: too slow
local s = string.rep("ab", 3000)
return s:gsub("(.-)(.-)(.-)c", "%3")
