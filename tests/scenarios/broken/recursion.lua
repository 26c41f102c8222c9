-- Unbounded recursion.
-- expect: too much memory|stack overflow
local function r(n) return r(n + 1) + 1 end
return r(1)
