/*
 * pool: the one way partnermap runs work on several threads. A job is
 * N_TASKS numbered tasks, taken in order by whichever thread is free: the
 * calling thread (thread 0) and up to THREADS - 1 helpers (1, 2, ...).
 * Which thread runs a task, and when, varies from run to run, so a task
 * writes only what belongs to it (or to its thread's own buffers) and the
 * caller combines the tasks' results in task order: then the results are
 * the same for any number of threads.
 *
 * Only the calling thread calls WATCH: after each task it ran and, while
 * it waits for the helpers, ten times a second. That is where a job
 * notices Ctrl-C and shows progress (igraph's handlers, which are not for
 * other threads). A helper that cannot be started leaves its share to the
 * others, the calling thread at least.
 */
#ifndef PARTNERMAP_UTIL_POOL_H
#define PARTNERMAP_UTIL_POOL_H

/* Runs task TASK on thread THREAD (0 to THREADS - 1). */
typedef void pool_fn(void *ctx, int thread, long task);
/* DONE of N_TASKS tasks are finished; nonzero stops the job: no task is
 * started after it (those running finish). */
typedef int pool_watch(void *ctx, long done, long n_tasks);

/* Runs every task (see above) on up to THREADS threads (< 1: cores(),
 * cores.h; never more than N_TASKS), the calling one included, and returns
 * when all have finished: 0, or the nonzero value of WATCH (may be NULL)
 * that stopped the job. */
int pool_run(long n_tasks, int threads, pool_fn *fn, pool_watch *watch, void *ctx);

/* The same in two steps, so that the calling thread can do other work
 * while the helpers start on the tasks: pool_start() starts them (never
 * NULL; CTX must outlive the job); pool_finish() has the calling thread
 * take its share of what is left, waits for the helpers, frees POOL and
 * returns as pool_run() does. pool_stop() starts no further task; call
 * pool_finish() after it all the same. */
struct pool;
struct pool *pool_start(long n_tasks, int threads, pool_fn *fn, void *ctx);
int pool_finish(struct pool *pool, pool_watch *watch);
void pool_stop(struct pool *pool);

/* The number of threads a job of N_TASKS tasks runs on for THREADS (as
 * pool_run() takes it): for per-thread buffers, indexed by THREAD. */
int pool_threads(long n_tasks, int threads);

#endif
