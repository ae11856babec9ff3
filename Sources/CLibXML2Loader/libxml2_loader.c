// libxml2 through dlopen: linking it made every quire process load it with ICU (0.3-0.5 ms of
// CPU, a tenth of start-up) though only HTML input uses it. The Swift side reads the
// parsed tree through libxml2's own headers (CLibXML2); only the calls go through here.

#include "CLibXML2Loader.h"

#include <dlfcn.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <pthread.h>

static struct {
    void (*init_parser)(void);
    void (*set_structured_error_func)(void *, xmlStructuredErrorFunc);
    htmlDocPtr (*read_memory)(const char *, int, const char *, const char *, int);
    void (*free_doc)(xmlDocPtr);
    const char *load_failure;
} libxml2;

// The pointers' types are libxml2's own, checked here without referring to the symbols.
_Static_assert(__builtin_types_compatible_p(__typeof__(&xmlInitParser), __typeof__(libxml2.init_parser)), "xmlInitParser");
_Static_assert(__builtin_types_compatible_p(__typeof__(&xmlSetStructuredErrorFunc),
                                            __typeof__(libxml2.set_structured_error_func)), "xmlSetStructuredErrorFunc");
_Static_assert(__builtin_types_compatible_p(__typeof__(&htmlReadMemory), __typeof__(libxml2.read_memory)), "htmlReadMemory");
_Static_assert(__builtin_types_compatible_p(__typeof__(&xmlFreeDoc), __typeof__(libxml2.free_doc)), "xmlFreeDoc");

static pthread_once_t libxml2_once = PTHREAD_ONCE_INIT;

static void *find(void *library, const char *name) {
    void *function = dlsym(library, name);
    if (!function) libxml2.load_failure = "the libxml2 found (libxml2.so.2) lacks functions quire needs";
    return function;
}

static void load_libxml2(void) {
    void *library = dlopen("libxml2.so.2", RTLD_LAZY | RTLD_LOCAL);
    if (!library) {
        libxml2.load_failure = "HTML input needs libxml2, which could not be loaded (libxml2.so.2; Debian package libxml2)";
        return;
    }
    *(void **)&libxml2.init_parser = find(library, "xmlInitParser");
    *(void **)&libxml2.set_structured_error_func = find(library, "xmlSetStructuredErrorFunc");
    *(void **)&libxml2.read_memory = find(library, "htmlReadMemory");
    *(void **)&libxml2.free_doc = find(library, "xmlFreeDoc");
    if (!libxml2.load_failure) libxml2.init_parser();
}

static void ignore_error(void *context, xmlErrorPtr error) {
    (void)context;
    (void)error;
}

void *quire_html_read(const char *bytes, int length, int options, const char **failure) {
    pthread_once(&libxml2_once, load_libxml2);
    *failure = libxml2.load_failure;
    if (libxml2.load_failure) return NULL;
    // Some messages (encoding errors) are printed despite HTML_PARSE_NOERROR; the handler is
    // per thread, so it is set next to each parse.
    libxml2.set_structured_error_func(NULL, ignore_error);
    return libxml2.read_memory(bytes, length, NULL, "UTF-8", options);
}

void quire_html_free(void *document) {
    if (document && libxml2.free_doc) libxml2.free_doc(document);
}
