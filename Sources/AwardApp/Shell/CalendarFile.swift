import AwardDomain
import Foundation

/// One year of the State Council holiday notice read from a file the office prepared (RULES.md §8),
/// checked by the domain and ready to be saved. Only the run loop calls this: it reads the disk.
struct LoadedCalendarYear: Sendable {
    var year: Int
    var holidays: [Day]
    var adjustedWorkdays: [Day]

    var action: Action { .registry(.importCalendarYear(year: year, holidays: holidays, adjustedWorkdays: adjustedWorkdays)) }

    func report(_ t: Strings) -> String { t("calendar.imported", year, holidays.count, adjustedWorkdays.count) }
}

/// Why a calendar file was not imported, in the user's language.
struct CalendarFileProblem: Error, Sendable {
    var text: String
}

enum CalendarFile {
    static func load(path: String, t: Strings) -> Result<LoadedCalendarYear, CalendarFileProblem> {
        let expanded = (path as NSString).expandingTildeInPath
        guard let bytes = FileManager.default.contents(atPath: expanded) else {
            return .failure(CalendarFileProblem(text: t("calendar.unreadable", expanded)))
        }
        do {
            let y = try WorkdayCalendar.importYear(from: bytes)
            return .success(LoadedCalendarYear(year: y.year, holidays: y.holidays, adjustedWorkdays: y.adjustedWorkdays))
        } catch {
            return .failure(CalendarFileProblem(text: error.text(t.lang)))
        }
    }
}
