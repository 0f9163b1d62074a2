import ArgumentParser
import AwardDomain
import AwardStore
import Foundation

/// `qaward calendar …`: the official working-day calendar of the data directory (RULES.md §8).
struct CalendarCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "calendar", abstract: "The official working-day calendar: check a day, count working days, import a year.",
        subcommands: [IsWorkday.self, AddWorkdays.self, Import.self])

    /// The calendar as saved in the data directory (the shipped years plus any imported).
    static func calendar(_ global: GlobalOptions) throws -> WorkdayCalendar {
        do {
            let store = try global.openedStore()
            defer { store.close() }
            return store.data.calendar
        } catch {
            throw CommandFailure(error.text(global.language))
        }
    }

    static func day(_ text: String, lang: Language) throws -> Day {
        guard let d = Day(text) else {
            throw ValidationError(Phrase.notADate(text: text).text(lang))
        }
        return d
    }

    /// `qaward calendar is-workday 2026-10-10` → yes, and why (weekend, holiday, make-up day).
    struct IsWorkday: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "is-workday", abstract: "Say whether a day is a working day, and why.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The day, YYYY-MM-DD.") var date: String

        func run() throws {
            let lang = global.language
            let d = try CalendarCommand.day(date, lang: lang)
            let cal = try CalendarCommand.calendar(global)
            let working: Bool
            do { working = try cal.isWorkday(d) } catch { throw CommandFailure(error.text(lang)) }
            print(CalendarCommand.explain(d, working: working, calendar: cal, lang: lang))
        }
    }

    /// "yes/no — why" for a day whose year the calendar covers.
    static func explain(_ d: Day, working: Bool, calendar cal: WorkdayCalendar, lang: Language) -> String {
        let zhDays = ["", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日"]
        let enDays = ["", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
        let weekday = Phrase(zh: zhDays[d.weekday], en: enDays[d.weekday]).text(lang)
        let name = WorkdayCalendar.shippedDayNames[d].map { $0.text(lang) }
        let why: String
        if cal.adjustedWorkdays.contains(d) {
            let n = name.map { Phrase(zh: "（\($0)）", en: " (\($0))").text(lang) } ?? ""
            why = Phrase.makeUpWorkingDay(weekday: weekday, holiday: n).text(lang)
        } else if cal.holidays.contains(d) {
            let n = name ?? Phrase(zh: "法定节假日", en: "public holiday").text(lang)
            why = Phrase.dayOff(weekday: weekday, holiday: n).text(lang)
        } else if d.isWeekend {
            why = Phrase.weekend(weekday: weekday).text(lang)
        } else {
            why = Phrase.workingDay(weekday: weekday).text(lang)
        }
        let answer = working ? Phrase.yes.text(lang) : Phrase.no.text(lang)
        return "\(answer)\t\(d)\t\(why)"
    }

    /// `qaward calendar add-workdays 2026-09-30 5` → 2026-10-12: the last day of a period of N
    /// working days starting that day, the day itself counted when it is a working day, as
    /// internal publicity is counted ("不少于5个工作日", 第十一条（一）).
    struct AddWorkdays: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add-workdays",
            abstract: "Print the last day of a period of N working days starting on DATE (DATE counted if it is a working day).")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The first day, YYYY-MM-DD.") var date: String
        @Argument(help: "Working days, 1 or more.") var count: Int

        func run() throws {
            let lang = global.language
            let d = try CalendarCommand.day(date, lang: lang)
            guard count >= 1 else {
                throw ValidationError(Phrase(zh: "工作日数应不少于 1", en: "The number of working days must be 1 or more").text(lang))
            }
            let cal = try CalendarCommand.calendar(global)
            do { print(try cal.endOfWorkdays(from: d, count: count)) } catch { throw CommandFailure(error.text(lang)) }
        }
    }

    /// `qaward calendar import FILE`: one year of the State Council notice, saved and journalled.
    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "import", abstract: "Import one year's days off and make-up working days from a JSON file.")
        @OptionGroup var global: GlobalOptions
        @Argument(help: "The JSON file (see docs/timers.md).") var file: String

        func run() throws {
            let lang = global.language
            let bytes = try global.readFile(file)
            do {
                let y = try WorkdayCalendar.importYear(from: bytes)
                let store = try global.openedStore()
                defer { store.close() }
                _ = try store.commit(.registry(.importCalendarYear(year: y.year, holidays: y.holidays, adjustedWorkdays: y.adjustedWorkdays)),
                                     today: try global.todayDay())
                print(Phrase.calendarImported(year: y.year, holidays: y.holidays.count, adjustedWorkdays: y.adjustedWorkdays.count).text(lang))
            } catch let e as DomainError {
                throw CommandFailure(e.text(lang))
            } catch let e as StoreError {
                throw CommandFailure(e.text(lang))
            }
        }
    }
}
