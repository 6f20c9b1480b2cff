import Foundation
import HTTPTypes
import HummingbirdTesting

/// Checks API answers against the OpenAPI document the server publishes: the operation must
/// be documented for that status, and a JSON body must fit its schema (types, required
/// properties, enums, arrays, `$ref`, `allOf`, `oneOf`). Small on purpose: it knows the parts
/// of JSON Schema our document uses.
struct OpenAPIContract {
    let document: [String: Any]

    static func load(_ client: any TestClientProtocol) async throws -> OpenAPIContract {
        let response = try await client.execute(uri: "/api/v1/openapi.json", method: .get)
        guard let document = try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any]
        else {
            throw Mismatch(path: "/", problem: "the document is not a JSON object")
        }
        return OpenAPIContract(document: document)
    }

    struct Mismatch: Error, CustomStringConvertible {
        var path: String
        var problem: String
        var description: String { "\(path): \(problem)" }
    }

    /// - Throws: `Mismatch` naming where the answer leaves the document.
    func check(method: HTTPRequest.Method, uri: String, status: HTTPResponse.Status, body: Data) throws {
        let path = String(uri.prefix { $0 != "?" })
        let paths = document["paths"] as? [String: Any] ?? [:]
        guard let (template, item) = paths.first(where: { Self.matches(template: $0.key, path: path) }),
            let operation = (item as? [String: Any])?[method.rawValue.lowercased()] as? [String: Any]
        else { throw Mismatch(path: path, problem: "\(method) is not documented") }
        guard let documented = (operation["responses"] as? [String: Any])?[String(status.code)] as? [String: Any] else {
            throw Mismatch(path: template, problem: "status \(status.code) of \(method) is not documented")
        }
        let response = try resolved(documented, among: "responses", at: template)
        guard let schema = ((response["content"] as? [String: Any])?["application/json"] as? [String: Any])?["schema"]
        else {
            if !body.isEmpty && status != .noContent {
                throw Mismatch(path: template, problem: "a body where none is documented")
            }
            return
        }
        let value = try JSONSerialization.jsonObject(with: body, options: [.fragmentsAllowed])
        try validate(value, against: schema, at: template + " " + String(status.code))
    }

    /// `object`, or the component of `kind` its `$ref` names.
    private func resolved(_ object: [String: Any], among kind: String, at path: String) throws -> [String: Any] {
        guard let reference = object["$ref"] as? String else { return object }
        let name = String(reference.split(separator: "/").last ?? "")
        guard
            let component = ((document["components"] as? [String: Any])?[kind] as? [String: Any])?[name]
                as? [String: Any]
        else {
            throw Mismatch(path: path, problem: "\(reference) names no component")
        }
        return component
    }

    private static func matches(template: String, path: String) -> Bool {
        let a = template.split(separator: "/")
        let b = path.split(separator: "/")
        return a.count == b.count && zip(a, b).allSatisfy { $0.hasPrefix("{") || $0 == $1 }
    }

    private func validate(_ value: Any, against schema: Any, at path: String) throws {
        guard var schema = schema as? [String: Any] else { return }
        schema = try resolved(schema, among: "schemas", at: path)
        if let all = schema["allOf"] as? [Any] {
            for part in all { try validate(value, against: part, at: path) }
        }
        if let one = schema["oneOf"] as? [Any] {
            let fitting = one.filter { (try? validate(value, against: $0, at: path)) != nil }
            guard fitting.count >= 1 else { throw Mismatch(path: path, problem: "fits none of oneOf") }
        }
        if let type = schema["type"] {
            let types = (type as? [String]) ?? [(type as? String) ?? ""]
            guard types.contains(where: { Self.isOfType(value, $0) }) else {
                throw Mismatch(path: path, problem: "\(value) is not \(types.joined(separator: " or "))")
            }
        }
        if let allowed = schema["enum"] as? [String], let text = value as? String, !allowed.contains(text) {
            throw Mismatch(path: path, problem: "\(text) is not one of \(allowed)")
        }
        if let object = value as? [String: Any] {
            for name in schema["required"] as? [String] ?? [] where object[name] == nil {
                throw Mismatch(path: path, problem: "required \(name) is missing")
            }
            for (name, property) in schema["properties"] as? [String: Any] ?? [:] {
                if let member = object[name] { try validate(member, against: property, at: path + "." + name) }
            }
        }
        if let array = value as? [Any], let items = schema["items"] {
            for (index, item) in array.enumerated() { try validate(item, against: items, at: path + "[\(index)]") }
        }
    }

    private static func isOfType(_ value: Any, _ type: String) -> Bool {
        switch type {
        case "object": value is [String: Any]
        case "array": value is [Any]
        case "string": value is String
        case "null": value is NSNull
        // JSONSerialization gives every JSON number and boolean as an NSNumber; its type code
        // tells them apart ("c" is a boolean).
        case "boolean": (value as? NSNumber).map { String(cString: $0.objCType) == "c" } ?? false
        case "integer": (value as? NSNumber).map { !"cdf".contains(String(cString: $0.objCType)) } ?? false
        case "number": (value as? NSNumber).map { String(cString: $0.objCType) != "c" } ?? false
        default: true
        }
    }
}
