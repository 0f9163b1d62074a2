import Foundation

extension WorkdayCalendar {
    /// What the shipped notices call each day they name (国庆节, 国庆节补班 …), to explain a date;
    /// years imported later carry no names. Read once from the same file as `shipped`.
    public static let shippedDayNames: [Day: Phrase] = {
        guard let url = Bundle.module.url(forResource: "cn-workday-calendar", withExtension: "json", subdirectory: "Resources")
                ?? Bundle.module.url(forResource: "cn-workday-calendar", withExtension: "json"),
              let data = try? Data(contentsOf: url),
              let root = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any],
              let years = root["years"] as? [String: Any] else { return [:] }
        var names: [Day: Phrase] = [:]
        for case let year as [String: Any] in years.values {
            for list in ["holidays", "adjusted_workdays"] {
                for case let e as [String: Any] in year[list] as? [Any] ?? [] {
                    guard let text = e["date"] as? String, let d = Day(text), let zh = e["name"] as? String else { continue }
                    names[d] = Phrase(zh: zh, en: e["name_en"] as? String ?? zh)
                }
            }
        }
        return names
    }()
}
