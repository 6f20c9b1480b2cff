import SahifaCore

/// An uploaded file, judged by its bytes.
enum PictureChecks {
    static func problems(for input: [UInt8]) -> [String] {
        guard let picture = PictureInspector.inspect(input) else { return [] }
        return picture.width > 0 && picture.height > 0 ? [] : ["a picture of \(picture.width)×\(picture.height)"]
    }
}
