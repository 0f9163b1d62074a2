import AwardDomain

/// What the commands say, with their arguments named and typed; grouped by the command that says
/// it, the first few by several.
extension Phrase {
    /// A date option that is not a date: "--today 的日期“2026-13-01”无效，应为 YYYY-MM-DD".
    static func notADate(option: String, text: String) -> Phrase {
        Phrase(zh: "\(option) 的日期“\(text)”无效，应为 YYYY-MM-DD",
               en: "\(option) “\(text)” is not a date (YYYY-MM-DD)")
    }
    static func reportsWritten(count: Int, to folder: String) -> Phrase {
        Phrase(zh: "已写入 \(count) 份报告到 \(folder)", en: "Wrote \(count) report(s) to \(folder)")
    }

    // ApplicationCommands
    static func applicationReinstated(id: String, status: Phrase) -> Phrase {
        Phrase(zh: "已恢复申报 \(id)（\(status.zh)）", en: "Application \(id) reinstated (\(status.en))")
    }
    static func applicationSubmitted(id: String, on: String) -> Phrase {
        Phrase(zh: "已提交申报 \(id)（\(on)）", en: "Application \(id) submitted (\(on))")
    }
    static func applicationWithdrawn(id: String, reason: String) -> Phrase {
        Phrase(zh: "已撤回申报 \(id)：\(reason)", en: "Application \(id) withdrawn: \(reason)")
    }

    // AuditCommands
    static func auditAnchorsChecked(checked: Int, anchors: Int) -> Phrase {
        Phrase(zh: "、锚点 \(checked)/\(anchors) 个", en: ", \(checked) of \(anchors) anchors")
    }
    static func auditChecked(entries: Int, files: Int) -> Phrase {
        Phrase(zh: "已核对日志条目 \(entries) 条、数据文件 \(files) 个",
               en: "Checked \(entries) journal entries and \(files) data files")
    }
    static func auditFailed(counts: String) -> Phrase {
        Phrase(zh: "审计校验未通过：\(counts)；发现以下不一致（第一项是最早的）：",
               en: "Audit check FAILED: \(counts); found these mismatches (the first is the earliest):")
    }
    static func auditPassed(counts: String) -> Phrase {
        Phrase(zh: "审计校验通过：\(counts)，哈希链完整，数据文件与日志一致。",
               en: "Audit check passed: \(counts); the hash chain is intact and the data files match the journal.")
    }
    static func auditRedone(through: Int) -> Phrase {
        Phrase(zh: "，并从第 1 条起重做至第 \(through) 条", en: ", and redid the journal from entry 1 through \(through)")
    }
    static func auditSignedHeads(signed: Int) -> Phrase {
        Phrase(zh: "（其中 \(signed) 个带办公室签名，已核对签名）", en: " (\(signed) signed by the office, signatures checked)")
    }
    static func cannotReadAnchors(path: String) -> Phrase {
        Phrase(zh: "无法读取锚点文件 \(path)", en: "Cannot read the anchors file \(path)")
    }

    // AuditHeadCommand
    static func cannotSignHead(error: any Error) -> Phrase {
        Phrase(zh: "无法签名：\(error)", en: "Cannot sign: \(error)")
    }
    static func journalHead(seq: Int) -> Phrase {
        Phrase(zh: "审计日志头：第 \(seq) 条", en: "Journal head: entry \(seq)")
    }
    static func journalHeadAnchor(short: String) -> Phrase {
        Phrase(zh: "锚点（请另行保存）：\(short)", en: "Anchor (keep it elsewhere): \(short)")
    }
    static func journalHeadHash(hash: String) -> Phrase {
        Phrase(zh: "哈希：\(hash)", en: "Hash: \(hash)")
    }
    static func journalHeadSigned(seq: Int, short: String, at: String, fingerprint: String) -> Phrase {
        Phrase(zh: "审计日志头：第 \(seq) 条（\(short)），\(at) 以办公室密钥签名（指纹 \(fingerprint)）",
               en: "Journal head: entry \(seq) (\(short)), signed \(at) with the office key (fingerprint \(fingerprint))")
    }
    static func noAuditJournal(directory: String) -> Phrase {
        Phrase(zh: "\(directory) 没有审计日志：请检查路径", en: "\(directory) has no audit journal: check the path")
    }
    static func signedHeadAdded(file: String) -> Phrase {
        Phrase(zh: "已加入 \(file)：qaward audit verify --anchors \(file)",
               en: "Added to \(file): qaward audit verify --anchors \(file)")
    }

