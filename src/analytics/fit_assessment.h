#pragma once

#include "analytics/lifetime_value.h"

#include <optional>
#include <string>
#include <vector>

namespace rapport::analytics {

/** Why one fitted parameter cannot be trusted. */
enum class ParameterFlaw {
    StandardErrorExceedsEstimate, // the data are as consistent with 0 as with the estimate
    NoStandardError,              // the Hessian gives none: the likelihood is flat in that direction
    OnBound,                      // the optimiser's bound stopped it, not the data
};

struct FlawedParameter {
    std::string model;     // "BG/NBD", "Pareto/NBD" or "Gamma-Gamma"
    std::string parameter; // "a"
    double estimate = 0;
    double standardError = 0; // NaN where there is none
    ParameterFlaw flaw = ParameterFlaw::StandardErrorExceedsEstimate;
};

/**
 * Whether the fitted models can carry the predictions made from them, judged once for every front end
 * (docs/methodology.md, "Weak fits"). A model's fit is weak when it did not converge, or when for any of its
 * parameters the standard error exceeds the estimate, there is no standard error, or the parameter sits on the
 * optimiser's bound. A weak fit still gives numbers; the front ends show them with this judgement beside them.
 */
struct FitAssessment {
    bool purchaseModelWeak = false;
    bool spendModelWeak = false;
    std::string purchaseModel = "BG/NBD";
    std::string purchaseNotConverged; // the optimiser's message when the purchase model did not converge
    std::string spendNotConverged;
    std::vector<FlawedParameter> flaws;
    /** P(alive) over every customer predicted; empty without predictions. */
    std::optional<double> lowestProbabilityAlive;
    std::optional<double> highestProbabilityAlive;
    double atRiskProbabilityAlive = 0.5;
    /** Every customer's P(alive) is at least the at-risk threshold: the at-risk rule by P(alive) never fires. */
    bool probabilityAliveNeverFlags = false;

    [[nodiscard]] bool weak() const { return purchaseModelWeak || spendModelWeak; }
    /**
     * What is weak and what follows from it, one English sentence each (empty for a sound fit): for the command
     * line and the reports. The app words the same facts itself, to translate them.
     */
    [[nodiscard]] std::vector<std::string> describe() const;
};

/**
 * Judges the purchase and spend fits of `result`; `atRiskProbabilityAlive` is the churn rule's threshold
 * (ChurnRules), used to say whether P(alive) can flag anybody.
 */
FitAssessment assessFits(const LifetimeValueResult& result, double atRiskProbabilityAlive);

} // namespace rapport::analytics
