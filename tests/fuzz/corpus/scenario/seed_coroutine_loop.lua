-- Coroutines that yield forever, resumed forever.
-- expect: ran too long
local co = coroutine.wrap(function() while true do coroutine.yield() end end)
while true do pcall(co) end
