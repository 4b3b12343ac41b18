// Every artifact that the BOM manages is a SessionHub module at this build's version.
import javax.xml.parsers.DocumentBuilderFactory

def model = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new File(basedir, 'target/effective-pom.xml')).documentElement
def managed = [:]
def nodes = model.getElementsByTagName('dependency')
for (int i = 0; i < nodes.length; i++) {
    def dependency = nodes.item(i)
    def text = { String tag -> dependency.getElementsByTagName(tag).item(0)?.textContent?.trim() }
    managed["${text('groupId')}:${text('artifactId')}".toString()] = text('version')
}
def foreign = managed.findAll { k, v -> !k.startsWith('dev.sessionhub:') }
def stale = managed.findAll { k, v -> k.startsWith('dev.sessionhub:') && v != sessionhubVersion }
if (!managed.containsKey('dev.sessionhub:sessionhub-core')) throw new AssertionError("the BOM does not manage sessionhub-core: ${managed}")
if (foreign) throw new AssertionError("the BOM manages ${foreign.size()} artifacts that are not SessionHub's: ${foreign}")
if (stale) throw new AssertionError("the BOM manages SessionHub modules at other versions than ${sessionhubVersion}: ${stale}")
println "the BOM manages ${managed.keySet().sort()} at ${sessionhubVersion}, nothing else"
true
