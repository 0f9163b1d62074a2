import Foundation

/// Writes well-formed XML for the Office parts: elements are closed in order, text and attribute
/// values are escaped, and characters XML 1.0 forbids (C0 controls other than tab, line feed and
/// carriage return; U+FFFE, U+FFFF) are dropped, since a single one makes Word and Excel refuse
/// the whole file. Names are the caller's literals and are not checked.
public struct XMLWriter {
    public private(set) var output = ""
    private var open: [String] = []

    public init(declaration: Bool = true) {
        if declaration { output = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n" }
    }

    /// `<name a="v">`; close it with `end()`.
    public mutating func start(_ name: String, _ attributes: KeyValuePairs<String, String> = [:]) {
        output += "<" + name
        appendAttributes(attributes)
        output += ">"
        open.append(name)
    }

    /// `<name a="v"/>`.
    public mutating func empty(_ name: String, _ attributes: KeyValuePairs<String, String> = [:]) {
        output += "<" + name
        appendAttributes(attributes)
        output += "/>"
    }

    /// `<name a="v">text</name>`.
    public mutating func element(_ name: String, _ attributes: KeyValuePairs<String, String> = [:], text: String) {
        start(name, attributes)
        self.text(text)
        end()
    }

    public mutating func text(_ s: String) { output += Self.escapeText(s) }

    /// Closes the innermost open element.
    public mutating func end() {
        guard let name = open.popLast() else { preconditionFailure("XMLWriter.end() with no open element") }
        output += "</" + name + ">"
    }

    /// The document as UTF-8; every element must be closed.
    public var data: Data {
        precondition(open.isEmpty, "XMLWriter: unclosed elements \(open)")
        return Data(output.utf8)
    }

    private mutating func appendAttributes(_ attributes: KeyValuePairs<String, String>) {
        for (k, v) in attributes { output += " " + k + "=\"" + Self.escapeAttribute(v) + "\"" }
    }

    /// True for the characters XML 1.0 allows (§2.2); Swift strings hold no lone surrogates.
    public static func isAllowed(_ u: Unicode.Scalar) -> Bool {
        switch u.value {
        case 0x9, 0xA, 0xD: true
        case 0..<0x20, 0xFFFE, 0xFFFF: false
        default: true
        }
    }

    /// `&`, `<` and `>` escaped; forbidden characters dropped.
    public static func escapeText(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        for u in s.unicodeScalars {
            switch u {
            case "&": out.append(contentsOf: "&amp;".unicodeScalars)
            case "<": out.append(contentsOf: "&lt;".unicodeScalars)
            case ">": out.append(contentsOf: "&gt;".unicodeScalars)
            default: if isAllowed(u) { out.append(u) }
            }
        }
        return String(out)
    }

    /// As `escapeText`, and quotes; tab, line feed and carriage return as character references,
    /// since a parser turns them into spaces in an attribute value otherwise (§3.3.3).
    public static func escapeAttribute(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        for u in s.unicodeScalars {
            switch u {
            case "&": out.append(contentsOf: "&amp;".unicodeScalars)
            case "<": out.append(contentsOf: "&lt;".unicodeScalars)
            case ">": out.append(contentsOf: "&gt;".unicodeScalars)
            case "\"": out.append(contentsOf: "&quot;".unicodeScalars)
            case "\t": out.append(contentsOf: "&#9;".unicodeScalars)
            case "\n": out.append(contentsOf: "&#10;".unicodeScalars)
            case "\r": out.append(contentsOf: "&#13;".unicodeScalars)
            default: if isAllowed(u) { out.append(u) }
            }
        }
        return String(out)
    }
}
