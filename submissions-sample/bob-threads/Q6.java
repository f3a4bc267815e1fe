public class Q6 {
    public static void main(String[] args) throws InterruptedException {
        Thread[] processes = new Thread[4];
        for (int i = 0; i < 4; i++) {
            int number = i + 1;
            processes[i] = new Thread(() -> System.out.println("I am process " + number));
            processes[i].start();
        }
        for (Thread p : processes) {
            p.join();
        }
    }
}
