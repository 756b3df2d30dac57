#!/usr/bin/env bash
# Build the benchmarks and run JMH. Arguments go to JMH, e.g.:
#   bench/run.sh -wi 2 -i 3 -f 1 -p stream=plain_ascii_100mb,dense_sgr
# Run from the repository root; ../shared/bench-data must exist (or pass -jvmArgs -Dweft.shared.dir=...).
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -o -q -pl emulator,bench package -DskipTests \
    dependency:build-classpath -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=runtime
exec java -cp "bench/target/classes:$(cat bench/target/classpath.txt)" org.openjdk.jmh.Main \
    'dev.weft.bench.EmulatorThroughput' "$@"
