package be.ifg.web;

import be.ifg.domain.DossierId;
import be.ifg.domain.ItemId;
import be.ifg.domain.RequestId;
import java.security.SecureRandom;

/**
 * The ids the app gives to what its forms create: a dossier, an information item, a request. Each
 * is a prefix and ten random characters of base 32 (50 bits from {@link SecureRandom}), never
 * derived from what the form holds, so an id says nothing about the family or the information.
 */
final class OpaqueIds {
  private static final char[] ALPHABET = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();
  private static final int LENGTH = 10;
  private static final SecureRandom RANDOM = new SecureRandom();

  private OpaqueIds() {}

  /** A new dossier id, {@code d-} and ten random characters. */
  static DossierId dossier() {
    return DossierId.of(next("d-"));
  }

  /** A new item id, {@code i-} and ten random characters. */
  static ItemId item() {
    return ItemId.of(next("i-"));
  }

  /** A new request id, {@code r-} and ten random characters. */
  static RequestId request() {
    return RequestId.of(next("r-"));
  }

  private static String next(String prefix) {
    StringBuilder out = new StringBuilder(prefix.length() + LENGTH).append(prefix);
    for (int i = 0; i < LENGTH; i++) {
      out.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
    }
    return out.toString();
  }
}
