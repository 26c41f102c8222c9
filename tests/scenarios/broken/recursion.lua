-- Unbounded recursion with big frames.
-- expect: too much memory|ran too long|stack overflow
local function r(a, b, c, d, e, f, g, h)
  local x1, x2, x3, x4, x5, x6, x7, x8, x9, x10 = a, b, c, d, e, f, g, h, a, b
  local y1, y2, y3, y4, y5, y6, y7, y8, y9, y10 = a, b, c, d, e, f, g, h, a, b
  return r(x1, x2, x3, x4, y5, y6, y7, y8) + x9 + y10
end
return r(1, 2, 3, 4, 5, 6, 7, 8)
