-- string.rep of an empty string a quadrillion times (a C loop with no instructions).
-- expect: not string
return string.rep("", 1e15)
