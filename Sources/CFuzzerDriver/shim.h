// libFuzzer's driver, for executables that have their own `main` (SwiftPM gives every executable
// one, so `-sanitize=fuzzer`'s own `main` cannot be used: design/platform-notes.md section 6).
// Nothing here is linked: `-sanitize=fuzzer` brings the definition, and only builds with
// -DFUZZING call it.
#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*UserCb)(const uint8_t *Data, size_t Size));
