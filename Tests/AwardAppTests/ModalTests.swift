import AwardDomain
import Foundation
import Testing
import TerminalUI
@testable import AwardApp

/// The one form and modal component, through the screens that use it: typed fields checked as
/// you type, the confirmation naming what it acts on, and the store's refusal kept in the form.
@Suite struct ModalTests {
    /// Settings `t`: one date field, not required (empty goes back to the start-up day).
    @Test func boardDateFieldIsCheckedAsYouType() {
        var h = AppHarness()
        h.send(.char("8"), .char("t"))
        var expected = SettingsScreen()
        expected.modal = Modal(title: .boardDateKey, fields: [
            ModalField(.boardDate, .boardDateField, .date(required: false), text: "2026-03-20", hint: .boardDateHint),
        ])
        #expect(h.model.settings == expected)

        h.send(.ctrl("u"))
        h.type("2026-13")
        expected.modal!.fields[0].input = TextFieldState("2026-13", maxLength: 10)
        expected.modal!.fields[0].error = .notADate
        expected.modal!.fields[0].touched = true
        #expect(h.model.settings == expected)

        // Enter with a bad date keeps the form and what was typed.
        h.send(.enter)
        expected.modal!.tried = true
        #expect(h.model.settings == expected)
        #expect(h.screenText().contains("日期格式应为 YYYY-MM-DD"))

        h.send(.ctrl("u"))
        h.type("2026-04-01")
        h.send(.enter)
        #expect(h.model.settings == SettingsScreen(modal: nil, startedToday: Day("2026-03-20")))
        #expect(h.model.env.today == Day("2026-04-01"))
        #expect(h.model.status == StatusMessage("看板日期已设为 2026-04-01（仅本次会话，不保存）", kind: .success))
    }

    /// Intake `w` asks first, naming the application and its organization; Esc leaves it as it was.
    @Test func withdrawAsksAndNamesTheApplication() throws {
        var h = AppHarness()
        h.send(.char("2"), .char("w"))
        let question = Confirmation(title: .withdrawTitle, question: .withdrawQuestion("A2026-001", "盐城海瀚新能源科技有限公司"), warning: .withdrawWarning,
                                    reasonLabel: .withdrawReason)
        #expect(h.model.intake.confirmation?.modal == .confirm(question))
        var asking = IntakeScreenTests.opened
        asking.confirmation = .init(modal: .confirm(question), applicationID: "A2026-001", status: .withdrawn)
        #expect(h.model.intake == asking)
        #expect(h.screenText().contains("撤回 A2026-001（盐城海瀚新能源科技有限公司）的申报？"))
        h.send(.escape)
        #expect(h.model.intake.confirmation == nil)
        #expect(h.model.intake == IntakeScreenTests.opened)
        #expect(h.committed.isEmpty)

        // The reason is required (第十一条（一）, condition A2): Enter without one asks for it.
        h.send(.char("w"), .enter)
        #expect(h.committed.isEmpty)
        #expect(h.model.intake.confirmation?.modal.confirmation?.reasonError == .reasonRequired)
        h.type("申报组织来函撤回")
        h.send(.enter)
        #expect(h.committed == [.intake(.setStatus(applicationID: "A2026-001", status: .withdrawn, note: "申报组织来函撤回"))])
        #expect(h.model.intake.confirmation == nil)
        #expect(h.model.data.cycle.application("A2026-001")?.status == .withdrawn)
    }

    /// The store refuses (a withdrawn application cannot be withdrawn again): the question stays
    /// up with the domain's words, nothing is committed.
    @Test func aRefusalStaysInTheModal() throws {
        var h = AppHarness()
        h.send(.char("2"), .char("w"))
        h.type("来函撤回")
        h.send(.enter)
        #expect(h.committed.count == 1)
        h.send(.char("w"))
        h.type("再次撤回")
        h.send(.enter)
        #expect(h.committed.count == 1)
        let c = try #require(h.model.intake.confirmation?.modal)
        #expect(c.confirming && !c.waiting)
        #expect(c.refusal != nil)
        #expect(h.model.status?.kind == .error)
        #expect(h.screenText().contains(c.refusal!.zh))
    }

