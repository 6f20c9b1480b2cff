import SahifaCore
import SahifaPictures

/// An uploaded file's structure, followed to its end for anything hidden after the picture.
enum PictureChecks {
    static func problems(for input: [UInt8]) -> [String] {
        [MediaKind.jpeg, .png, .gif, .webp, .heic].compactMap { kind in
            guard let hidden = PictureEnd.hiddenByteCount(in: input, kind: kind) else { return nil }
            return (0...input.count).contains(hidden) ? nil : "\(kind): \(hidden) hidden bytes of \(input.count)"
        }
    }
}
