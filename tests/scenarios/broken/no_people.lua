-- An empty room.
-- expect: people needs at least 1
return scenario { id = "no_people", title = "Empty", summary = "Nobody.", teaches = "Nothing.", minutes = 30,
  norms = {}, room = { width = 10, height = 10, zones = { { id = "door", kind = "entrance", label = "Door", x = 0, y = 0, w = 2, h = 2, noise = 0.1 } } },
  people = {} }
