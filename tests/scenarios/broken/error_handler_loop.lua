-- An error handler that never returns.
-- expect: ran too long
xpcall(function() while true do end end, function(e) while true do end end)
while true do end
