/// Why the newsroom refused a request before doing anything.
enum NewsroomError: Error, Sendable, Hashable {
    /// No valid session: pages answer with the sign-in form (303), the API with 401.
    case notSignedIn(returnTo: String)
    /// Signed in, but the role does not allow it.
    case notAllowed
    /// A post without the form token of this browser (CSRF), or with an old one.
    case formTokenMismatch
}