    /// Settings `i` with a path that cannot be read: the form stays with the path typed and says why.
    @Test func anUnreadableCalendarFileKeepsThePath() {
        var h = AppHarness()
        h.send(.char("8"), .char("i"))
        h.type("/no/such/calendar.json")
        h.send(.enter)
        let m = h.model.settings.modal
        #expect(m?[.calendarFile] == "/no/such/calendar.json")
        #expect(m?.refusal == Phrase(zh: "无法读取文件 /no/such/calendar.json：请检查路径和权限", en: "Cannot read the file /no/such/calendar.json: check the path and permissions"))
        #expect(m?.waiting == false)
        // Esc closes it; nothing was saved.
        h.send(.escape)
        #expect(h.model.settings.modal == nil)
        #expect(h.committed.isEmpty)
    }

    /// The typed kinds by themselves: number range, choice by arrow and first letter, required.
    @Test func fieldKinds() {
        enum F: Hashable, Sendable { case places, tier, note }
        var m = Modal<F>(title: Phrase(zh: "名额", en: "Places"), fields: [
            ModalField(.places, Phrase(zh: "名额", en: "Places"), .number(0...5)),
            ModalField(.tier, Phrase(zh: "奖项", en: "Tier"), .choice([Choice(value: "award", label: Phrase(zh: "市长质量奖", en: "award")),
                                                                     Choice(value: "nomination", label: Phrase(zh: "提名奖", en: "nomination"))])),
            ModalField(.note, Phrase(zh: "说明", en: "Note"), .text(maxLength: 20)),
        ])
        for c in "9" { _ = m.handleText(.char(c)) }
        #expect(m.fields[0].error == .outOfRange(0...5))
        _ = m.handleText(.backspace)
        _ = m.handleText(.char("3"))
        #expect(m.fields[0].error == nil && m.number(.places) == 3)
        _ = m.perform(.next)
        _ = m.handleText(.right)
        #expect(m.choice(.tier) == "nomination")
        _ = m.handleText(.char("a"))
        #expect(m.choice(.tier) == "award")
        // The note is required: Enter marks it and moves the focus there.
        #expect(m.perform(.submit) == .invalid)
        #expect(m.focus == 2 && m.fields[2].error == .required)
        _ = m.handleText(.char("x"))
        #expect(m.perform(.submit) == .submitted)
        #expect(m[.note] == "x")
    }

    /// A question the screen asks after its own checks (`ask`): Esc goes back to the form with
    /// everything typed, the question dropped; the next Enter asks anew, and a second confirms.
    @Test func escOnAQuestionAfterAFormGoesBackToTheForm() {
        enum F: Hashable, Sendable { case note, tier }
        var m = Modal<F>(title: Phrase(zh: "撤销", en: "Revoke"), fields: [
            ModalField(.note, Phrase(zh: "文号", en: "Document"), .text(maxLength: 20)),
            ModalField(.tier, Phrase(zh: "奖项", en: "Tier"), .choice(Choice.yesNo)),
        ])
        for c in "盐政发〔2027〕1号" { _ = m.handleText(.char(c)) }
        _ = m.perform(.next)
        _ = m.handleText(.right)
        let first = m.perform(.submit)
        #expect(first == .submitted)
        let question = Confirmation(title: Phrase(zh: "撤销", en: "Revoke"), question: Phrase(zh: "撤销 O0001 的 2021 年市长质量奖？", en: "Revoke?"))
        m.ask(question)
        #expect(m.confirming && m.confirmation == question)
        // Esc: back to the form, what was typed kept, the question gone.
        let back = m.perform(.cancel)
        #expect(back == .handled)
        #expect(!m.confirming && m.confirmation == nil)
        #expect(m[.note] == "盐政发〔2027〕1号" && m.choice(.tier) == "no" && m.focus == 1)
        // Typing goes to the form again, not to a question.
        _ = m.perform(.previous)
        _ = m.handleText(.backspace)
        #expect(m[.note] == "盐政发〔2027〕1")
        let again = m.perform(.submit)
        #expect(again == .submitted)
        m.ask(question)
        let confirmed = m.perform(.submit)
        #expect(confirmed == .confirmed(reason: ""))
        // A store refusal after the question also goes back to the form with what was typed.
        m.sent()
        let closed = m.receive(.refused(.award(.publish(date: Day("2026-10-10")!)), Phrase(zh: "不行", en: "No")))
        #expect(!closed)
        #expect(!m.confirming && m.confirmation == nil && m.refusal == Phrase(zh: "不行", en: "No"))
        #expect(m[.note] == "盐政发〔2027〕1")
    }

