#!/usr/bin/env bash
# Installs what the BOMOCO notebooks need, for the current user; safe to run again.
#   1. Jupyter's headless runner (`jupyter nbconvert`, Debian packages; installed with apt-get when run as root)
#   2. a JDK >= 17 for the kernel, the first of $BOMOCO_KERNEL_JAVA, $JAVA_HOME, `java` on the PATH (the one
#      ./bomoco uses) and the newest /usr/lib/jvm/*
#   3. the rapaio Java kernel io.github.padreati:rapaio-jupyter-kernel from Maven Central, cached in
#      ${XDG_CACHE_HOME:-~/.cache}/bomoco/notebooks
#   4. the user-level kernelspec `bomoco-java`: the kernel starts at the root of the BOMOCO checkout that holds
#      the notebook (so relative paths such as experiments/ and target/bomoco.jar work), headless, with that JDK,
#      through notebooks/kernel/BomocoKernel.java (compiled here; it removes a start-up race of the kernel).
# Exit codes: 0 installed; 1 failure (message says what to do); 3 no JDK >= 17 on this machine.
set -euo pipefail
cd "$(dirname "$0")/.."

KERNEL_VERSION=3.0.1
KERNEL_ARTIFACT=io.github.padreati:rapaio-jupyter-kernel:$KERNEL_VERSION
KERNEL_NAME=bomoco-java
JUPYTER_PACKAGES=(jupyter-nbconvert jupyter-client python3-nbconvert python3-nbformat python3-jupyter-client)
MIN_JAVA=17
CACHE="${XDG_CACHE_HOME:-$HOME/.cache}/bomoco/notebooks"

say() { echo "install-kernel: $*"; }
fail() { echo "install-kernel: ERROR: $*" >&2; exit 1; }

# Major version of a java executable (17, 21, 25, ...), empty when it does not run.
java_major() {
  "$1" -version 2>&1 | sed -n 's/.* version "\([0-9][0-9]*\).*/\1/p' | head -n 1
}

