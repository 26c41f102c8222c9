-- A string doubled until memory runs out, errors swallowed.
-- expect: too much memory|ran too long
local s = "x"
while true do pcall(function() s = s .. s .. "y" end) end
