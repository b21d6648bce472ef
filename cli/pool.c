/* Parallel jobs with ordered output, progress line (see pool.h). */
#include "pool.h"

#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "cli.h"

struct chan {
	FILE *f;
	char *buf;
	size_t size;
};

struct jout {
	struct pool *p;
	size_t index;
	int live; /* the head: may write to the targets (set under p->mu) */
	int done;
	struct chan ch[JOUT_CHANNELS];
};

struct pool {
	const struct pool_cfg *cfg;
	pthread_mutex_t mu;  /* next, head, slots, live, done, running */
	pthread_cond_t cv;
	pthread_mutex_t out_mu; /* serialises writes to the targets */
	size_t next, head, window;
	struct jout **slots;
	int running;
	int target_tty[JOUT_CHANNELS];
	int write_failed;
};

static atomic_int g_stop;
static atomic_int g_broken_pipe;
static atomic_uint_fast64_t g_bytes;
static atomic_uint_fast64_t g_files;
static atomic_int g_progress_shown;
static pthread_mutex_t g_err_mu = PTHREAD_MUTEX_INITIALIZER;
static struct pool *g_pool;

void pool_stop(void)
{
	atomic_store(&g_stop, 1);
	if (g_pool) {
		pthread_mutex_lock(&g_pool->mu);
		pthread_cond_broadcast(&g_pool->cv);
		pthread_mutex_unlock(&g_pool->mu);
	}
}

int pool_stopping(void)
{
	return atomic_load(&g_stop);
}

int pool_broken_pipe(void)
{
	return atomic_load(&g_broken_pipe);
}

void pool_progress_bytes(uint64_t n)
{
	atomic_fetch_add(&g_bytes, n);
}

int pool_cpus(void)
{
	long n = sysconf(_SC_NPROCESSORS_ONLN);
	return n > 0 ? (int)(n > 256 ? 256 : n) : 1;
}

/* Clears the progress line; call with g_err_mu held. */
static void progress_erase_locked(void)
{
	if (atomic_load(&g_progress_shown)) {
		fputs("\r\033[K", stderr);
		fflush(stderr);
		atomic_store(&g_progress_shown, 0);
	}
}

void pool_warn(const char *fmt, ...)
{
	va_list ap;
	pthread_mutex_lock(&g_err_mu);
	progress_erase_locked();
	fprintf(stderr, "%s: ", cli_progname);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	pthread_mutex_unlock(&g_err_mu);
}

static int chan_open(struct chan *c)
{
	c->buf = NULL;
	c->size = 0;
	c->f = open_memstream(&c->buf, &c->size);
	return c->f ? 0 : -1;
}

static size_t jout_pending(struct jout *o)
{
	size_t n = 0;
	int k;
	for (k = 0; k < JOUT_CHANNELS; k++) {
		off_t pos = o->ch[k].f ? ftello(o->ch[k].f) : 0;
		if (pos > 0)
			n += (size_t)pos;
	}
	return n;
}

/* A write to output target k failed (errno says why): a closed pipe ends
 * the run quietly, anything else is reported. Either way the jobs stop. */
static void target_failed(struct pool *p, int k)
{
	if (errno == EPIPE) {
		atomic_store(&g_broken_pipe, 1);
	} else {
		p->write_failed = 1;
		pool_warn("%s: write error: %s",
		          p->cfg->target_names[k] ? p->cfg->target_names[k] : "(standard output)",
		          strerror(errno));
	}
	atomic_store(&g_stop, 1);
}

/* Writes what o buffered to the targets. Call with p->out_mu held and o
 * being (or having been) the head. Frees nothing but the buffers. */
static void jout_write_out(struct jout *o, int final)
{
	struct pool *p = o->p;
	int k;
	for (k = 0; k < JOUT_CHANNELS; k++) {
		struct chan *c = &o->ch[k];
		FILE *t = p->cfg->targets[k];
		if (!c->f)
			continue;
		/* A running job keeps the FILE it got from jout_file() (cmd_clean
		 * and cmd_scan cache it), so only the final write-out closes it;
		 * before that the stream is flushed, written out and rewound.
		 * Replacing it here left the job writing to a freed FILE. */
		if (final) {
			fclose(c->f);
			c->f = NULL;
		} else if (fflush(c->f) != 0) {
			p->write_failed = 1;
			atomic_store(&g_stop, 1);
			continue;
		}
		if (c->size && t && !p->write_failed && !atomic_load(&g_broken_pipe)) {
			if (p->target_tty[k] && atomic_load(&g_progress_shown)) {
				pthread_mutex_lock(&g_err_mu);
				progress_erase_locked();
				pthread_mutex_unlock(&g_err_mu);
			}
			if (fwrite(c->buf, 1, c->size, t) != c->size || ferror(t))
				target_failed(p, k);
		}
		if (final) {
			free(c->buf);
			c->buf = NULL;
			c->size = 0;
		} else if (fseeko(c->f, 0, SEEK_SET) != 0) {
			p->write_failed = 1;
			atomic_store(&g_stop, 1);
		}
	}
}