    // AwardCommands
    static func proposedListTitle(year: Int) -> Phrase {
        Phrase(zh: "\(year)年度盐城市市长质量奖建议名单", en: "\(year) Mayor's Quality Award: proposed list")
    }
    static func publicityStarted(period: String, ids: [String], start: Day, end: String) -> Phrase {
        Phrase(zh: "已开始社会公示 \(period)：\(ids.joined(separator: "、"))，\(start) 至 \(end)",
               en: "Public publicity \(period) started: \(ids.joined(separator: ", ")), \(start) to \(end)")
    }

    // CalendarCommands
    static func calendarImported(year: Int, holidays: Int, adjustedWorkdays: Int) -> Phrase {
        Phrase(zh: "已导入 \(year) 年工作日历：放假 \(holidays) 天，调休上班 \(adjustedWorkdays) 天",
               en: "Imported the \(year) working-day calendar: \(holidays) days off, \(adjustedWorkdays) make-up working days")
    }
    static func dayOff(weekday: String, holiday: String) -> Phrase {
        Phrase(zh: "\(weekday)，放假：\(holiday)", en: "\(weekday), day off: \(holiday)")
    }
    static func makeUpWorkingDay(weekday: String, holiday: String) -> Phrase {
        Phrase(zh: "\(weekday)，调休上班日\(holiday)", en: "\(weekday), make-up working day\(holiday)")
    }
    static func notADate(text: String) -> Phrase {
        Phrase(zh: "日期“\(text)”无效，应为 YYYY-MM-DD", en: "“\(text)” is not a date (YYYY-MM-DD)")
    }
    static func weekend(weekday: String) -> Phrase {
        Phrase(zh: "\(weekday)，周末", en: "\(weekday), weekend")
    }
    static func workingDay(weekday: String) -> Phrase {
        Phrase(zh: "\(weekday)，工作日", en: "\(weekday), working day")
    }

    // ConsensusCommands
    static func everyItemAgreed(total: ExactScore) -> Phrase {
        Phrase(zh: "全部条目已合议，合议得分 \(total)", en: "Every item agreed: agreed score \(total)")
    }
    static func itemAgreed(application: String, stage: Phrase, item: String, percent: Int, agreed: Int, items: Int) -> Phrase {
        Phrase(zh: "已记录合议：\(application) \(stage.zh) 第 \(item) 项 \(percent)%（已合议 \(agreed)/\(items) 项）",
               en: "Agreed: \(application) \(stage.en) item \(item) \(percent)% (\(agreed)/\(items) items agreed)")
    }
    static func noPanel(panel: String) -> Phrase {
        Phrase(zh: "评审组 \(panel) 不存在", en: "Panel \(panel) does not exist")
    }

    // CycleCommands
    static func cycleLine(mark: String, year: Int, applications: Int, published: String) -> Phrase {
        Phrase(zh: "\(mark) \(year)  申报 \(applications) 个  \(published)",
               en: "\(mark) \(year)  \(applications) application(s)  \(published)")
    }
    static func cycleMade(year: Int, applicationDeadline: Day, reviewDeadline: Day, awardQuota: Int, nominationQuota: Int) -> Phrase {
        Phrase(zh: "已新建 \(year) 年度（申报截止 \(applicationDeadline)，评审完成 \(reviewDeadline)，名额上限 \(awardQuota)+\(nominationQuota)）；组织名录、专家库、获奖和撤销记录、工作日历和评分细则沿用",
               en: "Made the \(year) cycle (applications close \(applicationDeadline), review ends \(reviewDeadline), quotas \(awardQuota)+\(nominationQuota)); the registry, experts, award and revocation history, calendar and rubric carry on")
    }
    static func winnersPublished(when: String, winners: Int) -> Phrase {
        Phrase(zh: "已于 \(when) 公布 \(winners) 个获奖组织", en: "\(winners) winner(s) published \(when)")
    }

