-- Tables nested twenty thousand deep at run time, where a list of people belongs.
-- expect: unexpected value
local t = {}
for i = 1, 20000 do t = { t } end
return scenario { id = "runtime_nesting", title = "T", summary = "S", teaches = "T", minutes = 30, norms = {}, room = { width = 10, height = 10, zones = { { id = "door", kind = "entrance", label = "Door", x = 0, y = 0, w = 2, h = 2, noise = 0.1 } } }, people = t }
