/// The parsers that read what outsiders send, each with the properties a fuzzed input must
/// keep. `Fuzz/` drives them under libFuzzer with the address sanitizer (`scripts/fuzz`), and
/// `FuzzRegressionTests` runs every committed seed and past crash through them in `swift test`,
/// so one check serves both.
public enum FuzzTarget: String, CaseIterable, Sendable {
    case body
    case arabicText = "arabic-text"
    case searchQuery = "search-query"
    case multipart
    case queryString = "query-string"
    case picture
    case pictureDecoding = "picture-decoding"
    case pictureMetadata = "picture-metadata"
    case renditionName = "rendition-name"
    case wordpressExport = "wordpress-export"
    case wordpressBody = "wordpress-body"

    /// What the input broke, empty when every property held. A crash or a sanitizer report is
    /// a failure too, and the fuzzer records it without asking.
    public func problems(for input: [UInt8]) -> [String] {
        switch self {
        case .body: BodyChecks.problems(for: input)
        case .arabicText: ArabicTextChecks.problems(for: input)
        case .searchQuery: SearchQueryChecks.problems(for: input)
        case .multipart: MultipartChecks.problems(for: input)
        case .queryString: QueryStringChecks.problems(for: input)
        case .picture: PictureChecks.problems(for: input)
        case .pictureDecoding: PictureDecodingChecks.problems(for: input)
        case .pictureMetadata: PictureMetadataChecks.problems(for: input)
        case .renditionName: RenditionNameChecks.problems(for: input)
        case .wordpressExport: WordPressExportChecks.problems(for: input)
        case .wordpressBody: WordPressBodyChecks.problems(for: input)
        }
    }
}
