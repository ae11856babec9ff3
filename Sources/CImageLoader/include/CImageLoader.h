#ifndef QUIRE_IMAGE_LOADER_H
#define QUIRE_IMAGE_LOADER_H

#include <stddef.h>

/// The formats `quire_convert_image` reads: those a browser shows but an EPUB 3.2 book cannot
/// carry.
typedef enum {
    QUIRE_IMAGE_WEBP = 1,
    QUIRE_IMAGE_AVIF = 2,
    QUIRE_IMAGE_HEIC = 3,
    QUIRE_IMAGE_BMP = 4,
    QUIRE_IMAGE_TIFF = 5,
    QUIRE_IMAGE_JPEG = 6,
    QUIRE_IMAGE_PNG = 7,
} quire_image_format;

/// Decodes `length` bytes of `format` with libgd, scales the picture down so that its longer
/// side is at most `max_side` pixels (0: as it is), and encodes it as JPEG (quality 85) when
/// `as_jpeg`, else as PNG with its transparency. On success returns 1 and sets `*output`
/// (free it with `quire_converted_image_free`) and `*output_length`; otherwise returns 0 with
/// `error` saying why. libgd (libgd3, on Debian with WebP, AVIF, HEIF and TIFF support) is loaded
/// on first use; without it nothing is converted.
int quire_convert_image(const unsigned char *bytes, size_t length, quire_image_format format, int max_side, int as_jpeg,
                        unsigned char **output, size_t *output_length, char error[160]);

void quire_converted_image_free(unsigned char *output);

#endif
