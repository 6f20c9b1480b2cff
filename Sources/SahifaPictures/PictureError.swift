import SahifaCore

/// Why a picture cannot be taken or a rendition made, in words an editor can act on.
public enum PictureError: Error, Sendable, Hashable {
    /// The bytes are none of the kinds a newsroom sends (JPEG, PNG, WebP, GIF, HEIC/AVIF).
    case notAPicture
    /// Its header declares more pixels than the limit: refused before anything is decoded.
    case tooManyPixels(width: Int, height: Int, limit: Int)
    /// It starts like a picture but cannot be decoded to its end (cut short, or corrupt).
    case damaged(reason: String)
    /// Bytes after the picture that are not part of it: another file hidden inside (see
    /// `PictureEnd`).
    case hiddenData(byteCount: Int)
    case encodingFailed(format: RenditionFormat, reason: String)
    case unavailable(reason: String)
}
