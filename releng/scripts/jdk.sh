# Sourced by ./mvnw, ./salesengine and .ci/run: picks a JDK 21 or later and exports JAVA_HOME.
# The default java on these machines is 17, which cannot run Tycho 5 or the current Eclipse platform.

java_feature_version() {
  # "openjdk version "25.0.1"" or "java version "1.8.0_..."" -> 25 or 1
  "$1" -version 2>&1 | sed -n 's/.* version "\([0-9]*\).*/\1/p' | head -n 1
}

find_jdk21() {
  local candidate version
  for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/* /opt/java/* /opt/jdk* ; do
    [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] && [ -x "$candidate/bin/javac" ] || continue
    version=$(java_feature_version "$candidate/bin/java")
    if [ -n "$version" ] && [ "$version" -ge 21 ]; then
      echo "$candidate"
      return 0
    fi
  done
  return 1
}

if ! SALESENGINE_JDK=$(find_jdk21); then
  echo "error: no JDK 21 or later found (looked at \$JAVA_HOME and /usr/lib/jvm/*); install one, e.g. 'apt-get install -y openjdk-21-jdk-headless'" >&2
  exit 2
fi
export JAVA_HOME="$SALESENGINE_JDK"
SALESENGINE_JDK_VERSION=$(java_feature_version "$SALESENGINE_JDK/bin/java")
# Guice (inside Xtext) still uses sun.misc.Unsafe; Java 23+ warns about it on every start unless allowed.
SALESENGINE_JVM_FLAGS=""
if [ "$SALESENGINE_JDK_VERSION" -ge 23 ]; then
  SALESENGINE_JVM_FLAGS="--sun-misc-unsafe-memory-access=allow"
fi
export PATH="$JAVA_HOME/bin:$PATH"
