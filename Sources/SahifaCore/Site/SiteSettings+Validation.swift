import Foundation

extension SiteSettings {
    /// Every problem with the settings, so the form can show them all at once: the store
    /// checks them before it saves, for every door that saves them.
    /// - Throws: `InvalidSiteSettings` listing each problem.
    public func validate() throws(InvalidSiteSettings) {
        var problems: [InvalidSiteSettings.Problem] = []
        if name.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { problems.append(.nameMissing) }
        if TimeZone(identifier: timeZoneIdentifier) == nil { problems.append(.unknownTimeZone) }
        for link in socialLinks where !(link.url.hasPrefix("https://") && URL(string: link.url)?.host != nil) {
            problems.append(.linkNotHTTPS(link.network))
        }
        if !problems.isEmpty { throw InvalidSiteSettings(problems: problems) }
    }
}
