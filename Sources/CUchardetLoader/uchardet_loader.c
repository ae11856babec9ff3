// uchardet through dlopen, like libxml2 and libzip: only a page that declares no character set
// and is not UTF-8 needs it, so other conversions never pay for loading it. The declarations
// come from uchardet's own header, so the compiler checks every signature.

#include "CUchardetLoader.h"

#include <dlfcn.h>
#include <pthread.h>
#include <string.h>
#include <uchardet/uchardet.h>

static struct {
    uchardet_t (*create)(void);
    void (*delete)(uchardet_t);
    int (*handle_data)(uchardet_t, const char *, size_t);
    void (*data_end)(uchardet_t);
    const char *(*get_charset)(uchardet_t);
} functions;
static int loaded;
static pthread_once_t once = PTHREAD_ONCE_INIT;

static void load(void) {
    void *library = dlopen("libuchardet.so.0", RTLD_LAZY | RTLD_LOCAL);
    if (!library) return;
    *(void **)&functions.create = dlsym(library, "uchardet_new");
    *(void **)&functions.delete = dlsym(library, "uchardet_delete");
    *(void **)&functions.handle_data = dlsym(library, "uchardet_handle_data");
    *(void **)&functions.data_end = dlsym(library, "uchardet_data_end");
    *(void **)&functions.get_charset = dlsym(library, "uchardet_get_charset");
    loaded = functions.create && functions.delete && functions.handle_data && functions.data_end
             && functions.get_charset;
}

int quire_detect_charset(const void *bytes, size_t length, char *name, size_t capacity) {
    pthread_once(&once, load);
    if (!loaded) return -1;
    uchardet_t detector = functions.create();
    if (!detector) return 0;
    int found = 0;
    if (functions.handle_data(detector, bytes, length) == 0) {
        functions.data_end(detector);
        const char *charset = functions.get_charset(detector);
        if (charset && *charset && strlen(charset) < capacity) {
            strcpy(name, charset);
            found = 1;
        }
    }
    functions.delete(detector);
    return found;
}
