-- Tries to change the string metatable.
-- expect: attempt to index a boolean
getmetatable("").__index = {}
return {}
