-- One huge string.
-- expect: string.rep would build
local s = string.rep("x", 1 << 30)
return {}
