// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "Sahifa",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "sahifa", targets: ["sahifa"]),
        // For the libFuzzer build in Fuzz/, which needs the checks as a product of this package.
        .library(name: "SahifaFuzzChecks", targets: ["SahifaFuzzChecks"]),
    ],
    dependencies: [
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1"),
        .package(url: "https://github.com/groue/GRDB.swift.git", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-crypto.git", "3.12.3"..<"5.0.0"),
        .package(url: "https://github.com/apple/swift-http-types.git", from: "1.8.0"),
        .package(url: "https://github.com/adam-fowler/compress-nio.git", from: "1.5.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth.git", from: "2.5.0"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-nio-extras.git", from: "1.35.2"),
        .package(url: "https://github.com/swift-server/async-http-client.git", from: "1.37.0"),
        .package(url: "https://github.com/vapor/postgres-nio.git", from: "1.33.2"),
        .package(url: "https://github.com/apple/swift-nio-ssl.git", from: "2.37.6"),
        .package(url: "https://github.com/weichsel/ZIPFoundation.git", from: "0.9.20"),
    ],
    targets: [
        .target(name: "ArabicText"),
        .target(name: "SahifaCore", dependencies: ["ArabicText"]),
        .target(
            name: "SahifaStore",
            dependencies: [
                "ArabicText",
                "SahifaCore",
                "SahifaPictures",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .target(
            name: "SahifaSQLite",
            dependencies: [
                "ArabicText",
                "SahifaCore",
                "SahifaStore",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ]
        ),
        .target(
            name: "SahifaPostgres",
            dependencies: [
                "ArabicText",
                "SahifaCore",
                "SahifaStore",
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .target(
            name: "SahifaStorage",
            dependencies: [
                "SahifaStore",
                "SahifaSQLite",
                "SahifaPostgres",
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .target(
            name: "SahifaArchive",
            dependencies: [
                "SahifaCore",
                "SahifaStore",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        .systemLibrary(
            name: "CLibXML2",
            path: "Sources/CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .systemLibrary(
            name: "CLibVips",
            path: "Sources/CLibVips",
            pkgConfig: "vips",
            providers: [.apt(["libvips-dev"])]
        ),
        .target(name: "SahifaPictures", dependencies: ["CLibVips", "SahifaCore"]),
        .target(
            name: "SahifaWordPress",
            dependencies: [
                "ArabicText",
                "SahifaCore",
                "SahifaStore",
                "CLibXML2",
            ]
        ),
        .target(
            name: "SahifaWeb",
            dependencies: [
                "ArabicText",
                "SahifaCore",
                "SahifaStore",
                "SahifaStorage",
                "SahifaPictures",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "HummingbirdOTP", package: "hummingbird-auth"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTPTypes", package: "swift-nio-extras"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
            ],
            resources: [.copy("Resources/Public"), .copy("Resources/Demo"), .copy("Resources/API")]
        ),
        .executableTarget(
            name: "sahifa",
            dependencies: [
                "SahifaWeb",
                "SahifaStore",
                "SahifaStorage",
                "SahifaCore",
                "SahifaWordPress",
                "SahifaArchive",
                "SahifaPictures",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "CompressNIO", package: "compress-nio"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
            ]
        ),
        .target(
            name: "SahifaTestSupport",
            dependencies: [
                "ArabicText", "SahifaStore", "SahifaCore", "SahifaSQLite", "SahifaPostgres", "SahifaStorage",
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
            ],
            path: "Tests/SahifaTestSupport"
        ),
        .target(
            name: "SahifaFuzzChecks",
            dependencies: ["ArabicText", "SahifaCore", "SahifaStore", "SahifaWordPress", "SahifaPictures"],
            path: "Tests/SahifaFuzzChecks"
        ),
        .testTarget(name: "FuzzRegressionTests", dependencies: ["SahifaFuzzChecks"]),
        .testTarget(name: "ArabicTextTests", dependencies: ["ArabicText"]),
        .systemLibrary(name: "CVipsProbe", path: "Tests/CVipsProbe", pkgConfig: "vips"),
        .testTarget(
            name: "SahifaPicturesTests",
            dependencies: ["SahifaPictures", "SahifaCore", "CVipsProbe", "SahifaTestSupport"]),
        .testTarget(name: "SahifaCoreTests", dependencies: ["ArabicText", "SahifaCore", "SahifaTestSupport"]),
        .testTarget(
            name: "SahifaStoreTests",
            dependencies: [
                "SahifaCore", "SahifaStore", "SahifaSQLite", "SahifaPostgres", "SahifaStorage", "SahifaTestSupport",
                "ArabicText",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .testTarget(
            name: "SahifaWordPressTests",
            dependencies: [
                "ArabicText", "SahifaCore", "SahifaStore", "SahifaStorage", "SahifaWordPress", "SahifaTestSupport",
            ],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "SahifaWebTests",
            dependencies: [
                "ArabicText", "SahifaCore", "SahifaStore", "SahifaStorage", "SahifaWeb", "SahifaTestSupport",
                "SahifaArchive",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "HummingbirdOTP", package: "hummingbird-auth"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
