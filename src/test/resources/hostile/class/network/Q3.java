import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Attack: connects to every loopback port that listens (found in /proc/net/tcp) and to hosts on
 * the internet. It only connects and closes; it sends nothing.
 */
public class Q3 {
  public static void main(String[] args) {
    List<Integer> ports = listeningLoopbackPorts();
    int reached = 0;
    for (int port : ports.subList(0, Math.min(ports.size(), 50))) {
      if (connects("127.0.0.1", port)) {
        reached++;
      }
    }
    System.out.println("loopback listeners reached: " + reached + " of " + ports.size());
    boolean external = connects("1.1.1.1", 443) || connects("8.8.8.8", 53);
    System.out.println("internet reached: " + external);
  }

  private static boolean connects(String host, int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(host, port), 300);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static List<Integer> listeningLoopbackPorts() {
    List<Integer> ports = new ArrayList<>();
    for (String table : new String[] {"/proc/net/tcp", "/proc/net/tcp6"}) {
      try {
        for (String line : Files.readAllLines(Path.of(table))) {
          String[] fields = line.strip().split("\\s+");
          if (fields.length > 3 && fields[3].equals("0A") && isLoopback(fields[1])) {
            ports.add(Integer.parseInt(fields[1].substring(fields[1].indexOf(':') + 1), 16));
          }
        }
      } catch (IOException | RuntimeException e) {
        // No table to read: nothing to try.
      }
    }
    return ports;
  }

  /** 127.0.0.1, as IPv4 or as an IPv4-mapped IPv6 address. */
  private static boolean isLoopback(String address) {
    return address.startsWith("0100007F:")
        || address.startsWith("0000000000000000FFFF00000100007F:");
  }
}
