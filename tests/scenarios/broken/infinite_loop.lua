-- An endless loop.
-- expect: ran too long
local n = 0
while true do n = n + 1 end
