public class Broken {
  void f() {
    int a = missing1;
    int b = missing2;
    int c = missing3;
    int d = missing4;
    int e = missing5;
    int f = missing6;
    int g = missing7;
    int h = missing8;
    int i = missing9;
    int j = missing10;
    int k = missing11;
    int l = missing12;
    int m = missing13;
    int n = missing14;
    int o = missing15;
    int p = missing16;
    int q = missing17;
    int r = missing18;
    int s = missing19;
    int t = missing20;
    int u = missing21;
    int v = missing22;
    int w = missing23;
    int x = missing24;
    int y = missing25;
  }
}
