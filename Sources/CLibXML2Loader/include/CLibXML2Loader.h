#ifndef QUIRE_LIBXML2_LOADER_H
#define QUIRE_LIBXML2_LOADER_H

/// libxml2's HTML parser, loaded from libxml2.so.2 on the first page. Parses `length` bytes of
/// UTF-8 HTML with libxml2's `options`, printing nothing, and returns the `htmlDocPtr`. It is
/// NULL either when libxml2 gave no document, or, with `*failure` set, when libxml2 could not
/// be loaded.
void *_Nullable quire_html_read(const char *_Nullable bytes, int length, int options,
                                const char *_Nullable *_Nonnull failure);

/// Frees a document `quire_html_read` returned.
void quire_html_free(void *_Nullable document);

#endif
