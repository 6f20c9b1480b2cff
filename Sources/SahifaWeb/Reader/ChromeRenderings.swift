import SahifaStore
import Synchronization

/// The chrome written once for each section a page can mark as current, kept until the site's
/// chrome changes. The store hands every page the chrome it read (`SiteChrome`); comparing
/// that with the one these were written from costs far less than writing them again.
final class ChromeRenderings: Sendable {
    private struct Kept {
        var chrome: SiteChrome
        /// By the current section's slug; "" for pages of no section.
        var bySection: [String: RenderedChrome]
    }

    private let kept = Mutex<Kept?>(nil)

    func rendered(_ chrome: SiteChrome, currentSection: String?, write: () -> RenderedChrome) -> RenderedChrome {
        let key = currentSection ?? ""
        let found = kept.withLock { kept in kept?.chrome == chrome ? kept?.bySection[key] : nil }
        if let found { return found }
        let written = write()
        kept.withLock { kept in
            if kept?.chrome != chrome { kept = Kept(chrome: chrome, bySection: [:]) }
            kept?.bySection[key] = written
        }
        return written
    }
}
