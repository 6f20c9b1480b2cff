import Foundation
import SahifaCore

/// One line of a news archive in the JSON Lines format of the shared Arabic news corpus:
/// `id`, `title`, `body` (paragraphs separated by newlines), `category`, `category_ar`,
/// `date` (a full ISO 8601 timestamp or a day), and optional `summary`.
public struct NewsCorpusLine: Decodable, Sendable {
    public var id: String
    public var title: String
    public var body: String
    public var category: String
    public var categoryArabic: String
    public var date: String
    public var summary: String?

    package enum CodingKeys: String, CodingKey {
        case id, title, body, category, date, summary
        case categoryArabic = "category_ar"
    }

    /// Why a line cannot become an article.
    public enum Problem: Error, Sendable, Hashable, CustomStringConvertible {
        case notJSON(String)
        case unreadableDate(String)

        public var description: String {
            switch self {
            case .notJSON(let reason):
                "not a JSON object with id, title, body, category, category_ar and date: \(reason)"
            case .unreadableDate(let date): "unreadable date \"\(date)\""
            }
        }
    }

    /// Decodes one line.
    /// - Throws: `Problem.notJSON` with what was wrong.
    public static func decode(_ line: some Collection<UInt8>) throws(Problem) -> NewsCorpusLine {
        do {
            return try JSONDecoder().decode(NewsCorpusLine.self, from: Data(line))
        } catch let DecodingError.keyNotFound(key, _) {
            throw .notJSON("\(key.stringValue) is missing")
        } catch let DecodingError.typeMismatch(_, context), let DecodingError.valueNotFound(_, context) {
            throw .notJSON("\(context.codingPath.map(\.stringValue).joined(separator: ".")) has the wrong type")
        } catch {
            throw .notJSON("malformed JSON")
        }
    }

    /// The article to import. A date without a time is taken as noon UTC, so the day shows
    /// the same in any newsroom's time zone.
    /// - Throws: `Problem.unreadableDate`.
    public func importedArticle() throws(Problem) -> ImportedArticle {
        guard let publishedAt = Self.date(date) else { throw .unreadableDate(date) }
        return ImportedArticle(
            sourceID: id,
            headline: title,
            summary: summary ?? "",
            bodyText: body,
            sectionSlug: category.lowercased(),
            sectionName: categoryArabic,
            publishedAt: publishedAt
        )
    }

    private static func date(_ text: String) -> Date? {
        if let instant = try? Date(text, strategy: .iso8601) { return instant }
        let parts = text.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3, text.count == 10 else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .gmt
        return calendar.date(from: DateComponents(year: parts[0], month: parts[1], day: parts[2], hour: 12))
    }
}
