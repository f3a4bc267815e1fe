import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class BrokenSetupTest {
  @BeforeAll
  static void connect() {
    throw new IllegalStateException("no database");
  }

  @Test
  void first() {}

  @Test
  void second() {}
}
