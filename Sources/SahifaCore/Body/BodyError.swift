/// Why a body could not be rendered; each case names the line the editor must fix.
public enum BodyError: Error, Sendable, Hashable {
    /// A `[[…]]` line that is not one of our directives, or is missing its argument.
    case malformedDirective(line: Int, text: String)
    /// `[[image:REF]]` names a picture that is not in the media library.
    case unknownImage(line: Int, reference: String)
    /// `[[related:ID]]` whose ID is not a number.
    case invalidRelatedID(line: Int, text: String)
    /// `[[embed:URL]]` whose address is not a post of a network Sahifa embeds (`BodyEmbed`).
    case unknownEmbed(line: Int, text: String)
}
