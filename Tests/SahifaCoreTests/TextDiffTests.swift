import SahifaCore
import Testing

@Suite("Comparing revisions")
struct TextDiffTests {
    @Test("lines kept, removed and added come out in reading order")
    func diff() {
        let old = ["# العنوان القديم", "", "فقرة باقية.", "فقرة حُذفت.", "فقرة أخيرة."]
        let new = ["# العنوان الجديد", "", "فقرة باقية.", "فقرة أخيرة.", "فقرة أضيفت."]
        #expect(
            TextDiff.lines(from: old, to: new) == [
                .removed("# العنوان القديم"), .added("# العنوان الجديد"), .same(""), .same("فقرة باقية."),
                .removed("فقرة حُذفت."), .same("فقرة أخيرة."), .added("فقرة أضيفت."),
            ]
        )
        #expect(TextDiff.lines(from: [], to: ["أ"]) == [.added("أ")])
        #expect(TextDiff.lines(from: ["أ"], to: []) == [.removed("أ")])
    }
}
