public class Q3 {
    public static void main(String[] args) throws InterruptedException {
        // create the new process
        Thread process = new Thread(() -> {
            System.out.println("Hello from the new process!");
        });
        process.start();

        // wait for it to finish
        process.join();
        System.out.println("The process has finished");
    }
}
