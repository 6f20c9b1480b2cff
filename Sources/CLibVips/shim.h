// libvips's calls take their options as NULL-ended variadic lists, which Swift cannot make.
// Each call Sahifa uses is wrapped here with fixed arguments, as static inline functions: a
// system-library target compiles no C of its own.
#include <vips/vips.h>

// The loaders a newsroom's pictures need, and no others: libvips can also read SVG, PDF,
// TIFF, FITS and, through ImageMagick, almost anything, which is more surface than a public
// upload form should reach.
static inline int sahifa_vips_start(void) {
    if (vips_init("sahifa") != 0) return -1;
    vips_block_untrusted_set(TRUE);
    vips_operation_block_set("VipsForeignLoad", TRUE);
    vips_operation_block_set("VipsForeignLoadJpeg", FALSE);
    vips_operation_block_set("VipsForeignLoadPng", FALSE);
    vips_operation_block_set("VipsForeignLoadWebp", FALSE);
    vips_operation_block_set("VipsForeignLoadNsgif", FALSE);
    vips_operation_block_set("VipsForeignLoadHeif", FALSE);
    // Every rendition is made from new bytes once; keeping operations around only holds memory.
    vips_cache_set_max(0);
    return 0;
}

// The picture's header only: pixels are decoded when something asks for them.
static inline VipsImage *sahifa_vips_open(const void *bytes, size_t length) {
    return vips_image_new_from_buffer(bytes, length, "", "access", VIPS_ACCESS_SEQUENTIAL,
                                      "fail_on", VIPS_FAIL_ON_ERROR, NULL);
}

// A copy of a metadata block the loader found (iptc-data, xmp-data), or NULL; free it with
// g_free.
static inline void *sahifa_vips_copy_blob(VipsImage *image, const char *name, size_t *length) {
    const void *blob = NULL;
    if (vips_image_get_typeof(image, name) == 0 || vips_image_get_blob(image, name, &blob, length) != 0) {
        vips_error_clear();
        return NULL;
    }
    return g_memdup2(blob, *length);
}

// Decodes every pixel, streaming, and says whether that went to the end without an error: a
// picture cut short or corrupt half-way has a sound header, and libvips only finds out here.
static inline int sahifa_vips_decodes(const void *bytes, size_t length) {
    VipsImage *image = sahifa_vips_open(bytes, length);
    if (!image) return 0;
    double average = 0;
    int failed = vips_avg(image, &average, NULL);
    g_object_unref(image);
    return failed == 0;
}

// Shrunk to fit within width × height (never enlarged), turned upright by its EXIF orientation
// and in sRGB; `crop` is a VipsInteresting, VIPS_INTERESTING_NONE to keep it whole. A picture
// with an embedded profile goes through it to sRGB, libvips's default. Naming sRGB as the
// export profile would send every picture through lcms, and libvips 8.14 then overruns a
// buffer on some damaged GIFs (found by the picture-decoding fuzz target).
static inline VipsImage *sahifa_vips_thumbnail(const void *bytes, size_t length, int width, int height,
                                               int crop) {
    VipsImage *out = NULL;
    if (vips_thumbnail_buffer((void *)bytes, length, &out, width, "height", height, "size", VIPS_SIZE_DOWN,
                              "crop", (VipsInteresting)crop, "fail_on", VIPS_FAIL_ON_ERROR, NULL) != 0) return NULL;
    return out;
}

static inline VipsImage *sahifa_vips_extract(VipsImage *in, int left, int top, int width, int height) {
    VipsImage *out = NULL;
    if (vips_extract_area(in, &out, left, top, width, height, NULL) != 0) return NULL;
    return out;
}

// EXIF (with GPS and maker notes), XMP and IPTC taken off the image itself before it is
// encoded: the savers' own `strip` is not enough, since libvips 8.14's WebP saver writes EXIF
// through it.
static inline void sahifa_vips_drop_metadata(VipsImage *image) {
    gchar **fields = vips_image_get_fields(image);
    for (int index = 0; fields[index]; index++) {
        const char *field = fields[index];
        if (vips_isprefix("exif-", field) || vips_isprefix("xmp-", field) || vips_isprefix("iptc-", field)
            || vips_isprefix("ipct-", field) || vips_isprefix("png-comment-", field) || !strcmp(field, "orientation"))
            vips_image_remove(image, field);
    }
    g_strfreev(fields);
}

// After the metadata is dropped, the one line a rendition keeps: its copyright, as an XMP
// packet the caller makes (`xmp`, `xmp_length`) and, when it is ASCII, EXIF's Copyright tag,
// which libvips's savers write (with the resolution and an upright orientation) when they are
// not told to strip. A NULL packet keeps nothing. Returns the savers' `strip`.
static inline gboolean sahifa_vips_keep_copyright(VipsImage *image, const char *exif, const void *xmp,
                                                  size_t xmp_length) {
    sahifa_vips_drop_metadata(image);
    if (!xmp) return TRUE;
    vips_image_set_blob_copy(image, "xmp-data", xmp, xmp_length);
    if (exif) vips_image_set_string(image, "exif-ifd0-Copyright", exif);
    return FALSE;
}

// JPEG has no transparency: a picture with an alpha channel is laid on white first.
static inline int sahifa_vips_save_jpeg(VipsImage *in, int quality, const char *exif, const void *xmp,
                                        size_t xmp_length, void **bytes, size_t *length) {
    gboolean strip = sahifa_vips_keep_copyright(in, exif, xmp, xmp_length);
    VipsImage *flat = NULL;
    if (vips_image_hasalpha(in)) {
        VipsArrayDouble *white = vips_array_double_newv(1, 255.0);
        int failed = vips_flatten(in, &flat, "background", white, NULL);
        vips_area_unref(VIPS_AREA(white));
        if (failed) return -1;
        in = flat;
    }
    int result = vips_jpegsave_buffer(in, bytes, length, "Q", quality, "strip", strip, "optimize_coding", TRUE,
                                      "interlace", TRUE, NULL);
    if (flat) g_object_unref(flat);
    return result;
}

static inline int sahifa_vips_save_webp(VipsImage *in, int quality, const char *exif, const void *xmp,
                                        size_t xmp_length, void **bytes, size_t *length) {
    gboolean strip = sahifa_vips_keep_copyright(in, exif, xmp, xmp_length);
    return vips_webpsave_buffer(in, bytes, length, "Q", quality, "strip", strip, NULL);
}

static inline int sahifa_vips_save_avif(VipsImage *in, int quality, int effort, const char *exif, const void *xmp,
                                        size_t xmp_length, void **bytes, size_t *length) {
    gboolean strip = sahifa_vips_keep_copyright(in, exif, xmp, xmp_length);
    return vips_heifsave_buffer(in, bytes, length, "Q", quality, "compression", VIPS_FOREIGN_HEIF_COMPRESSION_AV1,
                                "effort", effort, "strip", strip, NULL);
}

static inline void sahifa_vips_release(VipsImage *image) { g_object_unref(image); }
