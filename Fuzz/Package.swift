// swift-tools-version:5.4
import PackageDescription

// The libFuzzer build of Sahifa's parsers, kept apart so that the everyday build never needs
// the sanitizers. scripts/fuzz builds it into .build-fuzz with -sanitize=fuzzer,address.
// Tools 5.4 on purpose: from 5.5 SwiftPM renames an executable's entry point and links `main`
// to it, and this executable's main is libFuzzer's.
let package = Package(
    name: "SahifaFuzz",
    dependencies: [.package(name: "Sahifa", path: "..")],
    targets: [
        .executableTarget(
            name: "sahifa-fuzz",
            dependencies: [.product(name: "SahifaFuzzChecks", package: "Sahifa")]
        )
    ]
)
