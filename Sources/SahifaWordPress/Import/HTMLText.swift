import ArabicText
import SahifaCore

/// Text that WordPress keeps as HTML (titles, excerpts, captions) as the plain text readers see:
/// tags left out, entities decoded, spaces collapsed. Read scalar by scalar: an import asks
/// this of several fields of every post.
enum HTMLText {
    static func plain(_ html: String) -> String {
        var text = String.UnicodeScalarView()
        var inTag = false
        for scalar in html.unicodeScalars {
            if scalar == "<" {
                inTag = true
            } else if scalar == ">" && inTag {
                inTag = false
                text.append(" ")
            } else if !inTag {
                text.append(scalar)
            }
        }
        var collapsed = String.UnicodeScalarView()
        var spaceBefore = false
        for scalar in HTMLEntities.decode(String(text)).unicodeScalars {
            if scalar.isWhitespace {
                spaceBefore = !collapsed.isEmpty
                continue
            }
            if spaceBefore {
                collapsed.append(" ")
                spaceBefore = false
            }
            collapsed.append(scalar)
        }
        return String(collapsed).withoutControlCharacters
    }
}
