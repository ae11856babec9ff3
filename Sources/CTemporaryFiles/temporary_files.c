// Swift cannot run code safely inside a signal handler (its globals and allocations are not
// async-signal-safe), so the list of files to remove lives here, in fixed storage, and the
// handler only calls unlink(2), sigaction(2) and raise(3).

#include "CTemporaryFiles.h"

#include <limits.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>

// More slots than conversions a batch runs at once; a file without one is still removed by the
// next run's clean-up.
#define SLOTS 256

static char paths[SLOTS][PATH_MAX];
static int in_use[SLOTS];  // 0 free, 1 claimed while the path is copied, 2 remembered

int quire_temporary_remember(const char *path) {
    if (strlen(path) >= PATH_MAX) return -1;
    for (int slot = 0; slot < SLOTS; slot++) {
        int expected = 0;
        if (__atomic_compare_exchange_n(&in_use[slot], &expected, 1, 0, __ATOMIC_ACQ_REL, __ATOMIC_RELAXED)) {
            strcpy(paths[slot], path);
            __atomic_store_n(&in_use[slot], 2, __ATOMIC_RELEASE);
            return slot;
        }
    }
    return -1;
}

void quire_temporary_forget(int slot) {
    if (slot >= 0 && slot < SLOTS) __atomic_store_n(&in_use[slot], 0, __ATOMIC_RELEASE);
}

void quire_temporary_remove_all(void) {
    for (int slot = 0; slot < SLOTS; slot++) {
        if (__atomic_load_n(&in_use[slot], __ATOMIC_ACQUIRE) == 2) unlink(paths[slot]);
    }
}

static void remove_and_die(int signal_number) {
    quire_temporary_remove_all();
    struct sigaction fallback;
    memset(&fallback, 0, sizeof fallback);
    fallback.sa_handler = SIG_DFL;
    sigaction(signal_number, &fallback, NULL);
    raise(signal_number);
}

void quire_temporary_remove_on_signals(void) {
    const int signals[] = {SIGINT, SIGTERM, SIGHUP};
    // A process started from a thread that blocks these signals inherits the mask; the handler
    // is no use while they stay blocked.
    sigset_t handled;
    sigemptyset(&handled);
    for (unsigned index = 0; index < sizeof signals / sizeof signals[0]; index++) sigaddset(&handled, signals[index]);
    sigprocmask(SIG_UNBLOCK, &handled, NULL);
    for (unsigned index = 0; index < sizeof signals / sizeof signals[0]; index++) {
        struct sigaction action;
        // A signal the process was started with ignored (`nohup`, `&` in a script) stays ignored.
        if (sigaction(signals[index], NULL, &action) == 0 && action.sa_handler == SIG_IGN) continue;
        memset(&action, 0, sizeof action);
        action.sa_handler = remove_and_die;
        sigemptyset(&action.sa_mask);
        sigaction(signals[index], &action, NULL);
    }
}
