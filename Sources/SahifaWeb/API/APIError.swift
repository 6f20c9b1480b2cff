import SahifaCore

/// Why an API request was refused, in terms an integrator can act on.
enum APIError: Error, Sendable, Hashable {
    /// A required query parameter is absent or empty.
    case missingParameter(String)
    /// A parameter is present but unusable; `expected` says what would do.
    case invalidParameter(String, expected: String)
}
