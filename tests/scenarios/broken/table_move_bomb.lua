-- table.move over a trillion slots.
-- expect: table.move: more than
table.move({}, 1, 1e12, 2)
return {}
