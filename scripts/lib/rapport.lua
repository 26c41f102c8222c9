-- rapport.lua — the helpers every scenario file can use: scenario, person and node.
-- Loaded by the host (engine/script) into each scenario's sandbox just before the file
-- runs. They do not change your tables: they only record the line each one was written
-- on (and a node's id), so that `rapport validate` can point at the right place.
-- The host passes a private table { line, mark } that only this file can see.

local host = ...
local line, mark = host.line, host.mark
local type, error = type, error

local function need_table(what, t)
  if type(t) ~= "table" then
    error(what .. " expects a table { ... }, got " .. type(t), 3)
  end
end

--- scenario { id = ..., title = ..., room = ..., people = { ... } }
function scenario(t)
  need_table("scenario", t)
  mark(t, line(2))
  return t
end

--- person { id = ..., name = ..., nodes = { ... } }
function person(t)
  need_table("person", t)
  mark(t, line(2))
  return t
end

--- node "id" { says = ..., choices = { ... } }
function node(id)
  if type(id) ~= "string" then
    error('node expects an id first: node "hello" { says = ..., choices = { ... } }', 2)
  end
  local at = line(2)
  return function(t)
    need_table('node "' .. id .. '"', t)
    mark(t, at, id)
    return t
  end
end
