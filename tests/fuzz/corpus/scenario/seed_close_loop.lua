-- A to-be-closed variable whose close handler loops.
-- expect: __close metamethods are not allowed
local x <close> = setmetatable({}, { __close = function() while true do end end })
error("boom")
