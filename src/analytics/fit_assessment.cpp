#include "analytics/fit_assessment.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <span>

namespace rapport::analytics {

namespace {

std::string number(double value, const char* format = "%.4g") {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, format, value);
    return buffer;
}

/** Adds the flaws of one converged fit's parameters; true when there was any. */
bool addFlaws(std::vector<FlawedParameter>& flaws, const std::string& model, std::span<const std::string_view> names,
              std::span<const double> estimates, std::span<const double> errors) {
    bool any = false;
    for (std::size_t i = 0; i < names.size(); ++i) {
        FlawedParameter flaw{model, std::string(names[i]), estimates[i], errors[i], ParameterFlaw::OnBound};
        // A little inside the bound still counts: L-BFGS stops within its tolerance of it, not on it.
        const bool onBound = !(estimates[i] > 0) || std::abs(std::log(estimates[i])) >= kLogParameterBound - 1e-3;
        if (!onBound && !std::isfinite(errors[i])) {
            flaw.flaw = ParameterFlaw::NoStandardError;
        } else if (!onBound && errors[i] > estimates[i]) {
            flaw.flaw = ParameterFlaw::StandardErrorExceedsEstimate;
        } else if (!onBound) {
            continue;
        }
        flaws.push_back(std::move(flaw));
        any = true;
    }
    return any;
}

} // namespace

FitAssessment assessFits(const LifetimeValueResult& result, double atRiskProbabilityAlive) {
    FitAssessment assessment;
    assessment.atRiskProbabilityAlive = atRiskProbabilityAlive;
    const auto& purchases = result.purchases;
    assessment.purchaseModel = purchases.model == PurchaseModel::BgNbd ? "BG/NBD" : "Pareto/NBD";
    if (!purchases.quality.converged) {
        assessment.purchaseModelWeak = true;
        assessment.purchaseNotConverged = purchases.quality.message;
    } else {
        const auto names = parameterNames(purchases.model);
        assessment.purchaseModelWeak =
            addFlaws(assessment.flaws, assessment.purchaseModel, names, purchases.parameters, purchases.standardErrors);
    }
    const auto& spend = result.spend;
    if (!spend.quality.converged) {
        assessment.spendModelWeak = true;
        assessment.spendNotConverged = spend.quality.message;
    } else {
        const std::array<std::string_view, 3> names{"p", "q", "gamma"};
        const std::array<double, 3> estimates{spend.parameters.p, spend.parameters.q, spend.parameters.gamma};
        const std::array<double, 3> errors{spend.standardErrors.p, spend.standardErrors.q, spend.standardErrors.gamma};
        assessment.spendModelWeak = addFlaws(assessment.flaws, "Gamma-Gamma", names, estimates, errors);
    }
    if (!result.values.empty()) {
        const auto [lowest, highest] =
            std::minmax_element(result.values.begin(), result.values.end(),
                                [](const auto& a, const auto& b) { return a.probabilityAlive < b.probabilityAlive; });
        assessment.lowestProbabilityAlive = lowest->probabilityAlive;
        assessment.highestProbabilityAlive = highest->probabilityAlive;
        assessment.probabilityAliveNeverFlags = lowest->probabilityAlive >= atRiskProbabilityAlive;
    }
    return assessment;
}

std::vector<std::string> FitAssessment::describe() const {
    std::vector<std::string> lines;
    if (!purchaseNotConverged.empty()) {
        lines.push_back("The " + purchaseModel + " fit did not converge (" + purchaseNotConverged +
                        "): there are no P(alive) or predicted values.");
    }
    if (!spendNotConverged.empty()) {
        lines.push_back("The Gamma-Gamma fit did not converge (" + spendNotConverged +
                        "): each repeat buyer's own average spend per purchase stands in for the predicted spend, "
                        "and the repeat buyers' average for one-time buyers; P(alive) and expected purchases do not "
                        "depend on it.");
    }
    for (const auto& f : flaws) {
        std::string line = f.model + " " + f.parameter + " = " + number(f.estimate);
        switch (f.flaw) {
        case ParameterFlaw::StandardErrorExceedsEstimate:
            line += " +/- " + number(f.standardError) + ": the standard error exceeds the estimate.";
            break;
        case ParameterFlaw::NoStandardError:
            line += " has no standard error: the data do not pin it down.";
            break;
        case ParameterFlaw::OnBound:
            line += " sits on the optimiser's bound: the data push it without limit.";
            break;
        }
        lines.push_back(std::move(line));
    }
    if (purchaseModelWeak && purchaseNotConverged.empty()) {
        if (probabilityAliveNeverFlags && lowestProbabilityAlive) {
            lines.push_back("P(alive) is uninformative: it is at least " + number(*lowestProbabilityAlive, "%.2f") +
                            " for every customer, so the at-risk rule (P(alive) below " +
                            number(atRiskProbabilityAlive, "%.2f") +
                            ") never fires; only the rule by purchase intervals marks customers at risk.");
        } else {
            lines.push_back("P(alive), expected purchases and predicted values rest on parameters the data do not "
                            "pin down: read them as rough guides.");
        }
    }
    if (spendModelWeak && spendNotConverged.empty()) {
        lines.push_back("Expected spend per purchase, and so every predicted value, is uncertain.");
    }
    return lines;
}

} // namespace rapport::analytics
