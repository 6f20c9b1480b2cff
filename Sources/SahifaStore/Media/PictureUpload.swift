import Foundation
import SahifaCore
import SahifaPictures

/// A picture as the media library or API v1 receives it: the one set of rules both doors
/// apply, and the one way it is kept (the file under its hash, then its record).
public struct PictureUpload: Sendable {
    public var bytes: [UInt8]
    public var alt: String
    public var caption: String
    public var credit: String
    /// The most pixels a picture may have (width × height, read from its header).
    public var maxPixels: Int

    /// Most newsroom cameras make 20 to 50 megapixels; a file that says it has more than this
    /// is refused before anything is kept (a small file can declare an enormous picture).
    public static let defaultMaxPixels = 100_000_000

    /// The texts are kept trimmed, as readers will see them.
    public init(
        bytes: [UInt8], alt: String, caption: String, credit: String, maxPixels: Int = PictureUpload.defaultMaxPixels
    ) {
        self.bytes = bytes
        self.maxPixels = maxPixels
        self.alt = alt.trimmingCharacters(in: .whitespacesAndNewlines)
        self.caption = caption.trimmingCharacters(in: .whitespacesAndNewlines)
        self.credit = credit.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Why an upload is refused, in the order the checks run.
    public enum Problem: Error, Sendable, Hashable {
        case noFile
        /// The bytes are not a JPEG, PNG, WebP, GIF, HEIC or AVIF, whatever the file's name says
        /// (a drawing, a page, a document).
        case notAPicture
        /// The picture has more pixels than `maxPixels`, read from its header before decoding.
        case tooManyPixels(width: Int, height: Int, limit: Int)
        /// The file is cut short or its pixels do not decode.
        case damaged
        /// Another file is hidden after the picture (a polyglot).
        case hiddenData
        /// A picture needs alt text for readers who cannot see it. The caption and credit are
        /// what the form should show again: the editor's, or else the file's own; the size is
        /// the upright picture's, for the member deciding what to write.
        case altMissing(caption: String, credit: String, width: Int, height: Int)
    }

    /// Checks the upload and keeps it: the file in `library` under its SHA-256, its record in
    /// `store`, with the upright width and height read from the file itself, and the caption and
    /// credit the editor left empty taken from the file's IPTC or XMP (agencies send them).
    /// Uploading the same bytes again keeps the first record.
    /// - Throws: `PictureUpload.Problem`, before anything is kept; the library's and the store's
    ///   errors.
    public func keep(in library: any MediaLibrary, store: any NewsroomStore, at date: Date, by account: AccountID?)
        async throws -> MediaAsset
    {
        guard !bytes.isEmpty else { throw Problem.noFile }
        let header = try checked()
        let caption = caption.isEmpty ? Self.trimmed(header.metadata.caption) : caption
        let credit = credit.isEmpty ? Self.trimmed(header.metadata.credit ?? header.metadata.byline) : credit
        guard !alt.isEmpty else {
            throw Problem.altMissing(caption: caption, credit: credit, width: header.width, height: header.height)
        }
        let hash = try library.store(bytes, kind: header.kind)
        let asset = MediaAsset(
            hash: hash, kind: header.kind, alt: alt, caption: caption, credit: credit, width: header.width,
            height: header.height, byteCount: bytes.count
        )
        return try await store.addMedia(asset, at: date, by: account)
    }

    private func checked() throws(Problem) -> PictureHeader {
        do {
            let header = try PictureHeader(of: bytes, pixelLimit: maxPixels)
            try header.checkDecodes(bytes)
            return header
        } catch {
            switch error {
            case .notAPicture: throw .notAPicture
            case .tooManyPixels(let width, let height, let limit):
                throw .tooManyPixels(width: width, height: height, limit: limit)
            case .hiddenData: throw .hiddenData
            case .damaged, .encodingFailed, .unavailable: throw .damaged
            }
        }
    }

    private static func trimmed(_ text: String?) -> String {
        text?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
    }
}
