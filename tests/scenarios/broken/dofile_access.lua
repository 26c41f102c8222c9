-- Tries to run another file.
-- expect: global 'dofile'
return dofile("/etc/passwd")
