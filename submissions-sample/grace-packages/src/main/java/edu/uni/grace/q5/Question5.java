package edu.uni.grace.q5;

import edu.uni.grace.util.Squares;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

public class Question5 {

    public static void main(String[] args) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Integer> squares = Squares.upTo(5, pool);
            System.out.println(squares);
        } finally {
            pool.shutdown();
        }
    }
}
