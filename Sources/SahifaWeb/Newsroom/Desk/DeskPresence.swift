import Foundation
import NIOCore
import SahifaCore
import Synchronization

/// Who has which article open in the editor, and the events their editors get (see
/// `PresenceController`): `joined`, this page's own connection, which its script names when
/// the page is left (`leave(_:by:)`), so the others hear of it at once; `present`, the others
/// there now, whenever someone comes or goes;
/// `saved`, whenever the article gets a new revision: from the newsroom's editor on this
/// server, and from the change announcements every server hears (a published article's).
///
/// Kept in memory: it counts the editors connected to this server. Several servers behind a
/// load balancer each know their own; every one of them hears every save.
final class DeskPresence: Sendable {
    struct Viewer: Sendable, Hashable {
        var account: AccountID
        var name: String
    }

    private struct Listener {
        var article: ArticleID
        var viewer: Viewer
        var events: AsyncStream<ByteBuffer>.Continuation
    }

    private struct State {
        var listeners: [UInt64: Listener] = [:]
        var next: UInt64 = 0
        /// The newest revision each watched article was announced at, and whether its
        /// announcement named who saved it.
        var revisions: [ArticleID: (number: Int, named: Bool)] = [:]
    }

    private let state = Mutex(State())

    /// Opens an editor's event stream for `article`: first the others there now, then every
    /// event, until the stream ends (the browser went away), which tells the others.
    func join(_ article: ArticleID, as viewer: Viewer, revision: Int) -> AsyncStream<ByteBuffer> {
        let (events, continuation) = AsyncStream<ByteBuffer>.makeStream(bufferingPolicy: .bufferingNewest(64))
        let id = state.withLock { state in
            state.next += 1
            continuation.yield(Self.event("joined", ["connection": .int(Int(state.next))]))
            state.listeners[state.next] = Listener(article: article, viewer: viewer, events: continuation)
            if revision > state.revisions[article]?.number ?? 0 { state.revisions[article] = (revision, true) }
            Self.tellWhoIsThere(article, in: state)
            return state.next
        }
        continuation.onTermination = { [weak self] _ in self?.remove(id) }
        return events
    }

    /// The page of connection `id` was left: its stream ends, and the others hear of it now
    /// rather than at the next keep-alive that fails. Only its own member can say so.
    func leave(_ id: UInt64, by account: AccountID) {
        let events = state.withLock { state in
            state.listeners[id].flatMap { $0.viewer.account == account ? $0.events : nil }
        }
        events?.finish()
    }

    /// The articles someone has open now.
    var watched: Set<ArticleID> { state.withLock { Set($0.listeners.values.map(\.article)) } }

    /// Tells everyone with `article` open that it is at `revision` now, once per revision:
    /// `by` is who saved it when this server's editor did (the change announcements do not
    /// say), and a named announcement that comes after an unnamed one of the same revision is
    /// sent too. `time` is the time as the newsroom's pages show it (the site's clock and digits).
    func saved(_ article: ArticleID, revision: Int, by: String = "", at date: Date, time: String) {
        state.withLock { state in
            let known = state.revisions[article] ?? (0, true)
            guard revision > known.number || (revision == known.number && !known.named && !by.isEmpty) else { return }
            state.revisions[article] = (revision, !by.isEmpty)
            let data: JSONValue = [
                "revision": .int(revision), "by": .string(by), "at": .string(APIModels.timestamp(date)),
                "time": .string(time),
            ]
            let event = Self.event("saved", data)
            for listener in state.listeners.values where listener.article == article { listener.events.yield(event) }
        }
    }

    /// A comment line to every open editor, so proxies keep idle streams open and a browser
    /// that went away is noticed.
    func keepAlive() {
        let comment = ByteBuffer(string: ": still here\n\n")
        state.withLock { state in for listener in state.listeners.values { listener.events.yield(comment) } }
    }

    func close() {
        let listeners = state.withLock { state in
            defer { state.listeners = [:] }
            return Array(state.listeners.values)
        }
        for listener in listeners { listener.events.finish() }
    }

    private func remove(_ id: UInt64) {
        state.withLock { state in
            guard let gone = state.listeners.removeValue(forKey: id) else { return }
            Self.tellWhoIsThere(gone.article, in: state)
            if !state.listeners.values.contains(where: { $0.article == gone.article }) {
                state.revisions[gone.article] = nil
            }
        }
    }

    /// Sends each editor of `article` the others there, one entry per member.
    private static func tellWhoIsThere(_ article: ArticleID, in state: State) {
        let here = state.listeners.values.filter { $0.article == article }
        for listener in here {
            var others: [AccountID: String] = [:]
            for other in here where other.viewer.account != listener.viewer.account {
                others[other.viewer.account] = other.viewer.name
            }
            let editors = others.sorted { $0.key < $1.key }.map { account, name -> JSONValue in
                ["id": .int(Int(account.rawValue)), "name": .string(name)]
            }
            listener.events.yield(event("present", ["editors": .array(editors)]))
        }
    }

    private static func event(_ name: String, _ data: JSONValue) -> ByteBuffer {
        ByteBuffer(string: "event: \(name)\ndata: \(data.serialized)\n\n")
    }
}
