-- A __len that claims 2^40 elements, so table.insert would shift forever.
-- expect: table.insert: more than
local t = setmetatable({}, { __len = function() return 1 << 40 end })
table.insert(t, 1, "x")
return {}
