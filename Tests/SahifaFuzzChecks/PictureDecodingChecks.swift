import SahifaCore
import SahifaPictures

/// An uploaded file as libvips reads it: the header, the whole decode, and a small rendition.
enum PictureDecodingChecks {
    static func problems(for input: [UInt8]) -> [String] {
        guard let header = try? PictureHeader(of: input, pixelLimit: 4_000_000) else { return [] }
        if header.width < 1 || header.height < 1 { return ["a picture of \(header.width)×\(header.height)"] }
        guard (try? header.checkDecodes(input)) != nil else { return [] }
        // A rendition may still fail on a picture that decoded (the site then falls back to
        // another); one that is made must be the size asked.
        let request = RenditionRequest(width: 64, shape: .square, format: .jpeg)
        guard let made = try? PictureRenderer.render(request, of: input, header: header) else { return [] }
        return made.width <= 64 && made.width == made.height
            ? [] : ["a square rendition of \(made.width)×\(made.height)"]
    }
}
