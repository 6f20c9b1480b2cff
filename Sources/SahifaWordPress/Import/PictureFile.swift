/// An attachment's file as the import found it: its bytes, or why there are none.
public enum PictureFile: Sendable {
    case bytes([UInt8])
    case missing(String)
}
