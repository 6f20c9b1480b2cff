import SahifaCore

/// Why an API request was refused, in terms an integrator can act on.
enum APIError: Error, Sendable, Hashable {
    /// A required query parameter is absent or empty.
    case missingParameter(String)
    /// A parameter is present but unusable; `expected` says what would do.
    case invalidParameter(String, expected: String)
    /// No bearer token, or one the site does not know.
    case notAuthenticated
    /// The token lacks the scope this call needs.
    case insufficientScope(TokenScope)
    /// The uploaded bytes are not a JPEG, PNG, WebP, GIF, HEIC or AVIF.
    case unsupportedPicture
    /// The picture is cut short or does not decode.
    case damagedPicture
    /// Another file is hidden after the picture.
    case hiddenDataInPicture
    /// The picture says it has more pixels than the site accepts.
    case tooManyPixels(width: Int, height: Int, limit: Int)
    /// No picture in the library with that hash.
    case pictureNotFound
    /// No breaking item on air with that id.
    case breakingItemNotFound
    /// The address is the API's, but not for this method.
    case methodNotAllowed(allowed: [String])
}
