import SahifaStore
import Testing

@testable import SahifaWeb

@Suite("What the database refuses, and a full disk")
struct StoreRefusalAnswerTests {
    @Test("is a 400 with the stable code invalid_value naming its field, never a 500")
    func answer() {
        let problem = ErrorResponder.problem(for: StoreError.refusedValue(table: "redirects", field: "old_path"))
        #expect(problem.answer.status == .badRequest)
        #expect(problem.code == "invalid_value")
        #expect(problem.message.contains("redirects.old_path"))
    }

    @Test("a full disk is a 507 with the stable code disk_full")
    func diskFull() {
        let problem = ErrorResponder.problem(for: StoreError.diskFull)
        #expect(problem.answer.status.code == 507)
        #expect(problem.code == "disk_full")
    }
}
