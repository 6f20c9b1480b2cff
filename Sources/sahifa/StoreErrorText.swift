import SahifaStore

/// Store errors as an operator reads them on the command line.
enum StoreErrorText {
    static func describe(_ error: StoreError) -> String {
        switch error {
        case .cannotOpen(let location, let reason) where reason.contains("unable to open"):
            "cannot open the database \(location): \(reason). Check that its folder exists and is writable."
        case .cannotOpen(let location, let reason):
            "cannot open the database \(location): \(reason)"
        case .schemaTooNew(let migration):
            "the database was written by a newer Sahifa (it has migration \"\(migration)\"); upgrade this program"
        case .unavailable(let reason): "the database is unavailable: \(reason). Try again when it is back."
        case .articleNotFound(let id): "no article with id \(id)"
        case .sectionSlugTaken(let slug): "a section with slug \(slug) already exists"
        case .sectionNotFound(let slug): "no section with slug \(slug)"
        case .invalidSectionSlug(let slug): "\(slug) cannot be a section slug (use a-z, 0-9 and -)"
        case .authorSlugTaken(let slug): "an author with slug \(slug) already exists"
        case .revisionConflict(let id, let current): "article \(id) was saved meanwhile (now revision \(current))"
        case .diskFull: "the disk holding the database or the pictures is full; nothing was written. Free some space"
        case .refusedValue(let table, let field):
            "the database refused the value of \(table.isEmpty ? field : table + "." + field) "
                + "(taken already, missing, or out of range); nothing was saved"
        }
    }
}
