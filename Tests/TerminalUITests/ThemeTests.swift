import Testing
@testable import TerminalUI

@Test func parseReadsRolesAndFallsBackToMonochrome() throws {
    let text = """
    # house colours

    selected = black on cyan, bold
    error = bright-red
    status=reverse
    """
    let t = try Theme.parse(name: "house", text: text)
    #expect(t.name == "house")
    #expect(t[.selected] == Style(fg: .black, bg: .cyan, bold: true))
    // The file's style replaces the monochrome one entirely (no leftover underline).
    #expect(t[.error] == Style(fg: .brightRed))
    #expect(t[.status] == Style(reverse: true))
    // Not mentioned: monochrome title is bold.
    #expect(t[.title] == Style(bold: true))
}

@Test func parseErrorsNameTheLine() {
    // Line 3 has the misspelt role; comments and blank lines still count as lines.
    do {
        _ = try Theme.parse(name: "x", text: "normal = default\n# ok\nslected = red\n")
        Issue.record("expected an error")
    } catch let e as ThemeParseError {
        #expect(e.line == 3)
        #expect(e.description.contains("line 3"))
        #expect(e.description.contains("slected"))
    } catch {
        Issue.record("wrong error \(error)")
    }
    #expect(throws: ThemeParseError(line: 2, message: "unknown colour or attribute 'purple'")) {
        try Theme.parse(name: "x", text: "\ntitle = purple")
    }
    #expect(throws: ThemeParseError(line: 1, message: "expected 'role = style', got 'title bold'")) {
        try Theme.parse(name: "x", text: "title bold")
    }
    #expect(throws: ThemeParseError.self) { try Theme.parse(name: "x", text: "title = red on") }
    #expect(throws: ThemeParseError.self) { try Theme.parse(name: "x", text: "title = red on mauve") }
}

@Test func themeTextRoundTrips() throws {
    let t = try Theme.parse(name: "default", text: Theme.defaultColors.text)
    for role in StyleRole.allCases {
        #expect(t[role] == Theme.defaultColors[role])
    }
}

@Test func monochromeHasNoColours() {
    for role in StyleRole.allCases {
        #expect(Theme.monochrome[role].fg == .default && Theme.monochrome[role].bg == .default)
    }
    #expect(Theme.monochrome[.selected] == Style(reverse: true))
    #expect(Theme.monochrome[.error] == Style(bold: true, underline: true))
    #expect(Theme.monochrome[.header].bold)
}

@Test func withoutColorKeepsAttributesAndVisibility() {
    let t = Theme.defaultColors.withoutColor()
    for role in StyleRole.allCases {
        #expect(t[role].fg == .default && t[role].bg == .default)
    }
    // black on cyan, bold → bold, and reverse so the selection band stays visible.
    #expect(t[.selected] == Style(bold: true, reverse: true))
    // brightRed bold → bold.
    #expect(t[.error] == Style(bold: true))
    // brightBlack alone would become plain → the monochrome dim.
    #expect(t[.dim] == Style(dim: true))
}

@Test func colourNamesAreLenient() {
    #expect(Color(name: "Bright_Black") == .brightBlack)
    #expect(Color(name: "grey") == .brightBlack)
    #expect(Color(name: "default") == .default)
    #expect(Color(name: "mauve") == nil)
    #expect(Color.red.ansiIndex == 1)
    #expect(Color.default.ansiIndex == nil)
    #expect(Color.brightWhite.ansiIndex == 15)
}
