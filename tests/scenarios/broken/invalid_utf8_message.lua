-- An error message with invalid UTF-8 and control characters.
-- expect: bad
error("bad \xff\xfe\n\27[31m bytes " .. string.rep("z", 5000))
