import Foundation
import SahifaCore
import SahifaStore
import Synchronization

/// Rendered reader pages kept in memory, bounded in bytes, each filed under what it depends
/// on. A write drops exactly the pages whose dependencies it names (`invalidate`).
///
/// When many requests miss the same page at once it is rendered once and all of them get
/// that render. A page older than its freshness is served as it is while one request renders
/// it again in the background, and kept for `staleIfError` in case the store stops answering.
final class PageCache: Sendable {
    struct Statistics: Sendable, Equatable {
        /// Times a page was rendered for the cache.
        var renders = 0
        var hits = 0
        var staleHits = 0
        /// Requests that waited for another request's render instead of rendering.
        var sharedRenders = 0
        var invalidatedPages = 0
        var evictedPages = 0
        var pages = 0
        var bytes = 0
    }

    enum Outcome: String, Sendable {
        case hit, stale, shared, miss
    }

    private struct Entry {
        var page: CachedPage
        var lastUse: UInt64
    }

    private struct State {
        var entries: [String: Entry] = [:]
        var pagesByDependency: [PageDependency: Set<String>] = [:]
        var rendering: [String: Task<PageAnswer, any Error>] = [:]
        var useClock: UInt64 = 0
        /// Counts invalidations; a render remembers the count it started at.
        var generation: UInt64 = 0
        /// The latest invalidations, so a render that started before one of them is not kept.
        var recentChanges: [(generation: UInt64, change: NewsChange)] = []
        var statistics = Statistics()
        /// When readers' content last changed (or this process started).
        var contentChangedAt = Date()
    }

    private let state = Mutex(State())
    private let memoryLimit: Int
    private let freshFor: Duration
    private let staleFor: Duration
    private let keptOnErrorFor: Duration
    private static let rememberedChanges = 256

    init(policy: CachePolicy) {
        memoryLimit = policy.memoryLimit
        freshFor = .seconds(policy.maxAge)
        staleFor = .seconds(policy.maxAge + policy.staleWhileRevalidate)
        keptOnErrorFor = .seconds(policy.maxAge + policy.staleIfError)
    }

    var isEnabled: Bool { memoryLimit > 0 }

    /// When the content readers see last changed, as far as this process knows: the
    /// `Last-Modified` of pages rendered for one request only, so that asking twice in
    /// different seconds still finds the page not modified.
    var contentChangedAt: Date { state.withLock { $0.contentChangedAt } }

    var statistics: Statistics {
        state.withLock { state in
            var statistics = state.statistics
            statistics.pages = state.entries.count
            return statistics
        }
    }

    /// The page under `key` if it is fresh, for the network layer's fast path.
    func freshPage(for key: String) -> CachedPage? {
        let now = ContinuousClock.now
        return state.withLock { state in
            guard var entry = state.entries[key], now - entry.page.renderedAt < freshFor else { return nil }
            state.useClock += 1
            entry.lastUse = state.useClock
            state.entries[key] = entry
            state.statistics.hits += 1
            return entry.page
        }
    }

    /// The page under `key`: from the cache, from a render already under way, or from
    /// `render`, which is then kept. Errors of the render reach every request that waited
    /// for it; a store failure is answered with a kept page when there is one.
    func answer(
        for key: String,
        render: @escaping @Sendable () async throws -> PageAnswer
    ) async throws -> (PageAnswer, Outcome) {
        guard isEnabled else { return (try await render(), .miss) }
        let now = ContinuousClock.now
        enum Plan {
            case cached(PageAnswer, Outcome)
            case wait(Task<PageAnswer, any Error>, Outcome, kept: CachedPage?)
        }
        let plan: Plan = state.withLock { state in
            let kept = state.entries[key]
            if var entry = kept, now - entry.page.renderedAt < staleFor {
                state.useClock += 1
                entry.lastUse = state.useClock
                state.entries[key] = entry
                if now - entry.page.renderedAt < freshFor {
                    state.statistics.hits += 1
                    return .cached(.page(entry.page), .hit)
                }
                state.statistics.staleHits += 1
                if state.rendering[key] == nil {
                    state.rendering[key] = startRender(key, render, in: &state)
                }
                return .cached(.page(entry.page), .stale)
            }
            let keptOnError = kept.flatMap { now - $0.page.renderedAt < keptOnErrorFor ? $0.page : nil }
            if let running = state.rendering[key] {
                state.statistics.sharedRenders += 1
                return .wait(running, .shared, kept: keptOnError)
            }
            let task = startRender(key, render, in: &state)
            state.rendering[key] = task
            return .wait(task, .miss, kept: keptOnError)
        }
        switch plan {
        case .cached(let answer, let outcome):
            return (answer, outcome)
        case .wait(let task, let outcome, let kept):
            do {
                return (try await task.value, outcome)
            } catch let error where !(error is ReaderError) {
                guard let kept else { throw error }
                return (.page(kept), .stale)
            }
        }
    }

