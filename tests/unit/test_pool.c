/* util/pool: every task runs once, on a thread below the job's count;
 * results combined in task order are the same for any number of threads;
 * WATCH stops a job, and a stopped job starts no further task. */
#include "unit.h"

#include <stdatomic.h>
#include <stdlib.h>

#include "util/pool.h"

enum { TASKS = 1000 };

struct count {
	atomic_int runs[TASKS];
	int thread_of[TASKS];
	double value[TASKS];
	int threads;
	atomic_int bad_thread;
};

static void count_task(void *ctx, int thread, long task)
{
	struct count *c = ctx;

	atomic_fetch_add(&c->runs[task], 1);
	c->thread_of[task] = thread;
	if (thread < 0 || thread >= c->threads)
		atomic_store(&c->bad_thread, 1);
	/* A sum whose rounding depends on its order, were it shared. */
	double x = 0;
	for (long i = 1; i <= task % 97 + 1; i++)
		x += 1.0 / (double)(i * (task + 1));
	c->value[task] = x;
}

static double run_with(int threads, int *used)
{
	struct count *c = calloc(1, sizeof(*c));
	double sum = 0;

	c->threads = pool_threads(TASKS, threads);
	assert_int_equal(pool_run(TASKS, threads, count_task, NULL, c), 0);
	assert_int_equal(atomic_load(&c->bad_thread), 0);
	*used = 0;
	for (long t = 0; t < TASKS; t++) {
		assert_int_equal(atomic_load(&c->runs[t]), 1);
		if (c->thread_of[t] + 1 > *used)
			*used = c->thread_of[t] + 1;
		sum += c->value[t];
	}
	free(c);
	return sum;
}

static void every_task_once_and_the_same_sum_for_any_thread_count(void **state)
{
	int used;
	double one;

	(void)state;
	one = run_with(1, &used);
	assert_int_equal(used, 1);
	for (int threads = 2; threads <= 8; threads++) {
		double many = run_with(threads, &used);
		assert_true(used <= threads);
		assert_memory_equal(&one, &many, sizeof(one)); /* to the last bit */
	}
}

static void threads_are_capped(void **state)
{
	(void)state;
	assert_int_equal(pool_threads(3, 8), 3);
	assert_int_equal(pool_threads(0, 8), 1);
	assert_int_equal(pool_threads(100, 2), 2);
	setenv("PARTNERMAP_THREADS", "5", 1);
	assert_int_equal(pool_threads(100, 0), 5);
	unsetenv("PARTNERMAP_THREADS");
}

struct stop {
	atomic_long ran;
};

static void slow_task(void *ctx, int thread, long task)
{
	struct stop *s = ctx;

	(void)thread;
	(void)task;
	atomic_fetch_add(&s->ran, 1);
}

static int stop_after_ten(void *ctx, long done, long n_tasks)
{
	(void)ctx;
	assert_true(done <= n_tasks);
	return done >= 10 ? 42 : 0;
}

static void watch_stops_the_job(void **state)
{
	struct stop s = {0};

	(void)state;
	/* On one thread the job stops exactly after the tenth task. */
	assert_int_equal(pool_run(TASKS, 1, slow_task, stop_after_ten, &s), 42);
	assert_int_equal(atomic_load(&s.ran), 10);
	/* A stopped job starts nothing more. */
	atomic_store(&s.ran, 0);
	struct pool *p = pool_start(TASKS, 1, slow_task, &s);
	pool_stop(p);
	assert_int_equal(pool_finish(p, NULL), 0);
	assert_int_equal(atomic_load(&s.ran), 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
	    cmocka_unit_test(every_task_once_and_the_same_sum_for_any_thread_count),
	    cmocka_unit_test(threads_are_capped),
	    cmocka_unit_test(watch_stops_the_job),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
