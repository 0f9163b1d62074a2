import Foundation

/// Numbers are converted only when asked for, with Foundation's rules: an integer type takes any
/// number that is a whole value in its range ("34.0" is 34); a floating type takes any number whose
/// value is finite and not rounded to zero.
extension DecodingContext {
    func integer<T: FixedWidthInteger>(_ i: Int, _ type: T.Type, path: () -> [CodingKey]) throws -> T {
        switch nodes[i].kind {
        case .integer:
            if let value = exactInteger(span(i), as: T.self) { return value }
        case .number:
            break
        case .null:
            throw nullFound(type, path())
        default:
            throw mismatch(type, i, path())
        }
        // A fraction, an exponent or more digits than fit: through Double, if it is exact there.
        guard let d = Double(text(i)), d.isFinite, let value = T(exactly: d) else {
            throw DecodingError.dataCorrupted(.init(codingPath: path(), debugDescription: "Number \(text(i)) does not fit in \(T.self)."))
        }
        return value
    }

    /// Digits with an optional minus sign, if the value fits in `T`.
    @inline(__always)
    private func exactInteger<T: FixedWidthInteger>(_ s: UnsafeBufferPointer<UInt8>, as: T.Type) -> T? {
        let negative = s[0] == UInt8(ascii: "-")
        var k = negative ? 1 : 0
        var v: UInt64 = 0
        if s.count - k <= 19 { // 19 digits never overflow UInt64
            while k < s.count {
                v = v &* 10 &+ UInt64(s[k] &- UInt8(ascii: "0"))
                k += 1
            }
        } else {
            while k < s.count {
                let (m, o1) = v.multipliedReportingOverflow(by: 10)
                let (a, o2) = m.addingReportingOverflow(UInt64(s[k] &- UInt8(ascii: "0")))
                if o1 || o2 { return nil }
                v = a
                k += 1
            }
        }
        if !negative { return T(exactly: v) }
        if v <= UInt64(Int64.max) { return T(exactly: -Int64(v)) }
        return v == UInt64(Int64.max) + 1 ? T(exactly: Int64.min) : nil
    }

    func double(_ i: Int, path: () -> [CodingKey]) throws -> Double {
        switch nodes[i].kind {
        case .integer, .number:
            if let d = fastDouble(span(i)) { return d }
            guard let d = Double(text(i)), d.isFinite, d != 0 || isZero(span(i)) else { throw notRepresentable(i, Double.self, path()) }
            return d
        case .null:
            throw nullFound(Double.self, path())
        default:
            throw mismatch(Double.self, i, path())
        }
    }

    func float(_ i: Int, path: () -> [CodingKey]) throws -> Float {
        switch nodes[i].kind {
        case .integer, .number:
            guard let f = Float(text(i)), f.isFinite, f != 0 || isZero(span(i)) else { throw notRepresentable(i, Float.self, path()) }
            return f
        case .null:
            throw nullFound(Float.self, path())
        default:
            throw mismatch(Float.self, i, path())
        }
    }

    private func notRepresentable(_ i: Int, _ type: Any.Type, _ path: [CodingKey]) -> DecodingError {
        .dataCorrupted(.init(codingPath: path, debugDescription: "Number \(text(i)) does not fit in \(type)."))
    }

    /// Whether a number's digits before any exponent are all zeros (so 0 is its true value).
    private func isZero(_ s: UnsafeBufferPointer<UInt8>) -> Bool {
        for c in s {
            if c | 0x20 == UInt8(ascii: "e") { return true }
            if c >= UInt8(ascii: "1") && c <= UInt8(ascii: "9") { return false }
        }
        return true
    }

    /// Clinger's fast path: a mantissa of at most 2^53 and a power of ten of at most 22 are both
    /// exact doubles, so one IEEE multiplication or division rounds correctly. Nil otherwise.
    private func fastDouble(_ s: UnsafeBufferPointer<UInt8>) -> Double? {
        var k = 0
        let negative = s[0] == UInt8(ascii: "-")
        if negative { k = 1 }
        var mantissa: UInt64 = 0
        var digits = 0
        var exponent = 0
        while k < s.count, s[k] &- UInt8(ascii: "0") < 10 {
            mantissa = mantissa &* 10 &+ UInt64(s[k] &- UInt8(ascii: "0"))
            digits += 1; k += 1
        }
        if k < s.count, s[k] == UInt8(ascii: ".") {
            k += 1
            while k < s.count, s[k] &- UInt8(ascii: "0") < 10 {
                mantissa = mantissa &* 10 &+ UInt64(s[k] &- UInt8(ascii: "0"))
                digits += 1; exponent -= 1; k += 1
            }
        }
        if k < s.count { // an exponent
            k += 1
            var sign = 1
            if s[k] == UInt8(ascii: "-") { sign = -1; k += 1 } else if s[k] == UInt8(ascii: "+") { k += 1 }
            var e = 0
            while k < s.count {
                e = e * 10 + Int(s[k] &- UInt8(ascii: "0"))
                if e > 1000 { return nil }
                k += 1
            }
            exponent += sign * e
        }
        guard digits <= 19, mantissa <= 1 << 53, exponent >= -22, exponent <= 22 else { return nil }
        let m = Double(mantissa)
        let value = exponent < 0 ? m / Self.powersOfTen[-exponent] : m * Self.powersOfTen[exponent]
        return negative ? -value : value
    }

    private static let powersOfTen: [Double] = (0...22).map { pow(10, Double($0)) }
}
