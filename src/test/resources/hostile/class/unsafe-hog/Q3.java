import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.concurrent.TimeUnit;

/**
 * Attack: native memory through sun.misc.Unsafe, which no JVM flag bounds. It stops at 3 GiB and
 * sleeps, so that an unsandboxed test run cannot take the machine down; a tree memory limit kills
 * it first.
 */
public class Q3 {
  public static void main(String[] args) throws Exception {
    Class<?> type = Class.forName("sun.misc.Unsafe");
    Field field = type.getDeclaredField("theUnsafe");
    field.setAccessible(true);
    Object unsafe = field.get(null);
    Method allocate = type.getMethod("allocateMemory", long.class);
    Method set = type.getMethod("setMemory", long.class, long.class, byte.class);
    long chunk = 64L << 20;
    for (long total = 0; total < (3L << 30); total += chunk) {
      long address = (long) allocate.invoke(unsafe, chunk);
      set.invoke(unsafe, address, chunk, (byte) 1);
    }
    System.out.println("holding 3 GiB");
    TimeUnit.DAYS.sleep(1);
  }
}
