package dev.alice.q4;

public class Launcher {
  public static void main(String[] args) {
    Pool.create().shutdown();
  }
}
