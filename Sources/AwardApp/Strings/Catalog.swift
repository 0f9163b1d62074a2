/// One catalog per language, assembled from per-screen parts so each screen's words sit together.
/// A key defined twice is a mistake; the catalog test checks that the two languages have the same keys.
let zhCatalog: [String: String] = assemble([
    zhShell, zhIntake, zhTimers, zhSettings,
    zhDraw,
    zhScoring, zhRanking,
    zhAwards,
    zhAudit,
])
let enCatalog: [String: String] = assemble([
    enShell, enIntake, enTimers, enSettings,
    enDraw,
    enScoring, enRanking,
    enAwards,
    enAudit,
])

private func assemble(_ parts: [[String: String]]) -> [String: String] {
    parts.reduce(into: [:]) { all, part in all.merge(part) { first, _ in first } }
}
