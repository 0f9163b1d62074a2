import AwardDomain
import AwardStore
import Foundation

extension GlobalOptions {
    /// Writes a file outside the data directory (an export, a report, a package, a return):
    /// owner-only (0600) unless `--file-mode` asks otherwise (第二十条).
    func writeOutput(_ data: Data, to path: String) throws {
        var mode = OutputFile.defaultMode
        if let text = fileMode {
            guard let m = mode_t(text, radix: 8), m <= 0o777 else {
                throw CommandFailure(Phrase(zh: "--file-mode 应为八进制权限，如 600 或 640", en: "--file-mode takes octal permissions such as 600 or 640").text(language))
            }
            mode = m
        }
        do { try OutputFile.write(data, to: URL(fileURLWithPath: path), mode: mode) } catch {
            throw CommandFailure(Phrase.cannotWrite(path: path, reason: error.text(language)).text(language))
        }
    }
}
