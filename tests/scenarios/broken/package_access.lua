-- Tries to change the module path.
-- expect: global 'package'
package.path = "/tmp/?.lua"
return {}
