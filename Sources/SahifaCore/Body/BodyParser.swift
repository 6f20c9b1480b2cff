/// Splits a body's Markdown into blocks. The subset: paragraphs, `##`/`###` headings,
/// `>` quotes, `-`/`1.` lists, and our directives on a line of their own:
/// `[[related:ID]]`, `[[image:REF|caption|credit]]` and `[[embed:URL]]`.
struct BodyParser {
    private var blocks: [BodyBlock] = []
    private var paragraph: [Substring] = []
    private var quote: [String] = []
    private var quoteParagraph: [Substring] = []
    private var listItems: [String] = []
    private var listIsOrdered = false

    static func parse(_ markdown: String) throws(BodyError) -> [BodyBlock] {
        var parser = BodyParser()
        var lineNumber = 0
        for line in lines(of: markdown) {
            lineNumber += 1
            try parser.consume(line: line, number: lineNumber)
        }
        parser.closeAll()
        return parser.blocks
    }

    /// The lines of `text`, split where `Character.isNewline` would split them (CR LF once,
    /// CR, LF, VT, FF, NEL, LS, PS) but read as UTF-8 bytes, which is many times faster than
    /// walking the text's characters.
    static func lines(of text: String) -> [Substring] {
        var lines: [Substring] = []
        let bytes = text.utf8
        var start = bytes.startIndex
        var index = start
        while index < bytes.endIndex {
            let byte = bytes[index]
            var width = 0
            switch byte {
            case 0x0A, 0x0B, 0x0C: width = 1
            case 0x0D:
                let next = bytes.index(after: index)
                width = next < bytes.endIndex && bytes[next] == 0x0A ? 2 : 1
            case 0xC2:
                let next = bytes.index(after: index)
                if next < bytes.endIndex && bytes[next] == 0x85 { width = 2 }
            case 0xE2:
                let second = bytes.index(after: index)
                if second < bytes.endIndex && bytes[second] == 0x80 {
                    let third = bytes.index(after: second)
                    if third < bytes.endIndex && (bytes[third] == 0xA8 || bytes[third] == 0xA9) { width = 3 }
                }
            default: break
            }
            if width == 0 {
                index = bytes.index(after: index)
                continue
            }
            lines.append(text[start..<index])
            index = bytes.index(index, offsetBy: width)
            start = index
        }
        lines.append(text[start..<bytes.endIndex])
        return lines
    }

    private mutating func consume(line: Substring, number: Int) throws(BodyError) {
        let trimmed = line.trimmingSpaces()
        if trimmed.isEmpty {
            closeAll()
            return
        }
        if trimmed.hasPrefix("[[") {
            closeAll()
            blocks.append(try Self.directive(trimmed, line: number))
            return
        }
        if let heading = Self.heading(trimmed) {
            closeAll()
            blocks.append(heading)
            return
        }
        if trimmed.hasPrefix(">") {
            closeParagraph()
            closeList()
            let content = trimmed.dropFirst().trimmingSpaces()
            if content.isEmpty {
                closeQuoteParagraph()
            } else {
                quoteParagraph.append(content)
            }
            return
        }
        closeQuote()
        if let (ordered, content) = Self.listItem(trimmed) {
            closeParagraph()
            if !listItems.isEmpty && ordered != listIsOrdered {
                closeList()
            }
            listIsOrdered = ordered
            listItems.append(String(content))
            return
        }
        if !listItems.isEmpty {
            // A plain line right after an item continues that item.
            listItems[listItems.count - 1] += " " + trimmed
            return
        }
        paragraph.append(trimmed)
    }

    private mutating func closeAll() {
        closeParagraph()
        closeQuote()
        closeList()
    }

    private mutating func closeParagraph() {
        guard !paragraph.isEmpty else { return }
        blocks.append(.paragraph(paragraph.joined(separator: " ")))
        paragraph = []
    }

    private mutating func closeQuoteParagraph() {
        guard !quoteParagraph.isEmpty else { return }
        quote.append(quoteParagraph.joined(separator: " "))
        quoteParagraph = []
    }

    private mutating func closeQuote() {
        closeQuoteParagraph()
        guard !quote.isEmpty else { return }
        blocks.append(.quote(quote))
        quote = []
    }

    private mutating func closeList() {
        guard !listItems.isEmpty else { return }
        blocks.append(.list(ordered: listIsOrdered, items: listItems))
        listItems = []
    }

    private static func heading(_ line: Substring) -> BodyBlock? {
        let hashes = line.prefix(while: { $0 == "#" }).count
        guard (1...6).contains(hashes) else { return nil }
        let rest = line.dropFirst(hashes)
        guard rest.first == " " else { return nil }
        let text = rest.trimmingSpaces()
        guard !text.isEmpty else { return nil }
        return .heading(level: hashes <= 2 ? 2 : 3, text: String(text))
    }

    private static func listItem(_ line: Substring) -> (ordered: Bool, content: Substring)? {
        if let first = line.first, first == "-" || first == "*" || first == "+" {
            let rest = line.dropFirst()
            guard rest.first == " " else { return nil }
            return (false, rest.trimmingSpaces())
        }
        let digits = line.prefix(while: { $0.isASCII && $0.isNumber })
        guard !digits.isEmpty, digits.count <= 9 else { return nil }
        let rest = line.dropFirst(digits.count)
        guard let marker = rest.first, marker == "." || marker == ")", rest.dropFirst().first == " " else {
            return nil
        }
        return (true, rest.dropFirst().trimmingSpaces())
    }

    private static func directive(_ line: Substring, line number: Int) throws(BodyError) -> BodyBlock {
        guard line.hasSuffix("]]"), line.count > 4 else {
            throw .malformedDirective(line: number, text: String(line))
        }
        let inside = line.dropFirst(2).dropLast(2)
        guard let colon = inside.firstIndex(of: ":") else {
            throw .malformedDirective(line: number, text: String(line))
        }
        let name = inside[..<colon].trimmingSpaces().lowercased()
        let argument = inside[inside.index(after: colon)...]
        switch name {
        case "related":
            guard let id = Int64(argument.trimmingSpaces()), id > 0 else {
                throw .invalidRelatedID(line: number, text: String(line))
            }
            return .relatedCard(ArticleID(id))
        case "image":
            let parts = argument.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingSpaces() }
            guard let reference = parts.first, !reference.isEmpty, parts.count <= 3 else {
                throw .malformedDirective(line: number, text: String(line))
            }
            func part(_ index: Int) -> String? {
                parts.indices.contains(index) && !parts[index].isEmpty ? String(parts[index]) : nil
            }
            return .image(reference: String(reference), caption: part(1), credit: part(2), line: number)
        case "embed":
            guard let embed = BodyEmbed(argument.trimmingSpaces()) else {
                throw .unknownEmbed(line: number, text: String(line))
            }
            return .embed(embed)
        default:
            throw .malformedDirective(line: number, text: String(line))
        }
    }
}

extension Substring {
    /// Without spaces and tabs at either end, looked for as bytes.
    fileprivate func trimmingSpaces() -> Substring {
        let bytes = utf8
        guard let first = bytes.firstIndex(where: { $0 != 0x20 && $0 != 0x09 }),
            let last = bytes.lastIndex(where: { $0 != 0x20 && $0 != 0x09 })
        else { return self[endIndex...] }
        return self[first...last]
    }
}
