// For the picture tests only: what libvips decodes a rendition to, so that a test can look at
// its pixels and its metadata without trusting the code that made it.
#include <vips/vips.h>

// The pixel at (x, y) of an encoded picture, its first three bands in `rgb`; 0 on success.
static inline int sahifa_probe_pixel(const void *bytes, size_t length, int x, int y, double rgb[3]) {
    VipsImage *image = vips_image_new_from_buffer(bytes, length, "", NULL);
    if (!image) return -1;
    double *values = NULL;
    int count = 0;
    int failed = vips_getpoint(image, &values, &count, x, y, NULL);
    g_object_unref(image);
    if (failed || count < 3) { g_free(values); return -1; }
    for (int band = 0; band < 3; band++) rgb[band] = values[band];
    g_free(values);
    return 0;
}

// Whether an encoded picture still carries a metadata field (exif-data, xmp-data, iptc-data,
// icc-profile-data, or one EXIF tag such as exif-ifd3-GPSLatitude); -1 when it cannot be read.
static inline int sahifa_probe_has_field(const void *bytes, size_t length, const char *field) {
    VipsImage *image = vips_image_new_from_buffer(bytes, length, "", NULL);
    if (!image) return -1;
    int has = vips_image_get_typeof(image, field) != 0;
    g_object_unref(image);
    return has;
}

// A metadata field of an encoded picture as libvips prints it (an EXIF tag's value, then its
// type in parentheses), or NULL when it has none. Free the result with g_free.
static inline char *sahifa_probe_text(const void *bytes, size_t length, const char *field) {
    VipsImage *image = vips_image_new_from_buffer(bytes, length, "", NULL);
    if (!image) return NULL;
    const char *value = NULL;
    char *copy = NULL;
    if (vips_image_get_typeof(image, field) != 0 && vips_image_get_string(image, field, &value) == 0)
        copy = g_strdup(value);
    g_object_unref(image);
    return copy;
}

// An encoded picture re-encoded as a phone or a press photographer would send it, for the
// tests' inputs: "cmyk" (a CMYK JPEG, as from print workflows), "png16" (a 16-bit PNG),
// "heif" (HEIC/AVIF, as phones send). Free the result with g_free; NULL on failure.
static inline void *sahifa_probe_reencode(const void *bytes, size_t length, const char *as, size_t *out_length) {
    VipsImage *image = vips_image_new_from_buffer(bytes, length, "", NULL);
    if (!image) return NULL;
    VipsImage *converted = NULL;
    void *out = NULL;
    int failed = 0;
    if (!strcmp(as, "cmyk")) {
        failed = vips_colourspace(image, &converted, VIPS_INTERPRETATION_CMYK, NULL)
            || vips_jpegsave_buffer(converted, &out, out_length, "Q", 90, NULL);
    } else if (!strcmp(as, "png16")) {
        failed = vips_colourspace(image, &converted, VIPS_INTERPRETATION_RGB16, NULL)
            || vips_pngsave_buffer(converted, &out, out_length, "bitdepth", 16, NULL);
    } else if (!strcmp(as, "heif")) {
        failed = vips_heifsave_buffer(image, &out, out_length, "Q", 80, NULL);
    } else {
        failed = 1;
    }
    if (converted) g_object_unref(converted);
    g_object_unref(image);
    return failed ? NULL : out;
}
