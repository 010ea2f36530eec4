package be.ifg.benchmarks;

import be.ifg.domain.Dossier;
import be.ifg.domain.DossierId;
import be.ifg.domain.ItemId;
import be.ifg.domain.ProfessionalId;
import be.ifg.domain.Purpose;
import be.ifg.workflow.AccessAction;
import be.ifg.workflow.AccessDecision;
import be.ifg.workflow.AccessRequest;
import be.ifg.workflow.NeedToKnow;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One need-to-know decision for one item, three ways, in the same run: the library's {@link
 * NeedToKnow#decide} (with its bilingual explanations), the same rules as a jCasbin ABAC model
 * ({@link CasbinNeedToKnow}: with attribute extraction from the request, and on attributes
 * extracted beforehand), and a floor: a bare lookup in a precomputed {@code HashMap} of the
 * answers. Each call takes the next of 1,024 typical requests (members and non-members, table
 * purposes and aggregates, view and forward, victim locations, restricted items) over a dossier of
 * 500 items. The setup checks that all three give the same answer on every request.
 *
 * <p>Targets: a decision at most 1 µs median, at least 10× faster than jCasbin.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar PolicyBenchmark -f 1 -wi 3 -i 5 -w 1s
 * -r 1s} (average time and sampled percentiles, in ns).
 */
@State(Scope.Thread)
@BenchmarkMode({Mode.AverageTime, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class PolicyBenchmark {
  private static final int REQUESTS = 1024;

  AccessRequest[] requests = new AccessRequest[0];
  CasbinNeedToKnow.Attributes[] attributes = new CasbinNeedToKnow.Attributes[0];
  Key[] keys = new Key[0];
  final Map<Key, Boolean> floor = new HashMap<>();
  final NeedToKnow policy = NeedToKnow.baseline();
  final CasbinNeedToKnow casbin = new CasbinNeedToKnow();
  int next;

  /** The key of the floor's map: who does what with which item of which dossier, for what. */
  record Key(
      ProfessionalId actor, DossierId dossier, ItemId item, Purpose purpose, AccessAction action) {
    static Key of(AccessRequest r) {
      return new Key(r.actor(), r.dossier().id(), r.item(), r.purpose(), r.action());
    }
  }

  /**
   * Builds the requests, the jCasbin attributes and the floor's answers, and checks that the three
   * agree.
   *
   * @throws IllegalStateException if jCasbin or the floor disagrees with the library
   */
  @Setup
  public void prepare() {
    Dossier dossier = Worlds.dossier("d1", 500);
    List<AccessRequest> typical = Worlds.typicalRequests(Worlds.state(), dossier, REQUESTS);
    requests = typical.toArray(new AccessRequest[0]);
    attributes = new CasbinNeedToKnow.Attributes[REQUESTS];
    keys = new Key[REQUESTS];
    for (int i = 0; i < REQUESTS; i++) {
      AccessRequest r = requests[i];
      boolean permit = policy.decide(r).isPermit();
      floor.put(Key.of(r), permit);
      keys[i] = Key.of(r); // an equal key, not the same instance
      attributes[i] = CasbinNeedToKnow.Attributes.of(r);
      if (casbin.permits(r) != permit || casbin.permits(attributes[i]) != permit) {
        throw new IllegalStateException("jCasbin and NeedToKnow disagree on " + r);
      }
    }
  }

  private int next() {
    return next = (next + 1) & (REQUESTS - 1);
  }

  /** The library's decision, with the findings that explain it. */
  @Benchmark
  public AccessDecision needToKnow() {
    return policy.decide(requests[next()]);
  }

  /** jCasbin, reading the attributes from the request first, as an integrator would. */
  @Benchmark
  public boolean jcasbin() {
    return casbin.permits(requests[next()]);
  }

  /** jCasbin alone, on attributes extracted beforehand. */
  @Benchmark
  public boolean jcasbinPreparedAttributes() {
    return casbin.permits(attributes[next()]);
  }

  /** The floor: one lookup in a map of precomputed answers. */
  @Benchmark
  public Boolean floor() {
    return floor.get(keys[next()]);
  }
}
