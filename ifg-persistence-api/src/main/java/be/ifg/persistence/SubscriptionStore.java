package be.ifg.persistence;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * Durable checkpoints of subscriptions: for each subscription name, the global position ({@link
 * RecordedEvent#position()}) up to which its subscriber has handled the store's events.
 *
 * <p>Contracts every adapter keeps (the conformance kit checks them):
 *
 * <ul>
 *   <li><b>Durability:</b> a position saved by a call that returned survives a restart of a durable
 *       adapter.
 *   <li><b>Only forward:</b> a subscription's position never moves back. Saving a position lower
 *       than the one stored changes nothing and is not an error: of two pollers of one subscription
 *       racing, the slower one cannot rewind the faster one. Saving the same position again changes
 *       nothing either. To read the events again, subscribe under a new name.
 *   <li><b>Independence:</b> the names are independent; saving one changes no other.
 *   <li><b>Thread safety:</b> concurrent saves of one name leave the highest position saved.
 * </ul>
 *
 * <p>A name is a short id: 1 to 100 characters, letters, digits and {@code . _ : @ -}, starting
 * with a letter or digit ({@link #checkName}).
 */
@API(status = EXPERIMENTAL, since = "0.2")
public interface SubscriptionStore {
  /**
   * The position a subscription saved last.
   *
   * @param subscription the subscription's name
   * @return the position; 0 when none was saved
   * @throws IllegalArgumentException if the name is not a short id
   * @throws PersistenceException if the adapter fails
   */
  long position(String subscription);

  /**
   * Saves a subscription's position, durably once the call returns. A position lower than the one
   * stored leaves the stored one (positions only move forward).
   *
   * @param subscription the subscription's name
   * @param position the global position of the last event handled (0 or more)
   * @throws IllegalArgumentException if the name is not a short id or the position is negative
   * @throws PersistenceException if the adapter fails; then the stored position is unchanged
   */
  void savePosition(String subscription, long position);

  /**
   * Checks a subscription's name, for adapters.
   *
   * @param subscription the name
   * @return the name
   * @throws IllegalArgumentException if it is not a short id
   */
  static String checkName(String subscription) {
    checkNotNull(subscription, "subscription name must not be null");
    checkArgument(
        Names.SHORT_ID.matcher(subscription).matches(),
        "subscription name must be 1 to 100 letters, digits and . _ : @ - starting with a letter or"
            + " digit: '%s'",
        subscription);
    return subscription;
  }

  /**
   * Checks a position to save, for adapters.
   *
   * @param position the position
   * @return the position
   * @throws IllegalArgumentException if it is negative
   */
  static long checkPosition(long position) {
    checkArgument(position >= 0, "a subscription's position must be >= 0: %s", position);
    return position;
  }
}

/** The form of a subscription's name. */
final class Names {
  static final Pattern SHORT_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:@-]{0,99}");

  private Names() {}
}
