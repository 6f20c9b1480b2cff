import Foundation
import GRDB
import GRDBSQLite
import SahifaStore

/// `rank_articles(article_search, counts)`: an FTS5 function scoring a match the way FTS5's own
/// `bm25(article_search, …)` does with `AnalysedArticle.fieldWeights` (Okapi BM25 with k1 1.2
/// and b 0.75 over the whole row, each instance counted at its field's weight; lower is better),
/// except for where it learns how rare each phrase is.
///
/// bm25 counts the articles holding each phrase by walking all of them, for every query: on
/// the common words of a news archive that was a third of a search's time (docs/PERFORMANCE.md).
/// Here the caller passes those counts in `counts` (see `Counts`), and the reader connection
/// remembers them until the next write (`PhraseArticleCounts`).
enum ArticleRank {
    static let functionName = "rank_articles"

    /// The second argument: how many articles hold each phrase of the match expression, in the
    /// order the phrases appear in it, as native 64-bit integers.
    struct Counts: SQLiteArgument {
        let perPhrase: [Int64]

        func bind(to statement: OpaquePointer, at index: Int32) -> Int32 {
            perPhrase.withUnsafeBytes { bytes in
                sqlite3_bind_blob(statement, index, bytes.baseAddress, Int32(bytes.count), transientBlob)
            }
        }
    }

    /// Makes `rank_articles` available on `connection`.
    /// - Throws: `DatabaseError` when SQLite's FTS5 will not take it.
    static func register(on connection: OpaquePointer) throws {
        var api: UnsafeMutablePointer<fts5_api>?
        var statement: OpaquePointer?
        var code = sqlite3_prepare_v2(connection, "SELECT fts5(?)", -1, &statement, nil)
        defer { sqlite3_finalize(statement) }
        guard code == SQLITE_OK else { throw registrationFailure(code) }
        code = withUnsafeMutablePointer(to: &api) { pointer in
            // SQLite keeps the type name for as long as the value is bound, so it must be static.
            let type: StaticString = "fts5_api_ptr"
            let bound = type.withUTF8Buffer { name in
                name.withMemoryRebound(to: CChar.self) {
                    sqlite3_bind_pointer(statement, 1, pointer, $0.baseAddress, nil)
                }
            }
            return bound == SQLITE_OK ? sqlite3_step(statement) : bound
        }
        guard code == SQLITE_ROW, let api, let create = api.pointee.xCreateFunction else {
            throw registrationFailure(code == SQLITE_ROW ? SQLITE_ERROR : code)
        }
        code = create(api, functionName, nil, rankArticles, nil)
        guard code == SQLITE_OK else { throw registrationFailure(code) }
    }

    private static func registrationFailure(_ code: Int32) -> DatabaseError {
        DatabaseError(resultCode: ResultCode(rawValue: code), message: "SQLite's FTS5 did not take \(functionName)")
    }
}

/// SQLite copies the bound bytes, so the array need not outlive the call.
private let transientBlob = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

private let k1 = 1.2
private let b = 0.75

/// The values a query's rows share, worked out at its first row and kept by FTS5 until the
/// query ends, in one allocation of doubles: the phrase count, the average row length, the
/// number of weighted columns, their weights (any further column weighs 1), each phrase's
/// inverse document frequency, and room for the current row's phrase frequencies.
private struct QueryFigures {
    let storage: UnsafeMutablePointer<Double>

    var phrases: Int { Int(storage[0]) }
    var averageLength: Double { storage[1] }
    var columns: Int { Int(storage[2]) }
    func weight(ofColumn column: Int) -> Double { column < columns ? storage[3 + column] : 1 }
    func inverseFrequency(ofPhrase phrase: Int) -> Double { storage[3 + columns + phrase] }
    var frequencies: UnsafeMutableBufferPointer<Double> {
        UnsafeMutableBufferPointer(start: storage + 3 + columns + phrases, count: phrases)
    }

