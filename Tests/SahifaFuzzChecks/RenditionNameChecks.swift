import SahifaCore
import SahifaPictures

/// The end of a rendition's address, `/media/r/HASH/NAME`, as a stranger may type it.
enum RenditionNameChecks {
    static func problems(for input: [UInt8]) -> [String] {
        let path = FuzzInput.text(input)
        guard let name = RenditionName(path: path) else { return [] }
        // One spelling per rendition: anything read is exactly what the site would write.
        return name.path == path ? [] : ["\(path.debugDescription) reads as \(name.path.debugDescription)"]
    }
}
