#ifndef QUIRE_TEMPORARY_FILES_H
#define QUIRE_TEMPORARY_FILES_H

/// The temporary files quire is writing, kept where a signal handler can reach them: Ctrl-C,
/// SIGTERM or SIGHUP in the middle of a conversion removes them before the process ends, so an
/// interrupted `convert` leaves nothing behind.

/// Remembers `path` until `quire_temporary_forget` is called with the slot returned; -1 when
/// every slot is taken (the file is then left to the next run's clean-up).
int quire_temporary_remember(const char *path);

/// Forgets a slot that `quire_temporary_remember` returned (a negative slot is ignored).
void quire_temporary_forget(int slot);

/// Removes every remembered file. Async-signal-safe.
void quire_temporary_remove_all(void);

/// On SIGINT, SIGTERM and SIGHUP: remove the remembered files, then die of the signal as before.
void quire_temporary_remove_on_signals(void);

#endif
