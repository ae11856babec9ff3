// libgd through dlopen, like libcurl and libzip: only a book with a WebP or AVIF picture pays
// for loading it and its codecs, and building quire needs no gd headers. The few declarations
// used are libgd 2.3's stable ABI (gd.h).

#include "CImageLoader.h"

#include <dlfcn.h>
#include <limits.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

/// The start of libgd's `gdImage` struct, whose `gdImageSX`/`gdImageSY` are macros.
typedef struct {
    unsigned char **pixels;
    int sx;
    int sy;
} gd_image_header;

typedef void *gd_image;
static struct {
    gd_image (*from_webp)(int, void *);
    gd_image (*from_avif)(int, void *);
    gd_image (*from_heif)(int, void *);
    gd_image (*from_bmp)(int, void *);
    gd_image (*from_tiff)(int, void *);
    gd_image (*from_jpeg)(int, void *);
    gd_image (*from_png)(int, void *);
    gd_image (*scale)(gd_image, unsigned int, unsigned int);
    void *(*png)(gd_image, int *);
    void *(*jpeg)(gd_image, int *, int);
    void (*save_alpha)(gd_image, int);
    void (*destroy)(gd_image);
    void (*free)(void *);
    const char *load_error;
} gd;

static pthread_once_t gd_once = PTHREAD_ONCE_INIT;

/// libgd prints its complaints about a broken image to standard error; quire gives its own
/// one-line warning instead.
static void ignore_gd_message(int priority, const char *format, va_list arguments) {
    (void)priority;
    (void)format;
    (void)arguments;
}

static void load_gd(void) {
    void *library = dlopen("libgd.so.3", RTLD_LAZY | RTLD_LOCAL);
    if (!library) {
        gd.load_error = "libgd, which converts it, could not be loaded (libgd.so.3; Debian package libgd3)";
        return;
    }
    *(void **)&gd.from_webp = dlsym(library, "gdImageCreateFromWebpPtr");
    *(void **)&gd.from_avif = dlsym(library, "gdImageCreateFromAvifPtr");
    *(void **)&gd.from_heif = dlsym(library, "gdImageCreateFromHeifPtr");
    *(void **)&gd.from_bmp = dlsym(library, "gdImageCreateFromBmpPtr");
    *(void **)&gd.from_tiff = dlsym(library, "gdImageCreateFromTiffPtr");
    *(void **)&gd.from_jpeg = dlsym(library, "gdImageCreateFromJpegPtr");
    *(void **)&gd.from_png = dlsym(library, "gdImageCreateFromPngPtr");
    *(void **)&gd.scale = dlsym(library, "gdImageScale");
    *(void **)&gd.png = dlsym(library, "gdImagePngPtr");
    *(void **)&gd.jpeg = dlsym(library, "gdImageJpegPtr");
    *(void **)&gd.save_alpha = dlsym(library, "gdImageSaveAlpha");
    *(void **)&gd.destroy = dlsym(library, "gdImageDestroy");
    *(void **)&gd.free = dlsym(library, "gdFree");
    if (!gd.png || !gd.jpeg || !gd.save_alpha || !gd.destroy || !gd.free) {
        gd.load_error = "the libgd found lacks functions quire needs";
        return;
    }
    void (*set_error_method)(void (*)(int, const char *, va_list)) = NULL;
    *(void **)&set_error_method = dlsym(library, "gdSetErrorMethod");
    if (set_error_method) set_error_method(ignore_gd_message);
}

int quire_convert_image(const unsigned char *bytes, size_t length, quire_image_format format, int max_side, int as_jpeg,
                        unsigned char **output, size_t *output_length, char error[160]) {
    *output = NULL;
    *output_length = 0;
    pthread_once(&gd_once, load_gd);
    if (gd.load_error) {
        snprintf(error, 160, "%s", gd.load_error);
        return 0;
    }
    gd_image (*decode)(int, void *) = NULL;
    switch (format) {
    case QUIRE_IMAGE_WEBP: decode = gd.from_webp; break;
    case QUIRE_IMAGE_AVIF: decode = gd.from_avif; break;
    case QUIRE_IMAGE_HEIC: decode = gd.from_heif; break;
    case QUIRE_IMAGE_BMP: decode = gd.from_bmp; break;
    case QUIRE_IMAGE_TIFF: decode = gd.from_tiff; break;
    case QUIRE_IMAGE_JPEG: decode = gd.from_jpeg; break;
    case QUIRE_IMAGE_PNG: decode = gd.from_png; break;
    }
    if (!decode) {
        snprintf(error, 160, "the libgd found cannot read this format");
        return 0;
    }
    if (length > INT_MAX) {
        snprintf(error, 160, "too large to convert");
        return 0;
    }
    gd_image image = decode((int)length, (void *)bytes);
    if (!image) {
        snprintf(error, 160, "could not be decoded");
        return 0;
    }
    int width = ((gd_image_header *)image)->sx, height = ((gd_image_header *)image)->sy;
    int longer = width > height ? width : height;
    if (max_side > 0 && longer > max_side && gd.scale) {
        unsigned int new_width = (unsigned int)((long long)width * max_side / longer);
        unsigned int new_height = (unsigned int)((long long)height * max_side / longer);
        gd_image scaled = gd.scale(image, new_width ? new_width : 1, new_height ? new_height : 1);
        if (scaled) {
            gd.destroy(image);
            image = scaled;
        }
    }
    int size = 0;
    void *encoded;
    if (as_jpeg) {
        encoded = gd.jpeg(image, &size, 85);
    } else {
        gd.save_alpha(image, 1);
        encoded = gd.png(image, &size);
    }
    gd.destroy(image);
    if (!encoded || size <= 0) {
        if (encoded) gd.free(encoded);
        snprintf(error, 160, "could not be converted");
        return 0;
    }
    *output = encoded;
    *output_length = (size_t)size;
    return 1;
}

void quire_converted_image_free(unsigned char *output) {
    if (output && gd.free) gd.free(output);
}
