import SahifaCore

/// What an agency or a photographer wrote into the picture's file, to prefill the media
/// library's fields: read from XMP where it says so, else from the older IPTC records, which
/// agencies still send beside it.
public struct PictureMetadata: Sendable, Hashable {
    public var caption: String?
    public var credit: String?
    public var byline: String?
    public var copyright: String?

    public init(caption: String? = nil, credit: String? = nil, byline: String? = nil, copyright: String? = nil) {
        self.caption = caption
        self.credit = credit
        self.byline = byline
        self.copyright = copyright
    }

    public static let none = PictureMetadata()

    /// - Parameters:
    ///   - iptc: the APP13 block libvips hands over (a Photoshop resource list holding the IPTC
    ///     records, or the records themselves).
    ///   - xmp: the XMP packet.
    public static func read(iptc: [UInt8]?, xmp: [UInt8]?) -> PictureMetadata {
        let records = iptc.map(IPTCRecords.init) ?? IPTCRecords([])
        let packet = xmp.map { XMPPacket(String(decoding: $0, as: UTF8.self)) }
        return PictureMetadata(
            caption: packet?.caption ?? records.caption, credit: packet?.credit ?? records.credit,
            byline: packet?.byline ?? records.byline, copyright: packet?.copyright ?? records.copyright)
    }
}