    // DeadlineCommands
    static func asOf(today: Day) -> Phrase {
        Phrase(zh: "截至 \(today)（Asia/Shanghai）", en: "As of \(today) (Asia/Shanghai)")
    }
    static func deadlinesTitle(year: Int, today: Day) -> Phrase {
        Phrase(zh: "\(year)年度期限一览（截至\(today.written(.zh))）", en: "\(year) deadlines as of \(today.written(.en))")
    }

    // DrawCommands
    static func datesNotARange(text: String) -> Phrase {
        Phrase(zh: "--dates “\(text)” 应为 YYYY-MM-DD~YYYY-MM-DD", en: "--dates “\(text)” should be YYYY-MM-DD~YYYY-MM-DD")
    }
    static func drawVoided(record: String) -> Phrase {
        Phrase(zh: "已作废抽取 \(record)，记录保留", en: "Voided draw \(record); its record is kept")
    }
    static func noDrawRecord(id: String) -> Phrase {
        Phrase(zh: "没有编号为 \(id) 的抽取记录", en: "No draw record with id \(id)")
    }
    static func noPanelToDraw(panel: String) -> Phrase {
        Phrase(zh: "评审组 \(panel) 不存在：新建时请给出 --applications 与 --dates",
               en: "Panel \(panel) does not exist: give --applications and --dates to make it")
    }
    static func panelSizeDiffers(panel: String, size: Int, alternates: Int, newSize: Int, newAlternates: Int) -> Phrase {
        Phrase(zh: "评审组 \(panel) 已设为 \(newSize) 名组员 + \(newAlternates) 名候补，与 --size \(newSize) --alternates \(newAlternates) 不符",
               en: "Panel \(panel) is set to \(newSize) members + \(newAlternates) alternates, not --size \(newSize) --alternates \(newAlternates)")
    }
    static func sheetsNoLongerCount(count: Int, sheets: [String]) -> Phrase {
        Phrase(zh: "其已提交的 \(count) 张评分表不再计分（仍保留在记录中）：\(sheets.joined(separator: "、"))",
               en: "Its \(count) submitted sheet(s) no longer count (they stay on file): \(sheets.joined(separator: ", "))")
    }

    // DrawStepCommands
    static func drawAlreadyRevealed(id: String, at: String) -> Phrase {
        Phrase(zh: "抽取 \(id) 已于 \(at) 公开种子，不能再次公开（查看：qaward draw show \(id)）",
               en: "Draw \(id) was revealed at \(at) and cannot be revealed again (see qaward draw show \(id))")
    }
    static func drawVoidedCannotReveal(id: String, at: String) -> Phrase {
        Phrase(zh: "抽取 \(id) 已于 \(at) 作废，不能公开种子", en: "Draw \(id) was voided at \(at) and cannot be revealed")
    }
    static func seedKept(seedFile: String, id: String) -> Phrase {
        Phrase(zh: "随机种子已保存在 \(seedFile)（仅本人可读），揭示前不公开；公开种子：qaward draw reveal \(id)",
               en: "The seed is kept in \(seedFile) (owner only) and stays secret until the reveal: qaward draw reveal \(id)")
    }
    static func seedNotHere(id: String, path: String) -> Phrase {
        Phrase(zh: "抽取 \(id) 的随机种子不在本数据目录（\(path)）：它在另一台电脑上生成或已丢失。请写明理由作废本次抽取（qaward draw void \(id) --reason …）后重新抽取",
               en: "The seed of draw \(id) is not in this data directory (\(path)): it was made on another machine or lost. Void the draw with a reason (qaward draw void \(id) --reason …) and draw again")
    }
    static func writtenTo(file: String) -> Phrase {
        Phrase(zh: "已写入 \(file)", en: "Written to \(file)")
    }

