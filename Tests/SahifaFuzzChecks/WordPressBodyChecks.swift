import SahifaCore
import SahifaWordPress

/// A post's content from a WordPress export, as the importer converts it.
enum WordPressBodyChecks {
    private static let nothingImported = WordPressContentLinks(
        picture: { _, _ in nil }, newPath: { _ in nil }, articleID: { _ in nil }, isOldSite: { _ in false })

    static func problems(for input: [UInt8]) -> [String] {
        let converted = WordPressBody.convert(FuzzInput.text(input), links: nothingImported)
        do {
            _ = try BodyRenderer().render(converted.markdown)
            return []
        } catch {
            return ["the converted body is refused by the renderer: \(error)"]
        }
    }
}
