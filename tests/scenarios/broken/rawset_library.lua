-- Tries to write into a library table behind its back.
-- expect: global 'rawset'
rawset(string, "rep", print)
return {}