# Prints the first java executable >= $MIN_JAVA among the candidates; fails with exit code 3 when none exists.
find_java() {
  local candidates=() j major
  [ -n "${BOMOCO_KERNEL_JAVA:-}" ] && candidates+=("$BOMOCO_KERNEL_JAVA")
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME/bin/java")
  command -v java >/dev/null 2>&1 && candidates+=("$(command -v java)")
  # then newest first: version-sort the JDK directory names in reverse
  while IFS= read -r j; do candidates+=("$j"); done < <(ls -d /usr/lib/jvm/*/bin/java 2>/dev/null | sort -rV)
  for j in "${candidates[@]}"; do
    [ -x "$j" ] || continue
    j="$(readlink -f "$j")"  # the real JDK directory (not /usr/bin), so that javac is found beside it
    major="$(java_major "$j")"
    if [ -n "$major" ] && [ "$major" -ge "$MIN_JAVA" ]; then
      echo "$j"
      return 0
    fi
  done
  return 3
}

ensure_jupyter() {
  if jupyter nbconvert --version >/dev/null 2>&1 && jupyter kernelspec --version >/dev/null 2>&1; then
    return 0
  fi
  if [ "$(id -u)" -ne 0 ]; then
    fail "Jupyter's nbconvert is missing; install it with
    sudo apt-get install -y ${JUPYTER_PACKAGES[*]}
then run notebooks/install-kernel.sh again."
  fi
  say "installing Jupyter (apt-get install ${JUPYTER_PACKAGES[*]}) ..."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq || fail "apt-get update failed"
  apt-get install -y -qq --no-install-recommends "${JUPYTER_PACKAGES[@]}" >/dev/null \
    || fail "apt-get install ${JUPYTER_PACKAGES[*]} failed"
  jupyter nbconvert --version >/dev/null 2>&1 || fail "jupyter nbconvert still does not run after apt-get install"
}

# Copies the kernel jar into the cache: from the local Maven repository when present, else with Maven.
fetch_kernel_jar() {
  local jar="$CACHE/rapaio-jupyter-kernel-$KERNEL_VERSION.jar"
  local m2="$HOME/.m2/repository/io/github/padreati/rapaio-jupyter-kernel/$KERNEL_VERSION/rapaio-jupyter-kernel-$KERNEL_VERSION.jar"
  mkdir -p "$CACHE"
  if [ ! -s "$jar" ]; then
    if [ -s "$m2" ]; then
      cp "$m2" "$jar.tmp"
    else
      say "fetching $KERNEL_ARTIFACT from Maven Central ..." >&2
      command -v mvn >/dev/null 2>&1 || fail "Maven (mvn) is needed to fetch $KERNEL_ARTIFACT"
      mvn -B -q org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy -Dartifact="$KERNEL_ARTIFACT" -DoutputDirectory="$CACHE" >&2 \
        || fail "could not fetch $KERNEL_ARTIFACT with Maven (is Maven Central reachable?)"
      [ -s "$jar" ] || fail "Maven did not write $jar"
    fi
    [ -f "$jar.tmp" ] && mv "$jar.tmp" "$jar"
  fi
  echo "$jar"
}

# Writes the kernelspec (kernel.json, launcher, kernel jar) to a staging directory and installs it for the user.
install_kernelspec() {
  local java="$1" jar="$2" stage
  stage="$(mktemp -d)"
  trap 'rm -rf "$stage"' RETURN
  mkdir -p "$stage/$KERNEL_NAME/classes" "$CACHE/mima"
  cp "$jar" "$stage/$KERNEL_NAME/"
  cp notebooks/kernel/launch.sh "$stage/$KERNEL_NAME/launch.sh"
  # BomocoKernel: the kernel's own main class with a start-up race removed (see the file)
  "$(dirname "$java")/javac" -nowarn -cp "$jar" -d "$stage/$KERNEL_NAME/classes" notebooks/kernel/BomocoKernel.java \
    || fail "could not compile notebooks/kernel/BomocoKernel.java against $(basename "$jar") with $(dirname "$java")/javac"
  local dest
  dest="$(jupyter --data-dir)/kernels/$KERNEL_NAME"
  cat > "$stage/$KERNEL_NAME/kernel.json" <<EOF
{
  "argv": ["/bin/sh", "$dest/launch.sh", "$java", "$dest/classes:$dest/$(basename "$jar")", "{connection_file}"],
  "display_name": "Java (BOMOCO notebooks)",
  "language": "java",
  "interrupt_mode": "message",
  "env": {
    "RJK_CLASSPATH": "",
    "RJK_COMPILER_OPTIONS": "",
    "RJK_INIT_SCRIPT": "",
    "RJK_TIMEOUT_MILLIS": "-1",
    "RJK_MIMA_CACHE": "$CACHE/mima"
  }
}
EOF
  jupyter kernelspec install --user --replace --name "$KERNEL_NAME" "$stage/$KERNEL_NAME" >/dev/null 2>&1 \
    || fail "jupyter kernelspec install failed (try: jupyter kernelspec install --user --name $KERNEL_NAME $stage/$KERNEL_NAME)"
  say "kernelspec $KERNEL_NAME installed in $dest"
}

if ! JAVA="$(find_java)"; then
  echo "install-kernel: no JDK >= $MIN_JAVA found (checked \$BOMOCO_KERNEL_JAVA, \$JAVA_HOME, PATH, /usr/lib/jvm/*);" >&2
  echo "install-kernel: install one (Debian: apt-get install openjdk-17-jdk-headless) or point" >&2
  echo "install-kernel: BOMOCO_KERNEL_JAVA at its bin/java if it is installed somewhere else." >&2
  exit 3
fi
say "kernel JDK: $JAVA (Java $(java_major "$JAVA"))"
ensure_jupyter
JAR="$(fetch_kernel_jar)"
say "kernel jar: $JAR"
install_kernelspec "$JAVA" "$JAR"
