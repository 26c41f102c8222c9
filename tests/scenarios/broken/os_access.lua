-- Tries to run a command.
-- expect: global 'os'
os.execute("touch /tmp/rapport-escape")
return {}
