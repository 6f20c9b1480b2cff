import Foundation
import SahifaCore

/// The site chrome as read at one moment, the same on both stores: settings, sections, and the
/// ticker's lines not yet expired then, some of which may start later. `chrome(at:)` gives
/// what a page shows at a given time, so a snapshot can serve until a line starts or ends.
package struct SiteChromeSnapshot: Sendable {
    package init(settings: SiteSettings, sections: [Section], breaking: [BreakingItem], footerPages: [StaticPageLink]) {
        self.settings = settings
        self.sections = sections
        self.breaking = breaking
        self.footerPages = footerPages
    }

    package var settings: SiteSettings
    package var sections: [Section]
    /// Breaking items not yet expired when read, newest first.
    package var breaking: [BreakingItem]
    package var footerPages: [StaticPageLink]

    /// Whether the snapshot still tells the ticker right at `now`: none of its lines expired.
    package func holds(at now: Date) -> Bool {
        breaking.allSatisfy { !$0.hasExpired(at: now) }
    }

    /// The chrome at `now`: the lines live then, newest first, at most `SiteChrome.tickerLimit`.
    package func chrome(at now: Date) -> SiteChrome {
        SiteChrome(
            settings: settings,
            sections: sections,
            breaking: Array(breaking.lazy.filter { $0.isLive(at: now) }.prefix(SiteChrome.tickerLimit)),
            footerPages: footerPages
        )
    }
}