    // EligibilityCommand
    static func eligibilityTitle(year: Int) -> Phrase {
        Phrase(zh: "\(year)年度盐城市市长质量奖资格审查表", en: "\(year) Mayor's Quality Award eligibility checks")
    }

    // ExpertCommands
    static func expertsExported(experts: Int, file: String) -> Phrase {
        Phrase(zh: "已导出专家 \(experts) 人到 \(file)", en: "Exported \(experts) experts to \(file)")
    }
    static func expertsImported(count: Int) -> Phrase {
        Phrase(zh: "已导入专家 \(count) 人", en: "Imported \(count) experts")
    }

    // ExpertKeyCommand
    static func keyFileOfAnother(expertID: String, expert: String) -> Phrase {
        Phrase(zh: "公钥文件属于 \(expertID)，不是 \(expert)", en: "The key file is \(expertID)'s, not \(expert)'s")
    }
    static func keyInForce(expert: String, recordedAt: String, recordedBy: String) -> Phrase {
        Phrase(zh: "\(expert) 现用密钥（\(recordedAt) 由 \(recordedBy) 登记）的指纹：",
               en: "Fingerprint of \(expert)'s key in force (recorded \(recordedAt) by \(recordedBy)):")
    }
    static func noRecordedKey(expert: String) -> Phrase {
        Phrase(zh: "\(expert) 尚未登记密钥", en: "\(expert) has no recorded key")
    }
    static func publicKeyRecorded(expert: String) -> Phrase {
        Phrase(zh: "已登记 \(expert) 的公钥。请与专家电话核对指纹：",
               en: "Recorded \(expert)'s public key. Read the fingerprint back to the expert over the phone:")
    }

    // FindingsCommands
    static func findingsExported(count: Int, file: String) -> Phrase {
        Phrase(zh: "已导出 \(count) 条评审意见到 \(file)", en: "Exported \(count) findings to \(file)")
    }
    static func findingsImported(count: Int) -> Phrase {
        Phrase(zh: "已导入 \(count) 张评分表的评审意见", en: "Imported the findings of \(count) score sheets")
    }

    // GenerateCommand
    static func syntheticGenerated(directory: String, key: String) -> Phrase {
        Phrase(zh: "已生成合成数据目录 \(directory)（\(key)）", en: "Generated synthetic data directory \(directory) (\(key))")
    }

    // HistoryCommands
    static func fileRepaired(file: String) -> Phrase {
        Phrase(zh: "已修复 \(file)：恢复最近完好的版本，并按日志重做了之后的修改",
               en: "Repaired \(file): restored the newest good version and redid later changes from the journal")
    }
    static func noEarlierVersions(file: String) -> Phrase {
        Phrase(zh: "\(file) 没有历史版本", en: "\(file) has no earlier versions")
    }
    static func versionLine(name: String, seq: Int, replaced: String) -> Phrase {
        Phrase(zh: "\(name)  含日志至第 \(seq) 条  替换于 \(replaced)", en: "\(name)  journal up to \(seq)  replaced \(replaced)")
    }
    static func versionRestored(file: String, version: String) -> Phrase {
        Phrase(zh: "已恢复 \(file) 到 \(version)", en: "Restored \(file) to \(version)")
    }

    // InitCommand
    static func alreadyADataDirectory(directory: String, cycles: String, year: Int) -> Phrase {
        Phrase(zh: "\(directory) 已是数据目录（年度：\(cycles)）。在其中新建年度请运行 qaward --data \(directory) cycle new \(year)",
               en: "\(directory) is already a data directory (cycles: \(cycles)). To add a cycle to it, run qaward --data \(directory) cycle new \(year)")
    }
    static func dataDirectoryMade(directory: String) -> Phrase {
        Phrase(zh: "已建立数据目录 \(directory)", en: "Made data directory \(directory)")
    }
    static func officeKeyMade(fingerprint: String) -> Phrase {
        Phrase(zh: "办公室签名密钥指纹：\(fingerprint)", en: "Office signing key fingerprint: \(fingerprint)")
    }
    static func yearNotValid(year: Int) -> Phrase {
        Phrase(zh: "年度 \(year) 无效", en: "Year \(year) is not valid")
    }

