// The build failed, and for the module name: the enforcer's message names the module and the property.
def log = new File(basedir, 'build.log').text
def expected = 'forgetful-module leaves module.name at "dev.sessionhub.unnamed"'
if (!log.contains(expected)) throw new AssertionError("the build did not fail on the module name; expected \"${expected}\" in build.log")
true
