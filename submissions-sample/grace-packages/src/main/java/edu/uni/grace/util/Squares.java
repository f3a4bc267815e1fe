package edu.uni.grace.util;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/** Computes squares with the help of an executor. */
public final class Squares {

    private Squares() {
    }

    /** Squares of 1..n, each computed as a separate task on the given pool. */
    public static List<Integer> upTo(int n, ExecutorService pool)
            throws InterruptedException, ExecutionException {
        List<Future<Integer>> pending = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            int value = i;
            pending.add(pool.submit(() -> value * value));
        }
        List<Integer> result = new ArrayList<>();
        for (Future<Integer> f : pending) {
            result.add(f.get());
        }
        return result;
    }
}
