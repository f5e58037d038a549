#include "churn_words.h"

#include "formatting.h"
#include "i18n/domain_terms.h"
#include "storage/repository.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <spdlog/spdlog.h>

namespace rapport::ui {

namespace {

struct ChurnWords {
    Q_DECLARE_TR_FUNCTIONS(rapport::ui::ChurnWords)
};

std::vector<core::ChurnReason> readCatalogue(storage::Repository& repository) {
    try {
        return repository.churnReasons();
    } catch (const std::exception& error) {
        spdlog::warn("reading the churn reasons failed: {}", error.what());
        return {};
    }
}

QString idleDays(std::int64_t count) {
    return ChurnWords::tr("%Ln day(s)", nullptr, static_cast<int>(count));
}

} // namespace

ChurnReasonNames::ChurnReasonNames(const std::vector<core::ChurnReason>& catalogue) {
    for (const auto& reason : catalogue) {
        m_labels.emplace(reason.code, reason.label);
    }
}

ChurnReasonNames::ChurnReasonNames(storage::Repository& repository)
    : ChurnReasonNames(readCatalogue(repository)) {
}

QString ChurnReasonNames::name(std::string_view code) const {
    const auto stored = m_labels.find(code);
    return i18n::churnReasonTerm(code,
                                 stored != m_labels.end() ? std::string_view(stored->second) : std::string_view());
}

QString churnAssessmentReason(const analytics::ChurnAssessment& a, const analytics::ChurnReport& churn,
                              const ChurnReasonNames& reasons) {
    const auto& rules = churn.rules;
    // The same figures analytics::computeChurn decides by (docs/methodology.md, churn).
    const double interval = std::max(1.0, a.usualIntervalDays);
    const QString idle =
        ChurnWords::tr("no purchase for %1", "no purchase for 212 days").arg(idleDays(a.daysSinceLastPurchase));
    switch (a.status) {
    case core::ChurnStatus::Active:
        return {};
    case core::ChurnStatus::Lost: {
        const auto code = churn.reasonCode(a);
        return code.empty() ? ChurnWords::tr("recorded as lost")
                            : ChurnWords::tr("recorded as lost: %1").arg(reasons.name(code));
    }
    case core::ChurnStatus::Lapsed:
        return ChurnWords::tr("%1, over %2 (%3 times the usual interval)", "no purchase for 212 days, over 150 ...")
            .arg(idle, idleDays(static_cast<std::int64_t>(rules.lapsedIntervals * interval)),
                 QLocale().toString(rules.lapsedIntervals, 'g', 3));
    case core::ChurnStatus::AtRisk:
        if (a.probabilityAlive && *a.probabilityAlive < rules.atRiskProbabilityAlive) {
            return ChurnWords::tr("P(alive) %1", "the chance the customer still buys")
                .arg(QLocale().toString(*a.probabilityAlive, 'f', 2));
        }
        return ChurnWords::tr("%1, usually one every %2", "no purchase for 90 days, usually one every 40 days")
            .arg(idle, idleDays(std::lround(interval)));
    }
    return {};
}

} // namespace rapport::ui
