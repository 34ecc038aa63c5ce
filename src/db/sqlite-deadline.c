/*
 * A deadline for the statements of one SQLite connection, so a reader thread can stop a query that runs
 * past QUERY_TIMEOUT_MS (see sqlite-deadline.ts). better-sqlite3 exposes no way to stop a running
 * statement, and its SQLite is built without progress callbacks (SQLITE_OMIT_PROGRESS_CALLBACK), so this
 * loadable extension gives each connection a watchdog thread that calls sqlite3_interrupt() -- which SQLite
 * documents as safe to call from another thread -- once the deadline passes. The running statement then
 * fails with SQLITE_INTERRUPT. SQL: ll2_deadline(epoch_ms) sets the deadline, ll2_deadline(0) clears it.
 * An interrupt that arrives after the statement ended has no effect on later statements (SQLite resets it
 * when the next statement starts with none running).
 */
#include "sqlite3ext.h"
SQLITE_EXTENSION_INIT1
#include <pthread.h>
#include <time.h>

typedef struct {
  sqlite3 *db;
  pthread_t thread;
  pthread_mutex_t lock;
  pthread_cond_t changed;
  double deadline_ms; /* 0: none */
  double waiting_until; /* the deadline the watchdog sleeps until; 0: it sleeps until told */
  int stop;
} Watchdog;

static double now_ms(void) {
  struct timespec ts;
  clock_gettime(CLOCK_REALTIME, &ts);
  return (double)ts.tv_sec * 1000.0 + (double)ts.tv_nsec / 1e6;
}

static void *watch(void *p) {
  Watchdog *w = (Watchdog *)p;
  pthread_mutex_lock(&w->lock);
  while (!w->stop) {
    if (w->deadline_ms <= 0) {
      w->waiting_until = 0;
      pthread_cond_wait(&w->changed, &w->lock);
      continue;
    }
    struct timespec at;
    double ms = w->deadline_ms;
    w->waiting_until = ms;
    at.tv_sec = (time_t)(ms / 1000.0);
    at.tv_nsec = (long)((ms - (double)at.tv_sec * 1000.0) * 1e6);
    if (at.tv_nsec < 0) at.tv_nsec = 0;
    if (at.tv_nsec > 999999999) at.tv_nsec = 999999999;
    /* CLOCK_REALTIME, the clock pthread_cond_timedwait uses by default, as Date.now() in JavaScript */
    pthread_cond_timedwait(&w->changed, &w->lock, &at);
    /* woken early (a new deadline, or stop) or at `ms`: a read still bound by a passed deadline is stopped */
    if (!w->stop && w->deadline_ms > 0 && w->deadline_ms <= now_ms()) {
      sqlite3_interrupt(w->db);
      w->deadline_ms = 0;
    }
  }
  pthread_mutex_unlock(&w->lock);
  return 0;
}

/*
 * Deadlines are set for every read, so the watchdog is woken only when it must be: when it sleeps until told
 * (idle) or until a later time than the new deadline. A cleared or later deadline needs no wake-up: the
 * watchdog finds it when its current sleep ends (a deadline is always now + the same limit).
 */
static void set_deadline(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  Watchdog *w = (Watchdog *)sqlite3_user_data(ctx);
  double ms = sqlite3_value_double(argv[0]);
  (void)argc;
  pthread_mutex_lock(&w->lock);
  w->deadline_ms = ms;
  if (ms > 0 && (w->waiting_until <= 0 || ms < w->waiting_until)) pthread_cond_signal(&w->changed);
  pthread_mutex_unlock(&w->lock);
  sqlite3_result_null(ctx);
}

/* SQLite calls this when the connection closes (the function owns the watchdog). */
static void destroy(void *p) {
  Watchdog *w = (Watchdog *)p;
  pthread_mutex_lock(&w->lock);
  w->stop = 1;
  pthread_cond_signal(&w->changed);
  pthread_mutex_unlock(&w->lock);
  pthread_join(w->thread, 0);
  pthread_cond_destroy(&w->changed);
  pthread_mutex_destroy(&w->lock);
  sqlite3_free(w);
}

#ifdef _WIN32
__declspec(dllexport)
#endif
int sqlite3_extension_init(sqlite3 *db, char **err, const sqlite3_api_routines *api) {
  Watchdog *w;
  (void)err;
  SQLITE_EXTENSION_INIT2(api);
  w = (Watchdog *)sqlite3_malloc(sizeof *w);
  if (!w) return SQLITE_NOMEM;
  w->db = db;
  w->deadline_ms = 0;
  w->waiting_until = 0;
  w->stop = 0;
  pthread_mutex_init(&w->lock, 0);
  pthread_cond_init(&w->changed, 0);
  if (pthread_create(&w->thread, 0, watch, w) != 0) {
    pthread_cond_destroy(&w->changed);
    pthread_mutex_destroy(&w->lock);
    sqlite3_free(w);
    return SQLITE_ERROR;
  }
  return sqlite3_create_function_v2(db, "ll2_deadline", 1, SQLITE_UTF8, w, set_deadline, 0, 0, destroy);
}
