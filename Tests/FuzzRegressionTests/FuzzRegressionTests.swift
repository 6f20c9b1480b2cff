import Foundation
import SahifaFuzzChecks
import Testing

/// Every seed of the fuzz corpora (Fuzz/Seeds) and every input that once broke a parser
/// (Fuzz/Regressions), run through the same checks the fuzzer makes, in every `swift test`.
@Suite("Inputs the fuzzer was given or found, read without a broken property")
struct FuzzRegressionTests {
    private static let fuzzFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fuzz")

    private static func inputs(of target: FuzzTarget, in folder: String) throws -> [URL] {
        let directory = fuzzFolder.appendingPathComponent(folder).appendingPathComponent(target.rawValue)
        guard FileManager.default.fileExists(atPath: directory.path) else { return [] }
        return try FileManager.default.contentsOfDirectory(at: directory, includingPropertiesForKeys: nil)
            .filter { !$0.lastPathComponent.hasPrefix(".") }
    }

    @Test(
        "every target has seeds, and each seed and past crash keeps the target's properties",
        arguments: FuzzTarget.allCases)
    func target(_ target: FuzzTarget) throws {
        let seeds = try Self.inputs(of: target, in: "Seeds")
        #expect(!seeds.isEmpty, "Fuzz/Seeds/\(target.rawValue) is empty")
        for file in try seeds + Self.inputs(of: target, in: "Regressions") {
            let problems = target.problems(for: Array(try Data(contentsOf: file)))
            #expect(problems.isEmpty, "\(file.lastPathComponent): \(problems.joined(separator: "; "))")
        }
    }
}
