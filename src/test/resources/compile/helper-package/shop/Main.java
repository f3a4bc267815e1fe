package shop;

import shop.util.Prices;

public class Main {
  public static void main(String[] args) {
    System.out.println(Prices.withTax(100));
  }
}
