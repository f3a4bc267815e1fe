public class Q3 {
    public static void main(String[] args) throws Exception {
        Process p = Runtime.getRuntime().exec(new String[] {"ls", "-l"});
        int exit = p.waitFor();
        System.out.println("ls finished, exit code " + exit);
    }
}
