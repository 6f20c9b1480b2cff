import ArgumentParser
import Foundation
import SahifaCore
import SahifaPictures

/// `sahifa renditions FILE FOLDER`: the whole rendition set of one picture, as the site will
/// make it, written to a folder: to see what readers will be sent, and to time it
/// (scripts/bench/renditions.sh).
struct RenditionsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "renditions",
        abstract: "Make every rendition of a picture file into a folder, and say how long it took.")

    @Argument(help: ArgumentHelp("A JPEG, PNG, WebP, GIF, HEIC or AVIF file.", valueName: "file"))
    var file: String

    @Argument(help: ArgumentHelp("The folder to write them to; made if missing.", valueName: "folder"))
    var folder: String

    @Option(
        help: ArgumentHelp(
            "Where the subject is, as X,Y fractions from the top left (0.5,0.5 is the middle).", valueName: "x,y"))
    var focus: String?

    @Option(help: "The most pixels a picture may declare, in megapixels.")
    var pictureLimitMegapixels = 100

    func run() async throws {
        let bytes: [UInt8]
        do {
            bytes = Array(try Data(contentsOf: URL(fileURLWithPath: file)))
        } catch {
            throw CommandFailure("cannot read \(file): \(error.localizedDescription)")
        }
        let focalPoint = try focus.map(Self.focalPoint)
        let started = Date()
        do {
            let header = try PictureHeader(of: bytes, pixelLimit: pictureLimitMegapixels * 1_000_000)
            try header.checkDecodes(bytes)
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            var written = 0
            let requests = RenditionSet.requests(
                width: header.width, height: header.height, focus: PictureFocus(point: focalPoint))
            for request in requests {
                let made = try PictureRenderer.render(request, of: bytes, header: header)
                let name = "\(request.shape.rawValue)-\(made.width)x\(made.height).\(request.format.fileExtension)"
                try Data(made.bytes).write(to: URL(fileURLWithPath: folder).appendingPathComponent(name))
                written += made.bytes.count
            }
            let seconds = Date().timeIntervalSince(started)
            print(
                "\(requests.count) renditions of a \(header.width) × \(header.height) \(header.kind.rawValue) "
                    + "in \(String(format: "%.2f", seconds)) s, \(written / 1024) KB in \(folder)")
        } catch let error as PictureError {
            throw CommandFailure(Self.describe(error, file: file, limit: pictureLimitMegapixels))
        }
    }

    private static func focalPoint(_ text: String) throws -> FocalPoint {
        let parts = text.split(separator: ",").compactMap { Double($0.trimmingCharacters(in: .whitespaces)) }
        guard parts.count == 2, let point = FocalPoint(x: parts[0], y: parts[1]) else {
            throw CommandFailure("--focus takes two fractions from 0 to 1, X then Y: 0.3,0.25")
        }
        return point
    }

    private static func describe(_ error: PictureError, file: String, limit: Int) -> String {
        switch error {
        case .notAPicture: "\(file) is not a JPEG, PNG, WebP, GIF, HEIC or AVIF picture"
        case .tooManyPixels(let width, let height, _):
            "\(file) declares \(width) × \(height) pixels, more than \(limit) megapixels (--picture-limit-megapixels)"
        case .damaged(let reason): "\(file) cannot be decoded to its end (\(reason))"
        case .hiddenData(let count):
            "\(file) holds \(count) bytes after its picture that are not part of it; save it again from a photo program"
        case .encodingFailed(let format, let reason): "the \(format.rawValue) rendition could not be made (\(reason))"
        case .unavailable(let reason): "libvips could not start (\(reason))"
        }
    }
}
