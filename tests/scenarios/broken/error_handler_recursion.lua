-- An error handler that raises and loops again.
-- expect: ran too long
local h
h = function(e) xpcall(function() error("again") end, h) while true do end end
xpcall(function() error("first") end, h)
while true do end
