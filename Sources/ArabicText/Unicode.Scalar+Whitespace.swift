extension Unicode.Scalar {
    /// Whether the scalar is white space (Unicode's White_Space property). ASCII and the
    /// Arabic block, most of a news text, are answered without looking the property up.
    public var isWhitespace: Bool {
        switch value {
        case 0x20, 0x09...0x0D: true
        case 0x21...0x7E, 0x0600...0x06FF: false
        default: properties.isWhitespace
        }
    }
}
