package io.kontor.standalone;

import io.kontor.platform.testing.Http;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/** Requests released at the same instant, one thread each, to let them race on the server. */
final class Races {

    private Races() {
    }

    /** Sends every request at once and returns the answers in the order the requests were given. */
    @SafeVarargs
    static List<Http.Response> race(Supplier<Http.Response>... requests) throws Exception {
        CyclicBarrier start = new CyclicBarrier(requests.length);
        ExecutorService pool = Executors.newFixedThreadPool(requests.length);
        try {
            List<CompletableFuture<Http.Response>> answers = new ArrayList<>();
            for (Supplier<Http.Response> request : requests) {
                answers.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        start.await();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                    return request.get();
                }, pool));
            }
            List<Http.Response> results = new ArrayList<>();
            for (CompletableFuture<Http.Response> answer : answers) {
                results.add(answer.get());
            }
            return results;
        } finally {
            pool.shutdown();
        }
    }
}
