-- The file returns a number.
-- expect: not number
return 42
