import CLibXML2

/// The C callbacks libxml2 calls, each handing its event to the `ExportEvents` whose pointer
/// the parser was given as its user data.
extension ExportEvents {
    static func handler() -> xmlSAXHandler {
        var handler = xmlSAXHandler()
        handler.initialized = UInt32(XML_SAX2_MAGIC)
        handler.startElementNs = { context, name, _, namespace, _, _, attributeCount, _, attributes in
            guard let context, let name else { return }
            var found: [String: String] = [:]
            if let attributes {
                // Five pointers an attribute: local name, prefix, namespace, start and end of its value.
                for index in stride(from: 0, to: Int(attributeCount) * 5, by: 5) {
                    guard let key = attributes[index], let start = attributes[index + 3],
                        let end = attributes[index + 4]
                    else { continue }
                    found[String(cString: key)] = String(
                        decoding: UnsafeBufferPointer(start: start, count: end - start), as: UTF8.self)
                }
            }
            let events = ExportEvents.events(context)
            events.startElement(events.key(name, namespace), attributes: found)
        }
        handler.endElementNs = { context, name, _, namespace in
            guard let context, let name else { return }
            let events = ExportEvents.events(context)
            events.endElement(events.key(name, namespace))
        }
        handler.characters = { context, bytes, count in
            guard let context, let bytes else { return }
            ExportEvents.events(context).characters(UnsafeBufferPointer(start: bytes, count: Int(count)))
        }
        handler.cdataBlock = handler.characters
        handler.internalSubset = { context, _, _, _ in
            guard let context else { return }
            ExportEvents.events(context).fail(WordPressExportError.documentTypeDeclared)
        }
        handler.serror = { context, error in
            guard let context, let error else { return }
            ExportEvents.events(context).error(error.pointee)
        }
        return handler
    }

    fileprivate func key(_ name: UnsafePointer<UInt8>, _ namespace: UnsafePointer<UInt8>?) -> String {
        let pointers = ElementName(name: UnsafeRawPointer(name), namespace: namespace.map(UnsafeRawPointer.init))
        if let known = keys[pointers] { return known }
        let key = Self.key(String(cString: name), namespace.map { String(cString: $0) })
        keys[pointers] = key
        return key
    }

    fileprivate static func events(_ context: UnsafeMutableRawPointer) -> ExportEvents {
        Unmanaged<ExportEvents>.fromOpaque(context).takeUnretainedValue()
    }
}