static void jout_flush_targets(struct pool *p)
{
	int k;
	for (k = 0; k < JOUT_CHANNELS; k++) {
		FILE *t = p->cfg->targets[k];
		if (t && fflush(t) != 0 && !p->write_failed && !atomic_load(&g_broken_pipe))
			target_failed(p, k);
	}
}

FILE *jout_file(struct jout *o, int ch)
{
	return o->ch[ch].f;
}

static int jout_flush(struct jout *o, int sync)
{
	struct pool *p = o->p;
	size_t pending = jout_pending(o);
	int live;
	if (atomic_load(&g_stop))
		return -1;
	if (!sync && pending < JOUT_FLUSH)
		return 0;
	pthread_mutex_lock(&p->mu);
	while (!o->live && pending >= JOUT_CAP && !atomic_load(&g_stop))
		pthread_cond_wait(&p->cv, &p->mu);
	live = o->live;
	pthread_mutex_unlock(&p->mu);
	if (atomic_load(&g_stop))
		return -1;
	if (live && pending) {
		pthread_mutex_lock(&p->out_mu);
		jout_write_out(o, 0);
		if (sync)
			jout_flush_targets(p);
		pthread_mutex_unlock(&p->out_mu);
	}
	return atomic_load(&g_stop) ? -1 : 0;
}

int jout_check(struct jout *o)
{
	return jout_flush(o, 0);
}

int jout_sync(struct jout *o)
{
	return jout_flush(o, 1);
}

int jout_wait_head(struct jout *o)
{
	struct pool *p = o->p;
	int live;
	pthread_mutex_lock(&p->mu);
	while (!o->live && !atomic_load(&g_stop))
		pthread_cond_wait(&p->cv, &p->mu);
	live = o->live;
	pthread_mutex_unlock(&p->mu);
	return live && !atomic_load(&g_stop) ? 0 : -1;
}

static void jout_free(struct jout *o)
{
	int k;
	for (k = 0; k < JOUT_CHANNELS; k++) {
		if (o->ch[k].f)
			fclose(o->ch[k].f);
		free(o->ch[k].buf);
	}
	free(o);
}

static void finish_job(struct pool *p, struct jout *o)
{
	pthread_mutex_lock(&p->mu);
	o->done = 1;
	atomic_fetch_add(&g_files, 1);
	if (!o->live) {
		pthread_mutex_unlock(&p->mu);
		return; /* whoever finishes the job before it writes it out */
	}
	pthread_mutex_unlock(&p->mu);

	pthread_mutex_lock(&p->out_mu);
	jout_write_out(o, 1);
	pthread_mutex_lock(&p->mu);
	for (;;) {
		struct jout *h = p->slots[p->head];
		p->slots[p->head] = NULL;
		jout_free(h);
		p->head++;
		if (p->head >= p->next || !p->slots[p->head]->done)
			break;
		h = p->slots[p->head];
		pthread_mutex_unlock(&p->mu);
		jout_write_out(h, 1);
		pthread_mutex_lock(&p->mu);
	}
	if (p->head < p->next)
		p->slots[p->head]->live = 1;
	pthread_cond_broadcast(&p->cv);
	pthread_mutex_unlock(&p->mu);
	jout_flush_targets(p);
	pthread_mutex_unlock(&p->out_mu);
}

static void *worker(void *arg)
{
	struct pool *p = arg;
	pthread_mutex_lock(&p->mu);
	for (;;) {
		struct jout *o;
		size_t i;
		int k, bad = 0;
		while (!atomic_load(&g_stop) && p->next < p->cfg->njobs &&
		       p->next >= p->head + p->window)
			pthread_cond_wait(&p->cv, &p->mu);
		if (atomic_load(&g_stop) || p->next >= p->cfg->njobs)
			break;
		i = p->next;
		o = calloc(1, sizeof *o);
		if (!o) {
			atomic_store(&g_stop, 1);
			p->write_failed = 1;
			break;
		}
		o->p = p;
		o->index = i;
		for (k = 0; k < JOUT_CHANNELS; k++)
			if (p->cfg->targets[k] && chan_open(&o->ch[k]))
				bad = 1;
		if (bad) {
			jout_free(o);
			atomic_store(&g_stop, 1);
			p->write_failed = 1;
			break;
		}
		o->live = i == p->head;
		p->slots[i] = o;
		p->next++;
		pthread_mutex_unlock(&p->mu);
		p->cfg->job(p->cfg->ctx, i, o);
		finish_job(p, o);
		pthread_mutex_lock(&p->mu);
	}
	p->running--;
	pthread_cond_broadcast(&p->cv);
	pthread_mutex_unlock(&p->mu);
	return NULL;
}