    /// A choice is typed as in a list box: the letters typed in a row narrow it (盐都区 and 盐南高新区
    /// both start with 盐), a letter that matches nothing in a row starts again, a digit picks a place.
    @Test func choiceTypeAhead() {
        enum F: Hashable, Sendable { case county }
        let counties = [Choice.none] + County.allCases.map { Choice(value: $0.rawValue, label: $0.name) }
        var m = Modal<F>(title: Phrase(zh: "县区", en: "County"), fields: [ModalField(.county, Phrase(zh: "县区", en: "County"), .choice(counties))])
        #expect(m.choice(.county) == "")
        _ = m.handleText(.char("盐"))
        #expect(m.choice(.county) == "yandu") // the first that starts with 盐
        _ = m.handleText(.char("南"))
        #expect(m.choice(.county) == "yannan")
        _ = m.handleText(.char("亭"))
        #expect(m.choice(.county) == "tinghu")
        _ = m.handleText(.left)
        #expect(m.choice(.county) == "")
        _ = m.handleText(.char("3")) // the third entry: none, 亭湖区, 盐都区
        #expect(m.choice(.county) == "yandu")
        _ = m.handleText(.char("D")) // English names too: Dafeng District
        #expect(m.choice(.county) == "dafeng")
    }

    /// Intake `j`: the check and the answer are chosen from lists (no yes/no typed and parsed);
    /// → on the answer makes it 否, and the judgement is recorded as not satisfied.
    @Test func judgementChoosesFromLists() {
        var h = AppHarness()
        h.send(.char("2"), .char("j"))
        #expect(h.model.intake.judgement == JudgementForm(applicationID: "A2026-001", code: "E3"))
        h.send(.tab, .right, .tab)
        // The grounds are required (第十一条（二）, condition A5): Enter without them saves nothing.
        h.send(.enter)
        #expect(h.committed.isEmpty)
        #expect(h.model.intake.judgement?.modal.fields[2].error == .required)
        h.type("现场核实未通过")
        h.send(.enter)
        #expect(h.committed == [.intake(.recordJudgement(applicationID: "A2026-001", code: "E3", passed: false, note: "现场核实未通过"))])
        #expect(h.model.intake.judgement == nil)
    }
}

/// Withdrawal can be reversed in the UI (第十一条（一）): `r` on a withdrawn application asks,
/// names it and takes the reason; the application goes back to where it stood.
@Suite struct ReinstateTests {
    @Test func reinstatingAWithdrawnApplicationAsksForTheReason() throws {
        var h = AppHarness()
        h.send(.char("2"))
        // r on an application that is not withdrawn says so and changes nothing.
        h.send(.char("r"))
        #expect(h.model.status?.text == "所选申报未撤回，无需恢复")
        h.send(.char("w"))
        h.type("来函撤回")
        h.send(.enter)
        #expect(h.model.data.cycle.application("A2026-001")?.status == .withdrawn)
        h.send(.char("r"))
        #expect(h.screenText().contains("恢复 A2026-001（盐城海瀚新能源科技有限公司）的申报，回到“已申报”？"))
        h.send(.enter)
        #expect(h.model.intake.confirmation?.modal.confirmation?.reasonError == .reasonRequired)
        h.type("来函撤销撤回")
        h.send(.enter)
        // Eligible before the withdrawal: submitted again, for a fresh decision.
        #expect(h.committed.last == .intake(.setStatus(applicationID: "A2026-001", status: .submitted, note: "来函撤销撤回")))
        #expect(h.model.data.cycle.application("A2026-001")?.status == .submitted)
        #expect(h.model.intake.confirmation == nil)
    }

    /// A question is not put for a step the procedure refuses: after the submission period
    /// (2026-03-31, 第十一条（一）) `r` says why at once, with the article, and asks nothing, so
    /// nobody types a reason for nothing. The check dates the step as the store will.
    @Test func aReinstatementAfterTheDeadlineIsRefusedBeforeAnythingIsAsked() throws {
        var h = AppHarness()
        h.send(.char("2"), .char("w"))
        h.type("来函撤回")
        h.send(.enter)
        #expect(h.model.data.cycle.application("A2026-001")?.status == .withdrawn)
        // The board date moves past the deadline (Settings t); the memory store dates by it.
        h.send(.char("8"), .char("t"), .ctrl("u"))
        h.type("2026-04-10")
        h.send(.enter, .char("2"))
        let before = h.model.intake
        let committed = h.committed
        h.send(.char("r"))
        #expect(h.model.intake == before)
        #expect(h.model.status == StatusMessage("不能恢复已撤回的申报：提交期限已于 2026-03-31 结束，撤回的申报不能再恢复（第十一条（一））。"
                                                + "如经批准延期，先记录延期（application extend）", kind: .error))
        #expect(h.committed == committed)
    }
}
