-- Tries to install a finalizer that would loop at close.
-- expect: __gc metamethods are not allowed
local t = setmetatable({}, { __gc = function() while true do end end })
return {}
