-- Tries to dump a function as bytecode.
-- expect: field 'dump'
local b = string.dump(function() end)
return {}
