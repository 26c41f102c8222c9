-- Tries to load a module.
-- expect: global 'require'
local socket = require("socket")
return {}
