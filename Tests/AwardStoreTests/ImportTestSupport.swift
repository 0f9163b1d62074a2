@testable import AwardStore
import AwardDomain
import Foundation

/// Shared fixtures for the CSV tests. Credit codes: see Fixtures/README.md (check characters
/// computed with `CreditCode.checkCharacter`).
enum Fx {
    static let code1 = "91320900MA1M000011"
    static let code2 = "91320900MA1M000024"
    static let code3 = "91320900MA1M000037"
    static let code4 = "91320900MA1M00004A"
    static let hospital = "12320900466000001M"

    static func file(_ name: String) -> Data {
        let url = Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures")
            ?? Bundle.module.url(forResource: name, withExtension: nil)
        return try! Data(contentsOf: url!)
    }

    /// UTF-8 with BOM and CRLF, as Excel's "CSV UTF-8" writes it.
    static func excel(_ lines: [String]) -> Data {
        Data([0xEF, 0xBB, 0xBF]) + Data((lines.joined(separator: "\r\n") + "\r\n").utf8)
    }

    static func plain(_ lines: [String]) -> Data { Data((lines.joined(separator: "\n") + "\n").utf8) }

    static func day(_ s: String) -> Day { Day(s)! }

    static let org1 = Organization(id: "O0001", name: "盐城市某某机械有限公司", creditCode: code1, county: .tinghu, established: day("2015-06-18"))
    static let org2 = Organization(id: "O0002", name: "江苏大丰新材料有限公司", creditCode: code2, county: .dafeng, established: day("2018-03-01"))

    static var registry: Registry {
        Registry(organizations: [org1, org2], experts: [
            Expert(id: "E001", name: "张三", county: .yandu),
            Expert(id: "E002", name: "李四", county: .tinghu),
        ])
    }

    static func problems(_ r: Result<ImportBatch, ImportErrors>) -> [ImportProblem] {
        if case .failure(let e) = r { return e.problems }
        return []
    }

    static func batch(_ r: Result<ImportBatch, ImportErrors>) -> ImportBatch? {
        if case .success(let b) = r { return b }
        return nil
    }

    static func orgs(_ r: Result<ImportBatch, ImportErrors>) -> [Organization] {
        switch batch(r) {
        case .organizations(let o)?, .records(let o)?, .awards(let o)?: o
        default: []
        }
    }

    /// (row, column) pairs, the part of a problem a test pins down exactly.
    static func places(_ r: Result<ImportBatch, ImportErrors>) -> [String] {
        problems(r).map { "\($0.row):\($0.column)" }
    }
}
