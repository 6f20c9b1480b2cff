import Crypto
import Foundation
import SahifaStore

/// The site's own static files (stylesheet, icon), loaded once at start-up and served
/// under a name that carries a hash of their content, so browsers may keep them a year
/// and still see a new version the moment it ships.
struct AssetCatalog: Sendable {
    enum Name: String, CaseIterable, Sendable {
        case stylesheet = "site.css"
        case icon = "icon.svg"
        case newsroomScript = "newsroom.js"
        case liveScript = "live.js"
        case embedScript = "embeds.js"
        case editorScript = "editor.js"

        var contentType: String {
            switch self {
            case .stylesheet: "text/css; charset=utf-8"
            case .icon: "image/svg+xml"
            case .newsroomScript, .liveScript, .embedScript, .editorScript: "text/javascript; charset=utf-8"
            }
        }
    }

    struct Asset: Sendable {
        var name: Name
        var fingerprintedFileName: String
        var bytes: [UInt8]
    }

    private let byName: [Name: Asset]
    private let byFileName: [String: Asset]

    /// Reads every asset from the module's resources.
    /// - Throws: when a resource is missing from the build (a packaging mistake).
    static func load() throws -> AssetCatalog {
        let folder = try BundledResources.url(of: .publicAssets)
        var assets: [Asset] = []
        for name in Name.allCases {
            let bytes = Array(try Data(contentsOf: folder.appendingPathComponent(name.rawValue)))
            let digest = Hexadecimal.string(of: SHA256.hash(data: bytes).prefix(6))
            let parts = name.rawValue.split(separator: ".", maxSplits: 1)
            assets.append(Asset(name: name, fingerprintedFileName: "\(parts[0]).\(digest).\(parts[1])", bytes: bytes))
        }
        return AssetCatalog(assets)
    }

    private init(_ assets: [Asset]) {
        byName = Dictionary(uniqueKeysWithValues: assets.map { ($0.name, $0) })
        byFileName = Dictionary(uniqueKeysWithValues: assets.map { ($0.fingerprintedFileName, $0) })
    }

    /// The URL path of an asset's current version.
    func href(for name: Name) -> String {
        "/assets/" + (byName[name]?.fingerprintedFileName ?? name.rawValue)
    }

    func asset(fileName: String) -> Asset? {
        byFileName[fileName]
    }
}
