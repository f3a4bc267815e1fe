// Problem 3
class Broken {
  void f( {
}
