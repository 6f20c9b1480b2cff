import ArabicText
import SahifaCore

/// The slugs of a WordPress site as Sahifa keeps them.
enum WordPressSlug {
    /// A post's or term's slug decoded from WordPress's percent-encoding (`%d8%a7…` becomes
    /// Arabic letters); the text as it is when it is not percent-encoded.
    static func decoded(_ slug: String) -> String {
        PercentEncoding.decode(Substring(slug)) ?? slug
    }

    /// An author's URL name, as WordPress makes `user_nicename` from the login (`s.haddad`
    /// becomes `s-haddad`), which is also the Sahifa byline's slug.
    static func nicename(login: String) -> String {
        var slug = ""
        for character in login.lowercased() {
            if character.isASCII && (character.isLetter || character.isNumber) {
                slug.append(character)
            } else if !slug.hasSuffix("-") {
                slug.append("-")
            }
        }
        while slug.hasSuffix("-") { slug.removeLast() }
        return slug.isEmpty ? "author" : slug
    }

    /// A category's section slug: its own when it is a plain ASCII slug a section can take,
    /// otherwise `category-ID` (an Arabic category slug cannot be a section's, whose slug is
    /// the first segment of every article URL).
    static func section(for category: WordPressSite.Category) -> String {
        let slug = decoded(category.nicename).lowercased()
        return Slug.isValidASCII(slug) && !Section.reservedSlugs.contains(slug)
            ? slug : "category-\(category.termID)"
    }
}
