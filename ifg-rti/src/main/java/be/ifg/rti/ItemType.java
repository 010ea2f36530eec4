package be.ifg.rti;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** How an item is answered and how its answer becomes points. */
@API(status = STABLE, since = "0.1")
public enum ItemType {
  /** {@code YES} or {@code NO}; YES contributes the weight. */
  YES_NO,
  /** One of the listed integer options; contributes answer × weight. */
  ORDINAL,
  /** One of the listed option values; contributes the chosen option's weight. */
  CHOICE,
  /** A count of zero or more; contributes min(count, cap) × weight. */
  COUNT,
  /** A list of dates; contributes the number of dates in the rule's window × weight. */
  EVENTS
}
