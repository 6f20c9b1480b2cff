/// Text that WordPress keeps as HTML (titles, excerpts, captions) as the plain text readers see:
/// tags left out, entities decoded, spaces collapsed.
enum HTMLText {
    static func plain(_ html: String) -> String {
        var text = ""
        var inTag = false
        for character in html {
            if character == "<" {
                inTag = true
            } else if character == ">" && inTag {
                inTag = false
                text.append(" ")
            } else if !inTag {
                text.append(character)
            }
        }
        return HTMLEntities.decode(text).split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
