#pragma once

#include "analytics/churn_report.h"
#include "core/churn.h"

#include <QString>

#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace rapport::storage {
class Repository;
}

namespace rapport::ui {

/**
 * The churn reasons of a database by their codes, in the running language: the seed's reasons in the glossary's
 * words (i18n::churnReasonTerm), a reason a user added under the label they gave it.
 */
class ChurnReasonNames {
public:
    ChurnReasonNames() = default;
    explicit ChurnReasonNames(const std::vector<core::ChurnReason>& catalogue);
    /** Reads the database's catalogue (a handful of rows); empty when it cannot be read. */
    explicit ChurnReasonNames(storage::Repository& repository);

    [[nodiscard]] QString name(std::string_view code) const;

private:
    std::map<std::string, std::string, std::less<>> m_labels; // code -> the label stored with it
};

/**
 * Why the analysis gave a buyer their churn status, in the user's words: "no purchase for 212 days, over 150
 * (3 times the usual interval)", "P(alive) 0.31", "recorded as lost: Lower prices elsewhere". Built from the
 * assessment's figures and the report it belongs to (its rules and reason codes), not from the analysis's English
 * text. Empty for an active buyer.
 */
QString churnAssessmentReason(const analytics::ChurnAssessment& assessment, const analytics::ChurnReport& churn,
                              const ChurnReasonNames& reasons);

} // namespace rapport::ui
