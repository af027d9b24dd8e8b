#!/usr/bin/env bash
# Builds the Neo4j test launcher: target/classes + target/lib/*.jar (Neo4j from Maven Central).
# Idempotent: skips the build when the jars are there and pom.xml / the Java source are unchanged.
# Called by `make`, CI and tests/neo4j_harness.py.
set -euo pipefail
cd "$(dirname "$0")"

install_java="Java 17 (OpenJDK), e.g. 'apt-get install openjdk-17-jdk-headless' or 'brew install openjdk@17'"
install_mvn="Maven 3.6+, e.g. 'apt-get install maven' or 'brew install maven'"
if ! command -v java >/dev/null 2>&1; then
    missing="\n  - $install_java"
    command -v mvn >/dev/null 2>&1 || missing="$missing\n  - $install_mvn"
    printf "neo4j_server/build.sh: cannot build or run the Neo4j test server; please install:%b\n" "$missing" >&2
    exit 1
fi
java_major=$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
if [ -z "$java_major" ] || [ "${java_major%%.*}" -lt 17 ]; then
    echo "neo4j_server/build.sh: Neo4j 5.26 needs Java 17 or 21, found '${java_major:-unknown}'; install $install_java." >&2
    exit 1
fi

mkdir -p target
# Serialise concurrent builds (e.g. several pytest workers starting at once).
if command -v flock >/dev/null 2>&1; then
    exec 9>target/.build.lock
    flock 9
fi

stamp_now=$( (cat pom.xml; find src -type f -name '*.java' | LC_ALL=C sort | xargs cat) | sha256sum | cut -d' ' -f1)
if [ -f target/.build-stamp ] && [ "$(cat target/.build-stamp)" = "$stamp_now" ] \
   && [ -f target/classes/dealgraph/testing/Neo4jLauncher.class ] \
   && ls target/lib/neo4j-*.jar >/dev/null 2>&1; then
    exit 0
fi

if ! command -v mvn >/dev/null 2>&1; then
    echo "neo4j_server/build.sh: cannot build the Neo4j test server; please install $install_mvn." >&2
    exit 1
fi
echo "neo4j_server/build.sh: building the Neo4j test launcher (first build downloads ~175 MB into ~/.m2)..." >&2
rm -rf target/lib target/classes target/.build-stamp   # no stale jars from an older Neo4j version
# package also runs dependency:copy-dependencies (bound in pom.xml) into target/lib.
mvn -q -B -Dstyle.color=never package 2>&1 | sed 's/\x1b\[[0-9;]*m//g' >&2   # Debian's Maven 3.8 emits stray colour codes even in batch mode
echo "$stamp_now" > target/.build-stamp
