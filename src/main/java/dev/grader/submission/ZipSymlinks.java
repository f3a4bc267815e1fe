package dev.grader.submission;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Set;

/**
 * Finds the symbolic-link entries of a zip. {@code java.util.zip} hides the Unix file mode, so this
 * reads it from the central directory. Best effort: a directory it cannot read yields no links, and
 * the entries are then read as small text files holding the link target, which is harmless because
 * nothing is ever extracted to disk.
 */
final class ZipSymlinks {
  private static final int EOCD_SIGNATURE = 0x06054b50;
  private static final int ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
  private static final int ZIP64_EOCD_SIGNATURE = 0x06064b50;
  private static final int CEN_SIGNATURE = 0x02014b50;
  private static final int MAX_DIRECTORY_BYTES = 64 * 1024 * 1024;
  private static final int UNIX_HOST = 3;
  private static final int FILE_TYPE_MASK = 0xF000;
  private static final int SYMLINK_TYPE = 0xA000;
  private static final int UTF8_FLAG = 1 << 11;

  private ZipSymlinks() {}

  static Set<String> find(Path zip, Charset charset) {
    try (FileChannel channel = FileChannel.open(zip, StandardOpenOption.READ)) {
      return find(channel, charset);
    } catch (IOException | RuntimeException e) {
      return Set.of();
    }
  }

  private static Set<String> find(FileChannel channel, Charset charset) throws IOException {
    long size = channel.size();
    int tailLength = (int) Math.min(size, 22 + 0xFFFF);
    ByteBuffer tail = read(channel, size - tailLength, tailLength);
    int eocd = -1;
    for (int i = tailLength - 22; i >= 0; i--) {
      if (tail.getInt(i) == EOCD_SIGNATURE) {
        eocd = i;
        break;
      }
    }
    if (eocd < 0) {
      return Set.of();
    }
    long directoryEnd = size - tailLength + eocd;
    long directorySize = tail.getInt(eocd + 12) & 0xFFFFFFFFL;
    if (directorySize == 0xFFFFFFFFL
        && eocd >= 20
        && tail.getInt(eocd - 20) == ZIP64_LOCATOR_SIGNATURE) {
      long zip64Eocd = tail.getLong(eocd - 20 + 8);
      ByteBuffer record = read(channel, zip64Eocd, 56);
      if (record.getInt(0) != ZIP64_EOCD_SIGNATURE) {
        return Set.of();
      }
      directorySize = record.getLong(40);
      directoryEnd = zip64Eocd;
    }
    if (directorySize > MAX_DIRECTORY_BYTES || directorySize > directoryEnd) {
      return Set.of();
    }
    return scan(read(channel, directoryEnd - directorySize, (int) directorySize), charset);
  }

  private static Set<String> scan(ByteBuffer directory, Charset charset) {
    Set<String> links = new HashSet<>();
    int at = 0;
    while (at + 46 <= directory.limit() && directory.getInt(at) == CEN_SIGNATURE) {
      int madeBy = directory.getShort(at + 4) & 0xFFFF;
      int flags = directory.getShort(at + 8) & 0xFFFF;
      int nameLength = directory.getShort(at + 28) & 0xFFFF;
      int extraLength = directory.getShort(at + 30) & 0xFFFF;
      int commentLength = directory.getShort(at + 32) & 0xFFFF;
      int mode = directory.getInt(at + 38) >>> 16;
      if (at + 46 + nameLength > directory.limit()) {
        break;
      }
      if ((madeBy >> 8) == UNIX_HOST && (mode & FILE_TYPE_MASK) == SYMLINK_TYPE) {
        byte[] name = new byte[nameLength];
        directory.get(at + 46, name);
        links.add(new String(name, (flags & UTF8_FLAG) != 0 ? StandardCharsets.UTF_8 : charset));
      }
      at += 46 + nameLength + extraLength + commentLength;
    }
    return links;
  }

  private static ByteBuffer read(FileChannel channel, long position, int length)
      throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
    while (buffer.hasRemaining()) {
      if (channel.read(buffer, position + buffer.position()) < 0) {
        throw new IOException("unexpected end of zip");
      }
    }
    return buffer.flip();
  }
}
