-- Tries to reach the debug library.
-- expect: global 'debug'
debug.sethook()
return {}
