import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

@TestMethodOrder(MethodOrderer.MethodName.class)
class ExitingTest {
  @Test
  void aPasses() {}

  @Test
  void bStudentExits() {
    Greeter.shutdown();
  }

  @Test
  void cNeverRuns() {}
}
