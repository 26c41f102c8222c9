-- Tries to reseed the session's generator.
-- expect: field 'randomseed'
math.randomseed(42)
return {}
