import Foundation
import SahifaFuzzChecks

// libFuzzer's own main calls this for every input; SAHIFA_FUZZ_TARGET (set by scripts/fuzz)
// says which parser it is for. A broken property stops the run, so libFuzzer keeps the input.
private let target: FuzzTarget = {
    let name = ProcessInfo.processInfo.environment["SAHIFA_FUZZ_TARGET"] ?? ""
    guard let target = FuzzTarget(rawValue: name) else {
        fatalError("SAHIFA_FUZZ_TARGET must be one of: \(FuzzTarget.allCases.map(\.rawValue).joined(separator: ", "))")
    }
    return target
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ start: UnsafeRawPointer?, _ count: Int) -> CInt {
    let input = start.map { Array(UnsafeRawBufferPointer(start: $0, count: count)) } ?? []
    let problems = target.problems(for: input)
    if !problems.isEmpty { fatalError(problems.joined(separator: "\n")) }
    return 0
}
