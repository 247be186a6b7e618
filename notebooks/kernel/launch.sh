#!/bin/sh
# Starts the rapaio Java kernel for the BOMOCO notebooks (installed as kernelspec `bomoco-java` by
# notebooks/install-kernel.sh). Usage: launch.sh JAVA CLASSPATH CONNECTION_FILE
# (CLASSPATH: the compiled BomocoKernel and the kernel jar).
# Jupyter starts kernels in the notebook's folder; this moves up to the root of the enclosing BOMOCO checkout
# (the folder holding pom.xml, the `bomoco` launcher and experiments/) so that the notebooks' relative paths
# (experiments/..., target/bomoco.jar, results/...) mean what they mean for ./bomoco. Outside a checkout it
# stays where it was started. BOMOCO_JAVA_OPTS passes extra JVM options (e.g. -Xmx2g).
java="$1"
classpath="$2"
connection="$3"
dir="$(pwd)"
while [ "$dir" != "/" ]; do
  if [ -f "$dir/pom.xml" ] && [ -f "$dir/bomoco" ] && [ -d "$dir/experiments" ]; then
    cd "$dir" || exit 1
    break
  fi
  dir="$(dirname "$dir")"
done
# shellcheck disable=SC2086
exec "$java" ${BOMOCO_JAVA_OPTS:-} -Djava.awt.headless=true -Dbomoco.home="$(pwd)" -cp "$classpath" BomocoKernel "$connection"
