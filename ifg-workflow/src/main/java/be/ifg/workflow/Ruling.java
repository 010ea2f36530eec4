package be.ifg.workflow;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * What one need-to-know rule rules about one request: it {@link Allow allows} it or {@link Refuse
 * refuses} it, with the {@link RuleFinding} that says why and on which legal basis. A rule that
 * does not apply to a request gives no ruling at all (see {@link NeedToKnowRule#judge}). Immutable
 * and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public sealed interface Ruling permits Ruling.Allow, Ruling.Refuse {

  /** The finding: the rule's id, its legal basis and the sentences. */
  RuleFinding finding();

  /** Whether the rule allows the request. */
  boolean allows();

  /**
   * The rule allows the request.
   *
   * @param finding why
   */
  record Allow(RuleFinding finding) implements Ruling {
    /**
     * Validates the ruling.
     *
     * @throws NullPointerException if the finding is null
     */
    public Allow {
      checkNotNull(finding, "finding must not be null");
    }

    @Override
    public boolean allows() {
      return true;
    }
  }

  /**
   * The rule refuses the request.
   *
   * @param finding why
   */
  record Refuse(RuleFinding finding) implements Ruling {
    /**
     * Validates the ruling.
     *
     * @throws NullPointerException if the finding is null
     */
    public Refuse {
      checkNotNull(finding, "finding must not be null");
    }

    @Override
    public boolean allows() {
      return false;
    }
  }
}
