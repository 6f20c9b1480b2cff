import Foundation

/// The folders this module ships as resources: `Public` (stylesheet, icon, script), `Demo`
/// and `API` (the OpenAPI document).
enum BundledResources {
    enum Folder: String {
        case publicAssets = "Public"
        case demo = "Demo"
        case api = "API"
    }

    /// - Throws: `BundledResourcesError.missing` when the build left the folder out.
    static func url(of folder: Folder) throws -> URL {
        guard let url = Bundle.module.resourceURL?.appendingPathComponent(folder.rawValue),
            FileManager.default.fileExists(atPath: url.path)
        else { throw BundledResourcesError.missing(folder.rawValue) }
        return url
    }
}

enum BundledResourcesError: Error, CustomStringConvertible {
    case missing(String)

    var description: String {
        switch self {
        case .missing(let folder): "the \(folder) resources are missing from this build of Sahifa"
        }
    }
}
