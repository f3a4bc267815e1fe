package demo;

class Util {
  static int twice(int value) {
    return 2 * value;
  }
}
