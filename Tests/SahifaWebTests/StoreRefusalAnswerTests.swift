import SahifaStore
import Testing

@testable import SahifaWeb

@Suite("A value the database refuses")
struct StoreRefusalAnswerTests {
    @Test("is a 400 with the stable code invalid_value naming its field, never a 500")
    func answer() {
        let problem = ErrorResponder.problem(for: StoreError.refusedValue(table: "redirects", field: "old_path"))
        #expect(problem.answer.status == .badRequest)
        #expect(problem.code == "invalid_value")
        #expect(problem.message.contains("redirects.old_path"))
    }
}
