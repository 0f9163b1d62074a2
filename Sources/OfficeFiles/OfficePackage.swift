import Foundation
import ZIPFoundation

/// The ZIP container of a .docx or .xlsx (Open Packaging Conventions): named parts, deflated.
public enum OfficePackage {
    /// Why a package could not be made or read.
    public enum Failure: Error, Sendable, Equatable {
        /// Not a ZIP file (for a reader: not an .xlsx at all).
        case notAPackage
        /// A part the format needs is missing or cannot be read.
        case missingPart(String)
        /// A part is not well-formed XML.
        case malformed(String)
    }

    /// The parts in order, `[Content_Types].xml` first as Office writes it. Entries carry a fixed
    /// date so the same document gives the same bytes.
    public static func zip(_ parts: [(path: String, data: Data)]) throws(Failure) -> Data {
        do {
            let archive = try Archive(data: Data(), accessMode: .create)
            let stamp = Date(timeIntervalSince1970: 946_684_800) // 2000-01-01
            for part in parts {
                try archive.addEntry(with: part.path, type: .file, uncompressedSize: Int64(part.data.count),
                                     modificationDate: stamp, compressionMethod: .deflate) { position, size in
                    part.data.subdata(in: Int(position)..<Int(position) + size)
                }
            }
            guard let data = archive.data else { throw Failure.notAPackage }
            return data
        } catch {
            // Writing to memory fails only when out of memory; say what could not be made.
            throw .notAPackage
        }
    }

    /// Every part of a package by path.
    public static func parts(of data: Data) throws(Failure) -> [String: Data] {
        guard looksLikePackage(data) else { throw .notAPackage }
        let archive: Archive
        do { archive = try Archive(data: data, accessMode: .read) } catch { throw .notAPackage }
        var out: [String: Data] = [:]
        for entry in archive where entry.type == .file {
            var bytes = Data()
            do { _ = try archive.extract(entry) { bytes.append($0) } } catch { throw .missingPart(entry.path) }
            out[entry.path] = bytes
        }
        return out
    }

    /// True when `data` begins as a ZIP file does (an .xlsx rather than a CSV).
    public static func looksLikePackage(_ data: Data) -> Bool { data.starts(with: [0x50, 0x4B, 0x03, 0x04]) }
}
