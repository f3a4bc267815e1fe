package dev.grader.submission;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Turns raw file bytes into text, refusing binaries and tolerating bad encodings. */
final class TextDecoder {
  /** The decoded text, and whether some bytes were not valid UTF-8. */
  record Decoded(String text, boolean malformed) {}

  private static final int SNIFF_BYTES = 8192;

  private TextDecoder() {}

  /** Empty when the bytes are not text (a NUL byte, or mostly control characters). */
  static Optional<Decoded> decode(byte[] bytes) {
    if (startsWith(bytes, 0xFF, 0xFE)) {
      return Optional.of(new Decoded(utf16(bytes, false), false));
    }
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return Optional.of(new Decoded(utf16(bytes, true), false));
    }
    if (looksBinary(bytes)) {
      return Optional.empty();
    }
    int skip = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
    ByteBuffer input = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
    try {
      return Optional.of(new Decoded(strictUtf8().decode(input.duplicate()).toString(), false));
    } catch (CharacterCodingException e) {
      // Lenient second pass: malformed bytes become U+FFFD so the rest stays readable.
      return Optional.of(new Decoded(StandardCharsets.UTF_8.decode(input).toString(), true));
    }
  }

  private static CharsetDecoder strictUtf8() {
    return StandardCharsets.UTF_8
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  private static String utf16(byte[] bytes, boolean bigEndian) {
    ByteBuffer body = ByteBuffer.wrap(bytes, 2, bytes.length - 2);
    CharBuffer chars =
        (bigEndian ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE).decode(body);
    return chars.toString();
  }

  private static boolean looksBinary(byte[] bytes) {
    int n = Math.min(bytes.length, SNIFF_BYTES);
    int control = 0;
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xFF;
      if (b == 0) {
        return true;
      }
      if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1B) {
        control++;
      }
    }
    return n > 0 && control * 10 > n;
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
