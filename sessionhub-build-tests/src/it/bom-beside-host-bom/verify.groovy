// Reads the effective model that help:effective-pom wrote and checks, for every dependency and
// every managed artifact, which BOM's version Maven took.
import javax.xml.parsers.DocumentBuilderFactory

def model = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new File(basedir, 'target/effective-pom.xml')).documentElement

def versionsUnder = { String section ->
    def found = [:]
    def nodes = model.getElementsByTagName('dependency')
    for (int i = 0; i < nodes.length; i++) {
        def dependency = nodes.item(i)
        if (dependency.parentNode.parentNode.nodeName != section) continue
        def text = { String tag -> dependency.getElementsByTagName(tag).item(0)?.textContent?.trim() }
        found["${text('groupId')}:${text('artifactId')}".toString()] = text('version')
    }
    found
}
def used = versionsUnder('project')
def managed = versionsUnder('dependencyManagement')

def platform = [
        'tools.jackson.core:jackson-databind'      : '3.0.1',
        'org.junit.jupiter:junit-jupiter'          : '5.14.1',
        'org.junit.jupiter:junit-jupiter-api'      : '5.14.1',
        'org.postgresql:postgresql'                : '42.7.3',
        'org.mariadb.jdbc:mariadb-java-client'     : '3.4.1',
        'com.h2database:h2'                        : '2.3.232',
        'org.slf4j:slf4j-api'                      : '2.0.9',
        'com.github.ben-manes.caffeine:caffeine'   : '3.1.8',
]
def problems = []
platform.each { artifact, version ->
    if (managed[artifact] != version) problems << "managed ${artifact} is ${managed[artifact]}, the host platform's BOM says ${version}"
    if (used.containsKey(artifact) && used[artifact] != version) problems << "dependency ${artifact} is ${used[artifact]}, not the platform's ${version}"
}
['sessionhub-core', 'sessionhub-store-jdbc', 'sessionhub-tck'].each { module ->
    def artifact = "dev.sessionhub:${module}".toString()
    if (used[artifact] != sessionhubVersion) problems << "dependency ${artifact} is ${used[artifact]}, not ${sessionhubVersion}"
}
// Nothing else of JUnit's own BOM (which sessionhub-parent imports) reaches the host.
managed.findAll { k, v -> k.startsWith('org.junit') && !platform.containsKey(k) }.each { k, v ->
    problems << "${k} ${v} is managed, but the host platform does not manage it"
}
if (problems) throw new AssertionError("SessionHub's BOM changes the host's versions:\n  " + problems.join('\n  '))
println "host platform's versions kept for ${platform.size()} artifacts; SessionHub modules at ${sessionhubVersion}"
true
