-- Tries to replace the metatable of a library.
-- expect: protected metatable
setmetatable(math, {})
return {}