    /// Reads the counts argument and the table's size; nil (with `code` set) when they are unusable.
    static func make(
        _ api: Fts5ExtensionApi,
        _ fts: OpaquePointer,
        counts value: OpaquePointer?,
        code: inout Int32
    ) -> QueryFigures? {
        let phrases = Int(api.xPhraseCount!(fts))
        let columns = min(Int(api.xColumnCount!(fts)), AnalysedArticle.fieldWeights.count)
        guard sqlite3_value_bytes(value) == phrases * MemoryLayout<Int64>.size else {
            code = SQLITE_MISMATCH
            return nil
        }
        var rows: Int64 = 0
        var tokens: Int64 = 0
        code = api.xRowCount!(fts, &rows)
        if code == SQLITE_OK { code = api.xColumnTotalSize!(fts, -1, &tokens) }
        guard code == SQLITE_OK else { return nil }
        let storage = UnsafeMutablePointer<Double>.allocate(capacity: 3 + columns + 2 * phrases)
        storage[0] = Double(phrases)
        storage[1] = rows > 0 ? Double(tokens) / Double(rows) : 1
        storage[2] = Double(columns)
        for (column, weight) in AnalysedArticle.fieldWeights.prefix(columns).enumerated() {
            storage[3 + column] = weight
        }
        let counts = sqlite3_value_blob(value)
        for phrase in 0..<phrases {
            let holding = Double(counts?.loadUnaligned(fromByteOffset: phrase * 8, as: Int64.self) ?? 0)
            // Okapi's inverse document frequency, kept just above zero for a phrase in more
            // than half of the articles, as bm25 does.
            let inverse = log((Double(rows) - holding + 0.5) / (holding + 0.5))
            storage[3 + columns + phrase] = inverse > 0 ? inverse : 1e-6
        }
        return QueryFigures(storage: storage)
    }
}

private let rankArticles: fts5_extension_function = { api, fts, context, argumentCount, arguments in
    guard let api = api?.pointee, let fts else { return }
    var code = SQLITE_OK
    let figures: QueryFigures
    if let kept = api.xGetAuxdata!(fts, 0) {
        figures = QueryFigures(storage: kept.assumingMemoryBound(to: Double.self))
    } else {
        guard argumentCount == 1,
            let made = QueryFigures.make(api, fts, counts: arguments?[0], code: &code)
        else {
            sqlite3_result_error_code(context, code == SQLITE_OK ? SQLITE_MISUSE : code)
            return
        }
        code = api.xSetAuxdata!(fts, made.storage) { $0?.deallocate() }
        guard code == SQLITE_OK else {
            sqlite3_result_error_code(context, code)
            return
        }
        figures = made
    }
    let frequencies = figures.frequencies
    frequencies.update(repeating: 0)
    var instances: Int32 = 0
    code = api.xInstCount!(fts, &instances)
    var phrase: Int32 = 0
    var column: Int32 = 0
    var offset: Int32 = 0
    var instance: Int32 = 0
    while code == SQLITE_OK && instance < instances {
        code = api.xInst!(fts, instance, &phrase, &column, &offset)
        if code == SQLITE_OK { frequencies[Int(phrase)] += figures.weight(ofColumn: Int(column)) }
        instance += 1
    }
    var rowLength: Int32 = 0
    if code == SQLITE_OK { code = api.xColumnSize!(fts, -1, &rowLength) }
    guard code == SQLITE_OK else {
        sqlite3_result_error_code(context, code)
        return
    }
    let lengthFactor = k1 * (1 - b + b * Double(rowLength) / figures.averageLength)
    var score = 0.0
    for (phrase, frequency) in frequencies.enumerated() {
        score += figures.inverseFrequency(ofPhrase: phrase) * ((frequency * (k1 + 1)) / (frequency + lengthFactor))
    }
    sqlite3_result_double(context, -score)
}
