// What a host application gets from careroster's published POMs (checked after the host's build).
def tree = new File(basedir, 'target/dependency-tree.txt').text
def log = new File(basedir, 'build.log').text

def failures = []

// 1. The host resolves the SLF4J 2 API, not the 1.7 range of Choco's org.ehcache:sizeof.
def apis = (tree =~ /org\.slf4j:slf4j-api:jar:([^:]+):/).collect { it[1] }
if (apis.size() != 1 || !apis[0].startsWith('2.')) {
  failures << "expected one org.slf4j:slf4j-api 2.x in the host's dependency tree, found ${apis}"
}

// 2. No logging binding reaches the host from careroster: the only one is the host's own, at depth 1.
def bindings = ~/(org\.slf4j:slf4j-(nop|simple|jdk14|jdk-platform-logging|log4j12|reload4j|jcl)|ch\.qos\.logback:logback-classic|org\.apache\.logging\.log4j:log4j-slf4j2?-impl):jar/
tree.readLines().findAll { it =~ bindings }.each { line ->
  if (!(line ==~ /^[+\\]- org\.slf4j:slf4j-simple:jar:[^:]+:runtime$/)) {
    failures << "a logging binding that is not the host's own: ${line.trim()}"
  }
}

// 3. careroster's log lines reach the host's binding (SLF4J does not fall back to its NOP logger).
if (!log.contains('host logger factory: org.slf4j.simple.SimpleLoggerFactory')) {
  failures << 'the host did not get its own binding (slf4j-simple)'
}
if (!(log =~ /DEBUG org\.careroster\.constraints\.RosterSolver - first roster after \d+ nodes/)) {
  failures << "no DEBUG line of org.careroster.constraints.RosterSolver in the host's log"
}
['NOP', 'StaticLoggerBinder', 'No SLF4J providers'].each { text ->
  if (log.contains(text)) {
    failures << "SLF4J complains in the host's log: ${log.readLines().find { it.contains(text) }}"
  }
}
if (!(log =~ /\[main\] INFO org\.careroster\.it\.host\.HostApplication - host planned \d+ assignments/)) {
  failures << "no INFO line of the host itself in the host's log"
}
if (!log.contains('host validated: 0 hard violations')) {
  failures << 'the host did not solve and validate its ward'
}

// 4. Each published jar names its Java module and version in its manifest; the BOM the host
//    imported is the one staged at the project's version.
def repo = new File(basedir, '../../local-repo/org/careroster')
['roster-core': 'org.careroster.core', 'roster-constraints': 'org.careroster.constraints',
 'roster-metrics': 'org.careroster.metrics'].each { artifact, module ->
  def jars = new File(repo, artifact).listFiles()?.collectMany { dir ->
    dir.listFiles().findAll { it.name ==~ /${artifact}-[^-].*(?<!-sources|-javadoc)\.jar/ } } ?: []
  if (jars.size() != 1) {
    failures << "expected one staged ${artifact} jar, found ${jars}"
  } else {
    def attributes = new java.util.jar.JarFile(jars[0]).manifest.mainAttributes
    if (attributes.getValue('Automatic-Module-Name') != module) {
      failures << "${jars[0].name}: Automatic-Module-Name is ${attributes.getValue('Automatic-Module-Name')}, expected ${module}"
    }
    if (!attributes.getValue('Implementation-Version')) {
      failures << "${jars[0].name}: no Implementation-Version in the manifest"
    }
  }
}
if (!(tree =~ /org\.careroster:roster-constraints:jar:[^:]+:compile/)) {
  failures << 'the host did not resolve roster-constraints through the BOM'
}

if (failures) {
  println "Dependency tree of the host:\n${tree}"
  throw new AssertionError('host-logging: ' + failures.join('; '))
}
return true
