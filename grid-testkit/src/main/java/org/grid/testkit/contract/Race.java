package org.grid.testkit.contract;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Runs tasks on several threads released at the same instant, for the contracts' concurrency tests. */
final class Race {

  private Race() {}

  /**
   * Starts one task per thread, waits until every one is ready, releases them together and waits for them all.
   *
   * @param threads a pool with at least as many threads as tasks
   * @param tasks the tasks
   * @param <T> the result type
   * @return the tasks' results, in the order of {@code tasks}
   * @throws Exception what a task threw (wrapped in an {@link java.util.concurrent.ExecutionException}), or a
   *     timeout when a task takes longer than a minute
   */
  static <T> List<T> run(ExecutorService threads, List<Callable<T>> tasks) throws Exception {
    CountDownLatch ready = new CountDownLatch(tasks.size());
    CountDownLatch go = new CountDownLatch(1);
    List<Future<T>> futures = new ArrayList<>();
    for (Callable<T> task : tasks) {
      futures.add(threads.submit(() -> {
        ready.countDown();
        go.await();
        return task.call();
      }));
    }
    if (!ready.await(10, TimeUnit.SECONDS)) {
      throw new IllegalStateException("the pool did not start " + tasks.size() + " tasks at once");
    }
    go.countDown();
    List<T> results = new ArrayList<>();
    for (Future<T> future : futures) {
      results.add(future.get(60, TimeUnit.SECONDS));
    }
    return results;
  }
}
