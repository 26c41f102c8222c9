-- A coroutine hiding a looping error handler.
-- expect: ran too long
local co = coroutine.create(function()
  xpcall(function() while true do coroutine.yield() end end, function() while true do end end)
end)
while true do coroutine.resume(co) end
