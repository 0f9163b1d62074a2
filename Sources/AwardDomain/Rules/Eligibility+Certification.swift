/// E4 第十条（四）: a quality-management-system certificate and the performance-excellence model.
extension Eligibility {
    /// E4 第十条（四）: GB/T 19001 (ISO 9001) or another internationally accepted QMS certificate
    /// (any certificate on file is accepted as such), valid at the deadline (issued ≤ deadline ≤
    /// expires) and "有效运行2年以上" (held continuously since a day at least 2 years before the
    /// deadline; exactly 2 years passes); and the excellence model applied 2 years or more
    /// (since + 2 years ≤ deadline). The qualitative rest of the item (innovation, benchmark role) is
    /// for the document review, not an entry condition checked here.
    static func e4QualityManagement(_ x: Input) -> CheckResult {
        let deadline = x.deadline
        let org = x.organization
        let held = certification(org.certificates, at: deadline)
        let certMet: Bool
        if case .valid(_, let since) = held, let two = since.adding(years: 2), two <= deadline { certMet = true } else { certMet = false }
        let modelMet = org.excellenceModelSince.flatMap { $0.adding(years: 2) }.map { $0 <= deadline } ?? false
        let met = certMet && modelMet
        return CheckResult(code: "E4", citation: .art10_4, outcome: met ? .pass : .fail) {
            var failures: [Phrase] = []
            var passes: [Phrase] = []
            var facts = [deadlineFact(deadline)]

            switch held {
            case .none:
                failures.append(Phrase(zh: "没有质量管理体系认证证书记录：请录入 GB/T 19001（ISO 9001）等认证证书",
                                       en: "No quality-management-system certificate on file: record the GB/T 19001 (ISO 9001) or equivalent certificate"))
            case .expired(let last):
                facts.append(CheckFact(zh: "证书", en: "certificate", "\(last.number) \(last.issued)–\(last.expires)"))
                failures.append(Phrase(zh: "认证证书 \(last.number) 已于 \(last.expires) 到期，早于申报截止日 \(deadline)，截止日无有效证书",
                                       en: "Certificate \(last.number) expired on \(last.expires), before the deadline \(deadline): no valid certificate at the deadline"))
            case .notYetIssued(let first):
                facts.append(CheckFact(zh: "证书", en: "certificate", "\(first.number) \(first.issued)–\(first.expires)"))
                failures.append(Phrase(zh: "认证证书 \(first.number) 于 \(first.issued) 才颁发，晚于申报截止日 \(deadline)",
                                       en: "Certificate \(first.number) was issued only on \(first.issued), after the deadline \(deadline)"))
            case .valid(let cert, let since):
                facts.append(CheckFact(zh: "有效证书", en: "valid certificate", "\(cert.number) \(cert.issued)–\(cert.expires)"))
                facts.append(CheckFact(zh: "连续持有自", en: "held continuously since", since.description))
                let chain = since == cert.issued ? Phrase.empty
                    : Phrase(zh: "（含换证，自 \(since) 起连续持有）", en: " (renewed without a gap, held since \(since))")
                if certMet {
                    passes.append(Phrase(zh: "认证证书 \(cert.number) 在申报截止日 \(deadline) 有效（有效期至 \(cert.expires)）\(chain.zh)，至截止日已满 2 年",
                                         en: "Certificate \(cert.number) is valid at the deadline \(deadline) (until \(cert.expires))\(chain.en), held 2 years or more at the deadline"))
                } else {
                    let when = since.adding(years: 2).map(\.description) ?? "—"
                    failures.append(Phrase(zh: "认证证书 \(cert.number) 自 \(since) 起持有，至申报截止日 \(deadline) 不满 2 年（\(when) 才满 2 年）",
                                           en: "Certificate \(cert.number) held since \(since): under 2 years at the deadline \(deadline) (2 years only on \(when))"))
                }
            }

            if let since = org.excellenceModelSince {
                facts.append(CheckFact(zh: "卓越绩效模式自", en: "excellence model since", since.description))
                if modelMet {
                    passes.append(Phrase(zh: "自 \(since) 推广应用卓越绩效管理模式，至截止日已满 2 年",
                                         en: "excellence model applied since \(since): 2 years or more at the deadline"))
                } else {
                    let when = since.adding(years: 2).map(\.description) ?? "—"
                    failures.append(Phrase(zh: "自 \(since) 推广应用卓越绩效管理模式，至申报截止日 \(deadline) 不满 2 年（\(when) 才满 2 年）",
                                           en: "excellence model applied since \(since): under 2 years at the deadline \(deadline) (2 years only on \(when))"))
                }
            } else {
                failures.append(Phrase(zh: "未记录推广应用卓越绩效管理模式的起始日期：请补录",
                                       en: "No start date on file for applying the performance-excellence model: record it"))
            }

            return (met ? .joined(passes) : .joined(failures), facts)
        }
    }

    enum Certification: Equatable {
        case none
        /// Every certificate issued by the deadline had expired before it; the one that ended last.
        case expired(QMSCertificate)
        /// Every certificate was issued after the deadline; the earliest.
        case notYetIssued(QMSCertificate)
        /// A certificate valid at the deadline, and the first day of the unbroken run of
        /// certificates that ends in it.
        case valid(QMSCertificate, since: Day)
    }

    /// Certificates held without a gap count as one holding: a renewal issued no later than the
    /// day after the previous one expires continues it (next.issued ≤ previous.expires + 1 day).
    static func certification(_ certificates: [QMSCertificate], at deadline: Day) -> Certification {
        guard !certificates.isEmpty else { return .none }
        let sorted = certificates.sorted { ($0.issued, $0.expires) < ($1.issued, $1.expires) }
        // Merge into unbroken runs [from, to].
        var runs: [(from: Day, to: Day)] = []
        for cert in sorted {
            if let last = runs.last, let dayAfter = last.to.adding(days: 1), cert.issued <= dayAfter {
                runs[runs.count - 1].to = max(last.to, cert.expires)
            } else {
                runs.append((cert.issued, cert.expires))
            }
        }
        let validNow = sorted.filter { $0.issued <= deadline && deadline <= $0.expires }
        if let cert = validNow.last, let run = runs.first(where: { $0.from <= deadline && deadline <= $0.to }) {
            return .valid(cert, since: run.from)
        }
        let issuedBefore = sorted.filter { $0.issued <= deadline }
        if let last = issuedBefore.max(by: { $0.expires < $1.expires }) { return .expired(last) }
        return .notYetIssued(sorted[0])
    }
}