static double now_seconds(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void human_bytes(double b, char *out, size_t cap)
{
	const char *u[] = {"B", "KiB", "MiB", "GiB", "TiB"};
	int i = 0;
	while (b >= 1024 && i < 4) {
		b /= 1024;
		i++;
	}
	snprintf(out, cap, i ? "%.1f %s" : "%.0f %s", b, u[i]);
}

static void progress_draw(const struct pool *p, double elapsed)
{
	char done[32], rate[32];
	uint64_t bytes = atomic_load(&g_bytes);
	human_bytes((double)bytes, done, sizeof done);
	human_bytes(elapsed > 0 ? (double)bytes / elapsed : 0, rate, sizeof rate);
	pthread_mutex_lock(&g_err_mu);
	fprintf(stderr, "\r\033[K%s: %llu/%zu files, %s, %s/s", cli_progname,
	        (unsigned long long)atomic_load(&g_files), p->cfg->njobs, done, rate);
	fflush(stderr);
	atomic_store(&g_progress_shown, 1);
	pthread_mutex_unlock(&g_err_mu);
}

int pool_run(const struct pool_cfg *cfg)
{
	struct pool p;
	pthread_t *tids;
	int n = cfg->threads > 0 ? cfg->threads : pool_cpus(), i, k, started = 0;
	int show = cfg->progress && isatty(2);
	double t0 = now_seconds();
	memset(&p, 0, sizeof p);
	p.cfg = cfg;
	if ((size_t)n > cfg->njobs)
		n = cfg->njobs ? (int)cfg->njobs : 1;
	p.window = POOL_WINDOW(n);
	for (k = 0; k < JOUT_CHANNELS; k++)
		p.target_tty[k] = cfg->targets[k] && isatty(fileno(cfg->targets[k]));
	signal(SIGPIPE, SIG_IGN);
	p.slots = calloc(cfg->njobs ? cfg->njobs : 1, sizeof *p.slots);
	tids = calloc((size_t)n, sizeof *tids);
	if (!p.slots || !tids) {
		free(p.slots);
		free(tids);
		pool_warn("out of memory");
		return -1;
	}
	pthread_mutex_init(&p.mu, NULL);
	pthread_cond_init(&p.cv, NULL);
	pthread_mutex_init(&p.out_mu, NULL);
	g_pool = &p;
	atomic_store(&g_bytes, 0);
	atomic_store(&g_files, 0);
	pthread_mutex_lock(&p.mu);
	for (i = 0; i < n; i++) {
		if (pthread_create(&tids[i], NULL, worker, &p) != 0)
			break;
		p.running++;
		started++;
	}
	if (!started) {
		/* No thread: do the work here. */
		p.running = 1;
		pthread_mutex_unlock(&p.mu);
		worker(&p);
		pthread_mutex_lock(&p.mu);
	}
	while (p.running > 0) {
		struct timespec ts;
		clock_gettime(CLOCK_REALTIME, &ts);
		ts.tv_nsec += 250 * 1000000L;
		if (ts.tv_nsec >= 1000000000L) {
			ts.tv_sec++;
			ts.tv_nsec -= 1000000000L;
		}
		pthread_cond_timedwait(&p.cv, &p.mu, &ts);
		if (show && p.running > 0) {
			double el = now_seconds() - t0;
			if (el >= 2.0) {
				pthread_mutex_unlock(&p.mu);
				progress_draw(&p, el);
				pthread_mutex_lock(&p.mu);
			}
		}
	}
	pthread_mutex_unlock(&p.mu);
	for (i = 0; i < started; i++)
		pthread_join(tids[i], NULL);
	pthread_mutex_lock(&g_err_mu);
	progress_erase_locked();
	pthread_mutex_unlock(&g_err_mu);
	for (i = 0; (size_t)i < cfg->njobs; i++)
		if (p.slots[i])
			jout_free(p.slots[i]);
	jout_flush_targets(&p);
	g_pool = NULL;
	pthread_mutex_destroy(&p.mu);
	pthread_cond_destroy(&p.cv);
	pthread_mutex_destroy(&p.out_mu);
	free(p.slots);
	free(tids);
	return p.write_failed ? -1 : 0;
}
