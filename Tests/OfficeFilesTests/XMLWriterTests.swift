import Foundation
import Testing
@testable import OfficeFiles

/// The XML under every .docx and .xlsx: escaped, balanced, and free of characters XML 1.0 forbids
/// (one of them makes Word refuse the whole file).
struct XMLWriterTests {
    @Test func escapesTextAndAttributes() {
        var x = XMLWriter(declaration: false)
        x.start("a", ["v": "x\"<&>\t\n"])
        x.text("1 < 2 & 3 > 2 \"q\"")
        x.empty("b")
        x.end()
        #expect(x.output == "<a v=\"x&quot;&lt;&amp;&gt;&#9;&#10;\">1 &lt; 2 &amp; 3 &gt; 2 \"q\"<b/></a>")
    }

    /// NUL, BEL, ESC, VT, FF and U+FFFE/U+FFFF are dropped; tab, LF, CR, CJK and emoji stay.
    @Test func dropsForbiddenCharacters() {
        let s = "A\u{0}B\u{7}C\u{1B}D\u{B}\u{C}E\u{FFFE}\u{FFFF}\tF\nG\rH盐城😀"
        #expect(XMLWriter.escapeText(s) == "ABCDE\tF\nG\rH盐城😀")
        for v in UInt32(0)..<0x20 {
            #expect(XMLWriter.isAllowed(Unicode.Scalar(v)!) == [0x9, 0xA, 0xD].contains(v))
        }
    }

    /// What the writer makes, Foundation's parser reads back unchanged (after dropping).
    @Test func roundTripsThroughAParser() throws {
        let nasty = "<&>\"'\u{1}盐城 \u{3000}\t"
        var x = XMLWriter()
        x.element("t", ["a": nasty], text: nasty)
        let node = try XMLNode.parse(x.data, part: "t")
        #expect(node.text == "<&>\"'盐城 \u{3000}\t")
        #expect(node.attributes["a"] == "<&>\"'盐城 \u{3000}\t")
    }
}