    /// Starts rendering `key`; the render files its page itself when it finishes, so it is
    /// kept even if every request that waited for it has gone.
    private func startRender(
        _ key: String,
        _ render: @escaping @Sendable () async throws -> PageAnswer,
        in state: inout State
    ) -> Task<PageAnswer, any Error> {
        let startedAt = state.generation
        state.statistics.renders += 1
        return Task {
            do {
                let answer = try await render()
                self.finishRender(key, answer: answer, startedAt: startedAt)
                return answer
            } catch {
                self.finishRender(key, answer: nil, startedAt: startedAt)
                throw error
            }
        }
    }

    private func finishRender(_ key: String, answer: PageAnswer?, startedAt: UInt64) {
        state.withLock { state in
            state.rendering[key] = nil
            guard case .page(let page) = answer else { return }
            if state.generation > startedAt {
                // Changes came in while it rendered: keep the page only if every one of them is
                // still remembered and none touches what the page shows.
                guard let oldest = state.recentChanges.first?.generation, oldest <= startedAt + 1,
                    !state.recentChanges.contains(where: {
                        $0.generation > startedAt && $0.change.affects(page.dependencies)
                    })
                else { return }
            }
            remove(key, from: &state)
            state.useClock += 1
            state.entries[key] = Entry(page: page, lastUse: state.useClock)
            state.statistics.bytes += page.byteCount
            for dependency in page.dependencies { state.pagesByDependency[dependency, default: []].insert(key) }
            if state.statistics.bytes > memoryLimit { evictLeastRecentlyUsed(from: &state) }
        }
    }

    /// Drops every page that shows something `change` changed.
    func invalidate(_ change: NewsChange) {
        state.withLock { state in
            state.contentChangedAt = Date()
            state.generation += 1
            state.recentChanges.append((state.generation, change))
            if state.recentChanges.count > Self.rememberedChanges {
                state.recentChanges.removeFirst(state.recentChanges.count - Self.rememberedChanges)
            }
            let keys: Set<String> =
                change.dependencies.contains(.site)
                ? Set(state.entries.keys)
                : change.dependencies.reduce(into: []) { $0.formUnion(state.pagesByDependency[$1] ?? []) }
            for key in keys { remove(key, from: &state) }
            state.statistics.invalidatedPages += keys.count
        }
    }

    private func remove(_ key: String, from state: inout State) {
        guard let entry = state.entries.removeValue(forKey: key) else { return }
        state.statistics.bytes -= entry.page.byteCount
        for dependency in entry.page.dependencies {
            state.pagesByDependency[dependency]?.remove(key)
            if state.pagesByDependency[dependency]?.isEmpty == true { state.pagesByDependency[dependency] = nil }
        }
    }

    /// Drops the least recently used pages until a tenth of the budget is free again, so
    /// eviction runs now and then rather than on every new page.
    private func evictLeastRecentlyUsed(from state: inout State) {
        let target = memoryLimit - memoryLimit / 10
        for (key, _) in state.entries.sorted(by: { $0.value.lastUse < $1.value.lastUse }) {
            guard state.statistics.bytes > target else { break }
            remove(key, from: &state)
            state.statistics.evictedPages += 1
        }
    }
}
