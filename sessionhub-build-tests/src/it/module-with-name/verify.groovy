// The module-name rule ran here too (the jar-module profile is active for a module with main
// sources) and passed, since the invoker saw the build succeed.
def log = new File(basedir, 'build.log').text
if (!log.contains('(enforce-module-name) @ named-module')) throw new AssertionError('the module-name rule did not run for named-module')
true
