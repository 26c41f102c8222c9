-- Tries to compile code at run time.
-- expect: global 'load'
return load("return {}")()
