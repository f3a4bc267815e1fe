import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

class GreeterTest {
  private static volatile boolean spinning = true;

  @Test
  void greetsByName() {
    assertEquals("Hello, Ada", Greeter.greet("Ada"));
  }

  @Test
  void greetsInFrench() {
    assertEquals("Bonjour, Ada", Greeter.greet("Ada"), "greeting\nsecond line");
  }

  @Test
  void sleepsPastTheTimeout() throws InterruptedException {
    Thread.sleep(600_000);
  }

  @Test
  void spinsIgnoringInterrupts() {
    while (spinning) {
      Thread.interrupted();
    }
  }

  @Test
  void crashesInStudentCode() {
    Greeter.letters(null);
  }

  @Test
  void mainPrintsTheGreeting() throws Exception {
    Class<?> main = Class.forName(System.getProperty("grader.mainClass"));
    PrintStream stdout = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setOut(new PrintStream(captured, true, "UTF-8"));
    try {
      main.getMethod("main", String[].class).invoke(null, (Object) new String[] {"Bob"});
    } finally {
      System.setOut(stdout);
    }
    assertEquals("Hello, Bob", captured.toString("UTF-8").strip());
  }

  @Test
  @Disabled("not graded this term")
  void notGraded() {}
}
