/// The lines two texts share, and those only one has, in reading order: what an editor
/// sees when comparing two revisions. Longest common subsequence over lines; articles are
/// hundreds of lines at most, so the quadratic table is small. Where a line was replaced,
/// the old one comes before the new.
public enum TextDiff {
    public enum Line: Sendable, Hashable {
        case same(String)
        case removed(String)
        case added(String)
    }

    public static func lines(from old: [String], to new: [String]) -> [Line] {
        let n = old.count
        let m = new.count
        // common[i][j]: length of the longest common subsequence of old[i...] and new[j...].
        var common = Array(repeating: Array(repeating: 0, count: m + 1), count: n + 1)
        for i in stride(from: n - 1, through: 0, by: -1) {
            for j in stride(from: m - 1, through: 0, by: -1) {
                common[i][j] = old[i] == new[j] ? common[i + 1][j + 1] + 1 : max(common[i + 1][j], common[i][j + 1])
            }
        }
        var result: [Line] = []
        var i = 0
        var j = 0
        while i < n || j < m {
            if i < n, j < m, old[i] == new[j] {
                result.append(.same(old[i]))
                i += 1
                j += 1
            } else if j < m, i == n || common[i][j + 1] > common[i + 1][j] {
                result.append(.added(new[j]))
                j += 1
            } else {
                result.append(.removed(old[i]))
                i += 1
            }
        }
        return result
    }
}
