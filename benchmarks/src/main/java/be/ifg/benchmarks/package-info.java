/**
 * JMH benchmarks of the IFG library. Build with {@code mvn -B package -DskipTests}, run with {@code
 * java -jar benchmarks/target/benchmarks.jar} (all) or {@code java -jar
 * benchmarks/target/benchmarks.jar FoldBenchmark} (one class). Results and targets: {@code
 * docs/performance.md}.
 */
@NullMarked
package be.ifg.benchmarks;

import org.jspecify.annotations.NullMarked;
