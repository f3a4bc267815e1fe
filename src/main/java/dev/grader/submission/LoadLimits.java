package dev.grader.submission;

/**
 * Caps that keep one hand-in from exhausting the grader (huge files, zip bombs, file floods).
 *
 * @param maxFileBytes larger files are skipped with a warning
 * @param maxFiles at most this many text files are kept
 * @param maxTotalBytes at most about this many bytes are read from one hand-in, skipped files
 *     included
 */
public record LoadLimits(long maxFileBytes, int maxFiles, long maxTotalBytes) {
  public static final LoadLimits DEFAULT = new LoadLimits(512 * 1024, 2000, 16L * 1024 * 1024);

  public LoadLimits {
    if (maxFileBytes < 1 || maxFiles < 1 || maxTotalBytes < 1) {
      throw new IllegalArgumentException("load limits must be positive");
    }
    if (maxFileBytes >= Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("maxFileBytes must fit in memory: " + maxFileBytes);
    }
  }
}
