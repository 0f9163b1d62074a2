import CNcursesw
import TerminalUI

/// Turns what `wget_wch` returned into a `Key`. `isKeyCode` is true when curses reported a
/// function-key code (KEY_CODE_YES) rather than a character.
public func decodeKey(isKeyCode: Bool, code: UInt32) -> Key? {
    if isKeyCode {
        let c = Int32(truncatingIfNeeded: code)
        switch c {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_HOME: return .home
        case KEY_END: return .end
        case KEY_PPAGE: return .pageUp
        case KEY_NPAGE: return .pageDown
        case KEY_BACKSPACE: return .backspace
        case KEY_DC: return .delete
        case KEY_IC: return .insert
        case KEY_BTAB: return .backTab
        case KEY_ENTER: return .enter
        case KEY_RESIZE: return .resize
        default:
            for n in 1...12 where c == qa_key_f(Int32(n)) { return .function(n) }
            return nil
        }
    }
    switch code {
    case 9: return .tab
    case 10, 13: return .enter
    case 27: return .escape
    case 8, 127: return .backspace
    case 1...26: return .ctrl(Character(Unicode.Scalar(code + 96)!))
    default:
        guard code >= 32, let scalar = Unicode.Scalar(code) else { return nil }
        return .char(Character(scalar))
    }
}
