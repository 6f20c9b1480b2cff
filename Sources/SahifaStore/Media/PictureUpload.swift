import Foundation
import SahifaCore

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
        /// The bytes are not a JPEG, PNG, WebP or GIF, whatever the file's name says.
        case notAPicture
        /// The picture has more pixels than `maxPixels`.
        case tooManyPixels(width: Int, height: Int, limit: Int)
        /// A picture needs alt text for readers who cannot see it.
        case altMissing
    }

    /// Checks the upload and keeps it: the file in `library` under its SHA-256, its record in
    /// `store`, with the width and height read from the file itself. Uploading the same bytes
    /// again keeps the first record.
    /// - Throws: `PictureUpload.Problem`; the library's and the store's errors.
    public func keep(in library: any MediaLibrary, store: any NewsroomStore, at date: Date, by account: AccountID?)
        async throws -> MediaAsset
    {
        guard !bytes.isEmpty else { throw Problem.noFile }
        guard let picture = PictureInspector.inspect(bytes) else { throw Problem.notAPicture }
        guard picture.width * picture.height <= maxPixels else {
            throw Problem.tooManyPixels(width: picture.width, height: picture.height, limit: maxPixels)
        }
        guard !alt.isEmpty else { throw Problem.altMissing }
        let hash = try library.store(bytes, kind: picture.kind)
        let asset = MediaAsset(
            hash: hash, kind: picture.kind, alt: alt, caption: caption, credit: credit, width: picture.width,
            height: picture.height, byteCount: bytes.count
        )
        return try await store.addMedia(asset, at: date, by: account)
    }
}
