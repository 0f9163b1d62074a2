#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import AwardDomain
import Foundation

/// Review data is confidential (第二十条): folders 0700, files 0600, so no other user of the
/// machine can read them. Open tightens anything looser and says what it changed.
enum Permissions {
    static let folderMode: mode_t = 0o700
    static let fileMode: mode_t = 0o600

    /// Tightens the data directory's folders and files; returns the paths it changed.
    static func tighten(_ dir: DataDirectory) throws(StoreError) -> [String] {
        var fixed: [String] = []
        func check(_ url: URL) throws(StoreError) {
            guard let m = Posix.mode(url), m.isDirectory || m.isRegular else { return }
            let wanted = m.isDirectory ? folderMode : fileMode
            // Only loosened bits are taken away; an owner-only mode that is tighter is left alone.
            guard m.perm & ~wanted != 0 else { return }
            guard chmod(url.path, m.perm & wanted) == 0 else { throw Posix.fail(.permissions, url.path) }
            fixed.append(url.path)
        }
        for folder in dir.folders {
            // The directory itself may be reached through a link the user made; nothing inside it may be a link.
            if folder != dir.url, Posix.mode(folder)?.isLink == true { throw Posix.fail(.read, folder.path, ELOOP) }
            try check(folder)
            guard Posix.mode(folder, following: folder == dir.url)?.isDirectory == true else { continue }
            for name in try Posix.list(folder) {
                let url = folder.appendingPathComponent(name)
                if Posix.mode(url)?.isLink == true { throw Posix.fail(.read, url.path, ELOOP) }
                try check(url)
            }
        }
        return fixed
    }

    static func warning(_ fixed: [String]) -> Phrase {
        let list = fixed.joined(separator: "、")
        return Phrase(zh: "以下文件或目录的权限过宽，已改为仅本人可读写（评审资料须保密，第二十条）：\(list)",
                      en: "These files or folders were readable by others and are now owner-only (review data is confidential, Art. 20): \(fixed.joined(separator: ", "))")
    }
}
