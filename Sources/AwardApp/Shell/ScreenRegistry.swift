import TerminalUI

/// The screens in tab order. Adding a screen is its folder under `Screens/` and one line in
/// `standard`; the tab row, the number and F-keys, the help bar and the dispatch all come from here.
public struct ScreenRegistry: Sendable {
    public static let standard = ScreenRegistry([
        DashboardScreen.self,
        IntakeScreen.self,
        DrawScreen.self,
        ScoringScreen.self,
        TimersScreen.self,
        RankingScreen.self,
        AwardsScreen.self,
        SettingsScreen.self,
        AuditScreen.self,
    ])

    let types: [any Screen.Type]
    let ids: [ScreenID]
    private let indexByID: [ScreenID: Int]

    init(_ types: [any Screen.Type]) {
        self.types = types
        ids = types.map { $0.id }
        indexByID = Dictionary(ids.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
    }

    /// A registry with more screens after these (a test's tenth screen; a later reviewer mode).
    func adding(_ more: [any Screen.Type]) -> ScreenRegistry { ScreenRegistry(types + more) }

    func index(of id: ScreenID) -> Int? { indexByID[id] }
    func type(of id: ScreenID) -> (any Screen.Type)? { index(of: id).map { types[$0] } }

    /// The tab number shown and typed: 1…9, then 0 for the tenth; later screens have F-keys only.
    static func number(ofTab i: Int) -> String? { i < 9 ? String(i + 1) : (i == 9 ? "0" : nil) }

    /// A tab's keys: its number key, and the F-key of the same number as htop has (F1 stays help
    /// and F10 quit, so the first tab has `1` only and the tenth `0` only; tabs 11 and 12 have F11, F12).
    static func keys(ofTab i: Int) -> [Key] {
        var keys: [Key] = []
        if let n = number(ofTab: i) { keys.append(.char(Character(n))) }
        let f = i + 1
        if f != 1, f != 10, f <= 12 { keys.append(.function(f)) }
        return keys
    }
}
