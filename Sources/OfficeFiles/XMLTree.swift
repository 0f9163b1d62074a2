import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A part read into a small element tree, for the reader. Names are local (a prefix such as
/// `x:` that some writers use is dropped), as are attribute prefixes (`r:id` is `id`).
struct XMLNode {
    var name: String
    var attributes: [String: String]
    var children: [XMLNode] = []
    var text = ""

    func child(_ name: String) -> XMLNode? { children.first { $0.name == name } }
    func all(_ name: String) -> [XMLNode] { children.filter { $0.name == name } }

    /// The text of this node and every node below it, in order.
    var allText: String { text + children.map(\.allText).joined() }

    static func parse(_ data: Data, part: String) throws(OfficePackage.Failure) -> XMLNode {
        let builder = TreeBuilder()
        let parser = XMLParser(data: data)
        parser.delegate = builder
        parser.shouldResolveExternalEntities = false
        guard parser.parse(), let root = builder.root else { throw .malformed(part) }
        return root
    }

    static func localName(_ qualified: String) -> String {
        guard let colon = qualified.lastIndex(of: ":") else { return qualified }
        return String(qualified[qualified.index(after: colon)...])
    }
}

private final class TreeBuilder: NSObject, XMLParserDelegate {
    var stack: [XMLNode] = []
    var root: XMLNode?

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
        var attributes: [String: String] = [:]
        for (k, v) in attributeDict where !k.hasPrefix("xmlns") { attributes[XMLNode.localName(k)] = v }
        stack.append(XMLNode(name: XMLNode.localName(elementName), attributes: attributes))
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        guard !stack.isEmpty else { return }
        // Text goes into the innermost open element; text between child elements is rare in
        // these parts and only whitespace, so keeping it in one field is enough.
        stack[stack.count - 1].text += string
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?) {
        guard let node = stack.popLast() else { return }
        if stack.isEmpty { root = node } else { stack[stack.count - 1].children.append(node) }
    }
}
