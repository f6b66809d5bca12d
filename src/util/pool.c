/* pool: tasks on pthreads, the calling thread among them (pool.h). */
#include "util/pool.h"
#include "util/cores.h"
#include "util/strbuf.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stdlib.h>
#include <time.h>

struct helper {
	struct pool *pool;
	int thread;
};

struct pool {
	pool_fn *fn;
	void *ctx;
	long n_tasks;
	atomic_long next, done;
	atomic_bool stop;
	pthread_mutex_t lock;
	pthread_cond_t finished;
	int running; /* helpers not yet done; under lock */
	int started;
	pthread_t tid[CORES_MAX];
	struct helper helpers[CORES_MAX];
};

int pool_threads(long n_tasks, int threads)
{
	if (threads < 1)
		threads = cores();
	if (threads > CORES_MAX)
		threads = CORES_MAX;
	if (threads > n_tasks)
		threads = n_tasks > 0 ? (int)n_tasks : 1;
	return threads;
}

/* Takes the next task, or -1 when there is none (or the job stopped). */
static long take(struct pool *p)
{
	if (atomic_load(&p->stop))
		return -1;
	long t = atomic_fetch_add(&p->next, 1);
	return t < p->n_tasks ? t : -1;
}

static void *helper_main(void *arg)
{
	struct helper *h = arg;
	struct pool *p = h->pool;

	for (long t; (t = take(p)) >= 0;) {
		p->fn(p->ctx, h->thread, t);
		atomic_fetch_add(&p->done, 1);
	}
	pthread_mutex_lock(&p->lock);
	p->running--;
	pthread_cond_signal(&p->finished);
	pthread_mutex_unlock(&p->lock);
	return NULL;
}

struct pool *pool_start(long n_tasks, int threads, pool_fn *fn, void *ctx)
{
	struct pool *p = xcalloc(1, sizeof(*p));

	p->fn = fn;
	p->ctx = ctx;
	p->n_tasks = n_tasks;
	atomic_init(&p->next, 0);
	atomic_init(&p->done, 0);
	atomic_init(&p->stop, false);
	pthread_mutex_init(&p->lock, NULL);
	pthread_cond_init(&p->finished, NULL);
	threads = pool_threads(n_tasks, threads);
	pthread_mutex_lock(&p->lock);
	for (int t = 1; t < threads; t++) {
		p->helpers[p->started] = (struct helper){p, t};
		if (pthread_create(&p->tid[p->started], NULL, helper_main,
		                   &p->helpers[p->started]) == 0) {
			p->started++;
			p->running++;
		}
	}
	pthread_mutex_unlock(&p->lock);
	return p;
}

void pool_stop(struct pool *p)
{
	atomic_store(&p->stop, true);
}

/* Calls WATCH and stops the job when it says so; its value. */
static int check(struct pool *p, pool_watch *watch)
{
	int rc = watch ? watch(p->ctx, atomic_load(&p->done), p->n_tasks) : 0;

	if (rc)
		pool_stop(p);
	return rc;
}

int pool_finish(struct pool *p, pool_watch *watch)
{
	int rc = 0;

	for (long t; (t = take(p)) >= 0;) {
		p->fn(p->ctx, 0, t);
		atomic_fetch_add(&p->done, 1);
		if (!rc)
			rc = check(p, watch);
	}
	pthread_mutex_lock(&p->lock);
	while (p->running > 0) {
		struct timespec until;
		clock_gettime(CLOCK_REALTIME, &until);
		until.tv_nsec += 100000000;
		if (until.tv_nsec >= 1000000000) {
			until.tv_sec++;
			until.tv_nsec -= 1000000000;
		}
		pthread_cond_timedwait(&p->finished, &p->lock, &until);
		if (p->running > 0 && !rc) {
			pthread_mutex_unlock(&p->lock);
			rc = check(p, watch);
			pthread_mutex_lock(&p->lock);
		}
	}
	pthread_mutex_unlock(&p->lock);
	for (int i = 0; i < p->started; i++)
		pthread_join(p->tid[i], NULL);
	pthread_cond_destroy(&p->finished);
	pthread_mutex_destroy(&p->lock);
	free(p);
	return rc;
}

int pool_run(long n_tasks, int threads, pool_fn *fn, pool_watch *watch, void *ctx)
{
	return pool_finish(pool_start(n_tasks, threads, fn, ctx), watch);
}
