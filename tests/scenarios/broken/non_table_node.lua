-- node used without its table.
-- expect: expects a table
return scenario { people = { person { nodes = { node "a" "b" } } } }
