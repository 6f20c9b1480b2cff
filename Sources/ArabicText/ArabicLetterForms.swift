/// The search form of each letter of the basic Arabic block (U+0600–U+06FF), as UTF-8, worked out once from
/// ``ArabicScalars/role(of:)`` and ``ArabicNormalizer/appendSearchForm(of:to:)``: the tokenizer's walk over a text
/// then reads one entry for most scalars of Arabic text instead of running both of their switches.
enum ArabicLetterForms {
    /// A letter's search form: one Arabic letter, two UTF-8 bytes (every letter of the block folds to a letter
    /// of the block). Zero bytes marks a scalar of the block that is not a letter.
    struct Form {
        let first: UInt8
        let second: UInt8

        var isLetter: Bool { first != 0 }
    }

    /// Indexed by scalar value minus 0x600.
    static let forms: [Form] = (0x0600...0x06FF).map { value in
        let scalar = Unicode.Scalar(UInt32(value))!
        guard ArabicScalars.role(of: scalar) == .arabicLetter else { return Form(first: 0, second: 0) }
        var bytes: [UInt8] = []
        ArabicNormalizer.appendSearchForm(of: scalar, to: &bytes)
        precondition(bytes.count == 2, "an Arabic letter whose search form is not one letter of its block")
        return Form(first: bytes[0], second: bytes[1])
    }

    /// The form of the two-byte scalar at `offset` in `bytes`, when it is a letter of the block; `forms` is
    /// ``forms``, opened once by the caller for a whole text.
    @inline(__always)
    static func letter(at offset: Int, in bytes: UnsafeBufferPointer<UInt8>, forms: UnsafeBufferPointer<Form>) -> Form?
    {
        let lead = bytes[offset]
        guard lead >= 0xD8, lead <= 0xDB, offset + 1 < bytes.count else { return nil }
        let value = Int(lead & 0x03) << 6 | Int(bytes[offset + 1] & 0x3F)
        let form = forms[value]
        return form.isLetter ? form : nil
    }
}
