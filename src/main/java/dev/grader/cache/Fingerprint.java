package dev.grader.cache;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A SHA-256 over a sequence of values. Each value is written with its length first, so that ("ab",
 * "c") and ("a", "bc") differ.
 */
public final class Fingerprint {
  private final MessageDigest digest;

  public Fingerprint() {
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  public Fingerprint add(String value) {
    return add(value == null ? new byte[] {(byte) 0xff} : value.getBytes(StandardCharsets.UTF_8));
  }

  public Fingerprint add(byte[] value) {
    long length = value.length;
    for (int shift = 56; shift >= 0; shift -= 8) {
      digest.update((byte) (length >>> shift));
    }
    digest.update(value);
    return this;
  }

  /** The hex digest; the fingerprint cannot be used afterwards. */
  public String hex() {
    return HexFormat.of().formatHex(digest.digest());
  }
}
