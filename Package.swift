// swift-tools-version:6.0
import PackageDescription

// Layers (arrows point one way):
//   qaward → AwardApp → {AwardDomain, AwardStore, TerminalUI}
//   AwardStore → {FastJSON, OfficeFiles}
//   OfficeFiles → TerminalUI (for the one display-width function: column widths)
//   qaward, qaward-bench → AwardSynth → {AwardDomain, AwardStore}
//   qaward → ReviewPackage → {AwardDomain, AwardStore} (keys, sealed review packages; no UI)
//   qaward → CursesBackend → {TerminalUI, CNcursesw}
let package = Package(
    name: "qaward",
    platforms: [.macOS(.v15)], // Synchronization.Mutex
    products: [
        .executable(name: "qaward", targets: ["qaward"]),
        .executable(name: "qaward-bench", targets: ["qaward-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.0"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", exact: "0.9.20"),
    ],
    targets: [
        .systemLibrary(
            name: "CNcursesw",
            // No pkgConfig: SwiftPM would drop ncursesw's -D flags with a warning anyway; the
            // shim header defines what is needed and the module map links the library.
            providers: [.apt(["libncursesw5-dev"])]
        ),
        .target(name: "TerminalUI"),
        // JSON Codable for the stored files (knows nothing of awards).
        .target(name: "FastJSON"),
        // Word and Excel files: XML writer, .docx and .xlsx writers, .xlsx reader (knows nothing of awards).
        .target(
            name: "OfficeFiles",
            dependencies: ["TerminalUI", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        .target(name: "CursesBackend", dependencies: ["TerminalUI", "CNcursesw"]),
        .target(
            name: "AwardDomain",
            dependencies: [.product(name: "Crypto", package: "swift-crypto")],
            resources: [.copy("Resources")]
        ),
        .target(
            name: "AwardStore",
            dependencies: [
                "AwardDomain",
                "FastJSON",
                "OfficeFiles",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "CSV", package: "CSV.swift"),
            ]
        ),
        .target(name: "AwardApp", dependencies: ["AwardDomain", "AwardStore", "TerminalUI"]),
        // Reviewers on their own machines: keys, sealed review packages and signed returns (第二十条).
        .target(
            name: "ReviewPackage",
            dependencies: [
                "AwardDomain", "AwardStore",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "_CryptoExtras", package: "swift-crypto"),
            ]
        ),
        // Synthetic data sets for benchmarks and load tests (qaward generate, qaward-bench).
        .target(name: "AwardSynth", dependencies: ["AwardDomain", "AwardStore"]),
        .executableTarget(
            name: "qaward",
            dependencies: [
                "AwardApp", "AwardStore", "AwardDomain", "AwardSynth", "TerminalUI", "CursesBackend", "ReviewPackage",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Not part of `swift test`: `swift run -c release qaward-bench` (docs/benchmarks.md).
        .executableTarget(
            name: "qaward-bench",
            dependencies: [
                "AwardApp", "AwardStore", "AwardDomain", "AwardSynth", "TerminalUI",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Seeded random inputs shared by the fuzz tests of several targets.
        .target(name: "FuzzSupport", path: "Tests/FuzzSupport"),
        // Fixtures the domain's and the screens' tests share (hand-placed sheets seated on panels).
        .target(name: "AwardTestSupport", dependencies: ["AwardDomain"], path: "Tests/AwardTestSupport"),
        .testTarget(name: "TerminalUITests", dependencies: ["TerminalUI"]),
        .testTarget(name: "OfficeFilesTests", dependencies: ["OfficeFiles"]),
        .testTarget(name: "CursesBackendTests", dependencies: ["CursesBackend", "TerminalUI", "CNcursesw"]),
        .testTarget(name: "AwardDomainTests", dependencies: ["FuzzSupport", "AwardTestSupport", "AwardDomain"]),
        .testTarget(name: "FastJSONTests", dependencies: ["FuzzSupport", "FastJSON", "AwardDomain", "AwardStore", "AwardSynth"]),
        .testTarget(name: "AwardStoreTests", dependencies: ["FuzzSupport", "AwardStore", "AwardDomain", .product(name: "Crypto", package: "swift-crypto")],
                    resources: [.copy("Fixtures")]),
        .testTarget(name: "AwardSynthTests", dependencies: ["AwardSynth", "AwardStore", "AwardDomain"]),
        .testTarget(name: "ReviewPackageTests", dependencies: ["ReviewPackage", "AwardStore", "AwardDomain"]),
        .testTarget(name: "AwardAppTests", dependencies: ["FuzzSupport", "AwardTestSupport", "AwardApp", "TerminalUI", "AwardDomain", "AwardStore"],
                    exclude: ["Goldens"]),
        .testTarget(name: "EndToEndTests", dependencies: ["qaward", "AwardStore", "AwardDomain", "ReviewPackage"]),
    ],
    swiftLanguageModes: [.v6]
)
