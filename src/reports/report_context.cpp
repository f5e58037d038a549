#include "reports/report_context.h"

#include "core/ladder.h"
#include "i18n/domain_terms.h"
#include "reports/analysis_text.h"

#include <QCoreApplication>
#include <QStringList>

#include <array>
#include <chrono>
#include <ctime>

namespace rapport::reports {

namespace {

/** The translation context of the words every report shares. */
// The translation context of these texts, named as the context: lupdate falls back on the class name.
class ReportWords {
    Q_DECLARE_TR_FUNCTIONS(ReportWords)
};

struct Segment {
    std::string_view code; // as analytics::rfmSegment names it
    struct {
        const char* source;
        const char* comment;
    } word; // what QT_TRANSLATE_NOOP3 yields
};

constexpr std::array kSegments{
    Segment{"champions", QT_TRANSLATE_NOOP3("ReportWords", "champions", "RFM segment")},
    Segment{"loyal", QT_TRANSLATE_NOOP3("ReportWords", "loyal", "RFM segment")},
    Segment{"cannot lose", QT_TRANSLATE_NOOP3("ReportWords", "cannot lose", "RFM segment")},
    Segment{"at risk", QT_TRANSLATE_NOOP3("ReportWords", "at risk", "RFM segment")},
    Segment{"hibernating", QT_TRANSLATE_NOOP3("ReportWords", "hibernating", "RFM segment")},
    Segment{"new", QT_TRANSLATE_NOOP3("ReportWords", "new", "RFM segment")},
    Segment{"potential loyalist", QT_TRANSLATE_NOOP3("ReportWords", "potential loyalist", "RFM segment")},
    Segment{"needs attention", QT_TRANSLATE_NOOP3("ReportWords", "needs attention", "RFM segment")},
};

std::string modelFact(const analytics::BaseAnalysis& analysis, const ReportContext& context) {
    const auto& o = context.options;
    const QString model =
        o.model == analytics::PurchaseModel::BgNbd ? QStringLiteral("BG/NBD") : QStringLiteral("Pareto/NBD");
    if (!analysis.predictions.problem.empty()) {
        return ReportWords::tr("no predictions: the %1 fit did not converge (%2)")
            .arg(model, qstring(analysis.predictions.purchases.quality.message))
            .toStdString();
    }
    return ReportWords::tr("%1 and Gamma-Gamma, fitted in months; horizon %Ln month(s), monthly discount %2",
                           "the models of the analysis", o.horizonMonths)
        .arg(model, qstring(context.formatting().percent(o.monthlyDiscount, 2)))
        .toStdString();
}

} // namespace

std::string nowUtc() {
    const std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    std::tm utc{};
    gmtime_r(&now, &utc);
    char buffer[32];
    std::strftime(buffer, sizeof buffer, "%Y-%m-%d %H:%M UTC", &utc);
    return buffer;
}

Report startReport(std::string title, const ReportContext& context) {
    Report report;
    report.title = std::move(title);
    report.language = context.language;
    report.currency = context.currency;
    return report;
}

std::vector<std::pair<std::string, std::string>> standardFacts(const analytics::BaseAnalysis& analysis,
                                                               const ReportContext& context) {
    const auto& o = context.options;
    const auto format = context.formatting();
    const auto count = [&format](std::int64_t n) { return qstring(format.count(n)); };
    const auto decimal = [&format](double value, int decimals) { return qstring(format.decimal(value, decimals)); };
    std::vector<std::pair<std::string, std::string>> facts;
    facts.emplace_back(ReportWords::tr("Period", "a line of a report's facts").toStdString(),
                       ReportWords::tr("%1 to %2 (the window; earlier history counts for value and ladder)")
                           .arg(qstring(format.date(analysis.current.from)), qstring(format.date(analysis.current.to)))
                           .toStdString());
    const auto customers = static_cast<int>(analysis.profiles.size());
    const QString who =
        o.owner
            ? ReportWords::tr("the %Ln customer(s) of sales manager %1 (models fitted on the whole base); %2 "
                              "bought in the period",
                              nullptr, customers)
                  .arg(qstring(*o.owner), count(analysis.activeCustomers))
            : ReportWords::tr("all %Ln customer(s) in the base, no filter; %1 bought in the period", nullptr, customers)
                  .arg(count(analysis.activeCustomers));
    facts.emplace_back(ReportWords::tr("Customers", "a line of a report's facts").toStdString(), who.toStdString());
    facts.emplace_back(ReportWords::tr("Model", "a line of a report's facts").toStdString(),
                       modelFact(analysis, context));
    if (analysis.fit.weak()) {
        QStringList warning{ReportWords::tr("WEAK FIT.")};
        for (const auto& line : fitWarnings(analysis.fit, format)) {
            warning << qstring(line);
        }
        facts.emplace_back(ReportWords::tr("Model fit", "a line of a report's facts").toStdString(),
                           warning.join(QLatin1Char(' ')).toStdString());
    }
    facts.emplace_back(ReportWords::tr("Ranking", "a line of a report's facts").toStdString(),
                       rankBasisText(analysis.ranking.basis));
    facts.emplace_back(
        ReportWords::tr("Ladder rules", "a line of a report's facts").toStdString(),
        ReportWords::tr("purchase days for a client: %1; mean satisfaction for a supporter: %2; referrals for an "
                        "advocate: %3")
            .arg(count(o.ladder.clientPurchaseDays), decimal(o.ladder.supporterSatisfaction, 1),
                 count(o.ladder.advocateReferrals))
            .toStdString());
    facts.emplace_back(
        ReportWords::tr("Churn rules", "a line of a report's facts").toStdString(),
        ReportWords::tr("at risk below P(alive) %1 or after %2 usual intervals; lapsed after %3 (lapsed: %4; lost: %5)")
            .arg(decimal(o.churn.atRiskProbabilityAlive, 2), decimal(o.churn.atRiskIntervals, 1),
                 decimal(o.churn.lapsedIntervals, 1), qstring(lapsedDefinition(o.churn, format)),
                 qstring(lostDefinition()))
            .toStdString());
    const auto& groups = analysis.fourGroups;
    const QString thresholds = groups.thresholdsAreMedians
                                   ? ReportWords::tr("thresholds %1 per purchase and %2 purchases per month (the "
                                                     "medians)")
                                   : ReportWords::tr("thresholds %1 per purchase and %2 purchases per month");
    facts.emplace_back(
        ReportWords::tr("Four groups", "a line of a report's facts").toStdString(),
        thresholds.arg(qstring(format.money(groups.costThreshold)), decimal(groups.frequencyThreshold, 3))
            .toStdString());
    addOriginFacts(facts, context);
    return facts;
}

void addOriginFacts(std::vector<std::pair<std::string, std::string>>& facts, const ReportContext& context) {
    facts.emplace_back(ReportWords::tr("Database", "a line of a report's facts").toStdString(), context.database);
    if (!context.currency.empty()) {
        facts.emplace_back(ReportWords::tr("Currency", "a line of a report's facts").toStdString(), context.currency);
    }
    facts.emplace_back(
        ReportWords::tr("Made", "a line of a report's facts").toStdString(),
        ReportWords::tr("%1 by Rapport", "when a report was made").arg(qstring(context.madeAt)).toStdString());
}

std::string customerName(const analytics::BaseAnalysis& analysis, core::CustomerId id) {
    const auto* profile = analytics::findProfile(analysis, id);
    return profile ? std::string(analysis.texts.name(*profile)) : "#" + std::to_string(id);
}

std::string fourGroupName(int group) {
    switch (group) {
    case 1:
        return ReportWords::tr("1 high cost, high frequency", "the four groups (seed table 7.2)").toStdString();
    case 2:
        return ReportWords::tr("2 low cost, high frequency", "the four groups (seed table 7.2)").toStdString();
    case 3:
        return ReportWords::tr("3 high cost, low frequency", "the four groups (seed table 7.2)").toStdString();
    case 4:
        return ReportWords::tr("4 low cost, low frequency", "the four groups (seed table 7.2)").toStdString();
    default:
        return ReportWords::tr("no purchase in the period", "the four groups (seed table 7.2)").toStdString();
    }
}

std::string decisionText(analytics::Decision decision) {
    switch (decision) {
    case analytics::Decision::HoldOn:
        return ReportWords::tr("hold on with all force", "the seed's decision for a class A customer").toStdString();
    case analytics::Decision::Watch:
        return ReportWords::tr("watch closely", "the seed's decision for a class B customer").toStdString();
    case analytics::Decision::LetGo:
        return ReportWords::tr("let go", "the seed's decision for a class C customer").toStdString();
    }
    return {};
}

std::string stageName(core::LadderStage stage) {
    return i18n::term(stage).toStdString();
}

std::string churnStatusName(core::ChurnStatus status) {
    return i18n::term(status).toStdString();
}

std::string rfmSegmentName(std::string_view segment) {
    for (const auto& s : kSegments) {
        if (s.code == segment) {
            return ReportWords::tr(s.word.source, s.word.comment).toStdString();
        }
    }
    return std::string(segment);
}

} // namespace rapport::reports