    // InterchangeCommands
    static func exportedTo(file: String) -> Phrase {
        Phrase(zh: "已导出到 \(file)", en: "Exported to \(file)")
    }
    static func rowsImported(kind: Phrase, count: Int) -> Phrase {
        Phrase(zh: "已导入\(kind.zh) \(count) 条", en: "Imported \(count) \(kind.en)")
    }

    // OfficeOutput
    static func formatNeedsOut(format: String) -> Phrase {
        Phrase(zh: "--format \(format) 需要 --out 文件名，例如 --out 名单.\(format)",
               en: "--format \(format) needs --out FILE, e.g. --out list.\(format)")
    }

    // OutputFiles
    static func cannotWrite(path: String, reason: String) -> Phrase {
        Phrase(zh: "无法写入 \(path)：\(reason)", en: "Cannot write \(path): \(reason)")
    }

    // PackageCommands
    static func officeKeyFingerprint(fingerprint: String) -> Phrase {
        Phrase(zh: "办公室密钥指纹：\(fingerprint)", en: "Office key fingerprint: \(fingerprint)")
    }
    static func packageWritten(id: String, seq: Int, applications: Int, sheets: Int, out: String, expert: String, recipientKey: String, fingerprint: String) -> Phrase {
        Phrase(zh: "已写出评审包 \(id)（第 \(seq) 份；\(applications) 个申报，本人评分表 \(sheets) 张）到 \(out)\n加密给 \(expert) 的密钥 \(recipientKey)；办公室签名密钥 \(fingerprint)",
               en: "Wrote package \(id) (number \(seq); \(applications) applications, \(sheets) own sheets) to \(out)\nEncrypted to \(expert)'s key \(recipientKey); signed with the office key \(fingerprint)")
    }
    static func returnImported(sheets: Int, ids: [String], signed: Phrase, packageID: String, returnSeq: Int) -> Phrase {
        Phrase(zh: "已导入评分表 \(sheets) 张（\(ids.joined(separator: "、"))），\(signed.zh)；评审包 \(packageID) 第 \(returnSeq) 次回传",
               en: "Imported \(sheets) score sheet(s) (\(ids.joined(separator: ", "))), \(signed.en); package \(packageID), return \(returnSeq)")
    }

    // PublicityCommands
    static func noObjection(id: String) -> Phrase {
        Phrase(zh: "异议 \(id) 不存在（publicity list 列出全部异议）", en: "Objection \(id) does not exist (publicity list shows them all)")
    }

    // ReportCommands
    static func noApplication(id: String) -> Phrase {
        Phrase(zh: "申报 \(id) 不存在", en: "Application \(id) does not exist")
    }

    // ReviewerCommands
    static func cannotReadPackage(file: String) -> Phrase {
        Phrase(zh: "无法读取评审包 \(file)", en: "Cannot read the package \(file)")
    }
    static func packageReplacedHere(id: String, newer: String) -> Phrase {
        Phrase(zh: "注意：评审包 \(id) 已被本目录中打开过的 \(newer) 取代，办公室只接受 \(newer) 的回传；请在 \(newer) 中评分（在此所做的修改，只有在 \(newer) 中还没有任何改动时才会带入）",
               en: "Note: package \(id) is replaced by \(newer), already opened in this directory, and the office accepts returns from \(newer) only: score in \(newer) (changes made here are carried into it only while nothing has been done there)")
    }

    static func officeKeyPinned(fingerprint: String) -> Phrase {
        Phrase(zh: "首次收到评审包：办公室签名密钥指纹 \(fingerprint)，已记下。请与抽取记录或 README 上的指纹核对，之后的评审包须由同一密钥签名。\n",
               en: "First package: the office's signing key has fingerprint \(fingerprint), now pinned. Compare it with the draw record or the README; later packages must be signed with the same key.\n")
    }
    static func returnWritten(out: String, count: Int, sheets: [String], expertID: String, keyFingerprint: String, packageID: String, returnSeq: Int) -> Phrase {
        Phrase(zh: "已写出回传 \(out)：评分表 \(count) 张（\(sheets.joined(separator: "、"))），由 \(expertID) 签名（密钥 \(keyFingerprint)），加密给办公室；评审包 \(packageID) 第 \(returnSeq) 次回传",
               en: "Wrote the return \(out): \(count) score sheet(s) (\(sheets.joined(separator: ", "))), signed by \(expertID) (key \(keyFingerprint)), encrypted to the office; package \(packageID), return \(returnSeq)")
    }

