import Foundation
import SahifaStore
import SahifaWordPress

/// The report an operator reads at the end of a WordPress import.
enum WordPressImportSummary {
    static func text(of report: WordPressImportReport, file: String, seconds: Double) -> String {
        var lines: [String] = []
        let posts = report.exportCounts.filter { $0.key.hasPrefix("post/") }.values.reduce(0, +)
        lines.append(
            "Imported \(report.siteTitle) (\(report.home)) from \(file) in \(String(format: "%.1f", seconds)) s: "
                + "\(posts) posts in the export.")
        if report.changedNothing {
            lines.append("Nothing changed: the site already holds everything in this export.")
        }
        lines.append(
            "  articles: \(report.articles.added) new, \(report.articles.updated) updated, "
                + "\(report.articles.unchanged) already there, \(report.articles.refused.count) refused")
        for kind in SiteImport.Kind.allCases {
            let changed = report.parts.changed[kind] ?? 0
            let unchanged = report.parts.unchanged[kind] ?? 0
            guard changed + unchanged > 0 else { continue }
            lines.append("  \(kind.rawValue): \(changed) new or updated, \(unchanged) already there")
        }
        lines.append("  pictures: \(report.picturesKept) kept, \(report.picturesMissing) missing or refused")
        for (reason, count) in report.skipped.sorted(by: { $0.key < $1.key }) {
            lines.append("  skipped \(count) \(reason)")
        }
        if report.comments > 0 { lines.append("  comments: \(report.comments) counted, not imported") }
        for (id, reason) in report.articles.refused.sorted(by: { $0.key < $1.key }).prefix(20) {
            lines.append("  refused \(id): \(reason)")
        }
        return lines.joined(separator: "\n")
    }
}
