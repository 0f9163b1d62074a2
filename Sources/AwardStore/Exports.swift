import Foundation

extension DataDirectory {
    /// Documents the office prints or sends on (draw records, notices, reports).
    public var exports: URL { url.appendingPathComponent("exports", isDirectory: true) }
}

extension Store {
    /// Writes a document into `exports/` of the data directory, atomically and 0600 like every
    /// file here (review data is confidential, 第二十条). Returns where it was written.
    public func export(name: String, contents: Data) throws(StoreError) -> URL {
        if !Posix.exists(directory.exports) { try Posix.makeDirectory(directory.exports) }
        let safe = String(name.map { $0 == "/" || $0 == "\0" ? "-" : $0 })
        let url = directory.exports.appendingPathComponent(safe)
        try AtomicFile.write(contents, to: url)
        return url
    }
}
