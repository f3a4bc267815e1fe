public class Q1Test {
  void printsSomething() {
    Q1.main(new String[0]);
  }
}
