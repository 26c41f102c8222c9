-- Tries to write a file.
-- expect: global 'io'
io.open("/tmp/rapport-escape", "w"):write("x")
return {}
