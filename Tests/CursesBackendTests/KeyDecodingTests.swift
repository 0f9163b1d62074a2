import CNcursesw
import CursesBackend
import Testing
import TerminalUI

/// What `wget_wch` returns, turned into keys (ncurses: KEY_CODE_YES for function keys, else a character).
@Suite struct KeyDecodingTests {
    @Test func functionKeyCodes() {
        // Curses key codes from <curses.h>: KEY_DOWN 0402, KEY_BTAB 0541, KEY_NPAGE 0522, KEY_DC 0512.
        #expect(decodeKey(isKeyCode: true, code: UInt32(KEY_DOWN)) == .down)
        #expect(decodeKey(isKeyCode: true, code: UInt32(KEY_UP)) == .up)
        #expect(decodeKey(isKeyCode: true, code: UInt32(KEY_BTAB)) == .backTab)
        #expect(decodeKey(isKeyCode: true, code: UInt32(KEY_NPAGE)) == .pageDown)
        #expect(decodeKey(isKeyCode: true, code: UInt32(KEY_PPAGE)) == .pageUp)
        #expect(decodeKey(isKeyCode: true, code: UInt32(KEY_DC)) == .delete)
        #expect(decodeKey(isKeyCode: true, code: UInt32(KEY_HOME)) == .home)
        #expect(decodeKey(isKeyCode: true, code: UInt32(KEY_END)) == .end)
        #expect(decodeKey(isKeyCode: true, code: UInt32(KEY_BACKSPACE)) == .backspace)
        #expect(decodeKey(isKeyCode: true, code: UInt32(KEY_RESIZE)) == .resize)
        #expect(decodeKey(isKeyCode: true, code: UInt32(KEY_ENTER)) == .enter)
    }

    @Test func functionKeysF1ToF12() {
        // KEY_F(n) = KEY_F0 + n, with KEY_F0 = 0410 octal = 264.
        #expect(decodeKey(isKeyCode: true, code: 264 + 1) == .function(1))
        #expect(decodeKey(isKeyCode: true, code: 264 + 10) == .function(10))
        #expect(decodeKey(isKeyCode: true, code: 264 + 12) == .function(12))
    }

    @Test func controlCharacters() {
        // Tab 9, Enter 13 (nonl) or 10, Esc 27, Backspace as DEL 127 or ^H 8, ^S 19.
        #expect(decodeKey(isKeyCode: false, code: 9) == .tab)
        #expect(decodeKey(isKeyCode: false, code: 13) == .enter)
        #expect(decodeKey(isKeyCode: false, code: 10) == .enter)
        #expect(decodeKey(isKeyCode: false, code: 27) == .escape)
        #expect(decodeKey(isKeyCode: false, code: 127) == .backspace)
        #expect(decodeKey(isKeyCode: false, code: 8) == .backspace)
        #expect(decodeKey(isKeyCode: false, code: 19) == .ctrl("s"))
    }

    @Test func wideCharactersArriveWhole() {
        // 盐 is U+76D0: wget_wch delivers the whole code point, not its three UTF-8 bytes.
        #expect(decodeKey(isKeyCode: false, code: 0x76D0) == .char("盐"))
        #expect(decodeKey(isKeyCode: false, code: 0x41) == .char("A"))
        #expect(decodeKey(isKeyCode: false, code: 0x20) == .char(" "))
    }

    @Test func unknownCodesAreIgnored() {
        #expect(decodeKey(isKeyCode: true, code: 0o777) == nil)
        #expect(decodeKey(isKeyCode: false, code: 0xD800) == nil) // a lone surrogate is not a scalar
    }
}
