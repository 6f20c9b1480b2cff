import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import SahifaCore

/// A browser for newsroom tests: keeps the cookies the site sets, sends them back, and
/// posts forms with the form token of the last page it saw.
actor NewsroomBrowser {
    let client: any TestClientProtocol
    private(set) var cookies: [String: String] = [:]
    /// Every Set-Cookie header line received, for checking attributes.
    private(set) var setCookieLines: [String] = []

    init(_ client: any TestClientProtocol) {
        self.client = client
    }

    /// A browser signed in through the sign-in form.
    static func signedIn(_ client: any TestClientProtocol, email: String, password: String) async throws
        -> NewsroomBrowser
    {
        let browser = NewsroomBrowser(client)
        try await browser.get("/newsroom/login")
        let response = try await browser.post("/newsroom/login", [("email", email), ("password", password)])
        guard response.status == .seeOther else { throw SignInRefused(status: response.status.code) }
        return browser
    }

    struct SignInRefused: Error {
        var status: Int
    }

    @discardableResult
    func get(_ uri: String) async throws -> TestResponse {
        try await send(uri, method: .get, body: nil)
    }

    /// Posts `fields` urlencoded, adding the last page's form token unless told otherwise.
    @discardableResult
    func post(_ uri: String, _ fields: [(String, String)], withToken: Bool = true) async throws -> TestResponse {
        var fields = fields
        if withToken, let token = formToken { fields.append(("form_token", token)) }
        let body = fields.map {
            PercentEncoding.encodePathSegment($0.0) + "=" + PercentEncoding.encodePathSegment($0.1)
        }
        .joined(separator: "&")
        return try await send(uri, method: .post, body: body)
    }

    /// Posts `fields` and a picture `file` as multipart/form-data, as a browser's file upload
    /// or the editor's script sends them, with the last page's form token unless told otherwise.
    @discardableResult
    func postFile(_ uri: String, _ fields: [(String, String)], file: [UInt8]?, withToken: Bool = true) async throws
        -> TestResponse
    {
        let (contentType, body) = MediaLibraryTests.multipart(fields, file: file, token: withToken ? formToken : nil)
        var headers = added
        headers[.cookie] = cookies.map { "\($0.key)=\($0.value)" }.sorted().joined(separator: "; ")
        headers[.contentType] = contentType
        return try await client.execute(uri: uri, method: .post, headers: headers, body: body)
    }

    /// The form token of the last page that had a form (as a reader going back to it would).
    private(set) var formToken: String?

    func set(_ cookie: String, _ value: String) {
        cookies[cookie] = value
    }

    /// Headers sent with every request from now on, as a proxy in front of the site adds them.
    private var added = HTTPFields()

    func add(_ name: HTTPField.Name, _ value: String) {
        added[name] = value
    }

    private func send(_ uri: String, method: HTTPRequest.Method, body: String?) async throws -> TestResponse {
        var headers = added
        if !cookies.isEmpty {
            headers[.cookie] = cookies.map { "\($0.key)=\($0.value)" }.sorted().joined(separator: "; ")
        }
        if body != nil { headers[.contentType] = "application/x-www-form-urlencoded" }
        let response = try await client.execute(
            uri: uri, method: method, headers: headers, body: body.map { ByteBuffer(string: $0) }
        )
        for line in response.headers[values: .setCookie] {
            setCookieLines.append(line)
            let pair = line.split(separator: ";", maxSplits: 1)[0].split(separator: "=", maxSplits: 1)
            guard pair.count == 2 else { continue }
            let name = pair[0].trimmingCharacters(in: .whitespaces)
            let value = String(pair[1])
            cookies[name] = value.isEmpty ? nil : value
        }
        let text = String(buffer: response.body)
        if response.headers[.contentType]?.hasPrefix("text/html") == true {
            if let start = text.range(of: "name=\"form_token\" value=\"") {
                formToken = String(text[start.upperBound...].prefix { $0 != "\"" })
            }
        }
        return response
    }
}
