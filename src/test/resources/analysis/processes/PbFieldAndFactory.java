import java.util.ArrayList;
import java.util.List;

public class PbFieldAndFactory {
  private final ProcessBuilder template = new ProcessBuilder("sleep", "1");

  static ProcessBuilder builderFor(int i) {
    return new ProcessBuilder("echo", Integer.toString(i));
  }

  void launch() throws Exception {
    List<Process> children = new ArrayList<>();
    children.add(this.template.start());
    for (int i = 0; i < 3; i++) {
      children.add(builderFor(i).start());
    }
    for (var child : children) {
      child.waitFor();
    }
    children.get(0).destroy();
  }
}
