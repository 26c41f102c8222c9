-- A table that grows forever.
-- expect: too much memory|ran too long
local t = {}
local i = 0
while true do i = i + 1; t[i] = i end
