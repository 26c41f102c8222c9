-- A string doubled until memory runs out, errors swallowed.
-- expect: too much memory
local s = "x"
while true do pcall(function() s = s .. s .. "y" end) end
