import SahifaCore

/// A picture upload: the first line is the Content-Type header, the rest the body.
enum MultipartChecks {
    static func problems(for input: [UInt8]) -> [String] {
        let (contentType, body) = FuzzInput.firstLine(input)
        guard let form = try? MultipartForm(body, contentType: contentType) else { return [] }
        let held = form.parts.reduce(0) { $0 + $1.bytes.count }
        var problems: [String] = []
        if held > body.count { problems.append("the parts hold \(held) bytes of a \(body.count)-byte body") }
        for part in form.parts where part.filename == nil {
            if form[part.name]?.unicodeScalars.contains(where: { $0.value < 0x20 && $0 != "\n" && $0 != "\t" }) == true
            {
                problems.append("a text field keeps a control character")
            }
        }
        return problems
    }
}
