-- An endless loop that tries to swallow the budget error with pcall.
-- expect: ran too long
local function spin() while true do end end
while true do pcall(spin) end
