import CVipsProbe
import SahifaPictures

/// The probes of `CVipsProbe`, called only once Sahifa has started libvips. A probe called
/// first would start libvips by itself, on its own thread, while a test on another thread
/// starts it through Sahifa: libvips's start is not safe to run twice at once, and a probe's
/// start keeps the operation cache and loaders that Sahifa turns off.
enum VipsProbe {
    private static let started: Void = { _ = try? PictureHeader(of: [0], pixelLimit: 1) }()

    static func hasField(_ bytes: UnsafeRawPointer?, _ length: Int, _ field: String) -> Int32 {
        started
        return sahifa_probe_has_field(bytes, length, field)
    }

    static func text(_ bytes: UnsafeRawPointer?, _ length: Int, _ field: String) -> UnsafeMutablePointer<CChar>? {
        started
        return sahifa_probe_text(bytes, length, field)
    }

    static func pixel(
        _ bytes: UnsafeRawPointer?, _ length: Int, _ x: Int32, _ y: Int32, _ rgb: UnsafeMutablePointer<Double>
    ) -> Int32 {
        started
        return sahifa_probe_pixel(bytes, length, x, y, rgb)
    }

    static func reencode(_ bytes: UnsafeRawPointer?, _ length: Int, _ kind: String, _ out: inout Int)
        -> UnsafeMutableRawPointer?
    {
        started
        return sahifa_probe_reencode(bytes, length, kind, &out)
    }
}
