import Foundation
import SahifaStore

/// How the newsroom signs people in: part of `ServerSettings`.
public struct NewsroomSettings: Sendable {
    /// Mark cookies Secure: on whenever readers and editors reach Sahifa over TLS (behind a
    /// proxy that terminates it, too). Off by default so that `http://127.0.0.1` works.
    public var secureCookies: Bool
    /// How long a sign-in lasts.
    public var sessionLifetime: Duration
    /// bcrypt's work factor: 12 by default (about a quarter of a second here); tests use less.
    public var passwordCost: UInt8
    /// The largest picture the media library accepts, in bytes (10 MB by default).
    public var uploadLimit: Int
    /// The most pixels a picture may have (`PictureUpload.defaultMaxPixels` by default).
    public var pictureMaxPixels: Int
    /// What sign-in reads the time from: its waits, second-factor codes and new sessions. Tests
    /// hold it still, so that a wait of two seconds does not run out on a busy machine.
    public var clock: @Sendable () -> Date

    public init(
        secureCookies: Bool = false,
        sessionLifetime: Duration = .seconds(12 * 3600),
        passwordCost: UInt8 = 12,
        uploadLimit: Int = 10 * 1024 * 1024,
        pictureMaxPixels: Int = PictureUpload.defaultMaxPixels,
        clock: @escaping @Sendable () -> Date = { Date() }
    ) {
        self.secureCookies = secureCookies
        self.sessionLifetime = sessionLifetime
        self.passwordCost = passwordCost
        self.uploadLimit = uploadLimit
        self.pictureMaxPixels = pictureMaxPixels
        self.clock = clock
    }
}
