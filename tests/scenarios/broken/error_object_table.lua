-- An error whose value is a table with a looping __tostring.
-- expect: error object is a table
error(setmetatable({}, { __tostring = function() while true do end end }))
