import HTTPTypes

extension HTTPField.Name {
    /// A header name written in our source. swift-http-types checks names at run time; ours
    /// are constants, so a bad one is a programmer's error, stopped with a message the first
    /// time it is used (the tests of pages, caching and live news use every one).
    static func ours(_ name: StaticString) -> HTTPField.Name {
        guard let field = HTTPField.Name("\(name)") else { preconditionFailure("\(name) is not a valid header name") }
        return field
    }
}
