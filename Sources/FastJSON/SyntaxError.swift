import Foundation

/// Why the bytes are not JSON, and where. It reaches callers as Foundation reports the same:
/// `DecodingError.dataCorrupted` with an empty coding path; the message names line, column and byte.
struct SyntaxError: Error {
    var what: String
    var offset: Int

    func decodingError(in bytes: UnsafePointer<UInt8>, count: Int) -> DecodingError {
        var line = 1
        var lineStart = 0
        for i in 0..<min(offset, count) where bytes[i] == 0x0A {
            line += 1
            lineStart = i + 1
        }
        let column = offset - lineStart + 1
        return .dataCorrupted(.init(codingPath: [],
                                    debugDescription: "The given data was not valid JSON: \(what) at line \(line), column \(column) (byte \(offset))."))
    }
}