    // RubricCommands
    static func rubricInstalled(name: String) -> Phrase {
        Phrase(zh: "已安装评分细则 rubrics/\(name)（已记入审计日志）", en: "Installed the rubric rubrics/\(name) (journaled)")
    }

    // ScoreCommands
    static func rankingTitle(year: Int, title: Phrase) -> Phrase {
        Phrase(zh: "\(year)年度评审排名（\(title.zh)）", en: "\(year) Mayor's Quality Award ranking (\(title.en))")
    }
    static func sheetProgressTitle(year: Int, stage: Phrase) -> Phrase {
        Phrase(zh: "\(year)年度评分表进度（\(stage.zh)）", en: "\(year) score sheet progress (\(stage.en))")
    }
    static func sheetsExported(sheets: Int, rows: Int, file: String) -> Phrase {
        Phrase(zh: "已导出 \(sheets) 张评分表（\(rows) 行）到 \(file)", en: "Exported \(sheets) score sheets (\(rows) rows) to \(file)")
    }
    static func sheetsImported(count: Int, rows: Int, cols: Int) -> Phrase {
        Phrase(zh: "已导入 \(count) 张评分表（\(rows) 行 × \(cols) 列）",
               en: "Imported \(count) score sheets (\(rows) rows × \(cols) columns)")
    }
    static func shortlistLine(places: Int, invited: Int, shortlisted: Int) -> Phrase {
        Phrase(zh: "名额 \(places)，按1:1.5邀请 \(invited) 家，已入围 \(shortlisted) 家（第十一条（三））",
               en: "\(places) places, 1:1.5 invites \(invited), \(shortlisted) shortlisted (Art. 11(3))")
    }
    static func shortlistTitle(year: Int) -> Phrase {
        Phrase(zh: "\(year)年度盐城市市长质量奖资料评审入围名单", en: "\(year) Mayor's Quality Award shortlist after document review")
    }
    static func tiedAtTheCut(applications: [String]) -> Phrase {
        Phrase(zh: "分数线并列，待办公室决定：\(applications.joined(separator: "、"))",
               en: "Tied at the cut, for the office to decide: \(applications.joined(separator: ", "))")
    }

    // SettingsCommands
    static func settingsOfCycle(year: Int) -> Phrase {
        Phrase(zh: "\(year) 年度设置：", en: "Settings of the \(year) cycle:")
    }

    // SheetCommands
    static func noSheetToActOn(panel: String, stage: Phrase) -> Phrase {
        Phrase(zh: "评审组 \(panel) 没有可处理的\(stage.zh)评分表", en: "Panel \(panel) has no \(stage.en) sheet to act on")
    }

    // ThemeLoader
    static func noTheme(name: String) -> Phrase {
        Phrase(zh: "找不到主题“\(name)”：可用 default、light、high-contrast、monochrome",
               en: "No theme named “\(name)”: use default, light, high-contrast or monochrome")
    }
    static func themeFileInvalid(file: String, error: any Error) -> Phrase {
        Phrase(zh: "主题文件 \(file) 有误：\(error)", en: "Theme file \(file) is invalid: \(error)")
    }

    // UICommand
    static func noExpertInPool(expert: String) -> Phrase {
        Phrase(zh: "专家库中没有编号为 \(expert) 的专家", en: "No expert with id \(expert) in the pool")
    }
    static func repairHint(directory: String, relative: String) -> Phrase {
        Phrase(zh: "可运行 qaward --data \(directory) history repair \(relative) 修复",
               en: "Run qaward --data \(directory) history repair \(relative) to repair it")
    }
}
