public class Greeter {
  public static String greet(String name) {
    return "Hello, " + name;
  }

  public static int letters(String word) {
    return word.length();
  }

  public static void shutdown() {
    System.exit(3);
  }

  public static void main(String[] args) {
    System.out.println(greet(args.length > 0 ? args[0] : "world"));
  }
}
