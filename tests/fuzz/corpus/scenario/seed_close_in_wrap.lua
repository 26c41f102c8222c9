-- A close handler that coroutine.wrap would run with hooks off after the budget kills the coroutine.
-- expect: __close metamethods are not allowed
local f = coroutine.wrap(function()
  local x <close> = setmetatable({}, { __close = function() while true do end end })
  while true do end
end)
f()
