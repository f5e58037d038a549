#include "reports/analysis_text.h"

#include "i18n/domain_terms.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace rapport::reports {

namespace {

// The translation context of these texts, named as the context: lupdate falls back on the class name.
class AnalysisWords {
    Q_DECLARE_TR_FUNCTIONS(AnalysisWords)
};

/** A fitted parameter as the command line shows it, in the locale: four significant digits. */
QString parameter(double value, const Formatting& format) {
    return format.locale().toString(value, 'g', 4);
}

} // namespace

std::string rankBasisText(const analytics::RankBasis& basis) {
    if (basis.fellBackToRevenue) {
        return AnalysisWords::tr("Ranked by revenue, not profit: no purchase analysed carries a margin, so profit "
                                 "(margin minus relationship costs) cannot rank customers. Record margins to rank by "
                                 "profit.")
            .toStdString();
    }
    if (basis.profitAskedWithoutMargins) {
        return AnalysisWords::tr("Ranked by profit although no purchase analysed carries a margin: every customer's "
                                 "profit is only minus their relationship costs.")
            .toStdString();
    }
    const QString ranked =
        byMeasure(basis.measure, AnalysisWords::tr("Ranked by profit: margin minus relationship costs."),
                  AnalysisWords::tr("Ranked by revenue."), AnalysisWords::tr("Ranked by historical value."),
                  AnalysisWords::tr("Ranked by predicted value."));
    if (basis.marginsRecorded || basis.measure == analytics::RankMeasure::Profit) {
        return ranked.toStdString();
    }
    return (ranked + QLatin1Char(' ') +
            AnalysisWords::tr("No purchase analysed carries a margin, so profit figures are missing."))
        .toStdString();
}

std::vector<std::string> fitWarnings(const analytics::FitAssessment& fit, const Formatting& format) {
    std::vector<std::string> lines;
    if (!fit.purchaseNotConverged.empty()) {
        lines.push_back(
            AnalysisWords::tr("The %1 fit did not converge (%2): there are no P(alive) or predicted values.")
                .arg(qstring(fit.purchaseModel), qstring(fit.purchaseNotConverged))
                .toStdString());
    }
    if (!fit.spendNotConverged.empty()) {
        lines.push_back(AnalysisWords::tr("The Gamma-Gamma fit did not converge (%1): each repeat buyer's own average "
                                          "spend per purchase stands in for the predicted spend, and the repeat "
                                          "buyers' average for one-time buyers; P(alive) and expected purchases do "
                                          "not depend on it.")
                            .arg(qstring(fit.spendNotConverged))
                            .toStdString());
    }
    for (const auto& f : fit.flaws) {
        const QString model = qstring(f.model);
        const QString name = qstring(f.parameter);
        const QString estimate = parameter(f.estimate, format);
        switch (f.flaw) {
        case analytics::ParameterFlaw::StandardErrorExceedsEstimate:
            lines.push_back(AnalysisWords::tr("%1 %2 = %3 +/- %4: the standard error exceeds the estimate.",
                                              "model, parameter, estimate, standard error")
                                .arg(model, name, estimate, parameter(f.standardError, format))
                                .toStdString());
            break;
        case analytics::ParameterFlaw::NoStandardError:
            lines.push_back(AnalysisWords::tr("%1 %2 = %3 has no standard error: the data do not pin it down.",
                                              "model, parameter, estimate")
                                .arg(model, name, estimate)
                                .toStdString());
            break;
        case analytics::ParameterFlaw::OnBound:
            lines.push_back(
                AnalysisWords::tr("%1 %2 = %3 sits on the optimiser's bound: the data push it without limit.",
                                  "model, parameter, estimate")
                    .arg(model, name, estimate)
                    .toStdString());
            break;
        }
    }
    if (fit.purchaseModelWeak && fit.purchaseNotConverged.empty()) {
        if (fit.probabilityAliveNeverFlags && fit.lowestProbabilityAlive) {
            lines.push_back(AnalysisWords::tr("P(alive) is uninformative: it is at least %1 for every customer, so the "
                                              "at-risk rule (P(alive) below %2) never fires; only the rule by purchase "
                                              "intervals marks customers at risk.")
                                .arg(qstring(format.decimal(*fit.lowestProbabilityAlive, 2)),
                                     qstring(format.decimal(fit.atRiskProbabilityAlive, 2)))
                                .toStdString());
        } else {
            lines.push_back(
                AnalysisWords::tr("P(alive), expected purchases and predicted values rest on parameters the "
                                  "data do not pin down: read them as rough guides.")
                    .toStdString());
        }
    }
    if (fit.spendModelWeak && fit.spendNotConverged.empty()) {
        lines.push_back(AnalysisWords::tr("Expected spend per purchase, and so every predicted value, is uncertain.")
                            .toStdString());
    }
    return lines;
}

std::string lostDefinition() {
    return AnalysisWords::tr("recorded as lost, with a reason, by a person (churn record) and not won back since")
        .toStdString();
}

std::string lapsedDefinition(const analytics::ChurnRules& rules, const Formatting& format) {
    return AnalysisWords::tr("no purchase for more than %1 times the customer's usual interval between purchases (at "
                             "least %Ln day(s)), and not recorded as lost",
                             nullptr, rules.minimumDays)
        .arg(qstring(format.decimal(rules.lapsedIntervals, 1)))
        .toStdString();
}

std::string churnStatusReason(const analytics::ChurnAssessment& a, const analytics::ChurnReport& churn,
                              const Formatting& format) {
    const double interval = std::max(1.0, a.usualIntervalDays);
    switch (a.status) {
    case core::ChurnStatus::Lost: {
        const auto code = churn.reasonCode(a);
        const auto recorded = std::find_if(churn.reasons.begin(), churn.reasons.end(),
                                           [code](const auto& r) { return r.reason.code == code; });
        const QString reason = i18n::churnReasonTerm(
            code, recorded != churn.reasons.end() ? std::string_view(recorded->reason.label) : code);
        return a.churnedOn ? AnalysisWords::tr("recorded as lost on %1: %2", "date, churn reason")
                                 .arg(qstring(format.date(*a.churnedOn)), reason)
                                 .toStdString()
                           : AnalysisWords::tr("recorded as lost: %1", "churn reason").arg(reason).toStdString();
    }
    case core::ChurnStatus::Lapsed:
        return AnalysisWords::tr("no purchase for %Ln day(s), over %1 (the usual interval x %2)", nullptr,
                                 a.daysSinceLastPurchase)
            .arg(qstring(format.count(static_cast<std::int64_t>(churn.rules.lapsedIntervals * interval))),
                 qstring(format.decimal(churn.rules.lapsedIntervals, 1)))
            .toStdString();
    case core::ChurnStatus::AtRisk:
        if (a.probabilityAlive && *a.probabilityAlive < churn.rules.atRiskProbabilityAlive) {
            return AnalysisWords::tr("P(alive) %1").arg(qstring(format.decimal(*a.probabilityAlive, 2))).toStdString();
        }
        return AnalysisWords::tr("no purchase for %Ln day(s), more than %1 times the usual interval", nullptr,
                                 a.daysSinceLastPurchase)
            .arg(qstring(format.decimal(churn.rules.atRiskIntervals, 1)))
            .toStdString();
    case core::ChurnStatus::Active:
        break;
    }
    return {};
}

} // namespace rapport::reports
