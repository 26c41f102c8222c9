-- Tries to replace a library function.
-- expect: read-only
string.rep = function() return "" end
return {}
